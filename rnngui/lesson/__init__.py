"""Guided lessons: the lesson file format and the numbers its steps show. Qt-free."""

from ..resources import resources_dir
from .compute import (
    COMPUTATIONS,
    Computed,
    ComputeError,
    Tolerance,
    compare_answer,
    compute,
    parse_number,
)
from .format import (
    ACTIONS,
    LAB_TABS,
    PANELS,
    TABS,
    TRY_DOES,
    VIEWS,
    Action,
    Lesson,
    LessonEntry,
    LessonError,
    LessonText,
    Question,
    Readout,
    Step,
    in_language,
    load_folder,
    load_lesson,
    loads,
)


def lessons_dir():
    """resources/lessons, from a source checkout or a frozen bundle."""
    return resources_dir() / "lessons"


__all__ = [
    "ACTIONS",
    "COMPUTATIONS",
    "LAB_TABS",
    "PANELS",
    "TABS",
    "TRY_DOES",
    "VIEWS",
    "Action",
    "ComputeError",
    "Computed",
    "Lesson",
    "LessonEntry",
    "LessonError",
    "LessonText",
    "Question",
    "Readout",
    "Step",
    "Tolerance",
    "compare_answer",
    "compute",
    "in_language",
    "lessons_dir",
    "load_folder",
    "load_lesson",
    "loads",
    "parse_number",
]

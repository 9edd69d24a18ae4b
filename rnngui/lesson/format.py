"""Lesson files: JSON in ``resources/lessons/``, checked on load, errors that say where. Qt-free.

A lesson is a list of steps. Each step sets the app up with a few *actions* (load a preset, set
w2, show the unrolled view ...), says what to look at, offers one thing to *try*, shows live
*readouts* computed by the engine and may ask a *question* to answer before the engine's number is
revealed. The README's "Lessons" section documents the format for teachers; ``ACTIONS`` below is
the vocabulary. Loading never executes anything: the file is strict JSON and every key is checked,
so a typo is reported ("step 3, actions[1]: unknown action 'veiw'") instead of silently ignored.

Every text (titles, text, try, button, labels, ask, explain, description) is either a string,
English as lesson files have always been, or an object of languages, ``{"en": "...", "es": "...",
"de": "..."}``, where "en" is required and is what a language without its own text shows. The
loaded text is a :class:`LessonText`: the English string itself, with ``in_language(code)``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engine import LESSON_PARAMS
from ..model.document import Document
from ..model.limits import MAX_LESSON_TEXT_CHARS, NUMBER_SETTING_RANGES, WHOLE_SETTING_RANGES
from ..model.presets import PRESETS
from ..model.project_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ProjectFileError,
    RawNumber,
    _kind,  # one wording for "not the JSON type expected" everywhere
    _parse_float,  # numbers beyond a float become RawNumber, as in project files
    _parse_int,
    from_dict,
)
from ..model.safe_read import FileTooLarge, excerpt, read_limited_text
from .compute import ALL_PARAM_NAMES, Tolerance, check_compute, parse_number

LESSON_FORMAT = "rnnlab-lesson"
LESSON_VERSION = 1
MAX_LESSON_BYTES = 2 * 1024 * 1024

# Names a lesson may use for the window's parts; the lesson panel maps them to widgets.
PANELS = ("sequences", "network", "training", "gradient_lab", "presets_toolbar")
VIEWS = ("rolled", "unrolled", "backward")
TABS = ("network", "gradient_lab")
LAB_TABS = ("through_time", "unroll", "landscape_1d", "landscape_2d", "compare", "memory")
# What the "try this" button may do for the learner.
TRY_DOES = ("train", "pause", "gradient_step", "forward_step", "forward_play", "reset_run")
TRAINING_KEYS = {
    "learning_rate": "number", "max_steps": "whole", "momentum": "number", "clip": "number",
    "trainable": "params", "activation": "text", "seed": "whole",
}


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file, the step and the key."""


# A language of a lesson text: an ISO 639 code, optionally with a region ("es", "de", "pt-BR").
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
SOURCE_LANGUAGE = "en"  # every text has it: the fallback for a language the file lacks


class LessonText(str):
    """A lesson's text: the English string itself (so every use of a text as a ``str`` keeps
    working), with the file's translations beside it."""

    translations: dict[str, str]

    def __new__(cls, english: str, translations: dict[str, str] | None = None) -> LessonText:
        text = super().__new__(cls, english)
        text.translations = dict(translations or {})
        return text

    def in_language(self, code: str) -> str:
        """The text in ``code`` ("es", "de-AT"), its base language, or English."""
        for key in (code, code.split("-")[0]):
            if key in self.translations:
                return self.translations[key]
        return str(self)

    @property
    def languages(self) -> tuple[str, ...]:
        return (SOURCE_LANGUAGE, *sorted(k for k in self.translations if k != SOURCE_LANGUAGE))


def in_language(text: str, code: str) -> str:
    """Any lesson text (a LessonText or a plain str) in ``code``, English when it has none."""
    return text.in_language(code) if isinstance(text, LessonText) else text


@dataclass(frozen=True)
class Action:
    kind: str
    arg: Any


@dataclass(frozen=True)
class Readout:
    """A live number on the step: recomputed whenever the weights or the data change."""

    label: str
    compute: dict
    expect: float | None = None  # the lesson's figure, if it states one
    expect_text: str = ""  # as the lesson wrote it ("2^50")
    tolerance: Tolerance = Tolerance()


@dataclass(frozen=True)
class Question:
    """Predict before reveal: the engine computes the answer only when the learner asks."""

    ask: str
    compute: dict
    expect: float | None = None
    expect_text: str = ""
    tolerance: Tolerance = Tolerance()
    explain: str = ""  # shown with the engine's number


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    actions: tuple[Action, ...] = ()
    try_text: str = ""
    try_label: str = ""
    try_does: str | None = None
    readouts: tuple[Readout, ...] = ()
    question: Question | None = None


@dataclass(frozen=True)
class Lesson:
    title: str
    steps: tuple[Step, ...]
    description: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class LessonEntry:
    """One file found in a lessons folder: the lesson, or why it could not be read."""

    path: Path
    lesson: Lesson | None = None
    error: str = ""
    name: str = field(default="")

    @property
    def ok(self) -> bool:
        return self.lesson is not None


# --- reading ------------------------------------------------------------------------------------
def load_lesson(path: str | Path) -> Lesson:
    """Read and check one lesson file, or raise LessonError naming the file and the place."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_LESSON_BYTES:
            raise LessonError(f"{path.name}: larger than {MAX_LESSON_BYTES // 1024 // 1024} MB")
        # Never blocks on a FIFO, never reads /dev/zero's endless zeros: regular files, the limit.
        text = read_limited_text(path, MAX_LESSON_BYTES, encoding="utf-8")
    except FileTooLarge:
        raise LessonError(f"{path.name}: larger than {MAX_LESSON_BYTES // 1024 // 1024} MB") from None
    except OSError as error:
        raise LessonError(f"{path.name}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise LessonError(f"{path.name}: not UTF-8 text") from None
    return loads(text, path.name, path)


def loads(text: str, source: str = "lesson", path: Path | None = None) -> Lesson:
    """A checked Lesson, or LessonError: whatever a check missed (a type or overflow error deep in
    a value) becomes a LessonError too, so a lesson file can never break the window."""
    try:
        return _loads(text, source, path)
    except LessonError:
        raise
    except (ValueError, TypeError, OverflowError, ArithmeticError, KeyError, AttributeError,
            RecursionError) as error:
        raise LessonError(
            f"{source}: holds a value RNN Lab cannot use ({type(error).__name__}: "
            f"{excerpt(str(error), 200)})"
        ) from None


def _loads(text: str, source: str, path: Path | None) -> Lesson:
    try:
        # Numbers too large for a float (1e400, 401 digits) are kept as RawNumber, which every
        # number check refuses by name, instead of raising deep inside a check.
        data = json.loads(
            text, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float
        )
    except json.JSONDecodeError as error:
        hint = " (the file looks cut short)" if error.pos >= len(text.rstrip()) else ""
        raise LessonError(
            f"{source}: not valid JSON at line {error.lineno}, column {error.colno}: "
            f"{error.msg}{hint}"
        ) from None
    except (RecursionError, ValueError) as error:
        raise LessonError(f"{source}: {error}") from None
    try:
        return from_data(data, path)
    except LessonError as error:
        raise LessonError(f"{source}: {error}") from None


def load_folder(folder: str | Path) -> list[LessonEntry]:
    """Every ``*.json`` lesson in ``folder`` (sorted by name); a broken file becomes an entry
    with its error, so the app lists it instead of failing."""
    folder = Path(folder)
    entries = []
    try:
        paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
    except OSError:
        paths = []
    for path in paths:
        try:
            lesson = load_lesson(path)
            entries.append(LessonEntry(path, lesson, "", lesson.title))
        except LessonError as error:
            entries.append(LessonEntry(path, None, str(error), path.stem))
        except Exception as error:  # noqa: BLE001 - one broken file never breaks the window
            entries.append(LessonEntry(path, None, f"{path.name}: {type(error).__name__}", path.stem))
    return entries


def _reject_constant(name: str) -> float:
    raise ValueError(f"the file contains {name}, which a lesson cannot use")


def from_data(data: Any, path: Path | None = None) -> Lesson:
    if not isinstance(data, dict):
        raise LessonError(f"the file holds {_kind(data)}, not a lesson (a JSON object)")
    if data.get("format") != LESSON_FORMAT:
        raise LessonError(f'"format" must be "{LESSON_FORMAT}", not {data.get("format")!r}')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LessonError(f'"version" must be a whole number from 1, not {_kind(version)}')
    if version > LESSON_VERSION:
        raise LessonError(
            f"written for a newer RNN Lab (lesson version {version}; this one reads up to "
            f"{LESSON_VERSION})"
        )
    _only(data, {"format", "version", "title", "description", "steps"}, "the lesson")
    title = _text(data, "title", "the lesson")
    description = _text(data, "description", "the lesson", required=False)
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise LessonError(f'"steps" must be a non-empty list, not {_kind(steps)}')
    return Lesson(title, tuple(_step(raw, i) for i, raw in enumerate(steps)), description, path)


# --- steps --------------------------------------------------------------------------------------
STEP_KEYS = {"title", "text", "actions", "try", "show", "question"}


def _step(raw: Any, index: int) -> Step:
    where = f"step {index + 1}"
    if not isinstance(raw, dict):
        raise LessonError(f"{where} must be an object, not {_kind(raw)}")
    title = raw.get("title")
    if isinstance(title, dict):  # the English title names the step in a message
        title = title.get(SOURCE_LANGUAGE)
    if isinstance(title, str) and title.strip():
        where = f'step {index + 1} ("{title}")'
    _only(raw, STEP_KEYS, where)
    title = _text(raw, "title", where)
    text = _text(raw, "text", where)
    actions = raw.get("actions", [])
    if not isinstance(actions, list):
        raise LessonError(f'{where}: "actions" must be a list, not {_kind(actions)}')
    parsed = tuple(_action(a, f"{where}, actions[{i}]") for i, a in enumerate(actions))
    try_text, try_label, try_does = _try(raw.get("try"), where)
    shows = raw.get("show", [])
    if not isinstance(shows, list):
        raise LessonError(f'{where}: "show" must be a list of readouts, not {_kind(shows)}')
    readouts = tuple(_readout(r, f"{where}, show[{i}]") for i, r in enumerate(shows))
    question = None if raw.get("question") is None else _question(raw["question"], where)
    return Step(title, text, parsed, try_text, try_label, try_does, readouts, question)


def _try(raw: Any, where: str) -> tuple[str, str, str | None]:
    if raw is None:
        return "", "", None
    if isinstance(raw, str) or (
        isinstance(raw, dict) and SOURCE_LANGUAGE in raw and not set(raw) & {"text", "button", "does"}
    ):  # "try" as text alone, in one language or several
        return _text({"try": raw}, "try", where), "", None
    if not isinstance(raw, dict):
        raise LessonError(f'{where}: "try" must be text or an object, not {_kind(raw)}')
    _only(raw, {"text", "button", "does"}, f'{where}, "try"')
    text = _text(raw, "text", f'{where}, "try"')
    does = raw.get("does")
    if does is not None and does not in TRY_DOES:
        raise LessonError(
            f'{where}, "try": "does" is {does!r}; it can be one of {", ".join(TRY_DOES)}'
        )
    label = _text(raw, "button", f'{where}, "try"', required=does is not None)
    return text, label, does


def _readout(raw: Any, where: str) -> Readout:
    if not isinstance(raw, dict):
        raise LessonError(f"{where} must be an object, not {_kind(raw)}")
    _only(raw, {"label", "compute", "expect", "tolerance", "relative_tolerance"}, where)
    label = _text(raw, "label", where)
    spec = _compute(raw, where)
    expect, expect_text = _expect(raw, where)
    return Readout(label, spec, expect, expect_text, _tolerance(raw, where))


def _question(raw: Any, step_where: str) -> Question:
    where = f'{step_where}, "question"'
    if not isinstance(raw, dict):
        raise LessonError(f"{where} must be an object, not {_kind(raw)}")
    _only(raw, {"ask", "compute", "expect", "tolerance", "relative_tolerance", "explain"}, where)
    ask = _text(raw, "ask", where)
    spec = _compute(raw, where)
    expect, expect_text = _expect(raw, where)
    explain = _text(raw, "explain", where, required=False)
    return Question(ask, spec, expect, expect_text, _tolerance(raw, where), explain)


def _compute(raw: dict, where: str) -> dict:
    if "compute" not in raw:
        raise LessonError(f'{where}: "compute" is missing (what should the engine compute?)')
    problem = check_compute(raw["compute"])
    if problem:
        raise LessonError(f'{where}: "compute" {problem}')
    return raw["compute"]


def _expect(raw: dict, where: str) -> tuple[float | None, str]:
    if raw.get("expect") is None:
        return None, ""
    if isinstance(raw["expect"], RawNumber):
        raise LessonError(f'{where}: "expect" is {raw["expect"].describe()}, too large')
    try:
        value = parse_number(raw["expect"])
    except (ValueError, TypeError, OverflowError) as error:
        raise LessonError(f'{where}: "expect" {excerpt(str(error), 200)}') from None
    written = raw["expect"]
    return value, written if isinstance(written, str) else f"{written:g}"


def _tolerance(raw: dict, where: str) -> Tolerance:
    default = Tolerance()
    values = {}
    for key, name in (("tolerance", "absolute"), ("relative_tolerance", "relative")):
        if key in raw:
            value = raw[key]
            if not _is_number(value) or value < 0:
                raise LessonError(f'{where}: "{key}" must be a number of 0 or more, not {value!r}')
            values[name] = float(value)
    if "tolerance" in raw and "relative_tolerance" not in raw:
        values["relative"] = 0.0  # an absolute tolerance alone means just that
    return Tolerance(values.get("absolute", default.absolute), values.get("relative", default.relative))


# --- actions ------------------------------------------------------------------------------------
def _check_preset(arg: Any) -> Any:
    if arg not in PRESETS:
        raise LessonError(f"unknown preset {arg!r} (known: {', '.join(map(repr, PRESETS))})")
    return arg


def _check_document(arg: Any) -> Document:
    """An inline project, in the .rnnlab file's own format (params default to the lesson's)."""
    if not isinstance(arg, dict):
        raise LessonError(f"needs a project object with \"sequences\", not {_kind(arg)}")
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "params": LESSON_PARAMS.as_dict()}
    data.update(arg)
    try:
        return from_dict(data)
    except ProjectFileError as error:
        raise LessonError(str(error)) from None


def _check_params(arg: Any) -> dict[str, float]:
    if not isinstance(arg, dict) or not arg:
        raise LessonError(f"needs an object such as {{\"w2\": 2}}, not {_kind(arg)}")
    for name, value in arg.items():
        if name not in ALL_PARAM_NAMES:  # any cell's: the step's network is known only when run
            raise LessonError(f"unknown parameter {name!r} (known: {', '.join(ALL_PARAM_NAMES)})")
        if not _is_number(value) or abs(value) > 1e6:
            raise LessonError(f"{name} must be a number within ±1e6, not {value!r}")
    return {k: float(v) for k, v in arg.items()}


def _check_training(arg: Any) -> dict[str, Any]:
    if not isinstance(arg, dict) or not arg:
        raise LessonError(f"needs an object such as {{\"learning_rate\": 0.1}}, not {_kind(arg)}")
    for key, value in arg.items():
        kind = TRAINING_KEYS.get(key)
        if kind is None:
            raise LessonError(f"unknown setting {key!r} (known: {', '.join(TRAINING_KEYS)})")
        ok = {
            "number": _is_number(value) or (key == "clip" and value is None),
            "whole": isinstance(value, int) and not isinstance(value, bool) and value >= 0,
            "params": isinstance(value, list) and all(v in ALL_PARAM_NAMES for v in value),
            "text": isinstance(value, str),
        }[kind]
        if not ok:
            raise LessonError(f"{key} has the wrong type: {_kind(value)}")
        # Only values the training controls can show as they are (a spin box clamps the rest).
        if key in WHOLE_SETTING_RANGES or (key in NUMBER_SETTING_RANGES and value is not None):
            low, high = {**WHOLE_SETTING_RANGES, **NUMBER_SETTING_RANGES}[key]
            if not low <= value <= high:
                raise LessonError(f"{key} is {value:g}; it must be from {low:g} to {high:g}")
    return arg


def _choice(options: tuple[str, ...]) -> Callable[[Any], Any]:
    def check(arg: Any) -> Any:
        if arg not in options:
            raise LessonError(f"is {arg!r}; it can be one of {', '.join(options)}")
        return arg

    return check


def _check_select(arg: Any) -> Any:
    if isinstance(arg, str) or (isinstance(arg, int) and not isinstance(arg, bool) and arg >= 0):
        return arg
    raise LessonError(f"needs a sequence name or a position from 0, not {_kind(arg)}")


def _check_highlight(arg: Any) -> Any:
    if arg is None or arg in ALL_PARAM_NAMES:
        return arg
    raise LessonError(f"needs one of {', '.join(ALL_PARAM_NAMES)} or null, not {arg!r}")


def _check_panels(arg: Any) -> tuple[str, ...]:
    names = [arg] if isinstance(arg, str) else arg
    if not isinstance(names, list) or not names:
        raise LessonError(f"needs a list of panels ({', '.join(PANELS)})")
    for name in names:
        if name not in PANELS:
            raise LessonError(f"unknown panel {name!r} (known: {', '.join(PANELS)})")
    return tuple(names)


def _check_seed(arg: Any) -> int:
    low, high = WHOLE_SETTING_RANGES["seed"]
    if isinstance(arg, bool) or not isinstance(arg, int) or not low <= arg <= high:
        raise LessonError(f"needs a seed (a whole number from {low} to {high:,}), not {_kind(arg)}")
    return arg


def _check_true(arg: Any) -> bool:
    if arg is not True:
        raise LessonError(f"takes true, not {_kind(arg)}")
    return True


# The action vocabulary: name -> check (returns the value the panel applies).
ACTIONS: dict[str, Callable[[Any], Any]] = {
    "preset": _check_preset,
    "document": _check_document,
    "params": _check_params,
    "random_params": _check_seed,
    "training": _check_training,
    "select": _check_select,
    "view": _choice(VIEWS),
    "tab": _choice(TABS),
    "lab_tab": _choice(LAB_TABS),
    "highlight": _check_highlight,
    "show_panels": _check_panels,
    "hide_panels": _check_panels,
    "reset_run": _check_true,
}


def _action(raw: Any, where: str) -> Action:
    if not isinstance(raw, dict) or len(raw) != 1:
        raise LessonError(
            f"{where}: an action is an object with one key, such as {{\"preset\": \"StatLand rules\"}}"
        )
    (kind, arg), = raw.items()
    check = ACTIONS.get(kind)
    if check is None:
        raise LessonError(f"{where}: unknown action {kind!r} (known: {', '.join(ACTIONS)})")
    try:
        return Action(kind, check(arg))
    except LessonError as error:
        raise LessonError(f"{where}: {kind} {error}") from None


# --- small checks -------------------------------------------------------------------------------
def _only(raw: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise LessonError(
            f"{where}: unknown key {unknown[0]!r} (it can have {', '.join(sorted(allowed))})"
        )


def _text(raw: dict, key: str, where: str, required: bool = True) -> str:
    """The text at ``key``: a string (English), or ``{"en": ..., "es": ...}`` (a LessonText)."""
    value = raw.get(key)
    if value is None and not required:
        return ""
    if value is None:
        raise LessonError(f'{where}: "{key}" is missing')
    if isinstance(value, dict):
        return _languages(value, key, where, required)
    return _one_text(value, f'"{key}"', where, required)


def _one_text(value: Any, name: str, where: str, required: bool) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise LessonError(
            f"{where}: {name} must be text (or an object of languages such as "
            f'{{"en": "...", "es": "..."}}), not {_kind(value)}'
        )
    if len(value) > MAX_LESSON_TEXT_CHARS:  # laying out megabytes of text freezes the window
        raise LessonError(
            f"{where}: {name} is {len(value):,} characters long; a lesson text is at most "
            f"{MAX_LESSON_TEXT_CHARS:,} (split it into steps)"
        )
    return value.strip()


def _languages(value: dict, key: str, where: str, required: bool) -> LessonText:
    """``{"en": "...", "de": "..."}``: English required (the fallback), every language a code."""
    if SOURCE_LANGUAGE not in value:
        raise LessonError(
            f'{where}: "{key}" has no "en" text; English is what a language without its own '
            f"text shows (it has {', '.join(map(repr, value)) or 'nothing'})"
        )
    texts = {}
    for code, text in value.items():
        if not LANGUAGE_CODE.match(code):
            raise LessonError(
                f'{where}: "{key}" has the language {excerpt(code, 20)}; a language is a code '
                'such as "en", "es" or "de"'
            )
        texts[code] = _one_text(text, f'"{key}" ({code})', where, required)
    return LessonText(texts[SOURCE_LANGUAGE], texts)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer beyond any float
        return False



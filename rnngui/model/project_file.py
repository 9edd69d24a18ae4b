"""The ``.rnnlab`` project file: JSON in, Document out, and back. Qt-free.

Loading never executes anything from the file: it is parsed as strict JSON (no NaN or Infinity),
every field is type-checked, and every error names the place in the file ("sequences[2].values[5]")
so the user can fix it. Older versions are migrated step by step through ``MIGRATIONS``; a newer
version is refused with a clear message rather than half-read.

Saving is atomic: the text goes to a temporary file in the same folder, is flushed to disk, and
then renamed over the old file, so a crash or kill mid-save leaves the previous file intact.
"""

from __future__ import annotations

import json
import math
import numbers
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import fields, replace
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

from ..engine import ACTIVATIONS
from ..engine.cells import CELLS, Cell
from ..engine.words import localized, t, whole
from . import assignment as asg
from .document import Document, DocumentError, Scaling, SequenceData, TrainingSettings
from .limits import MAX_NAME_CHARS, MAX_TITLE_CHARS, NUMBER_SETTING_RANGES, WHOLE_SETTING_RANGES
from .safe_read import FileRefused, excerpt, read_limited_bytes

FORMAT_NAME = "rnnlab"
FORMAT_VERSION = 2
EXTENSION = ".rnnlab"
MAX_FILE_BYTES = 20 * 1024 * 1024  # 100 sequences of 10,000 values fit with room to spare
WRITE_CHUNK = 64 * 1024
STALE_TEMP_S = 600.0  # without file locks: older than any save takes, so left by a killed one



def _v1_to_v2(data: dict) -> dict:
    """Version 2 names the cell ("cell": "rnn" | "lstm"); every version-1 file is an RNN."""
    data.setdefault("cell", "rnn")
    return data


# MIGRATIONS[n] turns a version-n dict into a version-(n + 1) dict. Version 1 is the first
# published format (tests/fixtures/project-v1.rnnlab keeps opening); version 2 adds "cell".
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}

_KNOWN_KEYS = {"format", "version", "cell", "title", "sequences", "params", "training", "scaling",
               "assignment"}


class ProjectFileError(ValueError):
    """A file that cannot be opened; the message is meant for the user and says where."""

    def __init__(self, message: object = "") -> None:
        super().__init__(_in_words(str(message)))


# A JSON path counts from 0; a user counts sequences and days from 1. The path stays beside the
# words for whoever edits the file by hand: "sequence 1, day 2 (sequences[0].values[1])".
_PATH = re.compile(r"(?<!\()\bsequences\[(\d+)\](?:\.(values)\[(\d+)\]|\.(\w+))?")
_FIELD_WORDS = {"target": "target", "name": "name", "values": "values",
                "use_for_training": "'use for training' box"}


def _in_words(message: str) -> str:
    # The words around the path follow the learner's language; the path itself is the file's.
    field_words = {"target": t("target"), "name": t("name"), "values": t("values"),
                   "use_for_training": t("'use for training' box")}

    def words(match: re.Match) -> str:
        sequence = t("sequence {number}", number=int(match[1]) + 1)
        if match[2]:
            said = t("{sequence}, day {day}", sequence=sequence, day=int(match[3]) + 1)
        elif match[4]:
            field = field_words.get(match[4], _FIELD_WORDS.get(match[4], match[4]))
            said = t("{sequence}'s {field}", sequence=sequence, field=field)
        else:
            said = sequence
        return f"{said} ({match[0]})"

    return _PATH.sub(words, message)


# --- Document -> JSON ---------------------------------------------------------------------------
def to_dict(document: Document) -> dict[str, Any]:
    data: dict[str, Any] = dict(document.extra)  # unknown keys from the file come back out
    data.update(
        {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "cell": document.cell.key,
            "title": document.title,
            "sequences": [
                {
                    "name": s.name,
                    "values": list(s.values),
                    "target": s.target,
                    "use_for_training": s.use_for_training,
                }
                for s in document.sequences
            ],
            "params": document.params.as_dict(),
            "training": _training_dict(document),
            "scaling": None
            if document.scaling is None
            else {
                "low": document.scaling.low,
                "high": document.scaling.high,
                "unit": document.scaling.unit,
            },
        }
    )
    if document.assignment is not None:  # a file without one stays exactly as it was
        data["assignment"] = assignment_dict(document.assignment)
    return data


def assignment_dict(assignment: asg.Assignment) -> dict[str, Any]:
    """The ``"assignment"`` of a project file (read back by ``_assignment``)."""
    return {
        "instructions": assignment.instructions,
        "goals": [
            {"kind": g.kind, "threshold": g.threshold, "steps": g.steps, "sequence": g.sequence}
            for g in assignment.goals
        ],
        "hidden_parts": list(assignment.hidden_parts),
        "hidden_controls": list(assignment.hidden_controls),
        "locked_parts": list(assignment.locked_parts),
        "locked_controls": list(assignment.locked_controls),
        "teacher_copy": assignment.teacher_copy,
        "id": assignment.assignment_id,
        "made_from": assignment.made_from,
        "student": assignment.student,
        "attempts": [
            {
                "settings": dict(a.settings),
                "start_params": dict(a.start_params),
                "end_params": dict(a.end_params),
                "steps": a.steps,
                "seconds": a.seconds,
                "started": a.started,
                "end": a.end,
                "ssr_start": a.ssr_start,
                "ssr_end": a.ssr_end,
                "goals_met": list(a.goals_met),
                "figures": list(a.figures),
            }
            for a in assignment.attempts
        ],
    }


def dumps(document: Document) -> str:
    """Indented JSON, with each list of numbers on one line so a file reads like the data."""
    return encode(to_dict(document)) + "\n"


class RawNumber:
    """A number from the file that no float of the app can hold (``1e400``, a 401-digit integer),
    kept as the file wrote it. A known field refuses it, naming its place; in a key this version
    does not know it is written back exactly as read, so such a file can still be saved."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"RawNumber({excerpt(self.text)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RawNumber) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def describe(self) -> str:
        if len(self.text) <= 24:
            return t("the number {number}", number=self.text)
        return t("a number {length} characters long ({start}…)", length=whole(len(self.text)),
                 start=self.text[:12])


def encode(data: Any) -> str:
    """JSON text for a project dict, written token by token (never edited as text afterwards, so
    strings come back exactly as they were): one space of indent per level, lists of numbers on one
    line. Iterative, so unknown keys nested hundreds deep cost no recursion. Raises
    ProjectFileError (a ValueError) for a value JSON cannot hold."""
    out: list[str] = []
    # Each frame: [iterator of (key or None, value), closing bracket, depth, first?]
    stack: list[list[Any]] = []

    def put(value: Any, depth: int, where: str) -> None:
        token = _scalar(value, where)
        if token is not None:
            out.append(token)
        elif isinstance(value, dict):
            if not value:
                out.append("{}")
                return
            out.append("{")
            stack.append([iter(value.items()), "}", depth + 1, True, where])
        elif isinstance(value, list | tuple):
            if not value:
                out.append("[]")
            elif all(_is_plain_number(v) for v in value):
                out.append("[" + ", ".join(_scalar(v, where) for v in value) + "]")
            else:
                out.append("[")
                stack.append([iter(enumerate(value)), "]", depth + 1, True, where])
        else:
            raise ProjectFileError(t("{place} holds {kind}, which a project file cannot store",
                                     place=where or t("the project"), kind=type(value).__name__))

    put(data, 0, "")
    while stack:
        frame = stack[-1]
        items, closer, depth, first, where = frame
        try:
            key, value = next(items)
        except StopIteration:
            stack.pop()
            out.append("\n" + " " * (depth - 1) + closer)
            continue
        out.append(("\n" if first else ",\n") + " " * depth)
        frame[3] = False
        if closer == "}":
            name = key if isinstance(key, str) else str(key)
            out.append(_string(name) + ": ")
            place = f"{where}.{name}" if where else name
        else:
            place = f"{where}[{key}]"
        put(value, depth, place)
    return "".join(out)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _string(text: str) -> str:
    """A JSON string. A lone surrogate (possible after reading "\\ud800" from a file) is written
    as its escape: as a raw character it could not be encoded as UTF-8 at all."""
    token = json.dumps(text, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", token)


def _is_plain_number(value: Any) -> bool:
    return isinstance(value, RawNumber | int | float) and not isinstance(value, bool)


def _scalar(value: Any, where: str) -> str | None:
    """The JSON token of a scalar, or None for a container."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, RawNumber):
        return value.text
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ProjectFileError(t("{place} is {value}, which a project file cannot store",
                                     place=where or t("a value"), value=value))
        return float.__repr__(value)
    if isinstance(value, numbers.Integral):
        return int.__repr__(int(value))
    if isinstance(value, numbers.Real):
        return _scalar(float(value), where)
    return None


# --- JSON -> Document ---------------------------------------------------------------------------
def _reject_constant(name: str) -> float:
    raise ProjectFileError(t("the file contains {name}, which is not a number a project can hold",
                             name=name))


def loads(text: str) -> Document:
    """The Document in a project file's text, or ProjectFileError: whatever a check missed
    (a type error deep in a value, an overflow) is turned into one too, so no caller ever sees
    a traceback for a bad file."""
    try:
        return from_dict(parse(text))
    except ProjectFileError:
        raise
    except (ValueError, TypeError, OverflowError, ArithmeticError, KeyError, AttributeError,
            RecursionError) as error:
        raise ProjectFileError(
            t("the file holds a value RNN Lab cannot use ({kind}: {error})",
              kind=type(error).__name__, error=excerpt(str(error), 200))
        ) from None


def parse(text: str) -> Any:
    """Strict JSON: NaN and Infinity are refused, nothing is evaluated. A number too large for a
    float (``1e400``, a 401-digit integer) becomes a RawNumber instead of infinity or an integer
    no field can use (Python's own int() would refuse over 4,300 digits with a ValueError)."""
    try:
        return json.loads(
            text, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float
        )
    except json.JSONDecodeError as error:
        where = {"line": error.lineno, "column": error.colno, "error": error.msg}
        raise ProjectFileError(
            t("not valid JSON at line {line}, column {column}: {error} (the file looks cut short)",
              **where) if error.pos >= len(text.rstrip()) else
            t("not valid JSON at line {line}, column {column}: {error}", **where)
        ) from None
    except RecursionError:
        raise ProjectFileError(t("the JSON is nested too deeply to be a project file")) from None


MAX_INT_DIGITS = 308  # below 1e308: every such integer converts to a float


def _parse_int(token: str) -> int | RawNumber:
    if len(token) - token.startswith("-") > MAX_INT_DIGITS:
        return RawNumber(token)
    return int(token)


def _parse_float(token: str) -> float | RawNumber:
    number = float(token)
    return RawNumber(token) if math.isinf(number) else number


def from_dict(data: Any) -> Document:
    if not isinstance(data, dict):
        raise ProjectFileError(t("the file holds {kind}, not a project (a JSON object)",
                                 kind=_kind(data)))
    if data.get("format") != FORMAT_NAME:
        raise ProjectFileError(
            t('"format" is {format}; an RNN Lab project says "format": "rnnlab"',
              format=repr(data.get("format")))
        )
    data = migrate(data)
    try:
        sequences = _sequences(data.get("sequences"))
        the_cell = _cell(data.get("cell", "rnn"))  # absent: an RNN, as every version-1 file
        params = _params(data.get("params"), the_cell)
        training = _training(data.get("training", {}), the_cell)
        scaling = _scaling(data.get("scaling"))
        title = _text_field(data.get("title", "Untitled"), '"title"', MAX_TITLE_CHARS)
        extra = {k: v for k, v in data.items() if k not in _KNOWN_KEYS}
        assignment = None
        if data.get("assignment") is not None:
            assignment = _assignment(data["assignment"], the_cell)
        return Document(sequences, params, training, scaling, title, extra, assignment)
    except DocumentError as error:
        raise ProjectFileError(str(error)) from None


def migrate(data: dict) -> dict:
    """Bring a file of any older version up to FORMAT_VERSION, one version at a time."""
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectFileError(t("{place} must be a whole number, not {kind}", place='"version"',
                                 kind=_kind(version)))
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            t("this file was written by a newer RNN Lab (format version {version}); this RNN Lab "
              "reads versions up to {newest}. Update RNN Lab to open it.", version=version,
              newest=FORMAT_VERSION)
        )
    if version < 1:
        raise ProjectFileError(t('"version" {version} does not exist; versions start at 1',
                                 version=version))
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["version"] = version
    return data


def _kind(value: Any) -> str:
    if isinstance(value, RawNumber):
        return value.describe()
    # Said inside a sentence ("must be a number, not a list"), so said in the learner's language;
    # the value quoted is the file's own (its numbers keep '.', as the file must write them).
    if isinstance(value, str):
        return t("text ({text})", text=json.dumps(value[:60])[:40])
    names = {dict: t("an object"), list: t("a list"), bool: t("true/false"), type(None): "null"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, int | float):
        return t("the number {number}", number=f"{value:.6g}")
    return type(value).__name__


def _number(value: Any, where: str) -> float:
    if isinstance(value, RawNumber):
        raise ProjectFileError(t("{place} is {kind}, beyond the largest number a project can hold",
                                 place=where, kind=value.describe()))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProjectFileError(t("{place} must be a number, not {kind}", place=where,
                                 kind=_kind(value)))
    try:
        number = float(value)
    except OverflowError:  # an int built by code rather than read (the reader caps digits)
        raise ProjectFileError(t("{place} is a number too large to hold", place=where)) from None
    if not math.isfinite(number):
        raise ProjectFileError(t("{place} must be a finite number", place=where))
    return number


def _whole(number: int) -> str:
    return whole(number) if abs(number) < 10**15 else t("about {number}",
                                                        number=f"{float(number):.3g}")


def _text_field(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise ProjectFileError(t("{place} must be text, not {kind}", place=where,
                                 kind=_kind(value)))
    if len(value) > limit:
        raise ProjectFileError(
            t("{place} is {length} characters long ({text}); at most {limit}", place=where,
              length=whole(len(value)), text=excerpt(value), limit=whole(limit))
        )
    return value




def _sequences(raw: Any) -> tuple[SequenceData, ...]:
    if not isinstance(raw, list):
        raise ProjectFileError(t("{place} must be a list, not {kind}", place='"sequences"',
                                 kind=_kind(raw)))
    if not raw:
        raise ProjectFileError(t('"sequences" is empty; a project needs at least one sequence'))
    result = []
    for i, item in enumerate(raw):
        where = f"sequences[{i}]"
        if not isinstance(item, dict):
            raise ProjectFileError(t("{place} must be an object, not {kind}", place=where,
                                     kind=_kind(item)))
        name = _text_field(item.get("name", f"sequence {i + 1}"), f"{where}.name", MAX_NAME_CHARS)
        values = item.get("values")
        if not isinstance(values, list):
            raise ProjectFileError(t("{place} must be a list of numbers, not {kind}",
                                     place=f"{where}.values", kind=_kind(values)))
        numbers = tuple(_number(v, f"{where}.values[{j}]") for j, v in enumerate(values))
        target = item.get("target")
        target = None if target is None else _number(target, f"{where}.target")
        use = item.get("use_for_training", True)
        if not isinstance(use, bool):
            raise ProjectFileError(t("{place} must be true or false",
                                     place=f"{where}.use_for_training"))
        try:
            result.append(SequenceData(name, numbers, target, use))
        except DocumentError as error:
            raise ProjectFileError(f"{where}: {error}") from None
    return tuple(result)


def _cell(raw: Any) -> Cell:
    if not isinstance(raw, str) or raw not in CELLS:
        raise ProjectFileError(t("{place} must be one of {choices}, not {kind}", place='"cell"',
                                 choices=", ".join(repr(k) for k in CELLS), kind=_kind(raw)))
    return CELLS[raw]


def _params(raw: Any, the_cell: Cell) -> Any:
    names = the_cell.param_names
    if not isinstance(raw, dict):
        raise ProjectFileError(t("{place} must be an object with {names}", place='"params"',
                                 names=", ".join(names)))
    missing = [n for n in names if n not in raw]
    if missing:
        raise ProjectFileError(t('"params" lacks {names} (the {cell}\'s)', names=", ".join(missing),
                                 cell=the_cell.label))
    return the_cell.params_type(**{n: _number(raw[n], f"params.{n}") for n in names})


def _training_dict(document: Document) -> dict[str, Any]:
    """Every training setting, by the field names of TrainingSettings: a new knob is saved
    without being listed here (trainable as the cell's names, for people reading the file)."""
    training = document.training
    data = {f.name: getattr(training, f.name) for f in fields(TrainingSettings)}
    data["trainable"] = list(training.trained_names(document.cell))
    return data


def training_settings_dict(document: Document) -> dict[str, Any]:
    """The training settings as a file writes them (an assignment's attempt keeps these)."""
    return _training_dict(document)


def training_from_dict(raw: Any, the_cell: Cell) -> TrainingSettings:
    """Training settings read back from such a dict (checked: ProjectFileError if wrong)."""
    return _training(raw, the_cell)


def _training(raw: Any, the_cell: Cell) -> TrainingSettings:
    """Each field of TrainingSettings read by its kind: numbers and whole numbers within the
    ranges the controls show (limits.py), yes/no, a choice, the cell's parameter names."""
    if not isinstance(raw, dict):
        raise ProjectFileError(t("{place} must be an object, not {kind}", place='"training"',
                                 kind=_kind(raw)))
    values: dict[str, Any] = {}
    for f in fields(TrainingSettings):
        if f.name not in raw:
            continue
        values[f.name] = _setting(f.name, raw[f.name], f.default, the_cell)
    return replace(TrainingSettings(), **values)


def _setting(key: str, value: Any, default: Any, the_cell: Cell) -> Any:
    where = f"training.{key}"
    if value is None and default is None:  # an optional setting: clipping off, flat out
        return None
    if key == "trainable":
        known = the_cell.param_names
        if not isinstance(value, list) or any(n not in known for n in value):
            raise ProjectFileError(t("{place} must list some of {names}, not {value}", place=where,
                                     names=", ".join(known), value=f"{value!r:.60}"))
        return tuple(n for n in known if n in value)
    if key == "activation":
        if value not in ACTIVATIONS:
            raise ProjectFileError(t("{place} {value} is not one of {choices}", place=where,
                                     value=f"{value!r:.40}", choices=", ".join(ACTIVATIONS)))
        return value
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ProjectFileError(t("{place} must be true or false, not {kind}", place=where,
                                     kind=_kind(value)))
        return value
    if key in WHOLE_SETTING_RANGES:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ProjectFileError(t("{place} must be a whole number, not {kind}", place=where,
                                     kind=_kind(value)))
        low, high = WHOLE_SETTING_RANGES[key]
        if not low <= value <= high:
            raise ProjectFileError(t("{place} is {value}; it must be from {low} to {high}",
                                     place=where, value=_whole(value), low=whole(low),
                                     high=whole(high)))
        return value
    number = _number(value, where)
    low, high = NUMBER_SETTING_RANGES[key]
    if not low <= number <= high:
        range_text = t("{place} is {value}; it must be from {low} to {high}", place=where,
                       value=f"{number:g}", low=f"{low:g}", high=f"{high:g}")
        off = t(" (or null: off)") if default is None else ""
        raise ProjectFileError(range_text + off)
    return number


def _scaling(raw: Any) -> Scaling | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ProjectFileError(t("{place} must be an object or null, not {kind}", place='"scaling"',
                                 kind=_kind(raw)))
    low = _number(raw.get("low"), "scaling.low")
    high = _number(raw.get("high"), "scaling.high")
    if not high > low:
        raise ProjectFileError(t("{place} ({high}) must be above {other} ({low})",
                                 place="scaling.high", high=f"{high:g}", other="scaling.low",
                                 low=f"{low:g}"))
    unit = raw.get("unit", "")
    if not isinstance(unit, str) or len(unit) > 8:
        raise ProjectFileError(t('{place} must be a short text such as "$"', place="scaling.unit"))
    return Scaling(low, high, unit)


# --- the assignment -------------------------------------------------------------------------
ATTEMPT_ENDS = ("max_steps", "converged", "diverged", "error", "stopped", "interrupted")
MAX_ID_CHARS = 64


def _names_list(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise ProjectFileError(t("{place} must be a list of names, not {kind}", place=where,
                                 kind=_kind(raw)))
    return tuple(_text_field(v, f"{where}[{i}]", MAX_NAME_CHARS) for i, v in enumerate(raw))


def _flag(raw: Any, where: str) -> bool:
    if not isinstance(raw, bool):
        raise ProjectFileError(t("{place} must be true or false, not {kind}", place=where,
                                 kind=_kind(raw)))
    return raw


def _count(raw: Any, where: str, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ProjectFileError(t("{place} must be a whole number, not {kind}", place=where,
                                 kind=_kind(raw)))
    if not 0 <= raw <= high:
        raise ProjectFileError(t("{place} is {value}; it must be from {low} to {high}", place=where,
                                 value=_whole(raw), low="0", high=whole(high)))
    return raw


def _maybe_number(raw: Any, where: str) -> float | None:
    return None if raw is None else _number(raw, where)


def _assignment(raw: Any, the_cell: Cell) -> asg.Assignment:
    """The ``"assignment"`` object, every field checked; errors name their place in the file."""
    where = "assignment"
    if not isinstance(raw, dict):
        raise ProjectFileError(t("{place} must be an object, not {kind}", place=where,
                                 kind=_kind(raw)))
    goals_raw = raw.get("goals", [])
    if not isinstance(goals_raw, list):
        raise ProjectFileError(t("{place} must be a list, not {kind}", place=f"{where}.goals",
                                 kind=_kind(goals_raw)))
    if len(goals_raw) > asg.MAX_GOALS:
        raise ProjectFileError(t("{place} has {count} goals; at most {limit}",
                                 place=f"{where}.goals", count=whole(len(goals_raw)),
                                 limit=asg.MAX_GOALS))
    goals = tuple(_goal(g, f"{where}.goals[{i}]") for i, g in enumerate(goals_raw))
    attempts_raw = raw.get("attempts", [])
    if not isinstance(attempts_raw, list):
        raise ProjectFileError(t("{place} must be a list, not {kind}", place=f"{where}.attempts",
                                 kind=_kind(attempts_raw)))
    if len(attempts_raw) > asg.MAX_ATTEMPTS:
        raise ProjectFileError(t("{place} holds {count} runs; at most {limit}",
                                 place=f"{where}.attempts", count=whole(len(attempts_raw)),
                                 limit=whole(asg.MAX_ATTEMPTS)))
    attempts = [_attempt(a, f"{where}.attempts[{i}]", the_cell, len(goals))
                for i, a in enumerate(attempts_raw)]
    identity = _text_field(raw.get("id", ""), f"{where}.id", MAX_ID_CHARS)
    return asg.Assignment(
        instructions=_text_field(raw.get("instructions", ""), f"{where}.instructions",
                                 asg.MAX_INSTRUCTIONS_CHARS),
        goals=goals,
        hidden_parts=_names_list(raw.get("hidden_parts", []), f"{where}.hidden_parts"),
        hidden_controls=_names_list(raw.get("hidden_controls", []), f"{where}.hidden_controls"),
        locked_parts=_names_list(raw.get("locked_parts", []), f"{where}.locked_parts"),
        locked_controls=_names_list(raw.get("locked_controls", []), f"{where}.locked_controls"),
        teacher_copy=_flag(raw.get("teacher_copy", False), f"{where}.teacher_copy"),
        assignment_id=identity or asg.Assignment().assignment_id,
        made_from=_text_field(raw.get("made_from", ""), f"{where}.made_from", MAX_TITLE_CHARS),
        student=_text_field(raw.get("student", ""), f"{where}.student", asg.MAX_STUDENT_CHARS),
        attempts=attempts,
    )


def _goal(raw: Any, where: str) -> asg.Goal:
    if not isinstance(raw, dict):
        raise ProjectFileError(t("{place} must be an object, not {kind}", place=where,
                                 kind=_kind(raw)))
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in asg.GOAL_KINDS:
        raise ProjectFileError(t("{place} must be one of {choices}, not {kind}",
                                 place=f"{where}.kind", choices=", ".join(asg.GOAL_KINDS),
                                 kind=_kind(kind)))
    threshold = _number(raw.get("threshold"), f"{where}.threshold")
    steps = _count(raw.get("steps", 0), f"{where}.steps", 10_000_000)
    sequence = _text_field(raw.get("sequence", ""), f"{where}.sequence", MAX_NAME_CHARS)
    try:
        return asg.Goal(kind, threshold, steps, sequence)
    except asg.AssignmentError as error:
        raise ProjectFileError(f"{where}: {error}") from None


def _param_dict(raw: Any, where: str, the_cell: Cell) -> dict[str, float]:
    names = the_cell.param_names
    if not isinstance(raw, dict) or any(n not in raw for n in names):
        raise ProjectFileError(t("{place} must be an object with {names}", place=where,
                                 names=", ".join(names)))
    return {n: _number(raw[n], f"{where}.{n}") for n in names}


def _attempt(raw: Any, where: str, the_cell: Cell, n_goals: int) -> asg.Attempt:
    if not isinstance(raw, dict):
        raise ProjectFileError(t("{place} must be an object, not {kind}", place=where,
                                 kind=_kind(raw)))
    settings_raw = raw.get("settings", {})
    try:
        _training(settings_raw, the_cell)  # a replay must be able to load these
    except ProjectFileError as error:
        raise ProjectFileError(f"{where}.settings: {error}") from None
    end = raw.get("end", "interrupted")
    if end not in ATTEMPT_ENDS:
        raise ProjectFileError(t("{place} must be one of {choices}, not {kind}",
                                 place=f"{where}.end", choices=", ".join(ATTEMPT_ENDS),
                                 kind=_kind(end)))
    met = raw.get("goals_met", [])
    if not isinstance(met, list) or len(met) > n_goals:
        raise ProjectFileError(t("{place} must be a list of at most {count} true/false, one per "
                                 "goal", place=f"{where}.goals_met", count=n_goals))
    figures = raw.get("figures", [])
    if not isinstance(figures, list) or len(figures) > n_goals:
        raise ProjectFileError(t("{place} must be a list of at most {count} numbers (or null), "
                                 "one per goal", place=f"{where}.figures", count=n_goals))
    seconds = _number(raw.get("seconds", 0), f"{where}.seconds")
    if seconds < 0:
        raise ProjectFileError(t("{place} is {value}; a run cannot take less than 0",
                                 place=f"{where}.seconds", value=f"{seconds:g}"))
    return asg.Attempt(
        settings=dict(settings_raw),
        start_params=_param_dict(raw.get("start_params"), f"{where}.start_params", the_cell),
        end_params=_param_dict(raw.get("end_params"), f"{where}.end_params", the_cell),
        steps=_count(raw.get("steps", 0), f"{where}.steps", 10**12),
        seconds=seconds,
        started=_text_field(raw.get("started", ""), f"{where}.started", 40),
        end=end,
        ssr_start=_maybe_number(raw.get("ssr_start"), f"{where}.ssr_start"),
        ssr_end=_maybe_number(raw.get("ssr_end"), f"{where}.ssr_end"),
        goals_met=tuple(_flag(v, f"{where}.goals_met[{i}]") for i, v in enumerate(met)),
        figures=tuple(_maybe_number(v, f"{where}.figures[{i}]") for i, v in enumerate(figures)),
    )


# --- files --------------------------------------------------------------------------------------
def load(path: str | os.PathLike) -> Document:
    """Read a project file, or raise ProjectFileError saying what is wrong and where. Any
    temporary file a killed save left beside it is removed first."""
    remove_stale_temps(path)
    return loads(read_text(path))


def read_text(path: str | os.PathLike) -> str:
    """The file's text, refusing what is not a regular file (a FIFO would block, /dev/zero never
    ends), what is over MAX_FILE_BYTES whatever its reported size, and what is not UTF-8."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(
                t("{name} is {size} MB; project files are at most {limit} MB", name=path.name,
                  size=localized(f"{size / 1e6:.1f}"), limit=f"{MAX_FILE_BYTES / 1e6:.0f}")
            )
        raw = read_limited_bytes(path, MAX_FILE_BYTES)
    except FileRefused as error:
        raise ProjectFileError(t("cannot open {name}: {reason}", name=path.name,
                                 reason=error.strerror)) from None
    except OSError as error:
        raise ProjectFileError(t("cannot read {name}: {reason}", name=path.name,
                                 reason=error.strerror or error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProjectFileError(
            t("{name} is not UTF-8 text (byte 0x{byte} at offset {offset}); is it really an RNN "
              "Lab project?", name=path.name, byte=f"{raw[error.start]:02x}", offset=error.start)
        ) from None
    return text


def _write_chunks(handle, data: bytes) -> None:
    """Write in chunks (a test slows this down to kill a save half-way)."""
    for start in range(0, len(data), WRITE_CHUNK):
        handle.write(data[start : start + WRITE_CHUNK])


def save(path: str | os.PathLike, document: Document) -> None:
    """Write atomically: a temporary file beside the target, flushed, then renamed over it."""
    write_atomic(path, dumps(document))


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _lock(fd: int, wait: bool) -> bool:
    """An exclusive advisory lock on a temporary file while it is written: the lock dies with its
    process, so a locked temporary file belongs to a save in progress (this app or another
    instance) and an unlocked one to a save that was killed. False if another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def remove_stale_temps(path: str | os.PathLike) -> list[Path]:
    """Delete the temporary files a killed save of ``path`` left beside it (a kill -9 mid-save
    keeps the old file intact but cannot remove its own ``.name.XXXX.tmp``). A temporary file
    another process is still writing is locked and left alone; where locks do not exist (Windows)
    only files older than STALE_TEMP_S go. Returns what was removed; never raises."""
    path = Path(path)
    removed = []
    try:
        candidates = list(path.parent.glob(f"{glob_escape(_temp_prefix(path))}*.tmp"))
    except OSError:
        return removed
    for temp in candidates:
        try:
            if not temp.is_file() or temp.is_symlink():
                continue
            if fcntl is None:
                if time.time() - temp.stat().st_mtime < STALE_TEMP_S:
                    continue
                temp.unlink()
            else:
                fd = os.open(temp, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
                try:
                    if not _lock(fd, wait=False):
                        continue  # a save in progress
                    temp.unlink()
                finally:
                    os.close(fd)
            removed.append(temp)
        except OSError:
            continue
    return removed


def write_atomic(path: str | os.PathLike, text: str) -> None:
    path = Path(path)
    data = text.encode("utf-8")
    remove_stale_temps(path)
    fd, temp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        _lock(fd, wait=True)  # a fresh file: nobody else holds it, this never waits
        with os.fdopen(fd, "wb") as handle:
            _write_chunks(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
            # mkstemp makes the file private (0600); keep the old file's permissions instead
            os.chmod(temp_name, path.stat().st_mode & 0o777 if path.exists() else 0o644)
            os.replace(temp_name, path)  # still locked: a cleaner never takes it mid-save
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

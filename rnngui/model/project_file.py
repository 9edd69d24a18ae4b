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
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..engine import ACTIVATIONS, PARAM_NAMES, RNNParams
from .document import Document, DocumentError, Scaling, SequenceData, TrainingSettings

FORMAT_NAME = "rnnlab"
FORMAT_VERSION = 1
EXTENSION = ".rnnlab"
MAX_FILE_BYTES = 20 * 1024 * 1024  # 100 sequences of 10,000 values fit with room to spare
WRITE_CHUNK = 64 * 1024

# MIGRATIONS[n] turns a version-n dict into a version-(n + 1) dict. Version 1 is the first
# published format; when version 2 comes, add MIGRATIONS[1] and keep tests/fixtures/*v1*.rnnlab.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}

_KNOWN_KEYS = {"format", "version", "title", "sequences", "params", "training", "scaling"}


class ProjectFileError(ValueError):
    """A file that cannot be opened; the message is meant for the user and says where."""


# --- Document -> JSON ---------------------------------------------------------------------------
def to_dict(document: Document) -> dict[str, Any]:
    training = document.training
    data: dict[str, Any] = dict(document.extra)  # unknown keys from the file come back out
    data.update(
        {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
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
            "training": {
                "learning_rate": training.learning_rate,
                "max_steps": training.max_steps,
                "momentum": training.momentum,
                "clip": training.clip,
                "trainable": list(training.trainable),
                "activation": training.activation,
                "seed": training.seed,
            },
            "scaling": None
            if document.scaling is None
            else {
                "low": document.scaling.low,
                "high": document.scaling.high,
                "unit": document.scaling.unit,
            },
        }
    )
    return data


_NUMBER_LIST = re.compile(r"\[\s+([-+0-9.eE,\s]+?)\s+\]")


def dumps(document: Document) -> str:
    """Indented JSON, with each list of numbers on one line so a file reads like the data."""
    text = json.dumps(to_dict(document), indent=1, ensure_ascii=False, allow_nan=False)
    return _NUMBER_LIST.sub(lambda m: "[" + ", ".join(m.group(1).split()).replace(",,", ",") + "]",
                            text) + "\n"


# --- JSON -> Document ---------------------------------------------------------------------------
def _reject_constant(name: str) -> float:
    raise ProjectFileError(f"the file contains {name}, which is not a number a project can hold")


def loads(text: str) -> Document:
    return from_dict(parse(text))


def parse(text: str) -> Any:
    """Strict JSON: NaN and Infinity are refused, nothing is evaluated."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        hint = " (the file looks cut short)" if error.pos >= len(text.rstrip()) else ""
        raise ProjectFileError(
            f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}{hint}"
        ) from None
    except RecursionError:
        raise ProjectFileError("the JSON is nested too deeply to be a project file") from None


def from_dict(data: Any) -> Document:
    if not isinstance(data, dict):
        raise ProjectFileError(f"the file holds {_kind(data)}, not a project (a JSON object)")
    if data.get("format") != FORMAT_NAME:
        raise ProjectFileError(
            f'"format" is {data.get("format")!r}; an RNN Lab project says "format": "rnnlab"'
        )
    data = migrate(data)
    try:
        sequences = _sequences(data.get("sequences"))
        params = _params(data.get("params"))
        training = _training(data.get("training", {}))
        scaling = _scaling(data.get("scaling"))
        title = data.get("title", "Untitled")
        if not isinstance(title, str):
            raise ProjectFileError(f'"title" must be text, not {_kind(title)}')
        extra = {k: v for k, v in data.items() if k not in _KNOWN_KEYS}
        return Document(sequences, params, training, scaling, title, extra)
    except DocumentError as error:
        raise ProjectFileError(str(error)) from None


def migrate(data: dict) -> dict:
    """Bring a file of any older version up to FORMAT_VERSION, one version at a time."""
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectFileError(f'"version" must be a whole number, not {_kind(version)}')
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            f"this file was written by a newer RNN Lab (format version {version}); this RNN Lab "
            f"reads versions up to {FORMAT_VERSION}. Update RNN Lab to open it."
        )
    if version < 1:
        raise ProjectFileError(f'"version" {version} does not exist; versions start at 1')
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["version"] = version
    return data


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return f"{name} ({json.dumps(value)[:40]})" if kind is str else name
    return f"the number {value}" if isinstance(value, int | float) else type(value).__name__


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProjectFileError(f"{where} must be a number, not {_kind(value)}")
    if not math.isfinite(float(value)):
        raise ProjectFileError(f"{where} must be a finite number")
    return float(value)


def _sequences(raw: Any) -> tuple[SequenceData, ...]:
    if not isinstance(raw, list):
        raise ProjectFileError(f'"sequences" must be a list, not {_kind(raw)}')
    if not raw:
        raise ProjectFileError('"sequences" is empty; a project needs at least one sequence')
    result = []
    for i, item in enumerate(raw):
        where = f"sequences[{i}]"
        if not isinstance(item, dict):
            raise ProjectFileError(f"{where} must be an object, not {_kind(item)}")
        name = item.get("name", f"sequence {i + 1}")
        if not isinstance(name, str):
            raise ProjectFileError(f"{where}.name must be text, not {_kind(name)}")
        values = item.get("values")
        if not isinstance(values, list):
            raise ProjectFileError(f"{where}.values must be a list of numbers, not {_kind(values)}")
        numbers = tuple(_number(v, f"{where}.values[{j}]") for j, v in enumerate(values))
        target = item.get("target")
        target = None if target is None else _number(target, f"{where}.target")
        use = item.get("use_for_training", True)
        if not isinstance(use, bool):
            raise ProjectFileError(f"{where}.use_for_training must be true or false")
        try:
            result.append(SequenceData(name, numbers, target, use))
        except DocumentError as error:
            raise ProjectFileError(f"{where}: {error}") from None
    return tuple(result)


def _params(raw: Any) -> RNNParams:
    if not isinstance(raw, dict):
        raise ProjectFileError(f'"params" must be an object with {", ".join(PARAM_NAMES)}')
    missing = [n for n in PARAM_NAMES if n not in raw]
    if missing:
        raise ProjectFileError(f'"params" lacks {", ".join(missing)}')
    return RNNParams(**{n: _number(raw[n], f"params.{n}") for n in PARAM_NAMES})


def _training(raw: Any) -> TrainingSettings:
    if not isinstance(raw, dict):
        raise ProjectFileError(f'"training" must be an object, not {_kind(raw)}')
    default = TrainingSettings()
    values: dict[str, Any] = {}
    for key in ("learning_rate", "momentum"):
        if key in raw:
            values[key] = _number(raw[key], f"training.{key}")
    for key in ("max_steps", "seed"):
        if key in raw:
            number = raw[key]
            if isinstance(number, bool) or not isinstance(number, int):
                raise ProjectFileError(f"training.{key} must be a whole number, not {_kind(number)}")
            values[key] = number
    if raw.get("clip") is not None:
        values["clip"] = _number(raw["clip"], "training.clip")
    if "trainable" in raw:
        names = raw["trainable"]
        if not isinstance(names, list) or any(n not in PARAM_NAMES for n in names):
            raise ProjectFileError(
                f"training.trainable must list some of {', '.join(PARAM_NAMES)}, not {names!r:.60}"
            )
        values["trainable"] = tuple(n for n in PARAM_NAMES if n in names)
    if "activation" in raw:
        if raw["activation"] not in ACTIVATIONS:
            raise ProjectFileError(
                f"training.activation {raw['activation']!r:.40} is not one of "
                f"{', '.join(ACTIVATIONS)}"
            )
        values["activation"] = raw["activation"]
    return TrainingSettings(**{**default.__dict__, **values})


def _scaling(raw: Any) -> Scaling | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ProjectFileError(f'"scaling" must be an object or null, not {_kind(raw)}')
    low = _number(raw.get("low"), "scaling.low")
    high = _number(raw.get("high"), "scaling.high")
    if not high > low:
        raise ProjectFileError(f"scaling.high ({high:g}) must be above scaling.low ({low:g})")
    unit = raw.get("unit", "")
    if not isinstance(unit, str) or len(unit) > 8:
        raise ProjectFileError("scaling.unit must be a short text such as \"$\"")
    return Scaling(low, high, unit)


# --- files --------------------------------------------------------------------------------------
def load(path: str | os.PathLike) -> Document:
    """Read a project file, or raise ProjectFileError saying what is wrong and where."""
    return loads(read_text(path))


def read_text(path: str | os.PathLike) -> str:
    """The file's text, refusing files that are too large or not UTF-8."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(
                f"{path.name} is {size / 1e6:.1f} MB; project files are at most "
                f"{MAX_FILE_BYTES / 1e6:.0f} MB"
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ProjectFileError(f"cannot read {path.name}: {error.strerror or error}") from None
    if len(raw) > MAX_FILE_BYTES:  # grew while we looked
        raise ProjectFileError(f"{path.name} is larger than {MAX_FILE_BYTES / 1e6:.0f} MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProjectFileError(
            f"{path.name} is not UTF-8 text (byte 0x{raw[error.start]:02x} at offset "
            f"{error.start}); is it really an RNN Lab project?"
        ) from None
    return text


def _write_chunks(handle, data: bytes) -> None:
    """Write in chunks (a test slows this down to kill a save half-way)."""
    for start in range(0, len(data), WRITE_CHUNK):
        handle.write(data[start : start + WRITE_CHUNK])


def save(path: str | os.PathLike, document: Document) -> None:
    """Write atomically: a temporary file beside the target, flushed, then renamed over it."""
    write_atomic(path, dumps(document))


def write_atomic(path: str | os.PathLike, text: str) -> None:
    path = Path(path)
    data = text.encode("utf-8")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_chunks(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); keep the old file's permissions instead
        os.chmod(temp_name, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp_name, path)
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

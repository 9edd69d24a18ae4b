"""The numbers a lesson shows, computed by the engine from the current document. Qt-free.

A lesson file never states a result the app then prints: it names a computation (``"compute":
{"first_input_gain": {"w2": 2, "unrolls": 4}}``) and, optionally, the lesson's own figure to
compare with (``"expect": 16`` or ``"expect": "2^50"``). What the learner sees is always the
engine's number; the figure only says whether the engine agrees with the video.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..engine import (
    RNNParams,
    fmt,
    input_sensitivity,
)
from ..engine import lstm as lstm_engine
from ..engine.cells import CELLS, cell_of
from ..engine.words import t
from ..model.document import Document
from ..model.numbers import NumberError
from ..model.numbers import parse_number as _parse_number
from ..model.presets import MEMORY_LSTM_START, MEMORY_RNN_START

# A value that is about as big as the lesson's 2^50 still has a clear meaning; beyond this the
# "how many copies" computations would build unreasonably long sequences.
MAX_UNROLLS = 10_000


class ComputeError(ValueError):
    """A computation that cannot run on the current document; the message is for the learner."""


@dataclass(frozen=True)
class Computed:
    value: float
    what: str  # one line saying what was computed, in the lesson's words


def parse_number(text: Any, locale_decimal: str = ".") -> float:
    """A number a person typed or a lesson file wrote: 16, 1.1e15, "2^50", "0.5**50", "−3".

    The app's one parser (rnngui/model/numbers.py) with the lesson's hint; a lesson file writes
    the decimal point as '.', a learner's answer follows the locale (``locale_decimal``)."""
    if text is None:
        raise ValueError("nothing is not a number (try 16, 1.1e15 or 2^50)")
    try:
        return _parse_number(text, locale_decimal)
    except NumberError as error:
        raise NumberError(t("{error} (try 16, 1.1e15 or 2^50)", error=error)) from None


# --- the computations ---------------------------------------------------------------------------
def _values_of(document: Document, what: Any) -> tuple[str, tuple[float, ...]]:
    """A sequence named in the document, or literal values written in the lesson."""
    if isinstance(what, str):
        for sequence in document.sequences:
            if sequence.name == what:
                return what, sequence.values
        names = ", ".join(repr(s.name) for s in document.sequences)
        raise ComputeError(t("there is no sequence called {name} now (there are {names})",
                             name=repr(what), names=names))
    return ", ".join(fmt(v) for v in what), tuple(float(v) for v in what)


def _prediction_of(document: Document, arg: Any) -> Computed:
    name, values = _values_of(document, arg)
    value = document.cell.predict(document.params, values, document.training.activation)
    return Computed(value, t("prediction for {name} with the current weights", name=name))


def _copies_of(document: Document, arg: Any) -> Computed:
    name, values = _values_of(document, arg)
    copies = len(document.cell.forward(document.params, values, document.training.activation).xs)
    return Computed(float(copies), t("copies of the network unrolled for {name}", name=name))


def _first_input_gain(document: Document, arg: dict) -> Computed:
    """d prediction / d x_1 with w1 = w3 = 1 and b1 = b2 = 0: exactly w2 ** unrolls (ReLU on)."""
    unrolls = int(arg["unrolls"])
    w2 = float(arg.get("w2", document.params.w2))
    params = RNNParams(w1=1.0, w2=w2, b1=0.0, w3=1.0, b2=0.0)
    # Positive inputs keep every ReLU switched on, so only w2 decides what reaches the end.
    gain = float(input_sensitivity(params, [1.0] * (unrolls + 1), "relu")[0])
    return Computed(gain, t("first input's multiplier after {unrolls} feedback loops at w2 = {w2}",
                            unrolls=unrolls, w2=fmt(w2)))


def _parameter_count(document: Document, arg: dict) -> Computed:
    """How many numbers gradient descent trains: the length of the engine's gradient."""
    unrolls = int(arg["unrolls"])
    sequence = [0.5] * (unrolls + 1)
    _, grads = document.cell.loss_and_grads(document.params, [sequence], [0.0],
                                            document.training.activation)
    return Computed(float(len(grads.as_tuple())),
                    t("parameters to train, unrolled {unrolls} times", unrolls=unrolls))


def _scaled_price(document: Document, arg: Any) -> Computed:
    if document.scaling is None:
        raise ComputeError(t("this project has no price scaling; load the Blue and Red preset"))
    raw = float(arg)
    value = document.scaling.to_scaled(raw)
    return Computed(value, t("{price} on the 0-to-1 scale",
                             price=f"{document.scaling.unit}{fmt(raw)}"))


def _ssr(document: Document, _arg: Any) -> Computed:
    sequences, targets = document.training_data()
    if not sequences:
        raise ComputeError(t("no sequence has a target, so there is no SSR"))
    ssr, _ = document.cell.loss_and_grads(document.params, sequences, targets,
                                          document.training.activation)
    return Computed(ssr, t("SSR over the training sequences with the current weights"))


def _param(document: Document, name: str) -> Computed:
    if name not in document.cell.param_names:
        raise ComputeError(t("the {cell} has no parameter {name} (it has {names})",
                             cell=document.cell.label, name=repr(name),
                             names=", ".join(document.cell.param_names)))
    return Computed(getattr(document.params, name), t("{name} now", name=name))


# --- the LSTM chapter -----------------------------------------------------------------------------
GATE_WORDS = {
    "forget": "% of the long-term memory to remember (forget gate)",
    "input": "% of the potential memory to remember (input gate)",
    "potential": "potential long-term memory",
    "output": "% of the potential short-term memory to remember (output gate)",
}
MEMORY_WORDS = {"long": "long-term memory", "short": "short-term memory"}


def _gate_words() -> dict[str, str]:
    """GATE_WORDS in the installed language (the English dict stays: its keys are the format's)."""
    return {
        "forget": t("% of the long-term memory to remember (forget gate)"),
        "input": t("% of the potential memory to remember (input gate)"),
        "potential": t("potential long-term memory"),
        "output": t("% of the potential short-term memory to remember (output gate)"),
    }


def _memory_words() -> dict[str, str]:
    return {"long": t("long-term memory"), "short": t("short-term memory")}


def _lstm_day(document: Document, arg: dict) -> tuple[str, int, Any]:
    """The named sequence, the day (1-based) and the LSTM's forward pass over it."""
    if document.cell.key != "lstm":
        raise ComputeError(t("this needs the LSTM, but the network now is the {cell}; choose LSTM "
                             "in the training panel or load the LSTM chapter's preset",
                             cell=document.cell.label))
    name, values = _values_of(document, arg["sequence"])
    day = int(arg["day"])
    if not 1 <= day <= len(values):
        raise ComputeError(t("{name} has {days} days; there is no day {day}", name=name,
                             days=len(values), day=day))
    return name, day, lstm_engine.forward(document.params, values)


def _gate_of(document: Document, arg: dict) -> Computed:
    """A gate on one day, as the chapter says it: a percentage (the potential memory: a value)."""
    name, day, trace = _lstm_day(document, arg)
    gate = arg["gate"]
    value = float(getattr(trace, gate)[day - 1])
    if gate != "potential":
        value *= 100.0
    return Computed(value, t("{what} on day {day} of {name}", what=_gate_words()[gate], day=day,
                             name=name))


def _memory_of(document: Document, arg: dict) -> Computed:
    name, day, trace = _lstm_day(document, arg)
    memory = arg["memory"]
    value = float(getattr(trace, memory)[day - 1])
    return Computed(value, t("{what} after day {day} of {name}", what=_memory_words()[memory],
                             day=day, name=name))


def first_day_reach(params: Any, days: int) -> float:
    """|d prediction / d x1| on Company B stretched to ``days`` days (only day 1 decides), for
    either cell: how strongly the first day still reaches the prediction."""
    (_a, b), _targets = lstm_engine.stretched_companies(days)
    return abs(float(cell_of(params).input_sensitivity(params, b, "relu")[0]))


def _first_day_reach(document: Document, arg: dict) -> Computed:
    """The gradient lab's memory page: each cell from that page's start, or the current network."""
    days = int(arg["days"])
    which = arg.get("cell", "current")
    params = {"rnn": MEMORY_RNN_START, "lstm": MEMORY_LSTM_START}.get(which, document.params)
    label = (t("the current network") if which == "current"
             else t("the memory page's {cell}", cell=which.upper()))
    return Computed(first_day_reach(params, days),
                    t("|∂prediction/∂x1| after {days} days for {label}", days=days, label=label))


def _check_day(arg: Any, key: str, options: tuple[str, ...]) -> str | None:
    allowed = {"sequence", "day", key}
    if not isinstance(arg, dict) or set(arg) != allowed:
        return f'needs {{"sequence": "Company B", "day": 2, "{key}": "{options[0]}"}}'
    if _check_values(arg["sequence"]) is not None:
        return '"sequence" needs a sequence name or a list of numbers'
    day = arg["day"]
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= MAX_UNROLLS:
        return f'"day" must be a whole number from 1, not {day!r}'
    if arg[key] not in options:
        return f'"{key}" must be one of {", ".join(options)}, not {arg[key]!r}'
    return None


def _check_reach(arg: Any) -> str | None:
    if not isinstance(arg, dict) or not set(arg) <= {"days", "cell"} or "days" not in arg:
        return 'needs {"days": 51} and optionally "cell": "rnn", "lstm" or "current"'
    days = arg["days"]
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_UNROLLS:
        return f'"days" must be a whole number from 1 to {MAX_UNROLLS:,}, not {days!r}'
    if arg.get("cell", "current") not in ("rnn", "lstm", "current"):
        return f'"cell" must be "rnn", "lstm" or "current", not {arg["cell"]!r}'
    return None


# Every cell's parameter names: a lesson may name the LSTM's (a step loads the LSTM first).
ALL_PARAM_NAMES: tuple[str, ...] = tuple(dict.fromkeys(n for c in CELLS.values() for n in c.param_names))


def _check_values(arg: Any) -> str | None:
    if isinstance(arg, str):
        return None if arg else "a sequence name cannot be empty"
    if isinstance(arg, list) and arg and all(_is_number(v) for v in arg):
        return None
    return "needs a sequence name (text) or a list of numbers"


def _check_loops(arg: Any, with_w2: bool) -> str | None:
    allowed = {"unrolls", "w2"} if with_w2 else {"unrolls"}
    if not isinstance(arg, dict):
        return 'needs an object such as {"unrolls": 4}'
    extra = sorted(set(arg) - allowed)
    if extra:
        return f"does not know {', '.join(map(repr, extra))} (it knows {', '.join(sorted(allowed))})"
    unrolls = arg.get("unrolls")
    if isinstance(unrolls, bool) or not isinstance(unrolls, int) or not 0 <= unrolls <= MAX_UNROLLS:
        return f'"unrolls" must be a whole number from 0 to {MAX_UNROLLS:,}, not {unrolls!r}'
    if "w2" in arg and not _is_number(arg["w2"]):
        return f'"w2" must be a number, not {arg["w2"]!r}'
    return None


def _is_number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)


# name -> (function, argument check returning an error text or None, what the argument is)
COMPUTATIONS = {
    "prediction_of": (_prediction_of, _check_values, "a sequence name or a list of numbers"),
    "copies_of": (_copies_of, _check_values, "a sequence name or a list of numbers"),
    "first_input_gain": (
        _first_input_gain, lambda a: _check_loops(a, True), '{"w2": 2, "unrolls": 4}'
    ),
    "parameter_count": (
        _parameter_count, lambda a: _check_loops(a, False), '{"unrolls": 50}'
    ),
    "scaled_price": (
        _scaled_price, lambda a: None if _is_number(a) else "needs a raw price (a number)", "23.8"
    ),
    "ssr": (_ssr, lambda a: None if a in ({}, None, True) else 'takes {} or true', "{}"),
    "param": (
        _param,
        lambda a: None if a in ALL_PARAM_NAMES else f"needs one of {', '.join(ALL_PARAM_NAMES)}",
        '"w2"',
    ),
    "gate_of": (
        _gate_of, lambda a: _check_day(a, "gate", tuple(GATE_WORDS)),
        '{"sequence": "Company B", "day": 2, "gate": "forget"}',
    ),
    "memory_of": (
        _memory_of, lambda a: _check_day(a, "memory", tuple(MEMORY_WORDS)),
        '{"sequence": "Company B", "day": 1, "memory": "long"}',
    ),
    "first_day_reach": (_first_day_reach, _check_reach, '{"days": 51, "cell": "lstm"}'),
}


def check_compute(spec: Any) -> str | None:
    """None when ``spec`` is a computation this version knows, else what is wrong with it."""
    if not isinstance(spec, dict) or len(spec) != 1:
        return f"must be an object with exactly one of: {', '.join(COMPUTATIONS)}"
    (name, arg), = spec.items()
    if name not in COMPUTATIONS:
        return f"unknown computation {name!r} (known: {', '.join(COMPUTATIONS)})"
    problem = COMPUTATIONS[name][1](arg)
    return None if problem is None else f"{name} {problem}"


def compute(spec: dict, document: Document) -> Computed:
    """Run a checked computation on the current document (raises ComputeError on a mismatch)."""
    (name, arg), = spec.items()
    return COMPUTATIONS[name][0](document, arg)


# --- comparing ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tolerance:
    absolute: float = 0.0
    relative: float = 0.1  # 10 %: a guess of "about 1e15" for 2^50 counts

    def close(self, a: float, b: float) -> bool:
        return abs(a - b) <= max(self.absolute, self.relative * max(abs(a), abs(b)))


def agrees(value: float, expected: float, tolerance: Tolerance) -> bool:
    return tolerance.close(value, expected)


def compare_answer(answer: float, value: float, tolerance: Tolerance) -> str:
    """One sentence comparing the learner's guess with the engine's number."""
    shown = {"answer": fmt(answer), "value": fmt(value)}  # sentences in the learner's language
    if tolerance.close(answer, value):
        return t("Your answer {answer} is right: the engine says {value}.", **shown)
    if value != 0 and answer != 0 and (answer > 0) == (value > 0):
        ratio = value / answer
        if ratio >= 2:
            return t("Your answer {answer} is off: the engine's {value} is {times} times bigger.",
                     times=fmt(ratio), **shown)
        if ratio <= 0.5:
            return t("Your answer {answer} is off: the engine's {value} is {times} times smaller.",
                     times=fmt(1 / ratio), **shown)
    return t("Your answer {answer} is off by {difference}: the engine says {value}.",
             difference=fmt(abs(value - answer)), **shown)

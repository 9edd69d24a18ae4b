"""The words and numbers the canvas writes on an LSTM copy, and its step-through formula.

Every number comes from the engine's trace (``rnngui.engine.lstm.forward``) and is formatted by
``rnngui.engine.fmt``; the gates are shown as percentages, as the chapter says them ("% of the
long-term memory to remember").
"""

from __future__ import annotations

import math

from ...engine import fmt, words
from ...engine.lstm import LSTM_PARAM_NAMES, LSTMParams, LSTMTrace
from .format import term
from .lstm_layout import GATE_PARAMS, GATE_TITLES, GATES

GATE_LETTERS = {"forget": "f", "input": "i", "potential": "g", "output": "o"}


def pct(value: float) -> str:
    """A gate's value as the chapter says it: a percentage."""
    return f"{fmt(100.0 * value)}%"


def gate_value(gate: str, value: float) -> str:
    return fmt(value) if gate == "potential" else pct(value)


def lstm_copy_labels(
    trace: LSTMTrace, params: LSTMParams, t: int, target: float | None, rolled: bool = False
) -> dict[str, str]:
    """The texts drawn on copy t (0-based; shown 1-based as in the chapter: x1, c1, h1)."""
    day = t + 1
    values = {
        "forget": float(trace.forget[t]),
        "input": float(trace.input[t]),
        "potential": float(trace.potential[t]),
        "output": float(trace.output[t]),
    }
    sums = {
        "forget": float(trace.forget_sum[t]),
        "input": float(trace.input_sum[t]),
        "potential": float(trace.potential_sum[t]),
        "output": float(trace.output_sum[t]),
    }
    long = float(trace.long[t])
    labels = {
        "x": f"x{day} = {fmt(float(trace.xs[t]))}",
        "kept": f"kept = {fmt(float(trace.kept[t]))}",
        "added": f"added = {fmt(float(trace.added[t]))}",
        "long": f"c{day} = {fmt(long)}",
        "tanh_long": f"tanh(c{day}) = {fmt(math.tanh(long))}",
        "short": f"h{day} = {fmt(float(trace.short[t]))}",
    }
    if t == 0 or rolled:  # later copies show what arrives at the end of the copy before
        labels["long_in"] = f"c{day - 1} = {fmt(float(trace.long_in[t]))}"
        labels["short_in"] = f"h{day - 1} = {fmt(float(trace.short_in[t]))}"
    for gate in GATES:
        labels[gate] = f"{GATE_LETTERS[gate]}{day} = {gate_value(gate, values[gate])}"
        labels[f"{gate}_title"] = GATE_TITLES[gate]
        labels[f"{gate}_sum"] = f"Σ = {fmt(sums[gate])}"
        for name in GATE_PARAMS[gate]:
            labels[name] = f"{name} = {fmt(getattr(params, name))}"
    if t == len(trace.xs) - 1:
        labels["prediction"] = f"prediction = h{day} = {fmt(trace.prediction)}"
        if target is None:
            labels["target"] = "no target"
        else:
            labels["target"] = f"target = {fmt(target)}"
            labels["residual"] = f"residual = {fmt(target - trace.prediction)}"
    return labels


def lstm_backward_labels(sensitivity: float, long_sensitivity: float, t: int) -> dict[str, str]:
    """The backward view's numbers for copy t: how strongly x_t and c_t reach the prediction."""
    day = t + 1
    return {
        "sensitivity": f"∂prediction/∂x{day} = {fmt(sensitivity)}",
        "long_sensitivity": f"∂prediction/∂c{day} = {fmt(long_sensitivity)}",
    }


def _gate_sum(params: LSTMParams, gate: str, h: float, x: float) -> str:
    wh, wx, b = (getattr(params, n) for n in GATE_PARAMS[gate])
    return f"{term(wh)}×{term(h)} + {term(wx)}×{term(x)} + {term(b)}"


def lstm_formula(trace: LSTMTrace, params: LSTMParams, t: int, full: bool = True) -> str:
    """Copy t's arithmetic with the real numbers, gate by gate, as the chapter works it out
    (``full``; else only the day's results):
    ``f1 = σ(2.7×0 + 1.63×0 + 1.62) = 83.48% · i1 = σ(…) = … · c1 = 83.48%×0 + … = … · h1 = …``."""
    day = t + 1
    h, x, c_in = float(trace.short_in[t]), float(trace.xs[t]), float(trace.long_in[t])
    f, i, g, o = (float(a[t]) for a in (trace.forget, trace.input, trace.potential, trace.output))
    c, h_new = float(trace.long[t]), float(trace.short[t])
    name = words.t("prediction") if t == len(trace.xs) - 1 else f"h{day}"
    if not full:  # not stepping: the day's results in one short line (the sums fill six lines)
        return words.t(
            "Day {day}: f{day} = {f} of c{before} kept, i{day} = {i} of g{day} = {g} added → "
            "c{day} = {c}; o{day} = {o} → {name} = {h}.  Step to see each gate's arithmetic.",
            day=day, before=day - 1, f=pct(f), i=pct(i), g=fmt(g), c=fmt(c), o=pct(o), name=name,
            h=fmt(h_new))
    return (
        f"f{day} = σ({_gate_sum(params, 'forget', h, x)}) = {pct(f)} of c{day - 1} kept · "
        f"i{day} = σ({_gate_sum(params, 'input', h, x)}) = {pct(i)} · "
        f"g{day} = tanh({_gate_sum(params, 'potential', h, x)}) = {fmt(g)} · "
        f"c{day} = {pct(f)}×{term(c_in)} + {pct(i)}×{term(g)} = {fmt(c)} · "
        f"o{day} = σ({_gate_sum(params, 'output', h, x)}) = {pct(o)} · "
        f"{name} = {pct(o)}×tanh({term(c)}) = {fmt(h_new)}"
    )


def lstm_badge(copies: int, rolled: bool) -> str:
    """The shared-parameters count next to the size of the picture."""
    count = len(LSTM_PARAM_NAMES)
    loops = copies - 1
    times = "time" if loops == 1 else "times"
    if rolled:
        return f"LSTM · {count} parameters · rolled: {copies} values go through the unit"
    return f"LSTM · {count} parameters · {copies} copies · unrolled {loops} {times}"

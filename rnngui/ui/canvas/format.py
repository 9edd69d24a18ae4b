"""The words and numbers the canvas writes: labels of one copy and the step-through formula.

Every number comes from the engine's trace (``rnngui.engine.forward``) and is formatted by
``rnngui.model.numbers.show_number`` (about four significant digits, scientific for huge or tiny
values, and a round-off residue such as 6.8e-16 or a denormal shown as ``≈ 0 (6.8e-16)``), so the
canvas, the editor and the training panel print the same value the same way.
"""

from __future__ import annotations

from ...engine import PARAM_NAMES, ForwardTrace, RNNParams
from ...engine.rnn import feedback_gain, input_sensitivity
from ...engine.words import t
from ...model.numbers import show_number
from ..languages import tr

ACTIVATION_LABELS = {"relu": "ReLU", "tanh": "tanh", "sigmoid": "sigmoid", "identity": "identity"}


def activation_label(activation: str) -> str:
    return ACTIVATION_LABELS.get(activation, activation)


def term(value: float) -> str:
    """A number inside a formula: negative ones in parentheses, as written by hand."""
    text = show_number(value)
    return f"({text})" if text.startswith("-") else text


def copy_labels(
    trace: ForwardTrace, params: RNNParams, t: int, target: float | None
) -> dict[str, str]:
    """The texts drawn on copy t (0-based; shown 1-based as in the lesson: x1, sum1, y1)."""
    day = t + 1
    x = float(trace.xs[t])
    y_prev = float(trace.feedback[t])
    labels = {
        "x": f"x{day} = {show_number(x)}",
        "w1": f"w1 = {show_number(params.w1)}",
        "w1x": f"w1·x{day} = {show_number(params.w1 * x)}",
        "w2": f"w2 = {show_number(params.w2)}",
        "w2y": f"w2·y{day - 1} = {show_number(params.w2 * y_prev)}",
        "b1": f"b1 = {show_number(params.b1)}",
        "sum": f"sum{day} = {show_number(float(trace.sums[t]))}",
        "y": f"y{day} = {show_number(float(trace.hidden[t]))}",
        "w3": f"w3 = {show_number(params.w3)}",
        "b2": f"b2 = {show_number(params.b2)}",
        "output": f"output{day} = {show_number(float(trace.outputs[t]))}",
    }
    if t == len(trace.xs) - 1:
        labels["output"] = tr("prediction = {value}").format(value=show_number(trace.prediction))
        if target is None:
            labels["target"] = tr("no target")
        else:
            labels["target"] = tr("target = {value}").format(value=show_number(target))
            labels["residual"] = tr("residual = {value}").format(
                value=show_number(target - trace.prediction))
    else:
        labels["ignored"] = tr("ignored: we already know day {day}").format(day=day + 1)
    return labels


def backward_labels(sensitivity: float, share: float | None, t: int) -> dict[str, str]:
    """The backward view's two numbers for copy t."""
    day = t + 1
    labels = {"sensitivity": f"∂prediction/∂x{day} = {show_number(sensitivity)}"}
    if share is not None:
        # Each copy's term of dSSR/dw2: the terms add up to the gradient (not fractions of 1).
        labels["share"] = f"contribution to dSSR/dw2 = {show_number(share)}"
    return labels


def formula(trace: ForwardTrace, params: RNNParams, t: int, activation: str) -> str:
    """Copy t's arithmetic with the real numbers, e.g.
    ``sum2 = 1.8×0.5 + (−0.5)×1.8 + 0 = 0 → ReLU → y2 = 0 → output2 = 1.1×0 + 0 = 0``."""
    day = t + 1
    x = float(trace.xs[t])
    y_prev = float(trace.feedback[t])
    s = float(trace.sums[t])
    y = float(trace.hidden[t])
    out = float(trace.outputs[t])
    name = tr("prediction") if t == len(trace.xs) - 1 else f"output{day}"
    return (
        f"sum{day} = {term(params.w1)}×{term(x)} + {term(params.w2)}×{term(y_prev)} + "
        f"{term(params.b1)} = {show_number(s)} → {activation_label(activation)} → y{day} = {show_number(y)}"
        f" → {name} = {term(params.w3)}×{term(y)} + {term(params.b2)} = {show_number(out)}"
    )


def badge(copies: int, rolled: bool) -> str:
    """The shared-weights count next to the size of the picture (README's "Convention")."""
    count = len(PARAM_NAMES)  # shared by every copy: it does not grow with the picture
    loops = copies - 1
    if rolled:
        return tr("{count} parameters · rolled: {copies} values go around the loop").format(
            count=count, copies=copies)
    if loops == 1:  # one template per plural form: a language's words for "1 time" differ
        return tr("{count} parameters · {copies} copies · unrolled {loops} time").format(
            count=count, copies=copies, loops=loops)
    return tr("{count} parameters · {copies} copies · unrolled {loops} times").format(
        count=count, copies=copies, loops=loops)


def feedback_line(trace: ForwardTrace, params: RNNParams, activation: str) -> str:
    """The backward view's line: what the feedback loop does to day 1 on its way to the end.

    The loop's gain w2^n (with ReLU on) is the lesson's 16 after four loops whatever w1 and w3
    are; d prediction / d x1 adds w1 (into the loop) and w3 (out of it).
    """
    loops = len(trace.xs) - 1
    if loops < 1:
        return t("Backward: one copy, no trip around the loop.")
    gain = float(feedback_gain(params, trace.xs, activation)[0])
    first = float(input_sensitivity(params, trace.xs, activation)[0])
    numbers = {"loops": loops, "w2": term(params.w2), "gain": show_number(gain),
               "power": show_number(params.w2**loops), "reach": show_number(first)}
    if loops == 1:  # one template per plural form
        return t("Backward: day 1's signal crosses {loops} loop, multiplied by w2 = {w2} on each: "
                 "×{gain} on the feedback path (w2^{loops} = {power} while ReLU is on) → "
                 "∂prediction/∂x1 = w1 × {gain} × w3 = {reach}", **numbers)
    return t("Backward: day 1's signal crosses {loops} loops, multiplied by w2 = {w2} on each: "
             "×{gain} on the feedback path (w2^{loops} = {power} while ReLU is on) → "
             "∂prediction/∂x1 = w1 × {gain} × w3 = {reach}", **numbers)

"""What is gradient descent doing? Plain words, with the evidence, from recent step records.

The rules follow the lesson: exploding gradients make the steps too big, so the loss bounces up and
down instead of settling; vanishing gradients make them too small, so the loss sits still far from
the optimum and the run ends at max steps. The thresholds are documented in each check.

Every sentence is a template with named fields (``words.t``), so a translation moves the run's
numbers where its language wants them; in English the words are exactly the lesson's.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .cells import cell_of
from .train import StepRecord, TrainEnd
from .words import localized, t, whole

CONVERGING = "converging"
CONVERGED = "converged"
BOUNCING = "bouncing"
STALLING = "stalling"
DIVERGED = "diverged"
WAITING = "waiting"

# A loss that rises in at least this share of recent steps is oscillating, not descending.
BOUNCE_SHARE = 0.2
# A step shorter than this (relative to the parameters' size) changes nothing a learner can see.
TINY_STEP = 1e-7
# A loss below this is zero for teaching purposes (the network fits the data).
ZERO_LOSS = 1e-10
# A gradient this large is "exploding" for the lesson's data (values in [0, 1], a few sequences give
# gradients of order 1; beyond this the feedback loop has multiplied them). Smaller gradients that
# still overshoot mean the learning rate alone is too big for that part of the landscape.
EXPLODING_GRADIENT = 100.0
# A loss that wobbles but never rises above this is settled for teaching purposes: every
# prediction is within 0.01 of its target (0.01^2 = 1e-4), closer than a plot of prices shows.
SETTLED_SSR = 1e-4


@dataclass(frozen=True)
class RunContext:
    """What the step records alone do not say: the feedback loop's gain on the longest training
    sequence at the latest parameters, and the run's first step (for what one step did)."""

    loop_gain: float | None = None  # |d y_T / d y_1|: w2^(T-1) while ReLU is on
    loops: int = 0  # T - 1: how many times day 1's signal went round the loop
    first: StepRecord | None = None
    first_loop_gain: float | None = None  # the loop gain at the run's start


@dataclass(frozen=True)
class Diagnosis:
    kind: str
    message: str
    # The same words again in the language installed now (View → Language switched after the
    # run was diagnosed); None for a message made elsewhere.
    retell: Callable[[], str] | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return self.message

    def retold(self) -> Diagnosis:
        """This diagnosis in the language installed now."""
        if self.retell is None:
            return self
        return Diagnosis(self.kind, self.retell(), self.retell)


def fmt(value: float) -> str:
    """About four significant digits; scientific for huge or tiny numbers; the chosen locale's
    decimal separator (``words.set_decimal``), as every number the app shows."""
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    a = abs(value)
    if a >= 1e5 or a < 1e-3:
        text = f"{value:.3g}".replace("e+0", "e").replace("e+", "e").replace("e-0", "e-")
        return localized(text)
    return localized(f"{value:.4g}")


def _names(records: Sequence[StepRecord]) -> tuple[str, ...]:
    """The parameter names of the run's cell, in the lesson's order."""
    return type(records[0].params).names


def _largest_gradient(records: Sequence[StepRecord]) -> tuple[str, float]:
    """The largest |gradient| among the parameters the run is moving (the trained ones)."""
    names = _names(records)
    first, last = records[0].params.as_tuple(), records[-1].params.as_tuple()
    moving = {n for n, a, b in zip(names, first, last) if a != b} or set(names)
    best_name, best = names[0], 0.0
    for r in records:
        for name, g in zip(names, r.grads.as_tuple(), strict=True):
            if name in moving and abs(g) > best:
                best_name, best = name, abs(g)
    return best_name, best


def _clipping_note(records: Sequence[StepRecord]) -> str:
    clipped = sum(1 for r in records if r.clipped)
    if not clipped:
        return ""
    return " " + t("Clipping is on: {clipped} of the last {count} gradients were clipped.",
                   clipped=clipped, count=len(records))


def diagnose(
    records: Sequence[StepRecord],
    end: TrainEnd | None = None,
    max_steps: int | None = None,
    window: int = 100,
    context: RunContext | None = None,
) -> Diagnosis:
    """Name the behaviour of the last ``window`` steps (and of the run's end, if it ended).

    With a ``context`` the words follow the lesson: a bounce with a big loop gain is named as the
    exploding gradient it is, and a unit killed by one giant first step says so. The diagnosis
    can tell itself again in another language (``retold``): it keeps the records it looked at
    (the first and the last ``window``), not the run.
    """
    found = _diagnose(records, end, max_steps, window, context)
    kept = list(records) if len(records) <= window + 1 else [records[0], *records[-window:]]

    def retell() -> str:
        return _diagnose(kept, end, max_steps, window, context).message

    return Diagnosis(found.kind, found.message, retell)


def _diagnose(
    records: Sequence[StepRecord],
    end: TrainEnd | None,
    max_steps: int | None,
    window: int,
    context: RunContext | None,
) -> Diagnosis:
    if end is not None and end.reason == "diverged":
        return Diagnosis(
            DIVERGED,
            t("Diverged — numbers overflowed at step {step}; the last finite parameters were "
              "kept. Try a smaller learning rate or turn on gradient clipping.", step=whole(end.step)),
        )
    if len(records) < 3:
        return Diagnosis(WAITING, t("Press Train or Step to start gradient descent."))
    recent = list(records[-window:])
    losses = [r.loss for r in recent]
    rises = sum(1 for a, b in zip(losses, losses[1:], strict=False) if b > a * (1 + 1e-12) + 1e-300)
    n = len(losses) - 1
    last = recent[-1]
    g_name, g_max = _largest_gradient(recent)
    if last.loss <= ZERO_LOSS:
        return Diagnosis(
            CONVERGED,
            t("Converged — SSR is {loss} after {steps} steps: the network fits the data.",
              loss=fmt(last.loss), steps=whole(last.step)),
        )
    if rises >= BOUNCE_SHARE * n and max(losses) < SETTLED_SSR:
        return Diagnosis(
            CONVERGED,
            t("Converged — SSR wobbles but stays below {loss} (every prediction within "
              "{error} of its target) at step {step}.", loss=fmt(max(losses)),
              error=fmt(math.sqrt(max(losses))), step=whole(last.step))
            + _clipping_note(recent),
        )
    if rises >= BOUNCE_SHARE * n:
        exploding = _exploding_words(recent, context)
        if exploding:
            cause = exploding
        elif g_max >= EXPLODING_GRADIENT:
            cause = t("exploding gradients make the steps too big")
        else:
            cause = t("the gradient is not huge, but the learning rate makes each step overshoot")
        return Diagnosis(
            BOUNCING,
            t("Bouncing — the loss rose in {rises} of the last {steps} steps and |dSSR/d{name}| "
              "reached {gradient}: {cause}. Try a smaller learning rate or clipping.",
              rises=rises, steps=n, name=g_name, gradient=fmt(g_max), cause=cause)
            + _clipping_note(recent),
        )
    killed = _killed_by_first_step(context)
    if killed and last.loss > ZERO_LOSS:
        dead = _dead_unit(recent[-DEAD_WINDOW:])
        if dead:
            # The window still holds the giant first step, so its steps are not "tiny"; but
            # nothing reaches the hidden unit any more: say what that one step did.
            return Diagnosis(
                STALLING,
                t("Stalling — {gradients} are exactly 0: the hidden unit's last output is 0 for "
                  "every sequence (a dead, switched-off ReLU), so SSR stays at {loss}.",
                  gradients=dead, loss=fmt(last.loss))
                + " " + killed,
            )
    size = max(1.0, max(abs(v) for v in last.params.as_tuple()))
    step_max = max(r.step_size for r in recent)
    if step_max < TINY_STEP * size:
        # Tiny steps: either we are at the bottom (gradient ~ 0 and shrinking) or the gradient
        # is too small to move us (it stays put while the loss stays high): vanishing gradients.
        dead = _dead_unit(recent)
        if last.loss > ZERO_LOSS and dead:
            # Not vanishing: no gradient at all reaches the hidden unit (a switched-off ReLU).
            return Diagnosis(
                STALLING,
                t("Stalling — {gradients} are exactly 0: the hidden unit's last output is 0 for "
                  "every sequence (a dead, switched-off ReLU), so no number of steps can lower SSR "
                  "from {loss}.", gradients=dead, loss=fmt(last.loss))
                + " " + (_killed_by_first_step(context) or t("Start from other values.")),
            )
        g_first = math.sqrt(sum(v * v for v in recent[0].grads.as_tuple()))
        g_last = math.sqrt(sum(v * v for v in last.grads.as_tuple()))
        loss_drop = (losses[0] - losses[-1]) / max(losses[0], 1e-300)
        if g_last < 0.5 * g_first and loss_drop < 1e-9:
            return Diagnosis(
                CONVERGED,
                t("Converged — steps shrank to {step_size} with SSR at {loss}: a minimum for the "
                  "parameters being trained.", step_size=fmt(last.step_size), loss=fmt(last.loss)),
            )
        if _at_rounding_floor(records, recent, g_last):
            return Diagnosis(
                CONVERGED,
                t("Converged — SSR settled at {loss}: the gradient is down to rounding noise "
                  "({gradient}), a minimum for the parameters being trained.",
                  loss=fmt(last.loss), gradient=fmt(g_last)),
            )
        w_name = _slowest_trainable(recent)
        at_end = end is not None and end.reason == "max_steps"
        steps_text = t("after {steps} steps", steps=whole(last.step)) if max_steps is None else (
            t("after {steps} of {max_steps} steps", steps=whole(last.step),
              max_steps=whole(max_steps))
        )
        fields = {"after": steps_text, "name": w_name, "step_size": fmt(last.step_size),
                  "loss": fmt(last.loss)}
        return Diagnosis(
            STALLING,
            t("Stalling — {after} {name} moves {step_size} per step while SSR stays at {loss}: "
              "vanishing gradients; max steps reached before the optimum.", **fields)
            if at_end else
            t("Stalling — {after} {name} moves {step_size} per step while SSR stays at {loss}: "
              "vanishing gradients.", **fields),
        )
    if end is not None and end.reason == "max_steps" and rises == 0 and losses[0] - losses[-1] <= (
        1e-9 * losses[0]
    ):
        return Diagnosis(
            CONVERGED, t("Converged — SSR settled at {loss} after {steps} steps.",
                         loss=fmt(last.loss), steps=whole(last.step))
        )
    return Diagnosis(
        CONVERGING,
        t("Converging — SSR fell to {loss} at step {step}, and it still falls.",
          loss=fmt(last.loss), step=whole(last.step))
        + _clipping_note(recent),
    )


def _dead_unit(records: Sequence[StepRecord]) -> str:
    """"dSSR/dw1, ... and dSSR/dw3" when every gradient but the cell's output bias is exactly 0.

    Only a cell with an output bias that bypasses the unit (the RNN's b2) can show this: it is the
    switched-off ReLU, where nothing reaches the hidden unit. '' when the check does not apply.
    """
    bias = cell_of(records[0].params).dead_unit_bias
    if bias is None:
        return ""
    names = _names(records)
    inside = [i for i, n in enumerate(names) if n != bias]
    for r in records:
        grads = r.grads.as_tuple()
        if any(grads[i] != 0.0 for i in inside):
            return ""
    words = [f"dSSR/d{names[i]}" for i in inside]
    if len(words) == 1:
        return words[0]
    return t("{names} and {last}", names=", ".join(words[:-1]), last=words[-1])


def _at_rounding_floor(
    records: Sequence[StepRecord], recent: Sequence[StepRecord], g_last: float
) -> bool:
    """Tiny steps at a minimum, not a stall: what is left of the gradient is rounding noise.

    Vanishing gradients still point one way, so the tiny steps add up (the parameters drift).
    Rounding noise flips sign, so the steps go back and forth and cancel. If nothing moves at all,
    it is a minimum when the gradient fell a millionfold since the run began; a gradient that was
    tiny from the start is the lesson's vanishing gradient.
    """
    path = sum(r.step_size for r in recent[1:])
    net = math.dist(recent[0].params.as_tuple(), recent[-1].params.as_tuple())
    if path > 0.0:
        return net < 0.5 * path
    g_start = math.hypot(*records[0].grads.as_tuple())
    return g_last <= 1e-6 * g_start


def _slowest_trainable(records: Sequence[StepRecord]) -> str:
    """The parameter the steps are moving most (for the message); w2 when nothing moves."""
    names = _names(records)
    first, last = records[0].params.as_tuple(), records[-1].params.as_tuple()
    pairs = zip(names, first, last, strict=True)
    moved = [(abs(b - a), name) for name, a, b in pairs if b != a]
    if moved:
        return max(moved)[1]
    # the lesson blames the feedback weight (w2) for vanishing gradients; a cell without one
    # names its first parameter
    return "w2" if "w2" in names else names[0]


# A loop gain from this size up means the feedback path multiplies day 1's signal (and with it
# dSSR/dw2) more than the rest of the network does: the lesson's exploding gradient.
EXPLODING_LOOP_GAIN = 2.0
# The last steps that must all be dead before a run killed by its first step is called dead.
DEAD_WINDOW = 10


def _exploding_words(records: Sequence[StepRecord], context: RunContext | None) -> str:
    """The lesson's explanation of a bounce, with the run's own numbers; '' when the loop is not
    what makes the steps big (no loop gain known, or a gain below EXPLODING_LOOP_GAIN)."""
    if context is None or context.loop_gain is None or context.loop_gain < EXPLODING_LOOP_GAIN:
        return ""
    names = _names(records)
    if "w2" not in names or "b2" not in names:
        return ""
    i_w2, i_b2 = names.index("w2"), names.index("b2")
    w2_max = max(abs(r.grads.as_tuple()[i_w2]) for r in records)
    b2_max = max(abs(r.grads.as_tuple()[i_b2]) for r in records)
    if b2_max > 0.0:
        return t(
            "exploding gradients. On the feedback path day 1's signal is multiplied by w2 on each "
            "of its {loops} loops ({gain} now), and dSSR/dw2 carries that factor: it reached "
            "{gradient}, {ratio} times |dSSR/db2| (which does not go round the loop), so every "
            "step overshoots the valley", loops=context.loops, gain=fmt(context.loop_gain),
            gradient=fmt(w2_max), ratio=fmt(w2_max / b2_max),
        )
    return t(
        "exploding gradients. On the feedback path day 1's signal is multiplied by w2 on each of "
        "its {loops} loops ({gain} now), and dSSR/dw2 carries that factor: it reached {gradient}, "
        "so every step overshoots the valley", loops=context.loops, gain=fmt(context.loop_gain),
        gradient=fmt(w2_max),
    )


def _killed_by_first_step(context: RunContext | None) -> str:
    """What one exploding step did, when the run's first step is what switched the unit off."""
    first = None if context is None else context.first
    if first is None or context.first_loop_gain is None:
        return ""
    names = _names([first])
    grads = first.grads.as_tuple()
    i = max(range(len(grads)), key=lambda k: abs(grads[k]))
    if abs(grads[i]) < EXPLODING_GRADIENT:
        return ""
    return t(
        "One step did it: at step 1 the loop had multiplied day 1's signal by {gain} over {loops} "
        "loops, |dSSR/d{name}| was {gradient}, and that one step moved the parameters by "
        "{step_size}: exploding gradients. Try a much smaller learning rate or clipping.",
        gain=fmt(abs(context.first_loop_gain)), loops=context.loops, name=names[i],
        gradient=fmt(abs(grads[i])), step_size=fmt(first.step_size),
    )

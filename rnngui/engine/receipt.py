"""The chain-rule receipt: one gradient of the RNN written as its sum over the unrolled copies.

dSSR/dw1 = sum over sequences s and copies t of

    −2(target − prediction)  ·  w3  ·  act′(sum_t) ··· act′(sum_T)  ·  w2^(T−t)  ·  x_t

one term per (sequence, copy): the residual factor where the error enters, w3 on the way from the
output down to the last y, the activation's slope in every copy the path passes (ReLU′ is 0 or 1:
one switched-off copy cuts the path), the feedback weight once per loop crossed (the lesson's
w2^k: 2^50 ≈ 1.13e15 for day 1 of 51 at w2 = 2, 0.5^50 ≈ 8.9e-16 at w2 = 0.5) and the local
input of the parameter in that copy (x_t for w1, y_(t−1) for w2, 1 for b1). w3 and b2 only act
at the last copy (only its output is the prediction): one term per sequence.

Each term's value is computed the way the engine's backward pass computes it (the same products
in the same order), and ``Receipt.sum_of_terms`` adds them in the engine's order, so for ReLU and
short sequences the sum *is* the engine's gradient, bit for bit; the factors are listed beside it
for reading (their product agrees to rounding). NumPy only, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from . import words
from .rnn import PARAM_NAMES, RNNParams, activation_functions, loss_and_grads, prepare

# How the lesson writes each activation's slope.
SLOPE_NAMES = {"relu": "ReLU′", "tanh": "tanh′", "sigmoid": "sigmoid′", "identity": "identity′"}
# What each parameter multiplies in one copy (the last factor of its terms).
LOCAL_INPUTS = {"w1": "x", "w2": "y", "b1": "1", "w3": "y", "b2": "1"}
# Factor kinds, for whoever draws them (a receipt row colours each kind its own way).
RESIDUAL, W3, SLOPES, POWER, LOCAL = "residual", "w3", "slopes", "power", "local"


@dataclass(frozen=True, slots=True)
class Factor:
    """One factor of a term: its kind, how the lesson writes it, and its value."""

    kind: str  # RESIDUAL, W3, SLOPES, POWER or LOCAL
    symbol: str  # "−2(target − prediction)", "w3", "ReLU′ × 51", "w2^50", "x1", "y50", "1"
    value: float
    note: str = ""  # a few words more: "ReLU′ = 0 in copy 3: the path is cut there"


@dataclass(frozen=True, slots=True)
class Term:
    """One copy's part of a gradient, for one sequence."""

    sequence: int  # index into the sequences the receipt was made from
    sequence_name: str
    copy: int  # t, 0-based: copy t + 1, day t + 1
    copies: int  # T: the sequence's length
    loops: int  # feedback loops between this copy and the prediction (T − 1 − t)
    factors: tuple[Factor, ...]
    value: float  # as the engine's backward pass computes it
    share: float  # value / the gradient (NaN when the gradient is 0 or not finite)
    slopes: tuple[float, ...]  # act′(sum) of the copies on the path, copy t first
    prediction: float  # of this term's sequence
    target: float

    @property
    def path(self) -> tuple[int, ...]:
        """The copies the gradient passes from the prediction back to this term's copy."""
        return tuple(range(self.copy, self.copies))

    @property
    def cut(self) -> bool:
        """True when a zero slope (a switched-off ReLU) stops the path: the term is 0."""
        return any(s == 0.0 for s in self.slopes)

    def product(self) -> float:
        """The factors multiplied out (equal to ``value`` up to rounding)."""
        with np.errstate(all="ignore"):
            return float(np.prod([f.value for f in self.factors]))


@dataclass(frozen=True, slots=True)
class Receipt:
    """A gradient, dSSR/d``parameter``, and its terms (sequence by sequence, day 1 first)."""

    parameter: str
    gradient: float  # the engine's (loss_and_grads)
    terms: tuple[Term, ...]
    activation: str
    sequence_names: tuple[str, ...]

    @property
    def sum_of_terms(self) -> float:
        """The terms added in the engine's order (per sequence, last copy first)."""
        total = 0.0
        for term in sorted(self.terms, key=lambda k: (k.sequence, -k.copy)):
            total += term.value
        return total

    def terms_of(self, sequence: int) -> tuple[Term, ...]:
        return tuple(k for k in self.terms if k.sequence == sequence)

    def largest(self) -> Term | None:
        """The term of the greatest size (the one a huge w2^k makes)."""
        finite = [k for k in self.terms if math.isfinite(k.value)]
        return max(finite, key=lambda k: abs(k.value), default=None)

    def formula(self) -> str:
        """The gradient's sum written out once in symbols, as the lesson would."""
        slope = SLOPE_NAMES[self.activation]
        if self.parameter == "b2":
            return words.t("dSSR/db2 = Σ over sequences of −2(target − prediction)")
        if self.parameter == "w3":
            return words.t("dSSR/dw3 = Σ over sequences of −2(target − prediction) · y_T")
        local = {"w1": "x_t", "w2": "y_(t−1)", "b1": "1"}[self.parameter]
        return words.t("dSSR/d{name} = Σ over sequences and copies t of −2(target − prediction) "
                       "· w3 · {slope}(sum_t)···{slope}(sum_T) · w2^(T−t) · {local}",
                       name=self.parameter, slope=slope, local=local)


def chain_rule_receipt(
    params: RNNParams,
    sequences: Sequence[Sequence[float] | np.ndarray],
    targets: Sequence[float] | np.ndarray,
    parameter: str,
    activation: str = "relu",
    names: Sequence[str] | None = None,
) -> Receipt:
    """dSSR/d``parameter`` over these sequences as a sum of one term per (sequence, copy).

    ``names`` label the sequences (default "sequence 1", ...). Terms of w1, w2 and b1: every copy
    of every sequence; of w3 and b2: the last copy of each (the only output in the SSR).
    """
    if not isinstance(params, RNNParams):
        raise ValueError("the chain-rule receipt is written for the RNN's five parameters")
    if parameter not in PARAM_NAMES:
        raise ValueError(f"unknown parameter {parameter!r}; choose one of {', '.join(PARAM_NAMES)}")
    f, fd = activation_functions(activation)
    seqs, tgts = prepare(sequences, targets)
    labels = tuple(names) if names is not None else tuple(f"sequence {i + 1}" for i in range(len(seqs)))
    if len(labels) != len(seqs):
        raise ValueError(f"{len(labels)} names for {len(seqs)} sequences")
    _, grads = loss_and_grads(params, seqs, tgts, activation)
    gradient = float(getattr(grads, parameter))
    w1, w2, b1, w3, b2 = params.as_tuple()
    raw: list[tuple[int, int, int, tuple[Factor, ...], float, tuple[float, ...]]] = []
    ends: list[tuple[float, float]] = []  # (prediction, target) of each sequence
    for s, (xs, target) in enumerate(zip(seqs, tgts, strict=True)):
        T = len(xs)
        if T == 0:
            ends.append((b2, target))
            continue
        sums: list[float] = []
        ys = [0.0]  # ys[t] is y_(t-1) of copy t, as in the engine's loop
        y = 0.0
        for x in xs:
            total = w1 * x + w2 * y + b1
            y = f(total)
            sums.append(total)
            ys.append(y)
        residual = w3 * y + b2 - target  # the engine's own arithmetic, sign and all
        d_pred = 2.0 * residual  # = −2(target − prediction)
        ends.append((w3 * y + b2, target))
        residual_factor = Factor(RESIDUAL, words.t("−2(target − prediction)"), d_pred,
                                 words.t("where the error enters: dSSR/dprediction"))
        if parameter in ("w3", "b2"):
            local = (Factor(LOCAL, f"y{T}", y, words.t("the last copy's y: what w3 multiplies"))
                     if parameter == "w3" else
                     Factor(LOCAL, "1", 1.0, words.t("b2 is added: its slope is 1")))
            value = d_pred * y if parameter == "w3" else d_pred
            raw.append((s, T - 1, T, (residual_factor, local), value, ()))
            continue
        slopes = [fd(sums[t], ys[t + 1]) for t in range(T)]
        dy = d_pred * w3  # dSSR/dy_T
        values = [0.0] * T
        cut_at = -1
        for t in range(T - 1, -1, -1):  # the engine's recurrence, product for product
            if slopes[t] == 0.0:
                cut_at = t  # nothing at or before this copy reaches the prediction
                break
            ds = dy * slopes[t]
            values[t] = ds * (xs[t] if parameter == "w1" else ys[t] if parameter == "w2" else 1.0)
            dy = ds * w2
        for t in range(T):
            loops = T - 1 - t
            path = tuple(slopes[t:])
            with np.errstate(all="ignore"):
                slope_product = float(np.prod(path))
                power = float(np.power(w2, loops)) if loops else 1.0
            raw.append((s, t, T, (
                residual_factor,
                Factor(W3, "w3", w3, words.t("from the output down to the last y")),
                _slope_factor(activation, path, t, slope_product),
                Factor(POWER, f"w2^{loops}", power,
                       words.t("1 feedback loop crossed") if loops == 1 else
                       words.t("{loops} feedback loops crossed", loops=loops)),
                _local_factor(parameter, t, xs, ys),
            ), 0.0 if t <= cut_at else values[t], path))
    terms = tuple(
        Term(s, labels[s], t, T, T - 1 - t, factors, value, _share(value, gradient), path,
             *ends[s])
        for s, t, T, factors, value, path in raw
    )
    return Receipt(parameter, gradient, terms, activation, labels)


def _share(value: float, gradient: float) -> float:
    if gradient == 0.0 or not math.isfinite(gradient) or not math.isfinite(value):
        return math.nan
    return value / gradient


def _slope_factor(activation: str, path: tuple[float, ...], t: int, product: float) -> Factor:
    name = SLOPE_NAMES[activation]
    copies = len(path)
    if activation == "relu":
        if product == 0.0:
            off = t + next(i for i, v in enumerate(path) if v == 0.0)
            return Factor(SLOPES, words.t("{name} = 0 in copy {copy}", name=name, copy=off + 1),
                          0.0, words.t("sum{copy} ≤ 0 switches the ReLU off: the path is cut "
                                       "there", copy=off + 1))
        on = (words.t("copy {copy} is switched on", copy=t + 1) if copies == 1 else
              words.t("every copy from {first} to {last} is switched on", first=t + 1,
                      last=t + copies))
        return Factor(SLOPES, f"{name} = 1 {_in_all(copies)}", 1.0, on)
    if activation == "identity":
        return Factor(SLOPES, f"{name} = 1 {_in_all(copies)}", 1.0,
                      words.t("the identity's slope is always 1"))
    return Factor(SLOPES, f"{name}(sum{t + 1})···{name}(sum{t + copies})", product,
                  words.t("the slopes of 1 copy multiplied") if copies == 1 else
                  words.t("the slopes of {copies} copies multiplied", copies=copies))


def _in_all(copies: int) -> str:
    return words.t("in its copy") if copies == 1 else words.t("in all {copies} copies",
                                                              copies=copies)


def _local_factor(parameter: str, t: int, xs: tuple[float, ...], ys: list[float]) -> Factor:
    if parameter == "w1":
        return Factor(LOCAL, f"x{t + 1}", xs[t], words.t("what w1 multiplies in this copy"))
    if parameter == "w2":
        return Factor(LOCAL, f"y{t}", ys[t],
                      words.t("what w2 multiplies in this copy") + (" (y0 = 0)" if t == 0 else ""))
    return Factor(LOCAL, "1", 1.0, words.t("b1 is added: its slope is 1"))

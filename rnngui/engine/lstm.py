"""One LSTM unit (the StatQuest LSTM chapter), forward and backward, in plain floats and NumPy.

Every number is a scalar. The long-term memory c and the short-term memory h start at 0; per day,
oldest first:

forget gate        f = sigmoid(wlr1 * h + wlr2 * x + blr1)   % of the long-term memory to remember
input gate         i = sigmoid(wpr1 * h + wpr2 * x + bpr1)   % of the potential memory to remember
potential memory   g = tanh(wp1 * h + wp2 * x + bp1)         potential long-term memory
long-term memory   c = f * c + i * g
output gate        o = sigmoid(wo1 * h + wo2 * x + bo1)      % of the potential short-term memory
short-term memory  h = o * tanh(c)

The prediction is the last short-term memory h (no output layer), and
SSR = sum over sequences of (target - prediction)^2.

The names follow the chapter: "lr" is the % of Long-term memory to Remember (forget gate), "pr"
the % of Potential memory to Remember (input gate), "p" the Potential long-term memory, "o" the
output gate. As in rnn.py, the hot path is plain Python floats: one unit over a few days is far
too small for NumPy, and the recurrence over time cannot be vectorized. NumPy is used for the
loss landscape, where every grid point is computed at once.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from .params import NamedParams
from .rnn import _as_floats, _sigmoid, prepare

LSTM_PARAM_NAMES: tuple[str, ...] = (
    "wlr1", "wlr2", "blr1",  # forget gate: % of the long-term memory to remember
    "wpr1", "wpr2", "bpr1",  # input gate: % of the potential memory to remember
    "wp1", "wp2", "bp1",  # potential long-term memory
    "wo1", "wo2", "bo1",  # output gate: % of the potential short-term memory to remember
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LSTMParams(NamedParams):
    """The twelve shared parameters of one LSTM unit: the same on every day.

    In each gate the first weight multiplies the short-term memory h, the second the day's input x.
    """

    names: ClassVar[tuple[str, ...]] = LSTM_PARAM_NAMES

    wlr1: float = 0.0
    wlr2: float = 0.0
    blr1: float = 0.0
    wpr1: float = 0.0
    wpr2: float = 0.0
    bpr1: float = 0.0
    wp1: float = 0.0
    wp2: float = 0.0
    bp1: float = 0.0
    wo1: float = 0.0
    wo2: float = 0.0
    bo1: float = 0.0

    def as_tuple(self) -> tuple[float, ...]:
        # written out: the training loop calls this once per run and the tests a lot
        return (
            self.wlr1, self.wlr2, self.blr1, self.wpr1, self.wpr2, self.bpr1,
            self.wp1, self.wp2, self.bp1, self.wo1, self.wo2, self.bo1,
        )  # fmt: skip


# The chapter's trained values: they predict about 0 for Company A and about 1 for Company B.
CHAPTER_PARAMS = LSTMParams(
    wlr1=2.70, wlr2=1.63, blr1=1.62,
    wpr1=2.00, wpr2=1.65, bpr1=0.62,
    wp1=1.41, wp2=0.94, bp1=-0.32,
    wo1=4.38, wo2=-0.19, bo1=0.59,
)  # fmt: skip

# The chapter's data: four days of (scaled) stock prices; the target is day 5.
COMPANY_A: tuple[float, ...] = (0.0, 0.5, 0.25, 1.0)
COMPANY_B: tuple[float, ...] = (1.0, 0.5, 0.25, 1.0)
TARGET_A = 0.0
TARGET_B = 1.0
COMPANIES: tuple[tuple[tuple[float, ...], ...], tuple[float, ...]] = (
    (COMPANY_A, COMPANY_B),
    (TARGET_A, TARGET_B),
)

# What stretched_companies repeats after day 1: the chapter's days 2 to 4, the same for both
# companies, so no day after the first tells them apart.
_FILLER: tuple[float, ...] = COMPANY_A[1:]


def stretched_companies(
    n_days: int = 51,
) -> tuple[tuple[tuple[float, ...], tuple[float, ...]], tuple[float, float]]:
    """Company A and B stretched to ``n_days``: only day 1 decides the target.

    Day 1 is the chapter's (A starts at 0, B at 1); then both repeat the chapter's middle values
    0.5, 0.25, 1.0, 0.5, 0.25, 1.0, ... so for ``n_days = 4`` these are exactly COMPANY_A and
    COMPANY_B. The targets stay 0 and 1, so a network can only be right if what it saw on day 1
    survives ``n_days - 1`` days: the long-term memory's job, and where the plain RNN's gradient
    (w2^n) vanishes or explodes.
    """
    if n_days < 1:
        raise ValueError("a company needs at least one day")
    filler = tuple(_FILLER[k % len(_FILLER)] for k in range(n_days - 1))
    return ((COMPANY_A[0], *filler), (COMPANY_B[0], *filler)), (TARGET_A, TARGET_B)


@dataclass(frozen=True, slots=True)
class LSTMTrace:
    """Every intermediate number of one forward pass, one entry per day (oldest first)."""

    xs: np.ndarray
    long_in: np.ndarray  # c arriving from the previous day (0 on day 1)
    short_in: np.ndarray  # h arriving from the previous day (0 on day 1)
    forget_sum: np.ndarray  # wlr1 * h + wlr2 * x + blr1, before the sigmoid
    input_sum: np.ndarray
    potential_sum: np.ndarray
    output_sum: np.ndarray
    forget: np.ndarray  # % of the long-term memory to remember
    input: np.ndarray  # % of the potential memory to remember
    potential: np.ndarray  # potential long-term memory
    output: np.ndarray  # % of the potential short-term memory to remember
    long: np.ndarray  # c after the day
    short: np.ndarray  # h after the day
    prediction: float

    @property
    def kept(self) -> np.ndarray:
        """forget * long_in: the part of the old long-term memory that is remembered."""
        return self.forget * self.long_in

    @property
    def added(self) -> np.ndarray:
        """input * potential: what the day adds to the long-term memory."""
        return self.input * self.potential


def forward(params: LSTMParams, xs: Sequence[float] | np.ndarray, activation: str | None = None) -> LSTMTrace:
    """Run the days oldest to newest through the unit and keep every number.

    ``activation`` is accepted for the cell seam and ignored: the LSTM's are fixed.
    """
    wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1 = params.as_tuple()
    values = _as_floats(xs)
    rows = []
    h = c = 0.0
    for x in values:
        zf = wlr1 * h + wlr2 * x + blr1
        zi = wpr1 * h + wpr2 * x + bpr1
        zg = wp1 * h + wp2 * x + bp1
        zo = wo1 * h + wo2 * x + bo1
        f, i, g, o = _sigmoid(zf), _sigmoid(zi), math.tanh(zg), _sigmoid(zo)
        c_new = f * c + i * g
        h_new = o * math.tanh(c_new)
        rows.append((c, h, zf, zi, zg, zo, f, i, g, o, c_new, h_new))
        c, h = c_new, h_new
    cols = np.array(rows, dtype=float).reshape(-1, 12).T
    return LSTMTrace(np.array(values, dtype=float), *cols, prediction=h)


def predict(params: LSTMParams, xs: Sequence[float] | np.ndarray, activation: str | None = None) -> float:
    """The last short-term memory: the prediction for the day after the sequence."""
    return forward(params, xs).prediction


# --- backward (backpropagation through time) -----------------------------------------------------


def raw_ssr_and_grads(
    values: Sequence[float],
    seqs: tuple[tuple[float, ...], ...],
    targets: tuple[float, ...],
    activation: str | None = None,
) -> tuple[float, ...]:
    """The hot path: (SSR, dSSR/dwlr1, ..., dSSR/dbo1) from twelve floats and prepared data.

    Written as one flat loop on purpose (no helper calls, sigmoid inline, one tuple per day for
    the backward pass): a function call costs as much as a whole gate.
    """
    wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1 = values
    exp, tanh = math.exp, math.tanh
    ssr = 0.0
    gwlr1 = gwlr2 = gblr1 = gwpr1 = gwpr2 = gbpr1 = 0.0
    gwp1 = gwp2 = gbp1 = gwo1 = gwo2 = gbo1 = 0.0
    for xs, target in zip(seqs, targets, strict=True):
        tape = []
        push = tape.append
        h = c = 0.0
        for x in xs:
            # sigmoid(z) = 1 / (1 + e^-z); below -700 e^-z would overflow (math.exp raises), and
            # there sigmoid(z) equals e^z to the last bit. A NaN z fails the test and stays NaN.
            z = wlr1 * h + wlr2 * x + blr1
            f = 1.0 / (1.0 + exp(-z)) if z > -700.0 else exp(z)
            z = wpr1 * h + wpr2 * x + bpr1
            i = 1.0 / (1.0 + exp(-z)) if z > -700.0 else exp(z)
            g = tanh(wp1 * h + wp2 * x + bp1)
            z = wo1 * h + wo2 * x + bo1
            o = 1.0 / (1.0 + exp(-z)) if z > -700.0 else exp(z)
            c_new = f * c + i * g
            tc = tanh(c_new)
            push((x, h, c, f, i, g, o, tc))  # what arrived (h, c) and the day's gates
            c = c_new
            h = o * tc
        residual = h - target
        ssr += residual * residual
        dh = residual + residual  # dSSR / d prediction (the last h)
        dc = 0.0  # dSSR / d c through the next day's c only (nothing after the last day)
        for x, hp, cp, f, i, g, o, tc in reversed(tape):
            dzo = dh * tc * o * (1.0 - o)  # h = o * tanh(c), sigmoid' = o (1 - o)
            dct = dc + dh * o * (1.0 - tc * tc)  # c reaches SSR along both memories
            dzf = dct * cp * f * (1.0 - f)  # c = f * c_prev + i * g
            dzi = dct * g * i * (1.0 - i)
            dzg = dct * i * (1.0 - g * g)
            gwlr1 += dzf * hp
            gwlr2 += dzf * x
            gblr1 += dzf
            gwpr1 += dzi * hp
            gwpr2 += dzi * x
            gbpr1 += dzi
            gwp1 += dzg * hp
            gwp2 += dzg * x
            gbp1 += dzg
            gwo1 += dzo * hp
            gwo2 += dzo * x
            gbo1 += dzo
            # into the previous day: h_prev feeds all four gates, c_prev only through f
            dh = wlr1 * dzf + wpr1 * dzi + wp1 * dzg + wo1 * dzo
            dc = dct * f
    return (
        ssr, gwlr1, gwlr2, gblr1, gwpr1, gwpr2, gbpr1, gwp1, gwp2, gbp1, gwo1, gwo2, gbo1,
    )  # fmt: skip


def loss_and_grads(
    params: LSTMParams,
    sequences: Sequence[Sequence[float] | np.ndarray],
    targets: Sequence[float] | np.ndarray,
    activation: str | None = None,
) -> tuple[float, LSTMParams]:
    """SSR over the sequences (each may have its own length) and dSSR/d(each parameter)."""
    seqs, tgts = prepare(sequences, targets)
    ssr, *grads = raw_ssr_and_grads(params.as_tuple(), seqs, tgts)
    return ssr, LSTMParams(*grads)


def _prediction_sensitivities(
    params: LSTMParams, xs: Sequence[float] | np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """d prediction / d (x_t, c_t, h_t) per day: the backward pass seeded with 1 at the prediction."""
    wlr1, wlr2, _, wpr1, wpr2, _, wp1, wp2, _, wo1, wo2, _ = params.as_tuple()
    trace = forward(params, xs)
    n = len(trace.xs)
    d_x, d_long, d_short = np.zeros(n), np.zeros(n), np.zeros(n)
    dh, dc = 1.0, 0.0
    for t in range(n - 1, -1, -1):
        f, i, g, o = (float(a[t]) for a in (trace.forget, trace.input, trace.potential, trace.output))
        tc = math.tanh(float(trace.long[t]))
        d_short[t] = dh
        dzo = dh * tc * o * (1.0 - o)
        dct = dc + dh * o * (1.0 - tc * tc)
        d_long[t] = dct
        dzf = dct * float(trace.long_in[t]) * f * (1.0 - f)
        dzi = dct * g * i * (1.0 - i)
        dzg = dct * i * (1.0 - g * g)
        d_x[t] = wlr2 * dzf + wpr2 * dzi + wp2 * dzg + wo2 * dzo
        dh = wlr1 * dzf + wpr1 * dzi + wp1 * dzg + wo1 * dzo
        dc = dct * f
    return d_x, d_long, d_short


def input_sensitivity(
    params: LSTMParams, xs: Sequence[float] | np.ndarray, activation: str | None = None
) -> np.ndarray:
    """d prediction / d x_t for every day t: how strongly each day reaches the prediction."""
    return _prediction_sensitivities(params, xs)[0]


def long_term_sensitivity(params: LSTMParams, xs: Sequence[float] | np.ndarray) -> np.ndarray:
    """d prediction / d c_t for every day t (c_t: the long-term memory after day t).

    What flows back along the long-term path: from day t + 1 to day t it is only multiplied by the
    forget gate f (plus what comes in through h), with no weight and no squashing derivative, which
    is why it need not vanish or explode the way the RNN's w2^n does.
    """
    return _prediction_sensitivities(params, xs)[1]


def short_term_sensitivity(params: LSTMParams, xs: Sequence[float] | np.ndarray) -> np.ndarray:
    """d prediction / d h_t for every day t (h_t: the short-term memory after day t; 1 on the last)."""
    return _prediction_sensitivities(params, xs)[2]


def random_params(seed: int, scale: float = 0.5) -> LSTMParams:
    """Deterministic small starting values: the same seed gives the same twelve numbers everywhere.

    All twelve uniform in [-scale, scale]: small weights keep every gate near 0.5 and tanh near its
    straight middle, where gradients flow (as PyTorch starts an LSTM of hidden size 1 in [-1, 1]).
    """
    rng = random.Random(seed)
    return LSTMParams(*(rng.uniform(-scale, scale) for _ in LSTM_PARAM_NAMES))


# --- the loss over many parameter values at once (landscapes, paths drawn on them) --------------


def _sigmoid_np(z: np.ndarray) -> np.ndarray:
    # tanh never overflows, so no warnings and no branches for huge |z|
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _ssr_broadcast(values: Sequence, shape: tuple[int, ...], sequences, targets) -> np.ndarray:
    """SSR where any of the twelve parameters may be an array of ``shape``: one NumPy step per day."""
    wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1 = values
    ssr = np.zeros(shape)
    with np.errstate(all="ignore"):
        for xs, target in zip(sequences, targets, strict=True):
            h = np.zeros(shape)
            c = np.zeros(shape)
            for x in _as_floats(xs):
                f = _sigmoid_np(wlr1 * h + wlr2 * x + blr1)
                i = _sigmoid_np(wpr1 * h + wpr2 * x + bpr1)
                g = np.tanh(wp1 * h + wp2 * x + bp1)
                o = _sigmoid_np(wo1 * h + wo2 * x + bo1)
                c = f * c + i * g
                h = o * np.tanh(c)
            residual = h - float(target)
            ssr += residual * residual
    return ssr


def ssr_over_grid(
    params: LSTMParams,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    axes: dict[str, np.ndarray],
    activation: str | None = None,
) -> np.ndarray:
    """SSR at every combination of the values in ``axes`` (the other parameters fixed).

    ``axes`` maps one or two of the twelve names to 1-D arrays; the result has one dimension per
    axis, in the order given (for two axes, result[i, j] is at axes[first][i], axes[second][j]).
    """
    if not 1 <= len(axes) <= 2:
        raise ValueError("a landscape has one or two parameter axes")
    for name in axes:
        if name not in LSTM_PARAM_NAMES:
            raise ValueError(f"unknown parameter {name!r}")
    names = list(axes)
    grids = np.meshgrid(*[np.asarray(axes[n], dtype=float) for n in names], indexing="ij")
    values = params.as_dict()
    values.update(dict(zip(names, grids, strict=True)))
    return _ssr_broadcast([values[n] for n in LSTM_PARAM_NAMES], grids[0].shape, sequences, targets)


def ssr_at_points(
    points: np.ndarray,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    activation: str | None = None,
) -> np.ndarray:
    """SSR at each row of ``points`` (shape (n, 12), in LSTM_PARAM_NAMES order), all rows at once."""
    points = np.asarray(points, dtype=float).reshape(-1, len(LSTM_PARAM_NAMES))
    return _ssr_broadcast(list(points.T), (len(points),), sequences, targets)

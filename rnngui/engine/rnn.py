"""The lesson's recurrent network, forward and backward, in plain floats and NumPy.

sum_t    = w1 * x_t + w2 * y_(t-1) + b1      (y_0 = 0)
y_t      = act(sum_t)
output_t = w3 * y_t + b2                     (only the last output is the prediction)
SSR      = sum over sequences of (target - prediction)^2

Why plain Python floats in the hot path: the lesson's data are a handful of numbers, and NumPy
spends about a microsecond per call however small the array. A scalar loop over four sequences of
two values is several times faster than any array code, and the recurrence over time cannot be
vectorized anyway (each sum needs the previous y). NumPy is used where data are wide: the grid of a
loss landscape and many sequences at once (see ``landscape.py``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from .params import NamedParams

PARAM_NAMES: tuple[str, ...] = ("w1", "w2", "b1", "w3", "b2")
ACTIVATIONS: tuple[str, ...] = ("relu", "tanh", "sigmoid", "identity")


@dataclass(frozen=True, slots=True)
class RNNParams(NamedParams):
    """The five shared parameters: the same in every unrolled copy."""

    names: ClassVar[tuple[str, ...]] = PARAM_NAMES

    w1: float = 0.0
    w2: float = 0.0
    b1: float = 0.0
    w3: float = 0.0
    b2: float = 0.0

    def as_tuple(self) -> tuple[float, float, float, float, float]:
        # written out: dataclasses.astuple deep-copies and costs ~10 us on the hot path
        return (self.w1, self.w2, self.b1, self.w3, self.b2)


# The parameters StatQuest uses for the StatLand example (the video's picture): they predict the
# four StatLand rules to within 0.01, so a learner sees a working network before training one.
LESSON_PARAMS = RNNParams(w1=1.8, w2=-0.5, b1=0.0, w3=1.1, b2=0.0)


@dataclass(frozen=True, slots=True)
class ForwardTrace:
    """Every intermediate number of one forward pass, one entry per unrolled copy."""

    xs: np.ndarray
    sums: np.ndarray
    hidden: np.ndarray
    outputs: np.ndarray
    prediction: float

    @property
    def feedback(self) -> np.ndarray:
        """y_(t-1) for every copy: what arrives around the loop (0 for the first copy)."""
        return np.concatenate(([0.0], self.hidden[:-1])) if len(self.hidden) else self.hidden


# --- activations -------------------------------------------------------------------------------
# Each is (function, derivative written in terms of the sum s and the activation y = f(s)).
# Python's float arithmetic overflows to inf silently; only math.exp raises, so sigmoid avoids it.


def _relu(s: float) -> float:
    # A NaN sum stays NaN, as in PyTorch, so a diverged run cannot hide behind a zero.
    return s if s > 0.0 else (0.0 if s == s else s)


def _relu_d(s: float, y: float) -> float:
    return 1.0 if s > 0.0 else 0.0  # 0 at exactly 0, as PyTorch


def _tanh_d(s: float, y: float) -> float:
    return 1.0 - y * y


def _sigmoid(s: float) -> float:
    if s >= 0.0:
        return 1.0 / (1.0 + math.exp(-s))
    if s != s:
        return s
    e = math.exp(s)
    return e / (1.0 + e)


def _sigmoid_d(s: float, y: float) -> float:
    return y * (1.0 - y)


def _identity(s: float) -> float:
    return s


def _identity_d(s: float, y: float) -> float:
    return 1.0


_ACT = {
    "relu": (_relu, _relu_d),
    "tanh": (math.tanh, _tanh_d),
    "sigmoid": (_sigmoid, _sigmoid_d),
    "identity": (_identity, _identity_d),
}


def activation_functions(activation: str):
    """(f, f') for an activation name; a clear error for an unknown one."""
    try:
        return _ACT[activation]
    except KeyError:
        raise ValueError(
            f"unknown activation {activation!r}; choose one of {', '.join(ACTIVATIONS)}"
        ) from None


def _as_floats(xs: Sequence[float] | np.ndarray) -> list[float]:
    if isinstance(xs, np.ndarray):
        return xs.astype(float, copy=False).ravel().tolist()
    return list(map(float, xs))


# --- forward -----------------------------------------------------------------------------------


def forward(params: RNNParams, xs: Sequence[float] | np.ndarray, activation: str = "relu") -> ForwardTrace:
    """Run the values oldest to newest through the unrolled network and keep every number."""
    f, _ = activation_functions(activation)
    w1, w2, b1, w3, b2 = params.as_tuple()
    values = _as_floats(xs)
    sums: list[float] = []
    hidden: list[float] = []
    y = 0.0
    for x in values:
        s = w1 * x + w2 * y + b1
        y = f(s)
        sums.append(s)
        hidden.append(y)
    hidden_arr = np.array(hidden, dtype=float)
    with np.errstate(all="ignore"):
        outputs = w3 * hidden_arr + b2
    prediction = float(outputs[-1]) if len(values) else float(b2)
    return ForwardTrace(
        xs=np.array(values, dtype=float),
        sums=np.array(sums, dtype=float),
        hidden=hidden_arr,
        outputs=outputs,
        prediction=prediction,
    )


def predict(params: RNNParams, xs: Sequence[float] | np.ndarray, activation: str = "relu") -> float:
    """The last output only: the prediction for the day after the sequence."""
    f, _ = activation_functions(activation)
    w1, w2, b1, w3, b2 = params.as_tuple()
    y = 0.0
    for x in _as_floats(xs):
        y = f(w1 * x + w2 * y + b1)
    return w3 * y + b2


# --- backward (backpropagation through time) -----------------------------------------------------


def prepare(
    sequences: Sequence[Sequence[float] | np.ndarray], targets: Sequence[float] | np.ndarray
) -> tuple[tuple[tuple[float, ...], ...], tuple[float, ...]]:
    """Convert the training data once to tuples of floats, the fastest thing to loop over."""
    seqs = tuple(
        tuple(s.astype(float, copy=False).ravel().tolist())
        if isinstance(s, np.ndarray)
        else tuple(map(float, s))
        for s in sequences
    )
    tgts = tuple(_as_floats(targets))
    if len(seqs) != len(tgts):
        raise ValueError(f"{len(seqs)} sequences but {len(tgts)} targets")
    return seqs, tgts


# Above this many time steps in one call, the backward pass runs as one NumPy product over all
# copies instead of a Python loop (measured in tests/bench/bench_engine.py: tanh crosses over near 600).
WIDE_STEPS = 600


def ssr_and_grads_raw(
    w1: float,
    w2: float,
    b1: float,
    w3: float,
    b2: float,
    seqs: tuple[tuple[float, ...], ...],
    targets: tuple[float, ...],
    activation: str = "relu",
) -> tuple[float, float, float, float, float, float]:
    """The hot path: (SSR, dw1, dw2, db1, dw3, db2) from plain floats and prepared data."""
    if activation == "relu":
        # Inline ReLU beats NumPy at every length: a switched-off copy ends the backward loop.
        return _ssr_and_grads_relu(w1, w2, b1, w3, b2, seqs, targets)
    if sum(len(xs) for xs in seqs) > WIDE_STEPS:
        return _ssr_and_grads_wide(w1, w2, b1, w3, b2, seqs, targets, activation)
    return _ssr_and_grads_loop(w1, w2, b1, w3, b2, seqs, targets, activation)


def _ssr_and_grads_loop(w1, w2, b1, w3, b2, seqs, targets, activation):
    """Backpropagation through time, the textbook way: the backward loop mirrors the forward one.

    Only the last output of each sequence enters the SSR, so the error enters the chain once, at
    the last copy, and flows back along the feedback loop, picking up w2 * act'(sum) per copy: that
    product is the w2^n of the lesson, and the reason gradients explode or vanish.
    """
    f, fd = _ACT[activation]
    ssr = gw1 = gw2 = gb1 = gw3 = gb2 = 0.0
    for xs, target in zip(seqs, targets, strict=True):
        sums = []
        ys = [0.0]  # ys[t] is y_(t-1) of copy t: what arrives around the loop (y_0 = 0)
        y = 0.0
        for x in xs:
            s = w1 * x + w2 * y + b1
            y = f(s)
            sums.append(s)
            ys.append(y)
        residual = w3 * y + b2 - target
        ssr += residual * residual
        d_pred = 2.0 * residual  # dSSR / d prediction
        gb2 += d_pred
        gw3 += d_pred * y
        dy = d_pred * w3  # dSSR / d y_T
        for t in range(len(xs) - 1, -1, -1):
            ds = dy * fd(sums[t], ys[t + 1])  # dSSR / d sum_t
            gw1 += ds * xs[t]
            gw2 += ds * ys[t]
            gb1 += ds
            dy = ds * w2  # around the loop into the previous copy
    return ssr, gw1, gw2, gb1, gw3, gb2


def _ssr_and_grads_relu(w1, w2, b1, w3, b2, seqs, targets):
    """The same as ``_ssr_and_grads_loop`` with ReLU written inline (no function calls per copy)."""
    ssr = gw1 = gw2 = gb1 = gw3 = gb2 = 0.0
    for xs, target in zip(seqs, targets, strict=True):
        sums = []
        append = sums.append
        y = 0.0
        for x in xs:
            s = w1 * x + w2 * y + b1
            y = s if s > 0.0 else (0.0 if s == s else s)
            append(s)
        residual = w3 * y + b2 - target
        ssr += residual * residual
        d_pred = 2.0 * residual
        gb2 += d_pred
        gw3 += d_pred * y
        dy = d_pred * w3
        t = len(xs) - 1
        # ReLU passes the gradient only through switched-on copies, so the first switched-off
        # copy (going back in time) ends the loop: nothing before it can reach the prediction.
        while t >= 0 and sums[t] > 0.0:
            gw1 += dy * xs[t]
            gb1 += dy
            if t:
                y_prev = sums[t - 1]  # y_(t-1) = ReLU(sum_(t-1)); y_0 = 0 adds nothing
                if y_prev > 0.0:
                    gw2 += dy * y_prev
            dy *= w2
            t -= 1
    return ssr, gw1, gw2, gb1, gw3, gb2


def _forward_sums(w1, w2, b1, xs, f):
    """The forward recurrence alone (it cannot be vectorized: each sum needs the previous y)."""
    sums = []
    append = sums.append
    y = 0.0
    if f is _relu:
        for x in xs:
            s = w1 * x + w2 * y + b1
            y = s if s > 0.0 else (0.0 if s == s else s)
            append(s)
    else:
        for x in xs:
            s = w1 * x + w2 * y + b1
            y = f(s)
            append(s)
    return sums


_ACT_NP = {
    "relu": (lambda s: np.where(s > 0.0, s, np.where(s == s, 0.0, s)), lambda s, y: (s > 0.0) * 1.0),
    "tanh": (np.tanh, lambda s, y: 1.0 - y * y),
    "sigmoid": (lambda s: 0.5 * (1.0 + np.tanh(0.5 * s)), lambda s, y: y * (1.0 - y)),
    "identity": (lambda s: s, lambda s, y: np.ones_like(s)),
}


def _ssr_and_grads_wide(w1, w2, b1, w3, b2, seqs, targets, activation):
    """Long sequences: forward in Python, backward as one vectorized product over every copy.

    The backward recurrence ds_t = ds_(t+1) * w2 * act'(sum_t) unrolls to
    ds_t = dy_T * act'(sum_t) * prod_(k>t) (w2 * act'(sum_k)): a reversed cumulative product.
    Sequences are right-aligned in a (B, T) array so every last copy sits in the last column;
    padding copies get act' = 0 and contribute nothing.
    """
    f, _ = _ACT[activation]
    f_np, fd_np = _ACT_NP[activation]
    n_seq = len(seqs)
    width = max((len(xs) for xs in seqs), default=0)
    S = np.zeros((n_seq, width))
    X = np.zeros((n_seq, width))
    valid = np.zeros((n_seq, width), dtype=bool)
    for i, xs in enumerate(seqs):
        n = len(xs)
        if n:
            S[i, width - n :] = _forward_sums(w1, w2, b1, xs, f)
            X[i, width - n :] = xs
            valid[i, width - n :] = True
    with np.errstate(all="ignore"):
        Y = np.where(valid, f_np(S), 0.0)
        y_last = Y[:, -1] if width else np.zeros(n_seq)
        residual = w3 * y_last + b2 - np.asarray(targets, dtype=float)
        d_pred = 2.0 * residual
        fp = np.where(valid, fd_np(S, Y), 0.0)
        factor = np.ones((n_seq, width))
        factor[:, :-1] = w2 * fp[:, 1:]  # what the gradient is multiplied by on its way to copy t
        reach = np.cumprod(factor[:, ::-1], axis=1)[:, ::-1]
        reach[~valid] = 0.0  # inf * 0 in padding would be NaN; padding never carries gradient
        ds = (d_pred * w3)[:, None] * fp * reach
        y_prev = np.zeros_like(Y)
        y_prev[:, 1:] = Y[:, :-1]
        ssr = float(residual @ residual)
        gw1 = float(np.sum(ds * X))
        gw2 = float(np.sum(ds * y_prev))
        gb1 = float(np.sum(ds))
        gw3 = float(d_pred @ y_last)
        gb2 = float(np.sum(d_pred))
    return ssr, gw1, gw2, gb1, gw3, gb2


def loss_and_grads(
    params: RNNParams,
    sequences: Sequence[Sequence[float] | np.ndarray],
    targets: Sequence[float] | np.ndarray,
    activation: str = "relu",
) -> tuple[float, RNNParams]:
    """SSR over the sequences (each may have its own length) and dSSR/d(each parameter)."""
    if activation not in _ACT:
        activation_functions(activation)  # raises the clear error
    seqs, tgts = prepare(sequences, targets)
    ssr, gw1, gw2, gb1, gw3, gb2 = ssr_and_grads_raw(
        params.w1, params.w2, params.b1, params.w3, params.b2, seqs, tgts, activation
    )
    return ssr, RNNParams(gw1, gw2, gb1, gw3, gb2)


def input_sensitivity(
    params: RNNParams, xs: Sequence[float] | np.ndarray, activation: str = "relu"
) -> np.ndarray:
    """d prediction / d x_t for every copy t: how strongly each day reaches the prediction.

    For the first day this is w3 * w1 * product of (w2 * act'(sum)) over the later copies, so with
    w1 = w3 = 1 and ReLU switched on it is exactly w2^(T-1): 2^4 = 16 when the first input crosses
    four feedback loops.
    """
    trace = forward(params, xs, activation)
    _, fd = activation_functions(activation)
    out = np.zeros(len(trace.xs), dtype=float)
    dy = params.w3
    for t in range(len(trace.xs) - 1, -1, -1):
        ds = dy * fd(float(trace.sums[t]), float(trace.hidden[t]))
        out[t] = ds * params.w1
        dy = ds * params.w2
    return out


def w2_share_of_gradient(
    params: RNNParams, xs: Sequence[float] | np.ndarray, target: float, activation: str = "relu"
) -> np.ndarray:
    """Each copy's term of dSSR/dw2 for one sequence (they add up to the whole gradient)."""
    trace = forward(params, xs, activation)
    _, fd = activation_functions(activation)
    feedback = trace.feedback
    shares = np.zeros(len(trace.xs), dtype=float)
    dy = 2.0 * (trace.prediction - target) * params.w3
    for t in range(len(trace.xs) - 1, -1, -1):
        ds = dy * fd(float(trace.sums[t]), float(trace.hidden[t]))
        shares[t] = ds * float(feedback[t])
        dy = ds * params.w2
    return shares


def random_params(seed: int, scale: float = 1.0) -> RNNParams:
    """Deterministic starting parameters: the same seed gives the same five numbers everywhere.

    w1 is drawn positive because prices are scaled to [0, 1]: a negative w1 with b1 = 0 makes
    every sum <= 0, ReLU switches every copy off and gradient descent can never start (that
    happened for 71 of 100 seeds when w1 could be negative). The biases start at 0.
    """
    rng = random.Random(seed)
    w1 = rng.uniform(0.5 * scale, 1.5 * scale)
    w2 = rng.uniform(-scale, scale)
    w3 = rng.uniform(-1.5 * scale, 1.5 * scale)
    return RNNParams(w1=w1, w2=w2, b1=0.0, w3=w3, b2=0.0)


def raw_ssr_and_grads(
    values: Sequence[float],
    seqs: tuple[tuple[float, ...], ...],
    targets: tuple[float, ...],
    activation: str = "relu",
) -> tuple[float, float, float, float, float, float]:
    """The cell seam's hot path: (SSR, dw1, dw2, db1, dw3, db2) from values in PARAM_NAMES order.

    The same choice as ``ssr_and_grads_raw``, written out again so that train's every step costs
    no more Python calls than before the seam.
    """
    w1, w2, b1, w3, b2 = values
    if activation == "relu":
        return _ssr_and_grads_relu(w1, w2, b1, w3, b2, seqs, targets)
    if sum(len(xs) for xs in seqs) > WIDE_STEPS:
        return _ssr_and_grads_wide(w1, w2, b1, w3, b2, seqs, targets, activation)
    return _ssr_and_grads_loop(w1, w2, b1, w3, b2, seqs, targets, activation)


# --- the loss over many parameter values at once (landscapes, paths drawn on them) --------------


def ssr_over_grid(
    params: RNNParams,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    axes: dict[str, np.ndarray],
    activation: str = "relu",
) -> np.ndarray:
    """SSR at every combination of the values in ``axes`` (the other parameters fixed).

    ``axes`` maps one or two parameter names to 1-D arrays; the result has one dimension per axis,
    in the order given (for two axes, result[i, j] is at axes[first][i], axes[second][j]).
    """
    if not 1 <= len(axes) <= 2:
        raise ValueError("a landscape has one or two parameter axes")
    for name in axes:
        if name not in PARAM_NAMES:
            raise ValueError(f"unknown parameter {name!r}")
    f_np, _ = _ACT_NP[activation]
    names = list(axes)
    grids = np.meshgrid(*[np.asarray(axes[n], dtype=float) for n in names], indexing="ij")
    values = {n: getattr(params, n) for n in PARAM_NAMES}
    values.update(dict(zip(names, grids, strict=True)))
    w1, w2, b1, w3, b2 = (values[n] for n in PARAM_NAMES)
    return _ssr_broadcast(w1, w2, b1, w3, b2, grids[0].shape, sequences, targets, f_np)


def _ssr_broadcast(w1, w2, b1, w3, b2, shape, sequences, targets, f_np) -> np.ndarray:
    """SSR where any parameter may be an array of ``shape``: one NumPy step per copy.

    The recurrence runs over time in Python (each sum needs the previous y), but each time step is
    one NumPy operation over every grid point at once.
    """
    ssr = np.zeros(shape)
    with np.errstate(all="ignore"):
        for xs, target in zip(sequences, targets, strict=False):
            y = np.zeros(shape)
            for x in xs:
                y = f_np(w1 * float(x) + w2 * y + b1)
            residual = w3 * y + b2 - float(target)
            ssr += residual * residual
    return ssr


def ssr_at_points(
    points: np.ndarray,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    activation: str = "relu",
) -> np.ndarray:
    """SSR at each row of ``points`` (shape (n, 5): w1, w2, b1, w3, b2), all rows at once."""
    points = np.asarray(points, dtype=float).reshape(-1, len(PARAM_NAMES))
    f_np, _ = _ACT_NP[activation]
    w1, w2, b1, w3, b2 = points.T
    return _ssr_broadcast(w1, w2, b1, w3, b2, (len(points),), sequences, targets, f_np)


def feedback_gain(
    params: RNNParams, xs: Sequence[float] | np.ndarray, activation: str = "relu"
) -> np.ndarray:
    """d y_T / d y_t for every copy t: what the feedback path multiplies copy t's signal by on its
    way to the last copy, the product of w2 * act'(sum) over the later copies.

    With ReLU switched on this is exactly w2^(T-t): the lesson's 16 after four loops at w2 = 2,
    whatever w1 and w3 are (they scale what enters and leaves the loop, not the loop itself).
    """
    trace = forward(params, xs, activation)
    _, fd = activation_functions(activation)
    gains = np.zeros(len(trace.xs), dtype=float)
    gain = 1.0
    for t in range(len(trace.xs) - 1, -1, -1):
        gains[t] = gain
        gain *= params.w2 * fd(float(trace.sums[t]), float(trace.hidden[t]))
    return gains

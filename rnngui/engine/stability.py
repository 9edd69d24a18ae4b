"""The stability map: what a short run does from each start, for a whole grid of runs at once.

Every cell of the map is one run of plain gradient descent (no momentum, no clipping, all five of
the RNN's parameters trained) from the document's start with w2 and the learning rate (or w2 and
the number of days) changed, classified by the diagnosis's own rules. A 64 x 64 map is 4,096
runs; one at a time through ``train`` that is minutes of Python. Here the runs are the columns of
one NumPy array: the recurrence over time is a Python loop (each sum needs the previous y) but
each time step, forward and backward, is one NumPy operation over every run and every sequence at
once, so the map costs about as many Python steps as one run (tests/bench/bench_stability.py).

Bit for bit: for ReLU the arithmetic is the scalar hot path's (``rnn._ssr_and_grads_relu``), in
the same order (sequences one after another, copies newest first), so every loss and gradient
equals the one ``train`` computes and the classification cannot drift on a chaotic run. The
other activations use NumPy's exp and tanh, which may differ from ``math``'s in the last bit.

The classification mirrors ``diagnose`` as the training panel calls it at the end of a run
(``session.jobs.TrainJob``): the last ``window`` records, the run's end, and the context of the
longest sequence (its first step's gradient names a unit killed by one exploding step).
tests/engine/test_stability.py checks cells of every kind against ``train`` + ``diagnose``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .diagnose import (
    BOUNCE_SHARE,
    BOUNCING,
    CONVERGED,
    CONVERGING,
    DEAD_WINDOW,
    DIVERGED,
    EXPLODING_GRADIENT,
    SETTLED_SSR,
    STALLING,
    TINY_STEP,
    WAITING,
    ZERO_LOSS,
)
from .rnn import ACTIVATIONS, PARAM_NAMES, RNNParams

# The outcomes a map can show, in the legend's order (the diagnosis's own kinds).
OUTCOMES: tuple[str, ...] = (CONVERGED, CONVERGING, BOUNCING, STALLING, DIVERGED)
# How many recent steps the diagnosis looks at (session.pacing.DIAGNOSIS_WINDOW; a test checks the
# two agree: the engine cannot import the session layer).
WINDOW = 100

Progress = Callable[[float], None]


@dataclass(frozen=True)
class StabilityMap:
    """A map's answer: per run, its outcome and end figures (all arrays of the grid's shape)."""

    outcomes: np.ndarray  # str: one of OUTCOMES ("waiting" for runs of fewer than 3 steps)
    final_ssr: np.ndarray  # the SSR before the last step (NaN where the run diverged at once)
    diverged_at: np.ndarray  # int: the step where numbers overflowed, 0 where they did not
    final_params: np.ndarray  # (5, *shape): the last finite parameters of each run


def outcome_grid(
    params: RNNParams,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    w2_values: Sequence[float] | np.ndarray,
    learning_rates: Sequence[float] | np.ndarray,
    steps: int,
    activation: str = "relu",
) -> np.ndarray:
    """Outcome names, shape (len(w2_values), len(learning_rates)): what ``train`` + ``diagnose``
    say of the run from ``params`` with w2 = w2_values[i] at learning rate learning_rates[j]."""
    return stability_map(params, sequences, targets, w2_values, learning_rates, steps,
                         activation).outcomes


def stability_map(
    params: RNNParams,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    w2_values: Sequence[float] | np.ndarray,
    learning_rates: Sequence[float] | np.ndarray,
    steps: int,
    activation: str = "relu",
    window: int = WINDOW,
    progress: Progress | None = None,
) -> StabilityMap:
    """The w2 x learning-rate map with each run's end figures (see ``outcome_grid``)."""
    w2 = np.asarray(w2_values, dtype=float).ravel()
    lr = np.asarray(learning_rates, dtype=float).ravel()
    _check_rates(lr)
    shape = (len(w2), len(lr))
    starts = np.empty((len(PARAM_NAMES), *shape))
    for k, value in enumerate(params.as_tuple()):
        starts[k] = value
    starts[1] = w2[:, None]
    seqs = [[float(x) for x in xs] for xs in sequences]
    tgts = [float(t) for t in targets]
    if len(seqs) != len(tgts):
        raise ValueError(f"{len(seqs)} sequences but {len(tgts)} targets")
    data = _Data.right_aligned([seqs], [tgts], 1)
    rates = np.broadcast_to(lr[None, :], shape).reshape(-1)
    return _run(starts.reshape(len(PARAM_NAMES), -1), data, rates, steps, activation, window,
                progress, shape)


def days_map(
    params: RNNParams,
    data_for_days: Callable[[int], tuple[Sequence[Sequence[float]], Sequence[float]]],
    w2_values: Sequence[float] | np.ndarray,
    days: Sequence[int] | np.ndarray,
    learning_rate: float,
    steps: int,
    activation: str = "relu",
    window: int = WINDOW,
    progress: Progress | None = None,
) -> StabilityMap:
    """The w2 x number-of-days map, shape (len(w2_values), len(days)): cell (i, j) trains on
    ``data_for_days(days[j])`` (sequences, targets) from ``params`` with w2 = w2_values[i].

    Every data set is one column of the same batch (shorter sequences padded in front, where the
    hidden unit stays 0 as before day 1), so the whole map is still one pass over the time steps.
    """
    w2 = np.asarray(w2_values, dtype=float).ravel()
    day_list = [int(d) for d in np.asarray(days).ravel()]
    _check_rates(np.array([learning_rate], dtype=float))
    shape = (len(w2), len(day_list))
    all_seqs, all_tgts = [], []
    for d in day_list:
        seqs, tgts = data_for_days(d)
        all_seqs.append([[float(x) for x in xs] for xs in seqs])
        all_tgts.append([float(t) for t in tgts])
    data = _Data.right_aligned(all_seqs, all_tgts, len(w2))
    starts = np.empty((len(PARAM_NAMES), *shape))
    for k, value in enumerate(params.as_tuple()):
        starts[k] = value
    starts[1] = w2[:, None]
    rates = np.full(shape[0] * shape[1], float(learning_rate))
    return _run(starts.reshape(len(PARAM_NAMES), -1), data, rates, steps, activation, window,
                progress, shape)


def _check_rates(lr: np.ndarray) -> None:
    if not np.all(np.isfinite(lr) & (lr > 0)):
        raise ValueError("every learning rate must be a positive number")


@dataclass(frozen=True)
class _Data:
    """Sequences as (S, T, C) arrays, right-aligned so every last copy is in column T - 1.

    C is 1 (every run trains on the same data) or the number of data sets; runs are laid out
    row-major over (w2, data set), so run r trains on data set r % C.
    ``valid`` is False in front padding and for missing sequences (a data set with fewer
    sequences than another); ``has_seq`` says which sequences exist (their residual counts).
    """

    x: np.ndarray  # (S, T, C)
    valid: np.ndarray  # (S, T, C) bool
    targets: np.ndarray  # (S, C)
    has_seq: np.ndarray  # (S, C) bool
    longest: np.ndarray  # (C,) the longest sequence's length in each data set
    repeat: int  # how many runs (w2 values) share each data column

    @staticmethod
    def right_aligned(all_seqs: list[list[list[float]]], all_tgts: list[list[float]],
                      repeat: int) -> _Data:
        n_sets = len(all_seqs)
        n_seq = max((len(s) for s in all_seqs), default=0)
        width = max((len(xs) for seqs in all_seqs for xs in seqs), default=0)
        x = np.zeros((n_seq, width, n_sets))
        valid = np.zeros((n_seq, width, n_sets), dtype=bool)
        targets = np.zeros((n_seq, n_sets))
        has_seq = np.zeros((n_seq, n_sets), dtype=bool)
        longest = np.zeros(n_sets, dtype=int)
        for c, (seqs, tgts) in enumerate(zip(all_seqs, all_tgts, strict=True)):
            for s, (xs, target) in enumerate(zip(seqs, tgts, strict=True)):
                n = len(xs)
                if n:
                    x[s, width - n:, c] = xs
                    valid[s, width - n:, c] = True
                targets[s, c] = target
                has_seq[s, c] = True
            longest[c] = max((len(xs) for xs in seqs), default=0)
        return _Data(x, valid, targets, has_seq, longest, repeat)

    def per_run(self, a: np.ndarray) -> np.ndarray:
        """Spread a (..., C) array over the runs (..., R): R = repeat * C, row-major (w2, data)."""
        if a.shape[-1] == 1:
            return a  # broadcasts
        return np.tile(a, (1,) * (a.ndim - 1) + (self.repeat,))


def _sigmoid(s: np.ndarray) -> np.ndarray:
    # rnn._sigmoid's two branches (no overflow in exp)
    e = np.exp(-np.abs(s))
    return np.where(s >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


# (f, f' in terms of the sum s and y = f(s)) for the activations other than ReLU, which is inline.
_ACT = {
    "tanh": (np.tanh, lambda s, y: 1.0 - y * y),
    "sigmoid": (_sigmoid, lambda s, y: y * (1.0 - y)),
    "identity": (lambda s: s, lambda s, y: np.ones_like(s)),
}


class _Batch:
    """The data laid out for the runs (time first, so each copy's slice is contiguous) and the
    work arrays one step reuses (a 64 x 64 map takes 300 steps: allocation would cost more than
    the arithmetic)."""

    def __init__(self, data: _Data, runs: int, activation: str) -> None:
        x = np.moveaxis(data.per_run(data.x), 1, 0)  # (T, S, R or 1)
        valid = np.moveaxis(data.per_run(data.valid), 1, 0)
        width, n_seq = x.shape[0], x.shape[1]
        self.width, self.n_seq, self.runs = width, n_seq, runs
        self.x = np.ascontiguousarray(x)
        # the inputs newest copy first, per sequence: (S, T, R or 1), the order of ``terms``
        self.x_rev = np.ascontiguousarray(x[::-1].transpose(1, 0, 2))
        self.padded = not bool(np.all(valid))
        self.invalid = np.ascontiguousarray(np.broadcast_to(~valid, (width, n_seq, runs)))
        self.targets = data.per_run(data.targets)
        self.has_seq = data.per_run(data.has_seq)
        self.all_seqs = bool(np.all(data.has_seq))
        self.activation = activation
        self.sums = np.empty((width, n_seq, runs))
        self.ys = np.empty((width, n_seq, runs))
        # terms[k, s, i]: copy i of sequence s, newest first, for k = w1, b1, w2: the scalar
        # loop's order, so one reduce over the flattened (s, i) adds them as it does. The w2
        # term of a sequence's first copy (y_0 = 0) stays 0.
        self.terms = np.zeros((3, n_seq, width, runs))
        self.tmp = np.empty((n_seq, runs))
        self.on = np.empty((n_seq, runs), dtype=bool)
        self.off = np.empty((n_seq, runs), dtype=bool)
        self.alive = np.empty((n_seq, runs), dtype=bool)


def _ssr_and_grads(p: np.ndarray, b: _Batch):
    """SSR and the five gradients of every run: p is (5, R); returns (R,) and (5, R).

    One NumPy operation per time step over all sequences and runs. The sums over sequences and
    copies are reduced along a leading axis, which NumPy adds row by row in order: the scalar
    loop's order (sequence by sequence, newest copy first), so the floats are the same.
    """
    w1, w2, b1, w3, b2 = p
    sums, ys, tmp, terms = b.sums, b.ys, b.tmp, b.terms
    width = b.width
    relu = b.activation == "relu"
    if not relu:
        f, fd = _ACT[b.activation]
    np.multiply(w1, b.x, out=sums)  # w1 * x_t for every copy at once
    for t in range(width):
        s = sums[t]
        if t:
            np.multiply(w2, ys[t - 1], out=tmp)
            s += tmp
        else:
            s += w2 * 0.0  # y_0 = 0: the scalar loop adds w2 * 0.0 (its sign included)
        s += b1
        if relu:
            if b.padded:
                # before a shorter sequence's day 1 the sum is "off", so y stays 0 and the
                # gradient never flows there
                np.copyto(s, -1.0, where=b.invalid[t])
            np.maximum(s, 0.0, out=ys[t])  # rnn's ReLU: a NaN stays NaN, as max keeps it
        else:
            ys[t] = f(s)
            if b.padded:
                np.copyto(ys[t], 0.0, where=b.invalid[t])
    y = ys[width - 1] if width else np.zeros((b.n_seq, b.runs))
    residual = w3 * y + b2 - b.targets
    if not b.all_seqs:
        residual = np.where(b.has_seq, residual, 0.0)
    d_pred = 2.0 * residual
    # the loss and output gradients: one term per sequence, added in the sequences' order
    ssr = np.add.reduce(residual * residual, axis=0)
    gb2 = np.add.reduce(d_pred, axis=0)
    gw3 = np.add.reduce(d_pred * y, axis=0)
    dy = d_pred * w3
    if relu:
        alive, on, off = b.alive, b.on, b.off
        alive[...] = True
        for i, t in enumerate(range(width - 1, -1, -1)):
            # terms[1] holds dSSR/d sum_t: the scalar loop's dy, times w2 per copy back in time,
            # and 0 from the first switched-off copy on (the scalar loop stops there)
            cur = terms[1, :, i]
            if i:
                np.multiply(terms[1, :, i - 1], w2, out=cur)
            else:
                cur[...] = dy
            np.greater(sums[t], 0.0, out=on)
            np.logical_and(alive, on, out=alive)
            np.logical_not(alive, out=off)
            np.copyto(cur, 0.0, where=off)
        np.multiply(terms[1], b.x_rev, out=terms[0])
        if width >= 2:  # y_(t-1) of every copy but the first: 0 where ReLU switched it off
            np.multiply(terms[1, :, : width - 1], ys[width - 2 :: -1].transpose(1, 0, 2),
                        out=terms[2, :, : width - 1])
    else:
        for i, t in enumerate(range(width - 1, -1, -1)):
            ds = dy * fd(sums[t], ys[t])
            if b.padded:
                np.copyto(ds, 0.0, where=b.invalid[t])
            terms[1, :, i] = ds
            if t:
                np.multiply(ds, ys[t - 1], out=terms[2, :, i])
            dy = ds * w2
        np.multiply(terms[1], b.x_rev, out=terms[0])
    flat = terms.reshape(3, b.n_seq * width, b.runs)
    grads = np.empty((5, b.runs))
    np.add.reduce(flat[0], axis=0, out=grads[0])
    np.add.reduce(flat[2], axis=0, out=grads[1])
    np.add.reduce(flat[1], axis=0, out=grads[2])
    grads[3] = gw3
    grads[4] = gb2
    return ssr, grads


def _norm(v: np.ndarray, wanted: np.ndarray | None = None) -> np.ndarray:
    """The L2 length over the first axis, as math.dist and math.hypot give it: the plain formula,
    and for the few columns where squares overflow or underflow, the scaled one (only in the
    ``wanted`` columns, if given: a diverged run's steps are never looked at)."""
    out = np.sqrt(np.add.reduce(v * v, axis=0))
    odd = ~((out > 1e-150) & (out < 1e150)) & np.any(v != 0.0, axis=0)
    if wanted is not None:
        odd &= wanted
    if np.any(odd):
        w = v[:, odd]
        scale = np.max(np.abs(w), axis=0)
        safe = np.where((scale > 0) & np.isfinite(scale), scale, 1.0)
        out[odd] = np.where(scale > 0, safe * np.sqrt(np.add.reduce((w / safe) ** 2, axis=0)),
                            0.0)
    return out


def _run(starts: np.ndarray, data: _Data, rates: np.ndarray, steps: int, activation: str,
         window: int, progress: Progress | None, shape: tuple[int, int]) -> StabilityMap:
    """Train every run (columns of ``starts``) like ``train`` and classify it like ``diagnose``."""
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; choose one of {', '.join(ACTIVATIONS)}")
    steps = int(steps)
    if steps < 0:
        raise ValueError("steps must be a whole number, 0 or more")
    runs = starts.shape[1]
    batch = _Batch(data, runs, activation)
    p = starts.copy()
    w = min(window, steps)
    first_kept = steps - w + 1  # the first step the diagnosis's window holds
    losses = np.zeros((w, runs))
    sizes = np.zeros((w, runs))
    dead = np.zeros((w, runs), dtype=bool)  # every gradient but b2's exactly 0 at that step
    window_start_params = p.copy()
    first_grad_max = np.zeros(runs)
    g_first = np.zeros(runs)
    last_grads = np.zeros((len(PARAM_NAMES), runs))
    diverged_at = np.zeros(runs, dtype=int)
    running = np.ones(runs, dtype=bool)
    final_ssr = np.full(runs, np.nan)
    every = max(1, steps // 50)
    with np.errstate(all="ignore"):
        for step in range(1, steps + 1):
            loss, g = _ssr_and_grads(p, batch)
            new_p = p - rates * g
            # train's overflow checks: the loss, a gradient, the new parameters (a gradient that
            # is not finite makes a parameter that is not finite, so one check covers both)
            bad = ~(np.isfinite(loss) & np.all(np.isfinite(new_p), axis=0))
            if np.any(bad & running):
                diverged_at[bad & running] = step
                running &= ~bad
            in_window = step >= first_kept
            if in_window:  # a step's length matters only to the diagnosis's window
                sizes[step - first_kept] = _norm(new_p - p, running)
            np.copyto(p, new_p, where=running)  # a diverged run keeps its last finite parameters
            np.copyto(final_ssr, loss, where=running)
            if step == 1:
                first_grad_max = np.max(np.abs(g), axis=0)
            if in_window:
                i = step - first_kept
                losses[i] = loss
                dead[i] = np.all(g[:4] == 0.0, axis=0)
                if i == 0:
                    window_start_params = p.copy()
                    g_first = np.sqrt(np.add.reduce(g * g, axis=0))
                last_grads = g
            if progress is not None and step % every == 0:
                progress(step / steps)
        outcomes = _classify(losses, sizes, dead, window_start_params, p, g_first, last_grads,
                             first_grad_max, data, steps, w)
    outcomes = np.where(diverged_at > 0, DIVERGED, outcomes)
    return StabilityMap(
        outcomes.reshape(shape),
        final_ssr.reshape(shape),
        diverged_at.reshape(shape),
        p.reshape(len(PARAM_NAMES), *shape),
    )


def _classify(losses, sizes, dead, start_p, last_p, g_first, last_grads, first_grad_max,
              data: _Data, steps: int, w: int) -> np.ndarray:
    """``diagnose``'s rules, in its order, on every run at once (diverged runs are set after)."""
    runs = losses.shape[1]
    out = np.full(runs, CONVERGING, dtype=object)
    if steps < 3:
        out[:] = WAITING
        return out.astype(str)
    decided = np.zeros(runs, dtype=bool)

    def rule(mask: np.ndarray, kind: str) -> None:
        take = mask & ~decided
        out[take] = kind
        decided[:] |= take

    n = w - 1
    rises = np.sum(losses[1:] > losses[:-1] * (1 + 1e-12) + 1e-300, axis=0)
    last_loss = losses[-1]
    bouncy = rises >= BOUNCE_SHARE * n
    rule(last_loss <= ZERO_LOSS, CONVERGED)
    rule(bouncy & (np.max(losses, axis=0) < SETTLED_SSR), CONVERGED)
    rule(bouncy, BOUNCING)
    # a unit killed by one exploding first step (the context the training panel gives: it knows
    # the feedback loop's gain once the longest sequence has at least two days)
    loops_known = data.per_run(data.longest[None, :])[0] >= 2
    killed = loops_known & (first_grad_max >= EXPLODING_GRADIENT)
    dead_lately = np.all(dead[-DEAD_WINDOW:], axis=0)
    rule(killed & (last_loss > ZERO_LOSS) & dead_lately, STALLING)
    size = np.maximum(1.0, np.max(np.abs(last_p), axis=0))
    tiny = np.max(sizes, axis=0) < TINY_STEP * size
    rule(tiny & (last_loss > ZERO_LOSS) & np.all(dead, axis=0), STALLING)
    g_last = np.sqrt(np.add.reduce(last_grads * last_grads, axis=0))
    loss_drop = (losses[0] - losses[-1]) / np.maximum(losses[0], 1e-300)
    rule(tiny & (g_last < 0.5 * g_first) & (loss_drop < 1e-9), CONVERGED)
    # _at_rounding_floor: steps that cancel (rounding noise) or a gradient fallen a millionfold
    path = np.add.reduce(sizes[1:], axis=0)
    net = _norm(last_p - start_p)
    floor = np.where(path > 0.0, net < 0.5 * path, g_last <= 1e-6 * g_first)
    rule(tiny & floor, CONVERGED)
    rule(tiny, STALLING)
    # the run ended at max steps without a rise or a drop worth the name: settled
    settled = (rises == 0) & (losses[0] - losses[-1] <= 1e-9 * losses[0])
    rule(settled, CONVERGED)
    return out.astype(str)

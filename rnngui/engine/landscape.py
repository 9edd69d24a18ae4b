"""Loss landscapes and the unroll-length experiment, vectorized over a grid of parameters.

The recurrence runs over time in Python (it must: each sum needs the previous y), but each time
step is one NumPy operation over every grid point at once, so a 201 x 201 grid costs about as many
Python steps as a single forward pass (tests/bench/bench_landscape.py measures it). Each cell
computes its own grid (rnn.py, lstm.py); this module picks the cell. The unroll experiment and the
lesson's readouts are about the RNN's w2^n and stay RNN-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .cells import cell, cell_of
from .rnn import RNNParams, input_sensitivity, loss_and_grads


def ssr_over_grid(
    params: Any,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    axes: dict[str, np.ndarray],
    activation: str = "relu",
) -> np.ndarray:
    """SSR at every combination of the values in ``axes`` (the other parameters fixed).

    ``axes`` maps one or two parameter names to 1-D arrays; the result has one dimension per axis,
    in the order given (for two axes, result[i, j] is at axes[first][i], axes[second][j]). Any
    cell: ``params``' type says which one computes it.
    """
    return cell_of(params).ssr_over_grid(params, sequences, targets, axes, activation)


def ssr_at_points(
    points: np.ndarray,
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    activation: str = "relu",
    cell: str = "rnn",
) -> np.ndarray:
    """SSR at each row of ``points`` (shape (n, number of the cell's parameters), in its names'
    order; for the RNN w1, w2, b1, w3, b2), all rows at once.

    A run's history keeps the loss measured *before* each step and the parameters *after* it; a
    path drawn on a landscape needs the loss *at* the drawn parameters, which this computes.
    """
    return _cell_called(cell).ssr_at_points(points, sequences, targets, activation)


_cell_called = cell  # the keyword ``cell`` above hides the function inside ssr_at_points


def unroll_experiment(
    params: RNNParams,
    unrolls: Sequence[int] | np.ndarray,
    x: float = 1.0,
    target: float = 0.0,
    activation: str = "relu",
) -> dict[str, np.ndarray]:
    """For N = each number of unrolls, a sequence of N + 1 equal values x (the first one crosses N
    feedback loops): |dSSR/dw2|, |d prediction / d x_1| and the reference |w2|^N.

    The measured |d prediction / d x_1| is |w1 * w3| * |w2|^N while every copy's ReLU is on; where
    ReLU switches a copy off it drops to 0 (nothing before that copy reaches the prediction).
    """
    unrolls = np.asarray(unrolls, dtype=int)
    grad_w2 = np.empty(len(unrolls))
    first = np.empty(len(unrolls))
    for i, n in enumerate(unrolls):
        xs = [x] * (int(n) + 1)
        _, grads = loss_and_grads(params, [xs], [target], activation)
        grad_w2[i] = abs(grads.w2)
        first[i] = abs(input_sensitivity(params, xs, activation)[0])
    with np.errstate(all="ignore"):
        reference = np.abs(params.w2) ** unrolls.astype(float)
    return {"N": unrolls, "dSSR/dw2": grad_w2, "dpred/dx1": first, "w2^N": reference}


def lesson_readouts() -> list[tuple[str, str, float]]:
    """The lesson's three numbers, computed by the engine: (what, formula, value)."""
    out = []
    for w2, n, what in ((2.0, 4, "w2 = 2, unrolled 4 times"), (2.0, 50, "w2 = 2, 50 days"),
                        (0.5, 50, "w2 = 0.5, 50 days")):
        params = RNNParams(w1=1.0, w2=w2, b1=0.0, w3=1.0, b2=0.0)
        value = float(input_sensitivity(params, [1.0] * (n + 1))[0])
        out.append((what, f"{w2:g}^{n}", value))
    return out

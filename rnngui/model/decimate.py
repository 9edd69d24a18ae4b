"""Peak decimation for live plots: each block of steps drawn as its lowest and highest value.

A bouncing loss keeps its envelope however many steps are squeezed into a pixel. Qt-free.

``PeakDecimator`` does the same work incrementally for a table that grows at the end (a run's
history): blocks already summarised are kept, so each chunk of a live run costs time in
proportion to its new rows, not to the whole run. Its block size is a power of two that doubles
as the table grows, so the summaries are rebuilt only about log2(rows / limit) times a run.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

MAX_DRAWN_POINTS = 1000  # per curve: a plot is ~500 px wide; more cost repaint time, show nothing


def block_peaks(x: np.ndarray, y: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each whole block of ``k`` rows of ``y`` (n, curves) as its two extreme rows, in step
    order: returns (x, y), both (2 * blocks, curves). Rows past the last whole block are
    ignored. Non-finite values never count as extremes unless a block has nothing else."""
    curves = y.shape[1]
    blocks = len(x) // k
    if blocks == 0:
        return np.empty((0, curves)), np.empty((0, curves))
    m = blocks * k
    yb = y[:m].reshape(blocks, k, curves)
    finite = np.isfinite(yb)
    lo = np.argmin(np.where(finite, yb, np.inf), axis=1)  # (blocks, curves)
    hi = np.argmax(np.where(finite, yb, -np.inf), axis=1)
    start = (np.arange(blocks) * k)[:, None]
    idx = np.stack([start + np.minimum(lo, hi), start + np.maximum(lo, hi)], axis=1)
    idx = idx.reshape(2 * blocks, curves)  # rows of y, in step order, per curve
    return x[idx], np.take_along_axis(y[:m], idx, axis=0)


def peak_decimate(
    x: np.ndarray, y: np.ndarray, limit: int = MAX_DRAWN_POINTS
) -> tuple[np.ndarray, np.ndarray]:
    """At most about ``limit`` points: each block's lowest and highest value, in step order.

    ``y`` may be (n,) or (n, curves); for 2-D input both results are (points, curves), one
    column per curve, done in one pass.
    """
    n = len(x)
    if n <= limit:
        return (x, y) if y.ndim == 1 else (np.repeat(x[:, None], y.shape[1], axis=1), y)
    flat = y.ndim == 1
    y2 = y[:, None] if flat else y
    k = math.ceil(n / max(limit // 2, 1))
    xs, ys = block_peaks(x, y2, k)
    m = (n // k) * k
    xs = np.concatenate([xs, np.repeat(x[m:, None], y2.shape[1], axis=1)])
    ys = np.concatenate([ys, y2[m:]])
    return (xs[:, 0], ys[:, 0]) if flat else (xs, ys)


def block_size(n: int, limit: int = MAX_DRAWN_POINTS) -> int:
    """The power-of-two block that keeps ``n`` rows at about ``limit`` points (1: no blocks)."""
    if n <= limit:
        return 1
    return 1 << math.ceil(math.log2(n / max(limit // 2, 1)))


class PeakDecimator:
    """Decimates a growing table, remembering the blocks it has already summarised.

    ``update(table, columns, stable, key)``: ``table`` is the whole table, column 0 the step;
    its first ``stable`` rows will not change while ``key`` stays the same (a new key, or a
    table shorter than what was summarised, starts again). ``prepare`` maps the chosen columns
    before the extremes are found (e.g. ``np.abs`` for a |value| scale). Only new rows are
    read, so no copy of the whole table is made. Returns (x, y), both (points, curves).
    """

    def __init__(self, limit: int = MAX_DRAWN_POINTS) -> None:
        self.limit = limit
        self.rebuilds = 0  # how often the summaries started again (tests, benchmarks)
        self._reset(None, 1, 0)

    def _reset(self, key: object, k: int, curves: int) -> None:
        self._key, self._k, self._done = key, k, 0
        self._xs = np.empty((0, curves))
        self._ys = np.empty((0, curves))

    def update(
        self,
        table: np.ndarray,
        columns: list[int],
        stable: int,
        key: object,
        prepare: Callable[[np.ndarray], np.ndarray] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        n, curves = len(table), len(columns)
        k = block_size(n, self.limit)
        stable = min(stable, n)
        if key != self._key or k != self._k or self._done > stable or self._ys.shape[1] != curves:
            self._reset(key, k, curves)
            self.rebuilds += 1

        def part(start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
            y = table[start:stop, columns]
            return table[start:stop, 0], (prepare(y) if prepare is not None else y)

        # rows summarised for good; never the last, so the curve always ends at the latest step
        whole = (min(stable, n - 1) // k) * k if k > 1 else 0
        if whole > self._done:
            xs, ys = block_peaks(*part(self._done, whole), k)
            self._xs = np.concatenate([self._xs, xs])
            self._ys = np.concatenate([self._ys, ys])
            self._done = whole
        tail_x, tail_y = part(self._done, n)  # k == 1: every row, undecimated
        return (
            np.concatenate([self._xs, np.repeat(tail_x[:, None], curves, axis=1)]),
            np.concatenate([self._ys, tail_y]),
        )

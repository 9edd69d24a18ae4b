"""A run's history for the plots: bounded memory however long the run. Qt-free.

Rows are (step, SSR, five gradients, five parameters, step size). When the table reaches its
capacity, every other row is dropped and from then on only every ``stride``-th step is kept, so a
million-step run costs the same memory as a fifty-thousand-step one (the plots cannot show more
points than pixels anyway). The most recent row is always exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import PARAM_NAMES, StepRecord

COLUMNS = (
    ("step", "SSR")
    + tuple(f"dSSR/d{n}" for n in PARAM_NAMES)
    + PARAM_NAMES
    + ("step size",)
)
N_COLUMNS = len(COLUMNS)
STEP, LOSS = 0, 1
GRADS = slice(2, 7)
PARAMS = slice(7, 12)
STEP_SIZE = 12


def records_to_rows(records: list[StepRecord]) -> np.ndarray:
    """Step records as a (n, 13) float array: the compact copy the worker thread sends.

    One flat list and one array call: per-row NumPy assignments cost more than the step itself.
    """
    flat: list[float] = []
    extend = flat.extend
    for r in records:
        g, p = r.grads, r.params
        extend((r.step, r.loss, g.w1, g.w2, g.b1, g.w3, g.b2, p.w1, p.w2, p.b1, p.w3, p.b2,
                r.step_size))
    return np.array(flat, dtype=float).reshape(len(records), N_COLUMNS)


@dataclass
class RunHistory:
    capacity: int = 50_000

    def __post_init__(self) -> None:
        # one spare row: drawable() puts the exact latest row there without copying the table
        self._rows = np.empty((self.capacity + 1, N_COLUMNS))
        self._n = 0
        self.stride = 1
        self.last: np.ndarray | None = None
        # Changes whenever kept rows change (clear, thinning): the plots summarise the kept
        # rows once and only add new ones while the generation stays the same.
        self.generation = 0

    def clear(self) -> None:
        self._n = 0
        self.stride = 1
        self.last = None
        self.generation += 1

    def __len__(self) -> int:
        return self._n

    @property
    def rows(self) -> np.ndarray:
        """The kept rows (a view: copy it before keeping it)."""
        return self._rows[: self._n]

    def column(self, index: int | slice) -> np.ndarray:
        return self._rows[: self._n, index]

    def append(self, rows: np.ndarray) -> None:
        if not len(rows):
            return
        self.last = rows[-1].copy()
        if self.stride > 1:
            rows = rows[rows[:, STEP].astype(np.int64) % self.stride == 0]
        while len(rows):
            room = self.capacity - self._n
            if room == 0:
                self._halve()
                rows = rows[rows[:, STEP].astype(np.int64) % self.stride == 0]
                continue
            take = rows[:room]
            self._rows[self._n : self._n + len(take)] = take
            self._n += len(take)
            rows = rows[room:]

    def drawable(self) -> np.ndarray:
        """The kept rows plus the exact latest row when thinning dropped it (for the plots).

        A view, valid until the next ``append``: the latest row sits in the spare row after
        the kept ones, so a long run's table is not copied for every chunk."""
        n = self._n
        if self.last is not None and (not n or self._rows[n - 1, STEP] != self.last[STEP]):
            self._rows[n] = self.last
            return self._rows[: n + 1]
        return self._rows[:n]

    def write_csv(self, path: str) -> None:
        """The run's history (as kept: every step, or every ``stride``-th on long runs)."""
        header = ",".join(COLUMNS)
        rows = self.drawable()
        fmt = ["%d"] + ["%.17g"] * (N_COLUMNS - 1)
        np.savetxt(path, rows, delimiter=",", header=header, comments="", fmt=fmt)

    def _halve(self) -> None:
        self.stride *= 2
        self.generation += 1
        kept = self._rows[: self._n]
        kept = kept[kept[:, STEP].astype(np.int64) % self.stride == 0]
        self._n = len(kept)
        self._rows[: self._n] = kept

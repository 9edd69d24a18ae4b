"""A run's history for the plots: bounded memory however long the run. Qt-free.

Rows are (step, SSR, one gradient per parameter, the parameters, step size), the parameters
named by the run's cell (five for the RNN, twelve for the LSTM). When the table reaches its
capacity, every other row is dropped and from then on only every ``stride``-th step is kept, so a
million-step run costs the same memory as a fifty-thousand-step one (the plots cannot show more
points than pixels anyway). The most recent row is always exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..engine import PARAM_NAMES, StepRecord

STEP, LOSS = 0, 1  # the same for every cell; the rest depends on the number of parameters


@dataclass(frozen=True)
class Columns:
    """Where each figure sits in a row, for a cell with these parameter names."""

    names: tuple[str, ...]

    @property
    def grads(self) -> slice:
        return slice(2, 2 + len(self.names))

    @property
    def params(self) -> slice:
        return slice(2 + len(self.names), 2 + 2 * len(self.names))

    @property
    def step_size(self) -> int:
        return 2 + 2 * len(self.names)

    @property
    def count(self) -> int:
        return 3 + 2 * len(self.names)

    @property
    def headers(self) -> tuple[str, ...]:
        return ("step", "SSR") + tuple(f"dSSR/d{n}" for n in self.names) + self.names + (
            "step size",
        )

    def grad(self, name: str) -> int:
        return 2 + self.names.index(name)

    def param(self, name: str) -> int:
        return 2 + len(self.names) + self.names.index(name)


# The RNN's layout, for callers that know they look at the lesson's five parameters.
RNN_COLUMNS = Columns(PARAM_NAMES)
COLUMNS = RNN_COLUMNS.headers
N_COLUMNS = RNN_COLUMNS.count
GRADS = RNN_COLUMNS.grads
PARAMS = RNN_COLUMNS.params
STEP_SIZE = RNN_COLUMNS.step_size


def records_to_rows(records: list[StepRecord]) -> np.ndarray:
    """Step records as a (n, 3 + 2 x parameters) float array: the compact copy the worker sends.

    One flat list and one array call: per-row NumPy assignments cost more than the step itself.
    """
    if not records:
        return np.empty((0, 0))
    flat: list[float] = []
    extend = flat.extend
    for r in records:
        extend((r.step, r.loss))
        extend(r.grads.as_tuple())
        extend(r.params.as_tuple())
        flat.append(r.step_size)
    return np.array(flat, dtype=float).reshape(len(records), -1)


@dataclass
class RunHistory:
    capacity: int = 50_000
    names: tuple[str, ...] = field(default=PARAM_NAMES)

    def __post_init__(self) -> None:
        self._layout(self.names)
        self._n = 0
        self.stride = 1
        self.last: np.ndarray | None = None
        # Changes whenever kept rows change (clear, thinning): the plots summarise the kept
        # rows once and only add new ones while the generation stays the same.
        self.generation = 0

    def _layout(self, names: tuple[str, ...]) -> None:
        self.names = tuple(names)
        self.columns = Columns(self.names)
        # one spare row: drawable() puts the exact latest row there without copying the table
        self._rows = np.empty((self.capacity + 1, self.columns.count))

    def clear(self, names: tuple[str, ...] | None = None) -> None:
        """Forget every row; ``names`` switches to another cell's parameters."""
        if names is not None and tuple(names) != self.names:
            self._layout(names)
        self._n = 0
        self.stride = 1
        self.last = None
        self.generation += 1

    def __len__(self) -> int:
        return self._n

    def copy(self) -> RunHistory:
        """An independent copy (a run set aside by a fork, to come back on Undo). Its generation
        is new, so a plot that summarised this history's rows summarises the copy's afresh."""
        twin = RunHistory(capacity=self.capacity, names=self.names)
        twin._rows[: self._n] = self._rows[: self._n]
        twin._n, twin.stride = self._n, self.stride
        twin.last = None if self.last is None else self.last.copy()
        twin.generation = self.generation + 1
        return twin

    @property
    def rows(self) -> np.ndarray:
        """The kept rows (a view: copy it before keeping it)."""
        return self._rows[: self._n]

    def column(self, index: int | slice) -> np.ndarray:
        return self._rows[: self._n, index]

    def append(self, rows: np.ndarray) -> None:
        if not len(rows):
            return
        if rows.shape[1] != self.columns.count:
            raise ValueError(
                f"rows of {rows.shape[1]} columns for a history of {', '.join(self.names)}"
            )
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
        header = ",".join(self.columns.headers)
        rows = self.drawable()
        fmt = ["%d"] + ["%.17g"] * (self.columns.count - 1)
        np.savetxt(path, rows, delimiter=",", header=header, comments="", fmt=fmt)

    def _halve(self) -> None:
        self.stride *= 2
        self.generation += 1
        kept = self._rows[: self._n]
        kept = kept[kept[:, STEP].astype(np.int64) % self.stride == 0]
        self._n = len(kept)
        self._rows[: self._n] = kept

"""Compute a stability map off the GUI thread (a QThreadPool job, as grid_job.py does for a
landscape), reporting progress and handing the map back by signal.

A map is thousands of runs trained at once in NumPy: about a second, not a run to pace or watch,
so it takes the same one-lane pool as the landscapes, not the run worker. A newer request makes
the running map stale: its progress callback notices and stops it early, so a teacher dragging a
value never waits for maps nobody will see.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..engine.stability import StabilityMap, days_map, stability_map
from ..model.presets import HIGH, LOW
from .pacing import DIAGNOSIS_WINDOW

LR_MAP, DAYS_MAP = "learning_rate", "days"


def first_day_data(days: int) -> tuple[list[tuple[float, ...]], list[float]]:
    """The presets' first-day-matters data (presets._first_day_matters) at any number of days:
    two sequences equal but for day 1, whose value is the target, so only a signal that survives
    days - 1 trips around the loop can tell them apart."""
    quiet = (0.0,) * (int(days) - 1)
    return [(HIGH,) + quiet, (LOW,) + quiet], [HIGH, LOW]


@dataclass(frozen=True)
class MapRequest:
    """Everything a map depends on: equal requests give equal maps (the page skips repeats)."""

    kind: str  # LR_MAP | DAYS_MAP
    start: Any  # RNNParams: the run's start; w2 is replaced by each row's value
    sequences: tuple[tuple[float, ...], ...]  # the project's data (LR_MAP)
    targets: tuple[float, ...]
    w2_values: tuple[float, ...]
    columns: tuple[float, ...]  # learning rates (LR_MAP) or numbers of days (DAYS_MAP)
    learning_rate: float  # of every run of a DAYS_MAP
    steps: int
    activation: str

    def compute(self, progress=None) -> StabilityMap:
        if self.kind == LR_MAP:
            return stability_map(self.start, self.sequences, self.targets, self.w2_values,
                                 self.columns, self.steps, self.activation, DIAGNOSIS_WINDOW,
                                 progress)
        return days_map(self.start, first_day_data, self.w2_values,
                        np.asarray(self.columns, dtype=int), self.learning_rate, self.steps,
                        self.activation, DIAGNOSIS_WINDOW, progress)


class StabilityResult(QObject):
    """Lives on the GUI thread; its signals, emitted from the pool thread, arrive queued."""

    ready = Signal(int, object, object)  # generation, MapRequest, StabilityMap
    progress = Signal(int, float)  # generation, share done (0..1)
    failed = Signal(int, str)  # generation, a message for the user


class _Stale(Exception):
    """A newer map was asked for: this one stops where it is."""


class _MapJob(QRunnable):
    def __init__(self, computer: StabilityComputer, generation: int, request: MapRequest) -> None:
        super().__init__()
        self._computer, self._generation, self._request = computer, generation, request
        self._result = computer.result

    def _progress(self, share: float) -> None:
        if self._computer.generation != self._generation:  # an int read: safe across threads
            raise _Stale
        self._result.progress.emit(self._generation, float(share))

    def run(self) -> None:  # on the pool thread: NumPy only, no widgets
        try:
            answer = self._request.compute(self._progress)
        except _Stale:
            return
        except Exception as error:  # a bug must not leave the page waiting forever
            self._result.failed.emit(self._generation, f"{type(error).__name__}: {error}"[:200])
            return
        self._result.ready.emit(self._generation, self._request, answer)


class StabilityComputer(QObject):
    """One background lane: a newer request makes older answers stale (they are dropped)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.result = StabilityResult(self)
        self.generation = 0

    def request(self, request: MapRequest) -> int:
        self.generation += 1
        self.pool.clear()  # queued but not started: no longer wanted
        self.pool.start(_MapJob(self, self.generation, request))
        return self.generation

    def cancel(self) -> None:
        """Drop whatever is queued or running (its answer would be stale)."""
        self.generation += 1
        self.pool.clear()

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

"""Compute a loss landscape off the GUI thread (a QThreadPool job) and hand it back by signal.

A landscape is one NumPy computation, not a run to pace, pause or watch: Qt's thread pool (one
lane) is the well-kept machinery for that, where runs go through ``worker.py``. Like a run, a
failing computation says so (``failed``) instead of leaving the page waiting forever.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..engine.landscape import ssr_over_grid


class GridResult(QObject):
    """Lives on the GUI thread; its signal, emitted from the pool thread, arrives queued."""

    ready = Signal(int, object, object)  # generation, axes dict, SSR array
    failed = Signal(int, str)  # generation, a message for the user


class _GridJob(QRunnable):
    def __init__(self, result: GridResult, generation: int, params: Any, sequences, targets,
                 axes: dict, activation: str) -> None:
        super().__init__()
        self._args = (params, sequences, targets, axes, activation)
        self._result, self._generation = result, generation

    def run(self) -> None:  # on the pool thread: NumPy only, no widgets
        try:
            ssr = ssr_over_grid(*self._args)
        except Exception as error:  # a bug must not leave the page waiting forever
            self._result.failed.emit(self._generation, f"{type(error).__name__}: {error}"[:200])
            return
        self._result.ready.emit(self._generation, self._args[3], ssr)


class GridComputer(QObject):
    """One background lane: a newer request makes older answers stale (they are dropped)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.result = GridResult(self)
        self.generation = 0

    def request(self, params: Any, sequences, targets, axes: dict, activation: str) -> int:
        self.generation += 1
        self.pool.clear()  # queued but not started: no longer wanted
        self.pool.start(
            _GridJob(self.result, self.generation, params, sequences, targets, axes, activation)
        )
        return self.generation

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

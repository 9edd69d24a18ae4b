"""Replay a long stretch of a run off the GUI thread (the timeline's exact parameters).

A replay is one computation, not a run to watch: like the landscapes (``grid_job.py``) it goes
to a one-lane QThreadPool and comes back by signal. Scrubbing asks again and again; a newer
request makes older answers stale, and it cancels a replay already running (the engine's loop
looks at the flag every ``replay``'s ``every`` steps), so the lane never queues up old work and
closing the window waits a few milliseconds at most.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .timeline import ReplayPlan, replay


class ReplayResult(QObject):
    """Lives on the GUI thread; signals emitted from the pool thread arrive queued."""

    ready = Signal(int, int, object)  # generation, step, parameters
    progress = Signal(int, int)  # generation, steps replayed so far
    failed = Signal(int, str)  # generation, a message for the user


class _ReplayJob(QRunnable):
    def __init__(self, result: ReplayResult, generation: int, plan: ReplayPlan,
                 cancel: threading.Event) -> None:
        super().__init__()
        self._result, self._generation, self._plan, self._cancel = result, generation, plan, cancel

    def run(self) -> None:  # on the pool thread: the engine only, no widgets
        try:
            params = None
            for item in replay(self._plan, self._cancel.is_set):
                if isinstance(item, int):
                    self._result.progress.emit(self._generation, item - self._plan.origin)
                else:
                    params = item
        except Exception as error:  # a bug must not leave the slider waiting forever
            self._result.failed.emit(self._generation, f"{type(error).__name__}: {error}"[:200])
            return
        if params is not None and not self._cancel.is_set():
            self._result.ready.emit(self._generation, self._plan.target, params)


class ReplayComputer(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.result = ReplayResult(self)
        self.generation = 0
        self._cancel = threading.Event()

    def request(self, plan: ReplayPlan) -> int:
        self.cancel()
        self.generation += 1
        self._cancel = threading.Event()
        self.pool.start(_ReplayJob(self.result, self.generation, plan, self._cancel))
        return self.generation

    def cancel(self) -> None:
        """Drop what is queued and stop what runs: its answer would be stale."""
        self._cancel.set()
        self.pool.clear()

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

"""The one worker: pumps any job's steps on a QThread and hands the GUI throttled copies.

Every run of the app goes through it: the training panel's run and the side-by-side runs (the
landscape grids are one-shot computations on a QThreadPool lane, see ``grid_job.py``). Why the
throttle and the hand-shake: the training loop is pure Python and holds the interpreter lock
almost all the time, while the GUI thread needs it for every Python call of a repaint. The worker
therefore (1) cuts about ``1 / FRAME`` chunks a second, each a compact copy of the new steps made
by the job on this thread, and (2) after each chunk waits, lock released, until the GUI thread
says it has taken the chunk and repainted, looking at the stop flag every ``ACK_TIMEOUT``: the
two threads take turns instead of fighting over the lock (numbers and reasons: ``pacing.py``).

An exception in the engine never leaves a dead thread: the worker sends ``failed`` with a message
for the user, and the last chunk it sent holds the last good parameters.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal, Slot

from .jobs import Job
from .pacing import ACK_TIMEOUT, FRAME, MIN_CHUNK_INTERVAL, SWITCH_INTERVAL
from .run_control import RunControl


class RunWorker(QObject):
    # Each signal carries the worker's run id: QObject.sender() cannot tell workers apart
    # reliably (a new worker may reuse a deleted one's address and PySide hands back the old
    # wrapper), and late signals of a stopped run must be dropped.
    chunkReady = Signal(int, object)  # run id, job.take(...)
    finished = Signal(int, object)  # run id, job.result(...)
    failed = Signal(int, str)  # run id, a message for the user

    def __init__(self, job: Job, control: RunControl, run_id: int = 0) -> None:
        super().__init__()
        self.job = job
        self.control = control
        self.run_id = int(run_id)
        self._ack = threading.Event()
        self._buffer: list = []
        self._last_flush = time.monotonic()  # for the rate: real time, waits included
        self._next_flush = 0.0

    def acknowledge(self) -> None:
        """Called from the GUI thread once a chunk is on screen: the worker may go on."""
        self._ack.set()

    @Slot()
    def run(self) -> None:
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)
        try:
            stopped = self._pump()
            self._flush()
            result = self.job.result(stopped)
        except Exception as error:  # the engine's bug must not become a dead thread
            try:
                self._flush()  # the good steps before the failure: the last good parameters
            except Exception:  # noqa: BLE001 - the failure below is what the user is told
                pass
            self.failed.emit(self.run_id, _describe(error))
            return
        self.finished.emit(self.run_id, result)

    def _pump(self) -> bool:
        """Run the job's steps until they end (False) or the run is stopped (True)."""
        control = self.control
        buffer = self._buffer
        clock = time.monotonic
        steps = self.job.steps()
        self._last_flush = clock()
        self._next_flush = self._last_flush + MIN_CHUNK_INTERVAL
        while control.wait_for_permission(on_idle=self._flush):
            try:
                item = next(steps)
            except StopIteration:
                return False
            buffer.append(item)
            if control.paused or control.every_step:  # Step, or slow enough to watch each one
                self._flush(wait=not control.paused)
                continue
            if clock() >= self._next_flush:
                self._flush(wait=True)
        return True

    def _flush(self, wait: bool = False) -> None:
        if not self._buffer:
            return
        items, self._buffer[:] = list(self._buffer), []
        now = time.monotonic()
        # Steps per second over the real time since the last chunk, waits included: honest.
        rate = len(items) / max(now - self._last_flush, 1e-9)
        self._last_flush = now
        payload = self.job.take(items, rate)
        self._ack.clear()
        self.chunkReady.emit(self.run_id, payload)
        if wait:
            # At most one chunk in flight: however slow the GUI thread, chunks never queue up
            # faster than it takes them. Stop always wakes this wait (the owner acknowledges).
            while not self._ack.wait(ACK_TIMEOUT):
                if self.control.stopped:
                    break
        # One frame after this chunk was cut, but never less than MIN_CHUNK_INTERVAL of
        # training after the wait: a slow repaint must not make the next chunk tiny.
        self._next_flush = max(now + FRAME, time.monotonic() + MIN_CHUNK_INTERVAL)


def _describe(error: BaseException) -> str:
    """One line for the status bar; the traceback goes to stderr for a bug report."""
    traceback.print_exception(error, file=sys.stderr)
    text = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    name = type(error).__name__
    return f"{name}: {text}" if text else name

"""Pause, step and stop for a training loop on another thread, without Qt (Orange3's habit).

The loop asks ``wait_for_permission()`` before every step; the GUI thread calls ``pause``,
``resume``, ``step`` and ``stop``. All of it is plain ``threading`` so it can be tested headless.
"""

from __future__ import annotations

import threading


class RunControl:
    def __init__(self, paused: bool = False, budget: int = 0) -> None:
        self._cond = threading.Condition()
        self._paused = paused
        self._budget = budget  # steps allowed while paused (the Step button)
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        with self._cond:
            self._paused = True
            self._budget = 0

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    def step(self, n: int = 1) -> None:
        with self._cond:
            self._paused = True
            self._budget += n
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def wait_for_permission(self, on_idle=None) -> bool:
        """True when the next step may run; False when the run must end.

        While paused with nothing to do, ``on_idle`` runs once (to flush what was computed)
        before the thread sleeps, so the GUI sees every step before the pause.
        """
        if not self._paused and not self._stopped:
            return True  # the fast path: no lock taken on every step of a free run
        with self._cond:
            flushed = False
            while not self._stopped and self._paused and self._budget == 0:
                if on_idle is not None and not flushed:
                    self._cond.release()
                    try:
                        on_idle()
                    finally:
                        self._cond.acquire()
                    flushed = True
                    continue
                self._cond.wait(0.25)
            if self._stopped:
                return False
            if self._paused:
                self._budget -= 1
            return True

    @property
    def stepping(self) -> bool:
        """True while the run is paused and executes Step requests one by one."""
        return self._paused

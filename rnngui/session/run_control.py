"""Pause, step, stop and speed for a training loop on another thread, without Qt (Orange3's habit).

The loop asks ``wait_for_permission()`` before every step; the GUI thread calls ``pause``,
``resume``, ``step``, ``stop`` and ``set_speed``. All of it is plain ``threading`` so it can be
tested headless.
"""

from __future__ import annotations

import threading
import time

from .pacing import EVERY_STEP_SPEED


class RunControl:
    def __init__(
        self, paused: bool = False, budget: int = 0, steps_per_second: float | None = None
    ) -> None:
        self._cond = threading.Condition()
        self._paused = paused
        self._budget = budget  # steps allowed while paused (the Step button)
        self._stopped = False
        self._interval = 0.0  # seconds between steps; 0 = flat out
        self._due = 0.0  # time.monotonic() when the next step may run
        self.set_speed(steps_per_second)

    def set_speed(self, steps_per_second: float | None) -> None:
        """At most this many steps a second (None or inf: flat out); takes effect at once."""
        with self._cond:
            if steps_per_second is None or steps_per_second == float("inf"):
                self._interval = 0.0
            else:
                self._interval = 1.0 / max(float(steps_per_second), 1e-3)
            self._due = min(self._due, time.monotonic() + self._interval)
            self._cond.notify_all()

    @property
    def every_step(self) -> bool:
        """Slow enough that every step should be shown on its own."""
        return self._interval >= 1.0 / EVERY_STEP_SPEED

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
        if not self._paused and not self._stopped and not self._interval:
            return True  # the fast path: no lock taken on every step of a free run
        with self._cond:
            flushed = False
            while not self._stopped:
                if self._paused and self._budget == 0:
                    if on_idle is not None and not flushed:
                        self._cond.release()
                        try:
                            on_idle()
                        finally:
                            self._cond.acquire()
                        flushed = True
                        continue
                    self._cond.wait(0.25)
                    continue
                if self._paused:  # a Step: never held back by the speed limit
                    self._budget -= 1
                    return True
                now = time.monotonic()
                if self._interval and now < self._due:
                    self._cond.wait(min(self._due - now, 0.25))  # pause and stop wake it
                    continue
                self._due = max(now, self._due) + self._interval if self._interval else now
                return True
            return False

    @property
    def stepping(self) -> bool:
        """True while the run is paused and executes Step requests one by one."""
        return self._paused

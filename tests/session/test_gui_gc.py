"""Garbage is collected on the GUI thread only (a collection on the training thread deadlocked)."""

from __future__ import annotations

import gc
import threading

from rnngui.session.state import AppState


class Cycle:
    """A reference cycle that records which thread finally collects it."""

    collected_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.collected_on.append(threading.current_thread().name)


def test_cycles_are_collected_on_the_gui_thread_while_training(qtbot):
    state = AppState()
    assert not gc.isenabled()  # no automatic collection in whatever thread allocates
    Cycle.collected_on.clear()
    state.start_training()  # the worker allocates step records as fast as it can
    for _ in range(2000):
        Cycle()
    qtbot.waitUntil(lambda: len(Cycle.collected_on) == 2000, timeout=10000)
    state.shutdown()
    assert set(Cycle.collected_on) == {threading.main_thread().name}

"""Garbage is collected on the GUI thread only (a collection on the training thread deadlocked)."""

from __future__ import annotations

import gc
import threading
import weakref

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


def test_cycles_are_collected_even_when_frees_balance_allocations(qtbot):
    """pyqtgraph's collector waits for gen-0's count (allocations minus frees) to pass 700: a
    closed window's thousands of frees zeroed it and 2,000 cycles were never collected."""
    AppState()  # installs the collector
    Cycle.collected_on.clear()
    balance = [[] for _ in range(5000)]
    gc.collect(0)  # the balance now lives in an older generation; the young count starts at 0
    for _ in range(2000):
        Cycle()
    del balance  # frees more tracked objects than the cycles allocated: the count drops to 0
    assert gc.get_count()[0] < gc.get_threshold()[0]
    qtbot.waitUntil(lambda: len(Cycle.collected_on) == 2000, timeout=5000)


def test_the_collector_goes_with_the_application(qtbot):
    """Its timer is the application's child: nothing of it is left for the interpreter's
    teardown, after the QApplication, to destroy."""
    from PySide6.QtWidgets import QApplication

    from rnngui.session.gui_gc import collect_on_gui_thread

    collector = collect_on_gui_thread()
    assert collector.timer.parent() is QApplication.instance()
    assert collector.timer.isActive()


def test_a_state_with_undo_steps_and_a_run_is_freed_without_the_collector(qtbot):
    """Its commands and its run pointed back at it: a cycle, so only the collector freed it, in
    an order that could hand a command back to Python before the undo stack was destroyed
    (SIGSEGV in QUndoStack::clear, seen in the collection at the end of the suite). Reference
    counting frees it in Qt's order: the stack deletes its commands."""
    freed = weakref.ref(_state_with_an_undo_step_and_a_run(qtbot))
    gc.disable()  # as the app runs: nothing may be collected from here on
    assert freed() is None


def _state_with_an_undo_step_and_a_run(qtbot) -> AppState:
    from dataclasses import replace

    state = AppState()
    state.set_params(replace(state.params, w1=0.25), "Edit weights")
    state.step()
    qtbot.waitUntil(lambda: len(state.history) == 1, timeout=10000)
    state.shutdown()
    assert state.undo_stack.count() >= 1
    gc.collect()  # what the test's own frames made goes first
    return state

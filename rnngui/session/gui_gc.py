"""Python's cyclic garbage collector runs only on the GUI thread while RNN Lab is open.

Why: the collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is the training thread and the garbage holds a Qt widget, the widget's C++ destructor runs
off the GUI thread: Qt takes its mutex there and then waits for the interpreter lock, while the
GUI thread holds the lock and waits for the same mutex — a deadlock (seen in the test suite, with
py-spy: gc_collect_main -> QObject::~QObject on the worker). pyqtgraph's GarbageCollector turns
automatic collection off and collects on a GUI-thread timer instead.
"""

from __future__ import annotations

from pyqtgraph.util.garbage_collector import GarbageCollector

COLLECT_INTERVAL_S = 0.5

_collector: GarbageCollector | None = None


def collect_on_gui_thread() -> GarbageCollector:
    """Install the collector once per process (call from the GUI thread, a QApplication exists)."""
    global _collector
    if _collector is None:
        _collector = GarbageCollector(interval=COLLECT_INTERVAL_S)
    return _collector

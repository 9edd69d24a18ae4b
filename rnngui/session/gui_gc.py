"""Python's cyclic garbage collector runs only on the GUI thread while RNN Lab is open.

Why: the collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is the training thread and the garbage holds a Qt widget, the widget's C++ destructor runs
off the GUI thread: Qt takes its mutex there and then waits for the interpreter lock, while the
GUI thread holds the lock and waits for the same mutex — a deadlock (seen in the test suite, with
py-spy: gc_collect_main -> QObject::~QObject on the worker). So automatic collection is off and a
GUI-thread timer collects instead.

Why not pyqtgraph's GarbageCollector, which does the same: it collects the youngest generation
only when its count is above the threshold, and that count is allocations *minus* frees. A
training run allocates and frees step records at the same rate, and closing a window frees
thousands of objects at once, so the count can sit near zero for minutes while cycles pile up
uncollected (seen: 2,000 cycles, a closed window's objects among them, never collected; they all
went at once in the final collection at exit, a crash's best chance). Here the youngest
generation is collected on every tick, whatever the count says — cheap, since it holds only what
was made since the last tick — and the older ones on Python's own schedule.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

COLLECT_INTERVAL_S = 0.5


class GuiThreadCollector:
    """Collects on a timer owned by the application, so it goes with the application at exit
    (a parentless QTimer left to the interpreter's teardown outlives its event dispatcher)."""

    def __init__(self, app: QCoreApplication, interval_s: float = COLLECT_INTERVAL_S) -> None:
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(app)
        self.timer.setObjectName("guiThreadCollector")
        self.timer.timeout.connect(self.collect)
        self.timer.start(int(interval_s * 1000))

    def collect(self) -> int:
        """One collection: an older generation when Python would have collected it by now."""
        _, older, oldest = gc.get_count()
        generation = 0
        if older > self.threshold[1]:
            generation = 2 if oldest > self.threshold[2] else 1
        return gc.collect(generation)


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread() -> GuiThreadCollector:
    """Install the collector once per application (call from the GUI thread, a QApplication
    exists); a new one if the application it belonged to is gone."""
    global _collector
    app = QCoreApplication.instance()
    if _collector is None or not _alive(_collector.timer):
        _collector = GuiThreadCollector(app)
    return _collector


def _alive(timer: QTimer) -> bool:
    try:
        return timer.parent() is not None
    except RuntimeError:  # its C++ object went with the application
        return False

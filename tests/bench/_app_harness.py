"""Shared set-up for the GUI benchmarks: the real main window, offscreen unless told otherwise."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and the crash-recovery file go to a throwaway folder: a benchmark killed mid-run must
# not leave the real app a recovery file to offer (a modal question that waits for a click).
os.environ.setdefault("RNNLAB_DATA_DIR", tempfile.mkdtemp(prefix="rnnlab-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


class PanelWindow:
    """The training panel alone on its state: separates its cost from the other views'."""

    def __init__(self) -> None:
        from rnngui.session.state import AppState
        from rnngui.ui.training.panel import TrainingPanel

        self.state = AppState()
        self.training_panel = TrainingPanel(self.state)
        self.training_panel.resize(520, 900)

    def show(self) -> None:
        self.training_panel.show()

    def close(self) -> None:
        self.training_panel.close()


def make_window(document=None, max_steps: int = 10_000_000, panel_only: bool = False,
                size: tuple[int, int] | None = None):
    """A shown MainWindow with the app's interpreter settings (as rnngui.app.main sets them);
    ``size``: the window's size instead of its default (e.g. full HD, as on a projector)."""
    from rnngui.app import SWITCH_INTERVAL, make_application
    from rnngui.ui import prompts
    from rnngui.ui.main_window import MainWindow

    prompts.HEADLESS = True  # no one clicks during a benchmark, even on a real display (Xvfb)

    sys.setswitchinterval(SWITCH_INTERVAL)
    app = make_application(sys.argv[:1])
    window = PanelWindow() if panel_only else MainWindow()
    if document is not None:
        window.state.replace_document(document)
    state = window.state
    # flat out: presets pick a speed a class can watch; a benchmark measures the engine's pace
    state.set_training(replace(state.document.training, max_steps=max_steps, speed=None))
    if size is not None:
        window.resize(*size)
    window.show()
    for _ in range(20):
        app.processEvents()
    return app, window


def run_until(app, predicate, timeout: float) -> float:
    """Run the real event loop until ``predicate()`` or ``timeout`` seconds; returns the time."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: predicate() and loop.quit())
    poll.start(20)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    t0 = time.perf_counter()
    loop.exec()
    poll.stop()
    return time.perf_counter() - t0


def headless_slice(document, seconds: float) -> tuple[int, float]:
    """Steps and seconds of the engine in a plain loop (its ``train`` generator, nothing else)
    for about ``seconds``: the reference the app's speed is compared with."""
    from rnngui.engine import train

    sequences, targets = document.training_data()
    config = replace(document.training_config(), max_steps=10_000_000)
    steps, t0 = 0, time.perf_counter()
    for _record in train(document.params, sequences, targets, config):
        steps += 1
        if steps % 500 == 0 and time.perf_counter() - t0 > seconds:
            break
    return steps, time.perf_counter() - t0


def load() -> str:
    return "load average " + ", ".join(f"{v:.2f}" for v in os.getloadavg())

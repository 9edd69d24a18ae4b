"""Quitting never crashes: the app started and quit through its real main() 50 times, in fresh
processes (the interpreter's own teardown included, where a crash at exit happens), two at a time.

The quit comes from inside the event loop, as a user's would, in three situations: while training
runs on its thread, while a landscape is being computed on the thread pool, and idle. A crash in
teardown (SIGSEGV: exit -11, or a fatal Python error) fails the test with faulthandler's traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("RNNLAB_QUIT_RUNS", "50"))  # fewer only to debug it
AT_ONCE = 2

QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from rnngui import app as rnn_app

qt = rnn_app.make_application(sys.argv[:1])
mode = int(sys.argv[1]) % 3


def act():
    from rnngui.ui.main_window import MainWindow

    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if mode == 0:
        window.state.start_training()
    elif mode == 1:
        lab = window.gradient_lab
        window.tabs.setCurrentWidget(lab)
        lab.tabs.setCurrentWidget(lab.landscape_2d)
    QTimer.singleShot(100, window.close)  # the user closes the window: the app quits


QTimer.singleShot(0, act)  # runs once main()'s event loop is going
sys.exit(rnn_app.main([]))
"""


def quit_once(index: int, data: Path) -> tuple[int, int, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "RNNLAB_DATA_DIR": str(data / str(index)),
        "PYTHONFAULTHANDLER": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", QUIT, str(index)], env=env, capture_output=True, text=True,
        timeout=120,
    )
    return index, done.returncode, done.stderr


@pytest.mark.timeout(900)  # about 60 s on an idle 2-core machine; far more under load
def test_the_app_quits_cleanly_fifty_times(tmp_path):
    start = time.monotonic()
    with ThreadPoolExecutor(AT_ONCE) as pool:
        results = list(pool.map(lambda i: quit_once(i, tmp_path), range(RUNS)))
    failed = [(i, code, err[-2000:]) for i, code, err in results
              if code != 0 or "Fatal Python error" in err or "Traceback" in err]
    assert not failed, f"{len(failed)} of {RUNS} quits failed; first: {failed[0]}"
    print(f"{RUNS} quits in {time.monotonic() - start:.1f} s")


LEFT_OVER = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rnngui.ui.main_window import MainWindow
from rnngui.ui.teardown import release_widgets
kept = []
for _ in range(2):  # closed windows still referenced, as a reference cycle keeps them
    window = MainWindow()
    window.show()
    app.processEvents()
    window.state.shutdown()
    window.close()
    kept.append(window)
assert len(app.topLevelWidgets()) > 2  # the window plus pyqtgraph's parentless menus
release_widgets(app)
print("left", len(app.topLevelWidgets()))
"""


def test_release_widgets_leaves_nothing_for_the_interpreters_teardown(tmp_path):
    """What the suite's session end and the app's quit rely on: after release_widgets no
    top-level widget is left for PySide6's teardown to delete in an arbitrary order (which gdb
    showed crashing in ~QGraphicsWidget when a plot's parentless menus went before its scene)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "RNNLAB_DATA_DIR": str(tmp_path), "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run([sys.executable, "-c", LEFT_OVER], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "left 0" in done.stdout

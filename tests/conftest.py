"""Shared fixtures. Qt runs offscreen; any test that leaves a QThread running fails.

This file imports no Qt: the engine and model tests run where PySide6 is not installed
(tests/model/test_no_qt.py proves it). The QThread bookkeeping starts only once a test module
has loaded Qt, which collection does before any fixture runs.
"""

from __future__ import annotations

import os
import sys
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Recovery files and settings (recent files) go to a throw-away folder, never the user's home.
# pytest-xdist's workers inherit the folder of the process that started them: each takes a folder
# of its own inside it, or one worker's autosave would be another's window at start.
_data_dir = os.environ.get("RNNLAB_DATA_DIR") or __import__("tempfile").mkdtemp(prefix="rnnlab-tests-")
if os.environ.get("PYTEST_XDIST_WORKER"):
    _data_dir = os.path.join(_data_dir, os.environ["PYTEST_XDIST_WORKER"])
    os.makedirs(_data_dir, exist_ok=True)
os.environ["RNNLAB_DATA_DIR"] = _data_dir

import pytest  # noqa: E402

_started_threads: list[weakref.ref] = []


def _record_thread_starts() -> None:
    from PySide6.QtCore import QThread

    if getattr(QThread.start, "_rnnlab_recording", False):
        return
    original = QThread.start

    def start(self, *args, **kwargs):
        _started_threads.append(weakref.ref(self))
        return original(self, *args, **kwargs)

    start._rnnlab_recording = True  # type: ignore[attr-defined]
    QThread.start = start  # type: ignore[method-assign]


def pytest_collection_finish(session) -> None:
    if "PySide6.QtCore" in sys.modules:
        _record_thread_starts()


@pytest.fixture(autouse=True)
def no_thread_left_running(request):
    """napari's habit: a test must join every QThread it started."""
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    _record_thread_starts()
    _started_threads.clear()
    yield
    running = []
    for ref in _started_threads:
        thread = ref()
        try:
            if thread is not None and thread.isRunning():
                running.append(thread)
        except RuntimeError:  # the C++ object is gone: not running
            continue
    for thread in running:
        thread.wait(2000)
    _started_threads.clear()
    if running:
        pytest.fail(f"{len(running)} QThread(s) left running by {request.node.name}")


@pytest.fixture
def window(qtbot):
    """The real main window; kept alive (strong reference) until its training thread is joined."""
    import tempfile

    from rnngui.ui.main_window import MainWindow

    # Each test's window starts as on a fresh machine: a window size another test left in the
    # settings (796 px: the panels became tabs), or its autosaved project, would change what
    # this one shows. Within the test the folder stays (a second window finds the first's).
    before = os.environ["RNNLAB_DATA_DIR"]
    os.environ["RNNLAB_DATA_DIR"] = tempfile.mkdtemp(dir=before)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.state.shutdown()
    win.close()
    os.environ["RNNLAB_DATA_DIR"] = before


def pytest_sessionfinish(session, exitstatus) -> None:
    """Delete what the tests left (closed windows a cycle keeps, the last test's deleteLater)
    while the QApplication exists, windows first: left to the interpreter's teardown they are
    destroyed in an arbitrary order, which can crash after every test passed (rnngui/ui/teardown)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        from rnngui.ui.teardown import release_widgets

        release_widgets(app)

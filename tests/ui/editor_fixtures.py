"""One main window shared by a test module, reset before each test (a window takes ~1.5 s to
build on this machine; the editor's tests need a fresh document, not a fresh window)."""

from __future__ import annotations

import pytest

from rnngui.model.presets import statland


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):
    import os

    from rnngui.ui.main_window import MainWindow

    old = os.environ.get("RNNLAB_DATA_DIR")
    os.environ["RNNLAB_DATA_DIR"] = str(tmp_path_factory.mktemp("rnnlab-data"))
    win = MainWindow()
    if old is not None:
        os.environ["RNNLAB_DATA_DIR"] = old
    win.show()
    yield win
    win.state.shutdown()
    win.close()


@pytest.fixture
def window(shared_window, qtbot):
    """The shared window with StatLand loaded, nothing to undo, saved, no file, no message."""
    win = shared_window
    win.state.shutdown()
    win.file_actions._load(statland())
    win.file_actions._set_path(None)
    win.sequence_editor.table.clearSelection()
    win.sequence_editor.clear_error()
    win.statusBar().clearMessage()
    qtbot.waitExposed(win)
    yield win
    win.state.shutdown()
    for dialog in win.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QDialog):
        dialog.reject()

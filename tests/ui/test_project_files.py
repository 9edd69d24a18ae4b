"""Project files through the real window: open, save, unsaved-changes prompts, recent files, CSV
import, crash recovery and `python main.py FILE`."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rnngui.model import project_file
from rnngui.model.document import SequenceData
from rnngui.model.examples import EXAMPLES_DIR
from rnngui.model.presets import companies, statland
from rnngui.ui import file_actions as file_actions_module
from rnngui.ui import prompts

from .editor_fixtures import shared_window, window  # noqa: F401 - fixtures
from .sequences.test_sequence_editor import BLUE_RED, type_into_cell

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def answers(monkeypatch):
    """Answer the unsaved-changes question from a list; fail if asked more than expected."""
    given: list[str] = []
    asked: list[str] = []

    def ask(parent, name):
        asked.append(name)
        assert given, f"unexpected unsaved-changes prompt for {name}"
        return given.pop(0)

    monkeypatch.setattr(prompts, "ask_save_changes", ask)
    return given, asked


def test_save_and_open_round_trip_through_the_window(window, qtbot, tmp_path):
    window.file_actions.load_preset(BLUE_RED)
    type_into_cell(qtbot, window.sequence_editor.table, 0, 1, "0.4")
    edited = window.state.document
    assert window.isWindowModified() and window.windowTitle().startswith("Blue and Red[*]")
    path = tmp_path / "companies.rnnlab"
    assert window.save_file(path)
    assert not window.isWindowModified()
    assert window.windowTitle() == "companies.rnnlab[*] — RNN Lab"
    assert project_file.load(path) == edited
    window.file_actions.new()
    assert len(window.state.document.sequences) == 1
    assert window.open_file(path)
    assert window.state.document == edited
    assert not window.state.undo_stack.canUndo()  # opening is a fresh start, not an edit
    assert "Opened companies.rnnlab" in window.statusBar().currentMessage()


def test_unsaved_changes_prompt_on_new_open_and_close(window, qtbot, tmp_path, answers):
    given, asked = answers
    other = tmp_path / "other.rnnlab"
    project_file.save(other, companies())
    window.state.set_sequences((SequenceData("mine", (0.3,)),), "edit")
    given.append(prompts.CANCEL)
    assert not window.file_actions.new()
    assert window.state.document.sequences[0].name == "mine"
    given.append(prompts.CANCEL)
    assert not window.open_file(other)
    assert window.state.document.sequences[0].name == "mine"
    given.append(prompts.CANCEL)
    assert not window.close() and window.isVisible()  # Cancel keeps the window open
    given.append(prompts.DISCARD)
    assert window.open_file(other) and window.state.document == companies()
    window.state.set_sequences((SequenceData("again", (0.3,)),), "edit")
    saved = tmp_path / "saved.rnnlab"
    monkeypatch_dialog = file_actions_module.QFileDialog
    original = monkeypatch_dialog.getSaveFileName
    monkeypatch_dialog.getSaveFileName = staticmethod(lambda *a, **k: (str(saved), ""))
    try:
        window.file_actions._set_path(None)
        given.append(prompts.SAVE)  # Save on New: asks where (Save As), saves, then starts anew
        assert window.file_actions.new()
    finally:
        monkeypatch_dialog.getSaveFileName = original
    assert project_file.load(saved).sequences[0].name == "again"
    assert len(asked) == 5 and not given


def test_a_clean_project_is_not_prompted(window, answers):
    assert window.file_actions.new()  # nothing changed: no question (answers would fail)
    assert window.file_actions.new()


def test_recent_files_live_in_a_temporary_settings_file(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *a: shown.append(a))
    first, second = tmp_path / "a.rnnlab", tmp_path / "b.rnnlab"
    project_file.save(first, statland())
    project_file.save(second, companies())
    window.open_file(first)
    window.open_file(second)
    actions = window.file_actions
    assert actions.recent_files()[:2] == [str(second.resolve()), str(first.resolve())]
    assert str(actions.data_dir) != str(Path.home())
    assert Path(actions.settings.fileName()).parent == actions.data_dir
    actions.recent_menu.aboutToShow.emit()
    names = [a.text() for a in actions.recent_menu.actions()]
    assert names[:2] == ["b.rnnlab", "a.rnnlab"]
    actions.recent_menu.actions()[1].trigger()
    assert window.state.document == statland()
    first.unlink()
    assert not actions.open_recent(str(first.resolve()))
    assert "no longer exists" in shown[-1][2]
    assert str(first.resolve()) not in actions.recent_files()


def test_saving_to_a_folder_that_cannot_be_written_keeps_the_project_dirty(window, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *a: shown.append(a))
    window.state.set_sequences((SequenceData("mine", (0.3,)),), "edit")
    assert not window.save_file("/nonexistent-folder/x.rnnlab")
    assert "Cannot save x.rnnlab" in shown[-1][1]
    assert window.isWindowModified()


def test_csv_import_through_the_preview_dialog(window, tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("day,Blue,Red\n1,18.6,12.4\n2,19.9,14.8\n3,21.5,13.9\n")
    dialog = window.file_actions.import_csv(path)
    assert dialog.has_labels.isChecked()  # found by itself: the header says "day"
    assert dialog.scale.isChecked()  # prices of 12 to 21 lie outside [0, 1]
    dialog.scale.setChecked(False)
    dialog.last_is_target.setChecked(True)
    assert dialog.problems.count() == 0
    assert "2 sequence(s) will be imported" in dialog.summary.text()
    assert len(window.state.document.sequences) == 4  # not yet
    dialog.import_button.click()
    assert [(s.name, s.values, s.target) for s in window.state.document.sequences] == [
        ("Blue", (18.6, 19.9), 21.5),
        ("Red", (12.4, 14.8), 13.9),
    ]
    dialog = window.file_actions.import_csv(path)
    dialog.scale.setChecked(False)
    dialog.mode.setCurrentIndex(1)  # add to the current sequences
    dialog.import_button.click()
    # Blue, Red, and the file's two: its day column is found by itself and skipped.
    assert len(window.state.document.sequences) == 4
    window.state.undo()
    window.state.undo()
    assert window.state.document == statland()


CRASHING_APP = """
import os, signal, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from rnngui.ui import file_actions
file_actions.AUTOSAVE_MS = 50
from rnngui.model.document import SequenceData
from rnngui.ui.main_window import MainWindow
window = MainWindow()
window.state.set_sequences((SequenceData("unsaved work", (0.1, 0.2, 0.3), 0.4),), "typed")
deadline = __import__("time").monotonic() + 30
while not window.file_actions.recovery_path.exists() and __import__("time").monotonic() < deadline:
    app.processEvents()
os.kill(os.getpid(), signal.SIGKILL)  # a crash: no closeEvent, no cleanup
"""


def test_after_a_crash_the_next_start_offers_the_autosaved_work(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run([sys.executable, "-c", CRASHING_APP], env=env, timeout=120)
    assert crashed.returncode == -9
    assert (tmp_path / "recovery.rnnlab").exists()

    offered = []
    monkeypatch.setattr(prompts, "ask_restore", lambda parent, text: offered.append(text) or True)
    from rnngui.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.file_actions.offer_recovery()
        assert "1 sequence(s)" in offered[0]
        assert window.state.document.sequences == (
            SequenceData("unsaved work", (0.1, 0.2, 0.3), 0.4),
        )
        assert window.isWindowModified()  # restored work still has to be saved
        assert window.save_file(tmp_path / "rescued.rnnlab")
        assert not (tmp_path / "recovery.rnnlab").exists()
    finally:
        window.state.shutdown()
        window.close()


def test_declining_the_restore_removes_the_recovery_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    project_file.save(tmp_path / "recovery.rnnlab", companies())
    monkeypatch.setattr(prompts, "ask_restore", lambda parent, text: False)
    from rnngui.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert not window.file_actions.offer_recovery()
        assert window.state.document == statland()
        assert not (tmp_path / "recovery.rnnlab").exists()
    finally:
        window.state.shutdown()
        window.close()


def test_autosave_writes_only_while_dirty_and_a_clean_close_removes_it(window):
    actions = window.file_actions
    assert actions.autosave_timer.isActive() and actions.autosave_timer.interval() <= 5000
    assert not actions.autosave()  # clean: nothing to write
    window.state.set_sequences((SequenceData("mine", (0.3,)),), "edit")
    assert actions.autosave()
    data = project_file.parse(actions.recovery_path.read_text())
    assert data["sequences"][0]["name"] == "mine"
    window.state.undo()  # back to the saved state: the recovery file is not needed any more
    assert not actions.recovery_path.exists()


def test_python_main_py_file_opens_the_file(qapp, tmp_path, monkeypatch):
    from rnngui import app
    from rnngui.ui.main_window import MainWindow

    seen = []
    original_close = MainWindow.close

    def close(self):
        seen.append((self.state.document, self.windowTitle()))
        return original_close(self)

    monkeypatch.setattr(MainWindow, "close", close)
    # main() sets HEADLESS for the rest of its process: recorded as False first, so that the
    # tests after this one get a normal (not headless) app again (test_hostile_files failed after it)
    monkeypatch.setattr(prompts, "HEADLESS", False)
    example = EXAMPLES_DIR / "blue-and-red-companies.rnnlab"
    code = app.main([str(example), "--screenshot", str(tmp_path / "shot.png")])
    assert code == 0
    assert seen[0][1] == "blue-and-red-companies.rnnlab[*] — RNN Lab"
    assert seen[0][0] == project_file.load(example)
    assert len(seen) == 1
    assert prompts.HEADLESS  # (restored to False by the monkeypatch above: it must not leak)

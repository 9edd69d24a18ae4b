"""Messages and dialogs (issue 13 item 13): stale status messages go, the plot export dialog has a
human title, project-file errors count from 1, Save and Open start in the last folder."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from rnngui.model.document import SequenceData
from rnngui.ui import file_actions as file_actions_module
from rnngui.ui.training.plots import RunPlot

from .editor_fixtures import shared_window, window  # noqa: F401 - fixtures


def test_a_status_message_goes_when_the_project_changes_later(window):
    window.file_actions.load_preset("Vanishing gradients")
    assert "Edit > Undo" in window.statusBar().currentMessage()  # said with the change: kept
    window.file_actions._last_message -= 10  # ... and later on
    window.state.set_sequences((SequenceData("mine", (0.3, 0.4), 0.5),), "edit")
    assert window.statusBar().currentMessage() == ""


def test_the_plot_export_dialog_is_titled_in_words(window, tmp_path):
    captions = []
    for plot in window.training_panel.findChildren(RunPlot):
        plot.ask_path = lambda parent, caption, filt: captions.append(caption) or ""
        plot.export("png")
    assert captions and all("Plot" not in c and "“" in c for c in captions), captions


def test_project_file_errors_count_sequences_and_days_from_one(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(file_actions_module.prompts, "show_error", lambda *a: shown.append(a))
    path = tmp_path / "bad.rnnlab"
    path.write_text(json.dumps({
        "format": "rnnlab", "version": 1,
        "sequences": [{"values": [0.1]}, {"values": [0.2, "x"]}],
        "params": {"w1": 1, "w2": 1, "b1": 0, "w3": 1, "b2": 0},
    }))
    assert not window.open_file(path)
    said = " ".join(str(part) for call in shown for part in call) + window.statusBar().currentMessage()
    assert "sequence 2, day 2" in said and "sequences[1].values[1]" in said


def test_save_and_open_start_in_the_last_folder_else_documents(window, tmp_path, monkeypatch):
    starts = []

    def fake_dialog(parent, caption, start, name_filter):
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    window.file_actions.settings.remove(file_actions_module.LAST_FOLDER_KEY)
    window.state.undo_stack.setClean()
    window.file_actions.open_dialog()
    assert starts[-1] and Path(starts[-1]) != Path(os.getcwd()) and Path(starts[-1]).is_dir()
    folder = tmp_path / "class"
    folder.mkdir()
    assert window.save_file(folder / "lesson.rnnlab")
    window.file_actions.open_dialog()
    assert Path(starts[-1]) == folder
    window.file_actions.new()
    window.file_actions.save_as()
    assert Path(starts[-1]).parent == folder
    window.file_actions.import_dialog()
    assert Path(starts[-1]) == folder

"""Edit → Undo/Redo name the action; Cut, Copy, Paste, Delete in the Edit menu; Help → User guide
offline in the app; a live predictions table (issue 13, "What a polished app also has")."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from rnngui.engine import predict
from rnngui.model.document import SequenceData
from rnngui.model.numbers import show_number

from .editor_fixtures import shared_window, window  # noqa: F401 - fixtures


def menu(window, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and a.text().replace("&", "") == title)


def texts(m: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in m.actions() if not a.isSeparator()]


def test_undo_and_redo_name_the_action(window):
    window.state.set_sequences((SequenceData("mine", (0.3,), 0.5),), "Type my data")
    edit = menu(window, "Edit")
    assert "Undo Type my data" in texts(edit)
    window.state.undo()
    assert "Redo Type my data" in texts(edit) and "Undo" in texts(edit)


def test_the_edit_menu_has_the_clipboard(window, qtbot):
    edit = menu(window, "Edit")
    for name in ("Cut", "Copy", "Paste", "Delete"):
        assert name in texts(edit)
    extras = window.file_actions.extras
    field = window.sequence_editor.name_edit
    field.setFocus()
    field.selectAll()
    assert extras.clipboard("copy", field)
    assert QGuiApplication.clipboard().text() == window.state.selected_sequence.name
    table = window.sequence_editor.table
    QGuiApplication.clipboard().setText("0.25\n0.75")
    table.setFocus()
    table.setCurrentCell(0, 1)
    assert extras.clipboard("paste", table)
    assert window.state.selected_sequence.values[:2] == (0.25, 0.75)
    table.selectRow(0)
    assert extras.clipboard("copy", table)
    assert QGuiApplication.clipboard().text() == "0.25"
    window.sequence_editor.list.setFocus()
    assert not extras.clipboard("cut", window.sequence_editor.list)
    assert "Nothing to cut here" in window.statusBar().currentMessage()


def test_the_user_guide_opens_offline_in_the_app(window):
    help_menu = menu(window, "Help")
    assert "User guide" in texts(help_menu)
    guide = window.file_actions.extras.show_guide()
    text = guide.browser.toPlainText()
    assert "Typing numbers" in text and "Import CSV" in text
    assert "http" not in guide.browser.toMarkdown()  # nothing on the network
    guide.close()


def test_the_predictions_table_is_live(window, qtbot):
    table = window.file_actions.extras.show_predictions()
    state = window.state
    doc = state.document

    def expected(i: int) -> float:
        seq = state.document.sequences[i]
        return predict(state.params, seq.values, doc.training.activation)

    assert table.table.rowCount() == len(doc.sequences)
    for i, seq in enumerate(doc.sequences):
        assert table.table.item(i, 0).text() == seq.name
        assert table.table.item(i, 1).text() == show_number(expected(i))
        assert table.table.item(i, 3).text() == show_number(seq.target - expected(i))
    state.set_params(state.params.replace(w3=0.5))
    qtbot.waitUntil(lambda: table.table.item(3, 1).text() == show_number(expected(3)))
    assert table.rows()[3][1] == pytest.approx(expected(3))
    table.close()
    QApplication.processEvents()

"""The sequence editor through its real widgets: edits, undo/redo, quick entry, the chart, scaling."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from rnngui.engine import forward
from rnngui.model.document import Document, SequenceData
from rnngui.model.presets import PRESETS, companies

from ..editor_fixtures import shared_window, window  # noqa: F401 - fixtures

BLUE_RED = "Blue (9 days) and Red (5 days)"


def editor_of(window):
    return window.sequence_editor


def click(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Double-click-free editing as a user does it: choose the cell, start editing, type, Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's text on a queued call


def type_into(qtbot, field: QLineEdit, text: str, enter: bool = True) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)
    if enter:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def paste(qtbot, table, row: int, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    table.setFocus()
    table.setCurrentCell(row, 1)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_typing_a_value_updates_the_document_canvas_and_prediction(window, qtbot):
    editor = editor_of(window)
    seen = []
    window.state.sequencesChanged.connect(lambda: seen.append(window.state.trace().prediction))
    type_into_cell(qtbot, editor.table, 1, 1, "0.25")
    assert window.state.selected_sequence.values == (0.0, 0.25)
    expected = forward(window.state.params, (0.0, 0.25)).prediction
    assert seen[-1] == pytest.approx(expected)
    assert f"{expected:.4g}" in editor.summary.text()
    assert window.isWindowModified()
    window.state.undo()
    assert window.state.selected_sequence.values == (0.0, 0.0)
    window.state.redo()
    assert window.state.selected_sequence.values == (0.0, 0.25)


def test_undo_and_redo_from_the_edit_menu(window, qtbot):
    editor = editor_of(window)
    original = window.state.document
    type_into_cell(qtbot, editor.table, 0, 1, "0.75")
    type_into(qtbot, editor.name_edit, "my rule")
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    undo, redo = edit_menu.actions()[:2]
    assert undo.shortcut().matches(undo.shortcut()) and not undo.shortcut().isEmpty()
    undo.trigger()
    assert window.state.selected_sequence.name == original.sequences[0].name
    undo.trigger()
    assert window.state.document == original
    assert not window.isWindowModified()
    redo.trigger()
    redo.trigger()
    assert window.state.selected_sequence.name == "my rule"
    assert window.state.selected_sequence.values[0] == 0.75


def test_sequences_can_be_added_duplicated_renamed_reordered_and_deleted(window, qtbot):
    editor = editor_of(window)
    state = window.state
    click(qtbot, window, "addSequenceButton")
    assert len(state.document.sequences) == 5 and state.selected_index == 4
    assert editor.list.currentRow() == 4
    type_into(qtbot, editor.name_edit, "Green company")
    type_into(qtbot, editor.target_edit, "0.4")
    assert state.selected_sequence == SequenceData("Green company", (0.0,), 0.4)
    click(qtbot, window, "duplicateSequenceButton")
    assert state.document.sequences[5].name == "Green company (copy)"
    click(qtbot, window, "moveUpButton")
    assert state.document.sequences[4].name == "Green company (copy)"
    assert state.selected_index == 4
    editor.train_check.click()
    assert not state.document.sequences[4].use_for_training
    assert "(not trained)" in editor.list.item(4).text()
    click(qtbot, window, "deleteSequenceButton")
    assert [s.name for s in state.document.sequences][-1] == "Green company"
    type_into(qtbot, editor.target_edit, "")  # no target: only predicted
    assert state.selected_sequence.target is None
    assert "no target" in editor.summary.text()


def test_quick_entry_low_medium_high_appends_or_sets(window, qtbot):
    editor = editor_of(window)
    editor.table.clearSelection()
    click(qtbot, window, "highButton")
    click(qtbot, window, "mediumButton")
    assert window.state.selected_sequence.values == (0.0, 0.0, 1.0, 0.5)
    editor.table.setCurrentCell(0, 1)
    editor.table.selectRow(0)
    click(qtbot, window, "highButton")
    assert window.state.selected_sequence.values == (1.0, 0.0, 1.0, 0.5)
    editor.table.selectRow(2)
    click(qtbot, window, "lowButton")
    assert window.state.selected_sequence.values == (1.0, 0.0, 0.0, 0.5)


def test_insert_remove_and_paste_a_spreadsheet_column(window, qtbot):
    editor = editor_of(window)
    editor.table.selectRow(1)
    click(qtbot, window, "insertValueButton")
    assert window.state.selected_sequence.values == (0.0, 0.0, 0.0)
    paste(qtbot, editor.table, 1, "0.1\r\n0.2\r\n0.3\r\n0.4\r\n")
    assert window.state.selected_sequence.values == (0.0, 0.1, 0.2, 0.3, 0.4)
    paste(qtbot, editor.table, 0, "0.9\t0.8")  # a row copied from a spreadsheet
    assert window.state.selected_sequence.values == (0.9, 0.8, 0.2, 0.3, 0.4)
    editor.table.clearSelection()
    editor.table.selectRow(4)
    click(qtbot, window, "deleteValueButton")
    assert window.state.selected_sequence.values == (0.9, 0.8, 0.2, 0.3)
    window.state.undo()  # one paste = one undo step
    window.state.undo()
    assert window.state.selected_sequence.values == (0.0, 0.1, 0.2, 0.3, 0.4)


def test_presets_from_the_toolbar_and_the_editor_show_prices(window, qtbot):
    window.file_actions.preset_actions[BLUE_RED].trigger()
    editor = editor_of(window)
    assert window.state.document == companies()
    assert [editor.list.item(i).text().split("  ")[0] for i in range(2)] == [
        "Blue company (9 days)",
        "Red company (5 days)",
    ]
    assert editor.table.rowCount() == 9
    assert editor.table.item(0, 2).text() == "18.60"  # the raw price is kept and shown
    assert editor.scaling_label.text() == "Scaled: $12.40 -> 0, $28.30 -> 1"
    prediction = window.state.trace().prediction
    assert f"${12.4 + prediction * (28.3 - 12.4):,.2f}" in editor.summary.text()
    editor.list.setCurrentRow(1)
    assert window.state.selected_index == 1 and editor.table.rowCount() == 5
    window.state.undo()
    assert len(window.state.document.sequences) == 4  # StatLand is back
    for name in PRESETS:
        assert name in [a.text() for a in window.file_actions.presets_toolbar.actions()]


def test_typing_a_price_sets_the_scaled_value(window, qtbot):
    window.file_actions.load_preset(BLUE_RED)
    editor = editor_of(window)
    type_into_cell(qtbot, editor.table, 0, 2, "$20.35")
    assert window.state.selected_sequence.values[0] == pytest.approx((20.35 - 12.4) / (28.3 - 12.4))


def test_dragging_a_point_on_the_chart_changes_the_value_in_one_undo_step(window, qtbot):
    chart = editor_of(window).chart
    qtbot.wait(50)  # laid out
    plot = chart.getPlotItem()
    plot.setYRange(0, 1, padding=0)
    qtbot.wait(20)

    def to_widget(x: float, y: float):
        scene = plot.vb.mapViewToScene(QPointF(x, y))
        return chart.mapFromScene(scene)

    start = to_widget(*chart.point_position(1))
    end = to_widget(2.0, 0.5)
    viewport = chart.viewport()
    count = window.state.undo_stack.count()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        qtbot.mouseMove(viewport, point)
        qtbot.wait(10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    value = window.state.selected_sequence.values[1]
    assert value == pytest.approx(0.5, abs=0.05)
    assert window.state.undo_stack.count() == count + 1
    window.state.undo()
    assert window.state.selected_sequence.values[1] == 0.0


def test_the_chart_shows_values_target_and_prediction(window):
    chart = editor_of(window).chart
    window.state.select(1)
    xs, ys = chart.line.getData()
    assert list(xs) == [1, 2] and list(ys) == [0.0, 0.5]
    assert list(chart.target.getData()[1]) == [1.0]
    assert chart.prediction.getData()[1][0] == pytest.approx(window.state.trace().prediction)


def test_scaling_dialog_shows_the_mapping_and_scales_every_sequence(window, qtbot):
    raw = Document(
        (
            SequenceData("Blue", (18.6, 19.9, 31.0), 27.0),
            SequenceData("Red", (12.4, 14.8), 13.9),
        )
    )
    window.state.replace_document(raw)
    dialog = editor_of(window).open_scaling()
    assert dialog.mapping.text() == "<b>$12.40 -> 0, $31.00 -> 1</b>"
    assert dialog.preview.text().startswith("Blue: $18.60 → 0.3333")
    dialog.ok_button.click()
    document = window.state.document
    assert document.scaling is not None
    assert document.sequences[1].values[0] == 0.0 and document.sequences[0].values[2] == 1.0
    editor = editor_of(window)
    assert editor.table.item(0, 2).text() == "18.60"
    dialog = editor.open_scaling()
    dialog.unscale_button.click()
    assert window.state.document.sequences[0].values == pytest.approx((18.6, 19.9, 31.0))
    window.state.undo()
    window.state.undo()
    assert window.state.document == raw

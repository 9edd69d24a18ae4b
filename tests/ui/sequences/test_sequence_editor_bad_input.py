"""The bad-input catalogue, through the real widgets: each bad input gets a message at its place,
the edit is refused, and the previous valid data stays (the document and the undo stack)."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rnngui.model.document import MAX_VALUES, SequenceData
from rnngui.ui import file_actions as file_actions_module
from rnngui.ui.widgets.bad_input import BAD_FIELD_STYLE

from ..editor_fixtures import shared_window, window  # noqa: F401 - fixtures
from .test_sequence_editor import BLUE_RED, click, paste, type_into, type_into_cell


@pytest.fixture
def unchanged(window):
    """Check after the test body that nothing reached the document or the undo stack."""
    before = (window.state.document, window.state.undo_stack.count())
    yield
    assert (window.state.document, window.state.undo_stack.count()) == before


def status(window) -> str:
    return window.statusBar().currentMessage()


CELL_CASES = [
    ("letters", "abc", "'abc' on day 2 of 'low, low' is not a number"),
    ("empty cell", "", "is empty"),
    ("NaN", "nan", "NaN on day 2"),
    ("infinity", "inf", "infinity on day 2"),
    ("minus infinity", "-inf", "infinity"),
    ("beyond +1e6", "2e6", "beyond ±1e+06"),
    ("beyond -1e6", "-1000001", "beyond ±1e+06"),
    ("two decimal points", "1.2.3", "not a number"),
    ("a formula", "=A1+1", "not a number"),
]


@pytest.mark.parametrize("text, message", [c[1:] for c in CELL_CASES], ids=[c[0] for c in CELL_CASES])
def test_bad_value_in_a_cell(window, qtbot, unchanged, text, message):
    editor = window.sequence_editor
    type_into_cell(qtbot, editor.table, 1, 1, text)
    assert message in status(window)
    assert editor.bad_cells() == [(1, 1)]  # the cell is highlighted
    assert message in editor.table.item(1, 1).toolTip()
    assert message in editor.error_label.text()
    assert editor.table.item(1, 1).text() == "0"  # the old value is back in the cell


@pytest.mark.parametrize(
    "text, message", [("twelve", "'twelve' (price on day 1"), ("1e12", "beyond")],
    ids=["letters as a price", "a price that scales beyond 1e6"],
)
def test_bad_price_in_a_scaled_project(window, qtbot, text, message):
    window.file_actions.load_preset(BLUE_RED)
    before = window.state.document
    editor = window.sequence_editor
    type_into_cell(qtbot, editor.table, 0, 2, text)
    assert message in status(window)
    assert editor.bad_cells() == [(0, 2)]
    assert window.state.document == before


@pytest.mark.parametrize(
    "text, message", [("xyz", "'xyz' (target of 'low, low') is not a number"), ("nan", "NaN")],
    ids=["letters as a target", "NaN as a target"],
)
def test_bad_target(window, qtbot, unchanged, text, message):
    editor = window.sequence_editor
    type_into(qtbot, editor.target_edit, text)
    assert message in status(window)
    assert editor.target_edit.styleSheet() == BAD_FIELD_STYLE
    assert message in editor.target_edit.toolTip()
    assert editor.target_edit.text() == "0"  # shown as the list shows it


def test_empty_name(window, qtbot, unchanged):
    editor = window.sequence_editor
    type_into(qtbot, editor.name_edit, "   ")
    assert "needs a name" in status(window)
    assert editor.name_edit.styleSheet() == BAD_FIELD_STYLE
    assert editor.name_edit.text() == "low, low"


def test_removing_every_value_would_leave_an_empty_sequence(window, qtbot, unchanged):
    editor = window.sequence_editor
    editor.table.selectAll()
    click(qtbot, window, "deleteValueButton")
    assert "needs at least one value" in status(window)
    assert editor.bad_cells() == [(0, 1)]


def test_deleting_the_last_sequence(window, qtbot):
    window.state.set_sequences((SequenceData("only", (0.5,)),), "one left")
    before = window.state.document
    click(qtbot, window, "deleteSequenceButton")
    assert "at least one sequence" in status(window)
    assert "at least one sequence" in window.sequence_editor.error_label.text()
    assert window.state.document == before


def test_pasted_block_with_junk(window, qtbot, unchanged):
    editor = window.sequence_editor
    paste(qtbot, editor.table, 0, "0.1\n0.2\nabc\n0.4\n")
    assert "'abc' in the pasted block (line 3, item 1) is not a number; nothing was pasted" in (
        status(window)
    )
    assert editor.bad_cells() == []  # line 3 would land on day 3, past the end: no cell to mark
    assert "line 3" in editor.error_label.text()


def test_a_pasted_number_with_two_decimal_points_names_its_place_whole(window, qtbot, unchanged):
    paste(qtbot, window.sequence_editor.table, 0, "0.1\n1.2.3\n")
    assert ("'1.2.3' is not a number (more than one decimal point) (in the pasted block (line 2, "
            "item 1)); nothing was pasted") in status(window)


def test_pasted_row_with_an_empty_cell(window, qtbot, unchanged):
    editor = window.sequence_editor
    paste(qtbot, editor.table, 0, "0.1\t\t0.3")
    assert "line 1, item 2" in status(window) and "empty" in status(window)
    assert editor.bad_cells() == [(1, 1)]  # where the empty cell would have landed


def test_pasting_more_than_ten_thousand_values(window, qtbot, unchanged):
    paste(qtbot, window.sequence_editor.table, 0, "\n".join(["0.5"] * (MAX_VALUES + 1)))
    assert "at most 10,000" in status(window)


def test_pasting_an_empty_clipboard(window, qtbot, unchanged):
    paste(qtbot, window.sequence_editor.table, 0, "\n\n")
    assert "no numbers to paste" in status(window)


def test_appending_beyond_ten_thousand_values(window, qtbot):
    window.state.set_sequences((SequenceData("long", (0.5,) * MAX_VALUES),), "long")
    before = window.state.document
    window.sequence_editor.table.clearSelection()
    click(qtbot, window, "highButton")
    assert "has 10,001 values; at most 10,000" in status(window)
    click(qtbot, window, "insertValueButton")
    assert "at most 10,000" in status(window)
    assert window.state.document == before


def test_scaling_dialog_refuses_a_range_upside_down_or_letters(window, qtbot):
    window.file_actions.load_preset(BLUE_RED)
    before = window.state.document
    dialog = window.sequence_editor.open_scaling()
    type_into(qtbot, dialog.high_edit, "10", enter=False)
    assert "must be above the low price" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.high_edit, "31", enter=False)
    assert dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.low_edit, "cheap", enter=False)
    assert "'cheap' (the price that becomes 0) is not a number" in dialog.error.text()
    assert dialog.low_edit.styleSheet() == BAD_FIELD_STYLE
    qtbot.keyClick(dialog.low_edit, Qt.Key.Key_Return)  # Enter anyway: refused
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    assert window.state.document == before


def test_csv_with_junk_ragged_rows_and_the_wrong_encoding(window, qtbot, tmp_path):
    before = window.state.document
    junk = tmp_path / "junk.csv"
    junk.write_text("Blue,Red\n18.6,12.4\n19.9,abc\n21.5,13.9,99\n")
    dialog = window.file_actions.import_csv(junk)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "row 4: ragged row: 3 cells, but the first row has 2" in problems
    assert "row 3, column 2: 'abc' is not a number" in problems
    bad = dialog.preview.item(2, 1)
    assert bad.background().color().name() == "#ffc9c9" and "not a number" in bad.toolTip()
    assert window.state.document == before  # nothing imported before Import
    dialog.reject()
    assert window.state.document == before

    latin = tmp_path / "latin1.csv"
    latin.write_bytes("Prix €\n12,40\n".encode("cp1252"))
    dialog = window.file_actions.import_csv(latin)
    assert "not UTF-8 text" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert window.state.document == before


def test_bad_project_files_leave_the_open_project_alone(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(file_actions_module.prompts, "show_error", lambda *a: shown.append(a))
    before = (window.state.document, window.windowTitle())
    cases = {
        "truncated.rnnlab": '{"format": "rnnlab", "version": 1, "sequences": [',
        "types.rnnlab": '{"format": "rnnlab", "version": 1, "sequences": [{"name": "a", '
        '"values": ["1"]}], "params": {"w1": 1, "w2": 1, "b1": 0, "w3": 1, "b2": 0}}',
        "format.rnnlab": '{"format": "excel", "version": 1}',
        "newer.rnnlab": '{"format": "rnnlab", "version": 99}',
    }
    expected = ["cut short", "sequence 1, day 1 (sequences[0].values[0]) must be a number", '"format" is', "newer"]
    for (name, text), message in zip(cases.items(), expected, strict=True):
        (tmp_path / name).write_text(text)
        assert window.open_file(tmp_path / name) is False
        assert message in shown[-1][2], shown[-1]
        assert message in status(window)
        assert (window.state.document, window.windowTitle()) == before
    assert len(shown) == 4

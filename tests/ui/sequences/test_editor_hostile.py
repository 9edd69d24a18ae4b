"""Refused edits on data whose display rounds (Blue/Red: 0.3899371069182391 shows as 0.3899): the
document stays bit for bit as it was, no undo step appears, the cell is marked, nothing raises,
and every refusal answers quickly with a short message. StatLand's 0 / 0.5 / 1 hide all of this:
their display text reads back as the same number."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import struct
import time

import pytest
from PySide6.QtWidgets import QApplication

from ..editor_fixtures import shared_window, window  # noqa: F401 - fixtures
from .test_sequence_editor import BLUE_RED, paste, type_into_cell

BUDGET_S = 5.0


def bits(document) -> tuple[bytes, ...]:
    """Every value and target as its IEEE bytes: equality that 0.3899 vs 0.38993... cannot fool."""
    return tuple(
        struct.pack(f"<{len(s.values)}d", *s.values) + struct.pack("<d", s.target or 0.0)
        for s in document.sequences
    )


@pytest.fixture
def blue_red(window):
    window.file_actions.load_preset(BLUE_RED)
    window.state.undo_stack.clear()
    QApplication.processEvents()
    editor = window.sequence_editor
    first = window.state.selected_sequence.values[0]
    assert editor.table.item(0, 1).text() != repr(first)  # the display rounds: the point of it
    before = (bits(window.state.document), window.state.document, window.state.undo_stack.count())
    yield window
    after = (bits(window.state.document), window.state.document, window.state.undo_stack.count())
    assert after == before


TYPED = [
    ("letters", "abc"),
    ("nan", "nan"),
    ("overflow", "1e309"),
    ("blanks", "   "),
    ("beyond 1e6", "1000001"),
]


@pytest.mark.parametrize("text", [t for _, t in TYPED], ids=[i for i, _ in TYPED])
def test_a_refused_cell_edit_changes_nothing_on_rounded_data(blue_red, qtbot, text):
    editor = blue_red.sequence_editor
    start = time.perf_counter()
    type_into_cell(qtbot, editor.table, 0, 1, text)
    assert time.perf_counter() - start < BUDGET_S
    assert editor.bad_cells() == [(0, 1)]
    assert editor.error_label.text()
    assert editor.table.item(0, 1).toolTip() == editor.error_label.text()
    # the rounded display is shown again, not the refused text
    assert editor.table.item(0, 1).text() == "0.3899"


def test_a_hundred_thousand_digits_in_a_cell_are_refused_with_a_short_message(blue_red, qtbot):
    editor = blue_red.sequence_editor
    start = time.perf_counter()
    editor.table.item(0, 1).setText("9" * 100_000)  # what the delegate does on Enter
    QApplication.processEvents()
    assert time.perf_counter() - start < BUDGET_S
    assert editor.bad_cells() == [(0, 1)]
    assert 0 < len(editor.error_label.text()) <= 600
    assert len(blue_red.statusBar().currentMessage()) <= 600


def test_a_refused_price_edit_on_a_scaled_project_changes_nothing(blue_red, qtbot):
    editor = blue_red.sequence_editor
    type_into_cell(qtbot, editor.table, 2, 2, "twelve")
    assert editor.bad_cells() == [(2, 2)]


@pytest.mark.parametrize(
    "clipboard",
    ["\t\n", " \n\n", "\t", ";\n;", "x" * 1_000_000],
    ids=["tab newline", "blank lines", "tab", "separators only", "a million letters"],
)
def test_pasting_nothing_usable_refuses_and_keeps_the_data(blue_red, qtbot, clipboard):
    editor = blue_red.sequence_editor
    start = time.perf_counter()
    paste(qtbot, editor.table, 0, clipboard)
    QApplication.processEvents()
    assert time.perf_counter() - start < BUDGET_S
    assert editor.error_label.text()
    assert len(editor.error_label.text()) <= 600
    assert len(blue_red.statusBar().currentMessage()) <= 600


def test_pasting_a_ten_thousand_by_fifty_block_is_refused_quickly(blue_red, qtbot):
    editor = blue_red.sequence_editor
    row = "\t".join(["0.5"] * 50)
    start = time.perf_counter()
    paste(qtbot, editor.table, 0, "\n".join([row] * 10_000))
    QApplication.processEvents()
    assert time.perf_counter() - start < BUDGET_S
    assert "at most 10,000" in editor.error_label.text()


def test_an_accepted_edit_after_a_refusal_is_one_exact_undo_step(window, qtbot):
    window.file_actions.load_preset(BLUE_RED)
    window.state.undo_stack.clear()
    editor = window.sequence_editor
    type_into_cell(qtbot, editor.table, 0, 1, "abc")
    assert window.state.undo_stack.count() == 0
    type_into_cell(qtbot, editor.table, 0, 1, "0.25")
    assert window.state.selected_sequence.values[0] == 0.25
    assert window.state.undo_stack.count() == 1
    assert editor.bad_cells() == []


def test_a_refused_cell_shows_its_red_and_a_warning_sign_not_the_selection(blue_red, qtbot):
    """The red used to be hidden under the selection's highlight, and it was hue alone."""
    editor = blue_red.sequence_editor
    type_into_cell(qtbot, editor.table, 0, 1, "abc")
    item = editor.table.item(0, 1)
    assert not item.isSelected()  # the highlight would paint over the red
    assert not item.icon().isNull()  # a sign as well as a colour
    type_into_cell(qtbot, editor.table, 1, 1, "xyz")  # the next refusal moves the mark
    assert editor.table.item(0, 1).icon().isNull()
    assert not editor.table.item(1, 1).icon().isNull()

"""The one number parser through the real widgets: learning rate, typed parameters, cells, target,
the lesson's answer box, side-by-side runs (issue 13 item 4, issue 14's "one parser")."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from rnngui.session.state import RUNNING

from .editor_fixtures import shared_window, window  # noqa: F401 - fixtures
from .sequences.test_sequence_editor import BLUE_RED, type_into, type_into_cell


def status(window) -> str:
    return window.statusBar().currentMessage()


@pytest.fixture
def german():
    """The user's locale writes a decimal comma."""
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(old)


def enter(qtbot, field, text: str) -> None:
    """Put text in a field and press Enter (QTest cannot type a non-Latin-1 character like −)."""
    field.setFocus()
    field.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def type_learning_rate(qtbot, window, text: str) -> None:
    box = window.training_panel.learning_rate
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def test_a_decimal_comma_in_the_learning_rate_is_refused_not_read_as_3(window, qtbot):
    before = window.state.document.training.learning_rate
    type_learning_rate(qtbot, window, "0,3")
    assert window.state.document.training.learning_rate == before
    assert "Learning rate" in status(window) and "could mean 0.3" in status(window)
    window.training_panel.train_button.click()
    qtbot.waitUntil(lambda: window.state.run_state != RUNNING, timeout=20_000)
    assert window.state.document.training.learning_rate == before  # the run did not use 3
    window.state.stop()
    type_learning_rate(qtbot, window, "0.3")
    assert window.state.document.training.learning_rate == 0.3


def test_the_learning_rate_follows_a_decimal_comma_locale(window, qtbot, german):
    type_learning_rate(qtbot, window, "0,02")
    assert window.state.document.training.learning_rate == 0.02


def test_typed_parameters_take_the_typographic_minus_and_refuse_ambiguity(window, qtbot):
    field = window.training_panel.controls.typed_params
    enter(qtbot, field, "1, −0.5, 0, 1, 0")
    assert window.state.params.as_tuple() == (1.0, -0.5, 0.0, 1.0, 0.0)
    type_into(qtbot, field, "1; 0.5; 0; abc; 0")
    assert "'abc' is not a number" in status(window)
    assert window.state.params.as_tuple() == (1.0, -0.5, 0.0, 1.0, 0.0)


def test_typed_parameters_with_decimal_commas(window, qtbot, german):
    enter(qtbot, window.training_panel.controls.typed_params, "1,5; 0,5; 0; 1; −0,25")
    assert window.state.params.as_tuple() == (1.5, 0.5, 0.0, 1.0, -0.25)


def test_a_cell_refuses_a_decimal_comma_with_what_it_could_mean(window, qtbot):
    before = window.state.document
    type_into_cell(qtbot, window.sequence_editor.table, 1, 1, "1,5")
    assert "could mean 1.5" in status(window)
    assert window.state.document == before
    window.sequence_editor.table.item(1, 1).setText("−0.5")  # the typographic minus, as pasted
    assert window.state.selected_sequence.values[1] == -0.5


def test_a_price_in_the_scaled_value_column_points_to_the_price_column(window, qtbot):
    window.file_actions.load_preset(BLUE_RED)
    before = window.state.document
    type_into_cell(qtbot, window.sequence_editor.table, 0, 1, "$14.80")
    assert "type prices in the price column" in status(window)
    assert window.state.document == before


def test_the_target_takes_the_locale_decimal(window, qtbot, german):
    type_into(qtbot, window.sequence_editor.target_edit, "0,75")
    assert window.state.selected_sequence.target == 0.75


def test_the_target_field_shows_what_the_list_shows_and_keeps_the_exact_value(window, qtbot):
    state = window.state
    exact = 0.32075471698113206
    sequences = list(state.document.sequences)
    sequences[0] = sequences[0].__class__(sequences[0].name, sequences[0].values, exact)
    state.set_sequences(tuple(sequences), "target")
    state.select(0)
    editor = window.sequence_editor
    assert editor.target_edit.text() == "0.3208"
    steps = state.undo_stack.count()
    type_into(qtbot, editor.target_edit, "0.3208")  # Enter on the shown text: nothing changes
    assert state.selected_sequence.target == exact and state.undo_stack.count() == steps
    type_into(qtbot, editor.target_edit, "0.25")
    assert state.selected_sequence.target == 0.25


def test_a_converged_prediction_reads_zero_with_the_residue(window, qtbot):
    from rnngui.model.numbers import show_number

    assert show_number(6.83e-16) == "≈ 0 (6.8e-16)"
    state = window.state
    sequences = list(state.document.sequences)
    sequences[0] = sequences[0].__class__(sequences[0].name, (6.83e-16,), 0.0)
    state.set_sequences(tuple(sequences), "tiny")
    state.set_params(state.params.replace(w1=1.0, w2=0.0, b1=0.0, w3=1.0, b2=0.0))
    state.select(0)
    texts = " ".join(label.text() for label in window.sequence_editor.findChildren(QLabel))
    assert "≈ 0 (6.8e-16)" in texts
    assert window.sequence_editor.table.item(0, 1).text() == "0"


def test_a_denormal_parameter_never_reaches_the_screen(window, qtbot):
    state = window.state
    state.set_params(state.params.replace(b2=-4.94e-324))
    field = window.training_panel.controls.typed_params
    field.clearFocus()
    state.announce_params()
    assert "e-324" not in field.text() and field.text().endswith(", 0")
    labels = window.network_canvas.copy_items[-1].texts()
    assert labels["b2"] == "b2 = ≈ 0 (-4.9e-324)"


def test_a_refused_typed_number_is_said_in_the_chosen_language(window, qtbot):
    """The status line's refusal is the parser's sentence: German under German, with the typed text."""
    from PySide6.QtWidgets import QApplication

    from rnngui.app import install_translations

    field = window.training_panel.controls.typed_params
    before = window.state.params.as_tuple()
    try:
        install_translations(QApplication.instance(), "de")
        type_into(qtbot, field, "1; 0,5; 0; zwei; 0")
        assert "'zwei' ist keine Zahl" in status(window), status(window)
        assert "is not a number" not in status(window)
        assert window.state.params.as_tuple() == before  # nothing lost
    finally:
        install_translations(QApplication.instance(), "en")
    type_into(qtbot, field, "1, 0.5, 0, two, 0")
    assert "'two' is not a number" in status(window)

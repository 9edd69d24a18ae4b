"""What the app says after an edit, a refusal or a computation is in the chosen language too:
refusals, status messages, undo steps, the lab's explanations, the canvas's screen-reader text
and the chain-rule receipt. English stays exactly as it was."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from rnngui.app import install_translations
from rnngui.engine import RNNParams
from rnngui.engine.receipt import chain_rule_receipt
from rnngui.model.document import DocumentError, SequenceData, check_value
from tests.ui.sequences.test_sequence_editor import type_into

# Sentences of the English templates: none may be left in a German or Spanish message.
ENGLISH = ("is not a number", "on day", "numbers for", "e.g.", "Prediction for the next day",
           "Edit day", "Learning rate", "feedback loop", "multiplies", "Unrolled",
           "the gradient", "Copy ", "Formula:", "Arrow keys", "Highlighted weight")


@pytest.fixture(autouse=True)
def english_after():
    yield
    install_translations(QApplication.instance(), "en")


def switch(qtbot, code: str) -> None:
    assert install_translations(QApplication.instance(), code) == code
    qtbot.wait(1)  # LanguageChange reaches the windows; the views are told to show again


def english_in(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text]


@pytest.mark.parametrize("code", ["es", "de"])
def test_a_refused_cell_an_edit_and_its_undo_step_speak_the_language(window, qtbot, code):
    switch(qtbot, code)
    editor = window.sequence_editor
    before = window.state.document
    editor.table.item(0, 1).setText("abc")  # what the cell's editor does on Enter
    refusal = editor.error_label.text()
    assert "'abc'" in refusal and not english_in(refusal), refusal
    assert window.state.document == before  # nothing lost
    editor.table.item(0, 1).setText("0,5")
    assert window.state.document.sequences[0].values[0] == 0.5
    undo = window.state.undo_stack.undoText()
    name = window.state.document.sequences[0].name
    assert name in undo and "1" in undo and not english_in(undo), undo
    summary = editor.summary.text()
    assert summary and not english_in(summary), summary


@pytest.mark.parametrize("code", ["es", "de"])
def test_typed_parameters_refused_in_the_language_with_its_own_example(window, qtbot, code):
    switch(qtbot, code)
    type_into(qtbot, window.training_panel.controls.typed_params, "1; 2")
    said = window.statusBar().currentMessage()
    assert "w1, w2, b1, w3, b2" in said and not english_in(said), said
    assert "0,5" in said  # the example is written with the language's decimal comma


def test_the_lab_and_the_canvas_explain_in_german(window, qtbot):
    switch(qtbot, "de")
    lab = window.gradient_lab
    window.tabs.setCurrentWidget(lab)
    lab.tabs.setCurrentWidget(lab.unroll)
    qtbot.waitUntil(lambda: bool(lab.unroll.readout.text()), timeout=10_000)
    readout = lab.unroll.readout.text()
    assert "w2 = " in readout and not english_in(readout), readout
    window.tabs.setCurrentIndex(0)
    window.network_canvas.stepper.step()  # the first copy: "Copy 1 of 9" in German
    qtbot.waitUntil(lambda: window.network_canvas.formula.startswith("Kopie"), timeout=5000)
    description = window.network_canvas.accessibleDescription()
    assert "sum1 = " in description and not english_in(description), description


def test_the_receipts_notes_follow_the_language(qtbot):
    args = (RNNParams(w1=1.0, w2=0.5, b1=0.0, w3=1.0, b2=0.0), [[0.5, 0.2, 0.9]], [1.0], "w2",
            "relu", ["A"])
    english = chain_rule_receipt(*args)
    notes = [f.note for term in english.terms for f in term.factors]
    assert "2 feedback loops crossed" in notes and "what w2 multiplies in this copy" in notes
    for code in ("es", "de"):
        switch(qtbot, code)
        receipt = chain_rule_receipt(*args)
        said = " ".join(f.note for term in receipt.terms for f in term.factors) + receipt.formula()
        assert not english_in(said), said
        assert [term.value for term in receipt.terms] == [term.value for term in english.terms]


def test_the_documents_rules_are_said_in_german_and_name_the_place(qtbot):
    switch(qtbot, "de")
    with pytest.raises(DocumentError) as nan:
        check_value(float("nan"), "(w1)")
    with pytest.raises(DocumentError) as empty:
        SequenceData("A", ())
    with pytest.raises(DocumentError) as large:
        SequenceData("A", (0.5, 2e6))
    for error in (nan, empty, large):
        message = str(error.value)
        assert message and "sequence" not in message and "is not" not in message, message
    assert "(w1)" in str(nan.value) and "'A'" in str(empty.value)
    assert "2e+06" in str(large.value) and "2" in str(large.value)
    install_translations(QApplication.instance(), "en")
    with pytest.raises(DocumentError, match="NaN \\(w1\\) is not a number a network can learn"):
        check_value(float("nan"), "(w1)")

"""The chain-rule receipt in the window: opened from the gradient read-out and from a weight on
the canvas, one row per term, hover (= focus) lights the term's path on the unrolled canvas, the
keyboard walks the terms, and the receipt follows the parameters."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from rnngui.engine import LSTMParams, RNNParams, loss_and_grads
from rnngui.engine.receipt import chain_rule_receipt
from rnngui.model import presets
from rnngui.model.numbers import show_number
from rnngui.session.view_state import ROLLED, UNROLLED, TermPath
from rnngui.ui.canvas.receipt import LOG, SHARE
from rnngui.ui.widgets.accessibility import undescribed


def settle(qtbot, ms: int = 20) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def open_from_readout(window, name: str):
    """The training panel's gradient read-out: Receipt ▸ dSSR/d<name>."""
    button = window.training_panel.receipt_button
    assert button.isVisibleTo(window.training_panel)
    button.actions_by_name[name].trigger()
    receipt = window.findChild(QDockWidget, "chainRuleReceipt")
    assert receipt is not None and receipt.isVisible()
    return receipt


def hover(qtbot, receipt, item) -> None:
    tree = receipt.tree
    tree.scrollToItem(item)
    settle(qtbot)
    centre = tree.visualItemRect(item).center()
    QTest.mouseMove(tree.viewport(), centre + QPoint(0, 1))  # the mouse moves onto the row
    QTest.mouseMove(tree.viewport(), centre)
    settle(qtbot)


@pytest.fixture
def exploding(window, qtbot):
    window.state.replace_document(presets.exploding(), "Exploding over 51 days")
    settle(qtbot)
    return window


def test_the_gradient_readout_opens_the_receipt_with_one_row_per_term(window, qtbot):
    doc = window.state.document  # StatLand: four sequences of two days
    receipt = open_from_readout(window, "w1")
    assert receipt.parameter == "w1"
    assert len(receipt.term_items()) == sum(len(s.values) for s in doc.sequences if s.trains) == 8
    assert receipt.tree.topLevelItemCount() == 4
    seqs, targets = doc.training_data()
    _, grads = loss_and_grads(doc.params, seqs, targets, doc.training.activation)
    assert f"dSSR/dw1 = {show_number(grads.w1)}" in receipt.summary.text()
    # w3 and b2 act at the last copy only: one term per sequence
    window.training_panel.receipt_button.actions_by_name["b2"].trigger()
    settle(qtbot)
    assert receipt.parameter == "b2" and len(receipt.term_items()) == 4
    assert receipt.parameter_box.currentData() == "b2"
    assert window.findChildren(QDockWidget, "chainRuleReceipt") == [receipt]  # one receipt
    # the term column adds up to the gradient the training panel plots
    terms = [receipt.term_of(item).value for item in receipt.term_items()]
    assert math.fsum(terms) == pytest.approx(grads.b2, rel=1e-12)


def test_a_weight_on_the_canvas_opens_its_receipt(window, qtbot):
    canvas = window.network_canvas
    canvas.fit()
    settle(qtbot)
    item = canvas.copy_items[-1]
    chip = item.mapRectToScene(item.chip_rect("w2")).center()
    pos = canvas.mapFromScene(chip)
    assert canvas.weight_at(pos) == "w2"
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, canvas.mapToGlobal(pos))
    QApplication.sendEvent(canvas.viewport(), event)
    menu = canvas.context_menu
    assert menu is not None
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["canvasReceiptAction"].text() == "Chain-rule receipt of dSSR/dw2…"
    menu.close()
    actions["canvasReceiptAction"].trigger()
    settle(qtbot)
    receipt = window.network_panel.receipt
    assert receipt.objectName() == "chainRuleReceipt" and receipt.isVisible()
    assert receipt.parameter == "w2"
    # the keyboard's way: choose a weight with Up/Down, press R
    canvas.setFocus()
    window.state.view.set_highlight("b1")
    QTest.keyClick(canvas, Qt.Key.Key_R)
    settle(qtbot)
    assert receipt.parameter == "b1"
    assert window.focusWidget() is receipt.tree  # where the keys go once the window is active


def test_hovering_a_term_lights_its_path_on_the_canvas(exploding, qtbot):
    window = exploding
    receipt = open_from_readout(window, "w1")
    canvas = window.network_canvas
    state = window.state
    assert state.selected_index == 0
    items = receipt.term_items()
    assert len(items) == 102  # two sequences of 51 days
    day_30 = items[29]
    hover(qtbot, receipt, day_30)
    assert receipt.tree.currentItem() is day_30  # hover = focus
    expected = TermPath("w1", 0, tuple(range(29, 51)))
    assert state.view.term_path == expected
    assert canvas.lit_path == expected
    # the frame sits round copy 30, where w1 meets x30
    frame = canvas.canvas_scene.path_overlay.frame_rect()
    assert frame.intersects(canvas.copy_items[29].sceneBoundingRect())
    assert not frame.intersects(canvas.copy_items[28].mapRectToScene(
        canvas.copy_items[28].frame_rect()))
    assert "copy 30 of 51" in receipt.detail.text()
    # a term of the other sequence: not on the canvas until Enter puts it there
    other = items[51 + 3]
    hover(qtbot, receipt, other)
    assert state.view.term_path == TermPath("w1", 1, tuple(range(3, 51)))
    assert canvas.lit_path is None
    assert "not on the canvas" in receipt.detail.text()
    receipt.tree.setFocus()
    QTest.keyClick(receipt.tree, Qt.Key.Key_Return)
    settle(qtbot)
    assert state.selected_index == 1
    assert canvas.lit_path == TermPath("w1", 1, tuple(range(3, 51)))
    # rolled: nothing to light, and the receipt says so
    state.view.set_canvas_mode(ROLLED)
    qtbot.waitUntil(lambda: not canvas.animating and canvas.mode == ROLLED, timeout=3000)
    assert canvas.lit_path is None and "Unroll the canvas" in receipt.detail.text()
    state.view.set_canvas_mode(UNROLLED)
    qtbot.waitUntil(lambda: not canvas.animating and canvas.mode == UNROLLED, timeout=3000)
    assert canvas.lit_path == TermPath("w1", 1, tuple(range(3, 51)))
    # closing the receipt puts the light out
    receipt.close()
    settle(qtbot)
    assert state.view.term_path is None and canvas.lit_path is None


def test_arrow_keys_walk_the_terms_and_light_each_path(window, qtbot):
    receipt = open_from_readout(window, "w2")
    tree = receipt.tree
    # a row that comes to lie under a mouse that did not move is not hovered: it would take
    # the keyboard's term away
    row = receipt.term_items()[5]
    hover(qtbot, receipt, row)
    assert receipt.tree.currentItem() is row
    receipt.focus_term(2)  # the keyboard's choice
    # rows scrolled under a still mouse: Qt says another row was "entered"; it stays unchosen
    tree.itemEntered.emit(receipt.term_items()[6], 0)
    tree.scrollToItem(receipt.term_items()[-1])
    settle(qtbot)
    assert receipt.current_term() is receipt.term_of(receipt.term_items()[2])
    tree.setFocus()
    receipt.focus_term(0)
    first = receipt.current_term()
    assert (first.sequence, first.copy) == (0, 0)
    QTest.keyClick(tree, Qt.Key.Key_Down)
    settle(qtbot)
    term = receipt.current_term()
    assert (term.sequence, term.copy) == (0, 1)
    assert window.state.view.term_path == TermPath("w2", 0, (1,))
    assert window.network_canvas.lit_path == TermPath("w2", 0, (1,))
    QTest.keyClick(tree, Qt.Key.Key_Down)  # onto the next sequence's row, then its first term
    QTest.keyClick(tree, Qt.Key.Key_Down)
    settle(qtbot)
    term = receipt.current_term()
    assert (term.sequence, term.copy) == (1, 0)
    assert window.state.view.term_path == TermPath("w2", 1, (0, 1))


def test_the_exploding_preset_shows_the_lessons_2_to_the_50(exploding, qtbot):
    receipt = open_from_readout(exploding, "b1")
    items = receipt.term_items()
    day_1 = items[0]
    assert day_1.text(4) == f"w2^50 = {show_number(2.0 ** 50)}"
    assert day_1.text(3) == "1 in all 51 copies"  # ReLU′ = 1 in every copy on the way
    assert "w2^50" in receipt.summary.text()  # the largest term carries it
    # the log bars are a staircase down the copies: 2^50 down to 2^0, one step a copy
    rect = receipt.tree.visualItemRect(day_1)
    widths = [receipt.bar_rect(receipt.term_of(item).value, rect).width()
              for item in items[:51]]
    assert all(a > b for a, b in zip(widths, widths[1:], strict=False))
    assert widths[-1] > 0  # the last day's term (2^0 times the error) still has its bar
    assert day_1.text(7) == "+10³⁰"
    # the day-1-low sequence's terms are all 0: ReLU is off, the path is cut
    low = items[51:]
    assert all(item.text(6) == "0" and item.text(3).startswith("0 in copy") for item in low)
    # on the linear share scale day 1 is half the total (2^50 of 2^51 − 1)
    receipt.set_scale(SHARE)
    assert day_1.text(7) == f"+{show_number(100 * 2 ** 50 / (2 ** 51 - 1))}%"
    receipt.set_scale(LOG)


def test_the_vanishing_preset_shows_half_to_the_50(window, qtbot):
    window.state.replace_document(presets.vanishing(), "Vanishing")
    settle(qtbot)
    receipt = open_from_readout(window, "w1")
    day_1 = receipt.term_items()[0]
    assert day_1.text(4) == f"w2^50 = {show_number(0.5 ** 50)}"


def test_the_receipt_follows_a_parameter_change(window, qtbot):
    receipt = open_from_readout(window, "w2")
    before = receipt.receipt.gradient
    receipt.focus_term(3)
    chosen = receipt.current_term()
    state = window.state
    params = state.params.replace(w2=0.8, b1=0.1)
    state.set_params(params, "Change w2")
    doc = state.document
    seqs, targets = doc.training_data()
    _, grads = loss_and_grads(params, seqs, targets, doc.training.activation)
    qtbot.waitUntil(lambda: receipt.receipt.gradient == grads.w2, timeout=2000)
    assert receipt.receipt.gradient != before
    assert f"dSSR/dw2 = {show_number(grads.w2)}" in receipt.summary.text()
    expected = chain_rule_receipt(params, seqs, targets, "w2", doc.training.activation)
    shown = [receipt.term_of(item) for item in receipt.term_items()]
    assert [k.value for k in shown] == [k.value for k in expected.terms]
    assert [item.text(6) for item in receipt.term_items()] == [show_number(k.value)
                                                              for k in expected.terms]
    now = receipt.current_term()  # the same term stays chosen
    assert (now.sequence, now.copy) == (chosen.sequence, chosen.copy)
    # new data: more copies, more rows
    first = doc.sequences[0]
    from dataclasses import replace

    longer = replace(first, values=first.values + (0.5, 0.25))
    state.apply(doc.with_sequences((longer,) + doc.sequences[1:]), "Longer")
    qtbot.waitUntil(lambda: len(receipt.term_items()) == 10, timeout=2000)


def test_table_and_copy_give_the_exact_terms(window, qtbot):
    receipt = open_from_readout(window, "w1")
    dialog = receipt.show_table()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == len(receipt.term_items())
    term_column = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                   ].index("term of dSSR/dw1")
    assert math.fsum(dialog.values(term_column)) == pytest.approx(receipt.receipt.gradient,
                                                                  rel=1e-12, abs=1e-15)
    dialog.close()
    receipt.copy_button.click()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert len(lines) == 1 + len(receipt.term_items())
    assert lines[1].split("\t")[0] == window.state.document.sequences[0].name


def test_every_receipt_control_has_words_and_the_lstm_has_no_receipt(window, qtbot):
    receipt = open_from_readout(window, "w1")
    settle(qtbot)
    assert not undescribed(receipt), [w.objectName() for w in undescribed(receipt)]
    assert receipt.tree.accessibleDescription()  # the current term, for a screen reader
    window.state.replace_document(presets.lstm_chapter(), "LSTM")
    settle(qtbot, 150)
    assert isinstance(window.state.params, LSTMParams)
    assert not window.training_panel.receipt_button.isVisibleTo(window.training_panel)
    assert "written for the RNN" in receipt.summary.text()
    assert receipt.term_items() == [] and window.state.view.term_path is None
    window.state.replace_document(presets.statland(), "StatLand")
    settle(qtbot, 150)
    assert isinstance(window.state.params, RNNParams) and len(receipt.term_items()) == 8


def test_the_path_geometry_follows_the_parameter(window, qtbot):
    """w1's path ends in x→sum of its copy, w2's in the loop arriving there, b1's in a ring at
    the sum; w3's is the last copy's y→output only."""
    from rnngui.ui.canvas.layout import EDGE_X_SUM, LOOP_IN, LOOP_OUT, copy_pos
    from rnngui.ui.canvas.path_overlay import path_geometry

    per_row = 3
    for parameter, edge in (("w1", EDGE_X_SUM), ("w2", LOOP_IN)):
        lines, _frame, rings = path_geometry(TermPath(parameter, 0, (1, 2, 3)), 4, per_row)
        o = copy_pos(1, per_row)
        assert any(line.p1() == edge[0] + o and line.p2() == edge[1] + o for line in lines)
        assert len(rings) == 1  # the prediction
        # w2 multiplies y0 of copy 1, which left copy 0 round the loop: lit from there
        before = copy_pos(0, per_row)
        from_copy_0 = any(line.p1() == LOOP_OUT[0] + before for line in lines)
        assert from_copy_0 == (parameter == "w2")
    _lines, _frame, rings = path_geometry(TermPath("b1", 0, (2, 3)), 4, per_row)
    assert len(rings) == 2
    lines, frame, _rings = path_geometry(TermPath("w3", 0, (3,)), 4, per_row)
    assert frame.center().x() == pytest.approx(copy_pos(3, per_row).x() + 0, abs=1)
    assert len(lines) == 2  # ReLU → output, and sum → ReLU (y itself)


def test_the_receipt_shows_the_timelines_scrubbed_step(window, qtbot):
    """Scrub a finished run to step 5: the receipt writes out the gradient at that step's exact
    parameters; back to live, the document's again."""
    from dataclasses import replace

    from rnngui.session.state import FINISHED

    state = window.state
    state.set_training(replace(state.document.training, speed=None, max_steps=20), "20 steps")
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=30000)
    receipt = open_from_readout(window, "w2")
    seqs, targets = state.document.training_data()
    activation = state.document.training.activation
    assert state.show_step(5)
    at_5 = state.shown_params
    assert at_5 != state.document.params
    _, grads = loss_and_grads(at_5, seqs, targets, activation)
    qtbot.waitUntil(lambda: receipt.receipt.gradient == grads.w2, timeout=2000)
    state.show_live()
    _, live = loss_and_grads(state.document.params, seqs, targets, activation)
    qtbot.waitUntil(lambda: receipt.receipt.gradient == live.w2, timeout=2000)


def test_the_receipt_keeps_up_with_a_live_run(window, qtbot):
    """Parameters change ten times a second while training: the receipt's wait for a quiet
    moment is never restarted, so it refreshes during the run, not only after it."""
    from dataclasses import replace

    from rnngui.session.state import RUNNING

    state = window.state
    state.set_training(replace(state.document.training, speed=40.0, max_steps=4000), "slow")
    receipt = open_from_readout(window, "w2")
    first = receipt.receipt.gradient
    state.start_training()
    try:
        qtbot.waitUntil(lambda: state.run_state == RUNNING and receipt.receipt.gradient != first,
                        timeout=5000)
        seen = receipt.receipt.gradient
        qtbot.waitUntil(lambda: receipt.receipt.gradient != seen, timeout=5000)
        assert state.run_state == RUNNING
    finally:
        state.stop()
        qtbot.waitUntil(lambda: not state.is_active, timeout=5000)

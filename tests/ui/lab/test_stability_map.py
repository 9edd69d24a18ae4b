"""The stability map through its real widgets: colours, legend, hover, click, recompute."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from rnngui.engine import fmt
from rnngui.engine.stability import OUTCOMES
from rnngui.model import presets
from rnngui.session.pacing import DIAGNOSIS_WINDOW
from rnngui.session.state import DIVERGED, FINISHED
from rnngui.session.view_state import LAB_PAGES
from rnngui.ui.lab.stability import OUTCOME_COLOURS, _rgb


def show_map(window, qtbot):
    window.tabs.setCurrentWidget(window.gradient_lab)
    window.state.view.set_lab_page("stability")
    page = window.findChild(QWidget, "stabilityMap")
    assert page is not None and page.isVisible()
    wait_for_map(qtbot, page)
    return page


def wait_for_map(qtbot, page):
    qtbot.waitUntil(lambda: page.map is not None and page.shown == page.pending, timeout=30000)


def viewport_point(page, i, j) -> QPoint:
    """Where cell (i, j) is on the plot's viewport, in pixels."""
    vb = page.plot.getPlotItem().vb
    scene = vb.mapViewToScene(page.cell_centre(i, j))
    return page.plot.mapFromScene(scene)


def move_mouse(widget, pos: QPoint) -> None:
    """A real mouse-move event to the plot's viewport (QTest.mouseMove moves the offscreen cursor
    but does not always deliver a move to a window that is not under it)."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def first_cell(page, kind):
    cells = np.argwhere(page.map.outcomes == kind)
    assert len(cells), kind
    return tuple(int(v) for v in cells[len(cells) // 2])


def test_the_engine_window_is_the_panels():
    from rnngui.engine.stability import WINDOW

    assert WINDOW == DIAGNOSIS_WINDOW


def test_page_is_in_the_lab_coloured_by_outcome_with_a_legend(window, qtbot):
    assert "stability" in LAB_PAGES
    page = show_map(window, qtbot)
    outcomes = page.map.outcomes
    assert outcomes.shape == (64, 64)
    assert set(np.unique(outcomes)) <= set(OUTCOMES)
    image = page.image.image
    assert image.shape == (64, 64, 3)
    for kind in np.unique(outcomes):
        i, j = first_cell(page, kind)
        colour = OUTCOME_COLOURS[kind]
        assert tuple(image[i, j]) == tuple(int(colour[k:k + 2], 16) for k in (1, 3, 5))
    # the legend names the diagnosis's categories and counts every cell once
    counts = 0
    for kind in OUTCOMES:
        text = page.legend_labels[kind].text()
        assert kind.capitalize() in text and OUTCOME_COLOURS[kind] in text
        counts += int(text.rsplit("(", 1)[1].rstrip(")").replace(",", ""))
    assert counts == outcomes.size
    assert page.plot.getAxis("bottom").labelText.startswith("learning rate")
    assert page.plot.getAxis("bottom").logMode
    assert page.plot.getAxis("left").labelText == "starting w2"
    # the project's own start and learning rate are ringed
    x, y = page.here.getData()
    assert y[0] == window.state.params.w2
    assert 10 ** x[0] == pytest.approx(window.state.document.training.learning_rate)
    assert not page.progress.isVisible()


def test_colours_are_okabe_ito_and_distinct():
    assert len(set(OUTCOME_COLOURS.values())) == len(OUTCOME_COLOURS)
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
                 "#000000", "#999999"}
    assert set(OUTCOME_COLOURS.values()) <= okabe_ito
    grid = np.array([["converged", "diverged"]])
    assert _rgb(grid)[0, 1].tolist() == [0xD5, 0x5E, 0x00]


def test_hovering_a_cell_shows_its_figures(window, qtbot):
    page = show_map(window, qtbot)
    i, j = first_cell(page, "converging")
    move_mouse(page.plot.viewport(), viewport_point(page, i, j))
    # the pointer passes over other cells on its way; the read-out follows it to this one
    qtbot.waitUntil(lambda: page.readout.text() == page.describe(i, j), timeout=3000)
    text = page.readout.text()
    assert "Converging" in text
    assert f"start w2 = {fmt(page.request.w2_values[i])}" in text
    assert f"learning rate = {fmt(page.request.columns[j])}" in text
    assert f"final SSR {fmt(float(page.map.final_ssr[i, j]))}" in text


def test_clicking_a_cell_loads_its_run_as_one_undoable_edit_and_train_agrees(window, qtbot):
    state = window.state
    page = show_map(window, qtbot)
    before = state.document
    i, j = first_cell(page, "bouncing")
    QTest.mouseClick(page.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(page, i, j))
    assert state.document.params.w2 == page.request.w2_values[i]
    assert state.document.training.learning_rate == page.request.columns[j]
    assert state.document.training.momentum == 0 and state.document.training.clip is None
    assert state.document.params.w1 == before.params.w1
    # Train runs the very run the cell shows: the panel's diagnosis names the cell's colour
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state in (FINISHED, DIVERGED), timeout=30000)
    assert state.diagnosis.kind == "bouncing"
    state.reset_run()
    # one Undo puts back both numbers (the reset above is the run's, not an edit)
    while state.document.params.w2 != before.params.w2 or (
            state.document.training != before.training):
        assert state.undo_stack.canUndo()
        state.undo()
        if state.document.training == before.training:
            break
    assert state.document.params == before.params
    assert state.document.training == before.training


def test_one_undo_step_per_click(window, qtbot):
    state = window.state
    page = show_map(window, qtbot)
    before = state.document
    count = state.undo_stack.count()
    page.load_cell(10, 20)
    assert state.undo_stack.count() == count + 1
    state.undo()
    assert state.document == before


def test_new_data_recompute_the_map_after_a_pause(window, qtbot):
    state = window.state
    page = show_map(window, qtbot)
    first = page.request
    state.replace_document(presets.exploding_four_loops(), "Exploding preset")
    assert page.request is first  # debounced: nothing yet
    qtbot.waitUntil(lambda: page.request is not first and page.shown == page.pending,
                    timeout=30000)
    assert page.request.sequences == tuple(tuple(s) for s in state.document.training_data()[0])
    assert page.request.start == state.params


def test_the_days_map_loads_the_days_data(window, qtbot):
    state = window.state
    page = show_map(window, qtbot)
    page.kind.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.request is not None and page.request.kind == "days"
                    and page.shown == page.pending, timeout=60000)
    assert page.map.outcomes.shape == (48, 59)
    assert page.plot.getAxis("bottom").labelText == "number of days"
    j = page.request.columns.index(10.0)
    page.load_cell(5, j)
    assert [len(s.values) for s in state.document.sequences] == [10, 10]
    assert state.document.params.w2 == page.request.w2_values[5]


def test_progress_shows_while_the_map_is_computed(window, qtbot):
    page = show_map(window, qtbot)
    seen = []
    page.computer.result.progress.connect(lambda g, share: seen.append(share))
    page.steps.setValue(400)
    qtbot.waitUntil(lambda: page.progress.isVisible(), timeout=3000)
    wait_for_map(qtbot, page)
    assert page.request.steps == 400
    assert seen and seen[-1] == 1.0
    assert not page.progress.isVisible()


def test_the_lstm_gets_a_sentence_not_a_map(window, qtbot):
    page = show_map(window, qtbot)
    window.state.replace_document(presets.lstm_chapter(), "LSTM chapter")
    qtbot.waitUntil(lambda: "for the RNN" in page.note.text(), timeout=5000)
    assert page.map is None and page.image.image is None
    assert not page.progress.isVisible()


def test_side_by_side_races_the_chosen_cell(window, qtbot):
    state = window.state
    page = show_map(window, qtbot)
    i, j = first_cell(page, "converging")
    page.load_cell(i, j)
    assert page.compare_button.isEnabled()
    page.compare_button.click()
    assert state.view.lab_page == "compare"
    compare = window.gradient_lab.compare
    assert compare.specs[0].learning_rate == page.request.columns[j]  # the very number
    assert compare.specs[0].start_w2 == page.request.w2_values[i]
    compare.stop()

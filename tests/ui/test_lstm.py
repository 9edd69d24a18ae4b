"""The LSTM chapter through the real widgets: the cell chooser, the canvas's gates and numbers,
training, the gradient groups, side-by-side runs, landscapes and the memory page (issue 15)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPen

from rnngui.engine import fmt, lstm
from rnngui.engine.lstm import CHAPTER_PARAMS, LSTMParams
from rnngui.engine.rnn import RNNParams
from rnngui.lesson.compute import first_day_reach
from rnngui.lesson.format import loads
from rnngui.model import presets
from rnngui.model.presets import MEMORY_LSTM_START, MEMORY_RNN_START
from rnngui.resources import resources_dir
from rnngui.session.state import FINISHED
from rnngui.ui.canvas.items import CopyItem
from rnngui.ui.canvas.lstm_format import pct
from rnngui.ui.canvas.lstm_items import LSTMCopyItem


def choose_cell(window, qtbot, label: str) -> None:
    """Pick a cell in the chooser with the keyboard, as a person would."""
    combo = window.training_panel.cell_chooser.combo
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findText(label) > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentText() != label:
        qtbot.keyClick(combo, key)
    qtbot.waitUntil(lambda: window.state.cell.label == label)


def chip_point(canvas, t: int, name: str) -> QPoint:
    item = canvas.copy_items[t]
    return canvas.mapFromScene(item.mapToScene(item.chip_rect(name).center()))


@pytest.fixture
def chapter(window):
    window.state.replace_document(presets.lstm_chapter(), "LSTM chapter")
    window.state.select(1)  # Company B
    return window


def test_choosing_the_lstm_draws_its_gates_with_the_engines_numbers(window, qtbot):
    state = window.state
    choose_cell(window, qtbot, "LSTM")
    assert state.params == CHAPTER_PARAMS
    assert state.undo_stack.undoText() == "Cell: LSTM"
    canvas = window.network_canvas
    assert all(isinstance(item, LSTMCopyItem) for item in canvas.copy_items)
    values = state.selected_sequence.values
    assert len(canvas.copy_items) == len(values)
    trace = lstm.forward(CHAPTER_PARAMS, values)
    for t, item in enumerate(canvas.copy_items):
        texts = item.texts()
        day = t + 1
        assert texts["forget"] == f"f{day} = {fmt(100 * trace.forget[t])}%"
        assert texts["input"] == f"i{day} = {fmt(100 * trace.input[t])}%"
        assert texts["output"] == f"o{day} = {fmt(100 * trace.output[t])}%"
        assert texts["potential"] == f"g{day} = {fmt(trace.potential[t])}"
        assert texts["long"] == f"c{day} = {fmt(trace.long[t])}"
        assert texts["short"] == f"h{day} = {fmt(trace.short[t])}"
        assert texts["wlr1"] == f"wlr1 = {fmt(CHAPTER_PARAMS.wlr1)}"
    assert canvas.copy_items[-1].texts()["prediction"].endswith(fmt(trace.prediction))
    assert "12 parameters" in canvas.badge.text()
    # the formula line works out the last day, gate by gate
    assert pct(trace.forget[-1]) in window.network_panel.formula_label.text()
    # the LSTM's activations are fixed; its twelve parameters train
    controls = window.training_panel.controls
    assert not controls.activation.isEnabled()
    assert tuple(controls.trainable) == lstm.LSTM_PARAM_NAMES
    window.grab()  # every copy paints without an error


def test_undo_after_choosing_the_lstm_brings_the_rnn_back(window, qtbot):
    state = window.state
    before = state.params
    choose_cell(window, qtbot, "LSTM")
    state.undo()
    assert state.params == before and isinstance(state.params, RNNParams)
    assert window.training_panel.cell_chooser.combo.currentText() == "RNN"
    assert all(isinstance(item, CopyItem) for item in window.network_canvas.copy_items)
    assert window.training_panel.controls.activation.isEnabled()
    assert tuple(window.training_panel.controls.trainable) == ("w1", "w2", "b1", "w3", "b2")
    assert state.history.names == before.names
    window.grab()


def test_switching_cells_asks_before_throwing_a_run_away(window, qtbot):
    state = window.state
    panel = window.training_panel
    asked = []
    panel.confirm = lambda parent, title, text: asked.append(title) or False
    state.step()
    qtbot.waitUntil(lambda: len(state.history) >= 1)
    state.stop()
    before = state.params
    assert not panel.cell_chooser.choose("lstm")
    assert asked == ["Switch to the LSTM?"]
    assert state.params == before and panel.cell_chooser.combo.currentText() == "RNN"


def test_training_the_lstm_on_company_a_and_b_lowers_the_ssr(chapter, qtbot):
    window, state = chapter, chapter.state
    panel = window.training_panel
    panel.controls.seed.setValue(1)
    qtbot.mouseClick(panel.controls.reinit_button, Qt.MouseButton.LeftButton)
    assert state.params == lstm.random_params(1)
    panel.max_steps.setValue(500)
    start_ssr = lstm.loss_and_grads(state.params, *lstm.COMPANIES)[0]
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=60_000)
    end_ssr = lstm.loss_and_grads(state.params, *lstm.COMPANIES)[0]
    assert end_ssr < start_ssr / 10
    # the plots carry the twelve gradients, coloured by gate
    names = [name for name, _c, _p in panel.gradient_view.series]
    assert names == [f"dSSR/d{n}" for n in lstm.LSTM_PARAM_NAMES]
    # and the canvas shows the trained numbers
    trace = lstm.forward(state.params, state.selected_sequence.values)
    assert window.network_canvas.copy_items[-1].texts()["prediction"].endswith(
        fmt(trace.prediction))


def test_the_gradient_chooser_shows_one_gate_at_a_time(chapter, qtbot):
    groups = chapter.training_panel.gradient_groups
    assert groups.count() == 5  # all, and the four groups of the LSTM
    assert len(groups.shown()) == 12
    groups.choose("forget gate")
    assert groups.shown() == ("wlr1", "wlr2", "blr1")
    pens = [p for _n, _c, p in chapter.training_panel.gradient_view.series[:3]]
    assert all(isinstance(p, QPen) for p in pens)
    assert len({p.color().name() for p in pens}) == 1  # one colour per gate
    assert len({p.style() for p in pens}) == 3  # a line style per parameter
    groups.choose("all")
    assert len(groups.shown()) == 12


def test_clicking_and_double_clicking_an_lstm_parameter(chapter, qtbot):
    canvas = chapter.network_canvas
    state = chapter.state
    # (double-click first: QTest's simulated clock reads a click then a double-click as one)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(canvas, 2, "wo1"))
    editor = canvas.editor
    assert editor is not None and editor.isVisible()
    assert float(editor.text()) == CHAPTER_PARAMS.wo1
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert state.params == CHAPTER_PARAMS.replace(wo1=3.0)
    assert state.undo_stack.undoText() == "Edit wo1"
    assert canvas.copy_items[0].texts()["wo1"] == "wo1 = 3"
    before = canvas.viewport().grab().toImage()
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(canvas, 1, "blr1"))
    assert canvas.canvas_scene.model.highlighted == "blr1"
    assert "blr1 = 1.62 in all 4 copies" in canvas.badge.text()
    assert canvas.viewport().grab().toImage() != before  # the highlight is drawn in every copy
    state.view.set_highlight("wp2")  # a lesson step asks for another one
    assert canvas.canvas_scene.model.selected == "wp2"  # (the mouse still hovers blr1)


def test_the_backward_view_shows_what_flows_back_along_the_long_term_memory(chapter, qtbot):
    state = chapter.state
    state.view.set_backward(True)
    values = state.selected_sequence.values
    sensitivity = lstm.input_sensitivity(CHAPTER_PARAMS, values)
    long_back = lstm.long_term_sensitivity(CHAPTER_PARAMS, values)
    for t, item in enumerate(chapter.network_canvas.copy_items):
        texts = item.texts()
        assert texts["sensitivity"] == f"∂prediction/∂x{t + 1} = {fmt(sensitivity[t])}"
        assert texts["long_sensitivity"] == f"∂prediction/∂c{t + 1} = {fmt(long_back[t])}"
    chapter.grab()


def test_rolled_view_and_stepping_the_lstm(chapter, qtbot):
    panel = chapter.network_panel
    panel.canvas.set_mode("rolled", animate=False)
    assert len(panel.canvas.copy_items) == 1
    assert panel.canvas.copy_items[0].texts()["long_in"].startswith("c3 = ")
    panel.canvas.set_mode("unrolled", animate=False)
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert panel.formula_label.text().startswith("Copy 1 of 4:  f1 = σ(")
    chapter.grab()


def test_side_by_side_runs_of_the_lstm_start_from_the_forget_bias(chapter, qtbot):
    view = chapter.gradient_lab.compare_view
    chapter.state.view.set_tab("gradient_lab")
    chapter.state.view.set_lab_page("compare")
    assert view.table.horizontalHeaderItem(2).text().startswith("start blr1")
    assert view.table.item(0, 2).text() == f"{CHAPTER_PARAMS.blr1:g}"
    view.table.item(0, 2).setText("4")
    view.run()
    qtbot.waitUntil(lambda: not view.model.running, timeout=60_000)
    assert view.model.starts[0] == CHAPTER_PARAMS.replace(blr1=4.0)
    assert view.model.specs[0].start_param == "blr1"
    assert "blr1 from 4" in view.diagnosis_labels[0].text()


def test_landscapes_refill_their_parameters_for_the_lstm(chapter, qtbot):
    lab = chapter.gradient_lab
    for page in ("through_time", "unroll"):  # the RNN's w2 pages say so instead of failing
        chapter.state.view.set_tab("gradient_lab")
        chapter.state.view.set_lab_page(page)
    assert "LSTM" in lab.unroll.readout.text() and "LSTM" in lab.through_time.current.text()
    names = [lab.landscape_2d.x_param.itemText(i) for i in range(lab.landscape_2d.x_param.count())]
    assert tuple(names) == lstm.LSTM_PARAM_NAMES
    assert lab.landscape_1d.param.currentText() == "blr1"
    chapter.state.view.set_tab("gradient_lab")
    chapter.state.view.set_lab_page("landscape_2d")
    qtbot.waitUntil(lambda: lab.landscape_2d.grid is not None, timeout=30_000)
    assert set(lab.landscape_2d.grid_axes) == {"wlr1", "blr1"}


def test_the_memory_page_compares_both_cells_on_51_days(window, qtbot):
    state = window.state
    state.view.set_tab("gradient_lab")
    state.view.set_lab_page("memory")
    page = window.gradient_lab.memory
    assert window.gradient_lab.tabs.currentWidget() is page
    x_rnn, y_rnn = page.reach_curves["rnn"].getOriginalDataset()
    x_lstm, y_lstm = page.reach_curves["lstm"].getOriginalDataset()
    assert x_rnn[-1] == x_lstm[-1] == 51
    # the RNN's falls like |w2|^n; the engine's numbers on both curves
    assert y_rnn[-1] == pytest.approx(abs(MEMORY_RNN_START.w2) ** 50, rel=1e-12)
    assert y_lstm[-1] == first_day_reach(MEMORY_LSTM_START, 51)
    assert math.log10(y_lstm[-1] / y_rnn[-1]) > 6  # many decades higher
    qtbot.mouseClick(page.race_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.race.finished, timeout=120_000)
    assert page.final_ssr(0) > 0.4  # the RNN stalls at the average of the targets
    assert page.final_ssr(1) < 0.05  # the LSTM learns
    assert page.words["rnn"].text().startswith("The RNN stalls")
    assert "w2" in page.words["rnn"].text()
    assert page.words["lstm"].text().startswith("The LSTM learns")
    assert "forget gate" in page.words["lstm"].text()
    window.grab()
    # open the trained LSTM in the project: the canvas draws it
    qtbot.mouseClick(page.open_buttons["lstm"], Qt.MouseButton.LeftButton)
    assert isinstance(state.params, LSTMParams)
    assert len(window.network_canvas.copy_items) == 51


def test_the_lstm_lesson_runs_in_the_lesson_panel(window, qtbot):
    panel = window.lesson_panel
    assert panel.add_lesson_file(resources_dir() / "lessons" / "statquest-rnn_2-lstm.json")
    panel.show()
    for index in range(len(panel.lesson.steps)):
        panel.go_to(index)
        assert panel.problems == [], panel.problems  # every action did what it says
        panel.reveal()
        assert "The engine says" in panel.result.text()
    assert window.state.view.lab_page == "memory"  # the last step shows the memory page
    window.grab()
    panel.hide()  # the window remembers its docks: the next test's window starts without it


def test_a_lesson_naming_lstm_parameters_on_the_rnn_says_so(window):
    window.state.replace_document(presets.statland(), "StatLand")
    problems = window.lesson_panel.actions_.apply(loads("""{"format": "rnnlab-lesson",
        "version": 1, "title": "t", "steps": [{"title": "s", "text": "x",
        "actions": [{"params": {"blr1": 3}}]}]}""").steps[0].actions)
    assert problems == ["params: the RNN has no blr1 (it has w1, w2, b1, w3, b2)"]

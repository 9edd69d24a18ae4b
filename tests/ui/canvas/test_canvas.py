"""The network canvas through the real window: copies, numbers, shared weights, editing, export."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QGraphicsView

from rnngui.engine import (
    RNNParams,
    forward,
    input_sensitivity,
    w2_share_of_gradient,
)
from rnngui.model.document import SequenceData
from rnngui.model.numbers import show_number as fmt  # how the canvas prints every number
from rnngui.model.presets import exploding
from rnngui.ui.canvas.model import ROLLED, UNROLLED


def canvas_of(window):
    canvas = window.network_canvas
    assert isinstance(canvas, QGraphicsView)
    assert canvas.objectName() == "networkCanvas"
    return canvas


def set_values(window, values, target=1.0, name="test"):
    window.state.set_sequences((SequenceData(name, tuple(values), target),), "test data")
    window.state.select(0)


def chip_point(canvas, t: int, name: str) -> QPoint:
    item = canvas.copy_items[t]
    return canvas.mapFromScene(item.mapToScene(item.chip_rect(name).center()))


def test_one_copy_per_value_and_it_follows_the_sequence(window):
    canvas = canvas_of(window)
    assert canvas.mode == UNROLLED
    assert len(canvas.copy_items) == len(window.state.selected_sequence.values) == 2
    set_values(window, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    assert len(canvas.copy_items) == 7
    assert [item.t for item in canvas.copy_items] == list(range(7))
    set_values(window, [0.5, 1.0, 0.0])
    assert len(canvas.copy_items) == 3
    canvas.set_mode(ROLLED, animate=False)
    assert len(canvas.copy_items) == 1 and canvas.copy_items[0].rolled
    canvas.set_mode(UNROLLED, animate=False)
    assert len(canvas.copy_items) == 3


def test_labels_carry_the_engines_numbers(window):
    canvas = canvas_of(window)
    state = window.state
    for index, seq in enumerate(state.document.sequences):
        state.select(index)
        trace = forward(state.params, seq.values)
        assert len(canvas.copy_items) == len(seq.values)
        for t, item in enumerate(canvas.copy_items):
            texts = item.texts()
            day = t + 1
            assert texts["x"] == f"x{day} = {fmt(trace.xs[t])}"
            assert texts["w1x"] == f"w1·x{day} = {fmt(state.params.w1 * trace.xs[t])}"
            assert texts["w2y"] == f"w2·y{t} = {fmt(state.params.w2 * trace.feedback[t])}"
            assert texts["sum"] == f"sum{day} = {fmt(trace.sums[t])}"
            assert texts["y"] == f"y{day} = {fmt(trace.hidden[t])}"
            assert texts["w2"] == f"w2 = {fmt(state.params.w2)}"
        last = canvas.copy_items[-1].texts()
        assert last["output"] == f"prediction = {fmt(trace.prediction)}"
        assert last["residual"] == f"residual = {fmt(seq.target - trace.prediction)}"
        first = canvas.copy_items[0].texts()
        assert first["output"] == f"output1 = {fmt(trace.outputs[0])}"
        assert "ignored" in first and "ignored" not in last


def test_huge_and_tiny_numbers_stay_short(window):
    canvas = canvas_of(window)
    window.state.replace_document(exploding())
    window.state.select(0)
    window.state.set_params(RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0))
    trace = forward(window.state.params, window.state.selected_sequence.values)
    assert len(canvas.copy_items) == 51
    text = canvas.copy_items[-1].texts()["output"]
    assert text == f"prediction = {fmt(2.0**50)}" and "e15" in text
    assert trace.prediction == 2.0**50
    window.state.set_params(RNNParams(w1=1.0, w2=0.5, b1=0.0, w3=1.0, b2=0.0))
    assert "e-16" in canvas.copy_items[-1].texts()["output"]
    assert all(len(item.texts()["sum"]) < 24 for item in canvas.copy_items)


def test_params_change_restyles_without_rebuilding(window):
    canvas = canvas_of(window)
    items = list(canvas.copy_items)
    window.state.set_params(RNNParams(w1=0.3, w2=0.7, b1=0.1, w3=1.5, b2=-0.2))
    assert canvas.copy_items == items  # the same objects: nothing was rebuilt
    seq = window.state.selected_sequence
    trace = forward(window.state.params, seq.values)
    assert items[-1].texts()["output"] == f"prediction = {fmt(trace.prediction)}"
    assert items[0].texts()["b1"] == "b1 = 0.1"


def test_badge_counts_five_parameters_whatever_the_length(window):
    canvas = canvas_of(window)
    assert canvas.badge.text() == "5 parameters · 2 copies · unrolled 1 time"
    set_values(window, [1.0, 0.0, 0.0, 0.0, 0.0])
    assert canvas.badge.text() == "5 parameters · 5 copies · unrolled 4 times"
    window.state.replace_document(exploding())
    assert canvas.badge.text() == "5 parameters · 51 copies · unrolled 50 times"
    canvas.set_mode(ROLLED, animate=False)
    assert canvas.badge.text().startswith("5 parameters · rolled")


def test_clicking_a_weight_highlights_it_in_every_copy(window, qtbot):
    canvas = canvas_of(window)
    set_values(window, [0.0, 0.5, 1.0])
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(canvas, 1, "w2"))
    assert canvas.canvas_scene.model.highlighted == "w2"
    assert canvas.badge.text().endswith("w2 = -0.5 in all 3 copies")
    canvas_image_with = canvas.viewport().grab().toImage()
    # a second press within the double-click interval is a double click (it edits the weight):
    # a user's second click comes later
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(canvas, 0, "w2"))
    assert canvas.canvas_scene.model.selected is None  # a second click lets go
    canvas.canvas_scene.hover_weight(None)  # and the pointer moves on (a hover highlights too)
    assert canvas.canvas_scene.model.highlighted is None
    assert "in all" not in canvas.badge.text()
    assert canvas.viewport().grab().toImage() != canvas_image_with  # the highlight is drawn


def test_hovering_a_weight_highlights_it(window, qtbot):
    canvas = canvas_of(window)
    scene = canvas.canvas_scene
    scene.hover_weight("w1")
    assert scene.model.highlighted == "w1"
    assert "w1 = 1.8 in all 2 copies" in canvas.badge.text()
    scene.hover_weight(None)
    assert scene.model.highlighted is None


def test_double_click_edits_a_weight_through_the_undo_stack(window, qtbot):
    canvas = canvas_of(window)
    state = window.state
    before = state.params
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(canvas, 1, "w1"))
    editor = canvas.editor
    assert editor is not None and editor.isVisible()
    assert float(editor.text()) == before.w1
    editor.selectAll()
    qtbot.keyClicks(editor, "2.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert state.params == before.replace(w1=2.5)
    assert state.undo_stack.undoText() == "Edit w1"
    trace = forward(state.params, state.selected_sequence.values)
    assert canvas.copy_items[-1].texts()["output"] == f"prediction = {fmt(trace.prediction)}"
    assert canvas.copy_items[0].texts()["w1"] == "w1 = 2.5"
    state.undo()
    assert state.params == before
    assert canvas.copy_items[0].texts()["w1"] == f"w1 = {fmt(before.w1)}"


def test_a_bad_weight_is_refused_with_a_message(window, qtbot):
    canvas = canvas_of(window)
    state = window.state
    before = state.params
    messages = []
    state.statusMessage.connect(lambda text, _ms: messages.append(text))
    editor = canvas.edit_weight("w2")
    editor.setText("two")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert state.params == before and editor.isVisible()
    assert messages and "not a number" in messages[-1]
    editor.setText("1e9")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert state.params == before and "1e+06" in messages[-1]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and state.params == before
    editor = canvas.edit_weight("b2")
    editor.setText("−0,25")  # a decimal comma where the locale writes a point: refused, said why
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert state.params == before and "could mean -0.25" in messages[-1]
    old_locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        editor.setText("−0,25")  # typographic minus and the locale's decimal comma
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    finally:
        QLocale.setDefault(old_locale)
    assert state.params.b2 == -0.25


def test_step_through_shows_each_copys_arithmetic(window, qtbot):
    canvas = canvas_of(window)
    panel = window.network_panel
    state = window.state
    state.select(1)  # low, medium -> high
    p = state.params
    trace = forward(p, state.selected_sequence.values)
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert canvas.canvas_scene.model.step == 0
    assert canvas.copy_items[1].texts()["sum"].startswith("sum2")  # still known to the test...
    assert not canvas.canvas_scene.model.reached(1)  # ... but the canvas shows it as not yet computed
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    expected = (
        f"sum2 = {fmt(p.w1)}×{fmt(trace.xs[1])} + ({fmt(p.w2)})×{fmt(trace.hidden[0])} + "
        f"{fmt(p.b1)} = {fmt(trace.sums[1])} → ReLU → y2 = {fmt(trace.hidden[1])}"
    )
    assert expected in panel.formula_label.text()
    assert panel.formula_label.text().startswith("Copy 2 of 2")
    assert panel.formula_label.text().endswith(f"prediction = {fmt(p.w3)}×{fmt(trace.hidden[1])} + "
                                               f"{fmt(p.b2)} = {fmt(trace.prediction)}")
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert canvas.canvas_scene.model.step == -1
    assert canvas.canvas_scene.model.reached(1)


def test_play_runs_through_every_copy(window, qtbot):
    canvas = canvas_of(window)
    set_values(window, [0.2, 0.4, 0.6])
    canvas.stepper._timer.setInterval(10)
    canvas.stepper.play()
    qtbot.waitUntil(lambda: not canvas.stepper.playing, timeout=5000)
    assert canvas.stepper.index == 2


def test_backward_view_numbers_come_from_the_engine(window):
    canvas = canvas_of(window)
    set_values(window, [1.0, 0.0, 0.0, 0.0, 0.0], target=1.0)
    params = RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0)
    window.state.set_params(params)
    window.network_panel.backward_button.setChecked(True)
    values = window.state.selected_sequence.values
    sens = input_sensitivity(params, values)
    shares = w2_share_of_gradient(params, values, 1.0)
    assert sens[0] == 16.0  # 2^4: the first input crosses four loops
    for t, item in enumerate(canvas.copy_items):
        texts = item.texts()
        assert texts["sensitivity"] == f"∂prediction/∂x{t + 1} = {fmt(sens[t])}"
        assert texts["share"] == f"contribution to dSSR/dw2 = {fmt(shares[t])}"
    model = canvas.canvas_scene.model
    widths = [model.scale_x.width(v) for v in sens]
    assert widths == sorted(widths, reverse=True) and widths[0] > widths[-1]  # w2^k, seen
    assert canvas.legend.isVisible()
    window.state.set_params(params.replace(w2=0.5))
    sens = input_sensitivity(window.state.params, values)
    assert canvas.copy_items[0].texts()["sensitivity"] == f"∂prediction/∂x1 = {fmt(0.0625)}"
    assert sens[0] == 0.0625
    window.network_panel.backward_button.setChecked(False)
    assert "sensitivity" not in canvas.copy_items[0].texts()
    assert not canvas.legend.isVisible()


def test_zoom_hides_and_returns_labels(window, qtbot):
    canvas = canvas_of(window)
    window.state.replace_document(exploding())
    canvas.fit()
    assert not canvas.labels_visible()  # 51 copies in one window: too small to read
    canvas.zoom_to(1.0, 50)
    assert canvas.labels_visible()
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert not canvas.labels_visible()


def test_the_toggle_animates_and_lands_on_the_other_view(window, qtbot):
    canvas = canvas_of(window)
    panel = window.network_panel
    set_values(window, [0.0, 0.5, 1.0, 0.5])
    qtbot.mouseClick(panel.rolled_button, Qt.MouseButton.LeftButton)
    assert canvas.animating  # the copies fold into the one network
    qtbot.waitUntil(lambda: canvas.mode == ROLLED and len(canvas.copy_items) == 1, timeout=3000)
    qtbot.mouseClick(panel.unrolled_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not canvas.animating, timeout=3000)
    assert canvas.mode == UNROLLED and len(canvas.copy_items) == 4
    xs = [item.pos() for item in canvas.copy_items]
    assert len({(p.x(), p.y()) for p in xs}) == 4  # spread out again


def test_export_png_and_svg(window, tmp_path):
    canvas = canvas_of(window)
    canvas.export(tmp_path / "net.png")
    canvas.export(tmp_path / "net.svg")
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "net.png"))
    assert not image.isNull() and image.width() > 500
    svg = (tmp_path / "net.svg").read_text(encoding="utf-8")
    trace = forward(window.state.params, window.state.selected_sequence.values)
    assert "<svg" in svg and f"prediction = {fmt(trace.prediction)}" in svg
    assert "5 parameters" in svg


def test_a_thousand_copies_are_built_once_and_restyled(window):
    canvas = canvas_of(window)
    rng = np.random.default_rng(1)
    set_values(window, rng.uniform(0, 1, 1000).round(3))
    assert len(canvas.copy_items) == 1000
    items = list(canvas.copy_items)
    window.state.set_params(RNNParams(w1=0.5, w2=0.9, b1=0.0, w3=1.0, b2=0.0))
    assert canvas.copy_items == items
    trace = forward(window.state.params, window.state.selected_sequence.values)
    assert items[999].texts()["output"] == f"prediction = {fmt(trace.prediction)}"
    canvas.viewport().grab()  # paints without error at the fitted zoom


@pytest.mark.parametrize("copies,width,height", [(2, 1400, 600), (5, 500, 600), (51, 500, 600)])
def test_copies_wrap_into_rows_to_fit_the_window(copies, width, height):
    from rnngui.ui.canvas.layout import best_per_row, grid_size

    per_row = best_per_row(copies, width, height, 30)
    cols, rows = grid_size(copies, per_row)
    assert cols * rows >= copies and (rows - 1) * cols < copies
    if copies == 2:
        assert rows == 1  # a wide window keeps the chain on one line
    else:
        assert rows > 1  # a narrow one wraps it


def test_round_off_and_denormals_read_as_zero_with_the_residue_beside(window, qtbot):
    """A converged prediction of 6.83e-16 reads ≈ 0 (6.8e-16); b2 = -4.94e-324 reads ≈ 0."""
    from rnngui.ui.canvas.format import backward_labels, copy_labels

    params = RNNParams(w1=1.0, w2=0.5, b1=0.0, w3=1.0, b2=-4.94e-324)
    trace = forward(params, [6.83e-16])
    labels = copy_labels(trace, params, 0, 0.0)
    assert labels["b2"] == "b2 = ≈ 0 (-4.9e-324)"
    assert labels["output"] == "prediction = ≈ 0 (6.8e-16)"
    assert "e-324" not in labels["residual"] or labels["residual"].startswith("residual = ≈ 0")
    assert backward_labels(1.0, 0.96, 0)["share"] == "contribution to dSSR/dw2 = 0.96"


def test_the_exploding_preset_shows_the_lessons_16_in_the_backward_view(window, qtbot):
    """Step 7 of the lesson: w2 = 2, unrolled 4 times, day 1 multiplied by 2^4 = 16."""
    from rnngui.model.presets import exploding_four_loops

    window.state.replace_document(exploding_four_loops())
    window.state.select(0)
    window.state.view.set_backward(True)
    canvas = canvas_of(window)
    first = canvas.copy_items[0].texts()["sensitivity"]
    assert first == f"∂prediction/∂x1 = {fmt(2.0**4)}" == "∂prediction/∂x1 = 16"
    assert "×16 on the feedback path" in canvas.formula
    assert "w2^4 = 16" in canvas.formula

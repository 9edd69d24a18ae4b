"""The gradient lab through its real widgets: read-outs, landscapes, presets, clipping, runs."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSlider, QWidget

from rnngui.engine import RNNParams, fmt, input_sensitivity, loss_and_grads
from rnngui.engine.diagnose import BOUNCING, STALLING
from rnngui.session.state import DIVERGED, FINISHED

from ..flat_out import flat_out


def lab(window):
    window.tabs.setCurrentWidget(window.gradient_lab)  # clicks reach only visible widgets
    return window.gradient_lab


def show(window, view):
    """Bring a lab view to the front: hidden views defer their updates until shown."""
    lab(window).tabs.setCurrentWidget(view)
    return view


def wait_for_grid(qtbot, view):
    qtbot.waitUntil(lambda: view.shown == view.pending == view.computer.generation, timeout=10000)


def test_lesson_readouts_show_the_engines_numbers(window):
    text = window.findChild(QLabel, "lessonReadouts").text()
    assert f"2^4 = {fmt(16.0)}" in text
    assert f"2^50 = {fmt(2.0**50)}" in text
    assert f"0.5^50 = {fmt(0.5**50)}" in text


def test_gradient_through_time_plots_the_engines_sensitivities(window, qtbot):
    state = window.state
    state.set_params(RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0))
    state.select(3)  # "high, high": both copies switched on
    view = show(window, lab(window).through_time)
    view.refresh()
    seq = state.selected_sequence.values
    x, y = view.measured.getOriginalDataset()
    assert len(x) == 2
    expected = np.abs(input_sensitivity(state.params, seq))
    # x is the number of loops between the day and the prediction; nonzero entries are drawn
    for n, value in zip(x, y):
        assert value == pytest.approx(expected[len(seq) - 1 - int(n)])
    rx, ry = view.reference.getOriginalDataset()
    np.testing.assert_allclose(ry, 2.0 ** rx)


def test_unroll_experiment_reads_16_at_four_unrolls(window, qtbot):
    window.state.set_params(RNNParams(w1=1.0, w2=-0.5, b1=0.0, w3=1.0, b2=0.0))
    view = show(window, lab(window).unroll)
    view.findChild(QSlider, "w2Slider").setValue(200)  # w2 = 2
    view.findChild(QSlider, "unrollSlider").setValue(4)
    assert view.data["dpred/dx1"][3] == 16.0
    assert "|w2|^4 = 16" in view.readout.text()
    view.findChild(QSlider, "unrollSlider").setValue(50)
    assert f"|w2|^50 = {fmt(2.0**50)}" in view.readout.text()
    view.findChild(QSlider, "w2Slider").setValue(50)  # w2 = 0.5
    assert f"|w2|^50 = {fmt(0.5**50)}" in view.readout.text()


def test_one_parameter_landscape_matches_loss_and_grads(window, qtbot):
    view = show(window, lab(window).landscape_1d)
    view.recompute()
    wait_for_grid(qtbot, view)
    sequences, targets = window.state.document.training_data()
    (name, values), = view.grid_axes.items()
    assert name == "w2"
    for k in (0, 100, 250, 400):
        expected, _ = loss_and_grads(window.state.params.replace(w2=values[k]), sequences, targets)
        assert view.grid[k] == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_two_parameter_contour_matches_loss_and_grads_and_draws_the_path(window, qtbot):
    view = show(window, lab(window).landscape_2d)
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=20000)
    view.recompute()
    wait_for_grid(qtbot, view)
    (xn, xv), (yn, yv) = view.grid_axes.items()
    assert (xn, yn) == ("w1", "w2")
    sequences, targets = window.state.document.training_data()
    for i, j in ((0, 0), (50, 20), (100, 77)):
        params = window.state.params.replace(w1=xv[i], w2=yv[j])
        assert view.grid[i, j] == pytest.approx(loss_and_grads(params, sequences, targets)[0])
    px, py = view.path.getData()
    assert len(px) > 10
    last = window.state.history.rows[-1]
    assert (px[-1], py[-1]) == (last[7], last[8])  # w1, w2 after the last step
    assert (px[-1], py[-1]) == (window.state.params.w1, window.state.params.w2)


def run_preset(window, qtbot, button_name: str) -> str:
    lab(window)
    qtbot.mouseClick(window.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)
    flat_out(window.state)
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state in (FINISHED, DIVERGED), timeout=60000)
    return window.state.diagnosis.kind


def test_exploding_preset_bounces_and_shows_two_to_the_n(window, qtbot):
    assert run_preset(window, qtbot, "explodingPresetButton") == BOUNCING
    assert "Bouncing" in window.findChild(QLabel, "diagnosisLabel").text()
    # the preset starts at w2 = 2: the through-time view showed 2^n before training
    window.state.undo()
    assert window.state.params.w2 == 2.0
    view = show(window, lab(window).through_time)
    view.refresh()
    rx, ry = view.reference.getOriginalDataset()
    assert sorted(rx) == [0, 1, 2, 3, 4]  # five days: the first crosses four loops
    np.testing.assert_allclose(ry, 2.0**rx)


def test_vanishing_preset_stalls(window, qtbot):
    assert run_preset(window, qtbot, "vanishingPresetButton") == STALLING
    label = window.findChild(QLabel, "diagnosisLabel").text()
    assert "Stalling" in label and "vanishing" in label


def test_clipping_stops_the_bouncing(window, qtbot):
    lab(window)
    qtbot.mouseClick(window.findChild(QPushButton, "explodingPresetButton"),
                     Qt.MouseButton.LeftButton)
    clip = window.findChild(QCheckBox, "clipToggle")
    qtbot.mouseClick(clip, Qt.MouseButton.LeftButton)
    assert window.state.document.training.clip == 0.01
    flat_out(window.state)
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state in (FINISHED, DIVERGED), timeout=60000)
    assert window.state.diagnosis.kind != BOUNCING
    assert "clip" in window.state.diagnosis.message.lower()


def test_side_by_side_runs_train_together(window, qtbot):
    view = show(window, lab(window).compare_view)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    model = lab(window).compare
    qtbot.waitUntil(lambda: not model.running, timeout=60000)
    steps = window.state.document.training.max_steps
    assert [int(h.last[0]) for h in model.histories] == [steps] * 3
    assert all(d is not None for d in model.diagnoses)
    for i in range(3):
        assert len(view.loss_curves[i].getData()[0]) > 0
        assert view.diagnosis_labels[i].text().startswith(f"Run {i + 1}")
    # runs that differ only by learning rate end in different places
    finals = [h.last[1] for h in model.histories]
    assert finals[0] != finals[1]


def test_side_by_side_refuses_bad_cells(window, qtbot):
    view = show(window, lab(window).compare_view)
    view.table.item(0, 1).setText("fast")
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert "run 1" in view.message.text()
    assert not lab(window).compare.running


def test_one_parameter_path_lies_on_the_curve_and_jumps_across_the_valley(window, qtbot):
    # only w2 trains on the exploding preset, so every point of the path is on the SSR(w2) curve
    view = show(window, lab(window).landscape_1d)
    lab(window).load_exploding()
    flat_out(window.state)
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=20000)
    view.recompute()
    wait_for_grid(qtbot, view)
    xs, ys = view.path.getOriginalDataset()
    assert xs[0] == 2.0 and len(xs) > 100  # step 0 is the preset's w2
    (_, grid_w2), = view.grid_axes.items()
    on_curve = np.interp(xs, grid_w2, view.grid)
    np.testing.assert_allclose(ys, on_curve, rtol=0.05)
    best = grid_w2[np.argmin(view.grid)]
    crossings = np.sum(np.diff(np.sign(xs - best)) != 0)
    assert crossings > 50  # bouncing: the steps keep jumping from one side of the valley to the other


def test_hidden_lab_views_wait_until_shown(window, qtbot):
    # while the lab tab is hidden, training must not redraw its plots (that would take time and
    # the interpreter lock from the views on screen); showing the view brings it up to date
    window.tabs.setCurrentIndex(0)
    view = window.gradient_lab.through_time
    window.state.select(3)
    window.state.set_params(RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0))
    qtbot.wait(250)
    assert view._stale
    lab(window).tabs.setCurrentWidget(view)
    assert not view._stale
    _, ry = view.reference.getOriginalDataset()
    assert list(ry) == [2.0, 1.0]


def test_log_axes_label_true_powers_of_ten(window, qtbot):
    # 2^100 = 1.3e30 must read as 10^30 on the axis, not "10^3" with a "x1e+27" prefix
    view = show(window, lab(window).unroll)
    view.findChild(QSlider, "w2Slider").setValue(200)
    axis = view.plot.getAxis("left")
    qtbot.wait(50)
    assert axis.autoSIPrefixScale == 1.0
    assert "x1e" not in axis.labelString()


def test_training_from_the_lab_tab_shows_the_curve_back_on_the_main_tab(window, qtbot):
    lab(window).load_exploding()
    flat_out(window.state)
    window.state.start_training()  # the main tab, and its loss plot, are hidden meanwhile
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=20000)
    window.tabs.setCurrentIndex(0)
    curve = window.findChild(QWidget, "lossPlot")
    assert curve is not None
    x, _ = window.training_panel.views[0].curves["SSR"].getData()
    assert x is not None and len(x) > 100


def test_every_lab_page_shows_the_runs_ssr_and_diagnosis_live(window, qtbot):
    """Lesson steps 7 and 8 say 'press Train and watch the SSR' on pages that draw none."""
    lab(window).load_exploding()
    flat_out(window.state)
    window.state.view.set_tab("gradient_lab")
    window.state.view.set_lab_page("through_time")
    strip = lab(window).run_strip
    assert strip.isVisible() and "press Train" in strip.text.text()
    qtbot.mouseClick(strip.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=20000)
    text = strip.text.text()
    assert text.startswith("Step 400 of 400 · SSR ")
    assert "Bouncing" in text and "exploding gradients" in text
    for page in ("unroll", "landscape_1d", "landscape_2d", "compare"):
        window.state.view.set_lab_page(page)
        assert strip.isVisible()


def test_lab_plots_drop_the_old_axes_after_a_preset(window, qtbot):
    """After a preset, the through-time and side-by-side plots kept the old run's axes."""
    from rnngui.model import presets

    time_view = show(window, lab(window).through_time)
    vb = time_view.plot.getPlotItem().vb
    window.state.replace_document(presets.vanishing())  # 51 days, down to 0.5^50
    qtbot.waitUntil(lambda: vb.viewRange()[1][0] < -12, timeout=5000)  # log10: 1e-15 in view
    window.state.replace_document(presets.exploding_four_loops())  # 1 to 16 over four loops
    qtbot.waitUntil(lambda: vb.viewRange()[1][0] > -3 and vb.viewRange()[1][1] < 3, timeout=5000)
    side = show(window, lab(window).compare_view)
    flat_out(window.state)
    qtbot.mouseClick(side.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lab(window).compare.running, timeout=30000)
    side.loss_plot.getPlotItem().vb.setXRange(0, 3000)  # an old run's axes
    window.state.replace_document(presets.statland())
    qtbot.wait(300)
    assert side.loss_plot.getPlotItem().vb.autoRangeEnabled()[0]

"""The training panel through its real widgets: buttons, settings, plots, diagnosis, exports."""

from __future__ import annotations

import csv
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from rnngui.engine import RNNParams, TrainConfig, fmt, random_params, run_to_end
from rnngui.engine.diagnose import BOUNCING, CONVERGED, CONVERGING, DIVERGED, STALLING
from rnngui.model import presets
from rnngui.model.history import COLUMNS, GRADS, PARAMS
from rnngui.session.state import DIVERGED as RUN_DIVERGED
from rnngui.session.state import FINISHED, IDLE, PAUSED, RUNNING
from rnngui.ui.training.plots import ABSLOG, LINEAR, LOG, SYMLOG, peak_decimate, symlog

from ..flat_out import flat_out

CONTRACT_NAMES = (
    "trainingPanel", "trainButton", "pauseButton", "stepButton", "resetButton", "learningRate",
    "maxSteps", "lossPlot", "gradientPlot", "diagnosisLabel",
)


def click(panel, name: str) -> None:
    button = panel.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    button.click()


def run_to_finish(panel, qtbot, timeout: int = 30000) -> None:
    panel.state.start_training()
    qtbot.waitUntil(lambda: panel.state.run_state in (FINISHED, RUN_DIVERGED), timeout=timeout)


def test_window_has_every_contract_name(window):
    for name in CONTRACT_NAMES:
        assert window.findChild(object, name) is not None, name
    assert window.findChild(object, "lossPlot").objectName() == "lossPlot"


def test_step_is_exactly_one_step_of_the_engine(panel, qtbot):
    state = panel.state
    start = state.params
    for n in (1, 2, 3):
        click(panel, "stepButton")
        qtbot.waitUntil(lambda n=n: len(state.history) == n, timeout=5000)
    qtbot.wait(50)
    assert len(state.history) == 3 and state.run_state == PAUSED
    sequences, targets = state.document.training_data()
    config = replace(state.document.training_config(), max_steps=3)
    records, _ = run_to_end(start, sequences, targets, config)
    assert state.params == records[-1].params
    assert list(state.history.column(0)) == [1, 2, 3]


def test_reset_returns_to_the_same_start_every_time(panel, qtbot):
    state = panel.state
    start = state.params
    for _ in range(2):
        for n in range(1, 6):
            click(panel, "stepButton")
            qtbot.waitUntil(lambda n=n: len(state.history) == n, timeout=5000)
        assert state.params != start
        click(panel, "resetButton")
        assert state.params == start
        assert len(state.history) == 0 and state.run_state == IDLE
        assert not state.is_active


def test_reinitialise_uses_the_seed_shown(panel):
    seed = panel.findChild(QSpinBox, "seed")
    seed.setValue(7)
    click(panel, "reinitButton")
    assert panel.state.params == random_params(7)
    assert panel.state.document.training.seed == 7


def test_learning_rate_changes_mid_run_without_reset(panel, qtbot):
    state = panel.state
    lr = panel.findChild(object, "learningRate")
    click(panel, "stepButton")
    qtbot.waitUntil(lambda: len(state.history) == 1, timeout=5000)
    lr.setValue(0.2)
    assert state.document.training.learning_rate == 0.2
    assert state.is_active  # the run goes on: no reset, no new thread
    click(panel, "stepButton")
    qtbot.waitUntil(lambda: len(state.history) == 2, timeout=5000)
    rows = state.history.rows
    expected = rows[0, PARAMS] - 0.2 * rows[1, GRADS]  # all five trainable, no momentum
    np.testing.assert_allclose(rows[1, PARAMS], expected, rtol=1e-12, atol=1e-15)


def test_log_scale_entry_steps_one_two_five(panel):
    lr = panel.findChild(object, "learningRate")
    lr.setValue(0.05)
    lr.stepBy(1)
    assert lr.value() == pytest.approx(0.1)
    lr.stepBy(-2)
    assert lr.value() == pytest.approx(0.02)
    lr.setValue(1e-5)
    lr.stepBy(-1)
    assert lr.value() == pytest.approx(1e-5)
    assert lr.minimum() == pytest.approx(1e-5) and lr.maximum() == pytest.approx(10)


def test_only_w2_is_one_click_and_trains_w2_alone(panel, qtbot):
    click(panel, "onlyW2Button")
    assert panel.state.document.training.trainable == ("w2",)
    assert panel.findChild(QCheckBox, "train_w2").isChecked()
    assert not panel.findChild(QCheckBox, "train_w1").isChecked()
    before = panel.state.params
    click(panel, "stepButton")
    qtbot.waitUntil(lambda: len(panel.state.history) == 1, timeout=5000)
    after = panel.state.params
    assert after.w2 != before.w2
    assert (after.w1, after.b1, after.w3, after.b2) == (before.w1, before.b1, before.w3, before.b2)


def test_momentum_and_clipping_reach_the_running_loop(panel, qtbot):
    state = panel.state
    state.set_params(RNNParams(w1=0.5, w2=0.1, b1=0.0, w3=0.5, b2=0.0))
    click(panel, "stepButton")
    qtbot.waitUntil(lambda: len(state.history) == 1, timeout=5000)
    panel.findChild(QCheckBox, "clipGradients").setChecked(True)
    panel.findChild(object, "clipThreshold").setValue(0.01)
    assert state.document.training.clip == pytest.approx(0.01)
    click(panel, "stepButton")
    qtbot.waitUntil(lambda: len(state.history) == 2, timeout=5000)
    rows = state.history.rows
    lr = state.document.training.learning_rate
    assert rows[1, -1] == pytest.approx(lr * 0.01)  # |step| = lr * clip when the gradient is long


def test_bouncing_preset_is_named_bouncing_because_of_the_loop(panel, qtbot):
    """The lesson's step 7: w2 = 2, four loops, x16 on the feedback path: huge steps bounce."""
    panel.state.replace_document(presets.exploding_four_loops())
    flat_out(panel.state)
    run_to_finish(panel, qtbot)
    diagnosis = panel.state.diagnosis
    assert diagnosis.kind == BOUNCING, diagnosis.message
    text = panel.findChild(QLabel, "diagnosisLabel").text()
    assert text.startswith("Bouncing") and "exploding gradients" in text
    assert "not huge" not in text  # never contradicts the lesson
    assert "4 loops" in text and "times |dSSR/db2|" in text
    losses = panel.state.history.column(1)
    rises = int(np.sum(np.diff(losses[-200:]) > 0))
    assert rises > 40  # the loss jumps up and down
    assert losses[-200:].max() > 3 * losses[-200:].min()
    assert panel.state.params.w2 > 0.9  # bouncing around the cliff, not dead


def test_fifty_loops_one_step_is_enough_to_kill_the_unit_and_it_says_so(panel, qtbot):
    panel.state.replace_document(presets.exploding())
    flat_out(panel.state)
    run_to_finish(panel, qtbot)
    diagnosis = panel.state.diagnosis
    assert diagnosis.kind == STALLING, diagnosis.message
    assert "One step did it" in diagnosis.message
    assert fmt(2.0**50) in diagnosis.message  # the 2^50 of the lesson, computed
    assert panel.state.history.rows[0, -1] > 1e20  # the first step's size


def test_stalling_preset_is_named_stalling(panel, qtbot):
    panel.state.replace_document(presets.vanishing())
    flat_out(panel.state)
    run_to_finish(panel, qtbot)
    diagnosis = panel.state.diagnosis
    assert diagnosis.kind == STALLING, diagnosis.message
    assert "max steps reached" in diagnosis.message
    history = panel.state.history
    assert int(history.last[0]) == panel.state.document.training.max_steps
    assert history.last[1] > 0.4  # a plateau far above zero
    assert history.last[-1] < 1e-12 < history.rows[0, -1]  # steps shrank to nothing


def test_statland_from_a_seed_converges(panel, qtbot):
    panel.findChild(QSpinBox, "seed").setValue(5)
    click(panel, "reinitButton")
    run_to_finish(panel, qtbot)
    assert panel.state.diagnosis.kind in (CONVERGED, CONVERGING), panel.state.diagnosis.message
    assert panel.state.history.last[1] < 1e-6
    assert panel.findChild(QLabel, "diagnosisLabel").text().startswith("Converg")
    assert panel.progress.value() == panel.progress.maximum()


def test_divergence_stops_keeps_finite_params_and_says_so(panel, qtbot):
    state = panel.state
    doc = presets.exploding()
    state.replace_document(doc.with_params(RNNParams(w1=1, w2=1.5, b1=0, w3=1, b2=0)))
    flat_out(state)
    panel.findChild(QComboBox, "activation").setCurrentIndex(
        panel.findChild(QComboBox, "activation").findData("identity")
    )
    run_to_finish(panel, qtbot)
    assert state.run_state == RUN_DIVERGED
    assert state.diagnosis.kind == DIVERGED
    assert all(np.isfinite(state.params.as_tuple()))
    assert panel.diagnosis_label.text().startswith("Diverged")
    assert "last finite parameters were kept" in panel.diagnosis_label.text()
    assert not state.is_active


def test_activation_change_asks_and_no_keeps_the_run(panel, qtbot):
    state = panel.state
    click(panel, "stepButton")
    qtbot.waitUntil(lambda: len(state.history) == 1, timeout=5000)
    panel.confirm = lambda *args: False
    combo = panel.findChild(QComboBox, "activation")
    combo.setCurrentIndex(combo.findData("tanh"))
    assert state.document.training.activation == "relu"
    assert combo.currentData() == "relu"
    assert len(state.history) == 1
    asked = []
    panel.confirm = lambda parent, title, text: asked.append(title) or True
    combo.setCurrentIndex(combo.findData("tanh"))
    assert asked and state.document.training.activation == "tanh"
    assert len(state.history) == 0


def test_data_change_asks_before_resetting(panel, qtbot):
    state = panel.state
    start = state.params
    for n in (1, 2):
        click(panel, "stepButton")
        qtbot.waitUntil(lambda n=n: len(state.history) == n, timeout=5000)
    first = state.document.sequences[0]
    edited = (replace(first, values=(0.25, 0.5)),) + state.document.sequences[1:]
    state.set_sequences(edited, "Edit a value")
    qtbot.waitUntil(lambda: bool(panel.questions), timeout=2000)
    assert panel.questions == ["The training data changed"]
    assert state.params == start and len(state.history) == 0
    assert state.document.sequences == edited  # the edit itself is kept


def test_pause_resume_and_progress(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, max_steps=2_000_000))
    click(panel, "trainButton")
    qtbot.waitUntil(lambda: len(state.history) > 20, timeout=10000)
    assert state.run_state == RUNNING
    qtbot.waitUntil(lambda: "steps/s" in panel.speed_label.text(), timeout=5000)
    assert "left" in panel.speed_label.text()
    click(panel, "pauseButton")
    assert panel.train_button.text() == "Resume"
    assert 0 < panel.progress.value() <= int(state.history.last[0])
    assert panel.progress.maximum() == 2_000_000
    click(panel, "trainButton")
    assert state.run_state == RUNNING
    click(panel, "stopButton")
    assert not state.is_active


def test_stop_then_train_goes_on_from_the_same_step(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, max_steps=2_000_000))
    click(panel, "trainButton")
    qtbot.waitUntil(lambda: len(state.history) > 20, timeout=10000)
    click(panel, "stopButton")
    stopped_at = int(state.history.last[0])
    click(panel, "trainButton")
    qtbot.waitUntil(lambda: int(state.history.last[0]) > stopped_at + 10, timeout=10000)
    steps = state.history.column(0)
    assert np.all(np.diff(steps) > 0)  # one run, numbered on
    state.stop()


def test_plots_have_points_legends_and_a_hover_readout(panel, qtbot):
    run_to_finish(panel, qtbot)
    history = panel.state.history
    for view in (panel.loss_view, panel.gradient_view):
        x, _y = next(iter(view.curves.values())).getData()
        assert len(x) > 100
        assert view.legend is not None and len(view.legend.items) == len(view.series)
    text = panel.loss_view.describe(10)
    row = history.rows[9]
    assert text.startswith("step 10:") and f"{row[1]:.3g}"[:4] in text
    grads = panel.gradient_view.describe(1)
    assert grads.count("dSSR/d") == 5


def test_long_runs_draw_a_bounded_number_of_points(panel, qtbot):
    rows = np.zeros((50_000, len(COLUMNS)))
    rows[:, 0] = np.arange(1, 50_001)
    rows[:, 1] = np.where(rows[:, 0] % 2 == 0, 1.0, 1e-3)  # a loss that bounces every step
    panel.state.history.append(rows)
    panel.loss_view.set_scale(LINEAR)
    panel.state.runUpdated.emit(None)
    qtbot.waitUntil(lambda: panel.loss_curve.getData()[0] is not None, timeout=2000)
    qtbot.waitUntil(lambda: len(panel.loss_curve.getData()[0]) > 0, timeout=2000)
    x, y = panel.loss_curve.getData()
    assert len(x) <= 1_100
    assert np.nanmax(y) == pytest.approx(1.0) and np.nanmin(y) == pytest.approx(1e-3)


@pytest.mark.parametrize("scale", [LINEAR, LOG, SYMLOG, ABSLOG])
def test_plots_survive_inf_and_nan(panel, scale):
    rows = np.ones((6, len(COLUMNS)))
    rows[:, 0] = np.arange(1, 7)
    rows[1, 1:] = np.inf
    rows[2, 1:] = np.nan
    rows[3, 1:] = -np.inf
    rows[4, 1:] = 1e300
    rows[5, 1:] = 0.0
    for view in panel.views:
        view.set_scale(scale)
        view.show_rows(rows)
        view.plot.grab()  # paints without raising
        for curve in view.curves.values():
            _x, y = curve.getData()
            assert not np.any(np.isinf(y))


def test_symmetric_log_keeps_1e15_and_1e_minus_15_apart():
    g = np.array([1e15, 1e-15, 0.0, -1e-15, -1e15])
    y = symlog(g)
    assert y[0] > y[1] > y[2] == 0 > y[3] > y[4]
    assert y[1] > 0.9  # 1e-15 is clearly off zero on the axis


def test_peak_decimation_keeps_extremes():
    x = np.arange(100_000, dtype=float)
    y = np.sin(x / 50.0)
    y[51_234] = 9.0
    xd, yd = peak_decimate(x, y, 2000)
    assert len(xd) <= 2_100 and np.all(np.diff(xd) >= 0)
    assert yd.max() == 9.0 and yd.min() == pytest.approx(y.min())


@pytest.mark.parametrize("kind", ["png", "svg", "csv"])
def test_every_plot_exports(panel, qtbot, tmp_path, kind):
    for n in range(1, 4):
        click(panel, "stepButton")
        qtbot.waitUntil(lambda n=n: len(panel.state.history) == n, timeout=5000)
    for view in panel.views:
        view.ask_path = lambda parent, caption, filt, view=view: str(tmp_path / view.plot.objectName())
        path = view.export(kind)
        assert path.endswith("." + kind)
        data = open(path, "rb").read()
        assert len(data) > 50
        if kind == "svg":
            assert b"<svg" in data[:2000]
    if kind == "csv":
        with open(tmp_path / "gradientPlot.csv") as f:
            table = list(csv.reader(f))
        rows = panel.state.history.rows
        assert float(table[1][1]) == pytest.approx(rows[0, 2], rel=1e-6)  # dSSR/dw1, true value


def test_run_history_exports_as_csv(panel, qtbot, tmp_path):
    run_to_finish(panel, qtbot)
    panel.ask_path = lambda parent, caption, filt: str(tmp_path / "run")
    path = panel._export_history()
    with open(path) as f:
        table = list(csv.reader(f))
    assert tuple(table[0]) == COLUMNS
    assert len(table) - 1 == len(panel.state.history)
    assert int(table[-1][0]) == panel.state.document.training.max_steps


def test_undo_after_a_run_and_a_mid_run_edit_restores_the_start(panel, qtbot):
    state = panel.state
    start = state.document
    state.set_training(replace(state.document.training, max_steps=2_000_000))
    click(panel, "trainButton")
    qtbot.waitUntil(lambda: len(state.history) > 20, timeout=10000)
    panel.learning_rate.setValue(0.02)  # mid-run: the steps so far become their own undo step
    qtbot.waitUntil(lambda: int(state.history.last[0]) > 200, timeout=10000)
    state.stop()
    while state.undo_stack.canUndo():
        state.undo()
    assert state.document == start


def test_engine_config_matches_the_settings_shown(panel):
    panel.max_steps.setValue(1234)
    panel.findChild(object, "momentum").setValue(0.5)
    config = panel.state.document.training_config()
    assert isinstance(config, TrainConfig)
    assert (config.max_steps, config.momentum) == (1234, 0.5)
    assert panel.progress.maximum() == 1234


def test_click_with_the_mouse_trains(panel, qtbot):
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state.run_state == FINISHED, timeout=30000)
    _x, y = panel.loss_curve.getData()
    assert y[-1] < y[0]


def test_undo_after_a_run_takes_its_curves_and_verdict_away(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, max_steps=300))
    start = state.params
    run_to_finish(panel, qtbot)
    assert len(state.history) and state.diagnosis is not None
    state.undo()  # "Train to step 300"
    assert state.params == start
    assert len(state.history) == 0 and state.diagnosis is None
    assert panel.diagnosis_label.text() == "Press Train or Step to start gradient descent."


def test_step_after_a_finished_run_goes_on_with_it(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, max_steps=50))
    run_to_finish(panel, qtbot)
    assert len(state.history) == 50
    state.step()
    qtbot.waitUntil(lambda: state.history.last is not None and state.history.last[0] == 51)
    assert state.history.rows[0, 0] == 1  # the curves of steps 1..50 are still there
    state.stop()


def test_start_from_shows_the_runs_start_not_the_trained_weights(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, max_steps=100))
    start = state.params
    run_to_finish(panel, qtbot)
    assert state.params != start
    shown = panel.findChild(QLineEdit, "typedParams").text()
    assert [float(v) for v in shown.split(", ")] == pytest.approx(list(start.as_tuple()), rel=1e-3)

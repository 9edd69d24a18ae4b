"""A run's timeline through the real window: the step slider scrubs the canvas, the plots' cursor,
the read-outs and the landscape to the exact parameters of a step (checked against a fresh
``train``), the keyboard moves it, and "Fork from here" draws a fork beside its original."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QSlider

from rnngui.engine import fmt, train
from rnngui.model.history import RunHistory
from rnngui.session.state import FINISHED, IDLE, PAUSED, RUNNING
from rnngui.ui.main_window import MainWindow
from rnngui.ui.training.timeline import ForkDialog, default_ask_fork, what_changed
from rnngui.ui.widgets.accessibility import undescribed
from tests.ui.fit import misfits


def parts(window):
    panel = window.findChild(object, "trainingPanel")
    return panel, window.findChild(QSlider, "timelineSlider"), window.findChild(
        QPushButton, "forkFromHere")


def configure(window, **changes) -> None:
    state = window.state
    state.set_training(replace(state.document.training, speed=None, **changes), "test settings")
    # a history that halves its rows soon, as a long run's does: most steps are replayed
    state.run.history = RunHistory(capacity=24, names=state.params.names)


def finish(window, qtbot) -> None:
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=30000)


def engine(window, start, steps: int, **changes) -> list:
    sequences, targets = window.state.document.training_data()
    config = replace(window.state.document.training_config(), max_steps=steps, **changes)
    return [r.params for r in train(start, sequences, targets, config)]


@pytest.fixture
def trained(window, qtbot):
    """StatLand trained 300 steps (rows halved away), the start kept for the engine."""
    configure(window, max_steps=300)
    start = window.state.params
    finish(window, qtbot)
    return window, start


def test_scrubbing_shows_that_steps_exact_parameters_everywhere(trained, qtbot):
    window, start = trained
    state = window.state
    panel, slider, _ = parts(window)
    assert slider.isVisible() and slider.isEnabled()
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, 300, 300)
    kept = set(state.history.column(0).astype(int))
    step = 41
    assert step not in kept  # replayed, not read from a row
    expected = engine(window, start, step)[-1]
    slider.setValue(step)
    assert state.view.shown_step == step
    # the canvas draws these parameters, to the last digit
    assert window.network_canvas.canvas_scene.model.params == expected
    assert window.network_canvas.copy_texts(0) == window.network_canvas.canvas_scene.model.labels(0)
    w2_label = next(v for v in window.network_canvas.copy_texts(1).values() if "w2" in v)
    assert fmt(expected.w2) in w2_label
    # the read-outs: the step, the parameters and the SSR there
    assert window.findChild(object, "timelineStep").text() == "step 41 of 300"
    readout = window.findChild(object, "parameterPlotReadout").text()
    assert readout.startswith("step 41: ")
    for name, value in zip(expected.names, expected.as_tuple()):
        assert f"{name} {fmt(value)}" in readout
    # the prediction the editor and chart show is the forward pass of these parameters
    prediction = state.cell.forward(expected, state.selected_sequence.values).prediction
    assert state.trace().prediction == prediction
    # the cursor on every plot
    for view in panel.views:
        assert view.cursor.isVisible() and view.cursor.value() == step
    # the document is untouched: scrubbing is looking, not editing
    assert state.params == engine(window, start, 300)[-1]


def test_the_keyboard_moves_the_slider(trained, qtbot):
    window, start = trained
    _, slider, _ = parts(window)
    slider.setFocus()
    expected = engine(window, start, 300)
    for key, value in ((Qt.Key.Key_Home, 0), (Qt.Key.Key_Right, 1), (Qt.Key.Key_Right, 2),
                       (Qt.Key.Key_PageUp, 2 + slider.pageStep()), (Qt.Key.Key_Left,
                       1 + slider.pageStep()), (Qt.Key.Key_PageDown, 1),
                       (Qt.Key.Key_End, 300)):
        QTest.keyClick(slider, key)
        assert slider.value() == value, key
        assert window.state.view.shown_step == value
        assert window.state.shown_params == (start if value == 0 else expected[value - 1])


def test_the_landscape_marks_the_shown_step(trained, qtbot):
    window, start = trained
    window.state.view.set_tab("gradient_lab")
    window.state.view.set_lab_page("landscape_2d")
    page = window.findChild(object, "landscape2D")
    qtbot.waitUntil(lambda: page.grid_axes is not None, timeout=10000)
    _, slider, _ = parts(window)
    slider.setValue(57)
    qtbot.waitUntil(lambda: len(page.marker.getData()[0] or []) == 1, timeout=5000)
    expected = engine(window, start, 57)[-1]
    xs, ys = page.marker.getData()
    assert (xs[0], ys[0]) == (expected.w1, expected.w2)
    window.state.view.set_lab_page("landscape_1d")
    line = window.findChild(object, "landscape1D")
    qtbot.waitUntil(lambda: len(line.marker.getData()[0] or []) == 1, timeout=5000)
    assert line.marker.getData()[0][0] == expected.w2  # on the curve over w2
    window.state.start_training()  # a new run: live parameters, no marker
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=30000)
    qtbot.waitUntil(lambda: len(page.marker.getData()[0] or []) == 0, timeout=5000)


def test_training_again_returns_to_live_and_the_slider_waits(window, qtbot):
    configure(window, max_steps=200000)
    state = window.state
    panel, slider, fork = parts(window)
    state.set_speed(500)
    state.start_training()
    qtbot.waitUntil(lambda: state.run.steps_done > 30, timeout=10000)
    assert state.run_state == RUNNING
    assert not slider.isVisible() and not fork.isVisible()  # the progress bar instead
    assert panel.progress.isVisible()
    state.pause()
    qtbot.waitUntil(lambda: slider.isVisible(), timeout=5000)
    slider.setValue(10)
    assert state.view.shown_step == 10 and panel.loss_view.cursor.isVisible()
    window.findChild(QPushButton, "trainButton").click()  # Resume
    assert state.view.shown_step is None and state.shown_params == state.params
    assert not panel.loss_view.cursor.isVisible()
    assert window.network_canvas.canvas_scene.model.params == state.params or state.run_state == RUNNING
    state.stop()
    assert state.run_state == IDLE and slider.isVisible() and slider.isEnabled()


def test_fork_from_step_40_with_clipping_draws_beside_the_original_and_undo_removes_it(
        window, qtbot):
    configure(window, max_steps=200, learning_rate=0.3)
    state = window.state
    start = state.params
    finish(window, qtbot)
    panel, slider, fork = parts(window)
    original = state.history.drawable().copy()
    slider.setValue(40)

    def fill_dialog(parent, training, step):
        dialog = ForkDialog(training, step, parent)  # the real dialog, driven as a user would
        assert dialog.clip_on.isChecked()  # clipping on is where a fork usually starts
        dialog.clip.setValue(0.05)
        settings = dialog.settings()
        dialog.deleteLater()
        return settings

    at_40 = engine(window, start, 40)[-1]  # with the original's settings (no clipping)
    panel.timeline.ask_fork = fill_dialog
    fork.click()
    assert state.run.first_step == 40
    assert state.run_initial_params == at_40  # the fork's first parameters are step 40's
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=30000)
    assert state.params == engine(window, at_40, 160, clip=0.05)[-1]
    # drawn: the fork's curve from step 41, the original's behind it, on the SSR plot
    xs, _ = panel.loss_curve.getData()
    assert 40 < xs[0] <= 40 + state.history.stride and xs[-1] == 200  # long runs keep every
    # stride-th step only
    reference, = panel.loss_view.reference_curves
    rx, ry = reference.getData()
    assert rx[0] == original[0, 0] and rx[-1] == 200 and np.isfinite(ry).any()
    assert np.allclose(10 ** ry[np.isfinite(ry)].max(), original[:, 1].max())  # log scale
    panel.loss_view.set_scale("linear")  # the original follows the fork's scale
    _, ry = reference.getData()
    assert np.nanmax(ry) == original[:, 1].max()
    panel.loss_view.set_scale("log")
    labels = [label.text for _, label in panel.loss_view.legend.items]
    assert labels == ["fork: clipping on at 0.05", "original run (fork at 40)"]
    assert slider.minimum() == 40 and slider.maximum() == 200
    text = state.undo_stack.text(state.undo_stack.index() - 1)
    assert text == "Fork from step 40 (clipping on at 0.05)"

    undo = next(a for a in window.findChildren(QAction)
                if a.text().replace("&", "").startswith("Undo "))
    assert undo.text().replace("&", "") == "Undo Fork from step 40 (clipping on at 0.05)"
    undo.trigger()  # Edit → Undo, as a teacher would
    assert state.fork_origin is None and not panel.loss_view.reference_curves
    assert [label.text for _, label in panel.loss_view.legend.items] == ["SSR"]
    assert (state.history.drawable() == original).all()
    xs, _ = panel.loss_curve.getData()
    assert xs[0] == original[0, 0]
    assert state.document.training.clip is None
    assert slider.minimum() == 0 and slider.maximum() == 200


def test_the_fork_dialog_asks_and_cancel_forks_nothing(trained, qtbot):
    window, _ = trained
    training = window.state.document.training

    def answer(accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "forkDialog"
        assert not undescribed(dialog)
        dialog.findChild(object, "forkLearningRate").setValue(0.01)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, lambda: answer(True))
    chosen = default_ask_fork(window, training, 40)
    assert chosen == replace(training, learning_rate=0.01, clip=1.0)
    count = window.state.undo_stack.count()
    panel, slider, fork = parts(window)
    panel.timeline.ask_fork = default_ask_fork
    slider.setValue(40)
    QTimer.singleShot(0, lambda: answer(False))
    fork.click()
    assert window.state.undo_stack.count() == count and window.state.fork_origin is None


def test_what_changed_says_it_in_a_few_words():
    from rnngui.model.document import TrainingSettings

    old = TrainingSettings()
    assert what_changed(old, replace(old, clip=1.0)) == "clipping on at 1"
    assert what_changed(old, replace(old, learning_rate=0.01, momentum=0.9)) == (
        "learning rate 0.01, momentum 0.9")
    assert what_changed(old, old) == "same settings"


def test_pause_stop_and_close_at_any_moment_of_a_fork_never_freeze(qtbot):
    """A fork is a run like any other: Pause, Stop and closing the window answer at once."""
    for moment in (0, 5, 30, 120):
        window = MainWindow()
        window.file_actions.maybe_save = lambda: True
        qtbot.addWidget(window)
        window.show()
        configure(window, max_steps=500000, momentum=0.5)
        state = window.state
        state.start_training()
        qtbot.waitUntil(lambda s=state: s.run.steps_done > 50, timeout=10000)
        state.pause()
        state.show_step(20)
        state.fork_from(20, replace(state.document.training, clip=0.5), "clipping on")
        assert state.run_state == RUNNING
        ticks = []
        timer = QTimer(interval=10)
        timer.timeout.connect(lambda t=ticks: t.append(time.monotonic()))
        timer.start()
        qtbot.wait(moment)
        began = time.monotonic()
        state.pause()
        assert state.run_state == PAUSED
        state.show_step(25)  # scrub the paused fork
        state.stop()
        state.start_training()
        qtbot.wait(moment)
        window.close()  # mid-run
        took = time.monotonic() - began - moment / 1000
        timer.stop()
        assert took < 3, took
        assert not state.is_active
        gaps = np.diff(ticks) if len(ticks) > 1 else np.array([0.0])
        assert gaps.max() < 1.0, gaps.max()  # the event loop never stalled
        QApplication.processEvents()


def test_the_timeline_fits_and_is_described_on_a_small_screen(trained, qtbot):
    window, _ = trained
    window.state.show_step(40)
    window.state.fork_from(40, replace(window.state.document.training, clip=0.5), "clipping on")
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=30000)
    found = []
    for size in ((1024, 600), (1280, 720), (1366, 768)):
        window.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
            qtbot.wait(5)
        found += [f"{size}: {p}" for p in misfits(window)]
    assert parts(window)[1].isVisible()
    assert not found, "\n".join(found)
    bar = window.findChild(object, "timelineBar")
    assert not undescribed(bar)


def test_no_qt_warning_while_scrubbing_and_forking(trained, qtbot, capfd):
    window, _ = trained
    _, slider, fork = parts(window)
    panel = window.findChild(object, "trainingPanel")
    panel.timeline.ask_fork = lambda parent, training, step: replace(training, clip=1.0)
    for value in (0, 150, 40):
        slider.setValue(value)
    fork.click()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=30000)
    window.state.undo()
    window.state.redo()
    QApplication.processEvents()
    err = capfd.readouterr().err
    lines = [line for line in err.splitlines()
             if line.strip() and "propagateSizeHints" not in line]
    assert not lines, lines

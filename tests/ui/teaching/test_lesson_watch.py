"""Walk the RNN lesson as a class would: every "watch" of a step is visible on screen, and what
the app then says never contradicts the step's text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rnngui.engine.diagnose import BOUNCING, CONVERGED, CONVERGING, STALLING
from rnngui.lesson import lessons_dir, load_folder
from rnngui.session.state import FINISHED

from ..flat_out import flat_out

RNN_LESSON = next(e for e in load_folder(lessons_dir()) if e.path.name == "statquest-rnn.json")


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))


def enter(window, qtbot, index: int):
    panel = window.lesson_panel
    panel.confirm = lambda *_: True
    panel.set_lesson(RNN_LESSON.lesson)
    panel.show()
    panel.go_to(index)
    flat_out(window.state)  # the story, not the wait: presets pick a speed a class can watch
    return panel


def press_try_and_finish(window, qtbot, panel) -> None:
    assert panel.try_button.isVisible()
    qtbot.mouseClick(panel.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=30_000)


def ssr_and_diagnosis_on_screen(window) -> str:
    """The words a learner sees about the run on the visible tab: the training panel's line or
    the gradient lab's strip (whichever is on screen)."""
    if window.training_panel.diagnosis_label.isVisible():
        assert window.training_panel.loss_view.isVisible()  # the SSR curve is there too
        return window.training_panel.diagnosis_label.text()
    strip = window.gradient_lab.run_strip
    assert strip.isVisible(), "pressing Train changed nothing visible"
    assert " · SSR " in strip.text.text()
    return strip.text.text()


def test_step_1_the_network_grows_from_five_copies_to_nine(window, qtbot):
    enter(window, qtbot, 0)
    canvas = window.network_canvas
    assert canvas.isVisible() and len(canvas.copy_items) == 5
    window.state.select(0)  # "Click the Blue company"
    assert len(canvas.copy_items) == 9


def test_step_3_train_and_the_predictions_settle(window, qtbot):
    panel = enter(window, qtbot, 2)
    press_try_and_finish(window, qtbot, panel)
    words = ssr_and_diagnosis_on_screen(window)
    assert window.state.diagnosis.kind in (CONVERGED, CONVERGING), words
    assert words.startswith("Converg")


def test_step_4_shows_the_loop_rolled_with_w2_lit(window, qtbot):
    enter(window, qtbot, 3)
    panel = window.network_panel
    assert panel.rolled_button.isChecked() and panel.isVisible()
    assert window.state.view.highlighted == "w2"
    assert "w2 = " in window.network_canvas.badge.text()  # the badge names the lit weight


def test_step_5_step_forward_computes_one_copy(window, qtbot):
    panel = enter(window, qtbot, 4)
    qtbot.mouseClick(panel.try_button, Qt.MouseButton.LeftButton)
    assert window.network_canvas.stepper.index == 0
    assert window.network_canvas.formula.startswith("Copy 1 of 2:  sum1 = ")


def test_step_7_the_ssr_bounces_because_the_gradient_explodes(window, qtbot):
    panel = enter(window, qtbot, 6)
    assert "gradient becomes enormous" in panel.text.text()
    press_try_and_finish(window, qtbot, panel)
    words = ssr_and_diagnosis_on_screen(window)
    assert window.state.diagnosis.kind == BOUNCING
    assert "exploding gradients" in words and "not huge" not in words


def test_step_8_the_ssr_drops_to_a_half_and_then_barely_moves(window, qtbot):
    panel = enter(window, qtbot, 7)
    press_try_and_finish(window, qtbot, panel)
    words = ssr_and_diagnosis_on_screen(window)
    state = window.state
    assert state.diagnosis.kind == STALLING and "vanishing gradients" in words
    assert state.history.last[0] == state.run_max_steps  # "until the last step"
    assert state.history.last[1] == pytest.approx(0.5, abs=0.01)  # "drops to 0.5"


def test_step_9_clipping_makes_the_exploding_preset_settle(window, qtbot):
    enter(window, qtbot, 8)
    lab = window.gradient_lab
    assert lab.isVisible() and lab.clip_toggle.isVisible()
    lab.clip_toggle.setChecked(True)  # "Tick Clip gradients at"
    window.state.start_training()  # "train the exploding preset again"
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=30_000)
    words = ssr_and_diagnosis_on_screen(window)
    assert window.state.diagnosis.kind == CONVERGED, words  # "this time it settles"

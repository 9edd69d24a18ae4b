"""Runs slow enough to watch: the speed control and "stop when converged"."""

from __future__ import annotations

import time
from dataclasses import replace

from rnngui.model import presets
from rnngui.session.state import FINISHED
from rnngui.ui.training.speed import position_of, speed_of


def test_the_slider_is_logarithmic_and_ends_flat_out(panel):
    speed = panel.speed
    assert speed.slider.objectName() == "speedControl"
    assert speed_of(0, speed.flat_out) == 1.0  # one step a second: read every number
    assert speed_of(speed.flat_out, speed.flat_out) is None  # the last notch: flat out
    assert speed_of(6, speed.flat_out) == 10.0  # a decade per six notches
    assert position_of(100.0, speed.flat_out) == 12
    speed.slider.setValue(6)
    assert panel.state.document.training.speed == 10.0
    assert speed.label.text() == "10 steps/s"
    speed.slider.setValue(speed.flat_out)
    assert panel.state.document.training.speed is None
    assert speed.label.text() == "flat out"


def test_a_slow_run_shows_every_step_and_takes_its_time(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, speed=20.0, max_steps=12))
    steps_seen = []
    state.paramsChanged.connect(lambda _p: steps_seen.append(len(state.history)))
    t0 = time.monotonic()
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=10_000)
    elapsed = time.monotonic() - t0
    assert elapsed >= 11 / 20 * 0.9  # 12 steps at 20 a second
    assert len(state.history) == 12
    assert len(set(steps_seen)) >= 10  # the canvas and chart followed (nearly) every step


def test_speed_changes_mid_run_and_flat_out_is_fast(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, speed=2.0, max_steps=3000))
    state.start_training()
    qtbot.wait(600)
    assert 1 <= len(state.history) <= 3
    panel.speed.slider.setValue(panel.speed.flat_out)  # flat out, while it runs
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=20_000)
    assert state.history.last[0] == 3000


def test_stop_when_converged_ends_the_run_and_says_so(panel, qtbot):
    state = panel.state
    state.replace_document(presets.statland())
    state.reinitialise(1)
    panel.speed.stop_when_converged.setChecked(True)
    state.set_training(replace(state.document.training, max_steps=200_000))
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=60_000)
    assert state.end.reason == "converged"
    assert state.history.last[0] < 200_000
    assert state.diagnosis.kind == "converged"
    assert "stop when converged" in panel.diagnosis_label.text()


def test_the_stopped_when_converged_line_and_the_speed_follow_the_language(panel, qtbot):
    """The sentence added to the diagnosis is retold with it on a switch (not left in English)."""
    from PySide6.QtWidgets import QApplication

    from rnngui.app import install_translations

    state = panel.state
    state.replace_document(presets.statland())
    state.reinitialise(1)
    panel.speed.stop_when_converged.setChecked(True)
    state.set_training(replace(state.document.training, max_steps=200_000))
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=60_000)
    english = panel.diagnosis_label.text()
    assert english.endswith("The run stopped here: “stop when converged” is on.")
    try:
        install_translations(QApplication.instance(), "de")
        qtbot.wait(1)
        german = panel.diagnosis_label.text()
        assert german.startswith("Konvergiert"), german
        assert german.endswith("Der Lauf hat hier angehalten: „bei Konvergenz anhalten“ ist "
                               "eingeschaltet."), german
        panel.speed.slider.setValue(2)  # 10^(2/6) = 2.15 steps a second
        assert "2,15" in panel.speed.label.text() and "2.15" not in panel.speed.label.text()
    finally:
        install_translations(QApplication.instance(), "en")
        qtbot.wait(1)
    assert panel.diagnosis_label.text() == english
    assert panel.speed.label.text() == "2.15 steps/s"

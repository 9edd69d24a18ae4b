"""The first end-to-end slice through the real widgets: train, pause, resume, close."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from rnngui.engine import RNNParams, forward
from rnngui.session.state import FINISHED, PAUSED, RUNNING

ROOT = Path(__file__).resolve().parents[2]


def button(window, name: str) -> QPushButton:
    return window.findChild(QPushButton, name)


def test_window_has_the_three_areas_and_statland(window):
    for name in ("sequenceEditor", "networkCanvas", "trainingPanel", "lossPlot", "diagnosisLabel"):
        assert window.findChild(object, name) is not None, name
    names = window.findChild(QListWidget, "sequenceList")
    assert names.count() == 4
    assert names.item(1).text().startswith("low, medium")


def test_train_makes_the_loss_fall(window, qtbot):
    window.state.set_params(RNNParams(w1=0.5, w2=0.1, b1=0.0, w3=0.5, b2=0.0))
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=20000)
    curve = window.training_panel.loss_curve
    x, y = curve.getData()
    assert len(x) > 100
    assert y[-1] < y[0] * 1e-3
    history = window.state.history
    assert int(history.last[0]) == window.state.document.training.max_steps
    # the parameters the window shows are the trained ones: they predict StatLand
    for seq in window.state.document.sequences:
        assert abs(forward(window.state.params, seq.values).prediction - seq.target) < 0.05


def test_pause_and_resume(window, qtbot):
    training = window.state.document.training
    from dataclasses import replace

    window.state.set_training(replace(training, max_steps=5_000_000))
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.state.history) > 50, timeout=10000)
    qtbot.mouseClick(button(window, "pauseButton"), Qt.MouseButton.LeftButton)
    assert window.state.run_state == PAUSED
    qtbot.wait(200)
    steps_at_pause = int(window.state.history.last[0])
    qtbot.wait(300)
    assert int(window.state.history.last[0]) == steps_at_pause  # nothing moves while paused
    assert button(window, "trainButton").text() == "Resume"
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    assert window.state.run_state == RUNNING
    qtbot.waitUntil(lambda: int(window.state.history.last[0]) > steps_at_pause, timeout=10000)
    window.state.stop()


def test_step_is_exactly_one_step(window, qtbot):
    before = window.state.params
    qtbot.mouseClick(button(window, "stepButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.state.history) == 1, timeout=5000)
    qtbot.mouseClick(button(window, "stepButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.state.history) == 2, timeout=5000)
    qtbot.wait(100)
    assert len(window.state.history) == 2
    assert window.state.params != before
    qtbot.mouseClick(button(window, "resetButton"), Qt.MouseButton.LeftButton)
    assert window.state.params == before
    assert len(window.state.history) == 0


def test_close_while_training_exits_within_a_second(window, qtbot):
    import time
    from dataclasses import replace

    window.state.set_training(replace(window.state.document.training, max_steps=10_000_000))
    window.state.start_training()
    qtbot.waitUntil(lambda: len(window.state.history) > 10, timeout=10000)
    t0 = time.monotonic()
    window.close()
    assert time.monotonic() - t0 < 1.0
    assert not window.state.is_active


def test_undo_restores_weights_after_training(window, qtbot):
    before = window.state.params
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=20000)
    assert window.state.params != before
    window.state.undo()
    assert window.state.params == before


def test_screenshot_and_self_test_flags(tmp_path):
    png = tmp_path / "window.png"
    env = {"QT_QPA_PLATFORM": "offscreen"}
    import os

    env = {**os.environ, **env}
    shot = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(png)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert shot.returncode == 0, shot.stderr
    assert png.stat().st_size > 10_000
    test = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert test.returncode == 0, test.stderr
    assert "self-test passed" in test.stdout
    assert np.isfinite(1.0)

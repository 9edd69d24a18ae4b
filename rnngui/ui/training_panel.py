"""The live training panel: buttons, settings, the loss curve and the diagnosis in plain words."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import history as H
from ..state import PAUSED, RUNNING, AppState

MAX_DRAWN_POINTS = 2000  # more points than this cost repaint time and show nothing new


def thin(x: np.ndarray, y: np.ndarray, limit: int = MAX_DRAWN_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """Every k-th point (and always the last), so a repaint stays cheap on long runs."""
    if len(x) <= limit:
        return x, y
    k = int(np.ceil(len(x) / limit))
    idx = np.r_[np.arange(0, len(x) - 1, k), len(x) - 1]
    return x[idx], y[idx]


class TrainingPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.state = state
        self.train_button = QPushButton("Train", objectName="trainButton")
        self.pause_button = QPushButton("Pause", objectName="pauseButton")
        self.step_button = QPushButton("Step", objectName="stepButton")
        self.reset_button = QPushButton("Reset", objectName="resetButton")
        self.train_button.setToolTip("Run gradient descent on the worker thread")
        self.pause_button.setToolTip("Pause the run (Train resumes it)")
        self.step_button.setToolTip("Exactly one gradient-descent step")
        self.reset_button.setToolTip("Back to this run's starting parameters")
        buttons = QHBoxLayout()
        for b in (self.train_button, self.pause_button, self.step_button, self.reset_button):
            buttons.addWidget(b)

        self.learning_rate = QDoubleSpinBox(objectName="learningRate")
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(1e-5, 10.0)
        self.learning_rate.setSingleStep(0.01)
        self.max_steps = QSpinBox(objectName="maxSteps")
        self.max_steps.setRange(1, 10_000_000)
        self.max_steps.setSingleStep(100)
        self.max_steps.setGroupSeparatorShown(True)
        form = QFormLayout()
        form.addRow("Learning rate", self.learning_rate)
        form.addRow("Max steps", self.max_steps)

        self.progress = QProgressBar(objectName="trainingProgress")
        self.progress.setFormat("step %v of %m")
        self.loss_plot = pg.PlotWidget()
        self.loss_plot.setObjectName("lossPlot")
        self.loss_plot.setBackground("w")
        self.loss_plot.setLabel("left", "SSR")
        self.loss_plot.setLabel("bottom", "step")
        self.loss_plot.showGrid(x=True, y=True, alpha=0.3)
        self.loss_plot.setMinimumHeight(180)
        self.loss_curve = self.loss_plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2), name="SSR")
        self.diagnosis_label = QLabel("Press Train or Step to start gradient descent.")
        self.diagnosis_label.setObjectName("diagnosisLabel")
        self.diagnosis_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Training</b>"))
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.loss_plot, 1)
        layout.addWidget(self.diagnosis_label)

        self.train_button.clicked.connect(state.start_training)
        self.pause_button.clicked.connect(state.pause)
        self.step_button.clicked.connect(state.step)
        self.reset_button.clicked.connect(state.reset_run)
        self.learning_rate.editingFinished.connect(self._settings_edited)
        self.max_steps.editingFinished.connect(self._settings_edited)
        state.trainingSettingsChanged.connect(self._show_settings)
        state.runUpdated.connect(self._on_update)
        state.runReset.connect(self._on_reset)
        state.runStateChanged.connect(self._on_run_state)
        state.diagnosisChanged.connect(self._on_diagnosis)
        self._show_settings(state.document.training)
        self._on_run_state(state.run_state)

    @Slot(object)
    def _show_settings(self, training) -> None:
        self.learning_rate.setValue(training.learning_rate)
        self.max_steps.setValue(training.max_steps)
        self.progress.setMaximum(training.max_steps)

    @Slot()
    def _settings_edited(self) -> None:
        training = replace(
            self.state.document.training,
            learning_rate=self.learning_rate.value(),
            max_steps=self.max_steps.value(),
        )
        self.state.set_training(training)

    @Slot(object)
    def _on_update(self, _chunk: object = None) -> None:
        steps = self.state.history.column(H.STEP)
        losses = self.state.history.column(H.LOSS)
        x, y = thin(steps, losses)
        self.loss_curve.setData(x, y)
        if len(steps):
            self.progress.setValue(min(int(steps[-1]), self.progress.maximum()))

    @Slot()
    def _on_reset(self) -> None:
        self.loss_curve.setData([], [])
        self.progress.setValue(0)
        self.diagnosis_label.setText("Press Train or Step to start gradient descent.")

    @Slot(str)
    def _on_run_state(self, run_state: str) -> None:
        self.train_button.setText("Resume" if run_state == PAUSED else "Train")
        self.pause_button.setEnabled(run_state == RUNNING)

    @Slot(object)
    def _on_diagnosis(self, diagnosis) -> None:
        self.diagnosis_label.setText(diagnosis.message)

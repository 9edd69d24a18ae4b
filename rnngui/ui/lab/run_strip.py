"""A live line on every gradient-lab page: the run's step, its SSR and the diagnosis, with Train.

Lesson steps 7 and 8 say "press Train and watch the SSR" while they show the lab's through-time
or unroll-length page, which draw no SSR: this strip is what the learner watches there.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...engine import Diagnosis, fmt
from ...session.pacing import TEXT_INTERVAL
from ...session.state import RUNNING, AppState
from ..languages import tr
from ..widgets.label_holder import LabelHolder

IDLE_TEXT = "No run yet: press Train to watch gradient descent here."


class RunStrip(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labRunStrip")
        self.state = state
        self.train_button = QPushButton("Train", objectName="labTrainButton")
        self.train_button.setToolTip("Train or resume the run (Ctrl+T), without leaving the lab")
        self.pause_button = QPushButton("Pause", objectName="labPauseButton")
        self.pause_button.setToolTip("Pause the run (Ctrl+P)")
        self.text = QLabel(IDLE_TEXT, objectName="labRunText")
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.train_button)
        layout.addWidget(self.pause_button)
        layout.addWidget(LabelHolder(self.text), 1)  # changes live: see label_holder
        self._next_text = 0.0
        self.train_button.clicked.connect(state.start_training)
        self.pause_button.clicked.connect(state.pause)
        state.runUpdated.connect(self._on_update)
        state.diagnosisChanged.connect(self._on_diagnosis)
        state.runReset.connect(self._on_reset)
        state.runStateChanged.connect(self._on_run_state)
        self._on_run_state(state.run_state)

    def describe(self, diagnosis: Diagnosis | None = None) -> str:
        last = self.state.history.last
        if last is None:
            return IDLE_TEXT
        diagnosis = diagnosis or self.state.diagnosis
        words = f" — {diagnosis.message}" if diagnosis is not None else ""
        return tr("Step {step} of {total} · SSR {ssr}").format(
            step=f"{int(last[0]):,}", total=f"{self.state.run_max_steps:,}", ssr=fmt(last[1])) + words

    @Slot(object)
    def _on_update(self, _chunk: object) -> None:
        now = time.monotonic()
        if self.state.run_state == RUNNING and now < self._next_text:
            return  # 10 times a second is as fast as anyone reads
        self._next_text = now + TEXT_INTERVAL
        self.text.setText(self.describe())

    @Slot(object)
    def _on_diagnosis(self, diagnosis: Diagnosis) -> None:
        if self.state.run_state != RUNNING:  # paused or ended: the exact last words at once
            self.text.setText(self.describe(diagnosis))

    @Slot()
    def _on_reset(self) -> None:
        self.text.setText(IDLE_TEXT)

    @Slot(str)
    def _on_run_state(self, run_state: str) -> None:
        running = run_state == RUNNING
        self.train_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        if not running:
            self.text.setText(self.describe())

"""The run's timeline under the training plots: a step slider and "Fork from here".

While the run is paused or over, the slider scrubs through it: it asks the state to show that
step (``AppState.show_step``), and every view that shows parameters follows the state's shown
step (the canvas, the prediction chart, the read-outs, the plots' cursor, the landscape's marker);
none of them is told by this widget. Training again brings the live parameters back, and the
slider is disabled while the run trains (the steps are not there to scrub yet).

"Fork from here" asks for the fork's settings (a small dialog, replaceable in tests) and starts
a new run from the shown step with them (``AppState.fork_from``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt
from ...engine.words import t, whole
from ...model.document import TrainingSettings
from ...model.limits import NUMBER_SETTING_RANGES
from ...session.state import RUNNING, AppState
from ..languages import tr
from .controls import LogSpinBox


def what_changed(old: TrainingSettings, new: TrainingSettings) -> str:
    """A few words for the undo step and the legend: "clipping on at 1, learning rate 0.01"."""
    parts = []
    if new.clip != old.clip:
        parts.append("clipping off" if new.clip is None else f"clipping on at {fmt(new.clip)}")
    if new.learning_rate != old.learning_rate:
        parts.append(f"learning rate {fmt(new.learning_rate)}")
    if new.momentum != old.momentum:
        parts.append(f"momentum {fmt(new.momentum)}")
    return ", ".join(parts) or "same settings"


class ForkDialog(QDialog):
    """The fork's settings: learning rate, momentum, clipping. Clipping starts ticked (the
    classic question: "what if clipping had been on from step 40?")."""

    def __init__(self, training: TrainingSettings, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forkDialog")
        self.setWindowTitle(t("Fork from step {step}", step=whole(step)))
        self.setAccessibleName(t("Fork from step {step}", step=whole(step)))
        self.setAccessibleDescription(t("The settings of a new run that starts from this step"))
        self._training = training
        intro = QLabel(f"A new run starts from the parameters after step {step:,}, with these "
                       "settings. The original run stays drawn behind it.")
        intro.setWordWrap(True)
        self.learning_rate = LogSpinBox()
        self.learning_rate.setObjectName("forkLearningRate")
        self.learning_rate.setValue(training.learning_rate)
        self.momentum = QDoubleSpinBox(objectName="forkMomentum")
        self.momentum.setRange(0.0, 0.99)
        self.momentum.setDecimals(2)
        self.momentum.setSingleStep(0.1)
        self.momentum.setValue(training.momentum)
        self.clip_on = QCheckBox("Clip gradients at", objectName="forkClip")
        self.clip = QDoubleSpinBox(objectName="forkClipThreshold")
        self.clip.setDecimals(4)
        self.clip.setRange(*NUMBER_SETTING_RANGES["clip"])
        self.clip.setValue(training.clip if training.clip is not None else 1.0)
        self.clip_on.setChecked(True)
        self.clip_on.toggled.connect(self.clip.setEnabled)
        for widget, name, text in (
            (self.learning_rate, "Fork learning rate", "The learning rate of the new run"),
            (self.momentum, "Fork momentum", "The momentum of the new run (0: none)"),
            (self.clip_on, "Clip the fork's gradients",
             "Scale the gradient down so its length is at most the threshold"),
            (self.clip, "Fork clipping threshold", "The largest gradient length the fork lets through"),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(text)
            widget.setToolTip(text)
        clip_row = QHBoxLayout()
        clip_row.addWidget(self.clip_on)
        clip_row.addWidget(self.clip, 1)
        form = QFormLayout()
        form.addRow("Learning rate", self.learning_rate)
        form.addRow("Momentum", self.momentum)
        form.addRow(clip_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Fork")
        ok.setObjectName("forkStart")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button, name, text in ((ok, "Fork", "Start the new run from this step"),
                                   (cancel, "Cancel", "Close without starting a new run")):
            button.setAccessibleName(name)
            button.setAccessibleDescription(text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> TrainingSettings:
        return replace(
            self._training, learning_rate=float(self.learning_rate.value()),
            momentum=float(self.momentum.value()),
            clip=float(self.clip.value()) if self.clip_on.isChecked() else None,
        )


def default_ask_fork(parent: QWidget, training: TrainingSettings, step: int) -> TrainingSettings | None:
    dialog = ForkDialog(training, step, parent)
    try:
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class TimelineBar(QWidget):
    """Step slider, its read-out, and Fork from here. ``ask_fork`` is replaceable (tests)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineBar")
        self.state = state
        self.ask_fork: Callable[[QWidget, TrainingSettings, int], TrainingSettings | None] = (
            default_ask_fork)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="timelineSlider")
        self.slider.setMinimumWidth(80)  # a handle's travel worth scrubbing with the mouse
        self.slider.setToolTip("Scrub through the run: the canvas, the plots and the read-outs "
                               "show the parameters of this step (arrows, Page Up/Down, Home, End)")
        self.slider.setAccessibleName("Run timeline")
        self.slider.setAccessibleDescription(
            "The step of the run whose parameters are shown, while the run is paused or over")
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.readout = QLabel("", objectName="timelineStep")
        self.readout.setToolTip("The step the views show")
        # as wide as its longest text, so scrubbing never moves the slider's end
        # (a run of up to 9,999 steps; longer ones widen it a little)
        self.readout.setMinimumWidth(self.fontMetrics().horizontalAdvance("step 0,000 of 0,000"))
        self.fork_button = QPushButton("Fork from here…", objectName="forkFromHere")
        self.fork_button.setToolTip("Start a new run from this step with other settings (for "
                                    "example clipping on), drawn beside this one")
        self.fork_button.setAccessibleName("Fork from here")
        self.fork_button.setAccessibleDescription(
            "Start a new run from the shown step with changed settings; Undo removes it")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.fork_button)
        self._pending = -1
        self.slider.valueChanged.connect(self._slid)
        self.fork_button.clicked.connect(self.fork)
        state.runStateChanged.connect(self.refresh)
        state.runUpdated.connect(self.refresh)
        state.runReset.connect(self.refresh)
        state.runRestored.connect(self.refresh)
        state.view.shownStepChanged.connect(self.refresh)
        state.shownStepPending.connect(self._on_pending)
        self.refresh()

    # --- state -> widgets ---------------------------------------------------------------------
    @Slot()
    def refresh(self, *_: object) -> None:
        state = self.state
        if state.run_state == RUNNING and not self.isVisible() and not self.slider.isEnabled():
            return  # a chunk of a live run: nothing to scrub, nothing shown (cheap, ~30 a second)
        last = state.history.last
        usable = state.can_scrub()
        self.slider.setEnabled(usable)
        self.fork_button.setEnabled(usable)
        first = state.run.first_step
        end = int(last[0]) if last is not None else first
        shown = state.view.shown_step
        value = end if shown is None else shown
        self.slider.blockSignals(True)
        self.slider.setRange(first, max(end, first))
        self.slider.setPageStep(max(1, (end - first) // 20))
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self._show_readout(value, end)

    def _show_readout(self, value: int, end: int) -> None:
        state = self.state
        if state.history.last is None:
            text = tr("no run yet")
        elif state.run_state == RUNNING:
            text = tr("step {step} (training)").format(step=f"{end:,}")
        elif self._pending >= 0:
            text = tr("step {step}: replaying…").format(step=f"{self._pending:,}")
        else:
            text = tr("step {step} of {total}").format(step=f"{value:,}", total=f"{end:,}")
        self.readout.setText(text)
        self.readout.setAccessibleName(tr("Shown step: {text}").format(text=text))

    @Slot(int)
    def _on_pending(self, step: int) -> None:
        self._pending = step
        self.fork_button.setEnabled(step < 0 and self.state.can_scrub())
        self.refresh()

    # --- widgets -> state ---------------------------------------------------------------------
    @Slot(int)
    def _slid(self, value: int) -> None:
        self.state.show_step(value)

    @Slot()
    def fork(self) -> bool:
        """Ask for the fork's settings and start it from the shown step (the last if none)."""
        state = self.state
        if not state.can_scrub() or self._pending >= 0:
            return False
        step = self.slider.value()
        if state.view.shown_step != step and not state.show_step(step):
            return False
        if self._pending >= 0:  # a long replay is on its way: the fork starts from its answer
            state.statusMessage.emit(t("Replaying the run to that step; fork when it is shown."), 4000)
            return False
        training = state.document.training
        chosen = self.ask_fork(self, training, step)
        if chosen is None:
            return False
        return state.fork_from(step, chosen, what_changed(training, chosen))

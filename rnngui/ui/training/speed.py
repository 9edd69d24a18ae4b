"""How fast a run goes: steps per second on a log slider whose last notch is "flat out", and
"stop when converged". A class watches bouncing or stalling happen at a few steps a second."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QWidget

from ...engine.words import localized, t
from ...model.document import TrainingSettings
from ...session.pacing import FASTEST_LIMITED_SPEED, SLOWEST_SPEED
from ...session.state import AppState
from ..languages import tr

NOTCHES_PER_DECADE = 6  # 1, 1.5, 2.2, 3.2, 4.6, 6.8, 10, ... steps per second
SPEED_MERGE_ID = 4201  # one undo step for one drag of the slider


def speed_of(position: int, flat_out_position: int) -> float | None:
    """Steps per second at a slider position (None at the last notch: flat out)."""
    if position >= flat_out_position:
        return None
    return round(SLOWEST_SPEED * 10 ** (position / NOTCHES_PER_DECADE), 3)


def position_of(speed: float | None, flat_out_position: int) -> int:
    if speed is None:
        return flat_out_position
    notch = round(math.log10(max(speed, SLOWEST_SPEED) / SLOWEST_SPEED) * NOTCHES_PER_DECADE)
    return min(notch, flat_out_position - 1)


def speed_text(speed: float | None) -> str:
    if speed is None:
        return tr("flat out")
    template = tr("{speed} step/s") if speed < 1.5 else tr("{speed} steps/s")
    return template.format(speed=localized(f"{speed:.3g}"))  # 2,5 Schritte/s in German


class SpeedControl(QWidget):
    """The speed slider (``speedControl``) and the "stop when converged" box."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        decades = math.log10(FASTEST_LIMITED_SPEED / SLOWEST_SPEED)
        self.flat_out = round(decades * NOTCHES_PER_DECADE) + 1
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="speedControl")
        self.slider.setRange(0, self.flat_out)
        self.slider.setPageStep(NOTCHES_PER_DECADE)
        self.slider.setToolTip(
            "Steps per second: slow enough to watch gradient descent bounce or stall, "
            "up to flat out (the last notch)"
        )
        self.slider.setAccessibleName("Training speed")
        self.label = QLabel(objectName="speedLabel")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("1000 steps/s "))
        self.stop_when_converged = QCheckBox("stop when converged", objectName="stopWhenConverged")
        self.stop_when_converged.setToolTip("End the run as soon as the diagnosis says converged")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.stop_when_converged)
        self._showing = False
        self.slider.valueChanged.connect(self._slid)
        self.stop_when_converged.toggled.connect(self._stop_toggled)
        state.trainingSettingsChanged.connect(self.show_settings)
        self.show_settings(state.document.training)

    @property
    def speed(self) -> float | None:
        return speed_of(self.slider.value(), self.flat_out)

    def set_speed(self, speed: float | None) -> None:
        self.slider.setValue(position_of(speed, self.flat_out))

    @Slot(object)
    def show_settings(self, training: TrainingSettings) -> None:
        self._showing = True
        try:
            self.slider.setValue(position_of(training.speed, self.flat_out))
            self.label.setText(speed_text(training.speed))
            self.stop_when_converged.setChecked(training.stop_when_converged)
        finally:
            self._showing = False

    @Slot(int)
    def _slid(self, position: int) -> None:
        speed = speed_of(position, self.flat_out)
        self.label.setText(speed_text(speed))
        if self._showing:
            return
        training = replace(self.state.document.training, speed=speed)
        self.state.set_training(training, t("Speed: {speed}", speed=speed_text(speed)), SPEED_MERGE_ID)

    @Slot(bool)
    def _stop_toggled(self, on: bool) -> None:
        if self._showing:
            return
        training = replace(self.state.document.training, stop_when_converged=on)
        text = "Stop when converged" if on else "Run to max steps"
        self.state.set_training(training, text)

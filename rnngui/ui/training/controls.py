"""The training settings: learning rate (log scale), max steps, momentum, clipping, which
parameters train, the activation, and where the parameters start.

Every edit goes to ``state.set_training`` (one undo step; arrow-key and slider runs merge).
Learning rate, momentum and clipping take effect in the running loop at once; changing the
activation asks first when a run exists, because the run starts again.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from ...engine import ACTIVATIONS, PARAM_NAMES, RNNParams, fmt
from ...model.document import DocumentError, TrainingSettings
from ...session.state import AppState

LR_MIN, LR_MAX = 1e-5, 10.0
SLIDER_STEPS_PER_DECADE = 20
# Merge ids: a run of arrow presses or a slider drag is one undo step per control.
MERGE_LR, MERGE_STEPS, MERGE_MOMENTUM, MERGE_CLIP = 5101, 5102, 5103, 5104


def _ladder() -> list[float]:
    """1, 2, 5 times each power of ten from 1e-5 to 10: where the arrow keys go."""
    values = [m * 10.0**e for e in range(-5, 2) for m in (1, 2, 5)]
    return [v for v in values if LR_MIN <= v <= LR_MAX]


class LogSpinBox(QDoubleSpinBox):
    """A number from 1e-5 to 10 typed exactly, stepped along 1-2-5 (a log scale)."""

    LADDER = _ladder()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)  # the spin box rounds to its decimals; the text shows 4 digits
        self.setRange(LR_MIN, LR_MAX)
        self.setKeyboardTracking(False)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.00005") + 36)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        try:
            value = float(text)
        except ValueError:
            ok = text.strip() in ("", ".", "-") or text.lower().endswith(("e", "e-"))
            state = QValidator.State.Intermediate if ok else QValidator.State.Invalid
            return state, text, pos
        if LR_MIN <= value <= LR_MAX:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        value = self.value()
        ladder = self.LADDER
        for _ in range(abs(steps)):
            if steps > 0:
                value = next((v for v in ladder if v > value * (1 + 1e-9)), ladder[-1])
            else:
                value = next((v for v in reversed(ladder) if v < value * (1 - 1e-9)), ladder[0])
        self.setValue(value)


def default_confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No; headless runs (offscreen CI, --screenshot) cannot click, so they go ahead."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return True
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.Yes)
    return answer == buttons.Yes


class TrainingControls(QWidget):
    """The settings grid of the training panel. ``confirm`` is replaceable (tests)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingControls")
        self.state = state
        self.confirm: Callable[[QWidget, str, str], bool] = default_confirm
        self._showing = False

        self.learning_rate = LogSpinBox()
        self.learning_rate.setObjectName("learningRate")
        self.learning_rate.setToolTip(
            "Learning rate, 1e-5 to 10 (arrows step 1, 2, 5, 10, ...). Takes effect mid-run."
        )
        self.lr_slider = QSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setObjectName("learningRateSlider")
        self.lr_slider.setRange(
            round(math.log10(LR_MIN) * SLIDER_STEPS_PER_DECADE),
            round(math.log10(LR_MAX) * SLIDER_STEPS_PER_DECADE),
        )
        self.lr_slider.setToolTip("Learning rate on a log scale")
        self.max_steps = QSpinBox()
        self.max_steps.setObjectName("maxSteps")
        self.max_steps.setToolTip("Gradient descent stops after this many steps")
        self.max_steps.setRange(1, 10_000_000)
        self.max_steps.setSingleStep(500)
        self.max_steps.setGroupSeparatorShown(True)
        self.max_steps.setKeyboardTracking(False)
        self.momentum = QDoubleSpinBox()
        self.momentum.setObjectName("momentum")
        self.momentum.setRange(0.0, 0.99)
        self.momentum.setSingleStep(0.1)
        self.momentum.setKeyboardTracking(False)
        self.momentum.setToolTip("Momentum as torch.optim.SGD (0 = plain gradient descent)")
        self.clip_on = QCheckBox("Clip at")
        self.clip_on.setObjectName("clipGradients")
        self.clip_on.setToolTip("Scale the gradient down so its length is at most this")
        self.clip = QDoubleSpinBox()
        self.clip.setObjectName("clipThreshold")
        self.clip.setToolTip("The largest gradient length clipping lets through")
        self.clip.setDecimals(4)
        self.clip.setRange(1e-4, 1e6)
        self.clip.setValue(1.0)
        self.clip.setKeyboardTracking(False)
        self.activation = QComboBox()
        self.activation.setObjectName("activation")
        self.activation.setToolTip("The hidden unit's activation function (the lesson uses ReLU)")
        for name in ACTIVATIONS:
            self.activation.addItem("ReLU (the lesson's)" if name == "relu" else name, name)
        self.trainable = {}
        trainable_row = QHBoxLayout()
        trainable_row.setSpacing(6)
        for name in PARAM_NAMES:
            box = QCheckBox(name)
            box.setObjectName(f"train_{name}")
            box.setToolTip(f"Gradient descent moves {name}")
            self.trainable[name] = box
            trainable_row.addWidget(box)
        self.only_w2 = QPushButton("only w2")
        self.only_w2.setObjectName("onlyW2Button")
        self.only_w2.setToolTip("Train w2 alone, as the lesson does")
        self.all_params = QPushButton("all")
        self.all_params.setObjectName("allParamsButton")
        self.all_params.setToolTip("Train all five parameters")
        trainable_row.addWidget(self.only_w2)
        trainable_row.addWidget(self.all_params)
        trainable_row.addStretch(1)

        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip("The seed of the random starting parameters: the same seed, the same start")
        self.reinit_button = QPushButton("Re-initialise")
        self.reinit_button.setObjectName("reinitButton")
        self.reinit_button.setToolTip("New random starting parameters from this seed")
        self.typed_params = QLineEdit()
        self.typed_params.setObjectName("typedParams")
        self.typed_params.setPlaceholderText("w1, w2, b1, w3, b2")
        self.typed_params.setToolTip("Type five numbers (w1, w2, b1, w3, b2) and press Enter")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        lr_row = QHBoxLayout()
        lr_row.addWidget(self.learning_rate)
        lr_row.addWidget(self.lr_slider, 1)
        grid.addWidget(QLabel("Learning rate"), 0, 0)
        grid.addLayout(lr_row, 0, 1, 1, 3)
        grid.addWidget(QLabel("Max steps"), 1, 0)
        grid.addWidget(self.max_steps, 1, 1)
        grid.addWidget(QLabel("Momentum"), 1, 2)
        grid.addWidget(self.momentum, 1, 3)
        grid.addWidget(QLabel("Activation"), 2, 0)
        grid.addWidget(self.activation, 2, 1)
        clip_row = QHBoxLayout()
        clip_row.addWidget(self.clip_on)
        clip_row.addWidget(self.clip, 1)
        grid.addLayout(clip_row, 2, 2, 1, 2)
        grid.addWidget(QLabel("Train"), 3, 0)
        grid.addLayout(trainable_row, 3, 1, 1, 3)
        grid.addWidget(QLabel("Start from"), 4, 0)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel("seed"))
        start_row.addWidget(self.seed)
        start_row.addWidget(self.reinit_button)
        start_row.addWidget(self.typed_params, 1)
        grid.addLayout(start_row, 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.learning_rate.valueChanged.connect(self._lr_typed)
        self.lr_slider.valueChanged.connect(self._lr_slid)
        self.max_steps.valueChanged.connect(self._edited)
        self.momentum.valueChanged.connect(self._edited)
        self.clip.valueChanged.connect(self._edited)
        self.clip_on.toggled.connect(self._edited)
        for box in self.trainable.values():
            box.toggled.connect(self._edited)
        self.only_w2.clicked.connect(lambda: self._set_trainable(("w2",)))
        self.all_params.clicked.connect(lambda: self._set_trainable(PARAM_NAMES))
        self.activation.currentIndexChanged.connect(self._activation_chosen)
        self.reinit_button.clicked.connect(self._reinitialise)
        self.typed_params.returnPressed.connect(self._typed_params_entered)
        state.trainingSettingsChanged.connect(self.show_settings)
        state.paramsChanged.connect(self._show_params)
        self.show_settings(state.document.training)
        self._show_params(state.params)

    # --- state -> widgets ---------------------------------------------------------------------
    @Slot(object)
    def show_settings(self, training: TrainingSettings) -> None:
        self._showing = True
        try:
            self.learning_rate.setValue(training.learning_rate)
            self.lr_slider.setValue(self._slider_position(training.learning_rate))
            self.max_steps.setValue(training.max_steps)
            self.momentum.setValue(training.momentum)
            self.clip_on.setChecked(training.clip is not None)
            self.clip.setEnabled(training.clip is not None)
            if training.clip is not None:
                self.clip.setValue(training.clip)
            for name, box in self.trainable.items():
                box.setChecked(name in training.trainable)
            self.activation.setCurrentIndex(self.activation.findData(training.activation))
            self.seed.setValue(int(training.seed))
        finally:
            self._showing = False

    @Slot(object)
    def _show_params(self, params: RNNParams) -> None:
        if not self.typed_params.hasFocus():
            self.typed_params.setText(", ".join(fmt(v) for v in params.as_tuple()))
            self.typed_params.setCursorPosition(0)  # show w1 first, not the tail

    @staticmethod
    def _slider_position(lr: float) -> int:
        return round(math.log10(lr) * SLIDER_STEPS_PER_DECADE)

    # --- widgets -> state ---------------------------------------------------------------------
    def _commit(self, training: TrainingSettings, text: str, merge_id: int = -1) -> None:
        if training != self.state.document.training:
            self.state.set_training(training, text, merge_id)

    @Slot()
    def _lr_typed(self) -> None:
        if self._showing:
            return
        lr = self.learning_rate.value()
        self._commit(
            replace(self.state.document.training, learning_rate=lr),
            f"Learning rate {fmt(lr)}",
            MERGE_LR,
        )

    @Slot(int)
    def _lr_slid(self, position: int) -> None:
        if self._showing:
            return
        lr = 10.0 ** (position / SLIDER_STEPS_PER_DECADE)
        lr = float(f"{min(max(lr, LR_MIN), LR_MAX):.3g}")  # a number a learner can read back
        self._commit(
            replace(self.state.document.training, learning_rate=lr),
            f"Learning rate {fmt(lr)}",
            MERGE_LR,
        )

    @Slot()
    def _edited(self) -> None:
        if self._showing:
            return
        old = self.state.document.training
        trainable = tuple(n for n, box in self.trainable.items() if box.isChecked())
        self.clip.setEnabled(self.clip_on.isChecked())
        training = replace(
            old,
            max_steps=self.max_steps.value(),
            momentum=self.momentum.value(),
            clip=self.clip.value() if self.clip_on.isChecked() else None,
            trainable=trainable,
        )
        if training.max_steps != old.max_steps:
            self._commit(training, f"Max steps {training.max_steps:,}", MERGE_STEPS)
        elif training.momentum != old.momentum:
            self._commit(training, f"Momentum {fmt(training.momentum)}", MERGE_MOMENTUM)
        elif training.clip != old.clip:
            text = "Clipping off" if training.clip is None else f"Clip at {fmt(training.clip)}"
            self._commit(training, text, MERGE_CLIP)
        else:
            self._commit(training, "Trainable: " + (", ".join(trainable) or "none"))

    def _set_trainable(self, names: tuple[str, ...]) -> None:
        training = replace(self.state.document.training, trainable=tuple(names))
        self._commit(training, "Train " + ", ".join(names))

    @Slot()
    def _activation_chosen(self) -> None:
        if self._showing:
            return
        activation = self.activation.currentData()
        training = self.state.document.training
        if activation == training.activation:
            return
        if len(self.state.history) and not self.confirm(
            self,
            "Change the activation?",
            f"Changing the activation to {activation} resets the run: the parameters go back "
            "to the run's start and the curves are cleared.",
        ):
            self.show_settings(training)  # answered No: the combo shows the old choice again
            return
        self.state.reset_run()
        self._commit(replace(self.state.document.training, activation=activation),
                     f"Activation {activation}")

    @Slot()
    def _reinitialise(self) -> None:
        self.state.reinitialise(self.seed.value())

    @Slot()
    def _typed_params_entered(self) -> None:
        text = self.typed_params.text().replace(";", ",")
        try:
            values = [float(v) for v in text.replace(",", " ").split()]
            if len(values) != 5 or not all(math.isfinite(v) for v in values):
                raise ValueError
        except ValueError:
            self.state.statusMessage.emit(
                "Type five numbers for w1, w2, b1, w3, b2, e.g. 1, 0.5, 0, 1, 0", 6000
            )
            return
        try:
            self.state.reset_run()
            self.state.set_params(RNNParams(*values), "Type parameters")
        except DocumentError as error:
            self.state.statusMessage.emit(str(error), 6000)
        self.typed_params.clearFocus()
        self._show_params(self.state.params)

"""The training settings: learning rate (log scale), max steps, momentum, clipping, which
parameters train, the activation, and where the parameters start.

Every edit goes to ``state.set_training`` (one undo step; arrow-key and slider runs merge).
Learning rate, momentum and clipping take effect in the running loop at once; changing the
activation asks first when a run exists, because the run starts again.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ...engine import ACTIVATIONS, fmt
from ...engine.words import localized, t, whole
from ...model.document import DocumentError, TrainingSettings
from ...model.limits import NUMBER_SETTING_RANGES, WHOLE_SETTING_RANGES
from ...model.numbers import show_field
from ...session.state import AppState
from ..prompts import default_confirm  # noqa: F401 - re-exported for the panel and tests
from ..widgets.bad_input import locale_decimal, read_typed

# The ranges files and lessons are held to (model/limits.py), so a loaded value is shown as it is.
LR_MIN, LR_MAX = NUMBER_SETTING_RANGES["learning_rate"]
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
    refused = Signal(str)  # a typed text that is not taken, and why

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)  # the spin box rounds to its decimals; the text shows 4 digits
        self.setRange(LR_MIN, LR_MAX)
        self.setKeyboardTracking(False)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.00005") + 36)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return localized(f"{value:.4g}")  # the chosen locale's separator, read back by read_typed

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        try:
            return read_typed(text)
        except DocumentError:
            return self.value()

    def validate(self, text: str, pos: int):
        # The app's one parser: "0,3" stays as typed (Intermediate) and is refused with a message
        # on Enter; dropping the comma as an invalid key made it 3 and the run diverged.
        try:
            value = read_typed(text)
        except DocumentError:
            return QValidator.State.Intermediate, text, pos
        if LR_MIN <= value <= LR_MAX:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        """Qt asks for a fix when Enter or leaving the field finds the text not acceptable. Its
        own fix drops the "," of "0,3" as a thousands separator (giving 3): keep the text, so
        the old value stays, and say why."""
        self._say_if_refused(text)
        return text

    def _say_if_refused(self, text: str) -> None:
        """Why a typed text is not taken (the spin box alone would just put the old value back)."""
        if text == self.textFromValue(self.value()):
            return
        try:
            value = read_typed(text)
        except DocumentError as error:
            self.refused.emit(t("Learning rate: {error}. It stays {value}", error=error,
                                 value=self.textFromValue(self.value())))
            return
        if not LR_MIN <= value <= LR_MAX:
            self.refused.emit(t("Learning rate {text} is outside {low} to {high}; it stays {value}",
                                text=text.strip(), low=localized(f"{LR_MIN:g}"),
                                high=localized(f"{LR_MAX:g}"), value=self.textFromValue(self.value())))

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        value = self.value()
        ladder = self.LADDER
        for _ in range(abs(steps)):
            if steps > 0:
                value = next((v for v in ladder if v > value * (1 + 1e-9)), ladder[-1])
            else:
                value = next((v for v in reversed(ladder) if v < value * (1 - 1e-9)), ladder[0])
        self.setValue(value)


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
        self.max_steps.setRange(*WHOLE_SETTING_RANGES["max_steps"])
        self.max_steps.setSingleStep(500)
        self.max_steps.setGroupSeparatorShown(True)
        self.max_steps.setKeyboardTracking(False)
        self.momentum = QDoubleSpinBox()
        self.momentum.setObjectName("momentum")
        self.momentum.setRange(*NUMBER_SETTING_RANGES["momentum"])
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
        self.clip.setRange(*NUMBER_SETTING_RANGES["clip"])
        self.clip.setValue(1.0)
        self.clip.setKeyboardTracking(False)
        self.activation = QComboBox()
        self.activation.setObjectName("activation")
        self.activation.setToolTip("The hidden unit's activation function (the lesson uses ReLU)")
        for name in ACTIVATIONS:
            self.activation.addItem("ReLU (the lesson's)" if name == "relu" else name, name)
        self.trainable: dict[str, QCheckBox] = {}
        trainable_row = QHBoxLayout()
        trainable_row.setSpacing(6)
        # the boxes, six to a row: the LSTM's twelve in two rows (two gates each), never squeezed
        self._trainable_row = QGridLayout()
        self._trainable_row.setHorizontalSpacing(6)
        self._trainable_row.setVerticalSpacing(0)
        trainable_row.addLayout(self._trainable_row)
        self._cell_names: tuple[str, ...] = ()
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
        self.seed.setRange(*WHOLE_SETTING_RANGES["seed"])
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
        # The settings a lesson rarely changes fold away on a short window (1024×600, presenter
        # mode) behind this button; the panel opens them when there is room (set_more_shown).
        self.more_button = QToolButton(objectName="moreTrainingSettingsButton")
        self.more_button.setText("More settings")
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setToolTip("Momentum, activation, clipping, which parameters train and "
                                    "where they start")
        grid.addWidget(self.more_button, 1, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        self.more = QWidget(objectName="moreTrainingSettings")
        more = QGridLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        more.setHorizontalSpacing(6)
        more.setVerticalSpacing(3)
        more.addWidget(QLabel("Momentum"), 0, 0)
        more.addWidget(self.momentum, 0, 1)
        more.addWidget(QLabel("Activation"), 0, 2)
        more.addWidget(self.activation, 0, 3)
        clip_row = QHBoxLayout()
        clip_row.addWidget(self.clip_on)
        clip_row.addWidget(self.clip, 1)
        more.addLayout(clip_row, 1, 1, 1, 3)
        more.addWidget(QLabel("Train"), 2, 0)
        more.addLayout(trainable_row, 2, 1, 1, 3)
        more.addWidget(QLabel("Start from"), 3, 0)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel("seed"))
        start_row.addWidget(self.seed)
        start_row.addWidget(self.reinit_button)
        start_row.addWidget(self.typed_params, 1)
        more.addLayout(start_row, 3, 1, 1, 3)
        more.setColumnStretch(1, 1)
        more.setColumnStretch(3, 1)
        grid.addWidget(self.more, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._more_chosen: bool | None = None  # the user's own choice, once they press it
        self.more_button.clicked.connect(self._more_clicked)

        self.learning_rate.valueChanged.connect(self._lr_typed)
        self.learning_rate.refused.connect(lambda text: self.state.statusMessage.emit(text, 8000))
        self.lr_slider.valueChanged.connect(self._lr_slid)
        self.max_steps.valueChanged.connect(self._edited)
        self.momentum.valueChanged.connect(self._edited)
        self.clip.valueChanged.connect(self._edited)
        self.clip_on.toggled.connect(self._edited)
        self._build_trainable()
        self.only_w2.clicked.connect(lambda: self._set_trainable(("w2",)))
        self.all_params.clicked.connect(lambda: self._set_trainable(self.state.cell.param_names))
        self.activation.currentIndexChanged.connect(self._activation_chosen)
        self.reinit_button.clicked.connect(self._reinitialise)
        self.typed_params.returnPressed.connect(self._typed_params_entered)
        state.trainingSettingsChanged.connect(self.show_settings)
        state.paramsChanged.connect(self._show_params)
        state.runReset.connect(lambda: self._show_params(self.state.params))
        self.show_settings(state.document.training)
        self._show_params(state.params)

    # --- the folding settings (layout) ---------------------------------------------------------
    def more_height(self) -> int:
        """What the folding settings add to the panel's height while shown."""
        return self.more.sizeHint().height() + 3 if self.more.isVisibleTo(self) else 0

    def set_more_shown(self, room: bool) -> None:
        """Show the rarer settings when there is ``room``, unless the user chose otherwise."""
        on = room if self._more_chosen is None else self._more_chosen
        self.more.setVisible(on)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if self.more_button.isChecked() != on:
            self.more_button.setChecked(on)

    @Slot(bool)
    def _more_clicked(self, on: bool) -> None:
        self._more_chosen = on
        self.set_more_shown(on)

    # --- state -> widgets ---------------------------------------------------------------------
    def _build_trainable(self) -> None:
        """One check box per parameter of the document's cell (rebuilt when the cell changes)."""
        cell = self.state.cell
        if cell.param_names == self._cell_names:
            return
        self._cell_names = cell.param_names
        for box in self.trainable.values():
            self._trainable_row.removeWidget(box)
            box.hide()  # gone now, not at the next turn of the event loop (deleteLater)
            box.deleteLater()
        self.trainable = {}
        for index, name in enumerate(cell.param_names):
            box = QCheckBox(name)
            box.setObjectName(f"train_{name}")
            box.toggled.connect(self._edited)
            self.trainable[name] = box
            self._trainable_row.addWidget(box, index // 6, index % 6)
        # Tab in reading order: boxes made after the rest would come last in the focus chain.
        chain = [self.clip_on, *self.trainable.values(), self.only_w2, self.all_params]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.only_w2.setVisible("w2" in cell.param_names)  # the lesson's experiment, RNN only
        self.typed_params.setPlaceholderText(", ".join(cell.param_names))
        self._say_what_the_parameter_controls_do()

    def _say_what_the_parameter_controls_do(self) -> None:
        """Tooltips that name the cell's parameters: made again for a new cell and a new language
        (the window's translation pass cannot translate a text it has not seen built)."""
        names = self._cell_names or ()
        for name, box in self.trainable.items():
            box.setToolTip(t("Gradient descent moves {name}", name=name))
        self.typed_params.setToolTip(t("Type {count} numbers ({names}) and press Enter",
                                       count=len(names), names=", ".join(names)))
        self.all_params.setToolTip(t("Train all {count} parameters", count=len(names)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.trainable:
            self._say_what_the_parameter_controls_do()

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
            self._build_trainable()
            for name, box in self.trainable.items():
                box.setChecked(name in training.trained_names(self.state.cell))
            self.activation.setCurrentIndex(self.activation.findData(training.activation))
            self.seed.setValue(int(training.seed))
        finally:
            self._showing = False

    @Slot(object)
    def _show_params(self, params: Any) -> None:
        if self.state.cell.param_names != self._cell_names:  # another cell: its own boxes
            self.show_settings(self.state.document.training)
        # "Start from": the run's starting parameters while there is a run (Reset goes back to
        # them), the current ones otherwise; never the trained ones under that label.
        start = self.state.run_initial_params
        if start is not None and type(start) is type(params):
            params = start
        if not self.typed_params.hasFocus():
            self.typed_params.setText(", ".join(show_field(v) for v in params.as_tuple()))
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
            t("Learning rate {value}", value=fmt(lr)),
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
            t("Learning rate {value}", value=fmt(lr)),
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
            self._commit(training, t("Max steps {count}", count=whole(training.max_steps)), MERGE_STEPS)
        elif training.momentum != old.momentum:
            self._commit(training, t("Momentum {value}", value=fmt(training.momentum)), MERGE_MOMENTUM)
        elif training.clip != old.clip:
            text = (t("Clipping off") if training.clip is None
                    else t("Clip at {value}", value=fmt(training.clip)))
            self._commit(training, text, MERGE_CLIP)
        else:
            self._commit(training, t("Trainable: {names}", names=", ".join(trainable) or t("none")))

    def _set_trainable(self, names: tuple[str, ...]) -> None:
        training = replace(self.state.document.training, trainable=tuple(names))
        self._commit(training, t("Train {names}", names=", ".join(names)))

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
            t("Change the activation?"),
            t("Changing the activation to {activation} resets the run: the parameters go back "
              "to the run's start and the curves are cleared.", activation=activation),
        ):
            self.show_settings(training)  # answered No: the combo shows the old choice again
            return
        self.state.reset_run()
        self._commit(replace(self.state.document.training, activation=activation),
                     t("Activation {activation}", activation=activation))

    @Slot()
    def _reinitialise(self) -> None:
        self.state.reinitialise(self.seed.value())

    @Slot()
    def _typed_params_entered(self) -> None:
        names = self.state.cell.param_names
        text = self.typed_params.text()
        # Numbers are listed with ';', ', ' or spaces; a comma between digits is the locale's
        # decimal comma (or, with a decimal point, a plain list separator as before).
        separators = r";|,\s+|\s+" if locale_decimal() == "," else r"[;,\s]+"
        parts = [p for p in re.split(separators, text.strip()) if p]
        try:
            values = [read_typed(p) for p in parts]
            if len(values) != len(names):
                raise DocumentError(t("that is {count} numbers", count=len(values)))
        except DocumentError as error:
            self.state.statusMessage.emit(
                t("{error}: type {count} numbers for {names}, e.g. {example}", error=error,
                  count=len(names), names=", ".join(names),
                  # with a decimal comma the numbers are listed with ';' (1; 0,5; 0)
                  example=("; " if locale_decimal() == "," else ", ").join(
                      localized(_example(n)) for n in names)), 6000
            )
            return
        try:
            self.state.reset_run()
            self.state.set_params(self.state.cell.params(values), t("Type parameters"))
        except DocumentError as error:
            self.state.statusMessage.emit(str(error), 6000)
        self.typed_params.clearFocus()
        self._show_params(self.state.params)


def _example(name: str) -> str:
    """An example value for the typed-parameters hint: weights 1, biases 0 (w2 the lesson's 0.5)."""
    return "0.5" if name == "w2" else ("0" if name.startswith("b") else "1")

"""The gradient lab's memory page: the RNN and the LSTM on the same 51 days, where only day 1
decides the target (the LSTM chapter's point, shown).

Left: how strongly day 1 reaches the prediction, |∂prediction/∂x1|, against the number of days,
for both cells on one log axis. The RNN's falls like |w2|^n (0.5^50 = 8.9e-16 at 51 days); the
LSTM's, whose long-term memory is only multiplied by the forget gate from one day to the next,
stays many decades higher. Right: both cells trained side by side with the same settings: the RNN
stalls, the LSTM learns, and the words under the plots say why, with the engine's numbers.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt, lstm
from ...engine.cells import cell_of
from ...engine.words import localized, t, whole
from ...model import history as H
from ...model import presets
from ...session.cell_race import CellRace, RaceRun
from ...session.state import AppState
from ..widgets.flow_layout import flow_row
from .plot import RefreshWhenShown, log_plot, positive

COLOURS = {"rnn": "#D55E00", "lstm": "#009E73"}  # Okabe–Ito vermilion and bluish green
LABELS = {"rnn": "RNN (w2 = 0.5)", "lstm": "LSTM (forget gate ≈ 99%)"}
CELLS = ("rnn", "lstm")
LEARNED_SSR = 0.05  # below this both companies are told apart (each residual under ~0.16)

INTRO = (
    "<b>Why the LSTM.</b> Company A and B over {days} days, where only day 1 (A: 0, B: 1) decides "
    "the target. Both networks train with the same settings."
)


def first_day_reach(params, days: int) -> float:
    """|∂prediction/∂x1| on Company B stretched to ``days`` days, for either cell."""
    (_a, b), _targets = lstm.stretched_companies(days)
    cell = cell_of(params)
    return abs(float(cell.input_sensitivity(params, b, "relu")[0]))


def reach_curve(params, days: int) -> tuple[np.ndarray, np.ndarray]:
    """(n, |∂prediction/∂x1| after n days) for n = 1 .. days."""
    n = np.arange(1, days + 1)
    return n, np.array([first_day_reach(params, int(k)) for k in n])


def verdict(cell: str, params, ssr: float, start_ssr: float, days: int) -> str:
    """The race's outcome for one cell, in the lesson's words, with the engine's numbers."""
    reach = first_day_reach(params, days)
    learned = ssr < LEARNED_SSR
    if cell == "rnn":
        why = t("day 1 reaches the prediction only through {trips} trips around the feedback "
                "loop, each multiplying it by w2 = {w2}, so ∂prediction/∂x1 = {reach}",
                trips=days - 1, w2=fmt(params.w2), reach=fmt(reach))
        if learned:
            return t("The RNN learned (SSR {ssr}): {why}.", ssr=fmt(ssr), why=why)
        return t("The RNN stalls at SSR {ssr}: {why}. The gradient vanishes: gradient descent "
                 "cannot tell Company A from Company B, so it predicts their average.",
                 ssr=fmt(ssr), why=why)
    (_a, b), _ = lstm.stretched_companies(days)
    forget = float(np.mean(lstm.forward(params, b).forget[1:])) if days > 1 else 1.0
    why = t("day 1 is written into the long-term memory, and from one day to the next the "
            "long-term memory is only multiplied by the forget gate ({share}% remembered, on "
            "average) — no weight, no squashing — so ∂prediction/∂x1 = {reach}",
            share=fmt(100 * forget), reach=fmt(reach))
    if learned:
        return t("The LSTM learns: the SSR falls from {start} to {ssr}: {why}.",
                 start=fmt(start_ssr), ssr=fmt(ssr), why=why)
    return t("The LSTM is at SSR {ssr} (from {start}): {why}.", ssr=fmt(ssr),
             start=fmt(start_ssr), why=why)


class MemoryPage(RefreshWhenShown, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoryPage")
        self.state = state
        self.race = CellRace(self)
        self.days = presets.MEMORY_DAYS
        self.documents = {cell: presets.long_memory(cell) for cell in CELLS}
        training = presets.MEMORY_TRAINING
        intro = QLabel(INTRO.format(days=self.days), objectName="memoryIntro")
        intro.setWordWrap(True)
        intro.setToolTip(t("Left: how strongly day 1 still reaches the prediction after n days. "
                           "Right: the RNN and the LSTM trained side by side on the same data "
                           "(learning rate {lr}, clip at {clip}, {steps} steps).",
                           lr=localized(f"{training.learning_rate:g}"),
                           clip=localized(f"{training.clip:g}"), steps=whole(training.max_steps)))
        self.reach_plot = log_plot("How strongly day 1 reaches the prediction", "days n",
                                   "|∂prediction/∂x1|")
        self.reach_plot.setObjectName("memoryReachPlot")
        self.reach_curves = {}
        for cell in CELLS:
            n, reach = reach_curve(self.documents[cell].params, self.days)
            self.reach_curves[cell] = self.reach_plot.plot(
                *positive(n, reach), pen=pg.mkPen(COLOURS[cell], width=2.5), name=LABELS[cell])
        self.loss_plot = log_plot("SSR of each network, trained side by side", "step", "SSR")
        self.loss_plot.setObjectName("memoryLossPlot")
        self.loss_curves = {
            cell: self.loss_plot.plot([], [], pen=pg.mkPen(COLOURS[cell], width=2.5),
                                      name=LABELS[cell])
            for cell in CELLS
        }
        for plot in (self.reach_plot, self.loss_plot):  # bottom left: where no curve runs
            plot.getPlotItem().legend.setOffset((10, -10))
        self.race_button = QPushButton("Train both side by side", objectName="memoryRaceButton")
        self.race_button.setToolTip("Train the RNN and the LSTM on the 51 days, same settings")
        self.stop_button = QPushButton("Stop", objectName="memoryStopButton")
        self.stop_button.setToolTip("Stop both runs where they are")
        self.open_buttons = {}
        for cell in CELLS:
            button = QPushButton(f"Open the {cell.upper()}'s 51 days",
                                 objectName=f"memoryOpen{cell.upper()}Button")
            button.setToolTip(f"Make the {cell.upper()} on these 51 days the project, to see "
                              "every number on the canvas (undo brings the old one back)")
            button.clicked.connect(lambda _=False, c=cell: self.open_in_project(c))
            self.open_buttons[cell] = button
        self.words = {cell: QLabel(objectName=f"memoryVerdict{cell.upper()}") for cell in CELLS}
        for cell, label in self.words.items():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(f"color: {COLOURS[cell]}")
        # a row that wraps on a narrow window (a projector with the lesson open) instead of
        # making the whole gradient lab wider
        buttons_holder, buttons = flow_row()
        for b in (self.race_button, self.stop_button, *self.open_buttons.values()):
            buttons.addWidget(b)
        plots = QHBoxLayout()
        plots.addWidget(self.reach_plot)
        plots.addWidget(self.loss_plot)
        # The verdicts scroll when a projector's big font leaves little room: the plots keep theirs.
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        for label in self.words.values():
            words_layout.addWidget(label)
        words_layout.addStretch(1)
        self.words_area = QScrollArea(objectName="memoryVerdicts")
        self.words_area.setWidget(words)
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setMinimumHeight(3 * self.fontMetrics().height())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(buttons_holder)
        layout.addLayout(plots, 3)
        layout.addWidget(self.words_area, 1)
        self.race_button.clicked.connect(self.start_race)
        self.stop_button.clicked.connect(self.race.stop)
        self.race.updated.connect(self._on_updated)
        self.race.runningChanged.connect(self._on_running)
        self._on_running(False)
        self.show_start()

    # --- numbers ---------------------------------------------------------------------------------
    def reach_at(self, cell: str, days: int | None = None) -> float:
        """The left plot's value for ``cell`` after ``days`` days (the last point by default)."""
        return first_day_reach(self.documents[cell].params, days or self.days)

    def start_ssr(self, cell: str) -> float:
        document = self.documents[cell]
        sequences, targets = document.training_data()
        return document.cell.loss_and_grads(document.params, sequences, targets, "relu")[0]

    def show_start(self) -> None:
        for cell in CELLS:
            params = self.documents[cell].params
            reach = first_day_reach(params, self.days)
            self.words[cell].setText(
                f"{LABELS[cell]}: after {self.days} days ∂prediction/∂x1 = {fmt(reach)} at the "
                f"start (SSR {fmt(self.start_ssr(cell))}). Press “Train both side by side”.")

    # --- the race --------------------------------------------------------------------------------
    @Slot()
    def start_race(self) -> None:
        runs = []
        for cell in CELLS:
            document = self.documents[cell]
            config = document.training_config()
            runs.append(RaceRun(LABELS[cell], document.params, config))
        sequences, targets = self.documents["lstm"].training_data()
        self.race.start(runs, sequences, targets)

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        self.race_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    @Slot()
    def _on_updated(self) -> None:
        if self.due():
            self.refresh_all()

    def refresh_all(self) -> None:
        race = self.race
        for i, cell in enumerate(CELLS):
            if i >= len(race.histories):
                self.loss_curves[cell].setData([], [])
                continue
            history = race.histories[i]
            if not len(history):
                continue
            self.loss_curves[cell].setData(*positive(history.column(H.STEP),
                                                     history.column(H.LOSS)))
            params = race.last_params(i)
            ssr = self.final_ssr(i)
            text = verdict(cell, params, ssr, self.start_ssr(cell), self.days)
            diagnosis = race.diagnoses[i]
            if diagnosis is not None and not race.running and ssr >= LEARNED_SSR:
                text += f" ({diagnosis.message})"  # the engine's diagnosis of a run that failed
            self.words[cell].setText(text)
        if race.error:
            self.words["lstm"].setText(t("The runs stopped: {error}", error=race.error))

    def final_ssr(self, i: int) -> float:
        """The SSR at run i's latest parameters (the history's last row is the SSR before it)."""
        document = self.documents[CELLS[i]]
        sequences, targets = document.training_data()
        params = self.race.last_params(i)
        return cell_of(params).loss_and_grads(params, sequences, targets, "relu")[0]

    def open_in_project(self, cell: str) -> None:
        document = self.documents[cell]
        if self.race.histories and not self.race.running:
            # the trained parameters, so the canvas shows what the race reached
            index = CELLS.index(cell)
            if index < len(self.race.histories) and len(self.race.histories[index]):
                document = document.with_params(self.race.last_params(index))
        self.state.replace_document(document, f"{document.title}")

    def shutdown(self) -> None:
        self.race.stop()

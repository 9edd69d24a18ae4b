"""Side-by-side runs: up to four runs that differ in learning rate, starting w2 or clipping."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.words import localized, t
from ...model import history as H
from ...session.compare import (
    MAX_RUNS,
    RUN_COLOURS,
    SUGGESTED_CLIP,
    CompareRuns,
    RunSpec,
    start_param,
)
from ...session.state import AppState
from ..languages import tr
from ..widgets.bad_input import read_typed
from .plot import RefreshWhenShown, log_plot, positive

COLUMNS = ("run", "learning rate", "start w2", "clip (blank = off)")
# What the start column sets, in words, per parameter (the LSTM's runs start at another
# forget-gate bias: how much of the long-term memory each day keeps).
START_TITLES = {"w2": "start w2", "blr1": "start blr1 (forget bias)"}


class CompareRunsView(RefreshWhenShown, QWidget):
    def __init__(self, state: AppState, model: CompareRuns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareRuns")
        self.state = state
        self.model = model
        self.table = QTableWidget(MAX_RUNS, len(COLUMNS), objectName="compareTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.run_button = QPushButton("Run side by side", objectName="compareRunButton")
        self.run_button.setToolTip("Train every ticked run on the project's data, together")
        self.stop_button = QPushButton("Stop", objectName="compareStopButton")
        self.stop_button.setToolTip("Stop every side-by-side run where it is")
        self.defaults_button = QPushButton("Suggest runs", objectName="compareDefaultsButton")
        self.defaults_button.setToolTip("Fill the table from the project's settings")
        self.message = QLabel(objectName="compareMessage")
        self.message.setStyleSheet("color: #b00020")
        buttons = QHBoxLayout()
        for b in (self.run_button, self.stop_button, self.defaults_button):
            buttons.addWidget(b)
        buttons.addWidget(self.message, 1)
        self.loss_plot = log_plot("SSR of each run", "step", "SSR")
        self.loss_plot.setObjectName("compareLossPlot")
        self.grad_plot = log_plot("|dSSR/dw2| of each run", "step", "|dSSR/dw2|")
        self.grad_plot.setObjectName("compareGradientPlot")
        self.loss_curves = [self.loss_plot.plot([], [], pen=pg.mkPen(c, width=2), name=f"run {i + 1}")
                            for i, c in enumerate(RUN_COLOURS)]
        self.grad_curves = [self.grad_plot.plot([], [], pen=pg.mkPen(c, width=2), name=f"run {i + 1}")
                            for i, c in enumerate(RUN_COLOURS)]
        self.diagnosis_labels = []
        plots = QHBoxLayout()
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.grad_plot)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(plots, 1)
        # The runs' diagnoses scroll in a strip two lines high at least: four of them in presenter
        # fonts would otherwise push the page past a 600 px screen.
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        for colour in RUN_COLOURS:
            label = QLabel(objectName="compareDiagnosis")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {colour}")
            label.hide()  # shown once its run has words
            words_layout.addWidget(label)
            self.diagnosis_labels.append(label)
        words_layout.addStretch(1)
        self.words_area = QScrollArea(objectName="compareWords")
        self.words_area.setWidget(words)
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setMinimumHeight(2 * self.fontMetrics().height() + 6)
        layout.addWidget(self.words_area)
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(model.stop)
        self.defaults_button.clicked.connect(self.suggest)
        model.updated.connect(self._on_model_updated)
        model.runningChanged.connect(self._on_running)
        self._filling = False
        self._edited = False  # the user typed runs of their own: a new document keeps them
        self._suggested_for: tuple | None = None
        self.table.itemChanged.connect(self._on_table_edited)
        state.documentChanged.connect(self._on_document_changed)
        self.suggest()
        self._on_running(False)

    @Slot()
    def _on_table_edited(self, *_: object) -> None:
        if not self._filling:
            self._edited = True

    def _story_key(self) -> tuple:
        """What the suggested runs and the finished runs depend on: the data and the settings."""
        document = self.state.document
        return document.sequences, document.training, type(document.params)

    @Slot(object)
    def _on_document_changed(self, *_: object) -> None:
        """A preset, a lesson step, an open or an edit of the data: runs of the old project are
        stale (another project's learning rates, curves and diagnoses), so they go."""
        key = self._story_key()
        if key == self._suggested_for:
            return
        old, self._suggested_for = self._suggested_for, key
        data_changed = old is None or old[0] != key[0] or old[2] != key[2]
        if data_changed and (self.model.histories or self.model.running):
            self.model.stop()
            self.model.specs, self.model.histories, self.model.diagnoses = [], [], []
            self.model.starts = []
            self.refresh()
        if not self._edited or data_changed:
            self.suggest()

    @Slot()
    def suggest(self) -> None:
        """Runs that tell a story: as set, a tenth of the learning rate, and the other clipping
        choice (clipped when the project does not clip, unclipped when it does: never a copy)."""
        t = self.state.document.training
        start = self.state.run_initial_params or self.state.params  # where this run began
        name = start_param(start)
        self._show_start_param(name)
        w2 = getattr(start, name)
        rows = [
            (t.learning_rate, w2, t.clip),
            (max(t.learning_rate / 10, 1e-5), w2, t.clip),
            (t.learning_rate, w2, SUGGESTED_CLIP if t.clip is None else None),
            None,
        ]
        self._filling = True
        try:
            self._fill(rows, t.learning_rate)
        finally:
            self._filling = False
        self._edited = False
        self._suggested_for = self._story_key()

    def _show_start_param(self, name: str) -> None:
        """The start column and the gradient plot name the parameter the runs start from."""
        self.table.setHorizontalHeaderItem(2, QTableWidgetItem(START_TITLES.get(name, f"start {name}")))
        self.grad_plot.setTitle(f"|dSSR/d{name}| of each run")
        self.grad_plot.setLabel("left", f"|dSSR/d{name}|")

    def _fill(self, rows: list, learning_rate: float) -> None:
        for r, spec in enumerate(rows):
            tick = QTableWidgetItem(f"run {r + 1}")
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if spec else Qt.CheckState.Unchecked)
            tick.setForeground(QColor(RUN_COLOURS[r]))
            self.table.setItem(r, 0, tick)
            lr, start, clip = spec or (learning_rate, 0.5, None)
            # the chosen decimal separator; specs() reads it back through read_typed
            self.table.setItem(r, 1, QTableWidgetItem(localized(f"{lr:g}")))
            self.table.setItem(r, 2, QTableWidgetItem(localized(f"{start:g}")))
            self.table.setItem(r, 3, QTableWidgetItem("" if clip is None else localized(f"{clip:g}")))

    def specs(self) -> list[RunSpec]:
        """The ticked rows as run specs; a clear error naming the cell that cannot be read."""
        out = []
        for r in range(MAX_RUNS):
            if self.table.item(r, 0).checkState() != Qt.CheckState.Checked:
                continue
            try:
                lr = read_typed(self.table.item(r, 1).text())
                start = read_typed(self.table.item(r, 2).text())
                clip_text = self.table.item(r, 3).text().strip()
                clip = read_typed(clip_text) if clip_text else None
            except ValueError as error:
                raise ValueError(f"run {r + 1}: {error} (clip may be left blank)") from None
            if not (np.isfinite(lr) and 1e-5 <= lr <= 10):
                raise ValueError(f"run {r + 1}: the learning rate must be between 1e-5 and 10")
            if not np.isfinite(start) or abs(start) > 1e6:
                raise ValueError(f"run {r + 1}: start {start_param(self.state.params)} must be "
                                 "a number within ±1e6")
            if clip is not None and not (np.isfinite(clip) and clip > 0):
                raise ValueError(f"run {r + 1}: clip must be a positive number, or blank for off")
            out.append(RunSpec(lr, start, clip))
        return out

    @Slot()
    def run(self) -> None:
        try:
            specs = self.specs()
        except ValueError as error:
            self.message.setText(str(error))
            return
        if not specs:
            self.message.setText(tr("Tick at least one run."))
            return
        if not self.state.document.training_data()[0]:
            self.message.setText(tr("Nothing to train: no sequence has a target."))
            return
        self.message.setText("")
        self.model.start(self.state.document, specs)

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    @Slot()
    def _on_model_updated(self) -> None:
        if self.due():
            self.refresh()

    def refresh_all(self) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        histories = self.model.histories
        if not any(len(h) for h in histories):
            # No runs (a preset, an open, a lesson step cleared them): forget the old axes too.
            for plot in (self.loss_plot, self.grad_plot):
                plot.getPlotItem().enableAutoRange()
        for i in range(MAX_RUNS):
            if i < len(histories) and len(histories[i]):
                steps = histories[i].column(H.STEP)
                self.loss_curves[i].setData(*positive(steps, histories[i].column(H.LOSS)))
                name = self.model.specs[i].start_param
                grads = np.abs(histories[i].column(histories[i].columns.grad(name)))
                self.grad_curves[i].setData(*positive(steps, grads))
                diagnosis = self.model.diagnoses[i]
                text = "" if diagnosis is None else diagnosis.message
                self.diagnosis_labels[i].setText(t("Run {number} ({label}): {diagnosis}", number=i + 1,
                                                    label=self.model.specs[i].label(),
                                                    diagnosis=text))
                self.diagnosis_labels[i].show()
            else:
                self.loss_curves[i].setData([], [])
                self.grad_curves[i].setData([], [])
                self.diagnosis_labels[i].setText("")
                self.diagnosis_labels[i].hide()

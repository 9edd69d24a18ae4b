"""The stability map: which starting w2 and learning rate (or number of days) converge, bounce,
diverge or stall, each cell one short run, coloured by what the diagnosis says of it.

Distill's best-loved figure is such a map for a quadratic bowl; here it is the lesson's RNN, on
the project's own data. Hover a cell for its figures; click it to load that run into the
training panel (one undoable edit), or send it to the side-by-side page.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt
from ...engine.diagnose import BOUNCING, CONVERGED, CONVERGING, DIVERGED, STALLING, WAITING
from ...engine.rnn import RNNParams
from ...engine.stability import StabilityMap
from ...engine.words import t, whole
from ...model.document import SequenceData
from ...session.pacing import LANDSCAPE_RECOMPUTE_MS as RECOMPUTE_MS
from ...session.stability_job import (
    DAYS_MAP,
    LR_MAP,
    MapRequest,
    StabilityComputer,
    first_day_data,
)
from ...session.state import AppState
from ..widgets.flow_layout import flow_row
from ..widgets.plot_style import style_plot, thin_axes
from .plot import RefreshWhenShown

# Okabe & Ito's colour-blind-safe palette, one colour per outcome of the diagnosis.
OUTCOME_COLOURS: dict[str, str] = {
    CONVERGED: "#009E73",  # bluish green
    CONVERGING: "#56B4E9",  # sky blue
    BOUNCING: "#E69F00",  # orange
    STALLING: "#F0E442",  # yellow
    DIVERGED: "#D55E00",  # vermillion
    WAITING: "#999999",  # grey (runs of fewer than three steps)
}
LEGEND_ORDER = (CONVERGED, CONVERGING, BOUNCING, STALLING, DIVERGED)
# what each colour means, in the lesson's words (the legend's tooltips)
MEANINGS = {
    CONVERGED: "the loss settled: the network fits the data, or sits at a minimum",
    CONVERGING: "the loss still falls at the last step: more steps would go on",
    BOUNCING: "the loss rises and falls: the steps overshoot (exploding gradients or too big a "
              "learning rate)",
    STALLING: "tiny steps, high loss: vanishing gradients, or a ReLU switched off for good",
    DIVERGED: "numbers overflowed: the steps grew without bound",
}

W2_RANGE = (-3.0, 3.0)
LR_DECADES = (-3.0, 0.5)  # learning rates from 0.001 to about 3
LR_CELLS, W2_CELLS = 64, 64
DAYS = tuple(range(2, 61))  # the days map's columns
DAYS_W2_CELLS = 48  # a 60-day run costs 30 times a 2-day one: fewer rows keep it near a second
DEFAULT_STEPS = 300
MAX_STEPS = 2000

MAP_TITLES = {
    LR_MAP: "w2 × learning rate (the project's data)",
    DAYS_MAP: "w2 × number of days (only day 1 decides)",
}


def _rgb(outcomes: np.ndarray) -> np.ndarray:
    """An (rows, columns, 3) uint8 image, one colour per cell's outcome."""
    image = np.zeros(outcomes.shape + (3,), dtype=np.uint8)
    for kind, colour in OUTCOME_COLOURS.items():
        rgb = [int(colour[k:k + 2], 16) for k in (1, 3, 5)]
        image[outcomes == kind] = rgb
    return image


def _short(value: float) -> float:
    """The value to four significant digits: what the read-out and the side-by-side table show
    is then exactly the number the cell's run used."""
    return float(f"{value:.4g}")


def _around(lo: float, hi: float, value: float, pad: float) -> tuple[float, float]:
    """The range [lo, hi], widened to hold ``value`` with some room (the project's own setting
    is always on the map)."""
    if not math.isfinite(value):
        return lo, hi
    return min(lo, value - pad), max(hi, value + pad)


class StabilityMapPage(RefreshWhenShown, QWidget):
    """The gradient lab's stability-map page (object name ``stabilityMap``)."""

    cellLoaded = Signal(int, int)  # row (w2), column: a click loaded that run

    def __init__(self, state: AppState, compare_view: Any = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("stabilityMap")
        self.state = state
        self.compare_view = compare_view  # the side-by-side page (suggest, run), if there is one
        self.computer = StabilityComputer(self)
        self.computer.result.ready.connect(self._on_map)
        self.computer.result.progress.connect(self._on_progress)
        self.computer.result.failed.connect(self._on_failed)
        self.pending = 0  # the generation asked for last
        self.shown = 0  # the generation on screen
        self.request: MapRequest | None = None  # what the map on screen shows
        self.map: StabilityMap | None = None
        self._asked: MapRequest | None = None
        self.selected: tuple[int, int] | None = None

        self.kind = QComboBox(objectName="stabilityKind")
        for key, title in MAP_TITLES.items():
            self.kind.addItem(title, key)
        self.kind.setToolTip("What the map's columns vary: the learning rate on the project's data, "
                             "or the number of days on data where only day 1 decides")
        self.steps = QSpinBox(objectName="stabilitySteps")
        self.steps.setRange(10, MAX_STEPS)
        self.steps.setSingleStep(50)
        self.steps.setValue(DEFAULT_STEPS)
        self.steps.setToolTip("How many gradient-descent steps each cell's run takes")
        self.progress = QProgressBar(objectName="stabilityProgress")
        self.progress.setRange(0, 100)
        self.progress.setFormat("training the map's runs… %p%")
        self.progress.setVisible(False)
        bar_holder, bar = flow_row()
        bar.addWidget(QLabel("Map"))
        bar.addWidget(self.kind)
        bar.addWidget(QLabel("steps per run"))
        bar.addWidget(self.steps)
        bar.addWidget(self.progress)
        bar.addStretch(1)

        self.plot = pg.PlotWidget(axisItems=thin_axes())
        self.plot.setObjectName("stabilityPlot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(140)  # as the other lab plots: room on a 600 px screen
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        # where the project's own settings are: a ring on the map
        self.here = pg.ScatterPlotItem(size=14, pen=pg.mkPen("#000000", width=2.5), brush=None,
                                       symbol="o")
        self.chosen = pg.ScatterPlotItem(size=12, pen=pg.mkPen("#000000", width=2), brush=None,
                                         symbol="s")
        self.plot.addItem(self.here)
        self.plot.addItem(self.chosen)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)

        legend_holder, legend = flow_row()
        self.legend_labels: dict[str, QLabel] = {}
        for kind in LEGEND_ORDER:
            label = QLabel(objectName=f"stabilityLegend_{kind}")
            label.setToolTip(MEANINGS[kind])
            label.setTextFormat(Qt.TextFormat.RichText)
            legend.addWidget(label)
            self.legend_labels[kind] = label
        legend.addStretch(1)
        self._show_counts(None)

        self.readout = QLabel(objectName="stabilityReadout")
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_button = QPushButton("Run it side by side", objectName="stabilityCompareButton")
        self.compare_button.setToolTip(
            "Load the chosen cell's run and race it on the side-by-side page against a tenth of its "
            "learning rate and against clipping")
        self.compare_button.setEnabled(False)
        self.compare_button.setVisible(compare_view is not None)
        self.note = QLabel(objectName="stabilityNote")
        self.note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.readout, 1)
        bottom.addWidget(self.compare_button)

        layout = QVBoxLayout(self)
        layout.addWidget(bar_holder)
        layout.addWidget(self.plot, 1)
        layout.addWidget(legend_holder)
        layout.addLayout(bottom)
        layout.addWidget(self.note)
        style_plot(self.plot)

        self._timer = QTimer(self, singleShot=True, interval=RECOMPUTE_MS)
        self._timer.timeout.connect(self.recompute)
        for signal in (state.paramsChanged, state.sequencesChanged, state.trainingSettingsChanged,
                       state.runReset):
            signal.connect(self._schedule)
        self.kind.currentIndexChanged.connect(self._schedule)
        self.steps.valueChanged.connect(self._schedule)
        self.compare_button.clicked.connect(self.compare_selected)
        self.recompute()

    # --- what to compute -------------------------------------------------------------------------
    def start(self) -> Any:
        """Where the map's runs start: this run's start if there is one (the map stays put while
        the run moves the weights), else the project's parameters."""
        return self.state.run_initial_params or self.state.params

    def wanted(self) -> MapRequest | str:
        """The map the project asks for now, or a sentence saying why there is none."""
        start = self.start()
        if not isinstance(start, RNNParams):
            return ("The stability map is for the RNN: its rows are the feedback weight w2, which "
                    f"the {self.state.cell.label} does not have.")
        document = self.state.document
        training = document.training
        kind = self.kind.currentData()
        lo, hi = _around(*W2_RANGE, start.w2, 0.25)
        if kind == LR_MAP:
            sequences, targets = document.training_data()
            if not sequences:
                return "Nothing to map: no ticked sequence has a target."
            lr_lo, lr_hi = _around(*LR_DECADES, math.log10(training.learning_rate), 0.1)
            columns = tuple(_short(v) for v in np.logspace(lr_lo, lr_hi, LR_CELLS))
            rows = W2_CELLS
        else:
            sequences, targets = [], []
            columns = tuple(float(d) for d in DAYS)
            rows = DAYS_W2_CELLS
        return MapRequest(
            kind, start,
            tuple(tuple(float(x) for x in s) for s in sequences), tuple(float(t) for t in targets),
            tuple(_short(v) for v in np.linspace(lo, hi, rows)), columns,
            float(training.learning_rate), int(self.steps.value()), training.activation,
        )

    @Slot()
    def _schedule(self, *_: object) -> None:
        if self.due() and not self._timer.isActive():
            self._timer.start()

    def refresh_all(self) -> None:
        self.recompute()

    @Slot()
    def recompute(self) -> None:
        """Ask for the map the project wants now (nothing when it is the one shown or coming)."""
        wanted = self.wanted()
        if isinstance(wanted, str):
            self.computer.cancel()
            self.pending = self.computer.generation
            self._asked = None
            self.progress.setVisible(False)
            self.map = self.request = None
            self.image.clear()
            self.here.setData([], [])
            self.chosen.setData([], [])
            self._show_counts(None)
            self.readout.setText("")
            self.note.setText(wanted)
            return
        if wanted == self._asked:
            return
        self._asked = wanted
        self.pending = self.computer.request(wanted)
        self.progress.setValue(0)
        self.progress.setVisible(True)

    @Slot(int, float)
    def _on_progress(self, generation: int, share: float) -> None:
        if generation == self.pending:
            self.progress.setValue(int(round(100 * share)))

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self.pending:
            self.progress.setVisible(False)
            self._asked = None  # the next change tries again
            self.note.setText(t("The map could not be computed ({reason}).", reason=message))

    @Slot(int, object, object)
    def _on_map(self, generation: int, request: MapRequest, result: StabilityMap) -> None:
        if generation != self.pending:
            return  # a newer map is on its way
        self.progress.setVisible(False)
        self.request, self.map, self.shown = request, result, generation
        if self.selected is not None and not self._in_grid(*self.selected):
            self.selected = None
        self._draw()

    # --- drawing ---------------------------------------------------------------------------------
    def _x(self, request: MapRequest) -> np.ndarray:
        """The columns' positions: log10 of the learning rate, or the number of days."""
        columns = np.asarray(request.columns, dtype=float)
        return np.log10(columns) if request.kind == LR_MAP else columns

    def _draw(self) -> None:
        request, result = self.request, self.map
        assert request is not None and result is not None
        x, y = self._x(request), np.asarray(request.w2_values)
        dx = (x[-1] - x[0]) / (len(x) - 1) if len(x) > 1 else 1.0
        dy = (y[-1] - y[0]) / (len(y) - 1) if len(y) > 1 else 1.0
        self.image.setImage(_rgb(result.outcomes), autoLevels=False, levels=(0, 255))
        self.image.setRect(QRectF(x[0] - dx / 2, y[0] - dy / 2, dx * len(x), dy * len(y)))
        bottom = self.plot.getAxis("bottom")
        lr_map = request.kind == LR_MAP
        bottom.setLogMode(lr_map)
        self.plot.setLabel("bottom", "learning rate (log scale)" if lr_map else "number of days")
        self.plot.setLabel("left", "starting w2")
        self.plot.setTitle(t("What {steps} steps of gradient descent do from each start",
                             steps=whole(request.steps)))
        style_plot(self.plot)
        self.plot.setXRange(x[0] - dx / 2, x[-1] + dx / 2, padding=0)
        self.plot.setYRange(y[0] - dy / 2, y[-1] + dy / 2, padding=0)
        here_x = math.log10(request.learning_rate) if lr_map else None
        if lr_map:
            self.here.setData([here_x], [request.start.w2])
        else:
            self.here.setData([], [])
        self._show_chosen()
        self._show_counts(result.outcomes)
        others = ", ".join(f"{n} = {fmt(getattr(request.start, n))}" for n in ("w1", "b1", "w3", "b2"))
        if lr_map:
            data = t("the project's data")
            ring = " " + t("The ring is the project's own start (w2 = {w2}) and learning rate "
                           "({lr}).", w2=fmt(request.start.w2), lr=fmt(request.learning_rate))
        else:
            data = t("two sequences that differ only on day 1, whose value is the target (as in "
                     "the exploding and vanishing presets), at learning rate {lr}",
                     lr=fmt(request.learning_rate))
            ring = ""
        self.note.setText(t(
            "Each cell is one run of plain gradient descent (no momentum, no clipping, all five "
            "parameters trained, {activation}) on {data}, from {others} and the cell's w2, "
            "coloured by what the diagnosis says after {steps} steps.{ring} Hover a cell for its "
            "figures; click it to load that run into the training panel.",
            activation=request.activation, data=data, others=others, steps=whole(request.steps),
            ring=ring))

    def _show_counts(self, outcomes: np.ndarray | None) -> None:
        for kind, label in self.legend_labels.items():
            count = "" if outcomes is None else f" ({whole(int(np.sum(outcomes == kind)))})"
            label.setText(
                f"<span style='color:{OUTCOME_COLOURS[kind]}; font-size:large'>■</span> "
                f"{kind.capitalize()}{count}"
            )

    def _show_chosen(self) -> None:
        if self.selected is None or self.request is None:
            self.chosen.setData([], [])
            return
        i, j = self.selected
        self.chosen.setData([self._x(self.request)[j]], [self.request.w2_values[i]])

    # --- the cells -------------------------------------------------------------------------------
    def _in_grid(self, i: int, j: int) -> bool:
        return self.map is not None and 0 <= i < self.map.outcomes.shape[0] and (
            0 <= j < self.map.outcomes.shape[1])

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """The (row, column) under a point in the plot's data coordinates, or None."""
        if self.request is None or self.map is None:
            return None
        x, y = self._x(self.request), np.asarray(self.request.w2_values)
        j = int(np.argmin(np.abs(x - point.x())))
        i = int(np.argmin(np.abs(y - point.y())))
        dx = abs(x[1] - x[0]) if len(x) > 1 else 1.0
        dy = abs(y[1] - y[0]) if len(y) > 1 else 1.0
        if abs(x[j] - point.x()) > dx / 2 + 1e-12 or abs(y[i] - point.y()) > dy / 2 + 1e-12:
            return None
        return i, j

    def cell_centre(self, i: int, j: int) -> QPointF:
        """A cell's centre in data coordinates (tests and the chosen-cell marker use it)."""
        assert self.request is not None
        return QPointF(float(self._x(self.request)[j]), float(self.request.w2_values[i]))

    def describe(self, i: int, j: int) -> str:
        """A cell's figures: its start, its settings, what the diagnosis says, its end."""
        request, result = self.request, self.map
        assert request is not None and result is not None
        w2 = request.w2_values[i]
        if request.kind == LR_MAP:
            lr, days = request.columns[j], None
        else:
            lr, days = request.learning_rate, int(request.columns[j])
        outcome = str(result.outcomes[i, j])
        where = f"start w2 = {fmt(w2)}, learning rate = {fmt(lr)}"
        if days is not None:
            where += f", {days} days"
        if outcome == DIVERGED:
            end = f"numbers overflowed at step {whole(int(result.diverged_at[i, j]))}"
            ssr = result.final_ssr[i, j]
            if np.isfinite(ssr):
                end += f" (SSR was {fmt(float(ssr))} the step before)"
        else:
            end = f"final SSR {fmt(float(result.final_ssr[i, j]))} after {whole(request.steps)} steps"
        return f"<b>{outcome.capitalize()}</b> — {where}: {end}."

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.plot.getPlotItem().sceneBoundingRect().contains(scene_pos):
            return
        cell = self.cell_at(self.plot.getPlotItem().vb.mapSceneToView(scene_pos))
        if cell is not None:
            self.readout.setText(self.describe(*cell))

    @Slot(object)
    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(self.plot.getPlotItem().vb.mapSceneToView(event.scenePos()))
        if cell is not None:
            event.accept()
            self.load_cell(*cell)

    def _cell_document(self, i: int, j: int):
        """The project with the cell's run set up: its start w2, its learning rate, plain
        gradient descent on all five parameters for the map's number of steps; for the days map
        also the cell's data (day 1 high or low, then quiet days), so Train runs that very run."""
        request = self.request
        assert request is not None
        document = self.state.document
        lr = request.columns[j] if request.kind == LR_MAP else request.learning_rate
        training = replace(document.training, learning_rate=float(lr), momentum=0.0, clip=None,
                           trainable=None, max_steps=int(request.steps))
        params = request.start.replace(w2=float(request.w2_values[i]))
        document = document.with_params(params).with_training(training)
        if request.kind == DAYS_MAP:
            days = int(request.columns[j])
            (high, low), (t_high, t_low) = first_day_data(days)
            document = document.with_sequences((
                SequenceData(f"first day high ({days} days)", high, t_high),
                SequenceData(f"first day low ({days} days)", low, t_low),
            ))
        return document, float(lr)

    def load_cell(self, i: int, j: int) -> None:
        """Load the cell's run into the training panel: one undoable edit, the old run cleared
        (as a preset does), so Train runs exactly the run the cell shows."""
        if not self._in_grid(i, j):
            return
        self.selected = (i, j)
        self._show_chosen()
        self.compare_button.setEnabled(True)
        self.readout.setText(self.describe(i, j))
        document, lr = self._cell_document(i, j)
        w2 = document.params.w2
        state = self.state
        what = "" if self.request.kind == LR_MAP else t(
            ", on {days} days where only day 1 decides", days=int(self.request.columns[j]))
        if document != state.document:
            state.stop()
            state.run.forget_start()
            state.apply(document, t("Stability map: w2 = {w2}, learning rate = {lr}", w2=fmt(w2),
                                    lr=fmt(lr)))
            state.reset_run()
        state.statusMessage.emit(t(
            "Loaded the map's run: start w2 = {w2}, learning rate {lr}, plain gradient descent "
            "for {steps} steps{what}. Press Train to watch it (Undo puts the project back).",
            w2=fmt(w2), lr=fmt(lr), steps=whole(int(document.training.max_steps)), what=what),
            8000)
        self.cellLoaded.emit(i, j)

    @Slot()
    def compare_selected(self) -> None:
        """The chosen cell's run on the side-by-side page, raced against a tenth of its learning
        rate and against clipping (the page's own suggestion for the loaded settings)."""
        if self.selected is None or self.compare_view is None:
            return
        self.load_cell(*self.selected)
        self.compare_view.suggest()
        self.state.view.set_lab_page("compare")
        self.compare_view.run()

    def wait(self) -> None:
        self.computer.wait()

    def shutdown(self) -> None:
        self._timer.stop()
        self.computer.cancel()
        self.computer.wait()

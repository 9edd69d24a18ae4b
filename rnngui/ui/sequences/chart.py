"""A small chart of the selected sequence: drag a day's point (or the target) up and down.

The values are drawn as a line with points, the target as a green star one day after the last
value, and the network's prediction for that day as an orange cross, so moving a point shows at
once what the prediction does. A drag is one undo step; it goes through ``state.apply`` like
every edit, so the canvas and the plots follow it live.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGraphicsItem, QWidget

from ...engine.words import t
from ...model.document import DocumentError, SequenceData
from ...session.state import AppState
from ..widgets.plot_range import follow_range
from ..widgets.plot_style import style_plot, thin_axes

MAX_DRAGGABLE = 300  # beyond this the points are too dense to grab; the line alone is drawn
DRAG_MERGE_BASE = 41_000  # undo merge ids: one id per drag, so one drag = one undo step
VALUE_COLOR, TARGET_COLOR, PREDICTION_COLOR = "#3c64b4", "#2a9d4b", "#e07b00"


class DraggablePoints(pg.ScatterPlotItem):
    """Points that report vertical drags as (index, new y, finished)."""

    def __init__(self, on_drag: Callable[[int, float, bool], None], **options) -> None:
        super().__init__(**options)
        self._on_drag = on_drag
        self._index: int | None = None
        self.draggable = True

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph's name
        if ev.button() != Qt.MouseButton.LeftButton or not self.draggable:
            ev.ignore()
            return
        if ev.isStart():
            points = self.pointsAt(ev.buttonDownPos())
            if len(points) == 0:
                ev.ignore()
                return
            self._index = int(points[0].index())
        elif self._index is None:
            ev.ignore()
            return
        ev.accept()
        index = self._index
        if ev.isFinish():
            self._index = None
        self._on_drag(index, float(ev.pos().y()), ev.isFinish())


class SequenceChart(pg.PlotWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems=thin_axes())  # labels apart, in one format
        self.setObjectName("sequenceChart")  # PlotWidget(objectName=...) does not set it
        self.state = state
        self.setMinimumHeight(90)  # the sequences panel must fit a 600 px screen
        self.setMenuEnabled(False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=False, y=True, alpha=0.2)
        plot.setLabel("bottom", "day")
        plot.setLabel("left", "value")
        plot.getAxis("left").enableAutoSIPrefix(False)  # no "x1e-18" beside a tiny prediction
        # The prediction cross moves with every chunk of a run; without a cache each move would
        # repaint the axis and its grid lines (about 6 ms offscreen) under it.
        for axis_name in ("left", "bottom"):
            plot.getAxis(axis_name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # The range is ours, not auto-range's: it keeps the [0, 1] price span in view (prices
        # are scaled to it) even when every value is 0 and the prediction 1e-16, and it moves
        # in steps (plot_range.py), so a live prediction does not redraw the axes each chunk.
        plot.disableAutoRange()
        self.line = plot.plot([], [], pen=pg.mkPen(VALUE_COLOR, width=2))
        self.points = DraggablePoints(
            self._drag_value, size=11, brush=pg.mkBrush(VALUE_COLOR), pen=pg.mkPen("w"),
            hoverable=True, hoverSize=15,
        )
        self.target = DraggablePoints(
            self._drag_target, size=16, symbol="star", brush=pg.mkBrush(TARGET_COLOR),
            pen=pg.mkPen("w"), hoverable=True, hoverSize=20,
        )
        self.prediction = pg.ScatterPlotItem(
            size=14, symbol="x", brush=pg.mkBrush(PREDICTION_COLOR), pen=pg.mkPen(PREDICTION_COLOR)
        )
        for item in (self.points, self.target, self.prediction):
            plot.addItem(item)
        self.setToolTip(
            "Drag a point up or down to change that day's value; the green star is the target, "
            "the orange cross the network's prediction"
        )
        self._drag_count = 0
        self._dragging = False
        style_plot(self)  # the theme's colours and the presenter's sizes (Teaching restyles)
        state.sequencesChanged.connect(self.refresh)
        state.selectionChanged.connect(self.refresh)
        state.paramsChanged.connect(self._refresh_prediction)
        state.trainingSettingsChanged.connect(self._refresh_prediction)
        self.refresh()

    @Slot()
    def refresh(self, *_: object) -> None:
        seq = self.state.selected_sequence
        days = list(range(1, len(seq.values) + 1))
        self.line.setData(days, list(seq.values))
        few = len(days) <= MAX_DRAGGABLE
        self.points.draggable = few
        self.points.setData(days if few else [], list(seq.values) if few else [])
        if seq.target is None:
            self.target.setData([], [])
        else:
            self.target.setData([len(days) + 1], [seq.target])
        self.getPlotItem().setXRange(0.5, len(days) + 1.5, padding=0)
        self._refresh_prediction(refit=True)

    @Slot()
    def _refresh_prediction(self, *_: object, refit: bool = False) -> None:
        seq = self.state.selected_sequence
        prediction = self.state.trace().prediction
        shown = [0.0, 1.0, *seq.values] + ([] if seq.target is None else [seq.target])
        if prediction == prediction and abs(prediction) < 1e12:  # finite and drawable
            self.prediction.setData([len(seq.values) + 1], [prediction])
            shown.append(prediction)
        else:
            self.prediction.setData([], [])
        if self._dragging:
            return  # the axes stay put under the mouse while dragging
        view = self.getPlotItem().vb
        current = (math.nan, math.nan) if refit else tuple(view.viewRange()[1])
        wanted = follow_range(current, min(shown), max(shown), log=False)
        if wanted is not None:
            view.setYRange(*wanted, padding=0)

    def point_position(self, index: int | None) -> tuple[float, float]:
        """Data coordinates of a value's point (None = the target), for tests and tooltips."""
        seq = self.state.selected_sequence
        if index is None:
            return float(len(seq.values) + 1), float(seq.target)  # type: ignore[arg-type]
        return float(index + 1), float(seq.values[index])

    def _apply(self, sequence: SequenceData, text: str, finished: bool) -> None:
        document = self.state.document
        sequences = list(document.sequences)
        sequences[self.state.selected_index] = sequence
        if not self._dragging:
            self._dragging = True
            self._drag_count += 1
        self.state.apply(
            document.with_sequences(tuple(sequences)), text,
            DRAG_MERGE_BASE + self._drag_count % 1000,
        )
        self._end_drag(finished)

    def _end_drag(self, finished: bool) -> None:
        if finished:
            self._dragging = False
            self._refresh_prediction(refit=True)

    def _drag_value(self, index: int, y: float, finished: bool) -> None:
        seq = self.state.selected_sequence
        if index >= len(seq.values):
            return
        values = list(seq.values)
        values[index] = round(y, 4)
        try:
            moved = replace(seq, values=tuple(values))
        except DocumentError as error:
            self.state.statusMessage.emit(str(error), 5000)
            self._end_drag(finished)
            return
        self._apply(moved, t("Drag day {day} of {name}", day=index + 1, name=seq.name), finished)

    def _drag_target(self, _index: int, y: float, finished: bool) -> None:
        seq = self.state.selected_sequence
        try:
            moved = replace(seq, target=round(y, 4))
        except DocumentError as error:
            self.state.statusMessage.emit(str(error), 5000)
            self._end_drag(finished)
            return
        self._apply(moved, t("Drag the target of {name}", name=seq.name), finished)

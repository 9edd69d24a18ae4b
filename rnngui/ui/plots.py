"""Live pyqtgraph plots of a training run: created once, ``setData`` after, cheap to repaint.

Each ``RunPlot`` draws some columns of the run history against step, with a legend, a y-scale
option, a hover read-out of the exact values under the mouse and an Export menu (PNG, SVG and CSV
through pyqtgraph's exporters). Long runs are decimated to at most ``MAX_DRAWN_POINTS`` per curve,
keeping each block's lowest and highest value so a bouncing loss keeps its envelope; values that
are not finite (or too big to draw on a linear axis) become gaps instead of breaking the plot.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401 - registers ImageExporter, SVGExporter, CSVExporter
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..engine import fmt

MAX_DRAWN_POINTS = 1000  # per curve: a plot is ~500 px wide; more cost repaint time, show nothing
# Symmetric log: y = sign(v) * log10(1 + |v| / LINTHRESH). A threshold below 1e-15 keeps a
# gradient of 1e-15 (the lesson's vanishing 0.5^50) visibly apart from zero, and 1e15 on scale.
LINTHRESH = 1e-16
# Beyond this a linear axis cannot compute its range (max - min overflows): draw a gap instead.
LINEAR_LIMIT = 1e150

LINEAR, LOG, SYMLOG, ABSLOG = "linear", "log", "symlog", "abslog"
SCALE_NAMES = {
    LINEAR: "linear",
    LOG: "log scale",
    SYMLOG: "symmetric log",
    ABSLOG: "|value|, log scale",
}
# One colour per parameter, the same in every plot (and colour-blind safe: Okabe-Ito).
PARAM_COLORS = {
    "w1": "#0072B2",
    "w2": "#D55E00",
    "b1": "#009E73",
    "w3": "#CC79A7",
    "b2": "#E69F00",
}


def symlog(values: np.ndarray) -> np.ndarray:
    return np.sign(values) * np.log10(1.0 + np.abs(values) / LINTHRESH)


def symlog_inverse(values: np.ndarray | float) -> np.ndarray | float:
    return np.sign(values) * LINTHRESH * (10.0 ** np.abs(values) - 1.0)


def peak_decimate(
    x: np.ndarray, y: np.ndarray, limit: int = MAX_DRAWN_POINTS
) -> tuple[np.ndarray, np.ndarray]:
    """At most about ``limit`` points: each block's lowest and highest value, in step order.

    ``y`` may be (n,) or (n, curves); for 2-D input both results are (points, curves), one
    column per curve, done in one pass (the plots redraw up to 40 times a second).
    """
    n = len(x)
    if n <= limit:
        return (x, y) if y.ndim == 1 else (np.repeat(x[:, None], y.shape[1], axis=1), y)
    flat = y.ndim == 1
    y2 = y[:, None] if flat else y
    k = math.ceil(n / max(limit // 2, 1))
    m = (n // k) * k
    blocks = m // k
    yb = y2[:m].reshape(blocks, k, -1)
    finite = np.isfinite(yb)
    lo = np.argmin(np.where(finite, yb, np.inf), axis=1)  # (blocks, curves)
    hi = np.argmax(np.where(finite, yb, -np.inf), axis=1)
    start = (np.arange(blocks) * k)[:, None]
    idx = np.stack([start + np.minimum(lo, hi), start + np.maximum(lo, hi)], axis=1)
    idx = idx.reshape(2 * blocks, -1)  # rows of y, in step order, per curve
    tail = np.repeat(np.arange(m, n)[:, None], y2.shape[1], axis=1)
    idx = np.concatenate([idx, tail])
    ys = np.take_along_axis(y2, idx, axis=0)
    xs = x[idx]
    return (xs[:, 0], ys[:, 0]) if flat else (xs, ys)


class ScaleAxis(pg.AxisItem):
    """A left axis that labels symmetric-log coordinates with the values they stand for."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.symlog = False
        # pyqtgraph's SI prefix multiplies log-axis labels too ("x1e+27" beside 10^3 for 1e30)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        if not self.symlog:
            return super().tickStrings(values, scale, spacing)
        labels = []
        for v in values:
            if v == 0:
                labels.append("0")
            elif abs(v) >= 1 and float(v).is_integer():
                # 10^|v| - 1 is 10^|v| to the eye: label the power of ten
                labels.append(("-" if v < 0 else "") + f"1e{int(abs(v) + math.log10(LINTHRESH))}")
            else:
                labels.append(fmt(float(symlog_inverse(v))))
        return labels


def default_ask_path(parent: QWidget, caption: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, "", name_filter)
    return path


class RunPlot(QWidget):
    """One live plot of history columns against step. ``ask_path`` is replaceable (tests)."""

    def __init__(
        self,
        object_name: str,
        title: str,
        y_label: str,
        series: Sequence[tuple[str, int, str]],
        scales: Sequence[str] = (LINEAR, LOG),
        scale: str = LINEAR,
        parent: QWidget | None = None,
    ) -> None:
        """``series``: (legend name, history column, colour) for each curve."""
        super().__init__(parent)
        self.series = tuple(series)
        self.ask_path: Callable[[QWidget, str, str], str] = default_ask_path
        self._rows: np.ndarray | None = None
        self._drawn_x: np.ndarray | None = None

        self.axis = ScaleAxis("left")
        self.plot = pg.PlotWidget(axisItems={"left": self.axis})
        self.plot.setObjectName(object_name)  # PlotWidget(objectName=...) would not set it
        self.plot.setBackground("w")
        self.plot.setTitle(title, color="#333", size="10pt")
        self.plot.setLabel("left", y_label)
        self.plot.setLabel("bottom", "step")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)  # our Export menu replaces pyqtgraph's
        self.plot.setMinimumHeight(130)
        item = self.plot.getPlotItem()
        item.setClipToView(True)
        # one row of legend entries along the top: it hides less of the curves than a column
        self.legend = item.addLegend(
            offset=(-4, 2), labelTextSize="8pt", brush=(255, 255, 255, 210),
            colCount=len(series), verSpacing=-6,
        )
        # Axis and legend text is the costliest part of a repaint (about 7 ms an axis offscreen):
        # cache each as a pixmap, redrawn only when its ticks change.
        for axis_name in ("left", "bottom"):
            item.getAxis(axis_name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.curves = {}
        for name, _column, color in self.series:
            # 1-pixel (cosmetic) lines: Qt's raster engine draws wider ones several times slower,
            # and a live curve is redrawn with every chunk (measured: lag p99 59 -> 41 ms on the
            # 51-day preset, tests/bench/bench_gui_lag.py). Presenter mode thickens them.
            width = 1
            self.curves[name] = self.plot.plot(
                [], [], pen=pg.mkPen(color, width=width), name=name, connect="finite"
            )

        self.scale_box = QComboBox()
        self.scale_box.setObjectName(f"{object_name}Scale")
        for s in scales:
            self.scale_box.addItem(SCALE_NAMES[s], s)
        self.scale_box.setCurrentIndex(max(0, list(scales).index(scale)) if scale in scales else 0)
        self.scale_box.setToolTip("How the y axis is scaled")
        self.scale_box.setVisible(len(scales) > 1)
        self.export_button = QToolButton(text="Export")
        self.export_button.setObjectName(f"{object_name}Export")
        self.export_button.setToolTip("Save this plot as PNG or SVG, or its data as CSV")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction("Image (PNG)…", lambda: self.export("png"))
        menu.addAction("Vector image (SVG)…", lambda: self.export("svg"))
        menu.addAction("Data (CSV)…", lambda: self.export("csv"))
        self.export_button.setMenu(menu)
        self.readout = QLabel(" ")
        self.readout.setObjectName(f"{object_name}Readout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setStyleSheet("color: #444;")

        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.readout, 1)
        options.addWidget(self.scale_box)
        options.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addLayout(options)

        self.scale_box.currentIndexChanged.connect(self._scale_changed)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._apply_scale()

    # --- data -------------------------------------------------------------------------------------
    @property
    def scale(self) -> str:
        return self.scale_box.currentData()

    def set_scale(self, scale: str) -> None:
        index = self.scale_box.findData(scale)
        if index >= 0:
            self.scale_box.setCurrentIndex(index)

    def show_rows(self, rows: np.ndarray | None) -> None:
        """Draw these history rows (column 0 is the step); None or empty clears the plot."""
        self._rows = rows
        if rows is None or not len(rows):
            for curve in self.curves.values():
                curve.setData([], [])
            self._drawn_x = None
            return
        x = rows[:, 0]
        scale = self.scale
        y = rows[:, [column for _name, column, _color in self.series]]
        if scale == ABSLOG:
            y = np.abs(y)
        # Decimate first (log and symlog keep the order of values, so the same points are the
        # extremes), then transform only the few points drawn.
        xd, yd = peak_decimate(x, y)
        for i, (name, _column, _color) in enumerate(self.series):
            self.curves[name].setData(xd[:, i], self._transform(yd[:, i], scale))
        self._drawn_x = x

    def remember(self, rows: np.ndarray | None) -> None:
        """Keep the rows without drawing them (a hidden tab draws when shown or exported)."""
        self._rows = rows
        self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # shown again (its tab, or the whole main tab after training from the gradient lab):
        # draw what was remembered while hidden
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.show_rows(self._rows)

    def fix_steps(self, max_steps: int | None) -> None:
        """During a run the step axis spans the whole run (the curve grows into it), so the axis
        need not be redrawn with every chunk; None lets it follow the data again."""
        view = self.plot.getPlotItem().vb
        if max_steps:
            view.setXRange(0, max_steps, padding=0.02)
        else:
            view.enableAutoRange(axis="x")

    def clear(self) -> None:
        self.show_rows(None)
        self.readout.setText(" ")

    @staticmethod
    def _transform(values: np.ndarray, scale: str) -> np.ndarray:
        with np.errstate(all="ignore"):
            if scale == SYMLOG:
                y = symlog(values)
            else:
                y = np.array(values, dtype=float)
            if scale in (LOG, ABSLOG):
                # pyqtgraph takes log10 itself; zero and negatives have no logarithm: gaps
                y = np.where(y > 0, y, np.nan)
            else:
                y = np.where(np.abs(y) <= LINEAR_LIMIT, y, np.nan)
        return y

    # --- options ----------------------------------------------------------------------------------
    @Slot()
    def _scale_changed(self) -> None:
        self._apply_scale()
        self.show_rows(self._rows)
        self.plot.getPlotItem().enableAutoRange()

    def _apply_scale(self) -> None:
        scale = self.scale
        self.axis.symlog = scale == SYMLOG
        self.plot.getPlotItem().setLogMode(x=False, y=scale in (LOG, ABSLOG))
        self.axis.picture = None  # re-label the ticks
        self.axis.update()

    # --- hover read-out ---------------------------------------------------------------------------
    @Slot(object)
    def _on_mouse_moved(self, pos) -> None:
        rows = self._rows
        view = self.plot.getPlotItem().vb
        if rows is None or not len(rows) or not view.sceneBoundingRect().contains(pos):
            return
        step = view.mapSceneToView(pos).x()
        self.readout.setText(self.describe(step))

    def describe(self, step: float) -> str:
        """The exact values of the kept history row nearest to ``step``."""
        rows = self._rows
        if rows is None or not len(rows):
            return " "
        steps = rows[:, 0]
        i = int(np.clip(np.searchsorted(steps, step), 0, len(steps) - 1))
        if i > 0 and abs(steps[i - 1] - step) < abs(steps[i] - step):
            i -= 1
        parts = [f"{name} {fmt(float(rows[i, column]))}" for name, column, _ in self.series]
        return f"step {int(steps[i]):,}: " + ", ".join(parts)

    # --- export -----------------------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> str:
        """Write the plot as PNG, SVG or CSV (pyqtgraph's exporters); returns the path or ""."""
        filters = {
            "png": "PNG image (*.png)",
            "svg": "SVG image (*.svg)",
            "csv": "CSV data (*.csv)",
        }
        if path is None:
            path = self.ask_path(self, f"Export {self.plot.objectName()}", filters[kind])
        if not path:
            return ""
        if not path.lower().endswith("." + kind):
            path += "." + kind
        self.show_rows(self._rows)  # a hidden tab may not have drawn the latest rows yet
        item = self.plot.getPlotItem()
        if kind == "png":
            exporter = pg.exporters.ImageExporter(item)
            exporter.parameters()["width"] = max(800, self.plot.width())
            exporter.export(path)
        elif kind == "svg":
            try:
                pg.exporters.SVGExporter(item).export(path)
            except ValueError:
                # pyqtgraph 0.14's SVG exporter cannot parse the paths Qt 6.11 writes (seen in
                # suite2p#1243); Qt's own SVG generator draws the same plot as vectors.
                self._export_svg_with_qt(path)
        else:
            self._export_csv(item, path)
        return path

    def _export_svg_with_qt(self, path: str) -> None:
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(self.plot.size())
        generator.setViewBox(self.plot.rect())
        generator.setTitle(self.plot.objectName())
        painter = QPainter(generator)
        try:
            self.plot.render(painter)
        finally:
            painter.end()

    def _export_csv(self, item, path: str) -> None:
        """pyqtgraph's CSV exporter writes what the curves hold: give them the true values
        (every kept step, no transform) for the export, then draw again."""
        rows = self._rows
        if rows is not None and len(rows):
            for name, column, _color in self.series:
                self.curves[name].setData(rows[:, 0], rows[:, column])
        try:
            exporter = pg.exporters.CSVExporter(item)
            exporter.parameters()["precision"] = 17  # exact doubles, as the read-out shows
            exporter.export(path)
        finally:
            self.show_rows(rows)

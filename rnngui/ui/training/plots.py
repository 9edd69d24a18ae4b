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
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QPainter, QPen
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

from ...engine import fmt
from ...engine.words import localized, t
from ...model.decimate import MAX_DRAWN_POINTS, PeakDecimator, peak_decimate
from ..languages import tr
from ..widgets.accessibility import announce
from ..widgets.data_table import TableDialog
from ..widgets.plot_range import follow_range
from ..widgets.plot_style import (
    MIN_LABEL_GAP_PX,
    ThinAxis,
    hint,
    legend_above,
    power_of_ten,
    scientific,
    style_plot,
)

# re-exported: the plots' decimation, and the least room a tick label gets
__all__ = ["MAX_DRAWN_POINTS", "MIN_LABEL_GAP_PX", "peak_decimate"]
EMPTY_HINT = "Press Train or Step: the run is drawn here"

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
# Okabe-Ito, in order, for a cell whose parameters have no colour of their own (the LSTM's
# gates: one colour per gate, the parameters of a gate told apart by line style).
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")


# ... and by line style, for who cannot tell the hues apart (or reads a grey print-out).
PARAM_STYLES = {
    "w1": Qt.PenStyle.SolidLine,
    "w2": Qt.PenStyle.DashLine,
    "b1": Qt.PenStyle.DotLine,
    "w3": Qt.PenStyle.DashDotLine,
    "b2": Qt.PenStyle.DashDotDotLine,
}


def param_style(name: str) -> Qt.PenStyle:
    """The line style of a parameter's curve (its gradient's too: "dSSR/dw2" is w2's)."""
    return PARAM_STYLES.get(name.removeprefix("dSSR/d"), Qt.PenStyle.SolidLine)


def param_color(name: str, index: int) -> str:
    return PARAM_COLORS.get(name, OKABE_ITO[index % len(OKABE_ITO)])


def symlog(values: np.ndarray) -> np.ndarray:
    return np.sign(values) * np.log10(1.0 + np.abs(values) / LINTHRESH)


def symlog_inverse(values: np.ndarray | float) -> np.ndarray | float:
    return np.sign(values) * LINTHRESH * (10.0 ** np.abs(values) - 1.0)


class ScaleAxis(ThinAxis):
    """A left axis that labels symmetric-log coordinates with the values they stand for (and,
    as every ThinAxis, keeps its labels apart and in one format)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.symlog = False

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        if not self.symlog:
            return super().tickStrings(values, scale, spacing)
        labels = []
        for v in values:
            if v == 0:
                labels.append("0")
            elif abs(v) >= 1 and float(v).is_integer():
                # 10^|v| - 1 is 10^|v| to the eye: label the power of ten
                exponent = int(abs(v) + math.log10(LINTHRESH))
                labels.append(("-" if v < 0 else "") + power_of_ten(exponent))
            else:
                labels.append(scientific(float(symlog_inverse(v))))
        return [localized(label) for label in labels]  # the chosen decimal separator


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
        legend_labels: Sequence[str] | None = None,
    ) -> None:
        """``series``: (name, history column, colour) for each curve; the name heads its CSV
        column and read-out. ``legend_labels``: shorter words for the legend, when five full
        names would not fit in one row."""
        super().__init__(parent)
        self.series = tuple(series)
        self.title = title  # the export dialog's caption says it, not the object name
        self.ask_path: Callable[[QWidget, str, str], str] = default_ask_path
        self._rows: np.ndarray | None = None
        self.drawn_data: tuple[np.ndarray, np.ndarray] | None = None  # what show_table shows
        self._stable, self._key = 0, None  # see show_rows
        self._stale = False  # rows remembered while hidden, not drawn yet
        self._decimator = PeakDecimator()
        self._following = False  # a run is going: the y axis follows in steps (plot_range.py)
        self._refit = False
        self._empty: bool | None = None  # no rows: a hint instead of ticks (see _show_empty)

        self.axis = ScaleAxis("left")
        # Grow the label space, never shrink it: each change of the axis' width lays the plot
        # out again and repaints it whole, and a live run's labels change width now and then.
        self.axis.setStyle(autoReduceTextSpace=False)
        self.plot = pg.PlotWidget(axisItems={"left": self.axis, "bottom": ThinAxis("bottom")})
        self.plot.setObjectName(object_name)  # PlotWidget(objectName=...) would not set it
        self.plot.setTitle(title)
        self.plot.setLabel("left", y_label)
        self.plot.setLabel("bottom", "step")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)  # our Export menu replaces pyqtgraph's
        self.plot.setMinimumHeight(80)  # two plots and the settings fit a 600 px screen
        item = self.plot.getPlotItem()
        # a row of legend entries above the data, never on them
        self.legend = legend_above(self.plot)
        self.hint = hint(self.plot, EMPTY_HINT)  # before any run: what to do, not empty ticks
        # Axis and legend text is the costliest part of a repaint (about 7 ms an axis offscreen):
        # cache each as a pixmap, redrawn only when its ticks change.
        for axis_name in ("left", "bottom"):
            item.getAxis(axis_name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.curves = {}
        # The run's timeline: a line at the step the views show (None: the live parameters)...
        self.cursor = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen("#555", width=1, style=Qt.PenStyle.DashLine))
        self.cursor.setVisible(False)
        self.cursor.setZValue(10)
        item.addItem(self.cursor, ignoreBounds=True)
        self.cursor_step: int | None = None
        # ... and the run a fork set out from, faded behind the fork's own curves
        self._reference: np.ndarray | None = None
        self._reference_scale: str | None = None  # the scale it is drawn in (None: not yet)
        self.reference_curves: list[pg.PlotCurveItem] = []
        self.set_series(self.series, legend_labels)

        self.scale_box = QComboBox()
        self.scale_box.setObjectName(f"{object_name}Scale")
        for s in scales:
            self.scale_box.addItem(SCALE_NAMES[s], s)
        self.scale_box.setCurrentIndex(max(0, list(scales).index(scale)) if scale in scales else 0)
        self.scale_box.setToolTip("How the y axis is scaled")
        self.scale_box.setVisible(len(scales) > 1)
        # As wide as its longest choice in the chosen language ("|Wert|, logarithmisch" is
        # longer than "|value|, log scale"): a combo box cuts its text off, with no ellipsis.
        self.scale_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QToolButton(text="Export")
        self.export_button.setObjectName(f"{object_name}Export")
        self.export_button.setToolTip("Save this plot as PNG or SVG, or its data as CSV")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction("Image (PNG)…", lambda: self.export("png"))
        menu.addAction("Vector image (SVG)…", lambda: self.export("svg"))
        menu.addAction("Data (CSV)…", lambda: self.export("csv"))
        menu.addSeparator()
        menu.addAction("Show as table…", self.show_table)
        self.export_button.setMenu(menu)
        self.readout = QLabel(" ")
        self.readout.setObjectName(f"{object_name}Readout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        # The read-out by keyboard too: Tab to the plot, then the arrow keys walk the kept steps
        # (PageUp/PageDown a tenth of the run, Home/End its ends); a dotted line marks the step.
        self.key_row: int | None = None
        self.key_line = pg.InfiniteLine(angle=90, movable=False,
                                        pen=pg.mkPen("#888", width=1, style=Qt.PenStyle.DotLine))
        self.key_line.setVisible(False)
        item.addItem(self.key_line, ignoreBounds=True)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)
        self.plot.getPlotItem().vb.sigRangeChangedManually.connect(self._zoomed_by_hand)
        self._apply_scale()
        self._show_empty(True)

    def set_series(
        self, series: Sequence[tuple[str, int, str]], legend_labels: Sequence[str] | None = None
    ) -> None:
        """Replace the curves (another cell has other parameters); the rows are drawn anew."""
        item = self.plot.getPlotItem()
        for curve in self.curves.values():
            self.legend.removeItem(curve)
            item.removeItem(curve)
        self.series = tuple(series)
        self.curves = {}
        for name, _column, color in self.series:
            # PlotCurveItem, not PlotDataItem: the data come decimated and (on log scales)
            # already in log10, so PlotDataItem's per-setData mapping, bounds and clipping work
            # (a third of a chunk's GUI time, measured with py-spy) buys nothing. 1-pixel
            # (cosmetic) lines: Qt's raster engine draws wider ones several times slower.
            pen = color if isinstance(color, QPen) else pg.mkPen(color, width=1,
                                                                 style=param_style(name))
            curve = pg.PlotCurveItem(pen=pen, name=name, connect="finite")
            item.addItem(curve)
            self.curves[name] = curve
        for curve, label in zip(self.curves.values(), legend_labels or ()):
            self.legend.removeItem(curve)
            self.legend.addItem(curve, label)
        self._decimator = PeakDecimator()
        self._rows = None
        self._build_reference_curves()
        self._reference_scale = None  # new curves: draw the reference into them
        style_plot(self.plot)  # the new curves in the theme's colours and presenter's widths

    # --- the run's timeline and a fork's origin ----------------------------------------------
    def set_cursor(self, step: int | None) -> None:
        """A dashed line at ``step`` (the step the views show); None hides it."""
        self.cursor_step = None if step is None else int(step)
        self.cursor.setVisible(step is not None)
        if step is not None:
            self.cursor.setValue(float(step))

    def set_reference(self, rows: np.ndarray | None, label: str = "original run") -> None:
        """Draw these rows (a fork's origin run) faded, under the live curves; None removes
        them. One legend entry says what they are."""
        self._reference = None if rows is None or not len(rows) else rows
        self._reference_label = label
        self._build_reference_curves()
        self._reference_scale = None
        self._draw_reference()

    def set_legend_text(self, name: str, text: str) -> None:
        """Another legend text for the curve ``name`` (a fork's "fork: clipping on")."""
        curve = self.curves.get(name)
        for sample, label in self.legend.items:
            if sample.item is curve and label.text != text:
                label.setText(text)

    def _build_reference_curves(self) -> None:
        item = self.plot.getPlotItem()
        for curve in self.reference_curves:
            self.legend.removeItem(curve)
            item.removeItem(curve)
        self.reference_curves = []
        if getattr(self, "_reference", None) is None:
            return
        for i, (name, _column, _color) in enumerate(self.series):
            pen = pg.mkPen("#9a9a9a", width=1, style=param_style(name))
            curve = pg.PlotCurveItem(pen=pen, connect="finite")
            curve.setZValue(-1)  # behind the fork's curves
            item.addItem(curve)
            if i == 0:
                self.legend.addItem(curve, self._reference_label)
            self.reference_curves.append(curve)

    def _draw_reference(self) -> None:
        """Drawn once per scale: the origin's rows never change, and a live fork redraws its
        own curves ~30 times a second."""
        rows = self._reference
        if rows is None or self._reference_scale == self.scale:
            return
        self._reference_scale = self.scale
        columns = [column for _name, column, _color in self.series]
        y = rows[:, columns]
        xd, yd = peak_decimate(rows[:, 0], np.abs(y) if self.scale == ABSLOG else y)
        drawn = self._transform(yd, self.scale)
        for i, curve in enumerate(self.reference_curves):
            curve.setData(xd[:, i], drawn[:, i])

    # --- data -------------------------------------------------------------------------------------
    @property
    def scale(self) -> str:
        return self.scale_box.currentData()

    def set_scale(self, scale: str) -> None:
        index = self.scale_box.findData(scale)
        if index >= 0:
            self.scale_box.setCurrentIndex(index)

    def show_rows(self, rows: np.ndarray | None, stable: int = 0, key: object = None) -> None:
        """Draw these history rows (column 0 is the step); None or empty clears the plot.

        ``stable``: the first rows that stay the same while ``key`` does (a live run's kept
        history): they are summarised once, so a redraw costs time for the new rows only.
        """
        self._rows, self._stable, self._key = rows, stable, key
        self._stale = False
        self.drawn_data = None
        self._draw_reference()  # its scale may have changed
        if rows is None or not len(rows):
            for curve in self.curves.values():
                curve.setData([], [])
            self._show_empty(self._reference is None)
            return
        self._show_empty(False)
        scale = self.scale
        columns = [column for _name, column, _color in self.series]
        prepare = np.abs if scale == ABSLOG else None
        # Decimate first (log and symlog keep the order of values, so the same points are the
        # extremes), then transform only the few points drawn.
        if stable:
            xd, yd = self._decimator.update(rows, columns, stable, (key, scale), prepare)
        else:
            y = rows[:, columns]
            xd, yd = peak_decimate(rows[:, 0], prepare(y) if prepare is not None else y)
        drawn = self._transform(yd, scale)
        self.drawn_data = (xd, yd)  # the decimated values, before the axis' log
        for i, (name, _column, _color) in enumerate(self.series):
            self.curves[name].setData(xd[:, i], drawn[:, i])
        if self._following:
            self._follow(drawn, scale in (LOG, ABSLOG), force=self._refit)  # drawn: view units
        self._refit = False

    def _follow(self, drawn: np.ndarray, log: bool, force: bool = False) -> None:
        finite = drawn[np.isfinite(drawn)]
        if not finite.size:
            return
        view = self.plot.getPlotItem().vb
        current = (np.nan, np.nan) if force else tuple(view.viewRange()[1])
        wanted = follow_range(current, float(finite.min()), float(finite.max()), log)
        if wanted is not None:
            view.setYRange(*wanted, padding=0)

    def remember(self, rows: np.ndarray | None, stable: int = 0, key: object = None) -> None:
        """Keep the rows without drawing them (a hidden tab draws when shown or exported)."""
        self._rows, self._stable, self._key = rows, stable, key
        self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # shown again (its tab, or the whole main tab after training from the gradient lab):
        # draw what was remembered while hidden
        super().showEvent(event)
        if self._stale:
            self.show_rows(self._rows, self._stable, self._key)

    def fix_steps(self, max_steps: int | None) -> None:
        """During a run the step axis spans the whole run (the curve grows into it) and the
        y axis follows in steps, so the axes are not redrawn with every chunk; None lets both
        follow the data exactly again."""
        view = self.plot.getPlotItem().vb
        if max_steps:
            view.setXRange(0, max_steps, padding=0.02)
            view.disableAutoRange(axis="y")
            self._following = True
        else:
            self._following = False
            if not self._empty:
                view.enableAutoRange()

    def _show_empty(self, empty: bool) -> None:
        """No run to draw: a hint to press Train, and no ticks (0.1 to 0.9 of nothing mean
        nothing). The last run's ranges go with it, so the next run is fitted afresh."""
        item = self.plot.getPlotItem()
        view = item.vb
        if empty and not self._following:
            # every time: a run drawn while this plot was hidden moved its axes all the same
            view.disableAutoRange()
            view.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        if empty == self._empty:
            return
        self._empty = empty
        self.hint.setVisible(empty)
        for name in ("left", "bottom"):
            item.getAxis(name).setStyle(showValues=not empty, tickLength=0 if empty else -5)
        item.showGrid(x=not empty, y=not empty, alpha=0.25)
        if empty:
            self.hint.setPos(0.5, 0.5)
        elif not self._following:
            view.enableAutoRange()

    @Slot()
    def _zoomed_by_hand(self) -> None:
        self._following = False  # the user's zoom wins until the next run

    def clear(self) -> None:
        self.show_rows(None)
        self.readout.setText(" ")
        self.key_row = None
        self.key_line.setVisible(False)

    @staticmethod
    def _transform(values: np.ndarray, scale: str) -> np.ndarray:
        with np.errstate(all="ignore"):
            if scale == SYMLOG:
                y = symlog(values)
            else:
                y = np.array(values, dtype=float)
            if scale in (LOG, ABSLOG):
                # drawn as log10 under a log axis; zero and negatives have no logarithm: gaps
                y = np.log10(np.where((y > 0) & (y < np.inf), y, np.nan))
            else:
                y = np.where(np.abs(y) <= LINEAR_LIMIT, y, np.nan)
        return y

    # --- options ----------------------------------------------------------------------------------
    @Slot()
    def _scale_changed(self) -> None:
        self._apply_scale()
        if not self._following and not self._empty:
            self.plot.getPlotItem().enableAutoRange()
        self._refit = True  # the old scale's range means nothing on the new one
        self.show_rows(self._rows, self._stable, self._key)

    def _apply_scale(self) -> None:
        scale = self.scale
        self.axis.symlog = scale == SYMLOG
        self.plot.getPlotItem().setLogMode(x=False, y=scale in (LOG, ABSLOG))
        self.axis.picture = None  # re-label the ticks
        self.axis.update()

    def add_option(self, widget: QWidget) -> None:
        """Put a control in the row of options, left of the others, and keep Tab in reading
        order: the plot, then the row left to right (a widget added late is otherwise last)."""
        options = self.layout().itemAt(1).layout()  # readout, (added options), scale, export
        options.insertWidget(1, widget)
        row = [options.itemAt(i).widget() for i in range(options.count())]
        row = [w for w in row if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for before, after in zip([self.plot, *row], row):
            QWidget.setTabOrder(before, after)

    # --- hover read-out ---------------------------------------------------------------------------
    @Slot(object)
    def _on_mouse_moved(self, pos) -> None:
        rows = self._rows
        view = self.plot.getPlotItem().vb
        if rows is None or not len(rows) or not view.sceneBoundingRect().contains(pos):
            return
        step = view.mapSceneToView(pos).x()
        self.readout.setText(self.describe(step))

    _KEY_MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: -1,
                  Qt.Key.Key_Up: 1}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            return self.move_readout(event.key())
        if watched is self.plot and event.type() == QEvent.Type.FocusOut:
            self.key_line.setVisible(False)
        return super().eventFilter(watched, event)

    def move_readout(self, key: int) -> bool:
        """Move the keyboard read-out to another kept step; False for a key it does not use."""
        rows = self._rows
        pages = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}
        if key not in self._KEY_MOVES and key not in pages and key not in (
                Qt.Key.Key_Home, Qt.Key.Key_End):
            return False
        if rows is None or not len(rows):
            self.readout.setText(tr("No steps yet: train, or press Step."))
            announce(self.plot, self.readout.text())
            return True
        last = len(rows) - 1
        row = last if self.key_row is None else min(self.key_row, last)
        if key in self._KEY_MOVES and self.key_row is not None:
            row += self._KEY_MOVES[key]
        elif key in pages:
            row += pages[key] * max(1, len(rows) // 10)
        elif key == Qt.Key.Key_Home:
            row = 0
        elif key == Qt.Key.Key_End:
            row = last
        self.key_row = int(np.clip(row, 0, last))
        step = float(rows[self.key_row, 0])
        self.key_line.setValue(step)
        self.key_line.setVisible(True)
        self.readout.setText(self.describe(step))
        announce(self.plot, self.readout.text())
        return True

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
        return tr("step {step}: ").format(step=f"{int(steps[i]):,}") + ", ".join(parts)

    # --- export -----------------------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> str:
        """Write the plot as PNG, SVG or CSV (pyqtgraph's exporters); returns the path or ""."""
        filters = {
            "png": "PNG image (*.png)",
            "svg": "SVG image (*.svg)",
            "csv": "CSV data (*.csv)",
        }
        if path is None:
            path = self.ask_path(self, t("Export the plot “{title}”", title=self.title), filters[kind])
        if not path:
            return ""
        if not path.lower().endswith("." + kind):
            path += "." + kind
        self.show_rows(self._rows, self._stable, self._key)  # a hidden tab may lag behind
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

    def show_table(self) -> TableDialog:
        """The drawn (decimated) points as a copyable table, for a screen reader or a
        spreadsheet: each curve's steps and values (|values| on the |value| scale)."""
        self.show_rows(self._rows, self._stable, self._key)  # a hidden tab may lag behind
        headers: list[str] = []
        columns: list[np.ndarray] = []
        data = self.drawn_data
        absolute = self.scale == ABSLOG
        if data is not None:
            xd, yd = data
            same_steps = all(np.array_equal(xd[:, 0], xd[:, i]) for i in range(xd.shape[1]))
            for i, (name, _column, _color) in enumerate(self.series):
                if i == 0 or not same_steps:
                    headers.append("step" if same_steps else f"step ({name})")
                    columns.append(xd[:, i])
                headers.append(f"|{name}|" if absolute else name)
                columns.append(yd[:, i])
        note = ("No run yet: press Train or Step." if data is None else
                f"{len(columns[0]):,} points drawn of {len(self._rows):,} steps kept (long runs "
                "keep each block's lowest and highest value). Ctrl+C copies the selected cells.")
        dialog = TableDialog(self.title, headers, columns, note, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

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
            self.show_rows(rows, self._stable, self._key)

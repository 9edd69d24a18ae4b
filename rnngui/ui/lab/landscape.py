"""The loss landscape with gradient descent's path: SSR over one parameter, or two (contours)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...engine import fmt
from ...engine.landscape import ssr_at_points
from ...engine.words import localized, t
from ...model import history as H
from ...session.compare import RUN_COLOURS, CompareRuns
from ...session.grid_job import GridComputer
from ...session.pacing import LANDSCAPE_RECOMPUTE_MS as RECOMPUTE_MS
from ...session.state import AppState
from ..widgets.data_table import TableDialog, show_grid_table
from ..widgets.plot_style import legend_above, style_plot, thin_axes
from .plot import RefreshWhenShown, no_si_prefix

POINTS_1D = 401
POINTS_2D = 101
NUMBERED_STEPS = 12  # the path's first steps carry their step number
PATH_POINTS = 300  # at most this many points of a long path are drawn
ARROWS = 12  # the path's latest steps carry arrow heads
LABEL_SPACING_PX = 28  # step numbers closer than this on screen would overlap


def path_points(
    history: H.RunHistory, start: Any = None
) -> tuple[np.ndarray, np.ndarray]:
    """Steps and parameter rows (n, 5) along a run: the start (step 0), then after each step.

    Long runs are thinned to PATH_POINTS rows, always keeping the first and the last.
    """
    rows = history.rows
    if len(rows) > PATH_POINTS:
        idx = np.r_[np.linspace(0, len(rows) - 2, PATH_POINTS - 1).astype(int), len(rows) - 1]
        rows = rows[idx]
    steps, params = rows[:, H.STEP], rows[:, history.columns.params]
    if start is not None and len(rows):
        steps = np.r_[0.0, steps]
        params = np.vstack([start.as_tuple(), params])
    return steps, params


FLAT_SPREAD = 1e-9  # relative: beyond round-off of a sum of squares, far below anything visible


def flat_surface(ssr: np.ndarray) -> tuple[float, float] | None:
    """(the SSR, its spread) when the grid's SSR is the same number to within round-off, else
    None. The vanishing preset's SSR is 0.5 to 1e-15 over (w1, w2): a surface with nothing on it."""
    finite = ssr[np.isfinite(ssr)]
    if not len(finite):
        return None
    lo, hi = float(finite.min()), float(finite.max())
    if hi - lo <= FLAT_SPREAD * max(abs(hi), abs(lo), 1e-300):
        return (hi + lo) / 2, hi - lo
    return None


def contour_levels(level: np.ndarray, count: int = 7) -> list[float]:
    """Contour levels at quantiles of the values the grid holds (each distinct value once), so
    they follow where the surface changes, not an even split of a range mostly empty."""
    values = np.unique(level[np.isfinite(level)])
    if len(values) < 3:
        return []
    picked = np.quantile(values, np.linspace(0, 1, count + 2)[1:-1])
    return sorted({float(v) for v in picked if values[0] < v < values[-1]})


def plateau_share(ssr: np.ndarray, least: float = 0.2) -> tuple[float, float] | None:
    """(the SSR, the share of the grid) of the largest region where the SSR is one number to within
    round-off, when that is at least ``least`` of the grid; else None."""
    finite = ssr[np.isfinite(ssr)]
    if not len(finite):
        return None
    scale = np.maximum(np.abs(finite), 1e-300)
    keys = np.round(np.log10(scale), 9)  # equal to 1e-9 relative: round-off of a sum of squares
    values, counts = np.unique(keys, return_counts=True)
    best = int(np.argmax(counts))
    share = counts[best] / ssr.size
    if share < least:
        return None
    return float(np.median(finite[keys == values[best]])), float(share)


def span_around(values: np.ndarray, centre: float) -> tuple[float, float]:
    """An axis range that holds the path and the current value, with some room."""
    pts = np.concatenate([values[np.isfinite(values)], [centre]])
    lo, hi = float(pts.min()), float(pts.max())
    pad = max(1.0, 0.25 * (hi - lo))
    return lo - pad, hi + pad


class _Landscape(RefreshWhenShown, QWidget):
    """What the 1-D and 2-D views share: inputs, the background grid, the run path."""

    def __init__(self, state: AppState, compare: CompareRuns | None, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.compare = compare
        self.computer = GridComputer(self)
        self.computer.result.ready.connect(self._on_grid)
        self.pending = 0
        self.shown = 0  # the generation of the grid on screen
        self.grid_axes: dict | None = None
        self.grid: np.ndarray | None = None
        self._timer = QTimer(self, singleShot=True, interval=RECOMPUTE_MS)
        self._timer.timeout.connect(self.recompute)
        # first: another cell's parameters need its names in the combos before anything is drawn
        state.paramsChanged.connect(self.follow_cell)
        for signal in (state.paramsChanged, state.sequencesChanged, state.trainingSettingsChanged):
            signal.connect(self._schedule)
        state.runUpdated.connect(self._schedule_path)
        state.runReset.connect(self._schedule_path)
        state.runRestored.connect(self._schedule_path)
        # the run's timeline: a marker on the path at the step the views show
        state.view.shownStepChanged.connect(self._schedule_path)
        if compare is not None:
            compare.updated.connect(self._schedule_path)

    @Slot()
    def _schedule(self, *_: object) -> None:
        if self.due() and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _schedule_path(self, *_: object) -> None:
        if self.due():
            self._draw_path()

    def refresh_all(self) -> None:
        self.recompute()  # follows the cell first
        self._draw_path()

    def _lay_out(self, note_name: str, choosers: list[QWidget]) -> None:
        """Choosers in a row on top, the plot, and a note under it saying what is held fixed."""
        self.note = QLabel(objectName=note_name)
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        for widget in choosers:
            top.addWidget(widget)
        top.addStretch(1)
        # The grid's numbers, for a screen reader or a spreadsheet: a button (reachable by
        # keyboard) and the plot's right-click menu.
        self.table_button = QToolButton(text="Show as table…", objectName=f"{self.objectName()}Table")
        self.table_button.setAccessibleName("Show the landscape as a table")
        self.table_button.setAccessibleDescription(
            "Opens the SSR at every point of this landscape's grid as a copyable table")
        self.table_button.setToolTip("The SSR at every point of the grid, as a table you can copy")
        self.table_button.clicked.connect(self.show_table)
        top.addWidget(self.table_button)
        if self.plot.getPlotItem().vb.menu is not None:
            self.plot.getPlotItem().vb.menu.addAction("Show as table…", self.show_table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        style_plot(self.plot)  # the theme's colours, the presenter's sizes

    def show_table(self) -> TableDialog:
        """The grid on screen (not the one being computed) as a table."""
        return show_grid_table("Loss landscape", self.grid_axes, self.grid, self.window())

    def axes_wanted(self) -> dict:
        raise NotImplementedError

    # Which parameters a landscape starts on, per cell: the RNN's w2 (and w1), the LSTM's
    # forget-gate bias (and its weight on h), the numbers that decide what the memory keeps.
    DEFAULTS: dict[str, tuple[str, ...]] = {}

    def _combos(self) -> list[QComboBox]:
        return []

    @Slot()
    def follow_cell(self, *_: object) -> None:
        """Refill the parameter combos when the document's cell (and so its names) changed."""
        names = self.state.cell.param_names
        combos = self._combos()
        if not combos or tuple(combos[0].itemText(i) for i in range(combos[0].count())) == names:
            return
        defaults = self.DEFAULTS.get(self.state.cell.key, names)
        for combo, default in zip(combos, defaults):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentText(default)
            combo.blockSignals(False)
        self.grid_axes = self.grid = None
        self.pending = -1  # a grid of the old cell's parameters, still on its way, is dropped

    @Slot()
    def recompute(self) -> None:
        self.follow_cell()
        sequences, targets = self.state.document.training_data()
        if not sequences:
            return
        self.pending = self.computer.request(
            self.state.params, sequences, targets, self.axes_wanted(),
            self.state.document.training.activation,
        )

    @Slot(int, object, object)
    def _on_grid(self, generation: int, axes: dict, ssr: np.ndarray) -> None:
        if generation != self.pending or any(n not in self.state.cell.param_names for n in axes):
            return  # a newer landscape is on its way, or this one is of another cell
        self.grid_axes, self.grid, self.shown = axes, ssr, generation
        self.show_grid(axes, ssr)
        self._draw_path()

    def show_grid(self, axes: dict, ssr: np.ndarray) -> None:
        raise NotImplementedError

    @Slot()
    def _draw_path(self, *_: object) -> None:
        raise NotImplementedError

    def wait(self) -> None:
        self.computer.wait()


class Landscape1D(_Landscape):
    DEFAULTS = {"rnn": ("w2",), "lstm": ("blr1",)}

    def _combos(self) -> list[QComboBox]:
        return [self.param]

    def __init__(self, state: AppState, compare: CompareRuns | None = None, parent=None) -> None:
        super().__init__(state, compare, parent)
        self.setObjectName("landscape1D")
        self.param = QComboBox(objectName="landscape1DParam")
        self.param.setToolTip("The parameter along the x axis; the others stay as they are")
        self.param.addItems(self.state.cell.param_names)
        self.param.setCurrentText(self.DEFAULTS.get(self.state.cell.key, ("w2",))[0])
        self.plot = pg.PlotWidget(axisItems=thin_axes())  # labels apart, one format
        self.plot.setObjectName("landscape1DPlot")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLabel("left", "SSR")
        self.plot.setLogMode(y=True)
        no_si_prefix(self.plot)
        legend_above(self.plot)  # above the data, never on the curve
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#444", width=2), name="SSR (others fixed)")
        self.path = self.plot.plot([], [], pen=pg.mkPen("#d62728", width=1.5), symbol="o",
                                   symbolSize=7, symbolBrush="#d62728", name="this run")
        self.arrows = [pg.ArrowItem(angle=0, headLen=12, brush="#d62728", pen=None) for _ in range(ARROWS)]
        self.numbers = [pg.TextItem("", color="#d62728", anchor=(0.5, 1.2)) for _ in range(NUMBERED_STEPS)]
        for item in self.arrows + self.numbers:
            item.setVisible(False)
            self.plot.addItem(item)
        self.compare_paths = [
            self.plot.plot([], [], pen=pg.mkPen(c, width=1.5, style=Qt.PenStyle.DotLine),
                           symbol="t", symbolSize=6, symbolBrush=c, name=None)
            for c in RUN_COLOURS
        ]
        self.marker = _shown_marker(self.plot)
        self._lay_out("landscape1DNote", [QLabel("SSR as a function of"), self.param])
        self.param.currentTextChanged.connect(self.recompute)
        self.recompute()

    def axes_wanted(self) -> dict:
        name = self.param.currentText()
        _, params = path_points(self.state.history, self.state.run_initial_params)
        lo, hi = span_around(params[:, self.state.cell.param_names.index(name)], getattr(self.state.params, name))
        return {name: np.linspace(lo, hi, POINTS_1D)}

    def show_grid(self, axes: dict, ssr: np.ndarray) -> None:
        (name, values), = axes.items()
        keep = np.isfinite(ssr) & (ssr > 0)
        self.curve.setData(values[keep], ssr[keep])
        self.plot.setLabel("bottom", name)
        others = ", ".join(f"{n} = {fmt(getattr(self.state.params, n))}" for n in self.state.cell.param_names if n != name)
        self.note.setText(t(
            "The curve is SSR over {name} with {others} held where they are now. The red points "
            "are this run's steps, numbered from the start; arrows show where the latest steps "
            "went.", name=name, others=others))

    def _path_on_curve(self, history: H.RunHistory, start: Any):
        """(values of the chosen parameter, SSR there, step numbers) along a run.

        The SSR is computed at the drawn parameters (all five), so with only this parameter
        trained every point lies on the curve.
        """
        steps, params = path_points(history, start)
        if not len(params):
            return np.empty(0), np.empty(0), np.empty(0)
        sequences, targets = self.state.document.training_data()
        ssr = ssr_at_points(params, sequences, targets, self.state.document.training.activation,
                            cell=self.state.cell.key)
        values = params[:, self.state.cell.param_names.index(self.param.currentText())]
        keep = np.isfinite(values) & np.isfinite(ssr) & (ssr > 0)
        return values[keep], ssr[keep], steps[keep]

    @Slot()
    def _draw_path(self, *_: object) -> None:
        xs, ys, ss = self._path_on_curve(self.state.history, self.state.run_initial_params)
        self.path.setData(xs, ys)
        self._draw_marker()
        # number the first steps, skipping any that would print on top of the previous number
        vb = self.plot.getPlotItem().getViewBox()
        shown, placed = 0, []
        for i in range(len(xs)):
            if shown == len(self.numbers):
                break
            at = vb.mapViewToScene(pg.QtCore.QPointF(xs[i], np.log10(ys[i])))
            # Against every number shown, not only the previous one: a bouncing run comes back
            # to where step 0 was, and "17" printed over "0".
            if any((at - p).manhattanLength() < LABEL_SPACING_PX for p in placed):
                continue
            label = self.numbers[shown]
            label.setText(str(int(ss[i])))
            label.setPos(xs[i], np.log10(ys[i]))
            label.setVisible(True)
            shown = shown + 1
            placed.append(at)
        for label in self.numbers[shown:]:
            label.setVisible(False)
        tail = max(0, len(xs) - ARROWS - 1)
        for k, arrow in enumerate(self.arrows):
            i = tail + k
            visible = bool(i + 1 < len(xs) and xs[i + 1] != xs[i])
            arrow.setVisible(visible)
            if visible:
                x0, y0, x1, y1 = xs[i], np.log10(ys[i]), xs[i + 1], np.log10(ys[i + 1])
                arrow.setPos(x1, y1)
                arrow.setStyle(angle=self._screen_angle(x0, y0, x1, y1))
        if self.compare is not None:
            runs = list(zip(self.compare.histories, self.compare.starts))
            for i, curve in enumerate(self.compare_paths):
                if i < len(runs) and len(runs[i][0]):
                    v, loss, _ = self._path_on_curve(*runs[i])
                    curve.setData(v, loss)
                else:
                    curve.setData([], [])

    def _draw_marker(self) -> None:
        """The timeline's shown step on the curve: its parameter's value and SSR there."""
        shown = self.state.view.shown_params if self.state.view.shown_step is not None else None
        if shown is None:
            self.marker.setData([], [])
            return
        sequences, targets = self.state.document.training_data()
        point = np.array([shown.as_tuple()], dtype=float)
        ssr = ssr_at_points(point, sequences, targets, self.state.document.training.activation,
                            cell=self.state.cell.key)
        x = getattr(shown, self.param.currentText())
        ok = np.isfinite(ssr[0]) and ssr[0] > 0
        self.marker.setData([x] if ok else [], [float(ssr[0])] if ok else [])

    def _screen_angle(self, x0: float, y0: float, x1: float, y1: float) -> float:
        """ArrowItem's angle for an arrow from (x0, y0) to (x1, y1): 0 points left, on screen."""
        vb = self.plot.getPlotItem().getViewBox()
        a = vb.mapViewToScene(pg.QtCore.QPointF(x0, y0))
        b = vb.mapViewToScene(pg.QtCore.QPointF(x1, y1))
        return float(np.degrees(np.arctan2(-(b.y() - a.y()), -(b.x() - a.x()))))


class Landscape2D(_Landscape):
    DEFAULTS = {"rnn": ("w1", "w2"), "lstm": ("wlr1", "blr1")}

    def _combos(self) -> list[QComboBox]:
        return [self.x_param, self.y_param]

    def __init__(self, state: AppState, compare: CompareRuns | None = None, parent=None) -> None:
        super().__init__(state, compare, parent)
        self.setObjectName("landscape2D")
        self.x_param = QComboBox(objectName="landscape2DX")
        self.y_param = QComboBox(objectName="landscape2DY")
        self.x_param.setToolTip("The parameter along the x axis")
        self.y_param.setToolTip("The parameter along the y axis")
        defaults = self.DEFAULTS.get(self.state.cell.key, ("w1", "w2"))
        for combo, default in zip((self.x_param, self.y_param), defaults):
            combo.addItems(self.state.cell.param_names)
            combo.setCurrentText(default)
        self.plot = pg.PlotWidget(axisItems=thin_axes())
        self.plot.setObjectName("landscape2DPlot")
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.image)
        self.isocurves: list[pg.IsocurveItem] = []
        self.path = self.plot.plot([], [], pen=pg.mkPen("#ff4136", width=2), symbol="o",
                                   symbolSize=5, symbolBrush="#ff4136")
        self.start = pg.ScatterPlotItem(symbol="s", size=10, brush="w", pen=pg.mkPen("#ff4136", width=2))
        self.plot.addItem(self.start)
        self.marker = _shown_marker(self.plot)
        self.bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), label="log10 SSR",
                                   interactive=False)
        self.bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self._lay_out(
            "landscape2DNote", [QLabel("SSR over"), self.x_param, QLabel("and"), self.y_param]
        )
        self.x_param.currentTextChanged.connect(self.recompute)
        self.y_param.currentTextChanged.connect(self.recompute)
        self.recompute()

    def axes_wanted(self) -> dict:
        x, y = self.x_param.currentText(), self.y_param.currentText()
        if x == y:
            y = next(n for n in self.state.cell.param_names if n != x)
        _, params = path_points(self.state.history, self.state.run_initial_params)
        xv, yv = params[:, self.state.cell.param_names.index(x)], params[:, self.state.cell.param_names.index(y)]
        p = self.state.params
        xlo, xhi = span_around(xv, getattr(p, x))
        ylo, yhi = span_around(yv, getattr(p, y))
        return {x: np.linspace(xlo, xhi, POINTS_2D), y: np.linspace(ylo, yhi, POINTS_2D)}

    def show_grid(self, axes: dict, ssr: np.ndarray) -> None:
        (xn, xv), (yn, yv) = axes.items()
        with np.errstate(all="ignore"):
            level = np.log10(np.where(np.isfinite(ssr), ssr, np.nan) + 1e-12)
        finite = level[np.isfinite(level)]
        lo, hi = (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 1.0)
        level = np.nan_to_num(level, nan=hi, posinf=hi, neginf=lo)
        flat = flat_surface(ssr)
        if flat is not None:  # round-off, not a landscape: contours would draw a bull's-eye
            lo, hi = lo - 0.5, hi + 0.5
        self.image.setImage(level, levels=(lo, hi))
        self.image.setRect(pg.QtCore.QRectF(xv[0], yv[0], xv[-1] - xv[0], yv[-1] - yv[0]))
        self.bar.setLevels((lo, hi))
        for iso in self.isocurves:
            self.plot.removeItem(iso)
        self.isocurves = []
        # Round-off (a plateau of 1.0 ± 1e-15) is not drawn as rings: contour the levels rounded
        # to a millionth of a decade, at levels spread over the values the grid really holds.
        quantised = np.round(level, 6)
        for value in [] if flat is not None else contour_levels(quantised):
            iso = pg.IsocurveItem(level=value, pen=pg.mkPen(255, 255, 255, 120, width=1))
            iso.setParentItem(self.image)
            iso.setData(quantised)
            self.isocurves.append(iso)
        self.plot.setLabel("bottom", xn)
        self.plot.setLabel("left", yn)
        fixed = ", ".join(f"{n} = {fmt(getattr(self.state.params, n))}" for n in self.state.cell.param_names
                          if n not in (xn, yn))
        self.flat = flat
        if flat is not None:
            value, spread = flat
            self.note.setText(t(
                "The SSR is flat here: {value} everywhere on this grid (it varies by {spread} at "
                "most, round-off), so {x} and {y} do not change the prediction and the gradient "
                "has nothing to follow ({fixed} fixed). No contours are drawn.",
                value=fmt(value), spread=localized(format(spread, ".1g")), x=xn, y=yn,
                fixed=fixed))
            return
        plateau = plateau_share(ssr)
        flat_part = (
            " " + t("The SSR is flat (≈ {value}, to within round-off) over {share} of this grid: "
                    "there the gradient is zero and gradient descent cannot move.",
                    value=fmt(plateau[0]), share=f"{plateau[1]:.0%}")
            if plateau is not None else ""
        )
        self.note.setText(
            t("Contours of log10 SSR over {x} and {y} ({fixed} fixed); the white square is where "
              "the run started, the red line where gradient descent went.", x=xn, y=yn,
              fixed=fixed) + flat_part
        )

    @Slot()
    def _draw_path(self, *_: object) -> None:
        if self.grid_axes is None:
            return
        names = list(self.grid_axes)
        _, params = path_points(self.state.history, self.state.run_initial_params)
        xv, yv = (params[:, self.state.cell.param_names.index(n)] for n in names)
        ok = np.isfinite(xv) & np.isfinite(yv)
        self.path.setData(xv[ok], yv[ok])
        if ok.any():
            self.start.setData([xv[ok][0]], [yv[ok][0]])
        else:
            self.start.setData([], [])
        shown = self.state.view.shown_params if self.state.view.shown_step is not None else None
        if shown is None:
            self.marker.setData([], [])
        else:  # the timeline's shown step
            self.marker.setData([getattr(shown, names[0])], [getattr(shown, names[1])])


def _shown_marker(plot: pg.PlotWidget) -> pg.PlotDataItem:
    """A ring at the step the run's timeline shows (empty while the parameters are live)."""
    marker = plot.plot([], [], pen=None, symbol="o", symbolSize=14, symbolBrush=None,
                       symbolPen=pg.mkPen("#111", width=2.5), name=None)
    marker.setZValue(20)
    return marker

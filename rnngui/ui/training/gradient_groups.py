"""The gradient plot's curves grouped as the cell groups its parameters, and a chooser of groups.

Twelve LSTM gradients in twelve unrelated colours cannot be read. The chapter thinks in gates, so
the curves do too: one Okabe–Ito colour per gate (forget, input, potential memory, output) and,
within a gate, one line style per parameter (solid: the weight on the short-term memory h,
dashed: the weight on the input x, dotted: the bias). The chooser (``gradientGroupChooser``)
shows all twelve or one gate's three. The RNN keeps its own five colours, one per parameter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QComboBox, QWidget

from ...engine.cells import CELLS, Cell
from ...model import history as H
from ...session.state import AppState
from .plots import OKABE_ITO, PARAM_COLORS, RunPlot, param_color

ALL = "all"
# Within a group: first, second and third parameter (the LSTM's h weight, x weight, bias).
STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def cell_for(names: tuple[str, ...]) -> Cell | None:
    """The cell whose parameters these history columns are."""
    return next((c for c in CELLS.values() if c.param_names == tuple(names)), None)


def group_of(cell: Cell, name: str) -> tuple[int, int]:
    """(group index, place within the group) of one parameter."""
    for g, (_title, names) in enumerate(cell.groups):
        if name in names:
            return g, names.index(name)
    return 0, 0


def pen_for(cell: Cell | None, name: str, index: int) -> QPen | str:
    """The RNN's parameters keep their own colours; any other cell's are coloured by group."""
    if cell is None or all(n in PARAM_COLORS for n in cell.param_names):
        return param_color(name, index)
    g, k = group_of(cell, name)
    pen = QPen(QColor(OKABE_ITO[g % len(OKABE_ITO)]))
    pen.setWidthF(1.5 if k else 1.0)  # dashes and dots read better a little wider
    pen.setCosmetic(True)
    pen.setStyle(STYLES[k % len(STYLES)])
    return pen


def gradient_series(columns: H.Columns) -> list[tuple[str, int, QPen | str]]:
    cell = cell_for(columns.names)
    return [(f"dSSR/d{n}", columns.grad(n), pen_for(cell, n, i))
            for i, n in enumerate(columns.names)]


def param_series(columns: H.Columns) -> list[tuple[str, int, QPen | str]]:
    cell = cell_for(columns.names)
    return [(n, columns.param(n), pen_for(cell, n, i)) for i, n in enumerate(columns.names)]


class GradientGroupChooser(QComboBox):
    """All gradients, or one group's; sits in the gradient plot's row of options."""

    def __init__(self, state: AppState, view: RunPlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientGroupChooser")
        self.setToolTip("Which gradients to draw: all of them, or one gate's")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # see plots.py
        self.state = state
        self.view = view
        self._names: tuple[str, ...] = ()
        view.add_option(self)  # left of the scale and export buttons, in Tab order too
        self.currentIndexChanged.connect(self._apply)
        self.follow_cell()

    def follow_cell(self) -> None:
        """The plot's curves were rebuilt (another cell): offer that cell's groups."""
        names = tuple(name.removeprefix("dSSR/d") for name, _c, _p in self.view.series)
        cell = cell_for(names)
        if names != self._names:
            self._names = names
            self.blockSignals(True)
            self.clear()
            self.addItem(f"all {len(names)} gradients", ALL)
            for title, group in (cell.groups if cell is not None else ()):
                self.addItem(f"{title}: {', '.join(group)}", title)
            self.setCurrentIndex(0)
            self.blockSignals(False)
        self._apply()

    def choose(self, group: str) -> None:
        """Show one group ("forget gate", ...) or ``ALL``."""
        index = self.findData(group)
        if index < 0:
            raise ValueError(f"no gradient group {group!r}")
        self.setCurrentIndex(index)

    def shown(self) -> tuple[str, ...]:
        """The parameters whose gradient curves are drawn."""
        return tuple(name.removeprefix("dSSR/d") for name, curve in self.view.curves.items()
                     if curve.isVisible())

    @Slot()
    def _apply(self, *_: object) -> None:
        chosen = self.currentData()
        cell = cell_for(self._names)
        groups = dict(cell.groups) if cell is not None else {}
        wanted = set(self._names if chosen in (ALL, None) else groups.get(chosen, self._names))
        for name, curve in self.view.curves.items():
            curve.setVisible(name.removeprefix("dSSR/d") in wanted)

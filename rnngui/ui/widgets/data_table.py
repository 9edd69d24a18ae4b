"""A plot's data as a table: "Show as table…" for a screen reader, or to copy into a spreadsheet.

A curve is a picture; its numbers are what a blind learner (or a teacher making a worksheet)
needs. ``TableDialog`` shows columns of numbers in a QTableWidget, every cell selectable, Ctrl+C
copying the selection as tab-separated text that a spreadsheet pastes into cells.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .accessibility import describe_controls, plain


def number_text(value: float) -> str:
    """The shortest text that reads back as the same double; a gap (not finite) is empty."""
    value = float(value)
    if not math.isfinite(value):
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


class DataTable(QTableWidget):
    """A read-only table whose Ctrl+C copies the selected cells as tab-separated lines."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selected_text())
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        """The selection (or everything) as lines of tab-separated cells, headers first."""
        cells = self.selectedIndexes() or [self.model().index(r, c) for r in range(self.rowCount())
                                           for c in range(self.columnCount())]
        rows = sorted({i.row() for i in cells})
        columns = sorted({i.column() for i in cells})
        chosen = {(i.row(), i.column()) for i in cells}
        header = [self.horizontalHeaderItem(c).text() for c in columns]
        lines = ["\t".join(header)]
        for r in rows:
            lines.append("\t".join(self.item(r, c).text() if (r, c) in chosen and self.item(r, c)
                                   else "" for c in columns))
        return "\n".join(lines)


class TableDialog(QDialog):
    """Columns of numbers (``headers`` and ``columns`` of equal length) in a copyable table."""

    def __init__(self, title: str, headers: Sequence[str], columns: Sequence[Sequence[float]],
                 note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plotTableDialog")
        self.setWindowTitle(f"{title} — as a table")
        rows = max((len(c) for c in columns), default=0)
        self.table = DataTable(rows, len(headers), self)
        self.table.setObjectName("plotTable")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(f"{title}: data")
        self.table.setAccessibleDescription(
            f"{rows} rows of {', '.join(headers)}; Ctrl+C copies the selected cells")
        for c, column in enumerate(columns):
            for r, value in enumerate(column):
                item = QTableWidgetItem(number_text(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(min(160 * max(len(headers), 2), 900), 480)
        describe_controls(self)

    def values(self, column: int) -> list[float]:
        """The numbers of one column as the table shows them (empty cells are NaN)."""
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, column)
            text = item.text() if item is not None else ""
            out.append(float(text) if text else math.nan)
        return out


def grid_columns(axes: dict[str, np.ndarray], values: np.ndarray, name: str = "SSR"
                 ) -> tuple[list[str], list[np.ndarray]]:
    """A landscape grid as columns: over one parameter, its values and ``name``; over two, a
    row per value of the second (the plot's y) and a column per value of the first (its x)."""
    names = list(axes)
    if len(names) == 1:
        return [names[0], name], [np.asarray(axes[names[0]], float), np.asarray(values, float)]
    (x_name, xs), (y_name, ys) = axes.items()
    grid = np.asarray(values, dtype=float)  # grid[i, j]: x = xs[i], y = ys[j]
    headers = [f"{y_name} \\ {x_name}"] + [f"{x_name} = {number_text(x)}" for x in xs]
    return headers, [np.asarray(ys, float)] + [grid[i, :] for i in range(len(xs))]


def show_grid_table(title: str, axes: dict[str, np.ndarray] | None, values: np.ndarray | None,
                    parent: QWidget | None = None) -> TableDialog:
    """Open the numbers behind a landscape (non-modal), or say there are none yet."""
    headers, columns = grid_columns(axes, values) if axes is not None and values is not None \
        else ([], [])
    note = "" if headers else "The landscape has not been computed yet."
    if len(headers) > 2:
        note = (f"SSR at every point of the grid: one row per value of {list(axes)[1]}, one "
                f"column per value of {list(axes)[0]}.")
    dialog = TableDialog(title, headers, columns, note, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def curve_columns(plot: pg.PlotWidget) -> tuple[list[str], list[np.ndarray]]:
    """Every named curve of a pyqtgraph plot: its x and its y (the values given, not log10)."""
    headers: list[str] = []
    columns: list[np.ndarray] = []
    x_label = plot.getPlotItem().getAxis("bottom").labelText or "x"
    for k, item in enumerate(plot.getPlotItem().listDataItems()):
        if isinstance(item, pg.PlotDataItem):
            x, y = item.xData, item.yData
        elif isinstance(item, pg.PlotCurveItem):
            x, y = item.getData()
        else:
            continue
        if x is None or y is None or not len(x):
            continue
        name = item.name() or f"curve {k + 1}"
        headers += [f"{x_label} ({name})", name]
        columns += [np.asarray(x, dtype=float), np.asarray(y, dtype=float)]
    return headers, columns


def show_plot_table(plot: pg.PlotWidget, title: str = "") -> TableDialog:
    """Open a table of a lab plot's curves (non-modal: the plot stays usable beside it)."""
    headers, columns = curve_columns(plot)
    title = title or plain(plot.getPlotItem().titleLabel.text or "") or "Plot"
    note = "" if headers else "This plot has no data yet."
    dialog = TableDialog(title, headers, columns, note, plot.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def add_table_action(plot: pg.PlotWidget) -> None:
    """"Show as table…" in the plot's right-click menu (pyqtgraph's view box menu)."""
    menu = plot.getPlotItem().vb.menu
    if menu is not None:
        menu.addSeparator()
        # The menu has no parent and lives as long as its action's slot: a slot holding the plot
        # itself would keep the plot, its items and every menu of theirs alive after the window
        # closed (78 windows' worth of menus per closed main window, found in the test suite).
        plot_ref = weakref.ref(plot)
        menu.addAction("Show as table…", lambda: _show_if_alive(plot_ref))


def _show_if_alive(plot_ref: weakref.ref) -> None:
    plot = plot_ref()
    if plot is not None:
        show_plot_table(plot)

"""Small helpers shared by the gradient lab's plots (log axes that survive zeros and overflow)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ..widgets.data_table import add_table_action
from ..widgets.plot_style import legend_above, style_plot, thin_axes

TINY = 1e-300  # the smallest value a log axis is asked to show


def log_plot(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    # axes that keep their labels apart and in one format; the legend above the data
    plot = pg.PlotWidget(axisItems=thin_axes())
    plot.setTitle(title)
    plot.setLabel("bottom", x_label)
    plot.setLabel("left", y_label)
    plot.setLogMode(x=False, y=True)
    no_si_prefix(plot)
    plot.showGrid(x=True, y=True, alpha=0.25)
    legend_above(plot)
    plot.setMinimumHeight(120)  # room for the page's controls on a 600 px screen (presenter too)
    style_plot(plot)  # the theme's colours and the presenter's sizes (Teaching restyles later)
    add_table_action(plot)  # right-click → Show as table… (its curves' numbers)
    return plot


def no_si_prefix(plot: pg.PlotWidget) -> None:
    """pyqtgraph's SI prefix also scales log-axis labels: 1e30 would read "10^3 (x1e+27)"."""
    plot.getAxis("left").enableAutoSIPrefix(False)


def positive(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The points a log axis can draw: finite and above zero."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    keep = np.isfinite(y) & (y > TINY)
    return x[keep], y[keep]


class RefreshWhenShown:
    """Mixin for views in a tab: while hidden, remember that an update is due instead of doing it.

    Thirty parameter updates a second during training would otherwise redraw plots nobody sees,
    taking the interpreter lock from the training thread and time from the visible views.
    """

    _stale = False

    def due(self) -> bool:
        """True when the caller should update now; otherwise the update waits for showEvent."""
        if self.isVisible():  # type: ignore[attr-defined]
            return True
        self._stale = True
        return False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._stale = False
            self.refresh_all()

    def refresh_all(self) -> None:
        raise NotImplementedError

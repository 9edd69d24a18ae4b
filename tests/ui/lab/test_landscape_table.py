"""Every landscape as a table: the SSR at each grid point, the engine's numbers, copyable."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from rnngui.engine.landscape import ssr_at_points
from rnngui.ui.widgets.data_table import number_text

from .test_gradient_lab import lab, show, wait_for_grid


def _engine_ssr(state, **point) -> float:
    p = state.params
    values = [point.get(n, getattr(p, n)) for n in state.cell.param_names]
    seqs = [s.values for s in state.document.sequences if s.use_for_training]
    targets = [s.target for s in state.document.sequences if s.use_for_training]
    return float(ssr_at_points(np.array([values]), seqs, targets)[0])


def test_the_two_parameter_landscape_opens_as_its_grid(window, qtbot):
    view = show(window, lab(window).landscape_2d)
    wait_for_grid(qtbot, view)
    (x_name, xs), (y_name, ys) = view.grid_axes.items()
    button = view.findChild(QToolButton, "landscape2DTable")
    assert button.accessibleName() and button.accessibleDescription()
    button.click()  # a button, so the keyboard reaches it (Tab, Space)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "plotTableDialog" and w.isVisible())
    table = dialog.table
    assert table.rowCount() == len(ys) and table.columnCount() == len(xs) + 1
    assert table.horizontalHeaderItem(0).text() == f"{y_name} \\ {x_name}"
    # a cell away from the middle: row j is y = ys[j], column i + 1 is x = xs[i]
    i, j = 7, len(ys) - 3
    assert float(table.item(j, 0).text()) == ys[j]
    assert float(table.item(j, i + 1).text()) == pytest.approx(
        _engine_ssr(window.state, **{x_name: xs[i], y_name: ys[j]}), rel=1e-12)
    table.selectAll()
    copied = table.selected_text().splitlines()
    assert len(copied) == len(ys) + 1 and copied[0].split("\t")[1] == f"{x_name} = {number_text(xs[0])}"
    dialog.close()


def test_the_one_parameter_landscape_opens_as_its_curve(window, qtbot):
    view = show(window, lab(window).landscape_1d)
    wait_for_grid(qtbot, view)
    (name, values), = view.grid_axes.items()
    dialog = view.show_table()
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(2)] == [name, "SSR"]
    k = len(values) // 3
    assert dialog.values(1)[k] == pytest.approx(_engine_ssr(window.state, **{name: values[k]}),
                                                rel=1e-12)
    dialog.close()

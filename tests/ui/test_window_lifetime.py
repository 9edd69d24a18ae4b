"""A closed main window goes away whole: no plot, menu or popup of it stays alive.

Each one left behind costs every later window (the test suite grew to 1.5 GB and each new window
took longer to build) and is one more object for the interpreter's teardown to destroy in an
arbitrary order. The parentless menus pyqtgraph gives every plot live as long as their actions'
slots: a slot that held its plot kept the whole window's plots alive (data_table.py)."""

from __future__ import annotations

import gc
import weakref

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from rnngui.ui.main_window import MainWindow


def _collect(app: QApplication) -> None:
    for _ in range(2):
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def test_a_closed_window_leaves_no_plot_or_menu_behind(qtbot):
    app = QApplication.instance()
    _collect(app)
    before = len(app.topLevelWidgets())
    window = MainWindow()
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # what the window queued at its start (layout, sizes) has run, as in use
    plots = [weakref.ref(p.getPlotItem()) for p in window.findChildren(pg.PlotWidget)]
    assert len(plots) >= 10  # the training panel's and the gradient lab's plots
    assert len(app.topLevelWidgets()) > before + 50  # with their parentless menus
    window.state.shutdown()
    window.close()
    window.deleteLater()
    del window
    qtbot.wait(50)  # the event loop goes on, as the app's does after a window closes
    _collect(app)
    assert [r for r in plots if r() is not None] == []
    assert len(app.topLevelWidgets()) <= before

"""Leave nothing made of Qt for the interpreter's teardown. Qt (not Python) destroys the widgets.

At exit PySide6 deletes every Qt object Python still holds, in no particular order, and then the
QApplication; what a reference cycle keeps alive goes later still, in the collector's order. A
window holds plots whose menus and control widgets (pyqtgraph's) have no Qt parent: deleted before
the plot's scene, the scene's items crash on destruction (SIGSEGV in ~QGraphicsWidget, seen with
gdb when the top-level widgets are deleted in an arbitrary order). So windows go first, by Qt,
which deletes their scenes in the right order, then the objects only Python held, collected while
the QApplication still exists.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu


def pointers(widgets) -> frozenset[int]:
    """The C++ addresses of widgets (wrappers may be made anew for the same widget)."""
    return frozenset(shiboken6.getCppPointer(w)[0] for w in widgets)


def release_widgets(app: QApplication, keep: frozenset[int] = frozenset()) -> int:
    """Delete every top-level widget but those in ``keep`` (``pointers()`` of what existed before,
    e.g. a test's own windows when main() runs inside the test process), windows first; returns
    how many were left over for the second pass (the menus and controls only Python referenced)."""
    QThreadPool.globalInstance().waitForDone()
    gc.collect()

    def ours() -> list:
        return [w for w in app.topLevelWidgets() if shiboken6.getCppPointer(w)[0] not in keep]

    windows = [w for w in ours() if isinstance(w, QMainWindow | QDialog)]
    windows += [w for w in ours()
                if w.parent() is None and not isinstance(w, QMenu) and w not in windows]
    _delete(app, windows)
    left = ours()
    _delete(app, left)
    return len(left)


def _delete(app: QApplication, widgets: list) -> None:
    for widget in widgets:
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()

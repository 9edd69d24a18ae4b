"""Does every control of the window fit? A walk over the widget tree, for tests at many sizes.

A control "fits" when it is shown, enabled, at least as big as it needs to be usable (a button
keeps its text, a field a few characters) and its whole rectangle lies inside every ancestor up to
the window: a widget pushed past a splitter pane or the window's edge is clipped, and one cannot
click what one cannot see. Inside a scroll area the limit is the scrolled content instead of the
viewport: the scroll bar brings it into view (down only, where the horizontal bar is off).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider,
            QAbstractItemView, QTabBar, QGraphicsView)
SLACK = 1  # rounding in layouts


def _usable(widget: QWidget) -> str:
    """Why ``widget`` is too small to use, or ""."""
    if widget.width() < 8 or widget.height() < 8:
        return f"only {widget.width()}×{widget.height()} px"
    if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
        # its text must show whole (the style's 80 px minimum of a push button is taste)
        need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 6
        if widget.width() + SLACK < need:
            return f"{widget.width()} px wide, its text needs {need}"
    if isinstance(widget, (QGraphicsView, pg.PlotWidget)) and widget.height() < 60:
        return f"a view only {widget.height()} px tall"
    return ""


def _clipped(widget: QWidget, window: QMainWindow) -> str:
    """The first ancestor that cuts part of ``widget`` off, or ""."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect.translate(child.pos())
        scroll = parent.parentWidget()
        if isinstance(scroll, QScrollArea) and parent is scroll.viewport():
            # within reach: the scrolled content holds it; then the scroll area must fit
            content = scroll.widget()
            if content is not None and not QRect(content.pos(), content.size()).adjusted(
                    -SLACK, -SLACK, SLACK, SLACK).contains(rect):
                return f"beyond the content of {scroll.objectName() or 'a scroll area'}"
            if (scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                    and rect.right() > scroll.viewport().width() + SLACK):
                # no scroll bar brings the right of the content into view
                return (f"past the right edge of {scroll.objectName() or 'a scroll area'} "
                        f"({scroll.viewport().width()} px, no horizontal scroll bar)")
            rect = QRect(QPoint(0, 0), scroll.viewport().size()).intersected(rect)
            if rect.isEmpty():
                rect = QRect(QPoint(0, 0), QPoint(0, 0))
        elif not QRect(QPoint(0, 0), parent.size()).adjusted(
                -SLACK, -SLACK, SLACK, SLACK).contains(rect):
            name = parent.objectName() or type(parent).__name__
            return f"cut off by {name} ({parent.width()}×{parent.height()}) at {rect.getRect()}"
        if parent is window:
            return ""
        child, parent = parent, parent.parentWidget()
    return ""


def misfits(window: QMainWindow) -> list[str]:
    """One line for every shown, enabled control of the window that does not fit."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not window:
            continue
        if isinstance(widget.parentWidget(), QTabBar):  # the tab bar's own scroll arrows
            continue
        why = _usable(widget) or _clipped(widget, window)
        if why:
            label = widget.objectName() or getattr(widget, "text", lambda: "")() or ""
            problems.append(f"{type(widget).__name__} {label!r}: {why}")
    return problems

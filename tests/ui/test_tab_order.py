"""Keyboard only: Tab walks each panel's controls in reading order, rows top to bottom and each
row left to right, as a sighted keyboard user expects (a control made late came last)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

ROW_PX = 14  # controls whose tops differ by less are one row (check boxes sit a little lower)


def _focus_chain(panel: QWidget) -> list[QWidget]:
    """The controls Tab reaches inside ``panel``, in the order it reaches them."""
    window = panel.window()
    start = cur = window
    chain: list[QWidget] = []
    for _ in range(2000):
        cur = cur.nextInFocusChain()
        if cur is start:
            break
        inside = panel.isAncestorOf(cur)
        # a spin box's line edit, a plot's or a scroll area's viewport: parts of one control
        part_of_a_control = isinstance(cur.parent(), QAbstractSpinBox) or type(cur) is QWidget
        if (inside and cur.isVisibleTo(window) and cur.isEnabled() and not part_of_a_control
                and cur.focusPolicy() & Qt.FocusPolicy.TabFocus):
            chain.append(cur)
    return chain


def _out_of_reading_order(panel: QWidget) -> list[tuple[str, str]]:
    window = panel.window()
    spots = [(w, w.mapTo(window, QPoint(0, 0))) for w in _focus_chain(panel)]
    wrong = []
    for (a, pa), (b, pb) in zip(spots, spots[1:]):
        same_row = abs(pa.y() - pb.y()) < ROW_PX
        if (same_row and pb.x() < pa.x()) or (not same_row and pb.y() < pa.y()):
            wrong.append((a.objectName() or type(a).__name__, b.objectName() or type(b).__name__))
    return wrong


@pytest.mark.parametrize("panel", ["sequence_editor", "network_panel", "training_panel"])
def test_tab_walks_each_panel_in_reading_order(window, qtbot, panel):
    window.resize(1366, 768)
    qtbot.wait(50)
    widget = getattr(window, panel)
    assert len(_focus_chain(widget)) >= 5
    assert _out_of_reading_order(widget) == []


def test_tab_walks_each_gradient_lab_page_in_reading_order(window, qtbot):
    window.resize(1366, 768)
    lab = window.gradient_lab
    window.tabs.setCurrentWidget(lab)
    wrong = {}
    for name, page in lab.pages.items():
        lab.tabs.setCurrentWidget(page)
        qtbot.wait(20)
        if _out_of_reading_order(page):
            wrong[name] = _out_of_reading_order(page)
    assert wrong == {}

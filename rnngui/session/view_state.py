"""What the views show, as state: the canvas mode, the backward view, the highlighted weight, the
visible tab and lab page, and requests to step the forward pass.

A lesson step or presenter shortcut sets these; the views that own the matching controls
subscribe and follow, and write back what the user clicks. So nobody presses another view's
buttons by object name or reaches through the window to a scene.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ROLLED, UNROLLED = "rolled", "unrolled"
MAIN_TAB, LAB_TAB = "main", "gradient_lab"
LAB_PAGES = ("through_time", "unroll", "landscape_1d", "landscape_2d", "compare", "memory",
             "stability")


class ViewState(QObject):
    canvasModeChanged = Signal(str)  # ROLLED | UNROLLED
    backwardChanged = Signal(bool)
    highlightChanged = Signal(object)  # a parameter name or None
    tabChanged = Signal(str)  # MAIN_TAB | LAB_TAB
    labPageChanged = Signal(str)  # one of LAB_PAGES
    forwardStepRequested = Signal(str)  # "step" (one copy) | "play" (the whole pass)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas_mode = UNROLLED
        self.backward = False
        self.highlighted: str | None = None
        self.tab = MAIN_TAB
        self.lab_page = LAB_PAGES[0]

    def set_canvas_mode(self, mode: str) -> None:
        if mode not in (ROLLED, UNROLLED):
            raise ValueError(f"unknown canvas mode {mode!r}")
        if mode != self.canvas_mode:
            self.canvas_mode = mode
            self.canvasModeChanged.emit(mode)

    def set_backward(self, on: bool) -> None:
        if bool(on) != self.backward:
            self.backward = bool(on)
            self.backwardChanged.emit(self.backward)

    def set_highlight(self, name: str | None) -> None:
        # Always announced: a click on the canvas may have changed the highlight since.
        self.highlighted = name
        self.highlightChanged.emit(name)

    def set_tab(self, tab: str) -> None:
        if tab not in (MAIN_TAB, LAB_TAB):
            raise ValueError(f"unknown tab {tab!r}")
        if tab != self.tab:
            self.tab = tab
            self.tabChanged.emit(tab)

    def set_lab_page(self, page: str) -> None:
        if page not in LAB_PAGES:
            raise ValueError(f"unknown gradient-lab page {page!r}")
        if page != self.lab_page:
            self.lab_page = page
            self.labPageChanged.emit(page)

    def request_forward_step(self, how: str = "step") -> None:
        self.forwardStepRequested.emit(how)

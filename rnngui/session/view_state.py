"""What the views show, as state: the canvas mode, the backward view, the highlighted weight, the
visible tab and lab page, requests to step the forward pass, and the chain-rule receipt's
request and the path of the term it points at.

A lesson step or presenter shortcut sets these; the views that own the matching controls
subscribe and follow, and write back what the user clicks. So nobody presses another view's
buttons by object name or reaches through the window to a scene.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

ROLLED, UNROLLED = "rolled", "unrolled"
MAIN_TAB, LAB_TAB = "main", "gradient_lab"
LAB_PAGES = ("through_time", "unroll", "landscape_1d", "landscape_2d", "compare", "memory",
             "stability")


@dataclass(frozen=True)
class TermPath:
    """One term of a gradient's chain-rule receipt, as the canvas lights it: the path from the
    prediction of sequence ``sequence`` (an index into the document's sequences) back through
    ``copies`` (copy indices, the term's own copy first) to where ``parameter`` acts."""

    parameter: str
    sequence: int
    copies: tuple[int, ...]


class ViewState(QObject):
    canvasModeChanged = Signal(str)  # ROLLED | UNROLLED
    receiptRequested = Signal(str)  # open the chain-rule receipt of dSSR/d(this parameter)
    termPathChanged = Signal(object)  # a TermPath, or None
    term_path: TermPath | None = None  # the receipt's term the canvas lights
    backwardChanged = Signal(bool)
    highlightChanged = Signal(object)  # a parameter name or None
    tabChanged = Signal(str)  # MAIN_TAB | LAB_TAB
    labPageChanged = Signal(str)  # one of LAB_PAGES
    forwardStepRequested = Signal(str)  # "step" (one copy) | "play" (the whole pass)
    # The run's timeline: the step whose parameters the views show, or None for the live ones
    shownStepChanged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas_mode = UNROLLED
        self.backward = False
        self.highlighted: str | None = None
        self.tab = MAIN_TAB
        self.lab_page = LAB_PAGES[0]
        self.shown_step: int | None = None  # None: the live (the document's) parameters
        self.shown_params = None  # the parameters after shown_step, exact

    def show_step(self, step: int, params: object) -> None:
        """Show the parameters after ``step`` of the run (the state computes them exactly)."""
        if step == self.shown_step and params == self.shown_params:
            return
        self.shown_step, self.shown_params = int(step), params
        self.shownStepChanged.emit(self.shown_step)

    def show_live(self) -> None:
        if self.shown_step is not None:
            self.shown_step = self.shown_params = None
            self.shownStepChanged.emit(None)

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

    def request_receipt(self, parameter: str) -> None:
        """Open the chain-rule receipt of dSSR/d``parameter`` (a gradient read-out or the canvas
        asks; the canvas panel shows it)."""
        self.receiptRequested.emit(parameter)

    def set_term_path(self, path: TermPath | None) -> None:
        """The receipt's hovered or focused term: the canvas lights its path (None: no path)."""
        if path != self.term_path:
            self.term_path = path
            self.termPathChanged.emit(path)

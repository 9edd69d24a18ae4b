"""Side-by-side panels that turn into tabs when the window is too narrow for them.

On a wide screen the panels stand in a splitter, each at its own width (the user drags the
handles). When the deck is narrower than the panels' minimum widths together, the later panels
share one column as tabs ("Training | Sequences" beside the network); narrower still, every panel
is a tab. Nothing is hidden for good: a panel that left the splitter is one tab click away, and the
splitter comes back as soon as the window is wide enough again.

Each panel lives in a holder of its own, so a panel a teacher hides for a class (the panel itself
is hidden) takes its tab with it, instead of a tab widget showing it again when its tab is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

SIDE_BY_SIDE, PAIRED, TABBED = "side by side", "paired", "tabbed"


class _Holder(QWidget):
    def __init__(self, panel: QWidget, scrollable: bool) -> None:
        super().__init__()
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if scrollable:
            # For a panel of fixed rows (a list, a form, a table, a chart) that cannot fold:
            # on a short screen it scrolls, on a tall one it shows whole without a scroll bar.
            self.scroll = QScrollArea(objectName=f"{panel.objectName()}Scroll")
            self.scroll.setWidgetResizable(True)
            self.scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scroll.setWidget(panel)
            layout.addWidget(self.scroll)
        else:
            layout.addWidget(panel)

    def minimum_width(self) -> int:
        extra = 0
        if self.layout().itemAt(0).widget() is not self.panel:
            extra = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.panel.minimumSizeHint().width() + extra

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the panel needs: a scroll area's own hint is a few pixels, and the splitter
        would squeeze the panel below it, past the reach of a scroll bar that only goes down."""
        return QSize(self.minimum_width(), super().minimumSizeHint().height())


class PanelDeck(QWidget):
    """``panels``: (widget, tab title, stretch). The first panel keeps a column of its own
    longest (the canvas); ``tab_order`` is the order the others take as tabs."""

    arrangementChanged = Signal(str)

    def __init__(self, panels: list[tuple[QWidget, str, int]], lead: int = 0,
                 tab_order: list[int] | None = None, scrollable: tuple[int, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelDeck")
        self._titles = [title for _w, title, _s in panels]
        self._stretch = [stretch for _w, _t, stretch in panels]
        self._holders = [_Holder(widget, i in scrollable)
                         for i, (widget, _t, _s) in enumerate(panels)]
        self._lead = lead
        self._tab_order = tab_order or [i for i in range(len(panels)) if i != lead]
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="panelSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(objectName="panelTabs")  # the shared column (paired or tabbed)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The deck's minimum is its own (minimumSizeHint: the tabbed arrangement's), not the
        # side-by-side splitter's: narrowed below that, it turns the panels into tabs.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.splitter)
        self.arrangement = ""
        self._wide_sizes: list[int] | None = None  # the splitter's sizes when side by side
        for widget, _t, _s in panels:
            widget.installEventFilter(self)
        # the sizes the user dragged to, kept while the panels are tabs (and saved)
        self.splitter.splitterMoved.connect(self._remember_sizes)
        self._arrange(SIDE_BY_SIDE)

    # --- which arrangement ----------------------------------------------------------------------
    def panels(self) -> list[QWidget]:
        return [h.panel for h in self._holders]

    def _shown(self) -> list[int]:
        return [i for i, h in enumerate(self._holders) if not h.panel.isHidden()]

    def _min_width(self, i: int) -> int:
        return self._holders[i].minimum_width()

    def _beside_width(self, i: int) -> int:
        """The width a panel needs beside others: its minimum, or the width it is comfortable at
        (``comfortable_width()``, the canvas's) when that is more."""
        comfortable = getattr(self._holders[i].panel, "comfortable_width", None)
        return max(self._min_width(i), comfortable() if comfortable else 0)

    def needed_width(self, arrangement: str) -> int:
        shown = self._shown()
        handle = self.splitter.handleWidth()
        if arrangement == SIDE_BY_SIDE:
            return sum(self._beside_width(i) for i in shown) + handle * max(len(shown) - 1, 0)
        if arrangement == PAIRED:
            lead = [self._beside_width(self._lead)] if self._lead in shown else []
            rest = [self._min_width(i) for i in shown if i != self._lead]
            return sum(lead) + (max(rest) if rest else 0) + handle
        return max((self._min_width(i) for i in shown), default=0)

    def best_arrangement(self, width: int) -> str:
        for arrangement in (SIDE_BY_SIDE, PAIRED):
            if self.needed_width(arrangement) <= width:
                return arrangement
        return TABBED

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Only what the tabbed arrangement needs: the deck never makes the window wider."""
        shown = self._shown() or [self._lead]
        hints = [self._holders[i].minimumSizeHint() for i in shown]
        tab_bar = self.tabs.tabBar().sizeHint().height()
        width = max(self._holders[i].minimum_width() for i in shown)
        return QSize(width, max(h.height() for h in hints) + tab_bar)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self.best_arrangement(event.size().width()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # a panel hidden or shown for a class: its tab goes or comes back
        if event.type() in (QEvent.Type.HideToParent, QEvent.Type.ShowToParent):
            self._arrange(self.best_arrangement(self.width()), force=True)
        return False

    # --- building it ----------------------------------------------------------------------------
    def _arrange(self, arrangement: str, force: bool = False) -> None:
        if arrangement == self.arrangement and not force:
            return
        current = self.current_panel()
        self.arrangement = arrangement
        self.setUpdatesEnabled(False)
        try:
            self._place(arrangement)
        finally:
            self.setUpdatesEnabled(True)
        if current is not None:
            self.show_panel(current)
        self.arrangementChanged.emit(arrangement)

    def _place(self, arrangement: str) -> None:
        while self.tabs.count():
            self.tabs.removeTab(0)
        for holder in self._holders:  # parked on the deck, hidden, until placed below
            holder.setParent(self)
            holder.hide()
        self.tabs.setParent(self)
        self.tabs.hide()
        shown = set(self._shown())
        order = [self._lead, *self._tab_order]
        if arrangement == SIDE_BY_SIDE:
            for i, holder in enumerate(self._holders):
                self.splitter.addWidget(holder)
                self.splitter.setStretchFactor(i, self._stretch[i])
                holder.setVisible(i in shown)
            if self._wide_sizes:  # once laid out: before, the stretch factors would win
                QTimer.singleShot(0, self, self._apply_wide_sizes)  # dropped if the deck is gone
            return
        in_tabs = order if arrangement == TABBED else self._tab_order
        if arrangement == PAIRED:
            lead = self._holders[self._lead]
            self.splitter.addWidget(lead)
            lead.setVisible(self._lead in shown)
        for i in in_tabs:
            self._holders[i].setVisible(True)
            if i in shown:
                self.tabs.addTab(self._holders[i], self._titles[i])
        self.splitter.addWidget(self.tabs)
        self.tabs.setVisible(self.tabs.count() > 0)
        if arrangement == PAIRED:
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)

    def _remember_sizes(self, *_: object) -> None:
        if self.arrangement == SIDE_BY_SIDE:
            self._wide_sizes = self.splitter.sizes()

    def _apply_wide_sizes(self) -> None:
        if self.arrangement == SIDE_BY_SIDE and self._wide_sizes:
            # in proportion: given fewer pixels than it has, a splitter hands the rest out by
            # stretch factor, and the user's proportions are lost
            total = sum(self._wide_sizes) or 1
            room = self.splitter.width() - self.splitter.handleWidth() * (len(self._holders) - 1)
            self.splitter.setSizes([round(s * room / total) for s in self._wide_sizes])

    def set_sizes(self, sizes: list[int]) -> None:
        """The panels' widths side by side (scaled to the room there is), now or when the
        window is next wide enough."""
        self._wide_sizes = list(sizes)
        self._apply_wide_sizes()

    # --- for the window -------------------------------------------------------------------------
    def current_panel(self) -> QWidget | None:
        holder = self.tabs.currentWidget() if self.tabs.count() else None
        return holder.panel if isinstance(holder, _Holder) else None

    def show_panel(self, widget: QWidget) -> bool:
        """Bring the panel holding ``widget`` to the front (its tab, when it is one)."""
        for holder in self._holders:
            if holder.panel is widget or holder.panel.isAncestorOf(widget):
                index = self.tabs.indexOf(holder)
                if index >= 0:
                    self.tabs.setCurrentIndex(index)
                return True
        return False

    def save_state(self) -> QByteArray:
        """The side-by-side sizes (the last ones, when the panels are tabs just now)."""
        if self.arrangement == SIDE_BY_SIDE:
            return self.splitter.saveState()
        if not self._wide_sizes:
            return QByteArray()
        probe = QSplitter()
        for _ in self._holders:
            probe.addWidget(QWidget())
        probe.setSizes(self._wide_sizes)
        data = probe.saveState()
        probe.deleteLater()
        return data

    def restore_state(self, data: QByteArray) -> bool:
        if not data:
            return False
        if self.arrangement == SIDE_BY_SIDE and self.splitter.restoreState(data):
            self._wide_sizes = self.splitter.sizes()
            return True
        # restored later, when the window is wide enough for the panels side by side
        probe = QSplitter()
        for _ in self._holders:
            probe.addWidget(QWidget())
        if probe.restoreState(data):
            self._wide_sizes = probe.sizes()
        probe.deleteLater()
        return bool(self._wide_sizes)

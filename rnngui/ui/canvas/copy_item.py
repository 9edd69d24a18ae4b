"""What a copy on the canvas is, whichever cell it draws: its numbers, its weight chips, its
place in a wrapped row, and the mouse on its chips. The RNN's ``CopyItem`` and the LSTM's
``LSTMCopyItem`` differ only in their geometry and their painting (items.py, lstm_items.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainterPath, QPolygonF, QStaticText, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
)

from .model import CanvasModel

CHIP_PAD = 4.0


def static_text(text: str, font: QFont) -> QStaticText:
    """Text laid out once and drawn many times (drawText lays it out on every paint)."""
    st = QStaticText(text)
    st.setTextFormat(Qt.TextFormat.PlainText)
    st.prepare(QTransform(), font)
    return st


class CopyBase(QGraphicsItem):
    """Copy t of the unrolled network (or, rolled, the one network showing copy t's numbers).

    A subclass gives its geometry: ``WEIGHT_KEYS``, ``column_rect()``, ``text_rect()``,
    ``wrap_paths()``, ``base_rect()`` and ``tip()``; and paints."""

    WEIGHT_KEYS: Sequence[str] = ()

    def __init__(self, model: CanvasModel, kit, t: int, rolled: bool = False) -> None:
        super().__init__()
        self.model, self.kit, self.t, self.rolled = model, kit, t, rolled
        self.setAcceptHoverEvents(True)
        self._rect = self.base_rect()
        self._static: dict[tuple[str, int], tuple[str, QStaticText]] = {}
        self.wrap_col: int | None = None  # last copy of a row: its loop runs to the next row

    # --- geometry (the subclass's) ------------------------------------------------------------
    def column_rect(self) -> QRectF:
        raise NotImplementedError

    def text_rect(self, key: str, width: float, height: float) -> QRectF:
        raise NotImplementedError

    def wrap_paths(self, col: int) -> Iterable[Sequence[QPointF]]:
        """The lines a row's last copy draws back to the next row."""
        raise NotImplementedError

    def base_rect(self) -> QRectF:
        return self.column_rect()

    def tip(self, key: str) -> str:
        return ""

    def set_wrap(self, col: int | None) -> None:
        """Make this copy the last of its row (at column ``col``), or not (None)."""
        if col == self.wrap_col:
            return
        self.prepareGeometryChange()
        self.wrap_col = col
        rect = self.base_rect()
        if col is not None:
            for path in self.wrap_paths(col):
                rect = rect.united(QPolygonF(list(path)).boundingRect().adjusted(-8, -8, 8, 8))
        self._rect = rect

    # --- what is shown -------------------------------------------------------------------------
    def index(self) -> int:
        """The copy whose numbers this item shows (rolled: the step-through's, else the last)."""
        if not self.rolled:
            return self.t
        m = self.model
        return m.step if m.step >= 0 else m.copies - 1

    def is_last(self) -> bool:
        return self.index() == self.model.copies - 1

    def texts(self) -> dict[str, str]:
        """Exactly the strings this copy paints (shared with tests and export)."""
        return self.model.labels(self.index())

    def label(self, key: str, text: str, font: QFont) -> QStaticText:
        """The laid-out text of a label, kept while its text stays the same (restyles mostly
        change a few numbers; the rest keep their layout)."""
        slot = (key, id(font))
        cached = self._static.get(slot)
        if cached is None or cached[0] != text:
            cached = (text, static_text(text, font))
            self._static[slot] = cached
        return cached[1]

    def chip_rect(self, key: str) -> QRectF:
        size = self.label(key, self.texts()[key], self.kit.bold).size()
        return self.text_rect(key, size.width() + 2 * CHIP_PAD, size.height() + 2)

    def chip_at(self, pos: QPointF) -> str | None:
        for key in self.WEIGHT_KEYS:
            if self.chip_rect(key).adjusted(-2, -2, 2, 2).contains(pos):
                return key
        return None

    # --- QGraphicsItem ----------------------------------------------------------------------------
    def frame_rect(self) -> QRectF:
        """The forward step's frame: around this copy's column only (the rect of a row's last
        copy also holds its loop back to the next row, across the other copies)."""
        return self.column_rect().adjusted(6, 4, -6, -4)

    def kit_changed(self) -> None:
        """The kit's fonts changed (presenter mode): lay the labels out again."""
        self.prepareGeometryChange()
        self._static.clear()
        self.update()

    def hit_rect(self) -> QRectF:
        return self.column_rect()

    def shape(self) -> QPainterPath:
        """Clicks and hovers find the copy by its column, not by its label's overflow."""
        path = QPainterPath()
        path.addRect(self.hit_rect())
        return path

    # --- interaction ------------------------------------------------------------------------------
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        key = self.chip_at(event.pos())
        self.setCursor(Qt.CursorShape.PointingHandCursor if key else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self.tip(key) if key else "")
        if key != self.model.hovered:
            self._hover(key)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        if self.model.hovered is not None:
            self._hover(None)

    def _hover(self, key: str | None) -> None:
        scene = self.scene()
        if hasattr(scene, "hover_weight"):
            scene.hover_weight(key)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        key = self.chip_at(event.pos())
        if key is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()  # let the view pan
            return
        scene = self.scene()
        if hasattr(scene, "select_weight"):
            scene.select_weight(None if self.model.selected == key else key)
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        key = self.chip_at(event.pos())
        scene = self.scene()
        if key is None or not hasattr(scene, "weightEditRequested"):
            event.ignore()
            return
        scene.weightEditRequested.emit(key, self.mapRectToScene(self.chip_rect(key)))
        event.accept()

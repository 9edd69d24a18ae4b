"""The lit path of one chain-rule term on the unrolled canvas (the receipt's hovered term).

A term of dSSR/dw1 for copy t is the product of what the gradient meets on its way from the
prediction back to copy t: the output's w3, down every copy's activation, round every feedback
loop between copy t and the last copy (one w2 each), and into copy t where w1 meets x_t. This
item draws exactly that way as a broad band in the highlight colour *under* the copies' own
edges (so the numbers stay readable), a frame round the term's copy and rings where the error
enters (the prediction) and where the parameter acts. One item, lines in scene coordinates, so it
costs nothing while no term is lit and draws the same whether the copies or the far-out sketch
are on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...session.view_state import TermPath
from .layout import (
    EDGE_RELU_OUT,
    EDGE_SUM_RELU,
    EDGE_X_SUM,
    LOOP_IN,
    LOOP_OUT,
    OUT_Y,
    RELU_H,
    RELU_Y,
    SUM_Y,
    TAP_Y,
    R,
    column_rect,
    copy_pos,
    wrap_path,
)

BAND_PX = 12.0  # the band's width in scene units at a readable zoom ...
MIN_BAND_SCREEN_PX = 5.0  # ... and never thinner than this on screen (zoomed far out)
BAND_ALPHA = 150  # of 255: the edges and numbers under the band stay readable


def _lines(points, offset: QPointF) -> list[QLineF]:
    return [QLineF(a + offset, b + offset) for a, b in zip(points[:-1], points[1:])]


def path_geometry(path: TermPath, copies: int, per_row: int
                  ) -> tuple[list[QLineF], QRectF, list[QRectF]]:
    """(the band's lines, the frame round the term's copy, the rings) in scene coordinates,
    for a sequence of ``copies`` copies laid out ``per_row`` to a row."""
    lines: list[QLineF] = []
    rings: list[QRectF] = []
    last = copies - 1
    first = path.copies[0]
    end = copy_pos(last, per_row)
    rings.append(QRectF(end.x() - R - 6, end.y() + OUT_Y - R - 6, 2 * R + 12, 2 * R + 12))
    if path.parameter in ("w3", "b2"):
        lines += _lines(EDGE_RELU_OUT, end)
        if path.parameter == "w3":
            lines += _lines(EDGE_SUM_RELU, end)  # y itself, what w3 multiplies
    else:
        for c in path.copies:
            o = copy_pos(c, per_row)
            lines += _lines(EDGE_SUM_RELU, o)
            if c == last:
                lines += _lines(EDGE_RELU_OUT, o)
            else:  # up to where y leaves, and round the loop into the next copy
                lines.append(QLineF(QPointF(0, RELU_Y - RELU_H / 2) + o, QPointF(0, TAP_Y) + o))
                wraps = (c + 1) % per_row == 0
                lines += _lines(wrap_path(per_row - 1) if wraps else LOOP_OUT, o)
            if c != first:
                lines += _lines(LOOP_IN, o)
        o = copy_pos(first, per_row)
        if path.parameter == "w1":
            lines += _lines(EDGE_X_SUM, o)
        elif path.parameter == "w2":
            lines += _lines(LOOP_IN, o)  # y_(t-1) arriving round the loop: what w2 multiplies
            if first > 0:  # ... from the copy before, where it left its ReLU
                before = copy_pos(first - 1, per_row)
                lines.append(QLineF(QPointF(0, RELU_Y - RELU_H / 2) + before,
                                    QPointF(0, TAP_Y) + before))
                wraps = first % per_row == 0
                lines += _lines(wrap_path(per_row - 1) if wraps else LOOP_OUT, before)
        else:  # b1 is added in the sum
            rings.append(QRectF(o.x() - R - 6, o.y() + SUM_Y - R - 6, 2 * R + 12, 2 * R + 12))
    frame = column_rect().adjusted(4, 2, -4, -2).translated(copy_pos(first, per_row))
    return lines, frame, rings


class PathOverlay(QGraphicsItem):
    """Draws one TermPath (or nothing); the scene lays it out again when the copies rewrap."""

    def __init__(self) -> None:
        super().__init__()
        self.path: TermPath | None = None
        self._lines: list[QLineF] = []
        self._frame = QRectF()
        self._rings: list[QRectF] = []
        self._rect = QRectF()
        self.colour = QColor("#3d7be0")
        self.setZValue(-0.5)  # above the far-out sketch, under the copies' edges and numbers
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the copies
        self.setAcceptHoverEvents(False)

    @property
    def lit(self) -> bool:
        return self.path is not None

    def set_path(self, path: TermPath | None, copies: int, per_row: int) -> None:
        self.prepareGeometryChange()
        self.path = path
        if path is None or not path.copies or max(path.copies) >= copies:
            self.path = None
            self._lines, self._frame, self._rings, self._rect = [], QRectF(), [], QRectF()
        else:
            self._lines, self._frame, self._rings = path_geometry(path, copies, per_row)
            rect = QRectF(self._frame)
            for line in self._lines:
                rect = rect.united(QRectF(line.p1(), line.p2()).normalized())
            for ring in self._rings:
                rect = rect.united(ring)
            self._rect = rect.adjusted(-60, -60, 60, 60)  # room for a band widened far out
        self.update()

    def frame_rect(self) -> QRectF:
        """The term's copy, in scene coordinates (the canvas scrolls it into view)."""
        return QRectF(self._frame)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.path is None:
            return
        lod = max(option.levelOfDetailFromTransform(painter.worldTransform()), 1e-6)
        colour = QColor(self.colour)
        colour.setAlpha(BAND_ALPHA)
        band = QPen(colour, max(BAND_PX, MIN_BAND_SCREEN_PX / lod))
        band.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(band)
        painter.drawLines(self._lines)
        outline = QPen(self.colour, max(4.0, 2.5 / lod))
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._frame, 14, 14)
        for ring in self._rings:
            painter.drawEllipse(ring)

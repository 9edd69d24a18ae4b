"""The whole unrolled chain as one item, for zooms too small to read a number (level of detail).

Far out, painting hundreds of copy items one by one costs a Python call and a dozen draw calls
each: 200 copies took 19 ms a frame. This item holds the chain as lists of lines (built when
the layout changes) and the backward view's strokes grouped into colour bands (rebuilt when the
numbers change), so a frame is a handful of drawPath calls whatever the length.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .layout import (
    EDGE_RELU_OUT,
    EDGE_X_SUM,
    LOOP_IN,
    LOOP_OUT,
    OUT_Y,
    RELU_H,
    RELU_W,
    RELU_Y,
    SUM_Y,
    X_Y,
    R,
    copy_pos,
    wrap_path,
)
from .model import CanvasModel

BANDS = 12  # colour bands of the backward view's log scale


def _add_polyline(lines: list[QLineF], points, offset: QPointF) -> None:
    for a, b in zip(points[:-1], points[1:]):
        lines.append(QLineF(a + offset, b + offset))


class ChainSketch(QGraphicsItem):
    def __init__(self, model: CanvasModel) -> None:
        super().__init__()
        self.model = model
        self.kit = None
        self._rect = QRectF()
        # Line and rectangle lists: QPainter draws a list in one call, without the path stroker
        # (a path of thousands of subpaths took 1.7 ms a copy to stroke).
        self._chain: list[QLineF] = []  # x -> sum -> ReLU -> out of every copy
        self._nodes: list[QRectF] = []
        self._loops: list[QLineF] = []
        self._prediction = QRectF()
        self.gradients = GradientSketch(self)
        self._per_row = 1
        self.setZValue(-1)
        # Repaints between changes (panning, a training update that moves no line) blit a pixmap.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def layout(self, per_row: int, rect: QRectF) -> None:
        """Rebuild the lines for ``per_row`` copies a row (a shape change, not a params change)."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self._per_row = per_row
        n = self.model.copies
        chain: list[QLineF] = []
        nodes: list[QRectF] = []
        loops: list[QLineF] = []
        for t in range(n):
            o = copy_pos(t, per_row)
            chain.append(QLineF(EDGE_X_SUM[0] + o, EDGE_RELU_OUT[1] + o))
            for y in (X_Y, SUM_Y, OUT_Y):
                nodes.append(QRectF(o.x() - R, o.y() + y - R, 2 * R, 2 * R))
            nodes.append(QRectF(o.x() - RELU_W / 2, o.y() + RELU_Y - RELU_H / 2, RELU_W, RELU_H))
            _add_polyline(loops, LOOP_IN, o)
            if t < n - 1:
                wraps = (t + 1) % per_row == 0
                _add_polyline(loops, wrap_path(per_row - 1) if wraps else LOOP_OUT, o)
        last = copy_pos(n - 1, per_row)
        self._prediction = QRectF(last.x() - 1.5 * R, last.y() + OUT_Y - 1.5 * R, 3 * R, 3 * R)
        self._chain, self._nodes, self._loops = chain, nodes, loops
        self.gradients.prepareGeometryChange()
        self.restyle()
        self.update()

    def restyle(self) -> None:
        """The backward view's strokes, one list per colour band (new numbers, same shape)."""
        m = self.model
        bands = self.gradients.bands
        if not m.backward or self.kit is None:
            if bands:
                bands.clear()
                self.gradients.update()
            return
        bands.clear()
        groups: dict[tuple[int, int], list[QLineF]] = {}
        samples: dict[tuple[int, int], float] = {}
        series = [(0, m.sensitivity, m.scale_x, EDGE_X_SUM)]
        if m.shares is not None:
            series.append((1, m.shares, m.scale_w2, LOOP_IN))
        for kind, values, scale, points in series:
            for t, value in enumerate(values.tolist()):
                k = scale.position(value)
                if k is None:
                    continue
                band = min(BANDS - 1, int(k * BANDS))
                samples[(kind, band)] = value
                _add_polyline(groups.setdefault((kind, band), []), points,
                              copy_pos(t, self._per_row))
        for key, lines in groups.items():
            scale = m.scale_x if key[0] == 0 else m.scale_w2
            value = samples[key]
            pen = QPen(scale.colour(value, m.colours), max(1.0, scale.width(value) / 2))
            pen.setCosmetic(True)
            bands.append((pen, lines))
        self.gradients.update()  # only the strokes repaint; the chain stays a cached pixmap

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        k = self.kit
        if k is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # lines of a pixel or two
        painter.setPen(k.sketch_loop)
        painter.drawLines(self._loops)
        painter.setPen(k.sketch_edge)
        painter.drawLines(self._chain)
        painter.setPen(k.sketch_node)
        painter.setBrush(k.node_fill)
        painter.drawRects(self._nodes)
        painter.setPen(k.sketch_prediction)
        painter.setBrush(QColor(k.colours.good))
        painter.drawEllipse(self._prediction)
        step = self.model.step
        if step >= 0:
            o = copy_pos(step, self._per_row)
            painter.setPen(k.sketch_current)
            painter.setBrush(k.no_brush)
            painter.drawRect(QRectF(o.x() - 140, o.y() + 10, 280, X_Y + R + 20))


class GradientSketch(QGraphicsItem):
    """The backward view's strokes over the sketched chain: repainted on every new set of numbers
    while the chain under them stays cached."""

    def __init__(self, chain: ChainSketch) -> None:
        super().__init__(chain)
        self.bands: list[tuple[QPen, list[QLineF]]] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.parentItem().boundingRect()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, lines in self.bands:
            painter.setPen(pen)
            painter.drawLines(lines)

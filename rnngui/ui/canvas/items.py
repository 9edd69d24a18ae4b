"""One copy of the network as one graphics item: nodes, edges, weight chips and numbers.

Why one item per copy and not one per label: 1,000 copies would be 20,000 items to index, hover
and restyle. A copy item paints its parts from the shared CanvasModel, and only at a zoom where
they can be read (level of detail), so a params change costs one scene update and the labels of
the copies on screen are formatted when they are painted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import (
    QStyleOptionGraphicsItem,
    QWidget,
)

from .copy_item import CopyBase, static_text
from .format import activation_label
from .layout import (
    COL_W,
    EDGE_RELU_OUT,
    EDGE_SUM_RELU,
    EDGE_X_SUM,
    LOOP_IN,
    LOOP_OUT,
    LOOP_ROLLED,
    OUT_Y,
    RELU_H,
    RELU_W,
    RELU_Y,
    SUM_Y,
    TAP_Y,
    WEIGHT_KEYS,
    X_Y,
    R,
    column_rect,
    text_rect,
    wrap_path,
)
from .palette import CanvasColours

FONT_PX = 13
TEXT_LOD = 0.5  # below this zoom a 13 px label is under 6.5 px on screen: not drawn
MID_LOD = 0.22  # between MID_LOD and TEXT_LOD a few key numbers are drawn, big
BIG_FONT_PX = 28
# The key numbers of the middle zoom, big: (x, y of the text's centre, alignment)
# How far the big y label ("y100 = -1.23e-15" at BIG_FONT_PX) reaches past a copy's column: a
# copy's bounding rect includes it, so repainting one copy alone repaints all of its label.
BIG_LABEL_OVERFLOW = 110.0
BIG_SPOTS = {
    "x": (0.0, X_Y + R + 20, "centre"),
    "sensitivity": (0.0, X_Y + R + 52, "centre"),
    "y": (10.0, TAP_Y - 24, "left"),
    "output": (0.0, OUT_Y - R - 20, "centre"),
}
SHAPE_LOD = 0.12  # below this zoom a copy is drawn as a few lines
# Presenter mode: every number drawn at least this tall on screen, for the back row. The full
# labels then need a zoom of 14/13; below it the key numbers are drawn big, down to the zoom at
# which even they would be smaller (then the sketch).
PRESENTER_MIN_PX = 14.0
PRESENTER_BIG_FONT_PX = 48
BIG_LABEL_GAP = 40.0  # scene px kept free between a big label and the next copy's column
VALUE_KEYS = ("x", "w1x", "w2y", "sum", "y", "output", "target", "residual", "ignored",
              "sensitivity", "share")
WEIGHT_EDGES = {"w1": "x_sum", "w2": "loop", "w3": "relu_out"}
TIPS = {
    "w1": "w1 multiplies the input x. The same w1 in every copy; double-click to edit.",
    "w2": "w2 multiplies y around the feedback loop. The same w2 in every copy; double-click to "
    "edit.",
    "b1": "b1 is added to the sum. The same b1 in every copy; double-click to edit.",
    "w3": "w3 multiplies y on its way to the output. The same w3 in every copy; double-click to "
    "edit.",
    "b2": "b2 is added to the output. The same b2 in every copy; double-click to edit.",
}


class PaintKit:
    """Pens, brushes and fonts made once per palette (making them per paint costs time)."""

    def __init__(self, colours: CanvasColours) -> None:
        c = colours
        self.colours = c
        self.font = QFont()
        self.font.setPixelSize(FONT_PX)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.node_font = QFont(self.font)
        self.node_font.setPixelSize(15)
        self.node_font.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.big = QFont(self.font)
        self.big.setPixelSize(BIG_FONT_PX)
        self.big_metrics = QFontMetricsF(self.big)
        self.bold_metrics = QFontMetricsF(self.bold)
        self._normal_big, self._presenter_big = self.big, QFont(self.big)
        self._presenter_big.setPixelSize(PRESENTER_BIG_FONT_PX)
        self.set_presenter(False)
        self.edge = QPen(c.edge, 2)
        self.grey_edge = QPen(c.grey, 1.5, Qt.PenStyle.DashLine)
        self.loop = QPen(c.loop, 2.5)
        self.node = QPen(c.node_line, 2)
        self.grey_node = QPen(c.grey, 1.5)
        self.prediction = QPen(c.good, 3.5)
        self.current = QPen(c.current, 4)
        self.highlight = QPen(c.highlight, 6)
        self.text = QPen(c.text)
        self.grey = QPen(c.grey)
        self.node_fill = QBrush(c.node_fill)
        self.chip_fill = QBrush(c.chip_fill)
        self.highlight_fill = QBrush(c.highlight)
        self.highlight_text = QPen(c.highlight_text)
        self.no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self.symbols = {
            name: static_text(text, font)
            for name, text, font in (("x", "x", self.node_font), ("sum", "Σ", self.node_font),
                                     ("out", "out", self.node_font))
        }
        self.activation_texts: dict[str, QStaticText] = {}
        # Zoomed far out, pens keep a width in screen pixels so the chain stays visible.
        self.sketch_edge = QPen(c.edge, 1.2)
        self.sketch_loop = QPen(c.loop, 1.5)
        self.sketch_grey = QPen(c.grey, 1.0)
        self.sketch_node = QPen(c.node_line, 1.2)
        self.sketch_prediction = QPen(c.good, 2.5)
        self.sketch_current = QPen(c.current, 3)
        for pen in (self.sketch_edge, self.sketch_loop, self.sketch_grey, self.sketch_node,
                    self.sketch_prediction, self.sketch_current):
            pen.setCosmetic(True)

    def set_presenter(self, on: bool) -> None:
        """Level-of-detail thresholds and the big font for a projector (see PRESENTER_MIN_PX)."""
        self.presenter = bool(on)
        self.big = self._presenter_big if on else self._normal_big
        self.big_metrics = QFontMetricsF(self.big)
        self.text_lod = PRESENTER_MIN_PX / FONT_PX if on else TEXT_LOD
        self.mid_lod = PRESENTER_MIN_PX / PRESENTER_BIG_FONT_PX if on else MID_LOD
        # how far the big y label reaches past its column grows with its font
        self.big_overflow = BIG_LABEL_OVERFLOW * self.big.pixelSize() / BIG_FONT_PX

    def drawn_font_px(self, lod: float) -> float:
        """The pixel size (scene units) of the numbers drawn at this zoom; 0 when none are."""
        if lod >= self.text_lod:
            return float(FONT_PX)
        if lod >= self.mid_lod:
            return float(self.big.pixelSize())
        return 0.0

    def activation(self, activation: str) -> QStaticText:
        text = self.activation_texts.get(activation)
        if text is None:
            text = self.activation_texts[activation] = static_text(
                activation_label(activation), self.bold)
        return text


def draw_centred(p: QPainter, centre: QPointF, st: QStaticText) -> None:
    size = st.size()
    p.drawStaticText(QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2), st)


def _arrowhead(points: Sequence[QPointF], size: float = 9.0) -> QPolygonF:
    tip, before = points[-1], points[-2]
    dx, dy = tip.x() - before.x(), tip.y() - before.y()
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    ux, uy = dx / length, dy / length
    base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    return QPolygonF([tip, QPointF(base.x() - uy * size * 0.5, base.y() + ux * size * 0.5),
                      QPointF(base.x() + uy * size * 0.5, base.y() - ux * size * 0.5)])


ARROWS = {id(points): _arrowhead(points)
          for points in (EDGE_X_SUM, EDGE_SUM_RELU, EDGE_RELU_OUT, LOOP_IN, LOOP_ROLLED)}
POLYLINES = {id(points): QPolygonF(list(points))
             for points in (LOOP_IN, LOOP_OUT, LOOP_ROLLED, EDGE_X_SUM)}


def polyline(points: Sequence[QPointF]) -> QPolygonF:
    return POLYLINES.get(id(points)) or QPolygonF(list(points))


class CopyItem(CopyBase):
    """Copy t of the unrolled network (or, rolled, the one network showing copy t's numbers)."""

    WEIGHT_KEYS = WEIGHT_KEYS

    def column_rect(self) -> QRectF:
        return column_rect()

    def text_rect(self, key: str, width: float, height: float) -> QRectF:
        return text_rect(key, width, height)

    def wrap_paths(self, col: int):
        return (wrap_path(col),)

    def tip(self, key: str) -> str:
        return TIPS.get(key, "")

    def hit_rect(self) -> QRectF:
        return self._rect  # the column, and a row's last copy's loop to the next row

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect.adjusted(0, 0, self.kit.big_overflow, 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        m, k = self.model, self.kit
        t = self.index()
        reached = m.reached(t)
        last = t == m.copies - 1
        if lod < SHAPE_LOD:
            self._paint_sketch(painter, reached, last)
            return
        if m.step == t:
            painter.setPen(k.current)
            painter.setBrush(k.no_brush)
            painter.drawRoundedRect(self.frame_rect(), 14, 14)
        self._paint_edges(painter, reached, last)
        self._paint_nodes(painter, reached, last)
        if lod >= k.text_lod:
            self._paint_labels(painter, reached, last)
        elif lod >= k.mid_lod:
            self._paint_big_labels(painter, reached, last)

    def _paint_sketch(self, p: QPainter, reached: bool, last: bool) -> None:
        """Zoomed far out: the shape of the chain, and the backward view's colours."""
        k, m = self.kit, self.model
        p.setPen(k.sketch_edge if reached else k.sketch_grey)
        p.drawLine(EDGE_X_SUM[0], EDGE_RELU_OUT[1])
        p.setPen(k.sketch_loop if reached else k.sketch_grey)
        self._draw_loop_lines(p, arrows=False)
        if m.backward:
            self._paint_backward(p, cosmetic=True)
        p.setPen(k.sketch_prediction if last else (k.sketch_node if reached else k.sketch_grey))
        p.setBrush(k.node_fill)
        p.drawRect(QRectF(-R, OUT_Y - R, 2 * R, 2 * R))
        p.drawRect(QRectF(-R, X_Y - R, 2 * R, 2 * R))

    def _draw_loop_lines(self, p: QPainter, arrows: bool = True) -> None:
        polylines = [LOOP_ROLLED] if self.rolled else [LOOP_IN]
        outgoing = LOOP_OUT if self.wrap_col is None else wrap_path(self.wrap_col)
        if not self.rolled and not self.is_last():
            polylines.append(outgoing)
        for points in polylines:
            p.drawPolyline(polyline(points))
            if arrows and points is not outgoing:
                p.setBrush(p.pen().color())
                p.drawPolygon(ARROWS[id(points)])

    def _edge_pen(self, name: str, reached: bool) -> QPen:
        k = self.kit
        if not reached:
            return k.grey_edge
        if name == "loop":
            return k.loop
        return k.edge

    def _paint_backward(self, p: QPainter, cosmetic: bool = False) -> None:
        """Gradient sizes as thick coloured strokes under the edges they flow back along."""
        m = self.model
        t = self.index()
        for value, scale, points in (
            (float(m.sensitivity[t]), m.scale_x, EDGE_X_SUM),
            (None if m.shares is None else float(m.shares[t]), m.scale_w2,
             LOOP_ROLLED if self.rolled else LOOP_IN),
        ):
            if value is None:
                continue
            width = scale.width(value)
            pen = QPen(scale.colour(value, m.colours), width / 2 if cosmetic else width)
            pen.setCosmetic(cosmetic)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if value == 0.0:
                pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.drawPolyline(polyline(points))

    def _paint_edges(self, p: QPainter, reached: bool, last: bool) -> None:
        k, m = self.kit, self.model
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlighted = m.highlighted
        if highlighted in WEIGHT_EDGES:
            p.setPen(k.highlight)
            name = WEIGHT_EDGES[highlighted]
            if name == "loop":
                self._draw_loop_lines(p, arrows=False)
            else:
                p.drawLine(*(EDGE_X_SUM if name == "x_sum" else EDGE_RELU_OUT))
        if m.backward:
            self._paint_backward(p)
        for name, points in (("x_sum", EDGE_X_SUM), ("sum_relu", EDGE_SUM_RELU)):
            p.setPen(self._edge_pen(name, reached))
            p.drawLine(*points)
            p.setBrush(p.pen().color())
            p.drawPolygon(ARROWS[id(points)])
        p.setPen(self._edge_pen("relu_out", reached) if last else k.grey_edge)
        p.drawLine(*EDGE_RELU_OUT)
        p.setBrush(p.pen().color())
        p.drawPolygon(ARROWS[id(EDGE_RELU_OUT)])
        p.setPen(self._edge_pen("loop", reached))
        self._draw_loop_lines(p)
        p.setBrush(p.pen().color())
        p.drawEllipse(QPointF(0, TAP_Y), 3.5, 3.5)

    def _paint_nodes(self, p: QPainter, reached: bool, last: bool) -> None:
        k = self.kit
        p.setFont(k.node_font)
        pen = k.node if reached else k.grey_node
        for centre, symbol in ((QPointF(0, X_Y), "x"), (QPointF(0, SUM_Y), "sum")):
            p.setPen(pen)
            p.setBrush(k.node_fill)
            p.drawEllipse(centre, R, R)
            p.setPen(k.text if reached else k.grey)
            draw_centred(p, centre, k.symbols[symbol])
        relu = QRectF(-RELU_W / 2, RELU_Y - RELU_H / 2, RELU_W, RELU_H)
        p.setPen(pen)
        p.setBrush(k.node_fill)
        p.drawRoundedRect(relu, 6, 6)
        p.setFont(k.bold)
        p.setPen(k.text if reached else k.grey)
        draw_centred(p, relu.center(), k.activation(self.model.activation))
        p.setPen(k.prediction if last and reached else k.grey_node)
        p.setBrush(k.node_fill)
        p.drawEllipse(QPointF(0, OUT_Y), R, R)
        p.setFont(k.node_font)
        p.setPen(k.text if last and reached else k.grey)
        draw_centred(p, QPointF(0, OUT_Y), k.symbols["out"])

    def _paint_labels(self, p: QPainter, reached: bool, last: bool) -> None:
        k, m = self.kit, self.model
        texts = self.texts()
        highlighted = m.highlighted
        p.setFont(k.bold)
        for key in WEIGHT_KEYS:
            rect = self.chip_rect(key)
            on = key == highlighted
            p.setPen(QPen(m.colours.highlight if on else m.colours.edge, 1))
            p.setBrush(k.highlight_fill if on else k.chip_fill)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(k.highlight_text if on else k.text)
            draw_centred(p, rect.center(), self.label(key, texts[key], k.bold))
        p.setFont(k.font)
        for key in VALUE_KEYS:
            text = texts.get(key)
            if text is None:
                continue
            if not reached and key not in ("x", "target"):  # not computed yet
                text = text.split("=")[0] + "= ?" if "=" in text else ""
            data = key in ("x", "target")  # known before any copy is computed
            grey = (not reached and not data) or (not last and key in ("output", "ignored"))
            p.setPen(k.grey if grey else k.text)
            font = k.bold if key == "output" and last and reached else k.font
            p.setFont(font)
            st = self.label(key, text, font)
            size = st.size()
            p.drawStaticText(text_rect(key, size.width(), size.height()).topLeft(), st)

    def _paint_big_labels(self, p: QPainter, reached: bool, last: bool) -> None:
        """Zoomed out a little: only x, y, the prediction and (backward) ∂prediction/∂x, big."""
        k = self.kit
        texts = self.texts()
        p.setFont(k.big)
        p.setPen(k.text)
        for key, (x, y, align) in BIG_SPOTS.items():
            text = texts.get(key)
            if text is None or (key == "output" and not last):
                continue
            if key == "sensitivity":
                text = "∂/∂x = " + text.rsplit("= ", 1)[-1]
            elif not reached and key != "x":
                continue
            st = self.label(key, text, k.big)
            size = st.size()
            # never across the next copy's column: a long number is drawn a little smaller
            room = COL_W - (x + BIG_LABEL_GAP if align == "left" else BIG_LABEL_GAP)
            alone = last or self.wrap_col is not None  # no copy to its right in this row
            shrink = 1.0 if alone or size.width() <= 0 else min(1.0, room / size.width())
            width, height = size.width() * shrink, size.height() * shrink
            left = x if align == "left" else x - width / 2
            if shrink < 1.0:
                p.save()
                p.translate(left, y - height / 2)
                p.scale(shrink, shrink)
                p.drawStaticText(QPointF(0, 0), st)
                p.restore()
            else:
                p.drawStaticText(QPointF(left, y - height / 2), st)


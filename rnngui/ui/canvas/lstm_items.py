"""One copy of the LSTM unit as one graphics item, drawn as the chapter draws it.

The same habits as the RNN's ``CopyItem`` (items.py): one item per copy, painted from the shared
``CanvasModel``, numbers only at a zoom where they can be read, chips that highlight on a click
and open the in-place editor on a double-click. Geometry: ``lstm_layout.py``; words and numbers:
``lstm_format.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QStyleOptionGraphicsItem,
    QWidget,
)

from . import lstm_layout as L
from .copy_item import CopyBase, static_text
from .items import (
    MID_LOD,
    SHAPE_LOD,
    TEXT_LOD,
    PaintKit,
    _arrowhead,
    draw_centred,
)

# Keys painted as plain numbers (the rest are chips or titles).
VALUE_KEYS = (
    "x", "long_in", "short_in", "kept", "added", "long", "tanh_long", "short", "forget", "input",
    "potential", "output", "forget_sum", "input_sum", "potential_sum", "output_sum",
    "prediction", "target", "residual", "sensitivity", "long_sensitivity",
)  # fmt: skip
DATA_KEYS = ("x", "target")  # known before any copy is computed
TITLE_KEYS = tuple(f"{g}_title" for g in L.GATES)
BIG_SPOTS = {  # the middle zoom's few big numbers: (x, y, alignment)
    "x": (L.XX - 22, L.X_Y + L.R + 20, "left"),
    "long": (0.0, L.LONG_Y - 30, "centre"),
    "short": (L.XT - 10, L.SHORT_Y + 34, "right"),
    "prediction": (L.XT + 10, L.BOX_Y + 60, "left"),
}
TIPS = {
    "wlr1": "wlr1 multiplies the short-term memory h in the forget gate",
    "wlr2": "wlr2 multiplies the input x in the forget gate",
    "blr1": "blr1 is the forget gate's bias",
    "wpr1": "wpr1 multiplies h in the input gate (% of the potential memory to remember)",
    "wpr2": "wpr2 multiplies x in the input gate",
    "bpr1": "bpr1 is the input gate's bias",
    "wp1": "wp1 multiplies h in the potential long-term memory",
    "wp2": "wp2 multiplies x in the potential long-term memory",
    "bp1": "bp1 is the potential memory's bias",
    "wo1": "wo1 multiplies h in the output gate (% of the potential short-term memory)",
    "wo2": "wo2 multiplies x in the output gate",
    "bo1": "bo1 is the output gate's bias",
}
TIP_TAIL = ". The same value in every copy; click to highlight it everywhere, double-click to edit."

_POLYS: dict[int, QPolygonF] = {}
_ARROWS: dict[int, QPolygonF] = {}


def _poly(points: Sequence[QPointF]) -> QPolygonF:
    poly = _POLYS.get(id(points))
    if poly is None:
        poly = _POLYS[id(points)] = QPolygonF(list(points))
    return poly


def _arrow(points: Sequence[QPointF]) -> QPolygonF:
    arrow = _ARROWS.get(id(points))
    if arrow is None:
        arrow = _ARROWS[id(points)] = _arrowhead(points)
    return arrow


class LSTMKit:
    """The LSTM's own pens on top of the shared PaintKit (made once per palette)."""

    def __init__(self, kit: PaintKit) -> None:
        c = kit.colours
        self.kit = kit
        self.long = QPen(c.good, 4)  # the long-term memory: the chapter's top line
        self.short = QPen(c.loop, 3)  # the short-term memory: the bottom line
        self.thin = QPen(c.edge, 1.6)
        self.grey = QPen(c.grey, 1.5, Qt.PenStyle.DashLine)
        for pen in (self.long, self.short):
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.small = QFont(kit.font)
        self.small.setPixelSize(11)
        self.small.setItalic(True)
        self.symbols = {s: static_text(s, kit.bold) for s in ("σ", "tanh", "×", "+", "x")}
        self.sketch_long = QPen(c.good, 2.0)
        self.sketch_short = QPen(c.loop, 1.5)
        for pen in (self.sketch_long, self.sketch_short):
            pen.setCosmetic(True)


_KITS: dict[int, LSTMKit] = {}


def lstm_kit(kit: PaintKit) -> LSTMKit:
    extra = _KITS.get(id(kit))
    if extra is None or extra.kit is not kit:
        _KITS.clear()  # one palette at a time
        extra = _KITS[id(kit)] = LSTMKit(kit)
    return extra


class LSTMCopyItem(CopyBase):
    """Copy t of the unrolled LSTM (or, rolled, the one unit showing copy t's numbers)."""

    WEIGHT_KEYS = L.WEIGHT_KEYS

    def column_rect(self) -> QRectF:
        return L.column_rect()

    def text_rect(self, key: str, width: float, height: float) -> QRectF:
        return L.text_rect(key, width, height)

    def wrap_paths(self, col: int):
        return L.wrap_paths(col)

    def base_rect(self) -> QRectF:
        rect = L.column_rect()
        if self.rolled:  # the loops go round the unit
            rect = rect.united(_poly(L.LONG_ROLLED).boundingRect()).united(
                _poly(L.SHORT_ROLLED).boundingRect()).adjusted(-6, -6, 6, 6)
        return rect

    def tip(self, key: str) -> str:
        return TIPS[key] + TIP_TAIL

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        m, k = self.model, self.kit
        t = self.index()
        reached = m.reached(t)
        last = t == m.copies - 1
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if lod < SHAPE_LOD:
            self._paint_sketch(painter, reached)
            return
        if m.step == t:
            painter.setPen(k.current)
            painter.setBrush(k.no_brush)
            painter.drawRoundedRect(self.frame_rect(), 14, 14)
        self._paint_highlight(painter)
        if m.backward:
            self._paint_backward(painter)
        self._paint_lines(painter, reached, last)
        self._paint_nodes(painter, reached, last)
        if lod >= TEXT_LOD:
            self._paint_labels(painter, reached, last)
        elif lod >= MID_LOD:
            self._paint_big_labels(painter, reached, last)

    # --- lines ----------------------------------------------------------------------------------
    def _memory_paths(self) -> tuple[list, list]:
        """(long-term polylines, short-term polylines) of this copy."""
        if self.rolled:
            return [L.LONG_ROLLED, L.LONG_KEPT], [L.SHORT_IN, L.SHORT_ROLLED]
        longs: list = [L.LONG_IN, L.LONG_KEPT]
        shorts: list = [L.SHORT_IN]
        if self.is_last():
            longs.append((L.LONG_OUT[0], QPointF(L.XT, L.LONG_Y)))
            shorts.append(L.SHORT_OUT[:2])  # h ends here: it is the prediction
        elif self.wrap_col is not None:
            long_wrap, short_wrap = L.wrap_paths(self.wrap_col)
            longs.append(long_wrap)
            shorts.append(short_wrap)
        else:
            longs.append(L.LONG_OUT)
            shorts.append(L.SHORT_OUT)
        return longs, shorts

    def _paint_sketch(self, p: QPainter, reached: bool) -> None:
        k, e = self.kit, lstm_kit(self.kit)
        longs, shorts = self._memory_paths()
        p.setPen(e.sketch_long if reached else k.sketch_grey)
        for points in longs:
            p.drawPolyline(_poly(points))
        p.setPen(e.sketch_short if reached else k.sketch_grey)
        for points in shorts:
            p.drawPolyline(_poly(points))
        p.setPen(k.sketch_node if reached else k.sketch_grey)
        p.setBrush(k.node_fill)
        for gate in L.GATES:
            p.drawRect(L.box_rect(gate))

    def _paint_highlight(self, p: QPainter) -> None:
        """The highlighted parameter's gate: its box, its stems and its line to the memory."""
        name = self.model.highlighted
        gate = L.PARAM_GATE.get(name) if name else None
        if gate is None:
            return
        x = L.GATE_X[gate]
        p.setPen(self.kit.highlight)
        p.setBrush(self.kit.no_brush)
        p.drawRoundedRect(L.box_rect(gate).adjusted(-4, -4, 4, 4), 8, 8)
        stem_x = x - L.STEM if name == L.GATE_PARAMS[gate][0] else x + L.STEM
        if name != L.GATE_PARAMS[gate][2]:  # a weight: the stem of what it multiplies
            p.drawLine(QPointF(stem_x, L.CHIPS_BOTTOM),
                       QPointF(stem_x, L.SHORT_Y if stem_x < x else L.XBUS_Y))
        up = {"forget": L.FORGET_UP, "input": L.INPUT_UP, "potential": L.POTENTIAL_UP,
              "output": L.OUTPUT_RIGHT}[gate]
        p.drawLine(*up)

    def _paint_backward(self, p: QPainter) -> None:
        """Gradient sizes as thick coloured strokes: ∂prediction/∂x_t along the input's way in,
        ∂prediction/∂c_t along the long-term memory leaving the copy."""
        m = self.model
        t = self.index()
        long_path = L.LONG_OUT
        if not self.rolled and self.wrap_col is not None and not self.is_last():
            long_path = L.wrap_paths(self.wrap_col)[0]
        elif self.is_last():
            long_path = (L.LONG_OUT[0], QPointF(L.XT, L.LONG_Y))
        for value, scale, points in (
            (float(m.sensitivity[t]), m.scale_x, L.X_UP),
            (float(m.long_sensitivity[t]), m.scale_long, long_path),
        ):
            width = scale.width(value) + 4
            pen = QPen(scale.colour(value, m.colours), width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if value == 0.0:
                pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.drawPolyline(_poly(points))

    def _paint_lines(self, p: QPainter, reached: bool, last: bool) -> None:
        e = lstm_kit(self.kit)
        longs, shorts = self._memory_paths()
        for pen, paths in ((e.long, longs), (e.short, shorts)):
            p.setPen(pen if reached else e.grey)
            for points in paths:
                p.drawPolyline(_poly(points))
        # the gates' inputs: h and x go up into every gate's sum, its result up to the memories
        thin = e.thin if reached else e.grey
        p.setPen(e.short if reached else e.grey)
        for stem in L.H_STEMS:
            p.drawLine(*stem)
        p.setPen(thin)
        p.drawPolyline(_poly(L.X_UP))
        for stem in (*L.X_STEMS, *L.BOX_UP):
            p.drawLine(*stem)
        arrows = (L.FORGET_UP, L.INPUT_UP, L.POTENTIAL_UP, L.MIX_UP, L.OUTPUT_RIGHT, L.LONG_TAP,
                  L.TANH_TO_MUL)
        for points in arrows:
            p.setPen(thin)
            p.drawLine(*points)
            p.setBrush(thin.color())
            p.drawPolygon(_arrow(points))
        for points in (L.LONG_IN, L.LONG_KEPT):
            colour = (e.long if reached else e.grey).color()
            p.setPen(QPen(colour, 1))
            p.setBrush(colour)
            p.drawPolygon(_arrow(points))
        p.setBrush(thin.color())
        p.drawEllipse(QPointF(L.XT, L.LONG_Y), 4, 4)

    def _paint_nodes(self, p: QPainter, reached: bool, last: bool) -> None:
        k, e = self.kit, lstm_kit(self.kit)
        pen = k.node if reached else k.grey_node
        text = k.text if reached else k.grey
        p.setFont(k.bold)
        for centre, symbol in (
            (QPointF(L.XF, L.LONG_Y), "×"),
            (QPointF(L.XA, L.LONG_Y), "+"),
            (QPointF(L.XA, L.MIX_Y), "×"),
            (QPointF(L.XT, L.BOX_Y), "×"),
            (QPointF(L.XX, L.X_Y), "x"),
        ):
            p.setPen(pen)
            p.setBrush(k.node_fill)
            p.drawEllipse(centre, L.R, L.R)
            p.setPen(text)
            draw_centred(p, centre, e.symbols[symbol])
        for gate in L.GATES:
            rect = L.box_rect(gate)
            p.setPen(pen)
            p.setBrush(k.node_fill)
            p.drawRoundedRect(rect, 6, 6)
            p.setPen(text)
            draw_centred(p, rect.center(), e.symbols[L.GATE_SYMBOLS[gate]])
        p.setPen(pen)
        p.setBrush(k.node_fill)
        p.drawRoundedRect(L.TANH_RECT, 6, 6)
        p.setPen(text)
        draw_centred(p, L.TANH_RECT.center(), e.symbols["tanh"])
        if last:  # the last short-term memory is the prediction: framed as the RNN's output
            p.setPen(k.prediction if reached else k.grey_node)
            p.setBrush(k.no_brush)
            p.drawEllipse(QPointF(L.XT, L.SHORT_Y), 7, 7)

    # --- labels ---------------------------------------------------------------------------------
    def _paint_labels(self, p: QPainter, reached: bool, last: bool) -> None:
        k, m, e = self.kit, self.model, lstm_kit(self.kit)
        texts = self.texts()
        highlighted = m.highlighted
        p.setFont(k.bold)
        for key in L.WEIGHT_KEYS:
            rect = self.chip_rect(key)
            on = key == highlighted
            p.setPen(QPen(m.colours.highlight if on else m.colours.edge, 1))
            p.setBrush(k.highlight_fill if on else k.chip_fill)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(k.highlight_text if on else k.text)
            draw_centred(p, rect.center(), self.label(key, texts[key], k.bold))
        p.setPen(k.grey)
        for key in TITLE_KEYS:
            st = self.label(key, texts[key], e.small)
            size = st.size()
            p.drawStaticText(L.text_rect(key, size.width(), size.height()).topLeft(), st)
        for key in VALUE_KEYS:
            text = texts.get(key)
            if text is None:
                continue
            if not reached and key not in DATA_KEYS:
                text = text.split("=")[0] + "= ?" if "=" in text else ""
            p.setPen(k.text if reached or key in DATA_KEYS else k.grey)
            font = k.bold if key == "prediction" and reached else k.font
            st = self.label(key, text, font)
            size = st.size()
            p.drawStaticText(L.text_rect(key, size.width(), size.height()).topLeft(), st)

    def _paint_big_labels(self, p: QPainter, reached: bool, last: bool) -> None:
        k = self.kit
        texts = self.texts()
        p.setPen(k.text)
        for key, (x, y, align) in BIG_SPOTS.items():
            text = texts.get(key)
            if text is None or (not reached and key != "x"):
                continue
            st = self.label(key, text, k.big)
            size = st.size()
            left = x if align == "left" else (x - size.width() if align == "right"
                                              else x - size.width() / 2)
            p.drawStaticText(QPointF(left, y - size.height() / 2), st)


"""The network canvas: the lesson's rolled network with the current weights and numbers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ..engine import fmt
from ..state import AppState

NODE_R = 28


class NetworkCanvas(QGraphicsView):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.state = state
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 260)
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
        self._build()
        state.paramsChanged.connect(self._refresh)
        state.sequencesChanged.connect(self._refresh)
        state.selectionChanged.connect(self._refresh)
        self._refresh()

    def _node(self, x: float, y: float, text: str) -> None:
        item = QGraphicsEllipseItem(QRectF(x - NODE_R, y - NODE_R, 2 * NODE_R, 2 * NODE_R))
        item.setBrush(QBrush(QColor("#e8f0fe")))
        item.setPen(QPen(QColor("#3c64b4"), 2))
        self.scene().addItem(item)
        label = QGraphicsSimpleTextItem(text)
        label.setFont(QFont("DejaVu Sans", 11, QFont.Weight.Bold))
        r = label.boundingRect()
        label.setPos(x - r.width() / 2, y - r.height() / 2)
        self.scene().addItem(label)

    def _edge(self, path: QPainterPath, color: str = "#555") -> None:
        item = QGraphicsPathItem(path)
        item.setPen(QPen(QColor(color), 2))
        self.scene().addItem(item)

    def _label(self, key: str, x: float, y: float, color: str = "#222") -> None:
        item = QGraphicsSimpleTextItem("")
        item.setFont(QFont("DejaVu Sans", 10))
        item.setBrush(QColor(color))
        item.setPos(x, y)
        self.scene().addItem(item)
        self._labels[key] = item

    def _build(self) -> None:
        # input x -> (x w1) -> sum (+ b1) -> ReLU -> y -> (x w3, + b2) -> output; y -> (x w2) -> sum
        xs, xsum, xrelu, xout, y0 = 0, 200, 360, 560, 0
        self._node(xs, y0, "x")
        self._node(xsum, y0, "Σ")
        self._node(xrelu, y0, "ReLU")
        self._node(xout, y0, "out")
        for a, b in ((xs, xsum), (xsum, xrelu), (xrelu, xout)):
            p = QPainterPath(QPointF(a + NODE_R, y0))
            p.lineTo(b - NODE_R, y0)
            self._edge(p)
        loop = QPainterPath(QPointF(xrelu, y0 + NODE_R))
        loop.cubicTo(xrelu, y0 + 120, xsum, y0 + 120, xsum, y0 + NODE_R)
        self._edge(loop, "#c0392b")
        self._label("w1", xs + 50, y0 - 34)
        self._label("b1", xsum - 20, y0 - 60)
        self._label("w3", xrelu + 70, y0 - 34)
        self._label("b2", xout - 20, y0 - 60)
        self._label("w2", (xsum + xrelu) / 2 - 30, y0 + 92, "#c0392b")
        self._label("x", xs - 30, y0 + 40)
        self._label("sum", xsum - 40, y0 + 34)
        self._label("y", xrelu + 30, y0 + 34)
        self._label("output", xout - 40, y0 + 40)
        self._label("formula", xs - 30, y0 + 140)

    @Slot()
    def _refresh(self, *_: object) -> None:
        p = self.state.params
        for name in ("w1", "w2", "b1", "w3", "b2"):
            self._labels[name].setText(f"{name} = {fmt(getattr(p, name))}")
        trace = self.state.trace()
        seq = self.state.selected_sequence
        self._labels["x"].setText("x = " + ", ".join(fmt(v) for v in trace.xs[:6]))
        self._labels["sum"].setText(f"sum = {fmt(float(trace.sums[-1]))}")
        self._labels["y"].setText(f"y = {fmt(float(trace.hidden[-1]))}")
        self._labels["output"].setText(f"prediction = {fmt(trace.prediction)}")
        target = "" if seq.target is None else f"   target {fmt(seq.target)}"
        self._labels["formula"].setText(f"{seq.name}: {len(trace.xs)} values{target}")
        self.fitInView(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20),
                       Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fitInView(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20),
                       Qt.AspectRatioMode.KeepAspectRatio)

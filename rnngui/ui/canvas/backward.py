"""The backward view's log scale: how big a gradient is, as colour and line width.

The numbers come from the engine (``input_sensitivity``, ``w2_share_of_gradient``); this module
only maps their sizes onto a log scale, so 16 (2^4) and 8.9e-16 (0.5^50) are both visible, and
draws the legend that says which colour is which power of ten.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ...engine import fmt
from .palette import CanvasColours, mix

# Small gradients are cool and thin, big ones hot and thick.
RAMP = (QColor("#3b75af"), QColor("#8e5ab0"), QColor("#e08214"), QColor("#d7301f"))
MIN_WIDTH, MAX_WIDTH = 1.5, 12.0


class LogScale:
    """log10 |value| mapped linearly onto [0, 1] between the smallest and largest nonzero size."""

    def __init__(self, values: Iterable[float]) -> None:
        logs = [math.log10(abs(v)) for v in values if v != 0.0 and math.isfinite(v)]
        self.low = math.floor(min(logs)) if logs else 0.0
        self.high = math.ceil(max(logs)) if logs else 1.0
        if self.high - self.low < 1.0:
            self.high = self.low + 1.0

    def position(self, value: float) -> float | None:
        """Where |value| sits on the scale (0 = smallest, 1 = largest); None for 0 or NaN."""
        if value == 0.0 or value != value:
            return None
        if math.isinf(value):
            return 1.0
        k = (math.log10(abs(value)) - self.low) / (self.high - self.low)
        return max(0.0, min(1.0, k))

    def colour(self, value: float, colours: CanvasColours) -> QColor:
        k = self.position(value)
        if k is None:
            return colours.grey
        base = ramp(k)
        # On a dark background, lighten the ramp a little so its dark end stays visible.
        return mix(base, QColor("white"), 0.25) if colours.dark else base

    def width(self, value: float) -> float:
        k = self.position(value)
        return 1.0 if k is None else MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * k


def ramp(k: float) -> QColor:
    """The colour at position k in [0, 1] along RAMP."""
    k = max(0.0, min(1.0, k)) * (len(RAMP) - 1)
    i = min(int(k), len(RAMP) - 2)
    return mix(RAMP[i], RAMP[i + 1], k - i)


class LogScaleLegend(QWidget):
    """Colour bars for the backward view: one per quantity, from 10^low to 10^high."""

    BAR_H = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasLegend")
        self.bars: list[tuple[str, LogScale]] = []
        self.colours: CanvasColours | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_scales(self, bars: list[tuple[str, LogScale]], colours: CanvasColours) -> None:
        self.bars, self.colours = bars, colours
        self.setToolTip(
            "Backward view: colour and line width show the size of each number on a log scale.\n"
            + "\n".join(
                f"{title}: {fmt(10.0 ** scale.low)} to {fmt(10.0 ** scale.high)}"
                for title, scale in bars
            )
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(300, 8 + 2 * self.BAR_H)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.colours is None:
            return
        c = self.colours
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(c.edge, 1))
        p.setBrush(c.background)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        metrics = p.fontMetrics()
        title_w = max((metrics.horizontalAdvance(t) for t, _ in self.bars), default=0) + 12
        for i, (title, scale) in enumerate(self.bars):
            top = 4 + i * self.BAR_H
            p.setPen(c.text)
            p.drawText(QRectF(6, top, title_w, 12), Qt.AlignmentFlag.AlignLeft, title)
            bar = QRectF(6 + title_w, top + 2, self.width() - title_w - 14, 8)
            gradient = QLinearGradient(bar.topLeft(), bar.topRight())
            for j in range(len(RAMP)):
                k = j / (len(RAMP) - 1)
                colour = ramp(k)
                gradient.setColorAt(k, mix(colour, QColor("white"), 0.25) if c.dark else colour)
            p.fillRect(bar, gradient)
            low, high = fmt(10.0 ** scale.low), fmt(10.0 ** scale.high)
            p.drawText(QPointF(bar.left(), bar.bottom() + 12), low)
            p.drawText(QPointF(bar.right() - metrics.horizontalAdvance(high), bar.bottom() + 12),
                       high)
        p.end()

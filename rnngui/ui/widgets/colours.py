"""Colour arithmetic every view shares: WCAG luminance and contrast, and mixing two colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Pens in plots: a 1-pixel line vanishes on a projector, so presenter mode draws them this wide.
PRESENTER_LINE_WIDTH = 3
NORMAL_LINE_WIDTH = 1


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: QColor, b: QColor, share_b: float) -> QColor:
    """``a`` moved ``share_b`` of the way towards ``b``."""
    k = max(0.0, min(1.0, share_b))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * k,
        a.greenF() + (b.greenF() - a.greenF()) * k,
        a.blueF() + (b.blueF() - a.blueF()) * k,
    )

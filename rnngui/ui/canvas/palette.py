"""The canvas's colours, derived from the widget's QPalette so a light or dark theme both read well.

Fixed accent colours (the feedback loop's red, the backward view's ramp) are adjusted towards the
text colour until they contrast with the background, whatever the theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ..widgets.colours import contrast, luminance, mix  # noqa: F401 - the canvas's too

MIN_TEXT_CONTRAST = 4.5  # WCAG AA for normal text
MIN_GREY_CONTRAST = 3.0  # greyed (ignored) text must stay readable, only quieter


def readable(colour: QColor, text: QColor, background: QColor, minimum: float) -> QColor:
    """``colour``, pulled towards ``text`` just enough to reach ``minimum`` contrast."""
    for step in range(11):
        candidate = mix(colour, text, step / 10)
        if contrast(candidate, background) >= minimum:
            return candidate
    return QColor(text)


@dataclass(frozen=True)
class CanvasColours:
    background: QColor
    text: QColor
    grey: QColor  # ignored outputs, copies not yet reached by the step-through
    edge: QColor
    node_fill: QColor
    node_line: QColor
    loop: QColor  # the feedback loop (w2)
    chip_fill: QColor
    highlight: QColor  # a shared weight under the mouse or selected
    highlight_text: QColor
    current: QColor  # the copy the step-through is at
    good: QColor  # the prediction frame
    dark: bool

    @staticmethod
    def from_palette(palette: QPalette) -> CanvasColours:
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        if contrast(text, background) < MIN_TEXT_CONTRAST:  # a broken theme: fall back
            text = max((QColor("black"), QColor("white")), key=lambda c: contrast(c, background))
        dark = luminance(background) < luminance(text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        return CanvasColours(
            background=background,
            text=text,
            grey=readable(mix(text, background, 0.55), text, background, MIN_GREY_CONTRAST),
            edge=readable(mix(text, background, 0.4), text, background, MIN_GREY_CONTRAST),
            node_fill=mix(background, highlight, 0.18),
            node_line=readable(highlight, text, background, MIN_GREY_CONTRAST),
            loop=readable(QColor("#ff6b5b" if dark else "#c0392b"), text, background, 4.0),
            chip_fill=mix(background, text, 0.07),
            highlight=highlight,
            highlight_text=palette.color(QPalette.ColorRole.HighlightedText),
            current=readable(QColor("#f0a020"), text, background, MIN_GREY_CONTRAST),
            good=readable(QColor("#2e9e4f"), text, background, MIN_GREY_CONTRAST),
            dark=dark,
        )

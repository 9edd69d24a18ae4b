"""Canvas colours follow the widget palette: text contrasts with the background, light or dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from rnngui.ui.canvas.palette import (
    MIN_GREY_CONTRAST,
    MIN_TEXT_CONTRAST,
    CanvasColours,
    contrast,
)


def palette(base: str, text: str, highlight: str, highlighted_text: str) -> QPalette:
    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Window, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, highlighted_text),
    ):
        p.setColor(role, QColor(colour))
    return p


LIGHT = ("#ffffff", "#1b1b1b", "#3074c4", "#ffffff")
DARK = ("#1e1e1e", "#e6e6e6", "#3d7ad6", "#ffffff")


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_the_background(colours, qtbot):
    c = CanvasColours.from_palette(palette(*colours))
    assert contrast(c.text, c.background) >= MIN_TEXT_CONTRAST
    for name in ("grey", "edge", "node_line", "loop", "current", "good"):
        assert contrast(getattr(c, name), c.background) >= MIN_GREY_CONTRAST, name
    assert contrast(c.text, c.node_fill) >= MIN_TEXT_CONTRAST  # "x", "Σ" inside nodes
    assert contrast(c.text, c.chip_fill) >= MIN_TEXT_CONTRAST  # weight chips
    assert c.dark == (colours is DARK)


def test_a_broken_theme_falls_back_to_readable_text(qtbot):
    c = CanvasColours.from_palette(palette("#808080", "#858585", "#3074c4", "#ffffff"))
    assert contrast(c.text, c.background) >= MIN_TEXT_CONTRAST


def test_the_canvas_follows_a_palette_change(window):
    canvas = window.network_canvas
    assert canvas.canvas_scene.backgroundBrush().color() == canvas.palette().color(
        QPalette.ColorRole.Base
    )
    canvas.setPalette(palette(*DARK))
    scene = canvas.canvas_scene
    assert scene.backgroundBrush().color() == QColor(DARK[0])
    assert scene.model.colours.dark
    assert contrast(scene.kit.text.color(), QColor(DARK[0])) >= MIN_TEXT_CONTRAST
    image = canvas.viewport().grab().toImage()
    assert QColor(image.pixel(3, image.height() - 3)) == QColor(DARK[0])

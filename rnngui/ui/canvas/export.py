"""Export the whole canvas (every copy, with its numbers) as a PNG or an SVG file, titled by the badge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from .scene import CanvasScene

TITLE_H = 36.0
MAX_PNG_SIDE = 16_000  # a 1,000-copy chain at full size would be 300,000 px wide
PNG_SCALE = 2.0  # sharp on high-density screens and in slides


def _paint(painter: QPainter, scene: CanvasScene, title: str, target: QRectF) -> None:
    source = scene.sceneRect()
    painter.fillRect(target, scene.backgroundBrush())
    scale = target.width() / source.width()
    font = QFont()
    font.setPixelSize(max(8, int(15 * scale)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(scene.model.colours.text)
    painter.drawText(
        QRectF(target.left() + 12 * scale, target.top(), target.width(), TITLE_H * scale),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        title,
    )
    body = QRectF(target.left(), target.top() + TITLE_H * scale, target.width(),
                  target.height() - TITLE_H * scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, body, source, Qt.AspectRatioMode.KeepAspectRatio)


def export_png(scene: CanvasScene, path: str | Path, title: str) -> QSize:
    """Write a PNG (at most MAX_PNG_SIDE pixels a side); returns its size."""
    source = scene.sceneRect()
    scale = min(PNG_SCALE, MAX_PNG_SIDE / source.width(), MAX_PNG_SIDE / (source.height() + TITLE_H))
    size = QSize(max(1, int(source.width() * scale)), max(1, int((source.height() + TITLE_H) * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    _paint(painter, scene, title, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return size


def export_svg(scene: CanvasScene, path: str | Path, title: str) -> None:
    """Write an SVG at the scene's own size (vector: zoom in as far as you like)."""
    source = scene.sceneRect()
    size = QSize(int(source.width()), int(source.height() + TITLE_H))
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("RNN Lab network canvas")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    _paint(painter, scene, title, QRectF(0, 0, size.width(), size.height()))
    painter.end()

"""Render RNN Lab's icon files from resources/icons/rnn-lab.svg.

Run from the project root after editing the SVG, then commit the results:

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/packaging/make_icons.py

Writes rnn-lab-<N>.png for every size in SIZES, rnn-lab.ico (Windows) and rnn-lab.icns (macOS).
Qt's own SVG renderer draws every size, so the build needs nothing beyond the app's dependencies;
the .ico and .icns containers are written here by hand (both just wrap PNG data).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "icons"
SVG = ICONS / "rnn-lab.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16..256 (256 is the largest an .ico entry can declare).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, with the pixel size each one holds.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose entries are PNG images (readable by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns whose elements are PNG images (macOS 10.7 and later)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    pngs = {size: render_png(size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"rnn-lab-{size}.png").write_bytes(png)
    (ICONS / "rnn-lab.ico").write_bytes(ico_bytes(pngs))
    (ICONS / "rnn-lab.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs, rnn-lab.ico and rnn-lab.icns into {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

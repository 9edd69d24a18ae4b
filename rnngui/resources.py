"""Where the app's resource files (icons, lessons, examples) are, from source and when frozen.

From a source checkout they are in <project>/resources. An installed wheel (`pip install .`)
carries them as package data in rnngui/_resources (setup.py copies them there at build time). The
PyInstaller bundle unpacks them to <bundle>/_internal/resources, which is sys._MEIPASS/resources at
run time. Qt-free on purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGED = "_resources"  # the folder inside the installed package
ICON_NAME = "rnn-lab"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path:
    """The folder holding resources/icons, resources/lessons and the like."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / PACKAGED
    if installed.is_dir():  # checked first: beside site-packages, ../resources is anyone's
        return installed
    return here.parent / "resources"


def icon_paths() -> list[Path]:
    """The app icon's PNG files that exist, smallest first (empty when resources are absent,
    e.g. a copied package without its resources: the app then runs without an icon)."""
    folder = resources_dir() / "icons"
    return [path for size in ICON_SIZES if (path := folder / f"{ICON_NAME}-{size}.png").is_file()]

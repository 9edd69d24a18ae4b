"""The lesson's presets as example project files in resources/examples/. Qt-free.

The files are written from ``presets.py`` (never by hand), and a test checks that each file still
loads to exactly its preset. After changing a preset, regenerate them:

    python -m rnngui.model.examples
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ..resources import resources_dir
from . import presets, project_file
from .document import Document

EXAMPLES_DIR = resources_dir() / "examples"

EXAMPLE_FILES: dict[str, Callable[[], Document]] = {
    "statland-rules.rnnlab": presets.statland,
    "blue-and-red-companies.rnnlab": presets.companies,
    "exploding-gradients-w2-2.rnnlab": presets.exploding_four_loops,
    "exploding-gradients.rnnlab": presets.exploding,
    "vanishing-gradients.rnnlab": presets.vanishing,
    "lstm-chapter-companies.rnnlab": presets.lstm_chapter,
}


def write_examples(folder: Path = EXAMPLES_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in EXAMPLE_FILES.items():
        project_file.save(folder / name, build())
        written.append(folder / name)
    return written


if __name__ == "__main__":
    for path in write_examples(Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLES_DIR):
        print(path)

"""The model is Qt-free, like the engine: importing any of it must not pull in Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, json, pkgutil, sys
import rnngui.model, rnngui.lesson.format, rnngui.lesson.compute, rnngui.session.jobs
import rnngui.session.pacing, rnngui.session.run_control
for info in pkgutil.iter_modules(rnngui.model.__path__, "rnngui.model."):
    importlib.import_module(info.name)
gui = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph"})
print(json.dumps(gui))
"""


def test_importing_the_model_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []

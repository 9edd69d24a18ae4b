"""The engine runs headless: importing it must not pull in Qt (or anything that loads Qt)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GUI_PREFIXES = ("PySide6", "shiboken6", "pyqtgraph")

PROBE = """
import importlib, json, pkgutil, sys
import rnngui.engine
# every engine module, including any that __init__ does not import
for info in pkgutil.iter_modules(rnngui.engine.__path__, "rnngui.engine."):
    importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {prefixes})
print(json.dumps({{"engine": rnngui.engine.__file__, "gui": loaded}}))
"""


def test_importing_the_engine_loads_no_qt():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(prefixes=repr(set(GUI_PREFIXES)))],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(report["engine"]).resolve().is_relative_to(REPO / "rnngui" / "engine")
    assert report["gui"] == [], f"the engine imported GUI modules: {report['gui']}"

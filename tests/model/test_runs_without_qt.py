"""The engine and model tests run on a machine without PySide6 (or pyqtgraph) installed.

The child interpreter makes every Qt import fail, as on such a machine, then runs those tests;
the root conftest.py must not import Qt for them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys


class NotInstalled:
    # Every import of Qt fails, as on a machine where PySide6 was never installed.

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
            raise ImportError(f"No module named {name!r} (blocked: no Qt on this machine)")
        return None


sys.meta_path.insert(0, NotInstalled())
import pytest
sys.exit(pytest.main(["-q", "-x", "-p", "no:cacheprovider", "-p", "no:pytest-qt",
                      "-W", "ignore::pytest.PytestConfigWarning",
                      "--deselect", "tests/model/test_runs_without_qt.py",
                      "tests/model", "tests/engine/test_cells.py", "tests/engine/test_train.py",
                      "tests/engine/test_diagnose.py", "tests/engine/test_lesson_numbers.py"]))
"""


def test_engine_and_model_tests_pass_without_qt():
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=600)
    tail = "\n".join(result.stdout.splitlines()[-15:])
    assert result.returncode == 0, tail + result.stderr[-2000:]
    assert " passed" in tail and "error" not in tail.lower(), tail

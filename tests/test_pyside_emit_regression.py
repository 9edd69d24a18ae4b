"""PySide6 6.12.0 on Python 3.11 aborts after ~1000 Signal.emit() calls (bool_dealloc).

The app emits a signal per training chunk and per edit, so a long session would crash. This runs
20,000 emits in a fresh interpreter: an upgrade that brings the bug back fails here, not in class.
"""

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    changed = Signal(bool)
    chunk = Signal(object)

app = QCoreApplication([])
e = Emitter()
seen = []
e.changed.connect(lambda v: seen.append(v))
e.chunk.connect(lambda v: None)
for i in range(20000):
    e.changed.emit(i % 2 == 0)
    e.chunk.emit((i, 0.5))
assert len(seen) == 20000
print("ok")
"""


def test_twenty_thousand_emits_do_not_abort():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"

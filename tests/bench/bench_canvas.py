"""How long the network canvas takes to build, restyle and paint long sequences (run by hand).

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_canvas.py

A frame is one synchronous repaint of the canvas's viewport (640 x 600 px, antialiased), measured
as the median of many: fitted (every copy on screen, numbers hidden by the level of detail), at the
middle zoom (a few big numbers per copy) and at full size (every label of the copies on screen).
"Restyle" is what a training update costs: new parameters, one forward pass, one repaint.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from rnngui.engine import RNNParams  # noqa: E402
from rnngui.model.document import Document, SequenceData  # noqa: E402
from rnngui.session.state import AppState  # noqa: E402
from rnngui.ui.canvas.network_canvas import NetworkCanvas  # noqa: E402

REPEATS = 40


def median_ms(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(copies: int, app: QApplication) -> dict[str, float]:
    values = tuple((i % 7) / 7 for i in range(copies))
    doc = Document((SequenceData(f"{copies} values", values, 0.5),),
                   RNNParams(w1=0.5, w2=0.9, b1=0.1, w3=1.0, b2=0.0))
    state = AppState(doc)
    start = time.perf_counter()
    canvas = NetworkCanvas(state)
    canvas.resize(640, 600)
    canvas.show()
    app.processEvents()
    build = (time.perf_counter() - start) * 1000
    viewport = canvas.viewport()
    result = {"build": build}
    canvas.fit()
    result["frame, fitted"] = median_ms(viewport.repaint)

    def redraw_sketch() -> None:  # the first frame after a zoom: the cached sketch is redrawn
        canvas.canvas_scene.sketch.update()
        viewport.repaint()

    result["frame, fitted, uncached"] = median_ms(redraw_sketch)
    canvas.zoom_to(0.3, copies - 1)
    result["frame, middle zoom"] = median_ms(viewport.repaint)
    canvas.zoom_to(1.0, copies - 1)
    result["frame, full size"] = median_ms(viewport.repaint)
    canvas.fit()
    k = [0]

    def restyle() -> None:
        k[0] += 1
        state.set_params(RNNParams(w1=0.5, w2=0.9 + 1e-4 * k[0], b1=0.1, w3=1.0, b2=0.0))
        viewport.repaint()

    result["restyle + frame"] = median_ms(restyle, 20)
    canvas.set_backward(True)
    result["restyle + frame, backward"] = median_ms(restyle, 20)
    canvas.close()
    state.shutdown()
    return result


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"{'copies':>7} | " + " | ".join(
        ("build", "frame, fitted", "frame, fitted, uncached", "frame, middle zoom", "frame, full size", "restyle + frame",
         "restyle + frame, backward")) + "   (ms; frames are medians)")
    for copies in (5, 51, 200, 1000):
        r = bench(copies, app)
        print(f"{copies:>7} | " + " | ".join(f"{v:8.2f}" for v in r.values()))


if __name__ == "__main__":
    main()

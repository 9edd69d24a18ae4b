"""Event-loop lag on the GUI thread while the worker trains flat out, and the plots' refresh rate.

A 5 ms QTimer fires on the GUI thread; its lateness is how long a click or a repaint would wait.
Goal (issue 5): p99 lag at most 20 ms, plots refreshed at least 30 times a second, and (as in
bench_app_speed.py) training at least half as fast as the headless engine measured just before.
Run: .venv/bin/python tests/bench/bench_gui_lag.py [seconds] [--full-hd]
"""

from __future__ import annotations

import sys
import time

import numpy as np
from _app_harness import headless_slice, load, make_window, run_until


def headless_rate(document, seconds: float = 2.0) -> float:
    """Steps per second of the plain loop on this machine right now (its speed drifts by tens
    of percent over minutes, so the app is compared with a fresh figure)."""
    from rnngui.model.presets import statland

    steps, elapsed = headless_slice(document or statland(), seconds)
    return steps / elapsed


def measure(document=None, label: str = "StatLand", seconds: float = 10.0,
            panel_only: bool = False, size: tuple[int, int] | None = None) -> None:
    from PySide6.QtCore import QTimer

    headless = headless_rate(document)
    app, window = make_window(document, panel_only=panel_only, size=size)
    label += " [training panel alone]" if panel_only else " [whole window]"
    label += f" {size[0]}x{size[1]}" if size else ""
    state, panel = window.state, window.training_panel
    late: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        late.append(max(0.0, now - last[0] - 0.005))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    state.start_training()
    run_until(app, lambda: False, 0.5)  # warm up
    redraws0, steps0 = panel.redraw_count, int(state.history.last[0])
    late.clear()
    last[0] = time.perf_counter()
    timer.start(5)
    elapsed = run_until(app, lambda: False, seconds)
    timer.stop()
    redraws, steps = panel.redraw_count - redraws0, int(state.history.last[0]) - steps0
    state.shutdown()
    window.close()
    lag_ms = np.array(late) * 1000
    print(
        f"{label}: lag p50 {np.percentile(lag_ms, 50):.1f} ms, p99 {np.percentile(lag_ms, 99):.1f} "
        f"ms, max {lag_ms.max():.1f} ms over {len(lag_ms)} ticks; plots {redraws / elapsed:.1f} "
        f"refreshes/s; {steps / elapsed:,.0f} steps/s = {steps / elapsed / headless:.2f} of "
        f"headless {headless:,.0f} ({load()})"
    )


if __name__ == "__main__":
    # 51 days that keep training (the exploding 51-day preset is dead after its first step)
    from rnngui.model.presets import vanishing as long_preset

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seconds = float(args[0]) if args else 10.0
    # --full-hd: the whole window at 1920x1080, as a teacher maximises it on a projector;
    # --1280: a 1280x720 projector
    sizes = [size for flag, size in (("--full-hd", (1920, 1080)), ("--1280", (1280, 720)))
             if flag in sys.argv]
    for size in sizes:
        measure(None, "StatLand (4 sequences of 2)", seconds, size=size)
        measure(long_preset(), "Vanishing preset (2 sequences of 51)", seconds, size=size)
    if not sizes:
        for panel_only in (True, False):
            measure(None, "StatLand (4 sequences of 2)", seconds, panel_only)
            measure(long_preset(), "Vanishing preset (2 sequences of 51)", seconds, panel_only)

"""Training steps per second inside the app (worker thread, plots live) against the headless engine.

Goal (issue 5): the app at least half as fast as the engine driven by a plain loop.

This machine's speed drifts by tens of percent within seconds (a shared virtual machine), so the
two are measured in turns: the app trains for a slice, is paused while the plain loop trains for
a slice on the same data, and so on. The ratio pools the turns; each turn's ratio is shown too.

Run: .venv/bin/python tests/bench/bench_app_speed.py [turns] [seconds per slice]
"""

from __future__ import annotations

import statistics
import sys

from _app_harness import headless_slice, load, make_window, run_until


def measure(document, label: str, turns: int, seconds: float) -> None:
    app, window = make_window(document)
    state = window.state
    state.start_training()
    run_until(app, lambda: False, 1.0)  # warm up
    app_steps = app_time = head_steps = head_time = 0.0
    ratios = []
    for _ in range(turns):
        state.pause()
        run_until(app, lambda: False, 0.1)  # the worker has stopped
        h_steps, h_time = headless_slice(document, seconds)
        state.resume()
        run_until(app, lambda: False, 0.2)  # back up to speed
        first = int(state.history.last[0])
        elapsed = run_until(app, lambda: False, seconds)
        a_steps = int(state.history.last[0]) - first
        app_steps, app_time = app_steps + a_steps, app_time + elapsed
        head_steps, head_time = head_steps + h_steps, head_time + h_time
        ratios.append((a_steps / elapsed) / (h_steps / h_time))
    state.shutdown()
    window.close()
    in_app, headless = app_steps / app_time, head_steps / head_time
    print(
        f"{label}: headless {headless:,.0f} steps/s, in the app {in_app:,.0f} steps/s, "
        f"ratio {in_app / headless:.2f} (turns {min(ratios):.2f}-{max(ratios):.2f}, median "
        f"{statistics.median(ratios):.2f}; {load()})"
    )


if __name__ == "__main__":
    from rnngui.model.presets import statland, vanishing  # 51 days that keep training

    turns = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.5
    measure(statland(), "StatLand (4 sequences of 2)", turns, seconds)
    measure(vanishing(), "Vanishing preset (2 sequences of 51)", turns, seconds)

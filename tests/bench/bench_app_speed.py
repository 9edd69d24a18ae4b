"""Training steps per second inside the app (worker thread, plots live) against the headless engine.

Goal (issue 5): the app at least half as fast as the engine driven by a plain loop.
Run: .venv/bin/python tests/bench/bench_app_speed.py [steps]
"""

from __future__ import annotations

import sys
import time

from _app_harness import load, make_window, run_until


def measure(document, label: str, steps: int) -> None:
    from rnngui.engine import run_to_end
    from rnngui.state import DIVERGED, FINISHED

    sequences, targets = document.training_data()
    from dataclasses import replace

    config = replace(document.training.config(), max_steps=steps)
    t0 = time.perf_counter()
    run_to_end(document.params, sequences, targets, config)
    headless = steps / (time.perf_counter() - t0)
    app, window = make_window(document, max_steps=steps)
    state = window.state
    state.start_training()
    elapsed = run_until(app, lambda: state.run_state in (FINISHED, DIVERGED), 600)
    in_app = int(state.history.last[0]) / elapsed
    state.shutdown()
    window.close()
    print(f"{label}: headless {headless:,.0f} steps/s, in the app {in_app:,.0f} steps/s, "
          f"ratio {in_app / headless:.2f} ({load()})")


if __name__ == "__main__":
    from rnngui.presets import exploding, statland

    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    measure(statland(), "StatLand (4 sequences of 2)", steps)
    measure(exploding(), "Exploding preset (2 sequences of 51)", steps // 4)

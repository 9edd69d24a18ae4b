"""Resident memory growth of the app over a 1,000,000-step run (goal: at most 30 MB).

Run: .venv/bin/python tests/bench/bench_memory.py [steps] [--panel-only]
"""

from __future__ import annotations

import sys

from _app_harness import load, make_window, run_until


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    from rnngui.session.state import DIVERGED, FINISHED

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    steps = int(args[0]) if args else 1_000_000
    panel_only = "--panel-only" in sys.argv  # the training panel alone, without the other views
    app, window = make_window(max_steps=steps, panel_only=panel_only)
    state = window.state
    state.start_training()
    run_until(app, lambda: state.history.last is not None and state.history.last[0] > 20_000, 120)
    start, peak = rss_mb(), 0.0
    samples = []

    def sample() -> bool:
        samples.append(rss_mb())
        return state.run_state in (FINISHED, DIVERGED)

    elapsed = run_until(app, sample, 3600)
    peak = max(samples)
    end = rss_mb()
    print(f"{int(state.history.last[0]):,} steps in {elapsed:.0f} s: RSS {start:.1f} MB after 20,000 "
          f"steps, {end:.1f} MB at the end (peak {peak:.1f} MB): growth {end - start:+.1f} MB; "
          f"history keeps {len(state.history):,} rows ({load()})")
    state.shutdown()
    window.close()

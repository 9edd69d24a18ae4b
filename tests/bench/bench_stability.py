"""The stability map: 64 x 64 runs of 300 steps on StatLand (run by hand, not by CI).

    python tests/bench/bench_stability.py

Goal: within 1 s on the project's 2-core machine. Prints the best and median of five (wall clock
and CPU time: the machine is shared, and CPU time is what the map itself costs), and for
comparison the plain loop over ``train`` + ``diagnose`` on an 8 x 8 grid, scaled to 64 x 64.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rnngui.engine import LESSON_PARAMS, TrainConfig, diagnose  # noqa: E402
from rnngui.engine.stability import WINDOW, days_map, outcome_grid  # noqa: E402
from rnngui.engine.train import run_to_end  # noqa: E402
from rnngui.model.presets import statland  # noqa: E402

STEPS = 300


def first_day(days: int):
    return [(1.0,) + (0.0,) * (days - 1), (0.0,) * days], [1.0, 0.0]


def main() -> None:
    sequences, targets = statland().training_data()
    w2 = np.linspace(-3, 3, 64)
    rates = np.logspace(-3, 0.5, 64)
    walls, cpus = [], []
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        outcome_grid(LESSON_PARAMS, sequences, targets, w2, rates, STEPS)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    print(f"stability map 64x64 runs x {STEPS} steps, StatLand: best {min(walls):.3f} s wall "
          f"({min(cpus):.3f} s CPU), median {sorted(walls)[2]:.3f} s wall (goal 1 s)")

    small_w2, small_rates = w2[::8], rates[::8]
    t0 = time.perf_counter()
    for a in small_w2:
        for rate in small_rates:
            config = TrainConfig(learning_rate=float(rate), max_steps=STEPS)
            records, end = run_to_end(LESSON_PARAMS.replace(w2=float(a)), sequences, targets,
                                      config)
            diagnose(records[-WINDOW:], end, STEPS, WINDOW)
    loop = time.perf_counter() - t0
    runs = len(small_w2) * len(small_rates)
    print(f"plain loop over train + diagnose, {runs} runs: {loop:.3f} s "
          f"({loop / runs * 1e3:.1f} ms a run, about {loop / runs * 4096:.1f} s for 64x64)")

    days = np.arange(2, 61)
    t0, c0 = time.perf_counter(), time.process_time()
    days_map(LESSON_PARAMS, first_day, np.linspace(-2.5, 2.5, 64), days, 0.05, STEPS)
    print(f"days map 64 w2 x {len(days)} lengths (2..60 days) x {STEPS} steps: "
          f"{time.perf_counter() - t0:.3f} s wall ({time.process_time() - c0:.3f} s CPU)")


if __name__ == "__main__":
    main()

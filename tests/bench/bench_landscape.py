"""A 201 x 201 loss landscape over (w1, w2) on the StatLand data (run by hand, not by CI).

    python tests/bench/bench_landscape.py

Goal: within 50 ms. Prints the best of ten.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rnngui.engine import LESSON_PARAMS  # noqa: E402
from rnngui.engine.landscape import ssr_over_grid  # noqa: E402
from rnngui.model.presets import statland  # noqa: E402


def main() -> None:
    sequences, targets = statland().training_data()
    axes = {"w1": np.linspace(-3, 3, 201), "w2": np.linspace(-3, 3, 201)}
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        ssr_over_grid(LESSON_PARAMS, sequences, targets, axes)
        times.append(time.perf_counter() - t0)
    print(f"201x201 grid over (w1, w2), StatLand: best {min(times) * 1e3:.1f} ms, "
          f"median {sorted(times)[5] * 1e3:.1f} ms (goal 50 ms)")


if __name__ == "__main__":
    main()

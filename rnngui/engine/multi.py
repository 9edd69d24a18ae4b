"""Several training runs on the same data, stepped together (the side-by-side comparison).

Each run is the ordinary ``train`` generator, so every run is exactly what the training panel
would do with the same settings; stepping them in lock-step lets their curves share one step axis.
Any cell works (each start's type names its cell, which must be its config's ``cell``).
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

from .train import StepRecord, TrainConfig, TrainEnd, train


def train_many(
    starts: Sequence[Any],  # RNNParams, LSTMParams, ...
    sequences: Sequence[Sequence[float]],
    targets: Sequence[float],
    configs: Sequence[TrainConfig],
) -> Generator[list[StepRecord | None], None, list[TrainEnd]]:
    """Yield, per step, one record for every run (None for runs that have already ended)."""
    if len(starts) != len(configs):
        raise ValueError("one starting point per run")
    ends = [TrainEnd() for _ in configs]
    gens = [train(p, sequences, targets, c, end=e) for p, c, e in zip(starts, configs, ends)]
    alive = [True] * len(gens)
    while any(alive):
        out: list[StepRecord | None] = []
        for i, gen in enumerate(gens):
            record = None
            if alive[i]:
                try:
                    record = next(gen)
                except StopIteration:
                    alive[i] = False
            out.append(record)
        if any(r is not None for r in out):
            yield out
    return ends

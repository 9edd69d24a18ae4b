"""Runs of different cells on the same data, side by side (the gradient lab's memory page).

The RNN and the LSTM have different parameters, so they cannot share ``CompareRuns``' one
document; the stepping is the same, though: one ``CompareJob`` (``train_many`` accepts any cell per
run, each config naming its start's cell) pumped by the one ``RunWorker`` on a QThread. Each run
keeps its own history, with its own cell's columns, and its diagnosis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from ..engine import TrainConfig
from ..engine.cells import cell_of
from .side_by_side_runs import SideBySideRuns


@dataclass(frozen=True)
class RaceRun:
    label: str
    start: Any  # the cell's parameters
    config: TrainConfig


class CellRace(SideBySideRuns):
    """The model of a race between cells: each run with its own cell's history and diagnosis."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RaceRun] = []

    def start(
        self,
        runs: Sequence[RaceRun],
        sequences: Sequence[Sequence[float]],
        targets: Sequence[float],
        steps_per_second: float | None = None,
    ) -> None:
        self.stop()
        self.runs = list(runs)
        for run in self.runs:
            if cell_of(run.start).key != run.config.cell:
                raise ValueError(f"{run.label}: the start is not the {run.config.cell}'s")
        self._launch([r.start for r in self.runs], sequences, targets,
                     [r.config for r in self.runs], "cell-race", steps_per_second)

    def last_params(self, i: int) -> Any:
        """Run i's parameters after its last kept step (its start before any)."""
        history = self.histories[i]
        start = self.runs[i].start
        if not len(history):
            return start
        row = history.rows[-1]
        return type(start)(*(float(v) for v in row[history.columns.params]))

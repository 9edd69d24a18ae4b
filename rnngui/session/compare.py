"""Side-by-side runs: up to four runs on the same data, trained together on the one worker.

The runs differ in learning rate, starting w2 or clipping. The model owns their histories and
diagnoses; the gradient lab's views (loss/gradient overlay, landscape paths) subscribe to it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject

from ..engine.cells import cell_of
from ..model.document import Document
from .side_by_side_runs import SideBySideRuns

MAX_RUNS = 4
RUN_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")
# Clipping's default threshold in the lab: small enough that, on the exploding preset, each step
# is at most learning rate x 0.01 and gradient descent walks into the valley instead of bouncing.
SUGGESTED_CLIP = 0.01
# The parameter a run's start sets, per cell: the RNN's w2 (the loop that explodes or vanishes);
# the LSTM's forget-gate bias blr1 (how much of the long-term memory each day keeps).
START_PARAM = {"rnn": "w2", "lstm": "blr1"}


def start_param(params: Any) -> str:
    """The name a side-by-side run's start sets for these parameters' cell."""
    return START_PARAM.get(cell_of(params).key, cell_of(params).param_names[0])


@dataclass(frozen=True)
class RunSpec:
    learning_rate: float
    start_w2: float  # the start of START_PARAM's parameter (w2 for the RNN, as it was named)
    clip: float | None = None
    start_param: str = "w2"

    def label(self) -> str:
        clip = "off" if self.clip is None else f"{self.clip:g}"
        return (f"lr {self.learning_rate:g}, {self.start_param} from {self.start_w2:g}, "
                f"clip {clip}")


class CompareRuns(SideBySideRuns):
    """The model of the side-by-side comparison: runs of the project that differ in learning
    rate, start or clipping."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs: list[RunSpec] = []
        self.starts: list[Any] = []

    def start(self, document: Document, specs: list[RunSpec]) -> None:
        self.stop()
        specs = list(specs)[:MAX_RUNS]
        if not specs or not document.training_data()[0]:
            return
        sequences, targets = document.training_data()
        base = document.training_config()
        configs = [replace(base, learning_rate=s.learning_rate, clip=s.clip) for s in specs]
        name = start_param(document.params)
        self.specs = specs = [replace(s, start_param=name) for s in specs]
        self.starts = [document.params.replace(**{name: s.start_w2}) for s in specs]
        self._launch(self.starts, sequences, targets, configs, "compare-runs")

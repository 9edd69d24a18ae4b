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

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..engine import Diagnosis, TrainConfig
from ..engine.cells import cell_of
from ..model.history import RunHistory
from .jobs import CompareJob
from .run_control import RunControl
from .worker import RunWorker


@dataclass(frozen=True)
class RaceRun:
    label: str
    start: Any  # the cell's parameters
    config: TrainConfig


class CellRace(QObject):
    """The model of a race between cells: histories, diagnoses and the thread that trains them."""

    updated = Signal()
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RaceRun] = []
        self.histories: list[RunHistory] = []
        self.diagnoses: list[Diagnosis | None] = []
        self.finished = False  # the last race ran to its end (not stopped)
        self.error: str | None = None
        self._thread: QThread | None = None
        self._worker: RunWorker | None = None
        self._control: RunControl | None = None
        self._run_id = 0

    @property
    def running(self) -> bool:
        return self._thread is not None

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
        self.histories = [RunHistory(capacity=20_000, names=run.start.names) for run in self.runs]
        self.diagnoses = [None] * len(self.runs)
        self.finished = False
        self.error = None
        self._control = RunControl(steps_per_second=steps_per_second)
        self._thread = QThread()
        self._thread.setObjectName("cell-race")
        self._run_id += 1
        job = CompareJob([r.start for r in self.runs], sequences, targets,
                         [r.config for r in self.runs])
        self._worker = RunWorker(job, self._control, self._run_id)
        self._worker.moveToThread(self._thread)
        self._worker.chunkReady.connect(self._on_chunk)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.started.connect(self._worker.run)
        self._thread.start()
        self.runningChanged.emit(True)
        self.updated.emit()

    def _current(self, run_id: int) -> bool:
        return self._worker is not None and run_id == self._worker.run_id

    @Slot(int, object)
    def _on_chunk(self, run_id: int, parts) -> None:
        if not self._current(run_id):
            return
        for i, (history, (rows, diagnosis)) in enumerate(zip(self.histories, parts)):
            history.append(rows)
            self.diagnoses[i] = diagnosis
        self.updated.emit()
        QTimer.singleShot(0, self._acknowledge)

    @Slot()
    def _acknowledge(self) -> None:
        if self._worker is not None:
            self._worker.acknowledge()

    @Slot(int, object)
    def _on_finished(self, run_id: int, diagnoses) -> None:
        if not self._current(run_id):
            return
        self.diagnoses = list(diagnoses)
        self.finished = True
        self.stop()
        self.updated.emit()

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        if not self._current(run_id):
            return
        self.error = message
        self.stop()
        self.updated.emit()

    def last_params(self, i: int) -> Any:
        """Run i's parameters after its last kept step (its start before any)."""
        history = self.histories[i]
        start = self.runs[i].start
        if not len(history):
            return start
        row = history.rows[-1]
        return type(start)(*(float(v) for v in row[history.columns.params]))

    def stop(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._control.stop()
        self._worker.acknowledge()
        thread.quit()
        thread.wait()
        self._thread = self._worker = self._control = None
        self.runningChanged.emit(False)

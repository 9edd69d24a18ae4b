"""Side-by-side runs: up to four runs on the same data, trained together on a worker thread.

The runs differ in learning rate, starting w2 or clipping. The model owns their histories and
diagnoses; the gradient lab's views (loss/gradient overlay, landscape paths) subscribe to it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..engine import Diagnosis
from ..engine.cells import cell_of
from ..model.document import Document
from ..model.history import RunHistory
from .jobs import CompareJob
from .run_control import RunControl
from .worker import RunWorker

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


class CompareRuns(QObject):
    """The model of the side-by-side comparison."""

    updated = Signal()
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs: list[RunSpec] = []
        self.histories: list[RunHistory] = []
        self.starts: list[Any] = []
        self.diagnoses: list[Diagnosis | None] = []
        self.error: str | None = None  # the engine's failure, if the last runs ended with one
        self._thread: QThread | None = None
        self._worker: RunWorker | None = None
        self._control: RunControl | None = None
        self._run_id = 0

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, document: Document, specs: list[RunSpec]) -> None:
        self.stop()
        specs = list(specs)[:MAX_RUNS]
        if not specs or not document.training_data()[0]:
            return
        sequences, targets = document.training_data()
        base = document.training_config()
        configs = [replace(base, learning_rate=s.learning_rate, clip=s.clip) for s in specs]
        self.specs = specs
        names = document.params.names
        self.histories = [RunHistory(capacity=20_000, names=names) for _ in specs]
        name = start_param(document.params)
        self.specs = specs = [replace(s, start_param=name) for s in specs]
        self.starts = [document.params.replace(**{name: s.start_w2}) for s in specs]
        self.diagnoses = [None] * len(specs)
        self.error = None
        self._control = RunControl()
        self._thread = QThread()
        self._thread.setObjectName("compare-runs")
        self._run_id += 1
        job = CompareJob(self.starts, sequences, targets, configs)
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
        for history, i, (rows, diagnosis) in zip(self.histories, range(len(parts)), parts):
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
        self.stop()
        self.updated.emit()

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        """The engine raised: the runs end, their curves so far stay, the page says why."""
        if not self._current(run_id):
            return
        self.error = message
        self.stop()
        self.updated.emit()

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

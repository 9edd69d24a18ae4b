"""What every set of runs trained together shares: their histories and diagnoses, the thread, and
the hand-shake with the one worker. ``compare.py`` (runs of one project) and ``cell_race.py``
(the RNN against the LSTM) differ only in how they set their runs up."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..engine import Diagnosis, TrainConfig
from ..model.history import RunHistory
from .jobs import CompareJob
from .run_control import RunControl
from .worker import RunWorker

HISTORY_CAPACITY = 20_000  # per run: the lab's plots are small, four runs share the memory


class SideBySideRuns(QObject):
    updated = Signal()
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.histories: list[RunHistory] = []
        self.diagnoses: list[Diagnosis | None] = []
        self.finished = False  # the last runs went to their end (not stopped)
        self.error: str | None = None  # the engine's failure, if the last runs ended with one
        self._thread: QThread | None = None
        self._worker: RunWorker | None = None
        self._control: RunControl | None = None
        self._run_id = 0

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _launch(self, starts: Sequence[Any], sequences, targets, configs: Sequence[TrainConfig],
                name: str, steps_per_second: float | None = None) -> None:
        """Train these runs together on a new thread (after stop()); the views hear ``updated``."""
        self.histories = [RunHistory(capacity=HISTORY_CAPACITY, names=s.names) for s in starts]
        self.diagnoses = [None] * len(starts)
        self.finished = False
        self.error = None
        self._control = RunControl(steps_per_second=steps_per_second)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._run_id += 1
        job = CompareJob(list(starts), sequences, targets, list(configs))
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
            return  # a late chunk of runs already stopped
        for i, (history, (rows, diagnosis)) in enumerate(zip(self.histories, parts)):
            history.append(rows)
            self.diagnoses[i] = diagnosis
        self.updated.emit()
        QTimer.singleShot(0, self, self._acknowledge)  # after the views have drawn it

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

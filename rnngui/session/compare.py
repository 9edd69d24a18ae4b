"""Side-by-side runs: up to four runs on the same data, trained together on a worker thread.

The runs differ in learning rate, starting w2 or clipping. The model owns their histories and
diagnoses; the gradient lab's views (loss/gradient overlay, landscape paths) subscribe to it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..engine import Diagnosis, RNNParams, StepRecord, TrainConfig, diagnose
from ..engine.multi import train_many
from ..model.document import Document
from ..model.history import RunHistory, records_to_rows
from .run_control import RunControl

MAX_RUNS = 4
RUN_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")
CHUNK_INTERVAL = 1 / 30
# Clipping's default threshold in the lab: small enough that, on the exploding preset, each step
# is at most learning rate x 0.01 and gradient descent walks into the valley instead of bouncing.
SUGGESTED_CLIP = 0.01


@dataclass(frozen=True)
class RunSpec:
    learning_rate: float
    start_w2: float
    clip: float | None = None

    def label(self) -> str:
        clip = "off" if self.clip is None else f"{self.clip:g}"
        return f"lr {self.learning_rate:g}, w2 from {self.start_w2:g}, clip {clip}"


class CompareWorker(QObject):
    chunkReady = Signal(object)  # list of (rows, Diagnosis) per run
    finished = Signal(object)  # list of Diagnosis

    def __init__(self, document: Document, specs: list[RunSpec], control: RunControl) -> None:
        super().__init__()
        self.control = control
        self._document = document
        self._specs = specs
        self._ack = threading.Event()

    def acknowledge(self) -> None:
        self._ack.set()

    @Slot()
    def run(self) -> None:
        doc = self._document
        sequences, targets = doc.training_data()
        base = doc.training.config()
        configs = [
            TrainConfig(s.learning_rate, base.max_steps, base.momentum, s.clip, base.trainable,
                        base.activation)
            for s in self._specs
        ]
        starts = [doc.params.replace(w2=s.start_w2) for s in self._specs]  # as CompareRuns.starts
        n = len(self._specs)
        buffers: list[list[StepRecord]] = [[] for _ in range(n)]
        recent = [deque(maxlen=100) for _ in range(n)]
        gen = train_many(starts, sequences, targets, configs)
        last = time.monotonic()
        ends = None
        while self.control.wait_for_permission():
            try:
                records = next(gen)
            except StopIteration as stop:
                ends = stop.value
                break
            for i, record in enumerate(records):
                if record is not None:
                    buffers[i].append(record)
                    recent[i].append(record)
            if time.monotonic() - last >= CHUNK_INTERVAL:
                self._emit(buffers, recent, configs, wait=True)
                last = time.monotonic()
        self._emit(buffers, recent, configs, wait=False)
        ends = ends or [None] * n
        self.finished.emit(
            [diagnose(list(r), e, c.max_steps) for r, e, c in zip(recent, ends, configs)]
        )

    def _emit(self, buffers, recent, configs, wait: bool) -> None:
        out = []
        for buf, rec, cfg in zip(buffers, recent, configs):
            out.append((records_to_rows(buf), diagnose(list(rec), None, cfg.max_steps)))
            buf.clear()
        self._ack.clear()
        self.chunkReady.emit(out)
        if wait:
            self._ack.wait(0.05)


class CompareRuns(QObject):
    """The model of the side-by-side comparison."""

    updated = Signal()
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs: list[RunSpec] = []
        self.histories: list[RunHistory] = []
        self.starts: list[RNNParams] = []
        self.diagnoses: list[Diagnosis | None] = []
        self._thread: QThread | None = None
        self._worker: CompareWorker | None = None
        self._control: RunControl | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, document: Document, specs: list[RunSpec]) -> None:
        self.stop()
        specs = list(specs)[:MAX_RUNS]
        if not specs or not document.training_data()[0]:
            return
        self.specs = specs
        self.histories = [RunHistory(capacity=20_000) for _ in specs]
        self.starts = [document.params.replace(w2=s.start_w2) for s in specs]
        self.diagnoses = [None] * len(specs)
        self._control = RunControl()
        self._thread = QThread()
        self._thread.setObjectName("compare-runs")
        self._worker = CompareWorker(document, specs, self._control)
        self._worker.moveToThread(self._thread)
        self._worker.chunkReady.connect(self._on_chunk)
        self._worker.finished.connect(self._on_finished)
        self._thread.started.connect(self._worker.run)
        self._thread.start()
        self.runningChanged.emit(True)
        self.updated.emit()

    @Slot(object)
    def _on_chunk(self, parts) -> None:
        if self.sender() is not self._worker:
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

    @Slot(object)
    def _on_finished(self, diagnoses) -> None:
        if self.sender() is not self._worker:
            return
        self.diagnoses = list(diagnoses)
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

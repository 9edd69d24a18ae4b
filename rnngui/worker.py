"""Pumps the engine's ``train`` generator on a QThread and sends throttled copies to the GUI.

Why the throttle and the hand-shake: the training loop is pure Python, so it holds the interpreter
lock almost all the time, and the GUI thread needs that lock for every Python call in a repaint.
The worker therefore (1) sends at most ~30 chunks a second, each a compact NumPy copy of the new
steps, and (2) after each chunk waits (lock released) until the GUI thread says it has taken the
chunk and run its event loop once, for at most ``ACK_TIMEOUT``. ``app.py`` also shortens the
interpreter's switch interval so the GUI thread gets the lock promptly.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from .engine import Diagnosis, Hyper, RNNParams, StepRecord, TrainConfig, TrainEnd, diagnose, train
from .history import records_to_rows
from .run_control import RunControl

CHUNK_INTERVAL = 1 / 30  # seconds between chunks: the plots' refresh rate
ACK_TIMEOUT = 0.05
DIAGNOSIS_WINDOW = 100


@dataclass(frozen=True)
class Chunk:
    """What the GUI receives: new rows for the plots, the latest parameters, the diagnosis."""

    rows: np.ndarray
    params: RNNParams
    diagnosis: Diagnosis
    steps_per_second: float


class TrainingWorker(QObject):
    chunkReady = Signal(object)  # Chunk
    finished = Signal(object)  # (TrainEnd, Diagnosis)

    def __init__(
        self,
        params: RNNParams,
        sequences: list,
        targets: list,
        config: TrainConfig,
        hyper: Hyper,
        control: RunControl,
    ) -> None:
        super().__init__()
        self._params = params
        self._sequences = sequences
        self._targets = targets
        self._config = config
        self._hyper = hyper
        self.control = control
        self._ack = threading.Event()
        self._buffer: list[StepRecord] = []
        self._recent: deque[StepRecord] = deque(maxlen=DIAGNOSIS_WINDOW)
        self._end = TrainEnd()
        self._rate = 0.0

    def acknowledge(self) -> None:
        """Called from the GUI thread once a chunk is on screen: the worker may go on."""
        self._ack.set()

    @Slot()
    def run(self) -> None:
        end = self._end
        gen = train(self._params, self._sequences, self._targets, self._config, self._hyper, end)
        control = self.control
        buffer = self._buffer
        recent = self._recent
        last_emit = time.monotonic()
        rate_t0, rate_n = last_emit, 0
        while control.wait_for_permission(on_idle=self._flush):
            try:
                record = next(gen)
            except StopIteration:
                break
            buffer.append(record)
            recent.append(record)
            if control.paused:  # stepping one at a time: show each step at once
                self._flush()
                continue
            rate_n += 1
            if not rate_n & 127:
                now = time.monotonic()
                if now - last_emit >= CHUNK_INTERVAL:
                    self._rate = rate_n / max(now - rate_t0, 1e-9)
                    self._flush(wait=True)
                    last_emit = time.monotonic()
                    rate_t0, rate_n = last_emit, 0
        self._flush()
        self.finished.emit((end, diagnose(list(recent), end, self._config.max_steps)))

    def _flush(self, wait: bool = False) -> None:
        if not self._buffer:
            return
        records, self._buffer[:] = list(self._buffer), []
        chunk = Chunk(
            rows=records_to_rows(records),
            params=records[-1].params,
            diagnosis=diagnose(list(self._recent), None, self._config.max_steps),
            steps_per_second=self._rate,
        )
        self._ack.clear()
        self.chunkReady.emit(chunk)
        if wait:
            self._ack.wait(ACK_TIMEOUT)

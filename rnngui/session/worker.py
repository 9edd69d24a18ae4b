"""Pumps the engine's ``train`` generator on a QThread and sends throttled copies to the GUI.

Why the throttle and the hand-shake: the training loop is pure Python, so it holds the interpreter
lock almost all the time, and the GUI thread needs that lock for every Python call in a repaint.
The worker therefore (1) sends about ``1 / FRAME`` chunks a second (frame pacing), each a compact
NumPy copy of the new steps, and (2) after each chunk waits (lock released) until the GUI thread
says it has taken the chunk and repainted (see ``AppState._on_chunk``), looking at the stop flag
every ``ACK_TIMEOUT``: the two threads take turns instead of fighting over the lock. ``app.py``
also shortens the interpreter's switch interval so the GUI thread gets the lock promptly.

The diagnosis is computed here, on the worker thread, so the GUI thread only shows a string.
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from ..engine import Diagnosis, Hyper, RNNParams, StepRecord, TrainConfig, TrainEnd, diagnose, train
from ..model.history import records_to_rows
from .run_control import RunControl

# Frame pacing: chunks are cut every FRAME seconds, so the plots refresh 1 / FRAME times a second,
# and the worker trains for whatever the GUI's drawing of the last chunk left of the frame
# (drawing takes 5-10 ms on this project's machine: ~21 ms of training, ~3/4 of the time). However
# slow the drawing, each chunk trains at least MIN_CHUNK_INTERVAL, so on a slow machine training
# keeps about half the time, at the cost of fewer refreshes.
FRAME = 1 / 35
MIN_CHUNK_INTERVAL = 1 / 50
ACK_TIMEOUT = 0.05  # how often a worker waiting for the GUI looks at the stop flag
DIAGNOSIS_WINDOW = 100
# The interpreter hands the lock to a waiting thread after this long (the default is 5 ms). At
# 1 ms the GUI thread's many short Python calls in a repaint are not each held up by a whole
# slice of training. app.main sets the same; the worker makes sure of it (tests, benchmarks).
SWITCH_INTERVAL = 0.001


@dataclass(frozen=True)
class Chunk:
    """What the GUI receives: new rows for the plots, the latest parameters, the diagnosis."""

    rows: np.ndarray
    params: RNNParams
    diagnosis: Diagnosis
    steps_per_second: float
    run_id: int = 0  # which worker sent it: late chunks of a stopped run are dropped


class TrainingWorker(QObject):
    chunkReady = Signal(object)  # Chunk
    finished = Signal(object)  # (TrainEnd, Diagnosis, run_id)

    def __init__(
        self,
        params: RNNParams,
        sequences: list,
        targets: list,
        config: TrainConfig,
        hyper: Hyper,
        control: RunControl,
        step_offset: int = 0,
        run_max_steps: int | None = None,
        run_id: int = 0,
    ) -> None:
        """``step_offset``: steps this run made before (a run continued after Stop); the rows,
        the diagnosis and the end all count from the run's first step, not this thread's."""
        super().__init__()
        self._params = params
        self._sequences = sequences
        self._targets = targets
        self._config = config
        self._hyper = hyper
        self.control = control
        self._offset = int(step_offset)
        # QObject.sender() cannot tell workers apart reliably: a new worker may reuse a deleted
        # one's address and PySide hands back the old wrapper. An explicit id can.
        self.run_id = int(run_id)
        self._max_steps = int(run_max_steps if run_max_steps is not None else config.max_steps)
        self._ack = threading.Event()
        self._buffer: list[StepRecord] = []
        self._recent: list[StepRecord] = []
        self._end = TrainEnd()
        self._rate = 0.0
        self._last_flush = time.monotonic()  # for the rate: real time, waits included
        self._next_flush = 0.0  # the loop trains this long after the GUI took the last chunk
        self._flushed_steps = 0

    def acknowledge(self) -> None:
        """Called from the GUI thread once a chunk is on screen: the worker may go on."""
        self._ack.set()

    @Slot()
    def run(self) -> None:
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)
        gen = train(self._params, self._sequences, self._targets, self._config, self._hyper, self._end)
        control = self.control
        buffer = self._buffer
        clock = time.monotonic
        self._last_flush = clock()
        self._next_flush = self._last_flush + MIN_CHUNK_INTERVAL
        while control.wait_for_permission(on_idle=self._flush):
            try:
                record = next(gen)
            except StopIteration:
                break
            buffer.append(record)
            if control.paused:  # stepping one at a time: show each step at once
                self._flush()
                continue
            if clock() >= self._next_flush:
                self._flush(wait=True)
        self._flush()
        end = self._run_end()
        self.finished.emit((end, self._diagnose(end), self.run_id))

    def _run_end(self) -> TrainEnd:
        end = self._end
        if end.reason == "running":  # stopped from outside: not an end of the run
            return TrainEnd("stopped", self._offset + self._flushed_steps)
        return TrainEnd(end.reason, end.step + self._offset, end.detail)

    def _diagnose(self, end: TrainEnd | None) -> Diagnosis:
        records = self._recent
        if records and self._offset:  # only the last record's step number is quoted
            records = records[:-1] + [replace(records[-1], step=records[-1].step + self._offset)]
        if end is not None and end.reason == "stopped":
            end = None
        return diagnose(records, end, self._max_steps, DIAGNOSIS_WINDOW)

    def _flush(self, wait: bool = False) -> None:
        if not self._buffer:
            return
        records, self._buffer[:] = list(self._buffer), []
        now = time.monotonic()
        # Steps per second over the real time since the last chunk, waits included: honest.
        self._rate = len(records) / max(now - self._last_flush, 1e-9)
        self._last_flush = now
        self._flushed_steps += len(records)
        self._recent = (self._recent + records)[-DIAGNOSIS_WINDOW:]
        rows = records_to_rows(records)
        if self._offset:
            rows[:, 0] += self._offset
        chunk = Chunk(
            rows=rows,
            params=records[-1].params,
            diagnosis=self._diagnose(None),
            steps_per_second=self._rate,
            run_id=self.run_id,
        )
        self._ack.clear()
        self.chunkReady.emit(chunk)
        if wait:
            # At most one chunk in flight: however slow the GUI thread (a busy machine, a big
            # window), chunks never queue up faster than it takes them, so its event loop never
            # drowns. Stop always wakes this wait (the state acknowledges when it joins).
            while not self._ack.wait(ACK_TIMEOUT):
                if self.control.stopped:
                    break
        # One frame after this chunk was cut, but never less than MIN_CHUNK_INTERVAL of
        # training after the wait: a slow repaint must not make the next chunk tiny.
        self._next_flush = max(now + FRAME, time.monotonic() + MIN_CHUNK_INTERVAL)

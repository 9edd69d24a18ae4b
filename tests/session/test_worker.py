"""The worker thread: pause, exactly-one steps, cooperative stop, and what it sends."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from rnngui.engine import Hyper, TrainConfig
from rnngui.model.presets import exploding, statland
from rnngui.session.run_control import RunControl
from rnngui.session.worker import Chunk, TrainingWorker


def test_run_control_gives_exactly_the_steps_asked_for():
    control = RunControl(paused=True)
    done = []

    def loop():
        while control.wait_for_permission():
            done.append(1)

    thread = threading.Thread(target=loop)
    thread.start()
    control.step(3)
    deadline = time.monotonic() + 5
    while len(done) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)
    assert len(done) == 3
    control.stop()
    thread.join(2)
    assert not thread.is_alive()


def _worker(doc, max_steps, control, offset=0):
    sequences, targets = doc.training_data()
    config = TrainConfig(learning_rate=doc.training.learning_rate, max_steps=max_steps,
                         trainable=doc.training.trainable)
    hyper = Hyper(config.learning_rate)
    return TrainingWorker(doc.params, sequences, targets, config, hyper, control, offset,
                          offset + max_steps, run_id=7)


def test_worker_sends_every_step_numbered_from_the_offset_and_ends():
    worker = _worker(statland(), 500, RunControl(), offset=1000)
    chunks: list[Chunk] = []
    results = []
    worker.chunkReady.connect(lambda c: (chunks.append(c), worker.acknowledge()))
    worker.finished.connect(results.append)
    worker.run()  # on this thread: the same code the QThread runs
    steps = [int(s) for c in chunks for s in c.rows[:, 0]]
    assert steps == list(range(1001, 1501))
    assert all(c.run_id == 7 for c in chunks)
    end, diagnosis, run_id = results[0]
    assert (end.reason, end.step, run_id) == ("max_steps", 1500, 7)
    assert "1,500" in diagnosis.message or diagnosis.kind == "converged"


def test_worker_diagnoses_on_its_thread():
    worker = _worker(exploding(), 400, RunControl())
    results = []
    worker.chunkReady.connect(lambda c: worker.acknowledge())
    worker.finished.connect(results.append)
    worker.run()
    assert results[0][1].kind == "bouncing"


def test_stop_ends_a_long_run_on_a_qthread_quickly():
    control = RunControl()
    worker = _worker(statland(), 10_000_000, control)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.start()
    time.sleep(0.2)
    t0 = time.monotonic()
    control.stop()
    worker.acknowledge()
    thread.quit()
    assert thread.wait(5000)
    assert time.monotonic() - t0 < 5

"""The worker thread: pause, exactly-one steps, cooperative stop, and what it sends."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from rnngui.engine import Hyper, TrainConfig
from rnngui.model.presets import exploding_four_loops, statland
from rnngui.session.jobs import Chunk, TrainJob
from rnngui.session.run_control import RunControl
from rnngui.session.worker import RunWorker


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
    job = TrainJob(doc.params, sequences, targets, config, hyper, offset, offset + max_steps)
    return RunWorker(job, control, run_id=7)


def test_worker_sends_every_step_numbered_from_the_offset_and_ends():
    worker = _worker(statland(), 500, RunControl(), offset=1000)
    chunks: list[Chunk] = []
    ids, results = [], []
    worker.chunkReady.connect(lambda i, c: (ids.append(i), chunks.append(c), worker.acknowledge()))
    worker.finished.connect(lambda i, r: results.append((i, r)))
    worker.run()  # on this thread: the same code the QThread runs
    steps = [int(s) for c in chunks for s in c.rows[:, 0]]
    assert steps == list(range(1001, 1501))
    assert set(ids) == {7}
    run_id, (end, diagnosis) = results[0]
    assert (end.reason, end.step, run_id) == ("max_steps", 1500, 7)
    assert "1,500" in diagnosis.message or diagnosis.kind == "converged"


def test_worker_diagnoses_on_its_thread():
    worker = _worker(exploding_four_loops(), 400, RunControl())
    results = []
    worker.chunkReady.connect(lambda i, c: worker.acknowledge())
    worker.finished.connect(lambda i, r: results.append(r))
    worker.run()
    assert results[0][1].kind == "bouncing"


class _BrokenJob:
    """A job whose engine raises after a few steps, as a bug in a new cell would."""

    def __init__(self, fail_at: int) -> None:
        self.fail_at = fail_at

    def steps(self):
        for i in range(1, 10**9):
            if i == self.fail_at:
                raise FloatingPointError("the engine broke")
            yield i

    def take(self, items, rate):
        return list(items)

    def result(self, stopped):
        return "ended"


def test_an_engine_exception_is_reported_not_a_dead_thread(capsys):
    worker = RunWorker(_BrokenJob(fail_at=50), RunControl(), run_id=3)
    taken, failures, finished = [], [], []
    worker.chunkReady.connect(lambda i, c: (taken.extend(c), worker.acknowledge()))
    worker.failed.connect(lambda i, m: failures.append((i, m)))
    worker.finished.connect(lambda i, r: finished.append(r))
    worker.run()
    assert failures == [(3, "FloatingPointError: the engine broke")]
    assert finished == []
    assert taken == list(range(1, 50))  # every good step before the failure reached the GUI
    assert "FloatingPointError" in capsys.readouterr().err  # the traceback, for a bug report


def test_speed_limit_paces_the_steps_and_shows_each_one():
    control = RunControl(steps_per_second=20)
    worker = _worker(statland(), 10, control)
    chunks = []
    worker.chunkReady.connect(lambda i, c: (chunks.append(c), worker.acknowledge()))
    t0 = time.monotonic()
    worker.run()
    elapsed = time.monotonic() - t0
    assert [len(c.rows) for c in chunks] == [1] * 10  # slow enough: every step its own chunk
    assert elapsed >= 9 / 20 * 0.9  # ten steps at 20 a second take about half a second


def test_flat_out_again_after_a_speed_limit():
    control = RunControl(steps_per_second=2)
    control.set_speed(None)
    worker = _worker(statland(), 2000, control)
    worker.chunkReady.connect(lambda i, c: worker.acknowledge())
    t0 = time.monotonic()
    worker.run()
    assert time.monotonic() - t0 < 5  # 2,000 steps at 2 a second would take 1,000 s


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

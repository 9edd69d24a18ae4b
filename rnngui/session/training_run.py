"""The training panel's run: its lifecycle, its thread and the hand-shake with the worker.

AppState owns the document and its undo stack; this object owns everything that lives only while
gradient descent goes on: the history the plots draw, the diagnosis, the run state, the worker
thread and its controls. It writes the live parameters into the state's document (not an undo
step) and, when the run pauses or stops, the steps trained so far become one undo step.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot

from ..engine import Diagnosis, Hyper, TrainEnd
from ..engine.words import t, whole
from ..model.document import Document
from ..model.history import RunHistory
from .jobs import Chunk, TrainJob
from .pacing import ACK_HOPS, JOIN_TIMEOUT_MS, LIVE_PARAMS_INTERVAL
from .run_control import RunControl
from .timeline import RunTimeline
from .worker import RunWorker


class RunHost(Protocol):
    """What a run needs of the state that owns it (AppState): the document to train, a place
    for the live parameters, the undo stack, and the status bar. Nothing else."""

    statusMessage: Any  # Signal(str, int)

    @property
    def document(self) -> Document: ...

    @property
    def params(self) -> Any: ...

    def set_live_params(self, params: Any) -> None: ...

    def announce_params(self) -> None: ...

    def push_applied(self, before: Document, after: Document, text: str,
                     merge_id: int = -1) -> None: ...


IDLE, RUNNING, PAUSED, FINISHED, DIVERGED = "idle", "running", "paused", "finished", "diverged"
ACK_EVENT = QEvent.Type(QEvent.registerEventType())
# A fork's training steps merge into the fork's own undo step (state.ForkCommand has this id), so
# "Fork from step 40" and the steps the fork then trained are undone together.
FORK_MERGE_ID = 4040


@dataclass(frozen=True)
class ForkOrigin:
    """The run a fork set out from, drawn beside the fork: its kept rows, up to its end."""

    step: int  # the fork's first step: the origin's parameters after this step
    rows: Any  # np.ndarray, the origin's drawable rows (a copy)
    text: str  # what changed, e.g. "clipping on"


@dataclass(frozen=True)
class RunSnapshot:
    """Everything a stopped run shows, set aside (a fork's origin, or a fork undone)."""

    history: RunHistory
    timeline: RunTimeline
    diagnosis: Diagnosis | None
    end: TrainEnd | None
    run_state: str
    initial_params: Any
    first_step: int
    max_steps: int
    fork_origin: ForkOrigin | None


class TrainingRun(QObject):
    runStateChanged = Signal(str)
    runReset = Signal()  # the history was cleared
    runUpdated = Signal(object)  # Chunk, at most ~30 a second
    diagnosisChanged = Signal(object)  # Diagnosis
    runRestored = Signal()  # a whole run came back (undoing or redoing a fork): redraw it

    def __init__(self, state: RunHost) -> None:
        super().__init__(state)  # type: ignore[arg-type] - AppState is a QObject
        self._state = weakref.proxy(state)  # its parent: no cycle for the collector (state.py)
        self.history = RunHistory(names=state.params.names)
        self.timeline = RunTimeline()  # what an exact replay of any step needs
        self.first_step = 0  # a fork's run starts at the step it forked from
        self.fork_origin: ForkOrigin | None = None
        self.diagnosis: Diagnosis | None = None
        self.end: TrainEnd | None = None
        self.run_state = IDLE
        self.initial_params: Any = None
        self.steps_per_second = 0.0
        self.max_steps = state.document.training.max_steps
        self.speed: float | None = state.document.training.speed  # steps a second; None: flat out
        self._start_document: Document | None = None
        self._thread: QThread | None = None
        self._worker: RunWorker | None = None
        self._control: RunControl | None = None
        self._hyper: Hyper | None = None
        self._job: TrainJob | None = None
        self._continue_finished = False  # Step after a finished run goes on with it
        self._run_id = 0  # counts worker threads; their signals carry it
        self._ack_hops = 0
        self._params_pending = False
        self._next_params_at = 0.0  # time.monotonic() after which a chunk announces its params

    # --- what the views ask ----------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        """A worker thread exists (running or paused)."""
        return self._thread is not None

    @property
    def steps_done(self) -> int:
        return int(self.history.last[0]) if self.history.last is not None else self.first_step

    # --- controls --------------------------------------------------------------------------
    def start(self) -> None:
        """Train, or resume a paused run."""
        if self._control is not None:
            self._control.resume()
            self._set_run_state(RUNNING)
            return
        self._start(paused=False)

    def pause(self) -> None:
        if self._control is not None and self.run_state == RUNNING:
            self._control.pause()
            self._set_run_state(PAUSED)
            self.commit_to_undo()

    def step(self) -> None:
        """Exactly one gradient-descent step (starting a paused run if none is going). After a
        run ended at its max steps, Step goes on with that run, one step past its end."""
        if self._control is None:
            self._continue_finished = self.run_state == FINISHED and self.end is not None and (
                self.end.reason in ("max_steps", "converged")
            )
            self._start(paused=True)
        if self._control is not None:
            self._control.step(1)
            self._set_run_state(PAUSED)

    def stop(self) -> None:
        """End the run (cooperatively) and wait for its thread; the parameters stay."""
        if self._control is not None:
            self._control.stop()
        self._join()

    def set_speed(self, steps_per_second: float | None) -> None:
        """At most this many steps a second (None: flat out); a running run follows at once."""
        self.speed = steps_per_second
        if self._control is not None:
            self._control.set_speed(steps_per_second)

    def set_hyper(self, learning_rate: float, momentum: float, clip: float | None,
                  stop_when_converged: bool = False) -> None:
        """Learning rate, momentum, clipping and stop-when-converged take effect mid-run (read
        before every step)."""
        if self._job is not None:
            self._job.stop_when_converged = bool(stop_when_converged)
        if self._hyper is not None:
            self._hyper.learning_rate = float(learning_rate)
            self._hyper.momentum = float(momentum)
            self._hyper.clip = None if clip is None else float(clip)

    def reset(self) -> Any:
        """Clear the history; returns the run's initial parameters (None if there was no run)."""
        self.stop()
        initial = self.initial_params
        self.history.clear(names=self._state.params.names)
        self.timeline.clear()
        self.first_step, self.fork_origin = 0, None
        self.diagnosis = None
        self.end = None
        self.initial_params = None
        self._set_run_state(IDLE)
        self.runReset.emit()
        return initial

    def forget_start(self) -> None:
        """Open, New or a preset: the old run's start must not come back on Reset."""
        self.initial_params = None

    # --- the thread ------------------------------------------------------------------------
    def _start(self, paused: bool) -> None:
        state = self._state
        document = state.document
        sequences, targets = document.training_data()
        if not sequences:
            state.statusMessage.emit(
                "Nothing to train: give at least one ticked sequence a target value.", 6000
            )
            return
        config = document.training_config()
        done = self.steps_done
        continuing = self._continue_finished and self.initial_params is not None
        self._continue_finished = False
        if continuing:
            # Step after the end: the same run goes on (its curves stay), for up to another
            # max steps, so a learner can watch the next step instead of losing the curves.
            config = replace(config, max_steps=done + config.max_steps)
            self.end = None
        if not continuing and (
            self.run_state in (FINISHED, DIVERGED)
            or self.initial_params is None
            or done >= config.max_steps
            or self.history.names != document.params.names
        ):
            # A new run; a run interrupted by Stop (or a settings change) goes on from its step.
            self.history.clear(names=document.params.names)
            self.timeline.clear()
            self.first_step, self.fork_origin = 0, None
            self.end = None
            self.diagnosis = None
            self.runReset.emit()
            self.initial_params = document.params
            done = 0
        self.timeline.begin(done, document.params, sequences, targets, config)
        self.max_steps = config.max_steps
        config = replace(config, max_steps=config.max_steps - done)
        self._hyper = Hyper(config.learning_rate, config.momentum, config.clip)
        self._control = RunControl(paused=paused, steps_per_second=self.speed)
        self._start_document = document
        job = TrainJob(document.params, sequences, targets, config, self._hyper, done,
                       self.max_steps, document.training.stop_when_converged)
        self._job = job
        self._run_id += 1
        self._thread = QThread()
        self._thread.setObjectName("training")
        self._worker = RunWorker(job, self._control, self._run_id)
        self._worker.moveToThread(self._thread)
        self._worker.chunkReady.connect(self._on_chunk)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.started.connect(self._worker.run)
        self._set_run_state(PAUSED if paused else RUNNING)
        self._thread.start()

    def _current(self, run_id: int) -> bool:
        return self._worker is not None and run_id == self._worker.run_id

    @Slot(int, object)
    def _on_chunk(self, run_id: int, chunk: Chunk) -> None:
        if not self._current(run_id):
            return  # a late chunk from a run that was already stopped
        self.history.append(chunk.rows)  # steps counted from the run's start by the job
        self.timeline.record(chunk.hyper_changes)
        self.steps_per_second = chunk.steps_per_second
        self._state.set_live_params(chunk.params)
        self._announce_params()
        self.diagnosis = chunk.diagnosis
        self.runUpdated.emit(chunk)
        self.diagnosisChanged.emit(chunk.diagnosis)
        # Let the worker go on only after the views have reacted and repainted, so none of that
        # work fights the training loop for the interpreter lock. What the views did posts scene
        # updates (normal priority) and window repaints (low priority); a low-priority event
        # posted now runs after them, and ACK_HOPS of those in a row also after what they post.
        self._ack_hops = ACK_HOPS
        self._post_ack_hop()

    def _announce_params(self) -> None:
        """paramsChanged for a chunk: at once when paused or slow (each step shows), at most every
        LIVE_PARAMS_INTERVAL when flat out. Only here, while the worker waits for this chunk to be
        taken: from a timer the views' work would fight the training loop for the lock."""
        now = time.monotonic()
        slow = self._control is not None and self._control.every_step
        if self.run_state == RUNNING and not slow and now < self._next_params_at:
            self._params_pending = True
            return
        self._params_pending = False
        self._next_params_at = now + LIVE_PARAMS_INTERVAL
        self._state.announce_params()

    def _flush_params(self) -> None:
        if self._params_pending:
            self._params_pending = False
            self._state.announce_params()

    def _post_ack_hop(self) -> None:
        QCoreApplication.postEvent(self, QEvent(ACK_EVENT), Qt.EventPriority.LowEventPriority.value)

    def customEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() != ACK_EVENT:
            super().customEvent(event)
            return
        self._ack_hops -= 1
        if self._ack_hops > 0:
            self._post_ack_hop()
        elif self._worker is not None:
            self._worker.acknowledge()

    @Slot(int, object)
    def _on_finished(self, run_id: int, result: tuple[TrainEnd, Diagnosis]) -> None:
        if not self._current(run_id):
            return
        end, diagnosis = result
        if end.reason == "stopped":  # interrupted, not ended: Train goes on from here
            self._join()
            return
        self._end_with(end, diagnosis)
        if end.reason == "diverged":
            self._state.statusMessage.emit(t(
                "Training diverged at step {step}: numbers overflowed. The last finite parameters "
                "were kept.", step=whole(end.step)), 0)

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        """The engine raised: end the run, keep the last good parameters, say what happened."""
        if not self._current(run_id):
            return
        step = self.steps_done
        text = t("Training stopped at step {step}: the engine failed ({reason}). The last good "
                 "parameters were kept.", step=whole(step), reason=message)
        self._end_with(TrainEnd("error", step, message), Diagnosis("error", text))
        self._state.statusMessage.emit(text, 0)

    def _end_with(self, end: TrainEnd, diagnosis: Diagnosis) -> None:
        self.end = end
        self.diagnosis = diagnosis
        self._join()
        self.diagnosisChanged.emit(diagnosis)
        self._set_run_state(DIVERGED if end.reason == "diverged" else FINISHED)

    def _join(self) -> None:
        thread, worker = self._thread, self._worker
        if thread is None:
            return
        if self._control is not None:
            self._control.stop()
        if worker is not None:
            worker.acknowledge()
        thread.quit()
        if not thread.wait(JOIN_TIMEOUT_MS):
            thread.wait()  # the loop checks the stop flag every step: this cannot hang long
        self._thread = self._worker = self._control = None
        self._hyper = self._job = None
        self.commit_to_undo()
        if self.run_state in (RUNNING, PAUSED):
            self._set_run_state(FINISHED if self.end is not None else IDLE)

    def commit_to_undo(self) -> None:
        """The steps trained so far become one undo step (without re-applying them)."""
        before = self._start_document
        after = self._state.document
        if before is None or before.params == after.params:
            return
        self._start_document = after if self._thread is not None else None
        merge_id = FORK_MERGE_ID if self.fork_origin is not None else -1
        self._state.push_applied(before, after, t("Train to step {step}", step=whole(self.steps_done)),
                                  merge_id)

    # --- forks ------------------------------------------------------------------------------
    def snapshot(self) -> RunSnapshot:
        """This (stopped) run, set aside: copies, so training on cannot change it."""
        return RunSnapshot(self.history.copy(), self.timeline.copy(), self.diagnosis, self.end,
                           self.run_state, self.initial_params, self.first_step, self.max_steps,
                           self.fork_origin)

    def restore(self, snapshot: RunSnapshot) -> None:
        """Bring a run set aside back as this run (its curves, verdict and timeline)."""
        self.stop()
        generation = max(self.history.generation, snapshot.history.generation) + 1
        self.history = snapshot.history.copy()
        self.history.generation = generation  # no plot has summarised these rows under it
        self.timeline = snapshot.timeline.copy()
        self.diagnosis, self.end = snapshot.diagnosis, snapshot.end
        self.initial_params, self.first_step = snapshot.initial_params, snapshot.first_step
        self.max_steps, self.fork_origin = snapshot.max_steps, snapshot.fork_origin
        self._start_document = None
        self._set_run_state(snapshot.run_state)
        self.runReset.emit()
        self.runRestored.emit()
        if self.diagnosis is not None:
            self.diagnosisChanged.emit(self.diagnosis)

    def start_fork(self, origin: ForkOrigin, params: Any) -> None:
        """A new run from ``params`` (the origin's after ``origin.step``; the document holds them
        already), its steps counted on from there; started by the caller."""
        self.stop()
        self.history.clear(names=params.names)
        self.timeline.clear()
        self.diagnosis = self.end = None
        self.initial_params, self.first_step, self.fork_origin = params, origin.step, origin
        self._start_document = None
        self._set_run_state(IDLE)
        self.runReset.emit()

    def _set_run_state(self, run_state: str) -> None:
        changed, self.run_state = run_state != self.run_state, run_state
        if run_state != RUNNING:
            self._flush_params()  # paused or ended: the views show the exact parameters
        if changed:
            self.runStateChanged.emit(run_state)

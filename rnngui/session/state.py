"""The one object that owns the document and the training run; views subscribe to its signals.

Every change to the document goes through ``apply`` and so through one QUndoStack: a value typed
in the editor, a weight dragged on the canvas, a preset, an import, and a whole training run (one
undo step, "Train 500 steps", pushed when the run stops). Views never reach into each other.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..engine import Diagnosis, ForwardTrace, Hyper, RNNParams, TrainEnd, forward, random_params
from ..model.document import Document, SequenceData, TrainingSettings
from ..model.history import RunHistory
from ..model.presets import statland
from .gui_gc import collect_on_gui_thread
from .run_control import RunControl
from .worker import Chunk, TrainingWorker

IDLE, RUNNING, PAUSED, FINISHED, DIVERGED = "idle", "running", "paused", "finished", "diverged"
JOIN_TIMEOUT_MS = 1000
# While a run goes flat out, the views that show the weights (canvas, chart, summary) follow it
# this often; the plots take every chunk. 10 a second reads as live and halves the GUI's work.
LIVE_PARAMS_INTERVAL = 0.1  # seconds
ACK_EVENT = QEvent.Type(QEvent.registerEventType())
ACK_HOPS = 2  # low-priority event-loop passes before the worker goes on (see _on_chunk)


class DocumentCommand(QUndoCommand):
    """Swap one immutable Document for another; undo swaps back. Merges repeated drags."""

    def __init__(
        self, state: AppState, before: Document, after: Document, text: str, merge_id: int = -1,
        already_applied: bool = False,
    ) -> None:
        super().__init__(text)
        self._state, self.before, self.after = state, before, after
        self._merge_id = merge_id
        self._skip_first_redo = already_applied

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, DocumentCommand) or other.id() != self.id() or self.id() < 0:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._state._set_document(self.after)

    def undo(self) -> None:
        self._state._set_document(self.before)


class AppState(QObject):
    documentChanged = Signal(object)  # Document, after any change
    sequencesChanged = Signal()  # values, names, targets, order
    paramsChanged = Signal(object)  # RNNParams (also live during training)
    trainingSettingsChanged = Signal(object)  # TrainingSettings
    selectionChanged = Signal(int)
    runStateChanged = Signal(str)
    runReset = Signal()  # the history was cleared
    runUpdated = Signal(object)  # Chunk, at most ~30 a second
    diagnosisChanged = Signal(object)  # Diagnosis
    statusMessage = Signal(str, int)  # text, milliseconds (0 = until replaced)

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # before any worker thread exists: see gui_gc.py
        self._document = document or statland()
        self._selected = 0
        self.undo_stack = QUndoStack(self)
        self.history = RunHistory()
        self.diagnosis: Diagnosis | None = None
        self.end: TrainEnd | None = None
        self.run_state = IDLE
        self.run_initial_params: RNNParams | None = None
        self.steps_per_second = 0.0
        self._run_start_document: Document | None = None
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._control: RunControl | None = None
        self._hyper: Hyper | None = None
        self._step_offset = 0
        self.run_max_steps = self._document.training.max_steps
        self._run_id = 0  # counts worker threads; chunks carry it (see TrainingWorker.run_id)
        self._ack_hops = 0
        self._params_pending = False
        self._next_params_at = 0.0  # time.monotonic() after which a chunk announces its params

    # --- the document ----------------------------------------------------------------------------
    @property
    def document(self) -> Document:
        return self._document

    @property
    def params(self) -> RNNParams:
        return self._document.params

    @property
    def selected_index(self) -> int:
        return self._selected

    @property
    def selected_sequence(self) -> SequenceData:
        return self._document.sequences[self._selected]

    def trace(self) -> ForwardTrace:
        """The forward pass of the selected sequence with the current parameters."""
        return forward(self.params, self.selected_sequence.values, self._document.training.activation)

    def apply(self, document: Document, text: str, merge_id: int = -1) -> None:
        """Make ``document`` current through the undo stack (no-op when nothing changed)."""
        if document == self._document:
            return
        if self._is_training_relevant_change(document) and self.is_active:
            self.stop()
        elif self.is_active:
            # The steps trained so far become their own undo step first; otherwise this command
            # would remember mid-run parameters and undoing it would restore those.
            self._commit_run_to_undo()
        self.undo_stack.push(DocumentCommand(self, self._document, document, text, merge_id))

    def replace_document(self, document: Document, text: str = "New project") -> None:
        """Open, New or a preset: also undoable, and the run starts afresh."""
        self.stop()
        # Forget the old run's start first: reset_run would otherwise put those weights back
        # over the new document's own.
        self.run_initial_params = None
        self.apply(document, text)
        self.reset_run()

    def set_params(self, params: RNNParams, text: str = "Edit weights", merge_id: int = -1) -> None:
        self.apply(self._document.with_params(params), text, merge_id)

    def set_sequences(self, sequences: tuple[SequenceData, ...], text: str) -> None:
        self.apply(self._document.with_sequences(sequences), text)

    def set_training(
        self, training: TrainingSettings, text: str = "Change training settings", merge_id: int = -1
    ) -> None:
        """Learning rate, momentum and clipping take effect mid-run; the rest at the next run."""
        if self._hyper is not None:
            self._hyper.learning_rate = float(training.learning_rate)
            self._hyper.momentum = float(training.momentum)
            self._hyper.clip = None if training.clip is None else float(training.clip)
        self.apply(self._document.with_training(training), text, merge_id)

    def select(self, index: int) -> None:
        index = max(0, min(index, len(self._document.sequences) - 1))
        if index != self._selected:
            self._selected = index
            self.selectionChanged.emit(index)

    def _is_training_relevant_change(self, document: Document) -> bool:
        old = self._document
        return (
            document.sequences != old.sequences
            or document.training.activation != old.training.activation
            or document.training.trainable != old.training.trainable
            or document.params != old.params
        )

    def _set_document(self, document: Document) -> None:
        """Called by undo commands only: emit exactly what changed."""
        old, self._document = self._document, document
        if document.sequences != old.sequences:
            if self._selected >= len(document.sequences):
                self._selected = len(document.sequences) - 1
                self.selectionChanged.emit(self._selected)
            self.sequencesChanged.emit()
        if document.params != old.params:
            self.paramsChanged.emit(document.params)
        if document.training != old.training:
            self.trainingSettingsChanged.emit(document.training)
        self.documentChanged.emit(document)

    # --- the training run ----------------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        """A worker thread exists (running or paused)."""
        return self._thread is not None

    def start_training(self) -> None:
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
            self._commit_run_to_undo()

    def resume(self) -> None:
        self.start_training()

    def step(self) -> None:
        """Exactly one gradient-descent step (starting a paused run if none is going)."""
        if self._control is None:
            self._start(paused=True)
        if self._control is not None:
            self._control.step(1)
            self._set_run_state(PAUSED)

    def stop(self) -> None:
        """End the run (cooperatively) and wait for its thread; the parameters stay where they are."""
        if self._control is not None:
            self._control.stop()
        self._join()

    def reset_run(self) -> None:
        """Back to this run's initial parameters (the same every time), history cleared."""
        self.stop()
        initial = self.run_initial_params
        self.history.clear()
        self.diagnosis = None
        self.end = None
        self.run_initial_params = None
        self._set_run_state(IDLE)
        self.runReset.emit()
        if initial is not None and initial != self.params:
            self.set_params(initial, "Reset run")

    def reinitialise(self, seed: int) -> None:
        """New starting parameters from a seed (shown in the UI so a class can repeat it)."""
        self.reset_run()
        training = replace(self._document.training, seed=int(seed))
        doc = self._document.with_training(training).with_params(random_params(int(seed)))
        self.apply(doc, f"Random parameters (seed {seed})")

    def _start(self, paused: bool) -> None:
        sequences, targets = self._document.training_data()
        if not sequences:
            self.statusMessage.emit(
                "Nothing to train: give at least one ticked sequence a target value.", 6000
            )
            return
        training = self._document.training
        config = training.config()
        done = int(self.history.last[0]) if self.history.last is not None else 0
        if (
            self.run_state in (FINISHED, DIVERGED)
            or self.run_initial_params is None
            or done >= config.max_steps
        ):
            # A new run; a run interrupted by Stop (or a settings change) goes on from its step.
            self.history.clear()
            self.end = None
            self.diagnosis = None
            self.runReset.emit()
            self.run_initial_params = self.params
            done = 0
        self.run_max_steps = config.max_steps
        config = replace(config, max_steps=config.max_steps - done)
        self._hyper = Hyper(config.learning_rate, config.momentum, config.clip)
        self._control = RunControl(paused=paused)
        self._run_start_document = self._document
        start = self.params
        self._thread = QThread()
        self._thread.setObjectName("training")
        self._step_offset = done
        self._run_id += 1
        self._worker = TrainingWorker(
            start, sequences, targets, config, self._hyper, self._control, done, self.run_max_steps,
            self._run_id,
        )
        self._worker.moveToThread(self._thread)
        self._worker.chunkReady.connect(self._on_chunk)
        self._worker.finished.connect(self._on_finished)
        self._thread.started.connect(self._worker.run)
        self._set_run_state(PAUSED if paused else RUNNING)
        self._thread.start()

    @Slot(object)
    def _on_chunk(self, chunk: Chunk) -> None:
        if self._worker is None or chunk.run_id != self._worker.run_id:
            return  # a late chunk from a run that was already stopped
        self.history.append(chunk.rows)  # steps counted from the run's start by the worker
        self.steps_per_second = chunk.steps_per_second
        self._document = self._document.with_params(chunk.params)  # live, not an undo step
        self._announce_params()
        self.diagnosis = chunk.diagnosis
        self.runUpdated.emit(chunk)
        self.diagnosisChanged.emit(chunk.diagnosis)
        # Let the worker go on only after the views have reacted and repainted, so none of that
        # work fights the training loop for the interpreter lock (each hand-over costs the GUI
        # thread up to a switch interval). What the views did posts scene updates (normal
        # priority: they repaint the plots) and window repaints (low priority); a low-priority
        # event posted now runs after them, and ACK_HOPS of those in a row also after what they
        # post in turn. (A rare relayout, when an axis needs wider labels, can still come later.)
        self._ack_hops = ACK_HOPS
        self._post_ack_hop()

    def _announce_params(self) -> None:
        """paramsChanged for a chunk: at once when paused (each Step shows), at most every
        LIVE_PARAMS_INTERVAL while running. Only here, while the worker waits for this chunk to
        be taken: from a timer the views' work would fight the training loop for the lock.
        A skipped chunk's parameters are announced when the run pauses or ends."""
        now = time.monotonic()
        if self.run_state == RUNNING and now < self._next_params_at:
            self._params_pending = True
            return
        self._params_pending = False
        self._next_params_at = now + LIVE_PARAMS_INTERVAL
        self.paramsChanged.emit(self._document.params)

    def _flush_params(self) -> None:
        if self._params_pending:
            self._params_pending = False
            self.paramsChanged.emit(self._document.params)

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

    @Slot(object)
    def _on_finished(self, result: tuple[TrainEnd, Diagnosis, int]) -> None:
        end, diagnosis, run_id = result
        if self._worker is None or run_id != self._worker.run_id:
            return
        if end.reason == "stopped":  # interrupted, not ended: Train goes on from here
            self._join()
            return
        self.end = end
        self.diagnosis = diagnosis
        self._join()
        self.diagnosisChanged.emit(diagnosis)
        if end.reason == "diverged":
            self.statusMessage.emit(
                f"Training diverged at step {end.step:,}: numbers overflowed. "
                "The last finite parameters were kept.",
                0,
            )
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
        self._hyper = None
        self._commit_run_to_undo()
        if self.run_state in (RUNNING, PAUSED):
            self._set_run_state(FINISHED if self.end is not None else IDLE)

    def _commit_run_to_undo(self) -> None:
        """The steps trained so far become one undo step (without re-applying them)."""
        before = self._run_start_document
        if before is None or before.params == self._document.params:
            return
        after = self._document
        self._run_start_document = after if self._thread is not None else None
        steps = int(self.history.last[0]) if self.history.last is not None else 0
        self.undo_stack.push(
            DocumentCommand(self, before, after, f"Train to step {steps:,}", already_applied=True)
        )

    def _set_run_state(self, run_state: str) -> None:
        changed, self.run_state = run_state != self.run_state, run_state
        if run_state != RUNNING:
            self._flush_params()  # paused or ended: the views show the exact parameters
        if changed:
            self.runStateChanged.emit(run_state)

    def undo(self) -> None:
        """Undo (the menu's action): a running run stops first, so it cannot train stale values."""
        self.stop()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.stop()
        self.undo_stack.redo()

    def shutdown(self) -> None:
        """Stop training and join the thread: for closeEvent and aboutToQuit."""
        self.stop()

"""The one object views subscribe to: the document with its undo stack, the run, the view state.

Every change to the document goes through ``apply`` and so through one QUndoStack: a value typed
in the editor, a weight dragged on the canvas, a preset, an import, and a whole training run (one
undo step, "Train to step 500", pushed when the run pauses or stops). The run's lifecycle lives in
``training_run.py``, what the views show in ``view_state.py``; this object hands both out and
re-emits their signals, so a view takes the state and never reaches into another view.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..engine import Diagnosis, TrainEnd
from ..engine.cells import cell_of
from ..model.document import Document, SequenceData, TrainingSettings
from ..model.history import RunHistory
from ..model.presets import statland
from .gui_gc import collect_on_gui_thread
from .pacing import LIVE_PARAMS_INTERVAL
from .training_run import DIVERGED, FINISHED, IDLE, PAUSED, RUNNING, TrainingRun
from .view_state import ViewState

# Run states and the live-update interval are re-exported: views and tests know them from here.
__all__ = [
    "DIVERGED", "FINISHED", "IDLE", "LIVE_PARAMS_INTERVAL", "PAUSED", "RUNNING", "AppState",
    "DocumentCommand",
]


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
    paramsChanged = Signal(object)  # the cell's parameters (also live during training)
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
        self._trace_cache: tuple[Any, ...] | None = None
        self.undo_stack = QUndoStack(self)
        self.view = ViewState(self)
        self.run = TrainingRun(self)
        for name in ("runStateChanged", "runReset", "runUpdated", "diagnosisChanged"):
            getattr(self.run, name).connect(getattr(self, name))

    # --- the document ----------------------------------------------------------------------------
    @property
    def document(self) -> Document:
        return self._document

    @property
    def params(self) -> Any:
        """The current cell's parameters (RNNParams or LSTMParams)."""
        return self._document.params

    @property
    def cell(self):
        return cell_of(self._document.params)

    @property
    def selected_index(self) -> int:
        return self._selected

    @property
    def selected_sequence(self) -> SequenceData:
        return self._document.sequences[self._selected]

    def trace(self) -> Any:
        """The forward pass of the selected sequence with the current parameters, computed once
        per change however many views ask (canvas, chart, editor, lesson read-outs)."""
        doc = self._document
        values = doc.sequences[self._selected].values
        key = (doc.params, values, doc.training.activation)
        if self._trace_cache is None or self._trace_cache[0] != key:
            trace = self.cell.forward(doc.params, values, doc.training.activation)
            self._trace_cache = (key, trace)
        return self._trace_cache[1]

    # --- the run, as the views know it (training_run.py does the work) ------------------------
    @property
    def history(self) -> RunHistory:
        return self.run.history

    @property
    def diagnosis(self) -> Diagnosis | None:
        return self.run.diagnosis

    @property
    def end(self) -> TrainEnd | None:
        return self.run.end

    @property
    def run_state(self) -> str:
        return self.run.run_state

    @property
    def run_initial_params(self) -> Any:
        return self.run.initial_params

    @property
    def steps_per_second(self) -> float:
        return self.run.steps_per_second

    @property
    def run_max_steps(self) -> int:
        return self.run.max_steps

    @property
    def is_active(self) -> bool:
        """A worker thread exists (running or paused)."""
        return self.run.is_active

    def start_training(self) -> None:
        """Train, or resume a paused run."""
        self.run.start()

    def resume(self) -> None:
        self.run.start()

    def pause(self) -> None:
        self.run.pause()

    def step(self) -> None:
        """Exactly one gradient-descent step (starting a paused run if none is going)."""
        self.run.step()

    def stop(self) -> None:
        """End the run and wait for its thread; the parameters stay where they are."""
        self.run.stop()

    def set_speed(self, steps_per_second: float | None) -> None:
        """Steps per second of the run (None: flat out); a running run follows at once."""
        self.run.set_speed(steps_per_second)

    def reset_run(self) -> None:
        """Back to this run's initial parameters (the same every time), history cleared."""
        initial = self.run.reset()
        if initial is not None and initial != self.params:
            self.set_params(initial, "Reset run")

    def reinitialise(self, seed: int) -> None:
        """New starting parameters from a seed (shown in the UI so a class can repeat it)."""
        self.reset_run()
        training = replace(self._document.training, seed=int(seed))
        doc = self._document.with_training(training).with_params(self.cell.random_params(int(seed)))
        self.apply(doc, f"Random parameters (seed {seed})")

    # --- what the run writes back ------------------------------------------------------------
    def set_live_params(self, params: Any) -> None:
        """A run's latest parameters: shown live, not an undo step (the run pushes one later)."""
        self._document = self._document.with_params(params)

    def announce_params(self) -> None:
        self.paramsChanged.emit(self._document.params)

    def push_applied(self, before: Document, after: Document, text: str) -> None:
        """An undo step for a change that is already on screen (a training run's steps)."""
        self.undo_stack.push(DocumentCommand(self, before, after, text, already_applied=True))

    def apply(self, document: Document, text: str, merge_id: int = -1) -> None:
        """Make ``document`` current through the undo stack (no-op when nothing changed)."""
        if document == self._document:
            return
        if self._is_training_relevant_change(document) and self.is_active:
            self.stop()
        elif self.is_active:
            # The steps trained so far become their own undo step first; otherwise this command
            # would remember mid-run parameters and undoing it would restore those.
            self.run.commit_to_undo()
        self.undo_stack.push(DocumentCommand(self, self._document, document, text, merge_id))

    def replace_document(self, document: Document, text: str = "New project") -> None:
        """Open, New or a preset: also undoable, and the run starts afresh."""
        self.stop()
        # Forget the old run's start first: reset_run would otherwise put those weights back
        # over the new document's own.
        self.run.forget_start()
        self.apply(document, text)
        self.reset_run()

    def set_params(self, params: Any, text: str = "Edit weights", merge_id: int = -1) -> None:
        self.apply(self._document.with_params(params), text, merge_id)

    def set_sequences(self, sequences: tuple[SequenceData, ...], text: str) -> None:
        self.apply(self._document.with_sequences(sequences), text)

    def set_training(
        self, training: TrainingSettings, text: str = "Change training settings", merge_id: int = -1
    ) -> None:
        """Learning rate, momentum and clipping take effect mid-run; the rest at the next run."""
        self.run.set_hyper(training.learning_rate, training.momentum, training.clip,
                           training.stop_when_converged)
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
            if document.training.speed != old.training.speed:  # a preset, an undo, the slider
                self.run.set_speed(document.training.speed)
            self.trainingSettingsChanged.emit(document.training)
        self.documentChanged.emit(document)

    def undo(self) -> None:
        """Undo (the menu's action): a running run stops first, so it cannot train stale values;
        undoing the run's steps takes its curves and diagnosis away with them."""
        self.stop()
        self.undo_stack.undo()
        self._forget_run_if_undone()

    def redo(self) -> None:
        self.stop()
        self.undo_stack.redo()
        self._forget_run_if_undone()

    def _forget_run_if_undone(self) -> None:
        last = self.run.history.last
        if last is None:
            return
        trained = self.run.history.columns.params
        if tuple(last[trained]) != tuple(self.params.as_tuple()):
            self.run.reset()  # the curves, "Converged" and the progress belong to other weights

    def shutdown(self) -> None:
        """Stop training and join the thread: for closeEvent and aboutToQuit."""
        self.stop()

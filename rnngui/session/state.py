"""The one object views subscribe to: the document with its undo stack, the run, the view state.

Every change to the document goes through ``apply`` and so through one QUndoStack: a value typed
in the editor, a weight dragged on the canvas, a preset, an import, and a whole training run (one
undo step, "Train to step 500", pushed when the run pauses or stops). The run's lifecycle lives in
``training_run.py``, what the views show in ``view_state.py``; this object hands both out and
re-emits their signals, so a view takes the state and never reaches into another view.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..engine import Diagnosis, TrainEnd
from ..engine.cells import cell_of
from ..engine.words import t, whole
from ..model.document import Document, SequenceData, TrainingSettings
from ..model.history import RunHistory
from ..model.presets import statland
from .gui_gc import collect_on_gui_thread
from .pacing import LIVE_PARAMS_INTERVAL
from .replay_job import ReplayComputer
from .timeline import ReplayPlan, params_at, replay
from .training_run import (
    DIVERGED,
    FINISHED,
    FORK_MERGE_ID,
    IDLE,
    PAUSED,
    RUNNING,
    ForkOrigin,
    RunSnapshot,
    TrainingRun,
)
from .view_state import ViewState

# Replays up to this many steps run on the GUI thread (~40 ms on the 2-core machine: a slider
# drag stays smooth); longer ones go to a worker (replay_job.py) and the step shows when done.
SYNC_REPLAY_STEPS = 1000

# Run states and the live-update interval are re-exported: views and tests know them from here.
__all__ = [
    "DIVERGED", "FINISHED", "IDLE", "LIVE_PARAMS_INTERVAL", "PAUSED", "RUNNING", "AppState",
    "DocumentCommand", "ForkCommand", "SYNC_REPLAY_STEPS",
]


class DocumentCommand(QUndoCommand):
    """Swap one immutable Document for another; undo swaps back. Merges repeated drags."""

    def __init__(
        self, state: AppState, before: Document, after: Document, text: str, merge_id: int = -1,
        already_applied: bool = False,
    ) -> None:
        super().__init__(text)
        # A weak proxy: a strong one made every AppState with an undo step a reference cycle, left
        # to the collector, whose arbitrary order could hand a command back to Python before the
        # stack was destroyed (SIGSEGV in QUndoStack::clear, seen at the end of the test suite).
        self._state = weakref.proxy(state)
        self.before, self.after = before, after
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


class ForkCommand(DocumentCommand):
    """"Fork from step 40": the document gets the fork's start and settings, the run becomes the
    fork (the original set aside, drawn beside it). The fork's training steps merge into this
    command (FORK_MERGE_ID), so one Undo takes the whole fork away and brings the original run
    back, curves, verdict and timeline; Redo brings the fork back as it was."""

    def __init__(self, state: AppState, before: Document, after: Document, text: str,
                 origin: RunSnapshot) -> None:
        super().__init__(state, before, after, text, FORK_MERGE_ID)
        self.origin = origin
        self.fork: RunSnapshot | None = None  # the fork as it was when undone

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if isinstance(other, ForkCommand):  # a fork of the fork is an edit of its own
            return False
        return super().mergeWith(other)

    def redo(self) -> None:
        super().redo()
        if self.fork is not None:
            self._state.run.restore(self.fork)

    def undo(self) -> None:
        self.fork = self._state.run.snapshot()
        super().undo()
        self._state.run.restore(self.origin)


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
    runRestored = Signal()  # a whole run came back (a fork undone or redone)
    # The timeline: a long replay to this step is under way (-1: none; see show_step)
    shownStepPending = Signal(int)

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # before any worker thread exists: see gui_gc.py
        self._document = document or statland()
        self._selected = 0
        self._trace_cache: tuple[Any, ...] | None = None
        self.undo_stack = QUndoStack(self)
        self.view = ViewState(self)
        self.run = TrainingRun(self)
        for name in ("runStateChanged", "runReset", "runUpdated", "diagnosisChanged",
                     "runRestored"):
            getattr(self.run, name).connect(getattr(self, name))
        # The timeline: a shown step is the parameters every params view shows (paramsChanged
        # tells them, as during a run); anything that makes the run go on, or another run, or an
        # edit, brings the live parameters back.
        self.replay = ReplayComputer(self)
        self.replay.result.ready.connect(self._on_replayed)
        self.replay.result.failed.connect(self._on_replay_failed)
        self._replay_wanted = -1  # the replay generation whose answer is still wanted
        # Bound methods, not lambdas: a lambda holding self, kept by the connection, is a cycle
        # the collector cannot see (tests/session/test_gui_gc.py).
        self.view.shownStepChanged.connect(self._announce_shown_params)
        self.runUpdated.connect(self.show_live)
        self.runReset.connect(self.show_live)
        self.runStateChanged.connect(self._live_when_running)

    def _announce_shown_params(self, _step: int) -> None:
        self.paramsChanged.emit(self.shown_params)

    def _live_when_running(self, run_state: str) -> None:
        if run_state == RUNNING:
            self.show_live()

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
        params = self.shown_params  # a step of the run's timeline, or the live parameters
        key = (params, values, doc.training.activation)
        if self._trace_cache is None or self._trace_cache[0] != key:
            # the document's cell: a shown step is always a step of a run of this cell
            trace = self.cell.forward(params, values, doc.training.activation)
            self._trace_cache = (key, trace)
        return self._trace_cache[1]

    # --- the run's timeline (timeline.py): which step's parameters the views show -------------
    @property
    def shown_params(self) -> Any:
        """What the views draw: a scrubbed step's exact parameters, else the live ones."""
        view = self.view
        return view.shown_params if view.shown_step is not None else self._document.params

    def can_scrub(self) -> bool:
        """The timeline works while the run is paused or over (not while it trains)."""
        return self.run_state != RUNNING and self.run.history.last is not None

    def show_step(self, step: int) -> bool:
        """Show the exact parameters after ``step`` of the run: from a kept row, or replayed
        with the engine (on a worker when long: the step shows when it is ready, and
        ``shownStepPending`` says it is coming). False when there is no such step now."""
        if not self.can_scrub():
            return False
        last = int(self.run.history.last[0])
        step = max(self.run.first_step, min(int(step), last))
        try:
            found = self.run.timeline.plan(step, self.run.history)
        except ValueError as error:
            self.statusMessage.emit(t("Cannot show that step: {error}.", error=error), 6000)
            return False
        self.replay.cancel()
        self._replay_wanted = -1
        if isinstance(found, ReplayPlan) and found.steps > SYNC_REPLAY_STEPS:
            self._replay_wanted = self.replay.request(found)
            self.shownStepPending.emit(step)
            return True
        if isinstance(found, ReplayPlan):
            *_, found = replay(found)
        self.shownStepPending.emit(-1)
        self.view.show_step(step, found)
        return True

    @Slot(int, int, object)
    def _on_replayed(self, generation: int, step: int, params: Any) -> None:
        if generation != self._replay_wanted or not self.can_scrub():
            return  # a newer step was asked for, or the run went on
        self._replay_wanted = -1
        self.shownStepPending.emit(-1)
        self.view.show_step(step, params)

    @Slot(int, str)
    def _on_replay_failed(self, generation: int, message: str) -> None:
        if generation == self._replay_wanted:
            self._replay_wanted = -1
            self.shownStepPending.emit(-1)
            self.statusMessage.emit(t("Could not replay the run to that step ({reason}).",
                                            reason=message), 8000)

    @Slot()
    def show_live(self, *_: object) -> None:
        """Back to the live parameters (the run goes on, or something changed)."""
        if self._replay_wanted >= 0:
            self.replay.cancel()
            self._replay_wanted = -1
            self.shownStepPending.emit(-1)
        self.view.show_live()

    def fork_from(self, step: int, training: TrainingSettings, what: str) -> bool:
        """A new run from the exact parameters after ``step`` of this run, with ``training``
        (for example clipping on), drawn beside this run; one undoable edit. ``what`` says in a
        few words what changed ("clipping on"). False (with a message) when it cannot be."""
        if self.run.history.last is None:
            self.statusMessage.emit(t("Nothing to fork yet: train first."), 6000)
            return False
        self.pause()  # the run is paused before its steps are looked at
        step = max(self.run.first_step, min(int(step), int(self.run.history.last[0])))
        if step >= training.max_steps:
            self.statusMessage.emit(t(
                "Cannot fork from step {step}: the run ends at step {last}. Raise max steps "
                "first.", step=whole(step), last=whole(training.max_steps)), 8000)
            return False
        if self.view.shown_step == step:
            params = self.view.shown_params
        else:  # a fork from a step never shown: replayed here
            params = params_at(self.run.timeline, step, self.run.history)
        self.stop()  # the steps trained so far become their own undo step first
        origin = ForkOrigin(step, self.run.history.drawable().copy(), what)
        snapshot = self.run.snapshot()
        after = self._document.with_params(params).with_training(training)
        self.undo_stack.push(ForkCommand(
            self, self._document, after, t("Fork from step {step} ({what})", step=whole(step), what=what), snapshot))
        self.run.start_fork(origin, params)
        self.run.start()
        return True

    # --- the run, as the views know it (training_run.py does the work) ------------------------
    @property
    def fork_origin(self) -> ForkOrigin | None:
        """The run this run forked from (drawn beside it), or None."""
        return self.run.fork_origin

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
            self.set_params(initial, t("Reset run"))

    def reinitialise(self, seed: int) -> None:
        """New starting parameters from a seed (shown in the UI so a class can repeat it)."""
        self.reset_run()
        training = replace(self._document.training, seed=int(seed))
        doc = self._document.with_training(training).with_params(self.cell.random_params(int(seed)))
        self.apply(doc, t("Random parameters (seed {seed})", seed=seed))

    # --- what the run writes back ------------------------------------------------------------
    def set_live_params(self, params: Any) -> None:
        """A run's latest parameters: shown live, not an undo step (the run pushes one later)."""
        self._document = self._document.with_params(params)

    def announce_params(self) -> None:
        self.paramsChanged.emit(self._document.params)

    def push_applied(self, before: Document, after: Document, text: str,
                     merge_id: int = -1) -> None:
        """An undo step for a change that is already on screen (a training run's steps; a
        fork's merge into the fork's step, see ForkCommand)."""
        self.undo_stack.push(DocumentCommand(self, before, after, text, merge_id,
                                             already_applied=True))

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

    def replace_document(self, document: Document, text: str = "") -> None:
        """Open, New or a preset: also undoable, and the run starts afresh (``text`` names the
        undo step; none: "New project" in the chosen language)."""
        text = text or t("New project")
        self.stop()
        # Forget the old run's start first: reset_run would otherwise put those weights back
        # over the new document's own.
        self.run.forget_start()
        self.apply(document, text)
        self.reset_run()

    def set_params(self, params: Any, text: str = "", merge_id: int = -1) -> None:
        self.apply(self._document.with_params(params), text or t("Edit weights"), merge_id)

    def set_sequences(self, sequences: tuple[SequenceData, ...], text: str) -> None:
        self.apply(self._document.with_sequences(sequences), text)

    def set_training(
        self, training: TrainingSettings, text: str = "", merge_id: int = -1
    ) -> None:
        """Learning rate, momentum and clipping take effect mid-run; the rest at the next run."""
        self.run.set_hyper(training.learning_rate, training.momentum, training.clip,
                           training.stop_when_converged)
        self.apply(self._document.with_training(training), text or t("Change training settings"),
                   merge_id)

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
        self.show_live()  # an edit, an undo: the timeline's step is no longer what is edited
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
        """Stop training and join the threads: for closeEvent and aboutToQuit."""
        self.stop()
        self.replay.cancel()
        self.replay.wait(2000)  # a replay looks at its cancel flag every few thousand steps

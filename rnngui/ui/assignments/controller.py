"""Assignments in the window: the teacher makes one, the student's window enforces it and records
every run, the teacher reviews what comes back.

- File → New assignment… (setup_dialog.py) turns the project into an assignment and saves the
  teacher's copy, and beside it the copy for students.
- Opening an assignment shows the Assignment dock; in a student's copy what the teacher hid or
  locked stays hidden or locked (locks.py). The teacher's copy opens unlocked, and File → Open as
  teacher… opens any copy unlocked: knowing it is a teacher's file is the key. No passwords: this
  is a classroom, not a vault.
- Every run the student makes is appended to the assignment's attempts when it ends (or when it is
  thrown away unfinished), so saving the file hands the attempts in.
- File → Review hand-ins… (review_dialog.py) reads several handed-in files into one table.
"""

from __future__ import annotations

import datetime
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMainWindow

from ...engine.words import t
from ...model import project_file
from ...model.assignment import Assignment, GoalCheck, RunResult, make_attempt
from ...model.history import LOSS, STEP
from ...session.state import DIVERGED, FINISHED, PAUSED, RUNNING
from .. import prompts
from .locks import Locks
from .panel import AssignmentPanel

HANDOUT_SUFFIX = " - for students"


@dataclass
class _Run:
    """The run being made, as far as the goals need it: the SSR's new lows (enough for "SSR at
    most X within N steps" for any N), whether clipping was ever on, the time spent running."""

    start_params: Any
    settings: dict[str, Any]
    started: str
    lows: list[tuple[int, float]] = field(default_factory=list)
    steps: int = 0
    clip_used: bool = False
    seconds: float = 0.0
    running_since: float | None = None
    recorded: bool = False
    document: Any = None  # the project as the last chunk found it, and the run's parameters
    end_params: Any = None

    def add_rows(self, rows: np.ndarray) -> None:
        if not len(rows):
            return
        best = self.lows[-1][1] if self.lows else math.inf
        losses = np.where(np.isfinite(rows[:, LOSS]), rows[:, LOSS], np.inf)
        # Vectorised: a flat-out run sends thousands of rows a second.
        before = np.concatenate(([best], np.minimum.accumulate(losses)[:-1]))
        before = np.minimum(before, best)
        for i in np.flatnonzero(losses < before):
            self.lows.append((int(rows[i, STEP]) - 1, float(losses[i])))  # row k: SSR before k
        self.steps = max(self.steps, int(rows[-1, STEP]))

    def result(self, end: str, final_ssr: float | None = None) -> RunResult:
        lows = list(self.lows)
        if final_ssr is not None and math.isfinite(final_ssr):
            lows.append((self.steps, final_ssr))
        return RunResult(self.start_params, tuple(lows), self.steps, self.clip_used, end)

    def elapsed(self) -> float:
        extra = time.monotonic() - self.running_since if self.running_since is not None else 0.0
        return self.seconds + extra


def handout_path(teacher_file: Path) -> Path:
    return teacher_file.with_name(f"{teacher_file.stem}{HANDOUT_SUFFIX}{teacher_file.suffix}")


class Assignments(QObject):
    changed = Signal()  # another assignment, or its locks put on or lifted
    attemptRecorded = Signal(object)  # Attempt

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.files = window.file_actions
        self.teaching = getattr(window, "teaching", None)
        self.unlocked = False  # opened with File → Open as teacher…
        self._open_as_teacher = False
        self._run: _Run | None = None
        self.locks = Locks(window)
        self.panel = AssignmentPanel(self)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.studentNamed.connect(self.set_student)
        self._build_actions()
        self.files.assignmentChanged.connect(self._on_assignment)
        self.state.runStateChanged.connect(self._on_run_state)
        self.state.runUpdated.connect(self._on_run_updated)
        self.state.runReset.connect(self._on_run_reset)

    # --- what the others ask ---------------------------------------------------------------------
    @property
    def assignment(self) -> Assignment | None:
        return self.files.assignment

    @property
    def is_locked(self) -> bool:
        """A student's copy is open: what the teacher hid or locked stays so."""
        a = self.assignment
        return a is not None and not a.teacher_copy and not self.unlocked

    def live_checks(self) -> list[GoalCheck]:
        """Each goal checked now: the current parameters and the run being made (if any)."""
        a = self.assignment
        if a is None:
            return []
        result = self._run.result("running") if self._run is not None and self._run.steps else None
        return [g.check(self.state.document, result) for g in a.goals]

    # --- menus -----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, tip: str, name: str, slot) -> QAction:
            a = QAction(text, self.window)
            a.setObjectName(name)
            a.setToolTip(tip)
            a.setStatusTip(tip)
            a.triggered.connect(slot)
            return a

        self.new_action = action("New &assignment…", "Make this project an assignment: "
                                 "instructions, goals, what to hide or lock",
                                 "newAssignmentAction", self.new_assignment_dialog)
        self.open_teacher_action = action("Open as &teacher…", "Open an assignment with "
                                          "nothing hidden or locked", "openAsTeacherAction",
                                          self.open_as_teacher_dialog)
        self.handout_action = action("Save for &students…", "Write the copy of this assignment "
                                     "to hand out: locks on, no attempts", "saveHandoutAction",
                                     self.save_handout_dialog)
        self.review_action = action("&Review hand-ins…", "Open several handed-in files: who met "
                                    "which goal, after how many runs", "reviewHandInsAction",
                                    self.review_dialog)
        menu = self.window.menuBar().actions()[0].menu()
        actions = menu.actions()
        quit_action = next((a for a in actions if a.text().replace("&", "") == "Quit"), None)
        for a in (self.new_action, self.open_teacher_action, self.handout_action,
                  self.review_action):
            menu.insertAction(quit_action, a)
        menu.insertSeparator(quit_action)
        # A student who closed the dock gets it back from the View menu.
        self.panel_action = self.panel.toggleViewAction()
        self.panel_action.setText("&Assignment panel")
        self.panel_action.setObjectName("assignmentPanelAction")
        self.panel_action.setToolTip("Show or hide the assignment's instructions and goals")
        view_menu = getattr(self.teaching, "view_menu", None)
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.panel_action)
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.assignment
        self.new_action.setEnabled(not self.is_locked)
        self.handout_action.setEnabled(a is not None and not self.is_locked)
        self.panel_action.setEnabled(a is not None)
        if self.teaching is not None:
            # The View menu's show-or-hide must not undo the teacher's choices in a student copy.
            for name in ("class_setup_action", "show_all_action"):
                item = getattr(self.teaching, name, None)
                if item is not None:
                    item.setEnabled(not self.is_locked)
            for name, item in getattr(self.teaching, "part_actions", {}).items():
                item.setEnabled(not (self.is_locked and name in self.locks.hidden_parts))
            # The Run menu's keys act through the state, not the buttons: a locked or hidden
            # Train (or Step, Reset…) button takes its key with it.
            for item in getattr(self.teaching, "run_actions", []):
                button = self.window.findChild(QAbstractButton, item.objectName()[len("run_"):])
                item.setEnabled(button is None or not self.locks.blocks(button))

    # --- opening and making assignments ------------------------------------------------------
    @Slot(object)
    def _on_assignment(self, assignment: Assignment | None) -> None:
        self.unlocked = self._open_as_teacher
        self._run = None
        self._apply_locks()
        if assignment is None:
            self.panel.hide()
        else:
            self.panel.show()
            self.panel.show_assignment()
        self.changed.emit()

    def _apply_locks(self) -> None:
        teaching = self.teaching
        keep = set(getattr(teaching, "hidden_parts", set()))
        keep_controls = set(getattr(teaching, "hidden_controls", set()))
        self.locks.release(keep, keep_controls)
        a = self.assignment
        if self.is_locked and a is not None:
            self.locks.apply(a.hidden_parts, a.hidden_controls, a.locked_parts, a.locked_controls)
        self._update_actions()

    def make_assignment(self, assignment: Assignment) -> None:
        """The project becomes this assignment (the teacher's copy); unsaved until saved."""
        assignment.teacher_copy = True
        self.files.set_assignment(assignment)
        self.state.undo_stack.resetClean()

    def save_teacher_and_handout(self, teacher_file: str | Path | None = None) -> Path | None:
        """Save the teacher's copy (asking where when it has no file yet) and, beside it, the copy
        for students. Returns the students' copy, or None if nothing was saved."""
        if teacher_file is not None:
            saved = self.files.save_file(teacher_file)
        else:
            saved = self.files.save()
        if not saved or self.files.path is None:
            return None
        handout = handout_path(self.files.path)
        if not self.save_handout(handout):
            return None
        self.state.statusMessage.emit(t(
            "Saved the teacher's copy {teacher} and the copy for students {students}",
            teacher=self.files.path.name, students=handout.name), 0)
        return handout

    def save_handout(self, path: str | Path) -> bool:
        """Write the copy to hand out: the same project, locks in force, no attempts."""
        a = self.assignment
        if a is None:
            return False
        path = Path(path)
        made_from = self.files.path.name if self.files.path is not None else ""
        document = self.files.document_to_save()
        try:
            project_file.save(path, type(document)(
                document.sequences, document.params, document.training, document.scaling,
                document.title, dict(document.extra), a.handout(made_from)))
        except (OSError, ValueError) as error:
            text = getattr(error, "strerror", None) or str(error)
            self.state.statusMessage.emit(t("Cannot save {name}: {reason}", name=path.name,
                                            reason=text), 0)
            prompts.show_error(self.window, t("Cannot save {name}", name=path.name), text)
            return False
        return True

    def open_as_teacher(self, path: str | Path) -> bool:
        """Open a file with nothing hidden or locked (the teacher knows it is theirs)."""
        self._open_as_teacher = True
        try:
            opened = self.files.open_file(path)
        finally:
            self._open_as_teacher = False
        if opened and self.assignment is not None:
            self.state.statusMessage.emit(
                "Opened as teacher: nothing is hidden or locked in this window", 0)
        return opened

    def set_student(self, name: str) -> None:
        a = self.assignment
        if a is not None and name != a.student:
            a.student = name[:200]
            self.state.undo_stack.resetClean()  # a change to save, though no undo step

    # --- dialogs ---------------------------------------------------------------------------------
    @Slot()
    def new_assignment_dialog(self):
        from .setup_dialog import NewAssignmentDialog

        if self.is_locked:
            return None
        dialog = NewAssignmentDialog(self.window, self.state.document, self.assignment)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self.make_assignment(dialog.assignment())
            # A project without a file asks where to save it: not where no dialog can show.
            if self.files.path is not None or not prompts.is_headless():
                self.save_teacher_and_handout()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    @Slot()
    def open_as_teacher_dialog(self) -> None:
        if not self.files.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, "Open as teacher",
                                              self.files.start_folder(),
                                              "RNN Lab projects (*.rnnlab);;All files (*)")
        if name:
            self.open_as_teacher(name)

    @Slot()
    def save_handout_dialog(self) -> None:
        if self.assignment is None or self.is_locked:
            return
        start = str(handout_path(self.files.path)) if self.files.path else str(
            Path(self.files.start_folder()) / f"assignment{HANDOUT_SUFFIX}.rnnlab")
        name, _ = QFileDialog.getSaveFileName(self.window, "Save for students", start,
                                              "RNN Lab projects (*.rnnlab)")
        if name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".rnnlab")
            if self.save_handout(path):
                self.state.statusMessage.emit(t("Saved the copy for students: {name}", name=path.name), 0)

    @Slot()
    def review_dialog(self):
        from .review_dialog import ReviewDialog

        dialog = ReviewDialog(self.window, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- recording runs ----------------------------------------------------------------------
    def _tracked(self) -> _Run:
        if self._run is None:
            start = self.state.run_initial_params or self.state.params
            self._run = _Run(start, project_file.training_settings_dict(self.state.document),
                             datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        return self._run

    @Slot(str)
    def _on_run_state(self, run_state: str) -> None:
        if self.assignment is None:
            return
        if run_state in (RUNNING, PAUSED):
            run = self._tracked()
            if run_state == RUNNING and run.running_since is None:
                run.running_since = time.monotonic()
            elif run_state != RUNNING and run.running_since is not None:
                run.seconds = run.elapsed()
                run.running_since = None
            return
        if self._run is not None and self._run.running_since is not None:
            self._run.seconds = self._run.elapsed()
            self._run.running_since = None
        if run_state in (FINISHED, DIVERGED) and self._run is not None and self._run.steps:
            end = self.state.end.reason if self.state.end is not None else "max_steps"
            self._record(end)

    @Slot(object)
    def _on_run_updated(self, chunk) -> None:
        if self.assignment is None:
            return
        run = self._tracked()
        run.add_rows(chunk.rows)
        run.document, run.end_params = self.state.document, chunk.params
        if self.state.document.training.clip is not None:
            run.clip_used = True

    @Slot()
    def _on_run_reset(self) -> None:
        """The history is cleared: a run thrown away unfinished is still an attempt."""
        run = self._run
        if self.assignment is not None and run is not None and run.steps and not run.recorded:
            # By now the parameters may be back at the start (Reset) or another project's (Open):
            # the attempt is what the run's last chunk saw.
            document = run.document if run.document is not None else self.state.document
            if run.end_params is not None:
                document = document.with_params(run.end_params)
            self._record("interrupted", document)
        self._run = None

    def _record(self, end: str, document: Any = None) -> None:
        a, run = self.assignment, self._run
        if a is None or run is None:
            return
        document = self.state.document if document is None else document
        if self.state.document.training.clip is not None:
            run.clip_used = True
        final = None
        try:
            sequences, targets = document.training_data()
            if sequences:
                final, _ = document.cell.loss_and_grads(document.params, sequences, targets,
                                                        document.training.activation)
        except (OverflowError, ValueError, ArithmeticError):
            final = None
        attempt = make_attempt(document, a.goals, run.result(end, final), run.elapsed(),
                               run.started, run.settings)
        a.record(attempt, replace_last=run.recorded)
        run.recorded = True
        self.state.undo_stack.resetClean()  # a run to hand in: the file has unsaved changes
        self.attemptRecorded.emit(attempt)
        self.panel.refresh()

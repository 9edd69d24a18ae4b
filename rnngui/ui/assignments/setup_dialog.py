"""File → New assignment…: the instructions, the goals with their thresholds, and (by the class
set-up's names) which panels and controls the students' copy hides or locks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model.assignment import (
    FIRST_DAY_REACH,
    GOAL_KINDS,
    PREDICT,
    SSR_WITHIN,
    Assignment,
    AssignmentError,
    Goal,
)
from ...model.document import Document
from ..teaching.class_setup import NAME_ROLE, control_label, controls_of
from ..window_parts import PARTS, find_part

SHOW, LOCK = 1, 2
ANY_SEQUENCE = "(the first training sequence)"
KIND_WORDS = {SSR_WITHIN: "SSR ≤ X within N steps",
              FIRST_DAY_REACH: "First day reaches ≥ F of the last (clipping off)",
              PREDICT: "Predict a sequence within D"}
DEFAULTS = {SSR_WITHIN: 0.01, FIRST_DAY_REACH: 0.1, PREDICT: 0.05}


def _named(widget: QWidget, name: str, description: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)
    return widget


class NewAssignmentDialog(QDialog):
    def __init__(self, window: QMainWindow, document: Document,
                 current: Assignment | None = None) -> None:
        super().__init__(window)
        self.setObjectName("newAssignmentDialog")
        self.setWindowTitle("New assignment")
        self._names = [s.name for s in document.sequences]
        self._current = current
        self.instructions = QPlainTextEdit(objectName="assignmentInstructionsEdit")
        self.instructions.setPlaceholderText("What should the students do? For example: train "
                                             "StatLand to an SSR of 0.01 within 500 steps.")
        _named(self.instructions, "Instructions", "What the students read in the Assignment "
               "panel")
        self.goals = QTableWidget(0, 4, objectName="assignmentGoalsTable")
        self.goals.setHorizontalHeaderLabels(["Goal", "Threshold (X, F or D)", "Steps (N)",
                                              "Sequence"])
        header = self.goals.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.goals.verticalHeader().setVisible(False)
        _named(self.goals, "Goals", "The goals the engine checks; each row is one goal")
        self.add_goal_button = QPushButton("&Add goal", objectName="addGoalButton")
        _named(self.add_goal_button, "Add goal", "Add a goal row")
        self.add_goal_button.clicked.connect(lambda: self.add_goal(SSR_WITHIN))
        self.remove_goal_button = QPushButton("&Remove goal", objectName="removeGoalButton")
        _named(self.remove_goal_button, "Remove goal", "Remove the selected goal row")
        self.remove_goal_button.clicked.connect(self.remove_goal)
        self.tree = QTreeWidget(objectName="assignmentLocksTree")
        self.tree.setHeaderLabels(["Panel or control", "Show", "Lock"])
        # The boxes stay in view however long a control's label is (it is elided instead).
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (SHOW, LOCK):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        _named(self.tree, "What students see", "Untick Show to hide a panel or control from "
               "the students; tick Lock to show it but let nobody change it")
        self._fill_tree(window)
        self.message = QLabel(objectName="newAssignmentMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Make assignment")
        _named(ok, "Make assignment", "Make this project an assignment and save the teacher's "
               "copy and the copy for students")
        _named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "Cancel",
               "Change nothing")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_goal_button)
        row.addWidget(self.remove_goal_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Instructions for the students:"))
        layout.addWidget(self.instructions, 1)
        layout.addWidget(QLabel("Goals (the engine checks them and ticks each one when met):"))
        layout.addWidget(self.goals, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel("What the students' copy shows and lets them change:"))
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 720)
        if current is not None:
            self.instructions.setPlainText(current.instructions)
            for goal in current.goals:
                self.add_goal(goal.kind, goal.threshold, goal.steps, goal.sequence)
        else:
            self.add_goal(SSR_WITHIN)

    # --- goals -----------------------------------------------------------------------------------
    def add_goal(self, kind: str = SSR_WITHIN, threshold: float | None = None, steps: int = 500,
                 sequence: str = "") -> int:
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        kinds = QComboBox(objectName=f"goalKind{row}")
        for key in GOAL_KINDS:
            kinds.addItem(KIND_WORDS[key], key)
        kinds.setCurrentIndex(list(GOAL_KINDS).index(kind))
        _named(kinds, f"Goal {row + 1} kind", "What the engine checks for this goal")
        value = QDoubleSpinBox(objectName=f"goalThreshold{row}")
        value.setDecimals(6)
        value.setRange(0.0, 1e6)
        value.setValue(DEFAULTS[kind] if threshold is None else threshold)
        _named(value, f"Goal {row + 1} threshold",
               "X for an SSR goal, F for the first-day goal, D for a prediction goal")
        count = QSpinBox(objectName=f"goalSteps{row}")
        count.setRange(1, 10_000_000)
        count.setValue(max(1, steps))
        _named(count, f"Goal {row + 1} steps", "N: the SSR goal must be met within this many "
               "steps")
        names = QComboBox(objectName=f"goalSequence{row}")
        names.addItem(ANY_SEQUENCE, "")
        for name in self._names:
            names.addItem(name, name)
        if sequence:
            names.setCurrentIndex(max(0, names.findData(sequence)))
        _named(names, f"Goal {row + 1} sequence", "The sequence a first-day or prediction goal "
               "is about")
        self.goals.setCellWidget(row, 0, kinds)
        self.goals.setCellWidget(row, 1, value)
        self.goals.setCellWidget(row, 2, count)
        self.goals.setCellWidget(row, 3, names)
        kinds.currentIndexChanged.connect(lambda _=0, r=row: self._kind_changed(r))
        self._kind_changed(row, keep_value=True)
        return row

    def _kind_changed(self, row: int, keep_value: bool = False) -> None:
        kind = self.goals.cellWidget(row, 0).currentData()
        self.goals.cellWidget(row, 2).setEnabled(kind == SSR_WITHIN)
        self.goals.cellWidget(row, 3).setEnabled(kind != SSR_WITHIN)
        if not keep_value:
            self.goals.cellWidget(row, 1).setValue(DEFAULTS[kind])

    @Slot()
    def remove_goal(self) -> None:
        row = self.goals.currentRow()
        if row < 0:
            row = self.goals.rowCount() - 1
        if row >= 0:
            self.goals.removeRow(row)

    def goal_list(self) -> tuple[Goal, ...]:
        """The goals as set, or AssignmentError saying which row is wrong."""
        goals = []
        for row in range(self.goals.rowCount()):
            kind = self.goals.cellWidget(row, 0).currentData()
            threshold = self.goals.cellWidget(row, 1).value()
            steps = self.goals.cellWidget(row, 2).value() if kind == SSR_WITHIN else 0
            sequence = self.goals.cellWidget(row, 3).currentData() if kind != SSR_WITHIN else ""
            if kind == PREDICT and not sequence:
                sequence = self._names[0] if self._names else ""
            try:
                goals.append(Goal(kind, threshold, steps, sequence))
            except AssignmentError as error:
                raise AssignmentError(f"goal {row + 1}: {error}") from None
        return tuple(goals)

    # --- what to hide or lock ----------------------------------------------------------------
    def _fill_tree(self, window: QMainWindow) -> None:
        current = self._current
        hidden = set(current.hidden_parts + current.hidden_controls) if current else set()
        locked = set(current.locked_parts + current.locked_controls) if current else set()
        for name, (_, _, label) in PARTS.items():
            part = find_part(window, name)
            if part is None:
                continue
            top = QTreeWidgetItem(self.tree, [label])
            top.setData(0, NAME_ROLE, ("part", name))
            self._checks(top, name, hidden, locked)
            for control in controls_of(part):
                child = QTreeWidgetItem(top, [control_label(control)])
                child.setData(0, NAME_ROLE, ("control", control.objectName()))
                child.setToolTip(0, control.objectName())
                self._checks(child, control.objectName(), hidden, locked)
                if control.objectName() in hidden | locked:
                    top.setExpanded(True)  # a choice made before is in view

    @staticmethod
    def _checks(item: QTreeWidgetItem, name: str, hidden: set[str], locked: set[str]) -> None:
        item.setCheckState(SHOW, Qt.CheckState.Unchecked if name in hidden
                           else Qt.CheckState.Checked)
        item.setCheckState(LOCK, Qt.CheckState.Checked if name in locked
                           else Qt.CheckState.Unchecked)

    def set_choice(self, name: str, show: bool = True, lock: bool = False) -> bool:
        """Tick a part's or a control's boxes (by its class set-up name); False if not listed."""
        for item in self._items():
            if item.data(0, NAME_ROLE)[1] == name:
                item.setCheckState(SHOW, Qt.CheckState.Checked if show else Qt.CheckState.Unchecked)
                item.setCheckState(LOCK, Qt.CheckState.Checked if lock else Qt.CheckState.Unchecked)
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items.append(top)
            items.extend(top.child(j) for j in range(top.childCount()))
        return items

    def assignment(self) -> Assignment:
        hidden = {"part": [], "control": []}
        locked = {"part": [], "control": []}
        for item in self._items():
            kind, name = item.data(0, NAME_ROLE)
            if item.checkState(SHOW) != Qt.CheckState.Checked:
                hidden[kind].append(name)
            elif item.checkState(LOCK) == Qt.CheckState.Checked:
                locked[kind].append(name)
        base = self._current
        made = Assignment(
            instructions=self.instructions.toPlainText(), goals=self.goal_list(),
            hidden_parts=tuple(hidden["part"]), hidden_controls=tuple(hidden["control"]),
            locked_parts=tuple(locked["part"]), locked_controls=tuple(locked["control"]),
            teacher_copy=True)
        if base is not None:  # editing: the same assignment, its attempts kept
            made.assignment_id, made.attempts, made.student = (base.assignment_id, base.attempts,
                                                               base.student)
        return made

    def accept(self) -> None:
        try:
            goals = self.goal_list()
        except AssignmentError as error:
            self.message.setText(f"Cannot make the assignment: {error}")
            return
        if not goals:
            self.message.setText("Add at least one goal: the students' copy ticks them as they "
                                 "are met.")
            return
        super().accept()

"""The Assignment dock: the teacher's instructions, the goals ticked live, the runs recorded.

It follows the state's signals (parameters, document, run updates) and asks its controller for
the run being made; it never looks into another view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MET_ROLE = Qt.ItemDataRole.UserRole
REFRESH_MS = 60  # live ticks at most ~16 times a second: the run's chunks come faster


def _named(widget: QWidget, name: str, description: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


class AssignmentPanel(QDockWidget):
    studentNamed = Signal(str)

    def __init__(self, controller) -> None:
        super().__init__("Assignment", controller.window)
        self.setObjectName("assignmentPanel")
        self.controller = controller
        self.state = controller.state
        body = QWidget(objectName="assignmentBody")
        self.role = QLabel(objectName="assignmentRole")
        self.role.setWordWrap(True)
        self.instructions = QPlainTextEdit(objectName="assignmentInstructions")
        self.instructions.setReadOnly(True)
        _named(self.instructions, "Instructions",
               "What the teacher asks of this assignment (read only)")
        self.student = QLineEdit(objectName="assignmentStudent")
        self.student.setPlaceholderText("Your name, for the teacher")
        self.student.setToolTip("Your name: the teacher's review table shows it")
        _named(self.student, "Your name", "Type your name so the teacher knows whose file it is")
        # Every key, not editingFinished: Ctrl+S straight after typing must save the name too.
        self.student.textEdited.connect(self._student_edited)
        self.goals = QListWidget(objectName="assignmentGoals")
        self.goals.setWordWrap(True)
        self.goals.setSpacing(4)
        self.goals.setAlternatingRowColors(True)  # where one goal ends and the next begins
        self.goals.setToolTip("Each goal is ticked as soon as the engine measures it met")
        _named(self.goals, "Goals", "The assignment's goals; a ticked goal is met")
        self.runs = QLabel(objectName="assignmentRuns")
        self.runs.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Name:", self.student)
        layout = QVBoxLayout(body)
        layout.addWidget(self.role)
        layout.addWidget(QLabel("Instructions:"))
        layout.addWidget(self.instructions, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel("Goals:"))
        layout.addWidget(self.goals, 3)
        layout.addWidget(self.runs)
        self.setWidget(body)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        for signal in (self.state.paramsChanged, self.state.documentChanged,
                       self.state.runUpdated, self.state.runReset, self.state.runStateChanged,
                       self.state.trainingSettingsChanged):
            signal.connect(self.schedule)

    @Slot()
    def schedule(self, *_: object) -> None:
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def show_assignment(self) -> None:
        assignment = self.controller.assignment
        if assignment is None:
            return
        self.instructions.setPlainText(assignment.instructions or "(no instructions)")
        self.student.setText(assignment.student)
        if assignment.teacher_copy or self.controller.unlocked:
            self.role.setText("Teacher's copy: nothing is hidden or locked here. "
                              "File → Save for students… writes the copy to hand out.")
        elif assignment.has_restrictions:
            self.role.setText("Your teacher has hidden or locked some controls for this "
                              "assignment. Every run you make is recorded in the file.")
        else:
            self.role.setText("Every run you make is recorded in the file: save it and hand "
                              "it in.")
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        assignment = self.controller.assignment
        if assignment is None:
            return
        checks = self.controller.live_checks()
        first = assignment.first_met()
        self.goals.clear()
        for goal, check, run in zip(assignment.goals, checks, first, strict=True):
            met = check.met or run is not None
            if check.met:
                status = f"met now — {check.text}"
            elif run is not None:
                status = f"met in run {run} — now: {check.text}"
            else:
                status = check.text
            item = QListWidgetItem(f"{goal.describe()}\n→ {status}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if met else Qt.CheckState.Unchecked)
            item.setData(MET_ROLE, met)
            item.setToolTip(status)
            self.goals.addItem(item)
        n = len(assignment.attempts)
        met_count = sum(1 for f in first if f is not None)
        self.runs.setText(f"{n} run{'s' if n != 1 else ''} recorded; {met_count} of "
                          f"{len(assignment.goals)} goal(s) met in a run.")

    def goal_met(self, index: int) -> bool:
        item = self.goals.item(index)
        return bool(item is not None and item.data(MET_ROLE))

    @Slot(str)
    def _student_edited(self, *_: object) -> None:
        self.studentNamed.emit(self.student.text().strip())

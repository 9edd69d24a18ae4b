"""File → Review hand-ins…: several handed-in files in one table (who, how many runs, which goal
met in which run), and any run of any file loaded back or re-run.

Loading a run is one undoable edit of the open project: the handed-in file's sequences, the run's
training settings and its starting parameters, so the teacher's Undo brings their project back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.words import t
from ...model import project_file
from ...model.assignment import Attempt
from ...model.document import Document


@dataclass
class HandIn:
    path: Path
    document: Document | None
    problem: str = ""

    @property
    def who(self) -> str:
        a = self.document.assignment if self.document is not None else None
        return (a.student if a is not None and a.student else self.path.stem)


def _named(widget: QWidget, name: str, description: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)
    return widget


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    return item


def _fit(table: QTableWidget, stretch: int) -> None:
    """Columns as wide as their contents, one taking the rest of the width."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


class ReviewDialog(QDialog):
    FIXED = ("Student", "File", "Runs")

    def __init__(self, window: QMainWindow, controller) -> None:
        super().__init__(window)
        self.setObjectName("reviewDialog")
        self.setWindowTitle("Review hand-ins")
        self.controller = controller
        self.state = controller.state
        self.hand_ins: list[HandIn] = []
        self.add_button = QPushButton("&Add files…", objectName="reviewAddButton")
        _named(self.add_button, "Add files", "Open handed-in assignment files")
        self.add_button.clicked.connect(self.add_dialog)
        self.table = QTableWidget(0, len(self.FIXED), objectName="reviewTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        _named(self.table, "Hand-ins", "One row per handed-in file: who, how many runs, and "
               "the run in which each goal was first met")
        self.table.itemSelectionChanged.connect(self._show_runs)
        self.runs = QTableWidget(0, 0, objectName="reviewRuns")
        self.runs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.verticalHeader().setVisible(False)
        _named(self.runs, "Runs of the selected hand-in", "Every run the student made, with "
               "its settings, figures and the goals it met")
        self.runs.itemSelectionChanged.connect(self._update_buttons)
        self.load_button = QPushButton("&Load run's start", objectName="reviewLoadButton")
        _named(self.load_button, "Load run's start", "Put the selected run's sequences, "
               "settings and starting parameters into the project (Edit → Undo takes them back)")
        self.load_button.clicked.connect(lambda: self.replay(run=False))
        self.rerun_button = QPushButton("Re-&run it", objectName="reviewRerunButton")
        _named(self.rerun_button, "Re-run it", "Load the selected run's start and train it "
               "again")
        self.rerun_button.clicked.connect(lambda: self.replay(run=True))
        self.close_button = QPushButton("Close", objectName="reviewCloseButton")
        _named(self.close_button, "Close", "Close the review")
        self.close_button.clicked.connect(self.close)
        self.summary = QLabel(objectName="reviewSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.summary, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.rerun_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("Runs of the selected hand-in:"))
        layout.addWidget(self.runs, 3)
        layout.addLayout(bottom)
        self.resize(900, 600)
        self._fill()

    # --- files -----------------------------------------------------------------------------------
    @Slot()
    def add_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, "Review hand-ins", self.controller.files.start_folder(),
            "RNN Lab projects (*.rnnlab);;All files (*)")
        if names:
            self.add_files(names)

    def add_files(self, paths) -> int:
        """Read each file (a broken one is a row saying what is wrong); returns how many read."""
        read = 0
        for path in paths:
            path = Path(path)
            if any(h.path == path for h in self.hand_ins):
                continue
            try:
                document = project_file.load(path)
            except project_file.ProjectFileError as error:
                self.hand_ins.append(HandIn(path, None, str(error)))
                continue
            if document.assignment is None:
                self.hand_ins.append(HandIn(path, None, "not an assignment (no goals in it)"))
                continue
            self.hand_ins.append(HandIn(path, document))
            read += 1
        self._fill()
        return read

    # --- the table ---------------------------------------------------------------------------
    def goal_headers(self) -> tuple[list[str], tuple]:
        goals = next((h.document.assignment.goals for h in self.hand_ins if h.document), ())
        return [f"Goal {i + 1}" for i in range(len(goals))], goals

    def _fill(self) -> None:
        headers, goals = self.goal_headers()
        self.table.clear()
        self.table.setColumnCount(len(self.FIXED) + len(headers))
        self.table.setHorizontalHeaderLabels(list(self.FIXED) + headers)
        for i, goal in enumerate(goals):
            self.table.horizontalHeaderItem(len(self.FIXED) + i).setToolTip(goal.describe())
        self.table.setRowCount(len(self.hand_ins))
        for row, hand_in in enumerate(self.hand_ins):
            self.table.setItem(row, 0, _item(hand_in.who))
            self.table.setItem(row, 1, _item(hand_in.path.name, str(hand_in.path)))
            if hand_in.document is None:
                self.table.setItem(row, 2, _item("—"))
                if headers:
                    self.table.setItem(row, 3, _item(f"cannot read: {hand_in.problem[:120]}",
                                                     hand_in.problem))
                continue
            a = hand_in.document.assignment
            self.table.setItem(row, 2, _item(str(len(a.attempts))))
            for g, run in enumerate(a.first_met()[: len(headers)]):
                text = "not met" if run is None else f"run {run}"
                self.table.setItem(row, len(self.FIXED) + g, _item(
                    text, f"{a.goals[g].describe()}: {text}"))
        _fit(self.table, 1)
        met = sum(1 for h in self.hand_ins if h.document is not None
                  and all(r is not None for r in h.document.assignment.first_met()))
        readable = sum(1 for h in self.hand_ins if h.document is not None)
        self.summary.setText(f"{len(self.hand_ins)} file(s), {readable} readable; {met} met "
                             "every goal." if self.hand_ins else
                             "Add the files your students handed in.")
        if self.hand_ins and not self.table.selectedItems():
            self.table.selectRow(0)
        self._show_runs()

    def selected_hand_in(self) -> HandIn | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.hand_ins[min(rows)] if rows else None

    @Slot()
    def _show_runs(self) -> None:
        hand_in = self.selected_hand_in()
        attempts = hand_in.document.assignment.attempts if hand_in and hand_in.document else []
        n_goals = len(hand_in.document.assignment.goals) if hand_in and hand_in.document else 0
        headers = ["Run", "Steps", "SSR start", "SSR end", "Ended", "Seconds",
                   "Learning rate", "Clipping"] + [f"Goal {g + 1}" for g in range(n_goals)]
        self.runs.clear()
        self.runs.setColumnCount(len(headers))
        self.runs.setHorizontalHeaderLabels(headers)
        self.runs.setRowCount(len(attempts))
        for row, a in enumerate(attempts):
            clip = a.settings.get("clip")
            cells = [str(row + 1), f"{a.steps:,}", _number(a.ssr_start), _number(a.ssr_end),
                     a.end, f"{a.seconds:.1f}", str(a.settings.get("learning_rate", "—")),
                     "off" if clip is None else str(clip)]
            cells += ["✓" if g < len(a.goals_met) and a.goals_met[g] else "✗"
                      for g in range(n_goals)]
            for column, text in enumerate(cells):
                self.runs.setItem(row, column, _item(text))
        _fit(self.runs, 4)  # "Ended": the widest words
        if attempts:
            self.runs.selectRow(len(attempts) - 1)
        self._update_buttons()

    def selected_attempt(self) -> tuple[HandIn, int, Attempt] | None:
        hand_in = self.selected_hand_in()
        rows = {i.row() for i in self.runs.selectedItems()}
        if hand_in is None or hand_in.document is None or not rows:
            return None
        index = min(rows)
        return hand_in, index, hand_in.document.assignment.attempts[index]

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_attempt() is not None
        self.load_button.setEnabled(chosen)
        self.rerun_button.setEnabled(chosen)

    def select(self, file_row: int, run_row: int) -> None:
        self.table.selectRow(file_row)
        self.runs.selectRow(run_row)

    # --- replay ------------------------------------------------------------------------------
    def replay(self, run: bool = False) -> bool:
        """The selected run's start as one undoable edit; ``run`` trains it again."""
        chosen = self.selected_attempt()
        if chosen is None:
            return False
        hand_in, index, attempt = chosen
        source = hand_in.document
        cell = source.cell
        try:
            training = project_file.training_from_dict(attempt.settings, cell)
            params = cell.params([attempt.start_params[n] for n in cell.param_names])
        except (project_file.ProjectFileError, KeyError, ValueError) as error:
            self.summary.setText(f"Cannot load that run: {error}")
            return False
        # The run trained on the student's sequences: they come along (with their scaling).
        document = replace(self.state.document, sequences=source.sequences, params=params,
                           training=training, scaling=source.scaling)
        # Undoable like a preset, and the run starts afresh from these parameters.
        self.state.replace_document(document, t("Replay {who}'s run {number}", who=hand_in.who,
                                                number=index + 1))
        self.state.select(0)
        self.state.statusMessage.emit(
            f"Loaded the start of {hand_in.who}'s run {index + 1} (Edit → Undo takes it back)", 0)
        if run:
            self.state.start_training()
        return True

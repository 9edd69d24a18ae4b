"""CSV import: choose how to read the file, see a preview and every problem, then accept.

Nothing reaches the project until Import is pressed; then the sequences arrive as one undo step.
Cells that cannot be read are listed by their row and column and highlighted in the preview.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt
from ...model import csv_data, scaling
from ...model.document import DocumentError
from ...session.state import AppState

PREVIEW_ROWS = 200
BAD_CELL = QColor("#ffc9c9")
REPLACE, APPEND = "Replace the current sequences", "Add them to the current sequences"


class CsvImportDialog(QDialog):
    def __init__(self, state: AppState, raw: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(f"Import {file_name}")
        self.state = state
        self.result_: csv_data.CsvResult | None = None
        self.text, problem = csv_data.decode(raw)

        self.orientation = QComboBox(objectName="csvOrientation")
        self.orientation.addItem("one sequence per column", csv_data.COLUMNS)
        self.orientation.addItem("one sequence per row", csv_data.ROWS)
        self.has_header = QCheckBox("the first row (or cell) holds the names", objectName="csvHeader")
        self.has_header.setChecked(True)
        self.has_labels = QCheckBox(
            "skip a date/label column (or row)", objectName="csvLabels"
        )
        self.last_is_target = QCheckBox(
            "the last value is the target (the day to predict)", objectName="csvTarget"
        )
        self.mode = QComboBox(objectName="csvMode")
        self.mode.addItems([REPLACE, APPEND])
        form = QFormLayout()
        form.addRow("Read", self.orientation)
        form.addRow("", self.has_header)
        form.addRow("", self.has_labels)
        form.addRow("", self.last_is_target)
        form.addRow("Then", self.mode)

        self.preview = QTableWidget(objectName="csvPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel(objectName="csvSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget(objectName="csvProblems")
        self.problems.setMaximumHeight(110)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("Import")
        self.import_button.setObjectName("csvImportButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("Problems (these cells are not imported):"))
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

        if problem is not None:  # the wrong encoding: nothing can be read at all
            for widget in (self.orientation, self.has_header, self.has_labels, self.last_is_target):
                widget.setEnabled(False)
            self.problems.addItem(str(problem))
            self.summary.setText("Nothing can be imported from this file.")
            self.import_button.setEnabled(False)
            return
        self.orientation.currentIndexChanged.connect(self.refresh)
        for box in (self.has_header, self.has_labels, self.last_is_target):
            box.toggled.connect(self.refresh)
        self.refresh()

    def options(self) -> csv_data.CsvOptions:
        return csv_data.CsvOptions(
            orientation=self.orientation.currentData(),
            has_header=self.has_header.isChecked(),
            has_labels=self.has_labels.isChecked(),
            last_is_target=self.last_is_target.isChecked(),
        )

    @Slot()
    def refresh(self, *_: object) -> None:
        assert self.text is not None
        result = csv_data.parse(self.text, self.options())
        self.result_ = result
        self._fill_preview(result)
        self.problems.clear()
        for problem in result.problems:
            self.problems.addItem(str(problem))
        parts = [
            f"{s.name} ({len(s.values)} values"
            + ("" if s.target is None else f" → target {fmt(s.target)}")
            + ")"
            for s in result.sequences
        ]
        if parts:
            self.summary.setText(f"{len(parts)} sequence(s) will be imported: " + "; ".join(parts))
        else:
            self.summary.setText("Nothing can be imported with these settings.")
        self.import_button.setEnabled(bool(result.sequences))

    def _fill_preview(self, result: csv_data.CsvResult) -> None:
        rows = result.table[:PREVIEW_ROWS]
        width = max((len(r) for r in rows), default=0)
        self.preview.clear()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        for problem in result.problems:
            r, c = problem.row - 1, problem.column - 1
            if 0 <= r < len(rows):
                for column in range(width) if c < 0 else [c]:
                    item = self.preview.item(r, column) or QTableWidgetItem("")
                    item.setBackground(QBrush(BAD_CELL))
                    item.setToolTip(problem.message)
                    self.preview.setItem(r, column, item)
        self.preview.resizeColumnsToContents()

    def accept(self) -> None:
        """Import: one undo step; the dialog stays open with a message if that fails."""
        if self.result_ is None or not self.result_.sequences:
            return
        imported = tuple(self.result_.sequences)
        document = self.state.document
        current = document.sequences
        replacing = self.mode.currentText() == REPLACE
        try:
            if replacing:  # the file holds raw numbers: the old scaling no longer applies
                document = replace(document.with_sequences(imported), scaling=None)
            elif document.scaling is not None:  # raw prices join scaled ones: scale them alike
                raw = replace(document.with_sequences(imported), scaling=None)
                scaled = scaling.scale(raw, document.scaling).sequences
                document = document.with_sequences(current + scaled)
            else:
                document = document.with_sequences(current + imported)
        except DocumentError as error:
            self.summary.setText(f"Cannot import: {error}")
            return
        self.state.apply(document, f"Import {len(imported)} sequence(s) from CSV")
        self.state.select(0 if replacing else len(current))
        self.state.statusMessage.emit(f"Imported {len(imported)} sequence(s)", 5000)
        super().accept()

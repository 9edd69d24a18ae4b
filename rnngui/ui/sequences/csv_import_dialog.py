"""CSV import: choose how to read the file, see a preview and every problem, then accept.

The dialog opens with the choices csv_data.detect makes by looking at the file (its shape, the date
column, the decimal separator, and scaling to [0, 1] when the prices fall outside it), so a price
download imports ready to train. Nothing reaches the project until Import is pressed; then the
sequences arrive as one undo step. Cells that cannot be read are listed by their row and column and
highlighted in the preview, and the summary says which sequence each one keeps out.
"""

from __future__ import annotations

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

from ...engine.words import t
from ...model import csv_data
from ...model.document import DocumentError
from ...model.numbers import show_number
from ...session.state import AppState
from ..languages import tr

PREVIEW_ROWS = 200
PREVIEW_COLUMNS = 60  # a file of thousands of columns would make the preview crawl
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
        detected = csv_data.detect(self.text) if self.text is not None else csv_data.CsvOptions()

        self.orientation = QComboBox(objectName="csvOrientation")
        self.orientation.addItem("one sequence per column", csv_data.COLUMNS)
        self.orientation.addItem("one sequence per row", csv_data.ROWS)
        self.orientation.addItem("one row per day, with a name column (long form)", csv_data.LONG)
        self.orientation.setToolTip(
            "Long form: a price download's 'symbol, date, price' rows become one sequence per "
            "symbol, in date order"
        )
        self.has_header = QCheckBox("the first row (or cell) holds the names", objectName="csvHeader")
        self.has_labels = QCheckBox(
            "skip a date/label column (or row)", objectName="csvLabels"
        )
        self.last_is_target = QCheckBox(
            "the last value is the target (the day to predict)", objectName="csvTarget"
        )
        self.scale = QCheckBox(
            "scale the values to [0, 1] (lowest = 0, highest = 1, as the lesson does)",
            objectName="csvScale",
        )
        self.scale.setToolTip(
            "A network with weights near 1 learns prices of 100 or more badly: the first step "
            "overshoots. Scaled, the editor still shows each price beside its value."
        )
        self.decimal = QComboBox(objectName="csvDecimal")
        self.decimal.addItem("decimal point: 12.5 (1,234.5)", ".")
        self.decimal.addItem("decimal comma: 12,5 (1.234,5)", ",")
        self._detected = detected
        self.orientation.setCurrentIndex(max(self.orientation.findData(detected.orientation), 0))
        self.has_header.setChecked(detected.has_header)
        self.has_labels.setChecked(detected.has_labels)
        self.scale.setChecked(detected.scale)
        self.decimal.setCurrentIndex(1 if detected.decimal == "," else 0)
        self.mode = QComboBox(objectName="csvMode")
        self.mode.addItems([REPLACE, APPEND])
        form = QFormLayout()
        form.addRow("Read", self.orientation)
        form.addRow("", self.has_header)
        form.addRow("", self.has_labels)
        form.addRow("", self.last_is_target)
        form.addRow("", self.scale)
        form.addRow("Numbers", self.decimal)
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
        self.resize(680, 600)

        if problem is not None:  # the wrong encoding: nothing can be read at all
            for widget in (self.orientation, self.has_header, self.has_labels, self.last_is_target,
                           self.scale, self.decimal):
                widget.setEnabled(False)
            self.problems.addItem(str(problem))
            self.summary.setText(tr("Nothing can be imported from this file."))
            self.import_button.setEnabled(False)
            return
        self.orientation.currentIndexChanged.connect(self.refresh)
        self.decimal.currentIndexChanged.connect(self.refresh)
        for box in (self.has_header, self.has_labels, self.last_is_target, self.scale):
            box.toggled.connect(self.refresh)
        self.refresh()

    def options(self) -> csv_data.CsvOptions:
        long = self.orientation.currentData() == csv_data.LONG
        detected = self._detected if self._detected.orientation == csv_data.LONG else None
        return csv_data.CsvOptions(
            orientation=self.orientation.currentData(),
            has_header=self.has_header.isChecked(),
            has_labels=self.has_labels.isChecked(),
            last_is_target=self.last_is_target.isChecked(),
            scale=self.scale.isChecked(),
            decimal=self.decimal.currentData(),
            name_column=detected.name_column if long and detected else None,
            date_column=detected.date_column if long and detected else None,
            value_column=detected.value_column if long and detected else None,
        )

    @Slot()
    def refresh(self, *_: object) -> None:
        assert self.text is not None
        result = csv_data.parse(self.text, self.options())
        self.result_ = result
        self._fill_preview(result)
        self.problems.clear()
        for problem in result.problems[:1000]:  # a broken file of a million rows: the first ones
            self.problems.addItem(str(problem))
        if len(result.problems) > 1000:
            self.problems.addItem(f"… and {len(result.problems) - 1000:,} more problems")
        parts = [
            f"{s.name} ({len(s.values)} values"
            + ("" if s.target is None else f" → target {show_number(s.target)}")
            + ")"
            for s in result.sequences[:50]
        ]
        more = len(result.sequences) - len(parts)
        text = ""
        if parts:
            text = f"{len(result.sequences)} sequence(s) will be imported: " + "; ".join(parts)
            text += f"; and {more} more" if more > 0 else ""
            text += "."
        else:
            text = "Nothing can be imported with these settings."
        if result.left_out:
            shown = result.left_out[:5]
            text += " Left out: " + "; ".join(shown)
            text += f" and {len(result.left_out) - 5} more" if len(result.left_out) > 5 else ""
            text += "."
        if parts and result.out_of_unit_range() and not self.scale.isChecked():
            text += (" The values lie outside [0, 1]: unscaled, the network's first steps "
                     "overshoot. Tick 'scale the values' to train them as the lesson does.")
        self.summary.setText(text)
        self.import_button.setEnabled(bool(result.sequences))

    def _fill_preview(self, result: csv_data.CsvResult) -> None:
        rows = result.table[:PREVIEW_ROWS]
        width = min(max((len(r) for r in rows), default=0), PREVIEW_COLUMNS)
        self.preview.clear()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        for r, row in enumerate(rows):
            for c, text in enumerate(row[:width]):
                shown = text if len(text) <= 200 else text[:199] + "…"
                self.preview.setItem(r, c, QTableWidgetItem(shown))
        for problem in result.problems:
            r, c = problem.row - 1, problem.column - 1
            if 0 <= r < len(rows):
                for column in range(width) if c < 0 else [c] if c < width else []:
                    item = self.preview.item(r, column)
                    if item is None:  # setItem only for a new item: the table owns the others
                        item = QTableWidgetItem("")
                        self.preview.setItem(r, column, item)
                    item.setBackground(QBrush(BAD_CELL))
                    item.setToolTip(problem.message)
        self.preview.resizeColumnsToContents()

    def accept(self) -> None:
        """Import: one undo step; the dialog stays open with a message if that fails."""
        if self.result_ is None or not self.result_.sequences:
            return
        replacing = self.mode.currentText() == REPLACE
        count = import_into(self.state, self.result_, self.options(), replacing,
                            report=self.summary.setText)
        if count:
            super().accept()


def import_into(
    state: AppState,
    result: csv_data.CsvResult,
    options: csv_data.CsvOptions,
    replacing: bool,
    report=None,
) -> int:
    """Put a read file's sequences into the project as one undo step; the number imported (0 and
    the reason to ``report``, or the status bar, when the project cannot hold them)."""
    imported = len(result.sequences)
    current = len(state.document.sequences)
    try:
        document = csv_data.imported_document(state.document, result, options, replacing)
    except DocumentError as error:
        message = t("Cannot import: {error}", error=error)
        if report is not None:
            report(message)
        else:
            state.statusMessage.emit(message, 8000)
        return 0
    state.apply(document, t("Import {count} sequence(s) from CSV", count=imported))
    state.select(0 if replacing else current)
    scaled = t(" (scaled to [0, 1])") if options.scale and document.scaling is not None else ""
    left = t("; left out {count}", count=len(result.left_out)) if result.left_out else ""
    state.statusMessage.emit(t("Imported {count} sequence(s){scaled}{left}", count=imported,
                               scaled=scaled, left=left), 5000)
    return imported

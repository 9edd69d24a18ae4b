"""The sequence editor: the learner's sequences, their values and targets."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..engine import fmt
from ..state import AppState


class SequenceEditor(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sequenceEditor")
        self.state = state
        self.list = QListWidget(objectName="sequenceList")
        self.list.setToolTip("The sequences: each is a few days of prices, oldest first")
        self.table = QTableWidget(0, 2, objectName="valuesTable")
        self.table.setHorizontalHeaderLabels(["day", "value"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel(objectName="sequenceSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Sequences</b>"))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        self.list.currentRowChanged.connect(self._on_row)
        state.sequencesChanged.connect(self._rebuild)
        state.selectionChanged.connect(self._on_selection)
        state.paramsChanged.connect(self._update_summary)
        self._rebuild()

    @Slot()
    def _rebuild(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for seq in self.state.document.sequences:
            target = "?" if seq.target is None else fmt(seq.target)
            item = QListWidgetItem(f"{seq.name}  ({len(seq.values)} values → {target})")
            self.list.addItem(item)
        self.list.setCurrentRow(self.state.selected_index)
        self.list.blockSignals(False)
        self._fill_table()

    @Slot(int)
    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.state.select(row)

    @Slot(int)
    def _on_selection(self, index: int) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self._fill_table()

    def _fill_table(self) -> None:
        values = self.state.selected_sequence.values
        self.table.setRowCount(len(values))
        for i, v in enumerate(values):
            day = QTableWidgetItem(str(i + 1))
            day.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(i, 0, day)
            self.table.setItem(i, 1, QTableWidgetItem(fmt(v)))
        self._update_summary()

    @Slot()
    def _update_summary(self, *_: object) -> None:
        seq = self.state.selected_sequence
        prediction = self.state.trace().prediction
        target = "no target" if seq.target is None else f"target {fmt(seq.target)}"
        self.summary.setText(f"Prediction for the next day: <b>{fmt(prediction)}</b> ({target})")

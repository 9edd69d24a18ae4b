"""The sequence editor: the learner's sequences, their values and targets.

Every edit builds a new immutable Document and hands it to ``state.apply`` (one undo step), so the
canvas, the chart and the plots follow by the state's signals. Bad input is refused where it was
typed: the cell (or field) turns red with the reason as its tooltip, the reason goes to the status
bar and to the line under the table, and the document keeps its last valid values.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QBrush, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt
from ...engine.words import localized, t, whole
from ...model.document import MAX_VALUES, DocumentError, SequenceData, check_value
from ...model.numbers import show_field, show_number
from ...model.presets import HIGH, LOW, MEDIUM
from ...model.scaling import describe, money
from ...session.state import AppState
from ..languages import tr
from ..widgets.bad_input import BAD, BAD_FIELD_STYLE, read_number
from ..widgets.flow_layout import flow_row
from ..widgets.label_holder import LabelHolder
from .chart import PREDICTION_COLOR, TARGET_COLOR, SequenceChart
from .scaling_dialog import ScalingDialog

DAY, VALUE, PRICE = 0, 1, 2
STATUS_MS = 8000


MAX_MESSAGE_CHARS = 600  # a refusal quotes input short: a huge word-wrapped label freezes


def _short(message: str) -> str:
    """A message cut to a readable length (it may quote a whole pasted text)."""
    if len(message) <= MAX_MESSAGE_CHARS:
        return message
    return message[: MAX_MESSAGE_CHARS - 1] + "…"


class ValuesTable(QTableWidget):
    """The table of one sequence's values; Paste and Delete act on the sequence."""

    def __init__(self, editor: SequenceEditor) -> None:
        super().__init__(0, 2)
        self.setObjectName("valuesTable")
        self._editor = editor

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste):
            self._editor.paste_text(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            rows = sorted({i.row() for i in self.selectedIndexes()})
            values = self._editor.state.selected_sequence.values
            QGuiApplication.clipboard().setText("\n".join(repr(values[r]) for r in rows))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QTableWidget.State.EditingState
        ):
            self._editor.delete_values()
            return
        super().keyPressEvent(event)


class SequenceEditor(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sequenceEditor")
        self.state = state
        self._filling = False
        self._bad: list[QTableWidgetItem] = []  # the highlighted cells of the last refused edit
        self._scaling_dialog: ScalingDialog | None = None

        self.list = QListWidget(objectName="sequenceList")
        self.list.setToolTip("The sequences: each is a few days of prices, oldest first")
        self.add_button = self._button("Add", "addSequenceButton", "Add a new sequence")
        self.duplicate_button = self._button("Copy", "duplicateSequenceButton", "Duplicate it")
        self.delete_button = self._button("Delete", "deleteSequenceButton", "Delete it")
        self.up_button = self._button("↑", "moveUpButton", "Move it up")
        self.down_button = self._button("↓", "moveDownButton", "Move it down")

        self.name_edit = QLineEdit(objectName="nameEdit")
        self.target_edit = QLineEdit(objectName="targetEdit")
        self.target_edit.setPlaceholderText("none: only predicted")
        self.target_edit.setToolTip(
            "The value that comes next (the day to predict). Training uses it; leave it empty "
            "to only see the prediction."
        )
        self.target_edit.setProperty("usualToolTip", self.target_edit.toolTip())
        self.train_check = QCheckBox("use for training", objectName="trainCheck")
        self.train_check.setToolTip("Untick to keep this sequence out of the SSR and training")
        self.target_price = QLabel(objectName="targetPrice")
        self.scaling_label = QLabel(objectName="scalingLabel")
        self.scaling_label.setWordWrap(True)
        self.scale_button = self._button("Scale…", "scaleButton", "Min-max scale prices to [0, 1]")

        self.table = ValuesTable(self)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        self.table.setToolTip(
            "Type a value, or paste a column or row of numbers from a spreadsheet (Ctrl+V)"
        )
        self.insert_button = self._button("Insert", "insertValueButton", "Insert a day here")
        self.remove_button = self._button("Remove", "deleteValueButton", "Remove the chosen days")
        self.low_button = self._button("Low", "lowButton", "")
        self.medium_button = self._button("Medium", "mediumButton", "")
        self.high_button = self._button("High", "highButton", "")
        for button, value in ((self.low_button, LOW), (self.medium_button, MEDIUM),
                              (self.high_button, HIGH)):
            button.setToolTip(
                f"{button.text()} = {fmt(value)}: sets the chosen days, or adds a day at the end "
                "when none is chosen"
            )
        self.error_label = QLabel(objectName="editorError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.chart = SequenceChart(state)
        self.summary = QLabel(objectName="sequenceSummary")
        self.summary.setWordWrap(True)
        self._layout()
        self._connect()
        self._rebuild()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _layout(self) -> None:
        # The button rows wrap on a narrow panel (1366 px, or a longer language): in a row of
        # their own they made the panel 432 px wide, and the deck's 237 px column cut off Delete,
        # the arrows, Scale…, Medium and High with no scroll bar to reach them.
        list_holder, list_buttons = flow_row()
        for b in (self.add_button, self.duplicate_button, self.delete_button, self.up_button,
                  self.down_button):
            list_buttons.addWidget(b)
        for b in (self.up_button, self.down_button):
            b.setMaximumWidth(32)
        form = QFormLayout()
        form.addRow("Name", self.name_edit)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.target_price)
        form.addRow("Target", target_row)
        form.addRow("", self.train_check)
        scaling_row = QHBoxLayout()
        scaling_row.addWidget(self.scaling_label, 1)
        scaling_row.addWidget(self.scale_button)
        value_holder, value_buttons = flow_row()
        for b in (self.insert_button, self.remove_button, self.low_button, self.medium_button,
                  self.high_button):
            value_buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel("<b>Sequences</b>"))
        layout.addWidget(self.list, 2)
        layout.addWidget(list_holder)
        layout.addLayout(form)
        layout.addLayout(scaling_row)
        layout.addWidget(self.table, 3)
        layout.addWidget(value_holder)
        layout.addWidget(self.error_label)
        layout.addWidget(self.chart, 2)
        layout.addWidget(LabelHolder(self.summary))  # follows training live: see label_holder

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._on_row)
        self.add_button.clicked.connect(self.add_sequence)
        self.duplicate_button.clicked.connect(self.duplicate_sequence)
        self.delete_button.clicked.connect(self.delete_sequence)
        self.up_button.clicked.connect(lambda: self.move_sequence(-1))
        self.down_button.clicked.connect(lambda: self.move_sequence(1))
        self.name_edit.editingFinished.connect(self._commit_name)
        self.target_edit.editingFinished.connect(self._commit_target)
        self.train_check.toggled.connect(self._commit_train)
        self.scale_button.clicked.connect(self.open_scaling)
        self.table.itemChanged.connect(self._on_item_changed)
        self.insert_button.clicked.connect(self.insert_value)
        self.remove_button.clicked.connect(self.delete_values)
        self.low_button.clicked.connect(lambda: self.quick_entry(LOW))
        self.medium_button.clicked.connect(lambda: self.quick_entry(MEDIUM))
        self.high_button.clicked.connect(lambda: self.quick_entry(HIGH))
        self.state.sequencesChanged.connect(self._rebuild)
        self.state.documentChanged.connect(self._on_document)
        self.state.selectionChanged.connect(self._on_selection)
        self.state.paramsChanged.connect(self._update_summary)

    # --- showing the document -------------------------------------------------------------------
    @Slot()
    def _rebuild(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for seq in self.state.document.sequences:
            target = "?" if seq.target is None else fmt(seq.target)
            unused = "" if seq.trains else "  " + tr("(not trained)")
            item = QListWidgetItem(tr("{name}  ({count} values → {target})").format(
                name=seq.name, count=len(seq.values), target=target) + unused)
            item.setToolTip(tr("{name}: {count} values").format(name=seq.name, count=len(seq.values)))
            self.list.addItem(item)
        self.list.setCurrentRow(self.state.selected_index)
        self.list.blockSignals(False)
        self._fill()

    @Slot(object)
    def _on_document(self, *_: object) -> None:
        self._fill_scaling()
        self._update_summary()

    @Slot(int)
    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.state.select(row)

    @Slot(int)
    def _on_selection(self, index: int) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        self.clear_error()
        seq = self.state.selected_sequence
        scaling = self.state.document.scaling
        self._filling = True
        self.name_edit.setText(seq.name)
        self.target_edit.setText("" if seq.target is None else show_field(seq.target))
        self.train_check.setChecked(seq.use_for_training)
        self.table.setColumnCount(3 if scaling else 2)
        labels = [tr("day"), tr("value")] + (
            [tr("price ({unit})").format(unit=scaling.unit)] if scaling else [])
        self.table.setHorizontalHeaderLabels(labels)
        if scaling:  # the value column as wide as its numbers: the price header shows whole
            metrics = self.table.fontMetrics()
            self.table.setColumnWidth(VALUE, 18 + max(metrics.horizontalAdvance(localized("0.0000")),
                                                      metrics.horizontalAdvance(labels[VALUE])))
        self._bad = []
        self.table.setRowCount(0)  # drops old items (and their highlights) at once
        self.table.setRowCount(len(seq.values))
        for i, v in enumerate(seq.values):
            day = QTableWidgetItem(str(i + 1))
            day.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            day.setFlags(day.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, DAY, day)
            self.table.setItem(i, VALUE, QTableWidgetItem(show_field(v)))
            if scaling:
                self.table.setItem(i, PRICE, QTableWidgetItem(localized(f"{scaling.to_raw(v):.2f}")))
        self._filling = False
        self.table.resizeColumnToContents(DAY)
        self._fill_scaling()
        self._update_summary()

    def _fill_scaling(self) -> None:
        scaling = self.state.document.scaling
        seq = self.state.selected_sequence
        if scaling is None:
            self.scaling_label.setText(tr("Values as typed (not scaled)"))
            self.target_price.setText("")
        else:
            self.scaling_label.setText(tr("Scaled: {mapping}").format(mapping=describe(scaling)))
            self.target_price.setText(
                "" if seq.target is None else f"= {money(scaling.to_raw(seq.target), scaling.unit)}"
            )

    @Slot()
    def _update_summary(self, *_: object) -> None:
        seq = self.state.selected_sequence
        prediction = self.state.trace().prediction
        scaling = self.state.document.scaling
        shown = show_number(prediction)
        if scaling is not None:
            shown += f" ({money(scaling.to_raw(prediction), scaling.unit)})"
        target = t("no target") if seq.target is None else t("target {value}",
                                                              value=fmt(seq.target))
        self.summary.setText(
            t("Prediction for the next day: <b>{shown}</b> ({target})", shown=shown, target=target)
            + "<br>"
            + f"<span style='color:{TARGET_COLOR}'>★</span> " + t("target") + " &nbsp; "
            + f"<span style='color:{PREDICTION_COLOR}'>✕</span> " + t("prediction (on the chart)")
        )

    # --- errors at the place they happen --------------------------------------------------------
    def refuse(self, message: str, row: int | None = None, column: int = VALUE,
               field: QWidget | None = None) -> None:
        """Refuse an edit: the document keeps its values; the place and the reason are shown."""
        message = _short(message)
        item = None
        if row is not None and 0 <= row < self.table.rowCount():
            item = self.table.item(row, column)
        # Marking a cell changes its data, which emits itemChanged: all of it happens under the
        # _filling guard, or the marked cell's (rounded) text would be read back as an edit.
        was_filling, self._filling = self._filling, True
        try:
            if item is not None:
                self._bad.append(item)  # its text goes back to the valid value too
            self._restore()
            if item is not None:
                self._bad.append(item)
                item.setBackground(QBrush(BAD))
                item.setToolTip(message)
                # A warning sign as well as the red (never hue alone), and the cell leaves the
                # selection, whose highlight would paint over the red.
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                index = self.table.indexFromItem(item)
                self.table.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.Deselect
                )
                self.table.scrollToItem(item)
        finally:
            self._filling = was_filling
        if field is not None:
            field.setStyleSheet(BAD_FIELD_STYLE)
            field.setToolTip(message)
        self.error_label.setText(message)
        self.state.statusMessage.emit(message, STATUS_MS)

    def _restore(self) -> None:
        """Show the last valid data again (only what a refused edit can have touched)."""
        was_filling, self._filling = self._filling, True
        seq = self.state.selected_sequence
        scaling = self.state.document.scaling
        for item in self._bad + [self.table.currentItem()]:
            if item is None or item.tableWidget() is not self.table:
                continue
            item.setBackground(QBrush())
            item.setIcon(QIcon())
            item.setToolTip("")
            row, column = item.row(), item.column()
            if column == VALUE and row < len(seq.values):
                item.setText(show_field(seq.values[row]))
            elif column == PRICE and scaling is not None and row < len(seq.values):
                item.setText(localized(f"{scaling.to_raw(seq.values[row]):.2f}"))
        self._bad = []
        self.name_edit.setText(seq.name)
        self.target_edit.setText("" if seq.target is None else show_field(seq.target))
        self._filling = was_filling
        self.clear_error()

    def clear_error(self) -> None:
        self.error_label.setText("")
        for field in (self.name_edit, self.target_edit):
            field.setStyleSheet("")
            field.setToolTip(field.property("usualToolTip") or "")

    def bad_cells(self) -> list[tuple[int, int]]:
        """The highlighted (row, column) cells: where the last refused edit was."""
        return [
            (r, c)
            for r in range(self.table.rowCount())
            for c in range(self.table.columnCount())
            if self.table.item(r, c) is not None
            and self.table.item(r, c).background().color() == BAD
        ]

    # --- edits ----------------------------------------------------------------------------------
    def _replace_selected(self, sequence: SequenceData, text: str) -> None:
        sequences = list(self.state.document.sequences)
        sequences[self.state.selected_index] = sequence
        self.state.set_sequences(tuple(sequences), text)

    def _with_values(self, values: list[float]) -> SequenceData:
        return replace(self.state.selected_sequence, values=tuple(values))

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in (VALUE, PRICE):
            return
        row, column = item.row(), item.column()
        seq = self.state.selected_sequence
        where = t("on day {day} of {name}", day=row + 1, name=repr(seq.name))
        scaling = self.state.document.scaling
        try:
            if column == PRICE and scaling is not None:
                price = read_number(item.text(), t("(price {where})", where=where))
                value = check_value(scaling.to_scaled(price), where)
            elif scaling is not None:  # the scaled value column holds 0..1, not prices
                value = read_number(item.text(), where, money=False,
                                    price_hint=t("type prices in the price column"))
            else:
                value = read_number(item.text(), where)
            values = list(seq.values)
            values[row] = value
            sequence = self._with_values(values)
        except DocumentError as error:
            self.refuse(str(error), row, column)
            return
        self._replace_selected(sequence, t("Edit day {day} of {name}", day=row + 1,
                                            name=seq.name))

    def paste_text(self, text: str) -> None:
        """Paste a column or a row (or a block, read row by row) from the current day on."""
        seq = self.state.selected_sequence
        start = self.table.currentRow()
        start = len(seq.values) if start < 0 else start
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            self.refuse(t("The clipboard holds no numbers to paste"), start)
            return
        splitter = r"[\t;]" if re.search(r"[\t;]", text) else r"[,\s]+"
        numbers: list[float] = []
        for r, line in enumerate(lines):
            cells = re.split(splitter, line.strip()) if line.strip() else [""]
            if start + len(numbers) + len(cells) > MAX_VALUES:  # before reading a huge block
                self.refuse(t("The pasted block holds more values than fit from day {day}; a "
                              "sequence holds at most {limit}. Nothing was pasted",
                              day=start + 1, limit=whole(MAX_VALUES)), start)
                return
            for c, cell in enumerate(cells):
                where = t("in the pasted block (line {line}, item {item})", line=r + 1, item=c + 1)
                try:
                    numbers.append(read_number(cell, where))
                except DocumentError as error:
                    self.refuse(t("{error}; nothing was pasted", error=error), start + len(numbers))
                    return
        values = list(seq.values)
        values[start : start + len(numbers)] = numbers
        if len(values) > MAX_VALUES:
            self.refuse(t("Pasting {count} values from day {day} would make {total} values; a "
                          "sequence holds at most {limit}. Nothing was pasted",
                          count=whole(len(numbers)), day=start + 1, total=whole(len(values)),
                          limit=whole(MAX_VALUES)), start)
            return
        try:
            sequence = self._with_values(values)
        except DocumentError as error:
            self.refuse(str(error), start)
            return
        self._replace_selected(sequence, t("Paste {count} values into {name}", count=len(numbers),
                                            name=seq.name))
        self.state.statusMessage.emit(t("Pasted {count} values from day {day}", count=len(numbers),
                                        day=start + 1), 4000)

    def _chosen_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    @Slot()
    def insert_value(self) -> None:
        """Insert a copy of the chosen day before it (or of the last day at the end)."""
        seq = self.state.selected_sequence
        rows = self._chosen_rows()
        at = rows[0] if rows else len(seq.values)
        values = list(seq.values)
        values.insert(at, values[min(at, len(values) - 1)])
        try:
            sequence = self._with_values(values)
        except DocumentError as error:
            self.refuse(str(error), at)
            return
        self._replace_selected(sequence, t("Insert day {day} in {name}", day=at + 1, name=seq.name))
        self.table.setCurrentCell(at, VALUE)

    @Slot()
    def delete_values(self) -> None:
        seq = self.state.selected_sequence
        rows = self._chosen_rows()
        if not rows:
            self.refuse(t("Choose the days to remove in the table first"))
            return
        values = [v for i, v in enumerate(seq.values) if i not in set(rows)]
        if not values:
            self.refuse(t("{name} needs at least one value; delete the sequence instead",
                          name=repr(seq.name)), rows[0])
            return
        self._replace_selected(self._with_values(values),
                               t("Remove {count} day(s) of {name}", count=len(rows), name=seq.name))

    def quick_entry(self, value: float) -> None:
        """Low / Medium / High in the lesson's words: set the chosen days, or add one at the end."""
        seq = self.state.selected_sequence
        rows = self._chosen_rows()
        values = list(seq.values)
        if rows:
            for r in rows:
                values[r] = value
            text = t("Set {count} day(s) of {name} to {value}", count=len(rows), name=seq.name,
                     value=fmt(value))
        else:
            values.append(value)
            text = t("Add a day of {value} to {name}", value=fmt(value), name=seq.name)
        try:
            sequence = self._with_values(values)
        except DocumentError as error:
            self.refuse(str(error), len(seq.values) - 1)
            return
        self._replace_selected(sequence, text)

    @Slot()
    def _commit_name(self) -> None:
        if self._filling:
            return
        seq = self.state.selected_sequence
        name = self.name_edit.text().strip()
        if name == seq.name:
            return
        if not name:
            self.refuse(t("A sequence needs a name"), field=self.name_edit)
            return
        if len(name) > 80:
            self.refuse(t("Names are at most 80 characters"), field=self.name_edit)
            return
        self._replace_selected(replace(seq, name=name), t("Rename {old} to {new}", old=seq.name,
                                                             new=name))

    @Slot()
    def _commit_target(self) -> None:
        if self._filling:
            return
        seq = self.state.selected_sequence
        text = self.target_edit.text().strip()
        try:
            target = None if not text else read_number(text, t("(target of {name})", name=repr(seq.name)))
        except DocumentError as error:
            self.refuse(str(error), field=self.target_edit)
            return
        if target == seq.target or (seq.target is not None and text == show_field(seq.target)):
            return  # the shown 4 digits, untouched: the exact target stays
        what = (t("Remove the target of {name}", name=seq.name) if target is None
                else t("Set the target to {value} of {name}", value=fmt(target), name=seq.name))
        self._replace_selected(replace(seq, target=target), what)

    @Slot(bool)
    def _commit_train(self, checked: bool) -> None:
        if self._filling:
            return
        seq = self.state.selected_sequence
        if checked != seq.use_for_training:
            what = (t("Train on {name}", name=seq.name) if checked
                    else t("Do not train on {name}", name=seq.name))
            self._replace_selected(replace(seq, use_for_training=checked), what)

    # --- whole sequences ------------------------------------------------------------------------
    def _set(self, sequences: list[SequenceData], text: str, select: int) -> None:
        self.state.set_sequences(tuple(sequences), text)
        self.state.select(select)

    @Slot()
    def add_sequence(self) -> None:
        sequences = list(self.state.document.sequences)
        names = {s.name for s in sequences}
        n = len(sequences) + 1
        while f"sequence {n}" in names:
            n += 1
        sequences.append(SequenceData(f"sequence {n}", (LOW,)))
        self._set(sequences, t("Add sequence {number}", number=n), len(sequences) - 1)

    @Slot()
    def duplicate_sequence(self) -> None:
        index = self.state.selected_index
        sequences = list(self.state.document.sequences)
        copy = replace(sequences[index], name=f"{sequences[index].name} (copy)")
        sequences.insert(index + 1, copy)
        self._set(sequences, t("Duplicate {name}", name=sequences[index].name), index + 1)

    @Slot()
    def delete_sequence(self) -> None:
        sequences = list(self.state.document.sequences)
        if len(sequences) == 1:
            self.refuse(t("A project needs at least one sequence; this is the last one"))
            return
        index = self.state.selected_index
        gone = sequences.pop(index)
        self._set(sequences, t("Delete {name}", name=gone.name), min(index, len(sequences) - 1))

    def move_sequence(self, step: int) -> None:
        index = self.state.selected_index
        other = index + step
        sequences = list(self.state.document.sequences)
        if not 0 <= other < len(sequences):
            return
        sequences[index], sequences[other] = sequences[other], sequences[index]
        self._set(sequences, t("Move {name}", name=sequences[other].name), other)

    @Slot()
    def open_scaling(self) -> ScalingDialog:
        """The scaling dialog, window-modal but not blocking (tests drive it directly)."""
        self._scaling_dialog = ScalingDialog(self.state, self.window())
        self._scaling_dialog.open()
        return self._scaling_dialog

"""Min-max scaling of the project's prices to [0, 1], with the mapping shown before it is applied.

The lesson's prices are low = 0, medium = 0.5, high = 1. Real prices ($12.40, $31.00) are mapped
with one scaling for every sequence; the document keeps it, so the editor can show each value's
price and the prediction in dollars. "Back to prices" undoes the scaling (and so does Edit > Undo).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt
from ...engine.words import t
from ...model import scaling as scaling_rules
from ...model.document import DocumentError, Scaling
from ...session.state import AppState
from ..widgets.bad_input import BAD_FIELD_STYLE, read_number

PREVIEW_VALUES = 6


class ScalingDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scalingDialog")
        self.setWindowTitle("Scale prices to [0, 1]")
        self.state = state
        document = state.document
        raw = scaling_rules.unscale(document)
        current = document.scaling
        try:
            suggested = current or scaling_rules.fit(raw)
        except DocumentError:
            suggested = Scaling(0.0, 1.0)  # every value equal: let the user type a range
        self.low_edit = QLineEdit(repr(suggested.low), objectName="lowEdit")
        self.high_edit = QLineEdit(repr(suggested.high), objectName="highEdit")
        self.unit_edit = QLineEdit(suggested.unit, objectName="unitEdit")
        self.unit_edit.setMaxLength(8)
        self.mapping = QLabel(objectName="scalingMapping")
        self.preview = QLabel(objectName="scalingPreview")
        self.preview.setWordWrap(True)
        self.error = QLabel(objectName="scalingError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        intro = QLabel(
            "The lowest price becomes 0 and the highest 1, for every sequence. The prices are "
            "kept: the editor shows them beside the scaled values, and the prediction in "
            "the same units."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Price that becomes 0", self.low_edit)
        form.addRow("Price that becomes 1", self.high_edit)
        form.addRow("Unit", self.unit_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Scale")
        self.ok_button.setObjectName("scaleOkButton")
        self.unscale_button = QPushButton("Back to prices", objectName="unscaleButton")
        self.unscale_button.setEnabled(current is not None)
        self.unscale_button.setToolTip("Remove the scaling: the values become the prices again")
        self.buttons.addButton(self.unscale_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.unscale_button.clicked.connect(self.remove_scaling)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.mapping)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.low_edit, self.high_edit, self.unit_edit):
            edit.textChanged.connect(self.refresh)
        self.resize(460, 300)
        self.refresh()

    def chosen(self) -> Scaling:
        """The scaling the fields describe, or a DocumentError naming the field that is wrong."""
        low = read_number(self.low_edit.text(), t("(the price that becomes 0)"))
        high = read_number(self.high_edit.text(), t("(the price that becomes 1)"))
        return scaling_rules.check_scaling(low, high, self.unit_edit.text().strip())

    @Slot()
    def refresh(self, *_: object) -> None:
        for edit in (self.low_edit, self.high_edit):
            edit.setStyleSheet("")
        try:
            chosen = self.chosen()
            scaled = scaling_rules.scale(self.state.document, chosen)
        except DocumentError as error:
            self.error.setText(str(error))
            bad = self.high_edit if "becomes 1" in str(error) or "high" in str(error) else self.low_edit
            bad.setStyleSheet(BAD_FIELD_STYLE)
            self.mapping.setText("")
            self.ok_button.setEnabled(False)
            return
        self.error.setText("")
        self.ok_button.setEnabled(True)
        self.mapping.setText(f"<b>{scaling_rules.describe(chosen)}</b>")
        index = self.state.selected_index
        raw = scaling_rules.unscale(self.state.document).sequences[index]
        pairs = [
            f"{scaling_rules.money(p, chosen.unit)} → {fmt(s)}"
            for p, s in zip(raw.values, scaled.sequences[index].values, strict=True)
        ][:PREVIEW_VALUES]
        more = "…" if len(raw.values) > PREVIEW_VALUES else ""
        self.preview.setText(f"{raw.name}: " + ", ".join(pairs) + more)

    def accept(self) -> None:
        try:
            chosen = self.chosen()
            document = scaling_rules.scale(self.state.document, chosen)
        except DocumentError as error:
            self.error.setText(str(error))
            return
        self.state.apply(document, t("Scale prices: {mapping}", mapping=scaling_rules.describe(chosen)))
        self.state.statusMessage.emit(t("Scaled: {mapping}", mapping=scaling_rules.describe(chosen)), 6000)
        super().accept()

    @Slot()
    def remove_scaling(self) -> None:
        try:
            document = scaling_rules.unscale(self.state.document)
        except DocumentError as error:  # a price beyond ±1e6 cannot be a value
            self.error.setText(str(error))
            return
        self.state.apply(document, t("Back to prices (no scaling)"))
        super().accept()

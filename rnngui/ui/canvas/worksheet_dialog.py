"""File → Export worksheet…: which numbers are blanks, which paper, then where to write it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...engine import RNNParams
from ...engine.words import t
from .worksheet import (
    BLANKABLE,
    DEFAULT_BLANKS,
    MAX_COPIES,
    PAPERS,
    WorksheetError,
    write_worksheet,
)


class WorksheetDialog(QDialog):
    """The teacher's choices: blanks (every y, every gradient, ...) and A4 or Letter."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worksheetDialog")
        self.setWindowTitle("Export worksheet")
        self.state = state
        sequence = state.selected_sequence
        intro = QLabel(
            f"A worksheet of the unrolled network for <b>{sequence.name}</b> "
            f"({len(sequence.values)} days): its forward and backward numbers, with the ones "
            "you tick left as empty boxes. A PDF also has an answer-key page; an SVG gets its "
            "answer key as a second file beside it (name-answers.svg).")
        intro.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        form = QFormLayout()
        for key, words in BLANKABLE.items():
            box = QCheckBox(words, objectName=f"worksheetBlank_{key}")
            box.setChecked(key in DEFAULT_BLANKS)
            self.boxes[key] = box
            form.addRow("Blank" if key == next(iter(BLANKABLE)) else "", box)
        self.paper = QComboBox(objectName="worksheetPaper")
        self.paper.addItems(list(PAPERS))
        form.addRow("Paper", self.paper)
        self.problem = QLabel(objectName="worksheetProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        problem = self.why_not()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def why_not(self) -> str:
        """'' when a worksheet can be made; else the reason, in words."""
        if not isinstance(self.state.document.params, RNNParams):
            return "Worksheets are for the RNN: switch the cell to the RNN to make one."
        days = len(self.state.selected_sequence.values)
        if days == 0:
            return "The selected sequence has no values."
        if days > MAX_COPIES:
            return (f"The selected sequence has {days} days; a worksheet fits at most "
                    f"{MAX_COPIES}. Select a shorter sequence.")
        return ""

    def blanks(self) -> frozenset[str]:
        return frozenset(k for k, box in self.boxes.items() if box.isChecked())


def export_worksheet_dialog(window, state, start_folder: str = "") -> Path | None:
    """Ask for the blanks and the paper, then for a file; write it. The path, or None."""
    dialog = WorksheetDialog(state, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    suggested = str(Path(start_folder or ".") / "worksheet.pdf")
    name, _ = QFileDialog.getSaveFileName(window, "Export worksheet", suggested,
                                          "PDF (*.pdf);;SVG (*.svg)")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".pdf", ".svg"):
        path = path.with_suffix(".pdf")
    try:
        written = write_worksheet(state, path, dialog.blanks(), dialog.paper.currentText())
    except (WorksheetError, OSError) as error:
        QMessageBox.warning(window, t("Export worksheet"), str(error))
        return None
    key = t(" (answer key: {name})", name=written[1].name) if len(written) > 1 else ""
    state.statusMessage.emit(t("Worksheet written to {name}{key}.", name=path.name, key=key), 6000)
    return path

"""Set the window up for a class: tick off any panel or control the class should not see yet.

The dialog lists the window's parts and, under each, its named controls. What is unticked is
hidden and remembered (teaching.py keeps it in QSettings), so the next lesson starts the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..window_parts import PARTS, find_part, is_part_visible

CONTROL_KINDS = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QLineEdit)
NAME_ROLE = Qt.ItemDataRole.UserRole


def controls_of(part: QWidget) -> list[QWidget]:
    """The named controls inside a part (Qt's own helper widgets, named qt_*, are left out)."""
    found = []
    for widget in part.findChildren(QWidget):
        name = widget.objectName()
        if isinstance(widget, CONTROL_KINDS) and name and not name.startswith("qt_"):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue
            found.append(widget)
    return found


def control_label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    tip = widget.toolTip().split(".")[0].split("(")[0].strip()
    text = text.replace("&", "").strip()
    if text and tip:
        return f"{text} — {tip}"
    return text or tip or widget.objectName()


class ClassSetupDialog(QDialog):
    def __init__(self, window: QMainWindow, hidden_controls: set[str]) -> None:
        super().__init__(window)
        self.setObjectName("classSetupDialog")
        self.setWindowTitle("Show or hide for this class")
        self.tree = QTreeWidget(objectName="classSetupTree")
        self.tree.setHeaderHidden(True)
        for name, (_, _, label) in PARTS.items():
            part = find_part(window, name)
            if part is None:
                continue
            top = QTreeWidgetItem(self.tree, [label])
            top.setData(0, NAME_ROLE, ("part", name))
            top.setCheckState(0, _check(is_part_visible(window, name)))
            for control in controls_of(part):
                child = QTreeWidgetItem(top, [control_label(control)])
                child.setData(0, NAME_ROLE, ("control", control.objectName()))
                child.setCheckState(0, _check(control.objectName() not in hidden_controls))
                child.setToolTip(0, control.objectName())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            "Hide what is unticked and remember it for the next start")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip("Change nothing")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Untick what this class should not see yet:"))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(480, 560)

    def choices(self) -> tuple[set[str], set[str]]:
        """(hidden parts, hidden controls) as ticked in the tree."""
        parts, controls = set(), set()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.checkState(0) != Qt.CheckState.Checked:
                parts.add(top.data(0, NAME_ROLE)[1])
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) != Qt.CheckState.Checked:
                    controls.add(child.data(0, NAME_ROLE)[1])
        return parts, controls


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

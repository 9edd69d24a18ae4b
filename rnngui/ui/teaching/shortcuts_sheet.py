"""The keyboard-shortcuts sheet (Help menu): every shortcut the window really has, read from its
actions and buttons when the sheet opens, so the sheet cannot drift from the keys."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def _keys(sequences: list[QKeySequence]) -> str:
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()]
    return "  or  ".join(texts)


def _name(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def collect_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(group, what it does, keys) for every action and button with a shortcut in the window."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    menus = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        stack = [menu]
        while stack:
            current = stack.pop()
            for action in current.actions():
                if action.menu() is not None:
                    stack.append(action.menu())
                else:
                    menus.setdefault(action, _name(top.text()))
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if not keys or not action.text():
            continue
        group = menus.get(action, "Window")
        key = (_name(action.text()), keys)
        if key not in seen:
            seen.add(key)
            rows.append((group, key[0], keys))
    for button in window.findChildren(QAbstractButton):
        keys = _keys([button.shortcut()])
        if keys and (_name(button.text()), keys) not in seen:
            seen.add((_name(button.text()), keys))
            rows.append(("Buttons", _name(button.text()) or button.toolTip(), keys))
    order = {name: i for i, name in enumerate(menus.values())}
    rows.sort(key=lambda r: (order.get(r[0], 99), r[0]))
    return rows


class ShortcutsSheet(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle("Keyboard shortcuts")
        self.rows = collect_shortcuts(window)
        parts, group = [], None
        for row_group, what, keys in self.rows:
            if row_group != group:
                group = row_group
                parts.append(f"<tr><td colspan=2><br><b>{html.escape(group)}</b></td></tr>")
            parts.append(f"<tr><td>{html.escape(what)}</td>"
                         f"<td>&nbsp;&nbsp;<code>{html.escape(keys)}</code></td></tr>")
        label = QLabel("<table>" + "".join(parts) + "</table>", objectName="shortcutsTable")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip("Close this sheet")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)

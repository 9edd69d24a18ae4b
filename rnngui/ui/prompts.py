"""The few questions and error dialogs the app asks, in one place.

Headless runs never show a blocking dialog: ``--screenshot`` and ``--self-test`` set ``HEADLESS``,
and the offscreen platform (CI, tests) has no one to click a button. There the questions take
their safe default (discard nothing on disk, restore nothing) and errors go to stderr; the caller
also puts every error in the status bar. Tests that want an answer replace these functions with
monkeypatch, so no dialog is ever left open.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .languages import tr

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
HEADLESS = False


def is_headless() -> bool:
    return HEADLESS or QGuiApplication.platformName() in ("offscreen", "minimal")


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """SAVE, DISCARD or CANCEL for a project with unsaved changes."""
    if is_headless():
        return DISCARD
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        tr("Unsaved changes"),
        tr("Save the changes to {name}?\n\nIf you don't, they are lost.").format(name=name),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(answer, CANCEL)


def ask_restore(parent: QWidget | None, description: str) -> bool:
    """Offer the project recovered after a crash."""
    if is_headless():
        return False
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        tr("Restore unsaved work?"),
        tr("RNN Lab did not close normally last time. Unsaved work was recovered:\n\n{description}"
           "\n\nRestore it?").format(description=description),
        buttons.Yes | buttons.No,
        buttons.Yes,
    )
    return answer == buttons.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    if is_headless():
        print(f"{title}: {text}", file=sys.stderr)
        return
    QMessageBox.warning(parent, title, text)


def default_confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No; headless runs (offscreen CI, --screenshot) cannot click, so they go ahead."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return True
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.Yes)
    return answer == buttons.Yes

"""Translating the main window and every dialog, menu and tool window when it is shown.

``translate_window`` runs at the end of the main window's construction (after every part of the
app has found the menus it adds to by their English titles) and again on each switch of View →
Language. Dialogs and popup menus are built later, often on demand: an application event filter
translates each top-level widget as it is shown (``translate_dialog`` is the same pass, for code
that wants to call it itself). Texts built by code at run time go through ``tr`` where they are
made; a widget that must follow a switch at once can listen for QEvent.LanguageChange.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTabWidget, QWidget

from .tree import retranslate, slots_of, translate_tree


def _describe_again(window: QWidget) -> None:
    """Names the accessibility pass made up from English texts are made from the new ones."""
    describer = getattr(window, "describer", None)
    if describer is not None:
        describer.describe_now()
    else:
        from ..widgets.accessibility import describe_controls  # noqa: PLC0415 - only for dialogs

        describe_controls(window)


def translate_menu(menu: QMenu) -> None:
    """A menu, its submenus and their actions (a language keeps its own name)."""
    for slot in slots_of(menu):
        retranslate(slot)


def translate_tabs(tabs: QTabWidget) -> None:
    translate_tree(tabs.tabBar())


def translate_dialog(dialog: QWidget) -> None:
    """A dialog (or any top-level widget) in the installed language; call it again at will."""
    translate_tree(dialog)
    _describe_again(dialog)


def translate_window(window: QMainWindow) -> None:
    """Every text of the window (all pages, hidden ones too, menus and actions) in the installed
    language; then every other open top-level window, and dialogs from now on as they appear."""
    translate_tree(window)
    for action in window.menuBar().actions():
        if action.menu() is not None:
            translate_menu(action.menu())
    _describe_again(window)
    app = QApplication.instance()
    if app is None:
        return
    for top in app.topLevelWidgets():
        if top is not window and top.isVisible() and not isinstance(top, QMenu):
            translate_dialog(top)
    watch_dialogs(app)


class _ShownTranslator(QObject):
    """Translates each top-level widget (dialog, message box, popup menu) as it is shown."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and not isinstance(obj, QMainWindow):
            if isinstance(obj, QMenu):
                translate_tree(obj)
            else:
                translate_dialog(obj)
        return False


_watcher: list[_ShownTranslator] = []


def watch_dialogs(app: QApplication) -> None:
    """Install the show-time translator once on ``app``."""
    if _watcher:
        return
    watcher = _ShownTranslator(app)
    app.installEventFilter(watcher)
    _watcher.append(watcher)

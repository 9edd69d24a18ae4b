"""View → Language: the languages there are, the one chosen (remembered), switching live."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from .window import translate_window

LANGUAGE_KEY = "view/language"  # "" follows the system
SYSTEM_LANGUAGE = ""
# Each language named in itself: a learner who cannot read the current one finds their own.
LANGUAGES = {"en": "English", "es": "Español", "de": "Deutsch"}


def saved_language(settings: QSettings) -> str:
    """The language chosen in View → Language ("" = follow the system)."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM_LANGUAGE) or "")
    return value if value in LANGUAGES else SYSTEM_LANGUAGE


def build_language_menu(window: QMainWindow, parent_menu: QMenu, settings: QSettings) -> QMenu:
    """View → Language: follow the system, or one of LANGUAGES; applied at once and remembered."""
    menu = parent_menu.addMenu("&Language")
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = saved_language(settings)
    actions: dict[str, QAction] = {}
    for code, name in [(SYSTEM_LANGUAGE, "Follow the system"), *LANGUAGES.items()]:
        action = QAction(name, window, checkable=True, objectName=f"language_{code or 'system'}")
        action.setProperty("languageName", bool(code))
        action.setChecked(code == chosen)
        action.triggered.connect(lambda _=False, c=code: choose_language(window, settings, c))
        group.addAction(action)
        menu.addAction(action)
        actions[code] = action
    menu.setProperty("languageActions", list(actions))
    return menu


def choose_language(window: QMainWindow, settings: QSettings, code: str) -> str:
    """Install ``code``'s translators ("" = the system's) and translate the window again."""
    from ...app import install_translations  # noqa: PLC0415 - app imports the UI lazily too

    settings.setValue(LANGUAGE_KEY, code)
    app = QApplication.instance()
    shown = install_translations(app, code or None) if app is not None else "en"
    translate_window(window)
    return shown

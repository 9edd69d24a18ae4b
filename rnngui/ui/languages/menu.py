"""The interface in the learner's language: the window's menus and tabs through Qt's translators.

``rnngui.app.install_translations`` installs the translators (RNN Lab's own .qm from
resources/translations and Qt's qtbase one for its dialogs' buttons). ``translate_window`` then
gives the menus, their actions and the tabs their translated texts, in the "MainWindow" context;
it runs at the end of the window's construction, after every part of the app has found the menus
it adds to by their English titles. Each widget's English text is kept aside the first time, so
View → Language can switch from one language to another while the app runs.

Only these static texts are translated so far: panels, dialogs, tooltips, messages and lesson
texts are still English (see the translation files for the list).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTabWidget

CONTEXT = "MainWindow"
LANGUAGE_KEY = "view/language"  # "" follows the system
SYSTEM_LANGUAGE = ""
# Each language named in itself: a learner who cannot read the current one finds their own.
LANGUAGES = {"en": "English", "es": "Español", "de": "Deutsch"}
SOURCE = "_sourceText"  # the English text of an action or tab, kept for switching again


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _retext(action: QAction) -> None:
    source = action.property(SOURCE)
    if source is None:
        source = action.text()
        action.setProperty(SOURCE, source)
    if source:
        action.setText(tr(source))


def translate_menu(menu: QMenu) -> None:
    _retext(menu.menuAction())
    for action in menu.actions():
        if action.isSeparator() or action.property("languageName"):
            continue  # a language keeps its own name
        if action.menu() is not None:
            translate_menu(action.menu())
        else:
            _retext(action)


def translate_tabs(tabs: QTabWidget) -> None:
    sources = tabs.property(SOURCE)
    if not sources or len(sources) != tabs.count():
        sources = [tabs.tabText(i) for i in range(tabs.count())]
        tabs.setProperty(SOURCE, sources)
    for i, source in enumerate(sources):
        tabs.setTabText(i, tr(source))


def translate_window(window: QMainWindow) -> None:
    """The menus (titles and actions) and the main and lab tabs in the installed language."""
    for action in window.menuBar().actions():
        if action.menu() is not None:
            translate_menu(action.menu())
    for tabs in window.findChildren(QTabWidget):
        if tabs.objectName() in ("mainTabs", "gradientLabTabs"):
            translate_tabs(tabs)


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
    from ..app import install_translations  # noqa: PLC0415 - app imports the UI lazily too

    settings.setValue(LANGUAGE_KEY, code)
    app = QApplication.instance()
    shown = install_translations(app, code or None) if app is not None else "en"
    translate_window(window)
    return shown

"""Teaching mode: what a teacher in front of a class needs from the window.

- Presenter mode (F5): large fonts, high contrast and thick plot lines for a projector; F11 full
  screen. ``presenterChanged`` lets any view follow (the plots' pens are thickened here).
- Light and dark themes, following the OS by default, switchable from View > Theme.
- Any panel or control can be hidden for a class (View > Show or hide for this class…), and
  the choice is remembered with QSettings, like the theme and presenter mode.
- Keyboard shortcuts for what a presenter does (train, pause, step, next lesson step ...) in a
  Run menu, all listed in Help > Keyboard shortcuts.

The run actions press the views' own buttons (found by object name), so a disabled button stays
disabled from the keyboard too and the views keep sole charge of what their buttons do.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from ...session.view_state import MAIN_TAB, ROLLED, UNROLLED
from ..canvas.network_canvas import NetworkCanvas
from ..languages import build_language_menu
from ..widgets.plot_style import style_all
from ..window_parts import (
    PARTS,
    WindowParts,
    find_part,
    part_label,
    set_part_visible,
    show_tab_of,
)
from .class_setup import ClassSetupDialog, controls_of
from .shortcuts_sheet import ShortcutsSheet
from .theme import (
    DARK,
    NORMAL_LINE_WIDTH,
    PRESENTER_HANDLE_WIDTH,
    PRESENTER_LINE_WIDTH,
    SYSTEM,
    THEMES,
    apply_theme,
    presenter_font,
    style_widgets,
)

DATA_DIR_ENV = "RNNLAB_DATA_DIR"  # the same folder file_actions uses under tests
THEME_KEY, PRESENTER_KEY = "teaching/theme", "teaching/presenter"
HIDDEN_PARTS_KEY, HIDDEN_CONTROLS_KEY = "teaching/hiddenParts", "teaching/hiddenControls"

# (menu text, command (see Teaching.run_command), keys, tooltip). The commands act through the
# state and its view state, never by pressing a view's button, so every key works on every tab.
RUN_KEYS = (
    ("&Train or resume", "trainButton", "Ctrl+T", "Run gradient descent"),
    ("&Pause training", "pauseButton", "Ctrl+P", "Pause the run; Train resumes it"),
    ("One &gradient-descent step", "stepButton", "Ctrl+G", "Exactly one step of training"),
    ("&Reset the run", "resetButton", "Ctrl+Shift+R", "Back to the run's starting weights"),
    ("&Forward pass: next copy", "canvasStepButton", "Ctrl+F",
     "Compute the next copy of the unrolled network"),
    ("Forward pass: &play", "canvasPlayButton", "Ctrl+Shift+F", "Step through every copy"),
    ("Ro&lled view", "canvasRolledButton", "Ctrl+1", "One network with its feedback loop"),
    ("&Unrolled view", "canvasUnrolledButton", "Ctrl+2", "One copy of the network per value"),
    ("&Backward view", "canvasBackwardButton", "Ctrl+B", "How the gradient flows back in time"),
)


def teaching_settings(parent: QObject | None = None) -> QSettings:
    """The app's settings; under tests (RNNLAB_DATA_DIR set) an INI file in that folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat, parent)
    return QSettings(parent)


def _names(value: object) -> set[str]:
    if isinstance(value, str):  # QSettings gives a lone entry back as a string
        return {value} if value else set()
    return {str(v) for v in value} if isinstance(value, list | tuple) else set()


class Teaching(QObject):
    presenterChanged = Signal(bool)
    themeChanged = Signal(str)  # "light" or "dark": what is on screen now

    def __init__(self, window: QMainWindow, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.parts = WindowParts(window)
        self.settings = settings or teaching_settings(self)
        self.theme = str(self.settings.value(THEME_KEY, SYSTEM))
        if self.theme not in THEMES:
            self.theme = SYSTEM
        self.presenter = False
        self.shown_theme = ""
        self.hidden_parts = _names(self.settings.value(HIDDEN_PARTS_KEY, []))
        self.hidden_controls = _names(self.settings.value(HIDDEN_CONTROLS_KEY, []))
        self._normal_font = None
        self._build_actions()
        self._build_menus()
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_scheme_changed)
        self.apply_hidden()
        self.set_theme(self.theme)
        if self.settings.value(PRESENTER_KEY, False) in (True, "true"):
            self.set_presenter(True)

    # --- actions and menus ----------------------------------------------------------------------
    def _action(self, text: str, keys: str | list[str] = "", tip: str = "", name: str = "",
                checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in ([keys] if isinstance(keys, str)
                                                             else keys)])
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if tip and shown else tip or text.replace("&", ""))
        action.setObjectName(name)
        action.setCheckable(checkable)
        self.window.addAction(action)  # works while the menu bar is hidden (full screen)
        return action

    def _build_actions(self) -> None:
        self.presenter_action = self._action(
            "&Presenter mode", "F5", "Large fonts, thick lines, high contrast for a projector",
            "presenterAction", True)
        self.presenter_action.toggled.connect(self.set_presenter)
        self.fullscreen_action = self._action(
            "&Full screen", "F11", "Fill the screen with the window", "fullScreenAction", True)
        self.fullscreen_action.toggled.connect(self.set_full_screen)
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key, label in THEMES.items():
            action = self._action(label, "", f"{label} colours", f"theme_{key}", True)
            action.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            group.addAction(action)
            self.theme_actions[key] = action
        self.part_actions: dict[str, QAction] = {}
        for name in PARTS:
            if find_part(self.window, name) is None:
                continue
            action = self._action(part_label(name), "", f"Show or hide the {part_label(name)}",
                                  f"show_{name}", True)
            action.setChecked(True)
            action.toggled.connect(lambda on, n=name: self.set_part_hidden(n, not on))
            self.part_actions[name] = action
        self.class_setup_action = self._action(
            "Show or hide for this &class…", "Ctrl+Shift+H",
            "Choose the panels and controls a class sees; remembered", "classSetupAction")
        self.class_setup_action.triggered.connect(self.open_class_setup)
        self.show_all_action = self._action(
            "Show &everything", "", "Bring back every hidden panel and control", "showAllAction")
        self.show_all_action.triggered.connect(self.show_everything)
        self.shortcuts_action = self._action(
            "&Keyboard shortcuts", "F1", "Every keyboard shortcut of the window",
            "shortcutsAction")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.run_actions: list[QAction] = []
        for text, command, keys, tip in RUN_KEYS:
            action = self._action(text, keys, tip, f"run_{command}")
            action.triggered.connect(lambda _=False, c=command: self.run_command(c))
            self.run_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        help_action = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)

        def menu(title: str, name: str) -> QMenu:
            m = QMenu(title, self.window)
            m.setObjectName(name)
            if help_action is None:
                bar.addMenu(m)
            else:
                bar.insertMenu(help_action, m)
            return m

        self.run_menu = menu("&Run", "runMenu")
        for action in self.run_actions:
            self.run_menu.addAction(action)
        lesson = self.window.lesson_panel
        lesson.build_menu()  # between Run and View, before Help
        self.view_menu = menu("&View", "viewMenu")
        self.view_menu.addAction(self.presenter_action)
        self.view_menu.addAction(self.fullscreen_action)
        themes = self.view_menu.addMenu("&Theme")
        themes.setObjectName("themeMenu")
        for action in self.theme_actions.values():
            themes.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(lesson.toggleViewAction())
        for action in self.part_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.class_setup_action)
        self.view_menu.addAction(self.show_all_action)
        self.view_menu.addSeparator()
        self.language_menu = build_language_menu(self.window, self.view_menu, self.settings)
        if help_action is not None:
            help_action.menu().insertAction(
                help_action.menu().actions()[0] if help_action.menu().actions() else None,
                self.shortcuts_action)
        self.toolbar = QToolBar("Teaching", self.window)
        self.toolbar.setObjectName("teachingToolBar")
        self.toolbar.addAction(lesson.toggleViewAction())
        self.toolbar.addAction(self.presenter_action)
        self.window.addToolBar(self.toolbar)

    # --- presenter mode, full screen, themes ----------------------------------------------------
    @Slot(bool)
    def set_presenter(self, on: bool) -> None:
        app = QApplication.instance()
        if self._normal_font is None:
            self._normal_font = app.font()
        self.presenter = bool(on)
        app.setFont(presenter_font(self._normal_font) if on else self._normal_font)
        self._widen_handles()
        self.shown_theme = apply_theme(app, self.theme, self.presenter)
        self.thicken_plots()
        for canvas in self.window.findChildren(NetworkCanvas):
            canvas.set_presenter(self.presenter)  # its numbers readable from the back row
        self._sync(self.presenter_action, self.presenter)
        self.settings.setValue(PRESENTER_KEY, self.presenter)
        self.presenterChanged.emit(self.presenter)

    def line_width(self) -> int:
        """The pen width plots should use now (views may follow ``presenterChanged``)."""
        return PRESENTER_LINE_WIDTH if self.presenter else NORMAL_LINE_WIDTH

    def thicken_plots(self) -> None:
        """Every plot of the window in the theme's colours and the application's font, with
        thick curves in presenter mode (and back after): see widgets/plot_style.py. Checked
        buttons and field frames that a dark palette hides get drawn visibly (theme.py)."""
        style_all(self.window, self.presenter)
        style_widgets(self.window)

    def _widen_handles(self) -> None:
        for splitter in self.window.findChildren(QSplitter):
            normal = splitter.property("rnnlabHandleWidth")
            if normal is None:
                normal = splitter.handleWidth()
                splitter.setProperty("rnnlabHandleWidth", normal)
            splitter.setHandleWidth(PRESENTER_HANDLE_WIDTH if self.presenter else int(normal))

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()
        self._sync(self.fullscreen_action, on)

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self.theme = theme
        self.settings.setValue(THEME_KEY, theme)
        self._sync(self.theme_actions[theme], True)
        self.shown_theme = apply_theme(QApplication.instance(), theme, self.presenter)
        self.thicken_plots()  # pyqtgraph draws its own colours: give it the new palette's
        self.themeChanged.emit(self.shown_theme)

    @Slot()
    def _system_scheme_changed(self, *_: object) -> None:
        if self.theme == SYSTEM:
            self.set_theme(SYSTEM)

    @property
    def is_dark(self) -> bool:
        return self.shown_theme == DARK

    # --- hiding panels and controls for a class ---------------------------------------------------
    def set_part_hidden(self, name: str, hidden: bool) -> None:
        if hidden:
            self.hidden_parts.add(name)
        else:
            self.hidden_parts.discard(name)
        set_part_visible(self.window, name, not hidden)
        if name in self.part_actions:
            self._sync(self.part_actions[name], not hidden)
        self._save_hidden()

    def set_hidden(self, parts: set[str], controls: set[str]) -> None:
        shown_again = self.hidden_controls - controls
        self.hidden_parts, self.hidden_controls = set(parts), set(controls)
        for widget in self._controls():
            if widget.objectName() in shown_again:
                widget.show()
        self._save_hidden()
        self.apply_hidden()

    def apply_hidden(self) -> None:
        for name, action in self.part_actions.items():
            set_part_visible(self.window, name, name not in self.hidden_parts)
            self._sync(action, name not in self.hidden_parts)
        for widget in self._controls():
            if widget.objectName() in self.hidden_controls:
                widget.hide()

    @Slot()
    def show_everything(self) -> None:
        self.set_hidden(set(), set())

    def _controls(self) -> list[QWidget]:
        found = []
        for name in PARTS:
            part = find_part(self.window, name)
            if part is not None:
                found.extend(controls_of(part))
        return found

    def _save_hidden(self) -> None:
        self.settings.setValue(HIDDEN_PARTS_KEY, sorted(self.hidden_parts))
        self.settings.setValue(HIDDEN_CONTROLS_KEY, sorted(self.hidden_controls))
        self.settings.sync()

    @Slot()
    def open_class_setup(self) -> ClassSetupDialog:
        dialog = ClassSetupDialog(self.window, self.hidden_controls)
        dialog.accepted.connect(lambda: self.set_hidden(*dialog.choices()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- the rest ---------------------------------------------------------------------------------
    @Slot()
    def show_shortcuts(self) -> ShortcutsSheet:
        sheet = ShortcutsSheet(self.window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def run_command(self, command: str) -> bool:
        """What a Run menu item or its key does, on whichever tab is showing."""
        state, view = self.state, self.state.view
        training = {
            "trainButton": state.start_training, "pauseButton": state.pause,
            "stepButton": state.step, "resetButton": state.reset_run,
        }
        if command in training:
            training[command]()
            return True
        views = {
            "canvasStepButton": lambda: view.request_forward_step("step"),
            "canvasPlayButton": lambda: view.request_forward_step("play"),
            "canvasRolledButton": lambda: view.set_canvas_mode(ROLLED),
            "canvasUnrolledButton": lambda: view.set_canvas_mode(UNROLLED),
            "canvasBackwardButton": lambda: view.set_backward(not view.backward),
        }
        if command not in views:
            return False
        # The canvas commands act on a view the class must see.
        if self.parts.set_visible("network", True):
            self.parts.bring_to_front("network")
        view.set_tab(MAIN_TAB)
        views[command]()
        return True

    def press(self, object_name: str) -> bool:
        """Click a view's button by its object name (False when this window has none)."""
        button = self.window.findChild(QAbstractButton, object_name)
        if button is None or not button.isEnabled():
            return False
        show_tab_of(self.window, button)  # the canvas buttons act on a view the class must see
        button.click()
        return True

    @staticmethod
    def _sync(action: QAction, on: bool) -> None:
        if action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

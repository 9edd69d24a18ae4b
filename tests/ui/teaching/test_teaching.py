"""Teaching mode: presenter mode, themes, hiding parts for a class, shortcuts, tooltips, About."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QSlider,
    QTabBar,
)

from rnngui import __version__
from rnngui.ui.main_window import MainWindow
from rnngui.ui.teaching.shortcuts_sheet import collect_shortcuts
from rnngui.ui.teaching.teaching import Teaching, teaching_settings
from rnngui.ui.teaching.theme import DARK, LIGHT, SYSTEM
from rnngui.ui.window_parts import is_part_visible


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    """Settings in a temporary folder, and the application's look put back after each test."""
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    app = QApplication.instance()
    font = app.font() if app else None
    yield tmp_path
    if app is not None:
        app.setFont(font)
        app.setPalette(QPalette())


def window_text(app) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_presenter_mode_enlarges_fonts_thickens_lines_and_goes_back(window, qtbot):
    app = QApplication.instance()
    teaching: Teaching = window.teaching
    normal = app.font().pointSizeF()
    curve = window.training_panel.loss_curve
    width = curve.opts["pen"].widthF() if hasattr(curve.opts["pen"], "widthF") else 1
    with qtbot.waitSignal(teaching.presenterChanged) as signal:
        teaching.presenter_action.trigger()
    assert signal.args == [True]
    assert app.font().pointSizeF() >= 1.4 * normal
    window.lesson_panel.show()
    qtbot.waitUntil(lambda: window.lesson_panel.text.font().pointSizeF() == app.font().pointSizeF())
    assert pg.mkPen(curve.opts["pen"]).widthF() >= 3 * max(width, 1)
    assert teaching.line_width() == 3
    teaching.presenter_action.trigger()
    assert app.font().pointSizeF() == normal
    assert pg.mkPen(curve.opts["pen"]).widthF() == pytest.approx(max(width, 1))


def test_presenter_mode_raises_contrast(window):
    teaching = window.teaching
    teaching.set_theme(LIGHT)
    plain_window = window_text(QApplication.instance())
    teaching.set_presenter(True)
    assert window_text(QApplication.instance()) == "#ffffff" != plain_window
    teaching.set_theme(DARK)
    assert window_text(QApplication.instance()) == "#000000"
    teaching.set_presenter(False)
    teaching.set_theme(SYSTEM)


def test_themes_switch_and_are_remembered(window, own_settings):
    teaching = window.teaching
    assert teaching.theme == SYSTEM  # the OS decides by default
    teaching.theme_actions[DARK].trigger()
    app = QApplication.instance()
    assert teaching.is_dark and app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    again = Teaching(window, teaching_settings())
    assert again.theme == DARK and again.theme_actions[DARK].isChecked()
    teaching.theme_actions[SYSTEM].trigger()
    assert teaching.theme == SYSTEM
    assert not QPalette().resolveMask() or app.palette() == QPalette()


def test_hidden_parts_and_controls_are_remembered(window, qtbot):
    teaching = window.teaching
    teaching.part_actions["training"].trigger()
    assert not is_part_visible(window, "training")
    teaching.part_actions["gradient_lab"].trigger()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.gradient_lab))
    dialog = teaching.open_class_setup()
    top = dialog.tree.topLevelItem(0)
    names = [top.child(i).data(0, 256)[1] for i in range(top.childCount())]
    assert "addButton" in names or names  # the sequence editor's controls are listed
    child = top.child(0)
    child.setCheckState(0, child.checkState(0).Unchecked)
    hidden_name = child.data(0, 256)[1]
    dialog.accept()
    assert window.findChild(QAbstractButton, hidden_name) is None or not window.findChild(
        QAbstractButton, hidden_name).isVisible()
    window.state.shutdown()
    window.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    try:
        assert not is_part_visible(second, "training")
        assert not second.tabs.isTabVisible(second.tabs.indexOf(second.gradient_lab))
        assert hidden_name in second.teaching.hidden_controls
        second.teaching.show_all_action.trigger()
        assert is_part_visible(second, "training") and is_part_visible(second, "gradient_lab")
    finally:
        second.state.shutdown()
        second.close()


def test_run_shortcuts_press_the_views_buttons(window, qtbot):
    teaching = window.teaching
    actions = {a.objectName(): a for a in teaching.run_actions}
    actions["run_stepButton"].trigger()  # Ctrl+G: one gradient-descent step
    qtbot.waitUntil(lambda: len(window.state.history.rows) == 1)
    actions["run_canvasRolledButton"].trigger()
    qtbot.waitUntil(lambda: window.network_canvas.mode == "rolled")
    assert teaching.press("noSuchButton") is False
    window.state.stop()


def test_shortcuts_sheet_lists_what_a_presenter_needs(window):
    rows = collect_shortcuts(window)
    keys = {what: key for _, what, key in rows}
    for what, key in [
        ("Train or resume", "Ctrl+T"), ("Pause training", "Ctrl+P"),
        ("One gradient-descent step", "Ctrl+G"), ("Next step", "PgDown"),
        ("Previous step", "PgUp"), ("Presenter mode", "F5"), ("Full screen", "F11"),
        ("Keyboard shortcuts", "F1"),
    ]:
        assert key in keys.get(what, ""), (what, keys)
    sheet = window.teaching.show_shortcuts()
    table = sheet.findChild(QLabel, "shortcutsTable").text()
    assert "Ctrl+P" in table and "PgDown" in table
    assert sheet.objectName() == "shortcutsSheet" and len(sheet.rows) == len(rows)
    sheet.close()


def test_ctrl_t_has_a_single_owner_the_window_wide_run_action(window):
    """Two shortcuts on one key make Qt fire neither; and a key owned by the Train button did
    nothing on the gradient-lab tab, where the button is hidden. The Run menu's action owns it."""
    owners = [a for a in window.findChildren(type(window.teaching.presenter_action))
              if "Ctrl+T" in [k.toString() for k in a.shortcuts()] and a in window.actions()]
    assert [a.objectName() for a in owners] == ["run_trainButton"]
    assert window.training_panel.train_button.shortcut().toString() == ""


def test_full_screen_toggles(window, qtbot):
    window.teaching.fullscreen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.teaching.fullscreen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_every_control_has_a_tooltip(window):
    window.lesson_panel.show()
    missing = []
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider):
        for widget in window.findChildren(kind):
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QTabBar):
                continue  # Qt's own parts: dock title buttons, tab-bar scroll arrows
            if not widget.toolTip().strip():
                text = getattr(widget, "text", lambda: "")()
                missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r} "
                               f"in {type(widget.parent()).__name__}")
    assert not missing, "controls without a tooltip:\n" + "\n".join(missing)


def test_about_shows_the_version(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    about = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    next(a for a in about.actions() if "About" in a.text()).trigger()
    assert shown and __version__ in shown[0]

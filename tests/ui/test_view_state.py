"""Lessons and keys act through the view state; the views follow it and write back what is clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rnngui.session.view_state import LAB_TAB, MAIN_TAB, ROLLED, UNROLLED


def test_the_canvas_follows_the_view_state_and_writes_back(window, qtbot):
    view, panel = window.state.view, window.network_panel
    view.set_canvas_mode(ROLLED)
    assert panel.rolled_button.isChecked()
    qtbot.waitUntil(lambda: panel.canvas.mode == ROLLED)  # after the folding animation
    panel.unrolled_button.click()  # the user clicks: the view state hears of it
    qtbot.waitUntil(lambda: view.canvas_mode == UNROLLED)
    view.set_backward(True)
    assert panel.backward_button.isChecked()
    panel.backward_button.click()
    assert view.backward is False
    view.set_highlight("w2")
    assert panel.canvas.canvas_scene.model.selected == "w2"


def test_tabs_and_lab_pages_follow_the_view_state(window):
    view = window.state.view
    view.set_tab(LAB_TAB)
    assert window.tabs.currentWidget() is window.gradient_lab
    view.set_lab_page("landscape_2d")
    assert window.gradient_lab.tabs.currentWidget() is window.gradient_lab.landscape_2d
    window.gradient_lab.tabs.setCurrentWidget(window.gradient_lab.unroll)  # a click on the bar
    assert view.lab_page == "unroll"
    window.tabs.setCurrentIndex(0)
    assert view.tab == MAIN_TAB


def test_every_run_key_works_on_the_gradient_lab_tab(window, qtbot):
    """Ctrl+T used to do nothing there: the hidden Train button owned the key."""
    window.state.view.set_tab(LAB_TAB)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # one step
    qtbot.waitUntil(lambda: len(window.state.history) == 1)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.state.run_state in ("running", "finished"))
    window.state.stop()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # rolled view
    assert window.state.view.canvas_mode == ROLLED
    assert window.state.view.tab == MAIN_TAB  # the canvas command shows the canvas

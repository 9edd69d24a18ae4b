"""Keyboard only: a lesson step driven by keys alone, and the canvas's arrow keys, Enter and Escape."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rnngui.ui.canvas.network_canvas import FOCUS_FRAME_PX


def _press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


def _tab_to(window, wanted, limit: int = 400) -> None:
    """Tab (only Tab) until ``wanted`` has the focus."""
    for _ in range(limit):
        if QApplication.focusWidget() is wanted:
            return
        _press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted.objectName()}")


def _active(window, qtbot) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.network_canvas.setFocus()  # somewhere to start from: the keys go to the focus
    QApplication.processEvents()


def test_a_lesson_step_by_keyboard_alone(window, qtbot):
    _active(window, qtbot)
    lesson, canvas, state = window.lesson_panel, window.network_canvas, window.state
    _press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L opens the lesson
    qtbot.waitUntil(lesson.isVisible, timeout=3000)
    assert lesson.step is not None
    first = lesson.index
    _press(Qt.Key.Key_PageDown)  # the next step
    assert lesson.index == first + 1
    # on the canvas: Right steps forward, Left back, Down and Up choose a weight
    _tab_to(window, canvas)
    _press(Qt.Key.Key_Right)
    assert canvas.stepper.index == 0
    assert canvas.accessibleDescription().startswith("Copy 1 of ")
    if canvas.stepper.copies > 1:
        _press(Qt.Key.Key_Right)
        assert canvas.stepper.index == 1
        _press(Qt.Key.Key_Left)
        assert canvas.stepper.index == 0
    names = list(state.cell.param_names)
    if state.view.highlighted is not None:  # the lesson step highlighted one: Escape clears it
        _press(Qt.Key.Key_Escape)
    assert state.view.highlighted is None
    _press(Qt.Key.Key_Down)
    assert state.view.highlighted == names[0]
    assert canvas.canvas_scene.model.highlighted == names[0]
    _press(Qt.Key.Key_Down)
    assert state.view.highlighted == names[1]
    _press(Qt.Key.Key_Up)
    assert state.view.highlighted == names[0]
    _press(Qt.Key.Key_Up)
    assert state.view.highlighted == names[-1]  # round the list
    _press(Qt.Key.Key_Down)
    # Enter edits the highlighted weight; typing and Enter apply it (one undo step)
    name = names[0]
    old = getattr(state.params, name)
    _press(Qt.Key.Key_Return)
    editor = canvas.editor
    assert editor is not None and editor.isVisible() and QApplication.focusWidget() is editor
    editor.clear()
    QTest.keyClicks(editor, "0.75")
    _press(Qt.Key.Key_Return)
    assert getattr(state.params, name) == 0.75 != old
    assert not editor.isVisible() and QApplication.focusWidget() is canvas
    # Enter again, then Escape: nothing changes
    _press(Qt.Key.Key_Return)
    QTest.keyClicks(editor, "9")
    _press(Qt.Key.Key_Escape)
    assert not editor.isVisible() and getattr(state.params, name) == 0.75
    _press(Qt.Key.Key_Escape)  # on the canvas: no weight highlighted any more
    assert state.view.highlighted is None
    # a question step: Tab to the answer, type a guess, Ctrl+Return reveals
    for _ in range(60):
        if lesson.step.question is not None:
            break
        _press(Qt.Key.Key_PageDown)
    assert lesson.step.question is not None
    _tab_to(window, lesson.answer)
    QTest.keyClicks(lesson.answer, "0.5")
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "The engine says" in lesson.revealed


def test_the_canvas_shows_a_focus_frame(window, qtbot):
    _active(window, qtbot)
    canvas = window.network_canvas
    highlight = canvas.palette().color(canvas.palette().ColorRole.Highlight)
    edge = FOCUS_FRAME_PX // 2

    def corner() -> QColor:
        canvas.viewport().repaint()
        image = canvas.viewport().grab().toImage()
        return image.pixelColor(edge, image.height() // 2)

    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus, timeout=2000)
    assert corner().name() == highlight.name()
    window.network_panel.fit_button.setFocus()
    qtbot.waitUntil(lambda: not canvas.hasFocus(), timeout=2000)
    assert corner().name() != highlight.name()

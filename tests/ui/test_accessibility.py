"""Screen readers: every visible control has a name and a description; the canvas, the diagnosis
and the lesson's reveals are text a screen reader can read and is told about."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QToolButton, QWidget

from rnngui.ui.widgets.accessibility import (
    LAST_ANNOUNCEMENT,
    describe_controls,
    is_control,
    plain,
    undescribed,
    words_of,
)


def _names(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}({w.objectName()!r})" for w in widgets]


def _settle(qtbot) -> None:
    qtbot.wait(20)
    QApplication.processEvents()


def test_every_visible_control_is_named_and_described(window, qtbot):
    """Both main tabs, every lab page, the lesson dock open: no control without words."""
    _settle(qtbot)
    missing = undescribed(window)
    assert not missing, _names(missing)
    window.lesson_panel.toggle_action.trigger()
    _settle(qtbot)
    assert window.lesson_panel.isVisible()
    missing = undescribed(window)
    assert not missing, _names(missing)
    window.tabs.setCurrentWidget(window.gradient_lab)
    for i in range(window.gradient_lab.tabs.count()):
        window.gradient_lab.tabs.setCurrentIndex(i)
        _settle(qtbot)
        missing = undescribed(window)
        assert not missing, (window.gradient_lab.tabs.tabText(i), _names(missing))
    window.tabs.setCurrentWidget(window.panel_deck)
    _settle(qtbot)
    assert not undescribed(window)


def test_rebuilt_controls_are_named_again(window, qtbot):
    """Another cell rebuilds the trainable boxes: the new ones get names too."""
    other = "lstm" if window.state.cell.key != "lstm" else "rnn"
    before = {id(w) for w in window.findChildren(QWidget)}
    assert window.training_panel.cell_chooser.choose(other, random_seed=1)
    _settle(qtbot)
    assert window.state.cell.key == other
    new = [w for w in window.findChildren(QWidget) if id(w) not in before and is_control(w)]
    assert new  # the trainable boxes were rebuilt
    assert all(w.accessibleName() and w.accessibleDescription() for w in new)
    missing = undescribed(window)
    assert not missing, _names(missing)


def test_names_come_from_text_buddy_tooltip_or_object_name(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("&Train", root)
    label = QLabel("&Steps:", root)
    spin = QSpinBox(root)
    label.setBuddy(spin)
    tool = QToolButton(root, objectName="canvasFitButton")
    tipped = QSpinBox(root)
    tipped.setToolTip("<b>Learning rate</b>: how far each step goes")
    kept = QPushButton("Go", root)
    kept.setAccessibleName("Start the run")
    kept.setAccessibleDescription("Starts training")
    describe_controls(root)
    assert button.accessibleName() == "Train"
    assert button.accessibleDescription() == "A button: Train."
    assert spin.accessibleName() == "Steps"
    assert tool.accessibleName() == "Canvas fit button"
    assert tipped.accessibleName() == "Learning rate"
    assert tipped.accessibleDescription() == "Learning rate: how far each step goes"
    assert (kept.accessibleName(), kept.accessibleDescription()) == ("Start the run",
                                                                     "Starts training")
    # a made-up name follows the text (Play becomes Pause); a given one stays
    button.setText("&Pause")
    describe_controls(root)
    assert button.accessibleName() == "Pause"
    assert kept.accessibleName() == "Start the run"


def test_plain_and_words():
    assert plain("<b>a</b> &amp; b") == "a & b"
    assert plain("Save &&&As") == "Save &As"
    assert words_of("lossPlotExport") == "Loss plot export"


def test_canvas_description_follows_the_step_and_is_announced(window, qtbot):
    canvas = window.network_canvas
    assert canvas.accessibleName() == "Network canvas"
    assert canvas.formula in canvas.accessibleDescription() or "Formula" in \
        canvas.accessibleDescription()
    window.network_panel.step_button.click()
    _settle(qtbot)
    description = canvas.accessibleDescription()
    assert description.startswith("Copy 1 of ")
    assert plain(canvas.formula) in description
    # the copy's own numbers are in it
    for text in canvas.copy_texts(0).values():
        assert plain(str(text)) in description
    assert canvas.property(LAST_ANNOUNCEMENT) == plain(canvas.formula)
    window.network_panel.step_button.click()
    _settle(qtbot)
    assert canvas.accessibleDescription().startswith("Copy 2 of ")
    assert canvas.property(LAST_ANNOUNCEMENT) == plain(canvas.formula)
    assert "Copy 2 of" in canvas.property(LAST_ANNOUNCEMENT)
    # a new weight: the description says the new numbers
    params = window.state.params
    first = window.state.cell.param_names[0]
    window.state.set_params(params.replace(**{first: getattr(params, first) + 1.25}), "test")
    _settle(qtbot)
    assert plain(canvas.formula) in canvas.accessibleDescription()
    window.state.view.set_highlight(first)
    _settle(qtbot)
    assert f"Highlighted weight: {first}" in canvas.accessibleDescription()


def test_diagnosis_is_announced(window, qtbot):
    panel = window.training_panel
    window.state.start_training()
    qtbot.waitUntil(lambda: not window.state.is_active, timeout=30000)
    _settle(qtbot)
    text = panel.diagnosis_label.text()
    assert text
    assert panel.diagnosis_label.property(LAST_ANNOUNCEMENT) == plain(text)


def test_lesson_reveal_is_announced(window, qtbot):
    lesson = window.lesson_panel
    window.lesson_panel.toggle_action.trigger()
    _settle(qtbot)
    for _ in range(60):
        step = lesson.step
        if step is not None and step.question is not None:
            break
        lesson.next()
    assert lesson.step is not None and lesson.step.question is not None
    lesson.answer.setText("1")
    lesson.reveal_button.click()
    assert lesson.revealed
    assert lesson.result.property(LAST_ANNOUNCEMENT) == plain(lesson.revealed)

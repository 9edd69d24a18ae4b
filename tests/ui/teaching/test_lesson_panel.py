"""The lesson panel walks every step of every shipped lesson and shows the engine's numbers."""

from __future__ import annotations

import html
import json
import re

import pytest
from PySide6.QtWidgets import QMainWindow

from rnngui.engine import fmt, run_to_end
from rnngui.lesson import Action, compute, lessons_dir, load_folder
from rnngui.session.state import FINISHED, AppState
from rnngui.ui.teaching.lesson_actions import LessonActions
from rnngui.ui.teaching.lesson_panel import LessonPanel, show_number
from rnngui.ui.window_parts import WindowParts

SHIPPED = [e for e in load_folder(lessons_dir())]
RNN_LESSON = next(e for e in SHIPPED if e.path.name == "statquest-rnn.json")


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))


def plain(html_text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", html_text)).replace("\xa0", " ")


def numbers_in(html_text: str) -> list[str]:
    return re.findall(r"<b>([^<]+)</b>", html_text)


def train_headlessly(state) -> None:
    """What Train would do, with the engine directly: from the step's seeded start to the end."""
    doc = state.document
    records, end = run_to_end(doc.params, *doc.training_data(), doc.training_config())
    assert end.reason == "max_steps"
    state.set_params(records[-1].params, "trained in the test")


def open_lesson(window, qtbot, entry) -> LessonPanel:
    panel = window.lesson_panel
    panel.chooser.setCurrentIndex(SHIPPED.index(entry))
    panel.choose_lesson(SHIPPED.index(entry))
    panel.show()
    qtbot.waitUntil(lambda: panel.applied)
    return panel


def test_every_shipped_lesson_is_usable():
    assert SHIPPED and all(e.ok for e in SHIPPED), [e.error for e in SHIPPED]


@pytest.mark.parametrize("entry", SHIPPED, ids=lambda e: e.path.name)
def test_walk_every_step_and_check_its_numbers(window, qtbot, entry):
    panel = open_lesson(window, qtbot, entry)
    state = window.state
    figures_checked = []
    for index, step in enumerate(entry.lesson.steps):
        panel.go_to(index)
        assert panel.problems == [], (step.title, panel.problems)
        assert not panel.problem.isVisibleTo(panel)
        assert panel.title.text() and step.title in plain(panel.title.text())
        assert f"Step {index + 1} of {len(entry.lesson.steps)}" == panel.position.text()
        if any("prediction_of" in r.compute for r in step.readouts) and state.document.training_data()[0]:
            train_headlessly(state)  # the step says "press Train": its figures hold after it
            panel.refresh_readouts()
        # every readout shows the engine's number for the current document
        shown = numbers_in(panel.readouts.text())
        assert len(shown) == len(step.readouts)
        for readout, text in zip(step.readouts, shown, strict=True):
            value = compute(readout.compute, state.document).value
            assert text == show_number(value), readout.label
            if readout.expect is not None:
                assert readout.tolerance.close(value, readout.expect), (readout.label, value)
                assert "✓" in panel.readouts.text()
                figures_checked.append((readout.expect_text, value))
        # predict, then reveal: the engine's number, the comparison and the lesson's figure
        if step.question is not None:
            q = step.question
            assert panel.question_box.isVisibleTo(panel)
            value = compute(q.compute, state.document).value
            panel.answer.setText(fmt(value))
            panel.reveal_button.click()
            result = plain(panel.result.text())
            assert f"The engine says {show_number(value)}" in result
            assert "is right" in result
            if q.expect is not None:
                assert q.tolerance.close(value, q.expect), (step.title, value, q.expect)
                assert "That is the lesson's figure" in result
                figures_checked.append((q.expect_text, value))
    if entry.path.name == "statquest-rnn.json":
        figures = dict(figures_checked)
        assert figures["16"] == 16.0
        assert figures["2^50"] == 2.0**50
        assert figures["0.5^50"] == 0.5**50
        predictions = [v for t, v in figures_checked if t in ("0", "1")]
        assert len(predictions) >= 4  # the four StatLand predictions after training


def test_statland_predictions_after_pressing_the_real_train_button(window, qtbot):
    entry = next(e for e in SHIPPED if e.path.name == "statquest-rnn.json")
    panel = open_lesson(window, qtbot, entry)
    index = next(i for i, s in enumerate(entry.lesson.steps) if "StatLand" in s.title)
    panel.go_to(index)
    step = panel.step
    assert step.try_does == "train" and panel.try_button.isVisibleTo(panel)
    panel.try_button.click()  # the step's "Train" button: the real run on the worker thread
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=30_000)
    qtbot.waitUntil(lambda: not panel._readout_timer.isActive())
    panel.refresh_readouts()
    text = panel.readouts.text()
    predictions = [r for r in step.readouts if "prediction_of" in r.compute]
    assert len(predictions) == 4
    for readout in predictions:
        value = compute(readout.compute, window.state.document).value
        assert abs(value - readout.expect) <= 0.05, (readout.label, value)
    assert text.count("✓") == 4
    # the next step (the lesson's own weights) agrees: StatLand's "high" for low, medium
    panel.next_button.click()
    panel.answer.setText("1")
    panel.reveal()
    assert "is right" in plain(panel.result.text())


def test_next_back_jump_and_the_keys(window, qtbot):
    panel = open_lesson(window, qtbot, RNN_LESSON)
    assert panel.index == 0 and not panel.back_button.isEnabled()
    panel.next_action.trigger()
    assert panel.index == 1
    panel.back_action.trigger()
    assert panel.index == 0
    last = len(panel.lesson.steps) - 1
    panel.step_chooser.setCurrentIndex(last)
    panel.step_chooser.activated.emit(last)
    assert panel.index == last and not panel.next_button.isEnabled()
    assert [k.toString() for k in panel.next_action.shortcuts()] == ["PgDown", "Alt+Right"]
    panel.hide()  # put away, the lesson leaves Page Up/Down to the tables and lists
    assert not panel.next_action.isEnabled() and not panel.back_action.isEnabled()
    panel.show()
    qtbot.waitUntil(panel.back_action.isEnabled)


def test_steps_set_the_app_up(window, qtbot):
    panel = open_lesson(window, qtbot, RNN_LESSON)
    titles = [s.title for s in panel.lesson.steps]
    panel.go_to(next(i for i, t in enumerate(titles) if "feedback" in t.lower()))
    qtbot.waitUntil(lambda: window.network_canvas.mode == "rolled")  # after the fold animation
    assert window.network_canvas.canvas_scene.model.selected == "w2"
    assert window.state.selected_sequence.name == "low, medium"
    panel.go_to(next(i for i, t in enumerate(titles) if "Exploding" in t))
    assert window.tabs.currentWidget() is window.gradient_lab
    assert window.gradient_lab.tabs.currentWidget() is window.gradient_lab.unroll
    assert window.state.document.title.startswith("Exploding")
    window.state.undo()  # a lesson's preset is an ordinary undoable edit
    assert not window.state.document.title.startswith("Exploding")


def test_a_blank_guess_and_a_bad_guess_get_words_not_errors(window, qtbot):
    panel = open_lesson(window, qtbot, RNN_LESSON)
    index = next(i for i, s in enumerate(panel.lesson.steps) if s.question is not None)
    panel.go_to(index)
    panel.reveal()
    assert "did not write a guess" in panel.result.text()
    panel.answer.setText("a lot")
    panel.reveal()
    assert "not a number" in panel.result.text() and "The engine says" in plain(panel.result.text())


def test_a_broken_lesson_is_listed_with_its_error_and_the_app_carries_on(window, qtbot, tmp_path):
    (tmp_path / "broken.json").write_text('{"format": "rnnlab-lesson", "version": 1, "ti',
                                          encoding="utf-8")
    good = json.loads((lessons_dir() / "statquest-rnn.json").read_text(encoding="utf-8"))
    good["steps"] = good["steps"][:1]
    (tmp_path / "good.json").write_text(json.dumps(good), encoding="utf-8")
    panel = LessonPanel(window, tmp_path)
    assert panel.chooser.count() == 2
    assert "broken.json" in panel.chooser.itemText(0)
    assert "not valid JSON" in panel.chooser.itemData(0, 3)  # the tooltip says why
    assert panel.lesson is not None and panel.chooser.currentIndex() == 1  # the good one
    panel.choose_lesson(0)
    assert "cannot be used" in panel.text.text() and "line 1" in panel.text.text()
    assert not panel.next_button.isEnabled()
    assert panel.add_lesson_file(tmp_path / "broken.json") is False
    assert "not valid JSON" in panel.text.text()
    assert panel.add_lesson_file(tmp_path / "good.json") is True
    panel.deleteLater()


def test_a_missing_view_is_a_sentence_not_a_traceback(qtbot):
    bare = QMainWindow()
    qtbot.addWidget(bare)
    bare.state = AppState()
    actions = LessonActions(bare.state, WindowParts(bare))
    problems = actions.apply((
        Action("view", "unrolled"), Action("lab_tab", "unroll"), Action("highlight", "w2"),
        Action("hide_panels", ("training",)), Action("select", "no such sequence"),
        Action("params", {"w2": 2.0}),
    ))
    assert len(problems) == 4  # the highlight is view state: a canvas shown later follows it
    assert "no Network panel" in problems[0]
    assert "no Gradient lab tab" in problems[1]
    assert "no such sequence" in problems[3]
    assert bare.state.view.highlighted == "w2"
    assert bare.state.params.w2 == 2.0  # what can be done is done
    assert actions.try_it("forward_step") is not None
    bare.state.shutdown()


def test_a_preset_after_a_training_run_keeps_its_own_weights(window, qtbot):
    """Regression: replace_document's reset_run used to put the old run's starting weights back."""
    from rnngui.model import presets

    state = window.state
    state.reinitialise(5)
    state.step()
    qtbot.waitUntil(lambda: len(state.history.rows) >= 1)
    state.stop()
    state.replace_document(presets.statland(), "Preset")
    assert state.params == presets.statland().params


def test_opening_the_lesson_asks_before_replacing_a_trained_project(window, qtbot):
    """It used to replace the project silently, throwing away a trained run."""
    from PySide6.QtGui import QGuiApplication

    state = window.state
    state.step()
    qtbot.waitUntil(lambda: len(state.history) == 1)
    state.stop()
    before = state.document
    panel = window.lesson_panel
    questions = []
    panel.confirm = lambda parent, title, text: questions.append(text) or False
    panel.applied = False
    panel.show()
    panel._on_visible(True)
    assert questions and "a training run" in questions[0] and "Edit → Undo" in questions[0]
    assert state.document == before  # kept
    assert "Your project was kept" in panel.problem.text()
    assert panel.next_button.isEnabled()  # the lesson can still be followed
    panel.confirm = lambda parent, title, text: True
    panel.go_to(0, ask=True)
    assert state.document != before  # the lesson's data
    assert "Edit → Undo brings your project back" in window.statusBar().currentMessage()
    state.undo()
    assert state.document.sequences == before.sequences
    QGuiApplication.processEvents()

"""Assignments as a class meets them: the teacher makes one in the dialog, the student's window
ticks goals as runs meet them and keeps the locks, every run is in the saved file, and the review
table counts runs and goals over several hand-ins, with any run loaded back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget

from rnngui.engine import random_params, train
from rnngui.model import project_file
from rnngui.model.assignment import PREDICT, SSR_WITHIN, Assignment, Goal, RunResult, make_attempt
from rnngui.model.presets import statland
from rnngui.session.state import FINISHED
from rnngui.ui.assignments.controller import handout_path
from rnngui.ui.widgets.accessibility import describe_controls, undescribed


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "data").mkdir()


def untrained():
    doc = statland()
    return doc.with_params(random_params(doc.training.seed))


GOALS = (Goal(SSR_WITHIN, 0.01, 2000), Goal(PREDICT, 0.05, sequence="low, medium"))


def _settle(qtbot) -> None:
    qtbot.wait(20)
    QApplication.processEvents()


def make_handout(window, qtbot, tmp_path, lock=("learningRate",), hide=("gradient_lab",)):
    """Drive File → New assignment… as a teacher would; returns the students' copy."""
    window.state.replace_document(untrained(), "start")
    teacher = tmp_path / "week 3.rnnlab"
    assert window.save_file(teacher)
    dialog = window.assignments.new_assignment_dialog()
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.instructions, "Train StatLand until the four rules fit.")
    kind = dialog.goals.cellWidget(0, 0)
    kind.setCurrentIndex(kind.findData(SSR_WITHIN))
    dialog.goals.cellWidget(0, 1).setValue(0.01)
    dialog.goals.cellWidget(0, 2).setValue(2000)
    dialog.add_goal_button.click()
    kind = dialog.goals.cellWidget(1, 0)
    kind.setCurrentIndex(kind.findData(PREDICT))
    dialog.goals.cellWidget(1, 1).setValue(0.05)
    names = dialog.goals.cellWidget(1, 3)
    names.setCurrentIndex(names.findData("low, medium"))
    for name in hide:
        assert dialog.set_choice(name, show=False)
    for name in lock:
        assert dialog.set_choice(name, lock=True)
    describe_controls(dialog)
    assert not undescribed(dialog)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    _settle(qtbot)
    handout = handout_path(teacher)
    assert handout.exists()
    return teacher, handout


def train_to_end(window, qtbot) -> None:
    button = window.training_panel.findChild(QPushButton, "trainButton")
    button.click()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=60_000)
    _settle(qtbot)
    qtbot.wait(100)  # the panel's refresh is coalesced
    _settle(qtbot)


def test_the_dialog_makes_a_teachers_copy_and_a_locked_copy_for_students(window, qtbot,
                                                                          tmp_path):
    teacher, handout = make_handout(window, qtbot, tmp_path)
    mine = project_file.load(teacher).assignment
    theirs = project_file.load(handout).assignment
    assert mine.teacher_copy and not theirs.teacher_copy
    assert theirs.goals == GOALS
    assert theirs.instructions == "Train StatLand until the four rules fit."
    assert theirs.hidden_parts == ("gradient_lab",) and theirs.locked_controls == ("learningRate",)
    assert theirs.assignment_id == mine.assignment_id and theirs.made_from == teacher.name
    # the teacher's own window is not locked
    assert window.findChild(QWidget, "learningRate").isEnabled()


def test_a_student_run_ticks_the_goal_and_is_saved_with_the_file(window, qtbot, tmp_path):
    _, handout = make_handout(window, qtbot, tmp_path)
    assert window.open_file(handout)
    panel = window.findChild(QWidget, "assignmentPanel")
    assert panel is window.assignments.panel and panel.isVisible()
    describe_controls(panel)
    assert not undescribed(panel)
    _settle(qtbot)
    assert not panel.goal_met(0) and not panel.goal_met(1)
    assert "Train StatLand" in panel.instructions.toPlainText()
    QTest.keyClicks(panel.student, "Ann")  # no Return: saving straight away keeps the name
    train_to_end(window, qtbot)
    assert panel.goal_met(0) and panel.goal_met(1)
    attempts = window.file_actions.assignment.attempts
    assert len(attempts) == 1 and attempts[0].goals_met == (True, True)
    assert attempts[0].steps == window.state.document.training.max_steps
    assert attempts[0].start_params == untrained().params.as_dict()
    assert window.isWindowModified()  # the attempt is there to save
    assert window.save_file(handout)
    saved = project_file.load(handout).assignment
    assert saved.student == "Ann" and len(saved.attempts) == 1
    assert saved.attempts[0].end_params == window.state.params.as_dict()
    window.state.undo()  # the run's steps go back; the record of the run does not
    assert window.state.params.as_dict() == saved.attempts[0].start_params
    window.file_actions.load_preset("StatLand rules")  # nor does a preset
    assert len(window.file_actions.assignment.attempts) == 1
    assert window.assignments.is_locked and panel.isVisible()


def test_a_run_thrown_away_is_recorded_as_interrupted(window, qtbot, tmp_path):
    _, handout = make_handout(window, qtbot, tmp_path, lock=())
    assert window.open_file(handout)
    window.findChild(QPushButton, "stepButton").click()
    window.findChild(QPushButton, "stepButton").click()
    qtbot.waitUntil(lambda: len(window.state.history) >= 2, timeout=10_000)
    window.state.reset_run()
    _settle(qtbot)
    attempts = window.file_actions.assignment.attempts
    assert [a.end for a in attempts] == ["interrupted"]
    assert attempts[0].steps == 2 and attempts[0].goals_met == (False, False)


def test_locked_controls_stay_locked_after_a_run_and_after_reopening(window, qtbot, tmp_path):
    _, handout = make_handout(window, qtbot, tmp_path, hide=("gradient_lab", "momentum"))
    assert window.open_file(handout)
    rate = window.findChild(QWidget, "learningRate")
    assert not rate.isEnabled()
    momentum = window.findChild(QWidget, "momentum")
    assert momentum.isHidden()
    momentum.show()  # as a view showing its settings would
    assert momentum.isHidden()
    _settle(qtbot)
    assert not undescribed(window)  # the Assignment panel's controls have their words
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.gradient_lab))
    assert not window.teaching.show_all_action.isEnabled()
    assert not window.assignments.new_action.isEnabled()  # no way round it by a new one
    train_to_end(window, qtbot)  # the training panel switches its controls back on after a run
    assert not rate.isEnabled()
    rate.setEnabled(True)  # as a view would
    assert not rate.isEnabled()
    assert window.save_file(handout)
    assert window.file_actions.new()  # another project: the locks go
    assert rate.isEnabled()
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.gradient_lab))
    assert window.open_file(handout)
    assert not rate.isEnabled()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.gradient_lab))
    assert len(window.file_actions.assignment.attempts) == 1
    # knowing it is a teacher's file is the key
    assert window.assignments.open_as_teacher(handout)
    assert rate.isEnabled() and window.teaching.show_all_action.isEnabled()
    assert not momentum.isHidden()
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.gradient_lab))


def test_a_locked_button_takes_its_run_key_with_it(window, qtbot, tmp_path):
    _, handout = make_handout(window, qtbot, tmp_path, lock=("stepButton",), hide=())
    run_step = next(a for a in window.teaching.run_actions if a.objectName() == "run_stepButton")
    run_train = next(a for a in window.teaching.run_actions
                     if a.objectName() == "run_trainButton")
    assert window.open_file(handout)
    assert not run_step.isEnabled() and run_train.isEnabled()
    run_step.trigger()  # a disabled action does nothing
    _settle(qtbot)
    assert len(window.state.history) == 0
    assert window.assignments.open_as_teacher(handout)
    assert run_step.isEnabled()


def hand_in(tmp_path: Path, name: str, learning_rates: list[float]) -> Path:
    """A student's file with one engine run per learning rate, recorded as the app records it."""
    doc = untrained()
    assignment = Assignment("Fit StatLand", GOALS, student=name)
    sequences, targets = doc.training_data()
    for rate in learning_rates:
        config = replace(doc.training_config(), learning_rate=rate, max_steps=300)
        records = list(train(doc.params, sequences, targets, config))
        result = RunResult(doc.params, tuple((r.step - 1, r.loss) for r in records),
                           len(records), False)
        end = doc.with_params(records[-1].params)
        settings = project_file.training_settings_dict(
            doc.with_training(replace(doc.training, learning_rate=rate, max_steps=300)))
        assignment.record(make_attempt(end, GOALS, result, 0.5, "2026-01-01T00:00:00Z",
                                       settings))
    path = tmp_path / f"{name}.rnnlab"
    project_file.save(path, replace(doc, assignment=assignment))
    return path


def test_review_counts_runs_and_goals_for_three_files_and_replays_a_run(window, qtbot,
                                                                         tmp_path):
    # learning rate 0.001 barely moves in 300 steps; 0.1 fits StatLand well within them
    files = [hand_in(tmp_path, "Ann", [0.001, 0.1]), hand_in(tmp_path, "Ben", [0.001]),
             hand_in(tmp_path, "Cleo", [0.001, 0.001, 0.1])]
    expected = {}
    for path in files:
        a = project_file.load(path).assignment
        expected[a.student] = (len(a.attempts), a.first_met())
    assert expected["Ann"][1] == (2, 2) and expected["Ben"][1] == (None, None)
    assert expected["Cleo"][1] == (3, 3)
    broken = tmp_path / "broken.rnnlab"
    broken.write_text("{ not json")
    dialog = window.assignments.review_dialog()
    qtbot.addWidget(dialog)
    assert dialog.add_files(files + [broken]) == 3
    table = dialog.table
    assert table.rowCount() == 4
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Student", "File", "Runs", "Goal 1", "Goal 2"]
    for row in range(3):
        who = table.item(row, 0).text()
        runs, first = expected[who]
        assert table.item(row, 2).text() == str(runs)
        for g, run in enumerate(first):
            assert table.item(row, 3 + g).text() == ("not met" if run is None else f"run {run}")
    assert "cannot read" in table.item(3, 3).text()
    describe_controls(dialog)
    assert not undescribed(dialog)
    # Cleo's third run: its start and settings come back as one undoable edit
    before = window.state.document
    dialog.select(2, 2)
    assert dialog.runs.rowCount() == 3
    dialog.load_button.click()
    attempt = project_file.load(files[2]).assignment.attempts[2]
    assert window.state.params.as_dict() == attempt.start_params
    assert window.state.document.training.learning_rate == 0.1
    assert window.state.document.training.max_steps == 300
    window.state.undo()
    assert window.state.document == before
    dialog.select(0, 1)
    dialog.rerun_button.click()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=60_000)
    ann = project_file.load(files[0]).assignment.attempts[1]
    assert window.state.params.as_dict() == pytest.approx(ann.end_params)
    dialog.close()


def test_the_goal_is_ticked_while_the_run_goes_on(window, qtbot, tmp_path):
    """Live: the SSR goal ticks as soon as the run gets there, long before the run ends."""
    teacher, handout = make_handout(window, qtbot, tmp_path, lock=())
    window.open_file(handout)
    training = replace(window.state.document.training, max_steps=1_000_000, speed=2000.0)
    window.state.set_training(training)
    panel = window.assignments.panel
    assert not panel.goal_met(0)
    window.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: panel.goal_met(0), timeout=30_000)
    assert window.state.run_state == "running"
    assert window.file_actions.assignment.attempts == []  # recorded when the run ends
    window.findChild(QPushButton, "pauseButton").click()
    window.findChild(QPushButton, "resetButton").click()
    _settle(qtbot)
    attempts = window.file_actions.assignment.attempts
    assert len(attempts) == 1 and attempts[0].end == "interrupted"
    assert attempts[0].goals_met[0]  # it got there within 2,000 steps
    assert window.state.params.as_dict() == attempts[0].start_params  # Reset went back


def test_a_lesson_step_cannot_show_what_the_assignment_hid(window, qtbot, tmp_path):
    """Lessons and teaching mode show parts through WindowParts: an assignment's hidden part
    stays hidden however it is asked for, until the teacher's key lifts it."""
    from rnngui.ui.window_parts import WindowParts

    _, handout = make_handout(window, qtbot, tmp_path, lock=(), hide=("gradient_lab",))
    assert window.open_file(handout)
    lab_tab = window.tabs.indexOf(window.gradient_lab)
    parts = WindowParts(window)  # what a lesson step is given
    assert parts.set_visible("gradient_lab", True) is False
    assert parts.bring_to_front("gradient_lab") is False
    window.teaching.part_actions["gradient_lab"].trigger()  # teaching mode's View toggle
    _settle(qtbot)
    assert not window.tabs.isTabVisible(lab_tab)
    assert parts.set_visible("training", False) and parts.set_visible("training", True)
    assert window.assignments.open_as_teacher(handout)
    assert parts.bring_to_front("gradient_lab") and window.tabs.isTabVisible(lab_tab)

"""Side by side after a preset: fresh suggestions for the new project, the old project's runs
gone, and "Suggest runs" never a copy of another run (issue 13 item 2)."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from ..editor_fixtures import shared_window, window  # noqa: F401 - fixtures

EXPLODING = "Exploding gradients (w2 = 2)"


def rows(view) -> list[tuple[str, str, str]]:
    return [tuple(view.table.item(r, c).text() for c in (1, 2, 3)) for r in range(3)]


def test_a_preset_brings_its_own_runs_and_clears_the_old_ones(window, qtbot):
    view = window.gradient_lab.compare_view
    model = window.gradient_lab.compare
    statland_rows = rows(view)
    view.run_button.click()
    qtbot.waitUntil(lambda: not model.running, timeout=60_000)
    assert model.histories
    for load in (lambda: window.file_actions.load_preset(EXPLODING),
                 lambda: window.file_actions.preset_actions[EXPLODING].trigger()):
        window.file_actions.load_preset("StatLand rules")
        view.run_button.click()
        qtbot.waitUntil(lambda: not model.running, timeout=60_000)
        load()
        document = window.state.document
        lr, w2 = document.training.learning_rate, document.params.w2
        assert rows(view)[0] == (f"{lr:g}", f"{w2:g}", "" if document.training.clip is None
                                 else f"{document.training.clip:g}")
        assert rows(view) != statland_rows
        assert model.histories == [] and not model.running  # StatLand's runs are gone
        assert all(label.text() == "" for label in view.diagnosis_labels)
        assert all(len(curve.getData()[0] or []) == 0 for curve in view.loss_curves)


def test_runs_the_user_typed_stay_while_only_settings_change(window, qtbot):
    view = window.gradient_lab.compare_view
    view.table.item(0, 1).setText("0.02")
    training = window.state.document.training
    window.state.set_training(replace(training, momentum=0.5), "momentum")
    assert view.table.item(0, 1).text() == "0.02"


def test_suggest_runs_with_clipping_on_is_never_a_copy(window, qtbot):
    view = window.gradient_lab.compare_view
    training = window.state.document.training
    window.state.set_training(replace(training, clip=1.0), "clip")
    qtbot.mouseClick(view.defaults_button, Qt.MouseButton.LeftButton)
    suggested = rows(view)
    assert len(set(suggested)) == 3, suggested
    assert suggested[2][2] == ""  # the project clips: run 3 shows it unclipped

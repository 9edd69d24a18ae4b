"""The plots' read-outs by keyboard alone: Tab to a plot, the arrow keys walk the run's steps."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from rnngui.engine import fmt
from rnngui.session.state import FINISHED

from ..flat_out import flat_out


def _trained(panel, qtbot, steps: int = 40):
    state = panel.state
    flat_out(state)
    state.set_training(replace(state.document.training, max_steps=steps), "Max steps")
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=20000)
    return state


def test_arrow_keys_move_the_loss_readout_through_the_steps(panel, qtbot):
    state = _trained(panel, qtbot)
    view = panel.loss_view
    rows = state.history.rows
    view.plot.setFocus()
    assert view.plot.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches it
    qtbot.keyClick(view.plot, Qt.Key.Key_End)
    assert view.readout.text().startswith(f"step {int(rows[-1, 0]):,}:")
    assert fmt(float(rows[-1, 1])) in view.readout.text()  # the SSR of that step, exactly shown
    assert view.key_line.isVisible() and view.key_line.value() == rows[-1, 0]
    qtbot.keyClick(view.plot, Qt.Key.Key_Left)
    qtbot.keyClick(view.plot, Qt.Key.Key_Left)
    assert view.readout.text().startswith(f"step {int(rows[-3, 0]):,}:")
    qtbot.keyClick(view.plot, Qt.Key.Key_Home)
    assert view.readout.text() == view.describe(rows[0, 0])
    qtbot.keyClick(view.plot, Qt.Key.Key_PageUp)
    assert view.readout.text() == view.describe(rows[len(rows) // 10, 0])
    qtbot.keyClick(view.plot, Qt.Key.Key_Left)
    qtbot.keyClick(view.plot, Qt.Key.Key_Left)
    qtbot.keyClick(view.plot, Qt.Key.Key_Left)
    qtbot.keyClick(view.plot, Qt.Key.Key_Left)
    qtbot.keyClick(view.plot, Qt.Key.Key_Left)  # past the first step: it stays there
    assert view.readout.text() == view.describe(rows[0, 0])


def test_the_gradient_readout_names_every_gradient_and_says_when_there_is_nothing(panel, qtbot):
    view = panel.gradient_view
    view.plot.setFocus()
    qtbot.keyClick(view.plot, Qt.Key.Key_End)
    assert view.readout.text() == "No steps yet: train, or press Step."
    state = _trained(panel, qtbot, steps=5)
    qtbot.keyClick(view.plot, Qt.Key.Key_End)
    text = view.readout.text()
    assert text.startswith("step 5:")
    for name in state.cell.param_names:
        assert name in text

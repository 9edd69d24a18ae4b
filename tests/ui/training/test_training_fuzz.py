"""Never freeze, never lose: 1,000 seeded random interleavings of what a learner may click.

Train / pause / step / stop / reset / edit data / change the learning rate / close (shut the state
down and build a new panel, as closing the window does). After every action: no exception (pytest-
qt fails the test on one raised in a slot), at most one training thread, and the document holds
every edit made so far. At each close, undoing everything gives back the starting document and
redoing everything gives back the last one: no training step or edit was lost or made twice.
"""

from __future__ import annotations

import os
import random
from dataclasses import replace

import numpy as np

from rnngui.session.state import AppState
from rnngui.ui.training.panel import TrainingPanel

ACTIONS = ("train", "pause", "step", "stop", "reset", "edit", "lr", "wait", "close")
WEIGHTS = (14, 10, 14, 6, 8, 10, 12, 20, 2)


def _new_panel(qtbot, rng: random.Random) -> TrainingPanel:
    state = AppState()
    # Short runs, so runs also finish on their own in between the clicks.
    state.set_training(replace(state.document.training, max_steps=rng.choice((50, 300, 5000))))
    state.undo_stack.clear()  # the test's setup is the starting point of "undo everything"
    panel = TrainingPanel(state)
    qtbot.addWidget(panel)
    panel.show()
    panel.confirm = lambda parent, title, text: rng.random() < 0.5
    return panel


def _check_close(panel: TrainingPanel, start_doc, expected) -> None:
    state = panel.state
    state.shutdown()
    assert not state.is_active
    assert state.document.sequences == expected["sequences"]
    assert state.document.training.learning_rate == expected["lr"]
    final = state.document
    while state.undo_stack.canUndo():
        state.undo()
    assert state.document == start_doc
    while state.undo_stack.canRedo():
        state.redo()
    assert state.document == final


def test_a_thousand_random_interleavings(qtbot):
    rng = random.Random(int(os.environ.get("RNNLAB_FUZZ_SEED", "20240605")))
    panels = []  # strong references until the end (qtbot holds weak ones)
    panel = _new_panel(qtbot, rng)
    panels.append(panel)
    start_doc = panel.state.document
    expected = {"sequences": start_doc.sequences, "lr": start_doc.training.learning_rate}
    for i in range(1000):
        state = panel.state
        action = rng.choices(ACTIONS, WEIGHTS)[0]
        if action == "train":
            panel.train_button.click()
        elif action == "pause":
            if panel.pause_button.isEnabled():
                panel.pause_button.click()
        elif action == "step":
            panel.step_button.click()
        elif action == "stop":
            if panel.stop_button.isEnabled():
                panel.stop_button.click()
        elif action == "reset":
            panel.reset_button.click()
        elif action == "edit":
            sequences = list(state.document.sequences)
            k = rng.randrange(len(sequences))
            values = tuple(round(rng.uniform(0, 1), 2) for _ in sequences[k].values)
            sequences[k] = replace(sequences[k], values=values)
            state.set_sequences(tuple(sequences), "Edit values")
            expected["sequences"] = tuple(sequences)
        elif action == "lr":
            lr = rng.choice((0.001, 0.01, 0.05, 0.1, 0.3))
            panel.learning_rate.setValue(lr)
            expected["lr"] = lr
        elif action == "wait":
            qtbot.wait(rng.randint(0, 5))
        elif action == "close":
            _check_close(panel, start_doc, expected)
            panel.close()
            panel = _new_panel(qtbot, rng)
            panels.append(panel)
            start_doc = panel.state.document
            expected = {"sequences": start_doc.sequences, "lr": start_doc.training.learning_rate}
            continue
        state = panel.state
        assert state.document.sequences == expected["sequences"], (i, action)
        assert state.document.training.learning_rate == expected["lr"], (i, action)
        assert all(np.isfinite(state.params.as_tuple()))
        run = state.run
        assert (run._thread is None) == (run._control is None) == (run._worker is None)
    qtbot.wait(5)
    _check_close(panel, start_doc, expected)
    for p in panels:
        p.close()

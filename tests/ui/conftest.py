"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest

from rnngui.session.state import AppState
from rnngui.ui.training.panel import TrainingPanel


@pytest.fixture
def panel(qtbot):
    """The training panel on its own state (the canvas and editor are other tests' business)."""
    state = AppState()
    view = TrainingPanel(state)
    view.resize(520, 900)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.questions = []

    def answer_yes(parent, title, text):
        view.questions.append(title)
        return True

    view.confirm = answer_yes
    yield view
    state.shutdown()
    view.close()

"""The run's timeline through the state: exact parameters of every step, kept or halved away,
replayed with the engine; forks as one undoable edit. Compared with a fresh ``train``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rnngui.engine import train
from rnngui.model.history import RunHistory
from rnngui.session import state as state_module
from rnngui.session.state import FINISHED, PAUSED, RUNNING, AppState
from rnngui.session.timeline import ReplayPlan, replay


@pytest.fixture
def state(qtbot):
    s = AppState()
    yield s
    s.shutdown()


def small_history(state: AppState, capacity: int = 16) -> None:
    """A history that halves its rows after a few steps, as a long run's does."""
    state.run.history = RunHistory(capacity=capacity, names=state.params.names)


def settings(state: AppState, **changes) -> None:
    state.set_training(replace(state.document.training, speed=None, **changes), "test settings")


def run_to_end(state: AppState, qtbot) -> None:
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=30000)


def engine_steps(start, state: AppState, steps: int, **changes) -> list:
    """A fresh run of the engine: the parameters after each step."""
    sequences, targets = state.document.training_data()
    config = replace(state.document.training_config(), max_steps=steps, **changes)
    return [r.params for r in train(start, sequences, targets, config)]


def test_every_step_of_a_halved_run_is_exact(state, qtbot):
    settings(state, max_steps=300)
    small_history(state)
    start = state.params
    run_to_end(state, qtbot)
    assert state.history.stride > 1  # rows were halved away: most steps are not kept
    kept = set(state.history.column(0).astype(int))
    expected = engine_steps(start, state, 300)
    dropped = [k for k in range(1, 300) if k not in kept]
    assert len(dropped) > 200
    for step in [0, 1, 2, 41, 157, 299, 300] + dropped[::17]:
        assert state.show_step(step)
        want = start if step == 0 else expected[step - 1]
        assert state.view.shown_step == step
        assert state.shown_params == want, step  # to the last digit: ==, not approx
        assert state.shown_params.as_tuple() == want.as_tuple()


def test_momentum_and_a_learning_rate_changed_mid_run_replay_exactly(state, qtbot):
    """The velocity is not kept and the change lands at a step only the worker knows: the
    timeline's log must say which, or the replay drifts from the real run."""
    settings(state, max_steps=4000, momentum=0.6, learning_rate=0.02)
    small_history(state, 64)
    state.set_speed(3000)
    state.start_training()
    qtbot.waitUntil(lambda: len(state.history) > 0 and state.history.last[0] > 300, timeout=20000)
    settings(state, max_steps=4000, momentum=0.6, learning_rate=0.05)  # mid-run
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=30000)
    segment, = state.run.timeline.segments
    assert len(segment.changes) == 2 and 300 < segment.changes[1][0] < 4000
    last = state.history.last
    # From the run's very start, no shortcut through kept rows: the whole log is used.
    plan = ReplayPlan(segment, 0, segment.params, int(last[0]))
    *_, params = replay(plan)
    assert params.as_tuple() == tuple(last[state.history.columns.params])
    # and a dropped step in the middle, through the state, against a kept neighbour's replay
    kept = state.history.column(0).astype(int)
    middle = int(kept[len(kept) // 2]) + 1
    assert middle not in set(kept)
    assert state.show_step(middle)
    qtbot.waitUntil(lambda: state.view.shown_step == middle, timeout=20000)
    *_, again = replay(ReplayPlan(segment, 0, segment.params, middle))
    assert state.shown_params == again


def test_a_long_replay_runs_off_the_gui_thread(state, qtbot, monkeypatch):
    monkeypatch.setattr(state_module, "SYNC_REPLAY_STEPS", 5)
    settings(state, max_steps=400, momentum=0.5)  # momentum: replays start at the run's start
    small_history(state)
    start = state.params
    run_to_end(state, qtbot)
    pending = []
    state.shownStepPending.connect(pending.append)
    step = next(k for k in range(200, 400) if k not in set(state.history.column(0).astype(int)))
    assert state.show_step(step)
    assert pending[-1] == step and state.view.shown_step is None  # not yet: on its way
    qtbot.waitUntil(lambda: state.view.shown_step == step, timeout=20000)
    assert pending[-1] == -1
    assert state.shown_params == engine_steps(start, state, step, momentum=0.5)[-1]


def test_a_newer_step_or_training_again_drops_a_replay_on_its_way(state, qtbot, monkeypatch):
    monkeypatch.setattr(state_module, "SYNC_REPLAY_STEPS", 5)
    settings(state, max_steps=3000, momentum=0.5)
    small_history(state)
    run_to_end(state, qtbot)
    kept = set(state.history.column(0).astype(int))
    late, early = (next(k for k in range(a, 3000) if k not in kept) for a in (2900, 100))
    state.show_step(late)
    state.show_step(early)  # the late one is stale now
    qtbot.waitUntil(lambda: state.view.shown_step is not None, timeout=20000)
    qtbot.wait(200)
    assert state.view.shown_step == early
    state.show_step(late)
    state.reset_run()  # another run: the answer must not come back over it
    state.replay.wait()
    qtbot.wait(50)
    assert state.view.shown_step is None


def test_scrubbing_waits_for_a_pause_and_training_brings_the_live_parameters_back(state, qtbot):
    settings(state, max_steps=100000)
    state.set_speed(300)
    state.start_training()
    qtbot.waitUntil(lambda: len(state.history) > 20, timeout=10000)
    assert state.run_state == RUNNING and not state.show_step(5)
    state.pause()
    qtbot.waitUntil(lambda: state.run_state == PAUSED, timeout=5000)
    assert state.show_step(5)
    assert state.shown_params != state.params
    assert state.trace().prediction == state.cell.forward(
        state.shown_params, state.selected_sequence.values).prediction
    state.start_training()
    assert state.view.shown_step is None and state.shown_params == state.params
    state.pause()
    assert state.show_step(7)
    state.step()  # one step more is training again too
    qtbot.waitUntil(lambda: state.view.shown_step is None, timeout=5000)


def test_fork_from_step_40_with_clipping_is_one_undoable_edit(state, qtbot):
    settings(state, max_steps=200, learning_rate=0.3)  # big steps: clipping changes them
    start = state.params
    run_to_end(state, qtbot)
    original = state.history.drawable().copy()
    at_40 = engine_steps(start, state, 40)[-1]
    state.show_step(40)
    clipped = replace(state.document.training, clip=0.05)
    assert state.fork_from(40, clipped, "clipping on")
    assert state.run.first_step == 40 and state.run_initial_params == at_40
    assert state.fork_origin is not None and state.fork_origin.step == 40
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=30000)
    rows = state.history.drawable()
    assert int(rows[0, 0]) == 41 and int(rows[-1, 0]) == 200
    # the fork's steps are the engine's, from step 40's parameters, with clipping on
    fork = engine_steps(at_40, state, 160, clip=0.05)
    assert state.params == fork[-1]
    assert tuple(rows[0, state.history.columns.params]) == fork[0].as_tuple()
    assert state.fork_origin.rows.shape == original.shape
    texts = [state.undo_stack.text(i) for i in range(state.undo_stack.count())]
    assert texts[-1] == "Fork from step 40 (clipping on)"  # its training merged into it
    # the fork's own timeline: its step 100 is exact too
    state.show_step(100)
    assert state.shown_params == fork[59]

    state.undo()
    assert state.fork_origin is None and state.run.first_step == 0
    assert state.document.training.clip is None
    assert (state.history.drawable() == original).all()
    assert state.params == engine_steps(start, state, 200)[-1]
    assert state.run_state == FINISHED
    state.redo()
    assert state.fork_origin.step == 40 and state.params == fork[-1]
    assert int(state.history.drawable()[0, 0]) == 41


def test_a_fork_cannot_start_at_the_runs_last_allowed_step(state, qtbot):
    messages = []
    state.statusMessage.connect(lambda text, ms: messages.append(text))
    settings(state, max_steps=30)
    run_to_end(state, qtbot)
    count = state.undo_stack.count()
    assert not state.fork_from(30, state.document.training, "same settings")
    assert "Raise max steps" in messages[-1] and state.undo_stack.count() == count


def test_undo_while_the_fork_trains_brings_the_original_back(state, qtbot):
    settings(state, max_steps=100000)
    state.set_speed(400)
    state.start_training()
    qtbot.waitUntil(lambda: state.run.steps_done > 60, timeout=10000)
    state.pause()
    original = state.history.drawable().copy()
    live = state.params
    assert state.fork_from(30, replace(state.document.training, clip=0.5), "clipping on")
    qtbot.waitUntil(lambda: state.run.steps_done > 40, timeout=10000)
    assert state.run_state == RUNNING
    state.undo()  # mid-run: the fork stops, its steps go with it
    assert not state.is_active and state.fork_origin is None
    assert (state.history.drawable() == original).all() and state.params == live
    assert state.document.training.clip is None


def test_the_lstm_has_a_timeline_too(state, qtbot):
    from rnngui.model.presets import lstm_chapter

    state.replace_document(lstm_chapter(), "LSTM")
    settings(state, max_steps=60)
    small_history(state, 8)
    start = state.params
    run_to_end(state, qtbot)
    assert state.history.stride > 1
    expected = engine_steps(start, state, 60)
    for step in (3, 17, 59):
        state.show_step(step)
        assert state.shown_params == expected[step - 1]

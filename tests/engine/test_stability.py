"""The stability map says, cell for cell, what train + diagnose say of the same run."""

from __future__ import annotations

import numpy as np
import pytest

from rnngui.engine import RNNParams, RunContext, TrainConfig, diagnose
from rnngui.engine.rnn import LESSON_PARAMS, feedback_gain
from rnngui.engine.stability import OUTCOMES, WINDOW, days_map, outcome_grid, stability_map
from rnngui.engine.train import run_to_end

# StatLand's four rules (rnngui/model/presets.py): (yesterday, today) -> tomorrow
STATLAND = [(0.0, 0.0), (0.0, 0.5), (1.0, 0.5), (1.0, 1.0)]
STATLAND_TARGETS = [0.0, 1.0, 0.0, 1.0]
W2 = np.linspace(-3.0, 3.0, 16)
RATES = np.logspace(-3, 0.5, 16)
STEPS = 300


def first_day(days: int):
    """The lesson's first-day-matters data at any length: only day 1 tells the two apart."""
    return [(1.0,) + (0.0,) * (days - 1), (0.0,) * days], [1.0, 0.0]


def reference(start, sequences, targets, rate, steps=STEPS, activation="relu"):
    """What the training panel says at the end of this run: train, then diagnose the last
    WINDOW records with the run's end and the context the panel builds (session.jobs.TrainJob)."""
    config = TrainConfig(learning_rate=float(rate), max_steps=steps, activation=activation)
    records, end = run_to_end(start, sequences, targets, config)
    longest = max(sequences, key=len)
    recent = records[-WINDOW:]
    context = None
    if recent:
        context = RunContext(
            float(abs(feedback_gain(recent[-1].params, longest, activation)[0])),
            len(longest) - 1,
            records[0],
            float(abs(feedback_gain(start, longest, activation)[0])),
        )
    kind = diagnose(recent, end, steps, WINDOW, context).kind
    return kind, (records[-1].loss if records else None), records


def sample(outcomes: np.ndarray, per_kind: int = 4, extra: int = 12, seed: int = 1):
    """Cells to check: a few of every outcome that occurs, and some chosen at random."""
    rng = np.random.default_rng(seed)
    cells = []
    for kind in np.unique(outcomes):
        where = np.argwhere(outcomes == kind)
        for k in rng.choice(len(where), size=min(per_kind, len(where)), replace=False):
            cells.append(tuple(where[k]))
    for _ in range(extra):
        cells.append(tuple(rng.integers(0, n) for n in outcomes.shape))
    return sorted(set(cells))


@pytest.fixture(scope="module")
def statland_map():
    return stability_map(LESSON_PARAMS, STATLAND, STATLAND_TARGETS, W2, RATES, STEPS)


def test_statland_map_shows_every_outcome_and_matches_train_and_diagnose(statland_map):
    outcomes = statland_map.outcomes
    assert outcomes.shape == (len(W2), len(RATES))
    # the grid spans every behaviour, so the sample below checks each rule of the diagnosis
    assert set(np.unique(outcomes)) == set(OUTCOMES)
    for i, j in sample(outcomes):
        start = LESSON_PARAMS.replace(w2=float(W2[i]))
        kind, loss, _ = reference(start, STATLAND, STATLAND_TARGETS, RATES[j])
        assert outcomes[i, j] == kind, (W2[i], RATES[j])
        if kind != "diverged" or loss is not None:
            # ReLU: the same arithmetic in the same order, so the last loss is the same float
            assert statland_map.final_ssr[i, j] == loss, (W2[i], RATES[j])


def test_outcome_grid_is_the_maps_outcomes(statland_map):
    grid = outcome_grid(LESSON_PARAMS, STATLAND, STATLAND_TARGETS, W2[:5], RATES[-4:], STEPS)
    assert grid.shape == (5, 4)
    assert (grid == statland_map.outcomes[:5, -4:]).all()


def test_final_parameters_and_divergence_step_are_the_runs(statland_map):
    diverged = np.argwhere(statland_map.outcomes == "diverged")[0]
    converging = np.argwhere(statland_map.outcomes == "converging")[0]
    for i, j in (diverged, converging):
        start = LESSON_PARAMS.replace(w2=float(W2[i]))
        config = TrainConfig(learning_rate=float(RATES[j]), max_steps=STEPS)
        records, end = run_to_end(start, STATLAND, STATLAND_TARGETS, config)
        last = records[-1].params if records else start
        assert tuple(statland_map.final_params[:, i, j]) == last.as_tuple()
        expected = end.step if end.reason == "diverged" else 0
        assert statland_map.diverged_at[i, j] == expected


def test_days_map_matches_train_and_diagnose_on_every_length():
    start = RNNParams(w1=1.0, w2=0.5, b1=0.0, w3=1.0, b2=0.0)
    w2 = np.linspace(-2.5, 2.5, 11)
    days = [2, 3, 5, 9, 17, 33, 60]
    result = days_map(start, first_day, w2, days, 0.05, STEPS)
    assert result.outcomes.shape == (len(w2), len(days))
    assert len(np.unique(result.outcomes)) >= 2  # short memories learn, long ones stall
    for i, j in sample(result.outcomes, per_kind=3, extra=6):
        sequences, targets = first_day(days[j])
        kind, loss, _ = reference(start.replace(w2=float(w2[i])), sequences, targets, 0.05)
        assert result.outcomes[i, j] == kind, (w2[i], days[j])
        assert result.final_ssr[i, j] == loss


def test_a_unit_killed_by_its_first_step_is_stalling_as_the_panel_says():
    """w2 = 2 on 51 days: one exploding first step switches the ReLU off for good. The panel's
    context (its first step's gradient) calls that stalling; without it the still-moving b2 reads
    as converging. The map follows the panel."""
    start = RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0)
    sequences, targets = first_day(51)
    kind, _, records = reference(start, sequences, targets, 0.01, steps=50)
    assert kind == "stalling"
    assert diagnose(records, None, 50).kind == "converging"  # what the context changes
    result = days_map(start, first_day, [2.0], [51], 0.01, 50)
    assert result.outcomes[0, 0] == "stalling"


@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "identity"])
def test_other_activations_match_train_and_diagnose(activation):
    w2, rates = np.linspace(-3, 3, 7), np.logspace(-3, 0.5, 7)
    result = stability_map(LESSON_PARAMS, STATLAND, STATLAND_TARGETS, w2, rates, STEPS,
                           activation)
    for i, j in sample(result.outcomes, per_kind=2, extra=4):
        start = LESSON_PARAMS.replace(w2=float(w2[i]))
        kind, loss, _ = reference(start, STATLAND, STATLAND_TARGETS, rates[j],
                                  activation=activation)
        assert result.outcomes[i, j] == kind, (activation, w2[i], rates[j])
        if loss is not None:  # NumPy's tanh and exp may differ from math's in the last bit
            assert result.final_ssr[i, j] == pytest.approx(loss, rel=1e-9)


def test_too_few_steps_wait_and_bad_settings_are_refused():
    grid = outcome_grid(LESSON_PARAMS, STATLAND, STATLAND_TARGETS, [0.0, 1e150], [0.1, 1e200], 2)
    assert grid[0, 0] == "waiting"  # diagnose needs three steps
    assert grid[1, 1] == "diverged"  # but a run that overflowed says so at once
    with pytest.raises(ValueError, match="learning rate"):
        outcome_grid(LESSON_PARAMS, STATLAND, STATLAND_TARGETS, [0.0], [0.0], 10)
    with pytest.raises(ValueError, match="activation"):
        outcome_grid(LESSON_PARAMS, STATLAND, STATLAND_TARGETS, [0.0], [0.1], 10, "softplus")
    with pytest.raises(ValueError, match="targets"):
        outcome_grid(LESSON_PARAMS, STATLAND, [0.0], [0.0], [0.1], 10)


def test_progress_is_reported_up_to_the_end():
    seen: list[float] = []
    stability_map(LESSON_PARAMS, STATLAND, STATLAND_TARGETS, [0.1], [0.1], 120,
                  progress=seen.append)
    assert seen == sorted(seen) and len(seen) >= 10
    assert seen[-1] == 1.0

"""Assignment goals are checked by the engine's own figures (computed here from the engine, never
typed in), and attempts record what a run reached."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rnngui.engine import input_sensitivity, predict, random_params, train
from rnngui.model.assignment import (
    FIRST_DAY_REACH,
    PREDICT,
    SSR_WITHIN,
    Assignment,
    AssignmentError,
    Goal,
    RunResult,
    make_attempt,
)
from rnngui.model.presets import companies, exploding_four_loops, statland, vanishing


def untrained():
    """StatLand from the seed the app starts a class with: far from the four rules."""
    doc = statland()
    return doc.with_params(random_params(doc.training.seed))


def run_result(document, steps: int, clip: float | None = None):
    """Train with the engine and describe the run as the app's controller does."""
    sequences, targets = document.training_data()
    config = replace(document.training_config(), max_steps=steps, clip=clip)
    records = list(train(document.params, sequences, targets, config))
    ssr = tuple((r.step - 1, r.loss) for r in records)
    end = document.with_params(records[-1].params)
    return end, RunResult(document.params, ssr, len(records), clip is not None), records


def test_ssr_goal_uses_the_runs_own_losses():
    doc = untrained()
    end, result, records = run_result(doc, 300)
    best = min(r.loss for r in records if r.step - 1 <= 300)
    check = Goal(SSR_WITHIN, best * 1.0001, 300).check(end, result)
    assert check.met and check.figure == pytest.approx(best)
    assert not Goal(SSR_WITHIN, best * 0.5, 300).check(end, result).met
    # within fewer steps the run had not got as low yet
    early = min(r.loss for r in records if r.step - 1 <= 10)
    assert early > best
    assert Goal(SSR_WITHIN, best * 1.0001, 10).check(end, result).figure == pytest.approx(early)


def test_ssr_goal_without_a_run_is_the_starting_ssr():
    doc = untrained()
    sequences, targets = doc.training_data()
    records = list(train(doc.params, sequences, targets, replace(doc.training_config(),
                                                                 max_steps=1)))
    check = Goal(SSR_WITHIN, 1e-3, 100).check(doc)
    assert check.figure == pytest.approx(records[0].loss) and not check.met


def test_first_day_reach_is_the_engines_input_sensitivity():
    doc = exploding_four_loops()
    values = doc.sequences[0].values
    reach = input_sensitivity(doc.params, values, doc.training.activation)
    ratio = abs(reach[0]) / abs(reach[-1])
    check = Goal(FIRST_DAY_REACH, 0.1).check(doc)
    assert check.met and check.figure == pytest.approx(ratio)
    assert ratio > 10  # w2 = 2 over four loops: the lesson's 16
    faded = vanishing()
    values = faded.sequences[0].values
    reach = input_sensitivity(faded.params, values, "relu")
    faded_check = Goal(FIRST_DAY_REACH, 0.1).check(faded)
    assert not faded_check.met
    assert faded_check.figure == pytest.approx(abs(reach[0]) / abs(reach[-1]))


def test_first_day_reach_is_not_met_with_clipping_on():
    doc = exploding_four_loops()
    clipped = doc.with_training(replace(doc.training, clip=0.01))
    assert not Goal(FIRST_DAY_REACH, 0.1).check(clipped).met
    _, result, _ = run_result(doc, 5, clip=0.01)  # clipped during the run, off now
    check = Goal(FIRST_DAY_REACH, 0.1).check(doc, result)
    assert not check.met and "clipping" in check.text


def test_predict_goal_is_the_engines_prediction():
    doc = companies()
    blue = doc.sequences[0]
    miss = abs(predict(doc.params, blue.values, "relu") - blue.target)
    check = Goal(PREDICT, miss + 1e-9, sequence=blue.name).check(doc)
    assert check.met and check.figure == pytest.approx(miss)
    assert not Goal(PREDICT, miss * 0.5, sequence=blue.name).check(doc).met
    missing = Goal(PREDICT, 1.0, sequence="Company Z").check(doc)
    assert not missing.met and missing.figure is None and "Company Z" in missing.text


def test_training_makes_a_prediction_goal_met():
    doc = untrained()
    goal = Goal(PREDICT, 0.05, sequence="low, medium")
    assert not goal.check(doc).met
    end, _, _ = run_result(doc, 2000)
    assert goal.check(end).met


@pytest.mark.parametrize("kwargs", [
    dict(kind="nonsense", threshold=1.0),
    dict(kind=SSR_WITHIN, threshold=-1.0, steps=10),
    dict(kind=SSR_WITHIN, threshold=float("nan"), steps=10),
    dict(kind=SSR_WITHIN, threshold=0.1, steps=0),
    dict(kind=PREDICT, threshold=0.1),
])
def test_impossible_goals_are_refused(kwargs):
    with pytest.raises(AssignmentError):
        Goal(**kwargs)


def test_attempt_records_the_run_and_which_goals_it_met():
    doc = untrained()
    goals = (Goal(SSR_WITHIN, 0.01, 2000), Goal(PREDICT, 0.0, sequence="low, medium"))
    end, result, records = run_result(doc, 2000)
    attempt = make_attempt(end, goals, result, 1.5, "2026-01-01T00:00:00Z", {"learning_rate": 0.05})
    assert attempt.steps == 2000
    assert attempt.start_params == doc.params.as_dict()
    assert attempt.end_params == records[-1].params.as_dict()
    assert attempt.ssr_start == pytest.approx(records[0].loss)
    assert attempt.goals_met == tuple(g.check(end, result).met for g in goals)
    assert attempt.goals_met == (True, False)  # fits to 1e-15, not to exactly 0
    assignment = Assignment(goals=goals)
    assignment.record(attempt)
    assignment.record(replace(attempt, goals_met=(True, True)))
    assert assignment.first_met() == (1, 2)


def test_handout_has_no_attempts_and_keeps_the_locks():
    teacher = Assignment("Do it", (Goal(SSR_WITHIN, 0.1, 10),), locked_parts=("training",),
                         teacher_copy=True, student="", attempts=[])
    copy = teacher.handout("teacher.rnnlab")
    assert not copy.teacher_copy and copy.locked_parts == ("training",)
    assert copy.assignment_id == teacher.assignment_id and copy.made_from == "teacher.rnnlab"

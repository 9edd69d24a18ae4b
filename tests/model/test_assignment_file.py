"""The ``assignment`` of a project file: round trip, refusals naming their place, old files as
they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rnngui.model import project_file
from rnngui.model.assignment import FIRST_DAY_REACH, PREDICT, SSR_WITHIN, Assignment, Goal
from rnngui.model.presets import companies, statland
from rnngui.model.project_file import ProjectFileError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "project-v1.rnnlab"


def attempt_dict(**changes):
    params = statland().params.as_dict()
    data = {
        "settings": {"learning_rate": 0.1, "max_steps": 300, "clip": None},
        "start_params": params, "end_params": params, "steps": 300, "seconds": 1.25,
        "started": "2026-01-01T10:00:00Z", "end": "max_steps", "ssr_start": 1.5,
        "ssr_end": 0.01, "goals_met": [True, False], "figures": [0.01, None],
    }
    data.update(changes)
    return data


def project_with(assignment) -> str:
    data = json.loads(project_file.dumps(statland()))
    data["assignment"] = assignment
    return json.dumps(data)


def good_assignment(**changes):
    data = {
        "instructions": "Train \"StatLand\" [ 1, 2 ] until it fits.",
        "goals": [{"kind": SSR_WITHIN, "threshold": 0.01, "steps": 500},
                  {"kind": PREDICT, "threshold": 0.05, "sequence": "low, medium"}],
        "hidden_parts": ["gradient_lab"], "hidden_controls": ["momentumSpin"],
        "locked_parts": ["network"], "locked_controls": ["learningRateSpin"],
        "teacher_copy": False, "id": "abc", "made_from": "week 3.rnnlab", "student": "Ann",
        "attempts": [attempt_dict()],
    }
    data.update(changes)
    return data


def test_round_trip_keeps_every_field():
    doc = project_file.loads(project_with(good_assignment()))
    a = doc.assignment
    assert a.instructions.startswith("Train \"StatLand\" [ 1, 2 ]")
    assert a.goals[1] == Goal(PREDICT, 0.05, 0, "low, medium")
    assert a.locked_parts == ("network",) and a.student == "Ann" and not a.teacher_copy
    assert a.attempts[0].goals_met == (True, False) and a.attempts[0].figures == (0.01, None)
    again = project_file.loads(project_file.dumps(doc))
    assert project_file.assignment_dict(again.assignment) == project_file.assignment_dict(a)
    assert project_file.dumps(again) == project_file.dumps(doc)


def test_a_new_assignment_saves_and_loads(tmp_path):
    doc = companies()
    doc = doc.__class__(doc.sequences, doc.params, doc.training, doc.scaling, doc.title, {},
                        Assignment("Hello", (Goal(FIRST_DAY_REACH, 0.1),), teacher_copy=True))
    path = tmp_path / "a.rnnlab"
    project_file.save(path, doc)
    back = project_file.load(path)
    assert back.assignment.goals == (Goal(FIRST_DAY_REACH, 0.1),)
    assert back.assignment.teacher_copy and back.assignment.assignment_id == \
        doc.assignment.assignment_id


def test_old_files_without_an_assignment_are_unchanged():
    doc = project_file.load(FIXTURE)
    assert doc.assignment is None
    assert "assignment" not in project_file.to_dict(doc)
    plain = project_file.dumps(statland())
    assert project_file.dumps(project_file.loads(plain)) == plain
    assert project_file.loads(project_with(None)).assignment is None


@pytest.mark.parametrize("assignment, place", [
    ([], "assignment must be an object"),
    (good_assignment(instructions=5), "assignment.instructions"),
    (good_assignment(goals={}), "assignment.goals must be a list"),
    (good_assignment(goals=[{"kind": "be nice", "threshold": 1}]), "assignment.goals[0].kind"),
    (good_assignment(goals=[{"kind": SSR_WITHIN, "threshold": "low", "steps": 5}]),
     "assignment.goals[0].threshold"),
    (good_assignment(goals=[{"kind": SSR_WITHIN, "threshold": 0.1, "steps": -5}]),
     "assignment.goals[0].steps"),
    (good_assignment(goals=[{"kind": SSR_WITHIN, "threshold": 0.1, "steps": 0}]),
     "assignment.goals[0]"),
    (good_assignment(goals=[{"kind": SSR_WITHIN, "threshold": "HUGE", "steps": 5}]),
     "assignment.goals[0].threshold"),
    (good_assignment(locked_parts="network"), "assignment.locked_parts"),
    (good_assignment(hidden_controls=["ok", 3]), "assignment.hidden_controls[1]"),
    (good_assignment(teacher_copy="yes"), "assignment.teacher_copy"),
    (good_assignment(student="x" * 10_000), "assignment.student"),
    (good_assignment(attempts=[attempt_dict(), "run"]), "assignment.attempts[1]"),
    (good_assignment(attempts=[attempt_dict(steps=1.5)]), "assignment.attempts[0].steps"),
    (good_assignment(attempts=[attempt_dict(end="won")]), "assignment.attempts[0].end"),
    (good_assignment(attempts=[attempt_dict(start_params={"w1": 1})]),
     "assignment.attempts[0].start_params"),
    (good_assignment(attempts=[attempt_dict(end_params={**statland().params.as_dict(),
                                                        "w2": "big"})]),
     "assignment.attempts[0].end_params.w2"),
    (good_assignment(attempts=[attempt_dict(settings={"learning_rate": -1})]),
     "assignment.attempts[0].settings"),
    (good_assignment(attempts=[attempt_dict(goals_met=[True, "no"])]),
     "assignment.attempts[0].goals_met[1]"),
    (good_assignment(attempts=[attempt_dict(goals_met=[True, True, True])]),
     "assignment.attempts[0].goals_met"),
    (good_assignment(attempts=[attempt_dict(seconds=-3)]), "assignment.attempts[0].seconds"),
    (good_assignment(attempts=[attempt_dict(ssr_end="HUGE")]), "assignment.attempts[0].ssr_end"),
])
def test_bad_assignments_are_refused_by_place(assignment, place):
    text = project_with(assignment)
    if '"HUGE"' in text:  # a number no float holds, as a file can write it
        text = text.replace('"HUGE"', "1e400")
    with pytest.raises(ProjectFileError) as error:
        project_file.loads(text)
    assert place in str(error.value)


def test_too_many_attempts_are_refused():
    text = project_with(good_assignment(attempts=[attempt_dict()] * 10_001))
    with pytest.raises(ProjectFileError, match="at most 10,000"):
        project_file.loads(text)

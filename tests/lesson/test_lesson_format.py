"""The lesson file format: the shipped lessons load, broken files say what is wrong and where."""

from __future__ import annotations

import json

import pytest

from rnngui.engine import PARAM_NAMES
from rnngui.lesson import (
    ACTIONS,
    LessonError,
    Tolerance,
    compare_answer,
    compute,
    lessons_dir,
    load_folder,
    load_lesson,
    loads,
    parse_number,
)
from rnngui.model import presets

SHIPPED = sorted(lessons_dir().glob("*.json"))


def minimal(**step) -> dict:
    base = {"title": "A step", "text": "Look at this."}
    base.update(step)
    return {"format": "rnnlab-lesson", "version": 1, "title": "T", "steps": [base]}


def error_of(data, source="bad.json") -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(LessonError) as info:
        loads(text, source)
    return str(info.value)


def test_lessons_are_found_from_the_source_tree():
    assert SHIPPED, f"no lesson in {lessons_dir()}"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_lesson_loads(path):
    lesson = load_lesson(path)
    assert lesson.steps and lesson.title
    for step in lesson.steps:
        assert step.title and step.text


def test_the_statquest_lesson_covers_the_eight_points_in_order():
    lesson = load_lesson(lessons_dir() / "statquest-rnn.json")
    titles = [s.title.lower() for s in lesson.steps]
    order = ["nine days", "scale", "statland", "feedback", "unroll", "shared", "exploding",
             "vanishing", "next"]
    positions = [next(i for i, t in enumerate(titles) if word in t) for word in order]
    assert positions == sorted(positions)
    # each step is two or three sentences of our own and offers one thing to try
    for step in lesson.steps:
        sentences = [s for s in step.text.replace("?", ".").split(". ") if s.strip()]
        assert 2 <= len(sentences) <= 3, step.title
        assert step.try_text, step.title


def test_the_lesson_figures_are_what_the_engine_computes():
    lesson = load_lesson(lessons_dir() / "statquest-rnn.json")
    by_expect = {}
    for step in lesson.steps:
        for item in (*step.readouts, *([step.question] if step.question else [])):
            if "first_input_gain" in item.compute:
                by_expect[item.expect_text] = compute(item.compute, presets.statland()).value
    assert by_expect == {"16": 16.0, "2^50": 2.0**50, "0.5^50": 0.5**50}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ('{"format": "rnnlab-lesson", "version": 1, "title": "T", "steps": [{"title"',
         ["bad.json", "not valid JSON", "line 1", "cut short"]),
        (minimal(actions=[{"zoom": 2}]),
         ["bad.json", 'step 1 ("A step")', "actions[0]", "unknown action 'zoom'", "preset"]),
        ({"format": "rnnlab-lesson", "version": 1, "title": "T", "steps": [{"title": "A"}]},
         ['step 1 ("A")', '"text" is missing']),
        (minimal(text=42), ['step 1 ("A step")', '"text" must be text', "the number 42"]),
        (minimal(actions=[{"preset": "Bitcoin"}]),
         ["actions[0]", "unknown preset 'Bitcoin'", "StatLand rules"]),
        (minimal(actions=[{"params": {"w9": 1}}]), ["unknown parameter 'w9'", "w1"]),
        (minimal(actions=[{"view": "sideways"}]), ["view", "sideways", "rolled"]),
        (minimal(actions="preset"), ['"actions" must be a list']),
        (minimal(actions=[{"training": {"max_steps": "lots"}}]), ["max_steps", "wrong type"]),
        (minimal(question={"ask": "How big?"}), ['"question"', '"compute" is missing']),
        (minimal(question={"ask": "?", "compute": {"magic": 1}}),
         ["unknown computation 'magic'", "first_input_gain"]),
        (minimal(question={"ask": "?", "compute": {"first_input_gain": {"w2": 2}}}),
         ['"unrolls" must be a whole number']),
        (minimal(show=[{"label": "x", "compute": {"param": "w2"}, "expect": "lots"}]),
         ["show[0]", '"expect"', "not a number"]),
        (minimal(tittle="typo"), ["unknown key 'tittle'"]),
        (minimal(**{"try": {"text": "Go", "does": "fly"}}), ['"try"', "fly", "train"]),
        ({"format": "rnnlab-lesson", "version": 9, "title": "T", "steps": []}, ["newer RNN Lab"]),
        ({"format": "rnnlab", "version": 1}, ['"format" must be "rnnlab-lesson"']),
        ([1, 2], ["a list, not a lesson"]),
        (minimal(actions=[{"document": {"sequences": []}}]), ["document", "empty"]),
    ],
)
def test_broken_lessons_say_what_and_where(data, words):
    message = error_of(data)
    for word in words:
        assert word in message, (word, message)


def test_a_broken_file_is_listed_with_its_error_beside_the_good_ones(tmp_path):
    (tmp_path / "a-good.json").write_text(json.dumps(minimal()), encoding="utf-8")
    (tmp_path / "b-cut.json").write_text('{"format": "rnnlab-lesson", "ver', encoding="utf-8")
    (tmp_path / "c-binary.json").write_bytes(b"\xff\xfe\x00garbage")
    entries = load_folder(tmp_path)
    assert [e.ok for e in entries] == [True, False, False]
    assert "b-cut.json" in entries[1].error and "not valid JSON" in entries[1].error
    assert "c-binary.json" in entries[2].error
    assert load_folder(tmp_path / "missing") == []


def test_every_action_of_the_vocabulary_is_accepted_in_its_documented_form():
    examples = {
        "preset": "StatLand rules", "document": {"sequences": [{"values": [0, 1], "target": 1}]},
        "params": {"w2": 2}, "random_params": 5, "training": {"learning_rate": 0.1},
        "select": "low, low", "view": "backward", "tab": "gradient_lab", "lab_tab": "unroll",
        "highlight": "w2", "show_panels": ["training"], "hide_panels": ["sequences"],
        "reset_run": True,
    }
    assert set(examples) == set(ACTIONS)
    lesson = loads(json.dumps(minimal(actions=[{k: v} for k, v in examples.items()])))
    assert [a.kind for a in lesson.steps[0].actions] == list(examples)


@pytest.mark.parametrize(
    ("text", "value"),
    [("16", 16.0), ("2^50", 2.0**50), ("0.5^50", 0.5**50), ("2**4", 16.0),
     (" −3 ", -3.0), ("1.1e15", 1.1e15), (7, 7.0)],
)
def test_numbers_a_learner_or_a_teacher_writes(text, value):
    assert parse_number(text) == value


def test_a_decimal_comma_follows_the_locale():
    """The app's one parser: "1,5" is 1.5 where the locale writes a comma, refused elsewhere."""
    assert parse_number("1,5", ",") == 1.5
    with pytest.raises(ValueError, match="could mean 1.5"):
        parse_number("1,5")


@pytest.mark.parametrize("text", ["", "sixteen", "2^", "inf", True, None])
def test_what_is_not_a_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_comparison_sentences():
    tol = Tolerance()
    assert "right" in compare_answer(15.5, 16.0, tol)
    assert "4 times bigger" in compare_answer(4.0, 16.0, tol)
    assert "off by 0.3" in compare_answer(0.7, 1.0, Tolerance(absolute=0.05, relative=0))
    assert Tolerance(absolute=0.05, relative=0).close(0.97, 1.0)
    assert not Tolerance(absolute=0, relative=0).close(15.0, 16.0)


def test_computations_read_the_current_document():
    doc = presets.statland()
    assert compute({"prediction_of": "low, medium"}, doc).value == pytest.approx(0.99, abs=1e-9)
    assert compute({"copies_of": [1, 0.5, 1]}, doc).value == 3
    assert compute({"parameter_count": {"unrolls": 50}}, doc).value == len(PARAM_NAMES)
    assert compute({"param": "w2"}, doc).value == doc.params.w2
    assert compute({"scaled_price": 28.3}, presets.companies()).value == pytest.approx(1.0)

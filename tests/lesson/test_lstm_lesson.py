"""The second lesson file, "Long short-term memory": it loads, and every answer it reveals is the
engine's number for the chapter's unit (issue 15). Qt-free."""

from __future__ import annotations

import pytest

from rnngui.engine import lstm, rnn
from rnngui.engine.lstm import CHAPTER_PARAMS
from rnngui.lesson.compute import ComputeError, check_compute, compute, first_day_reach
from rnngui.lesson.format import LessonError, load_folder, load_lesson, loads
from rnngui.model import presets
from rnngui.resources import resources_dir

LESSON = resources_dir() / "lessons" / "statquest-rnn_2-lstm.json"


def engine_answer(spec: dict) -> float:
    """The same number straight from the engine, written out (not through compute.py)."""
    (name, arg), = spec.items()
    seqs = {"Company A": lstm.COMPANY_A, "Company B": lstm.COMPANY_B}
    if name == "prediction_of":
        return lstm.forward(CHAPTER_PARAMS, seqs[arg]).prediction
    if name == "gate_of":
        value = float(getattr(lstm.forward(CHAPTER_PARAMS, seqs[arg["sequence"]]),
                              arg["gate"])[arg["day"] - 1])
        return value if arg["gate"] == "potential" else 100 * value
    if name == "memory_of":
        trace = lstm.forward(CHAPTER_PARAMS, seqs[arg["sequence"]])
        return float(getattr(trace, arg["memory"])[arg["day"] - 1])
    if name == "parameter_count":
        return float(len(lstm.LSTM_PARAM_NAMES))
    if name == "first_day_reach":
        start = presets.MEMORY_RNN_START if arg["cell"] == "rnn" else presets.MEMORY_LSTM_START
        (_a, b), _ = lstm.stretched_companies(arg["days"])
        if arg["cell"] == "rnn":
            return abs(float(rnn.input_sensitivity(start, b, "relu")[0]))
        return abs(float(lstm.input_sensitivity(start, b)[0]))
    raise AssertionError(f"no engine answer written for {name}")


def test_the_lstm_lesson_loads_with_a_question_per_step():
    lesson = load_lesson(LESSON)
    assert lesson.title == "Long short-term memory"
    assert len(lesson.steps) >= 5
    assert all(step.question is not None for step in lesson.steps)


def test_every_answer_is_the_engines():
    document = presets.lstm_chapter()
    for step in load_lesson(LESSON).steps:
        for spec in [step.question.compute] + [r.compute for r in step.readouts]:
            assert compute(spec, document).value == pytest.approx(engine_answer(spec), rel=1e-12)


def test_the_chapter_questions_have_the_chapters_answers():
    document = presets.lstm_chapter()
    # "what % of the long-term memory does day 2 keep for Company B": the forget gate on day 2
    kept = compute({"gate_of": {"sequence": "Company B", "day": 2, "gate": "forget"}}, document)
    assert kept.value == pytest.approx(100 * lstm.forward(CHAPTER_PARAMS, lstm.COMPANY_B).forget[1])
    assert "long-term memory to remember" in kept.what
    # the chapter's trained unit predicts about 0 for A and about 1 for B
    assert abs(compute({"prediction_of": "Company A"}, document).value) < 0.05
    assert abs(compute({"prediction_of": "Company B"}, document).value - 1) < 0.05
    # the memory page's point: many decades apart after 51 days
    rnn = first_day_reach(presets.MEMORY_RNN_START, 51)
    assert rnn == pytest.approx(0.5 ** 50)
    assert first_day_reach(presets.MEMORY_LSTM_START, 51) > 1e6 * rnn


def test_lstm_computations_on_an_rnn_say_what_to_do():
    with pytest.raises(ComputeError, match="needs the LSTM"):
        compute({"gate_of": {"sequence": "low, low", "day": 1, "gate": "forget"}},
                presets.statland())
    with pytest.raises(ComputeError, match="no day 9"):
        compute({"gate_of": {"sequence": "Company B", "day": 9, "gate": "forget"}},
                presets.lstm_chapter())
    assert "gate" in check_compute({"gate_of": {"sequence": "Company B", "day": 1, "gate": "x"}})
    assert check_compute({"first_day_reach": {"days": 0}}) is not None


def test_lesson_actions_accept_the_lstms_parameter_names():
    text = """{"format": "rnnlab-lesson", "version": 1, "title": "t", "steps": [
      {"title": "s", "text": "x", "actions": [
        {"preset": "Company A and B (LSTM chapter)"}, {"params": {"blr1": 3}},
        {"highlight": "wo1"}, {"training": {"trainable": ["blr1", "wlr1"]}}]}]}"""
    lesson = loads(text)
    assert [a.kind for a in lesson.steps[0].actions] == ["preset", "params", "highlight", "training"]
    with pytest.raises(LessonError, match="unknown parameter 'w9'"):
        loads(text.replace('"blr1": 3', '"w9": 3'))


def test_the_rnn_lesson_stays_the_first_one_the_panel_opens():
    """The lesson folder lists files by name; the LSTM chapter comes after the RNN's."""
    titles = [entry.name for entry in load_folder(LESSON.parent)]
    assert titles[0] == "Recurrent neural networks, step by step"
    assert "Long short-term memory" in titles[1:]

"""Hostile lesson files: every bad value is a LessonError naming its step and key, never an
OverflowError or ValueError from deep inside a check, and never a freeze."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from rnngui.lesson import LessonError, load_lesson, loads


def lesson_text(**step) -> str:
    return json.dumps({
        "format": "rnnlab-lesson", "version": 1, "title": "hostile",
        "steps": [{"title": "one", "text": "text", **step}],
    })


HUGE = "1" + "0" * 400
HUGER = "1" + "0" * 5000


@pytest.mark.parametrize(
    "step, replace, match",
    [
        ({"actions": [{"random_params": 2**31}]}, None, "random_params"),
        ({"actions": [{"random_params": 7}]}, ("7", HUGER), "random_params"),
        ({"actions": [{"training": {"seed": 7}}]}, ("7", HUGE), "seed"),
        ({"actions": [{"training": {"max_steps": 0}}]}, None, "max_steps"),
        ({"actions": [{"training": {"max_steps": 2**31}}]}, None, "max_steps"),
        ({"actions": [{"training": {"learning_rate": 1e308}}]}, None, "learning_rate"),
        ({"actions": [{"training": {"momentum": 0.999}}]}, None, "momentum"),
        ({"actions": [{"params": {"w2": 7}}]}, ("7", HUGE), "w2"),
        ({"actions": [{"params": {"w2": 7}}]}, ("7", "1e400"), "w2"),
        ({"actions": [{"document": {"sequences": [{"values": [7]}]}}]}, ("7", HUGE),
         r"sequences\[0\]\.values\[0\]"),
        ({"show": [{"label": "x", "compute": {"param": "w2"}, "expect": 7}]}, ("7", "1e400"),
         "expect"),
        ({"show": [{"label": "x", "compute": {"param": "w2"}, "tolerance": 7}]}, ("7", HUGE),
         "tolerance"),
        ({"text": "x" * 1_900_000}, None, "1,900,000 characters"),
    ],
    ids=["seed 2^31", "seed 5001 digits", "training seed 401 digits", "max_steps 0",
         "max_steps 2^31", "lr 1e308", "momentum", "param 401 digits", "param 1e400",
         "document 401 digits", "expect 1e400", "tolerance 401 digits", "1.9 MB of text"],
)
def test_hostile_values_are_lesson_errors_with_their_place(step, replace, match):
    text = lesson_text(**step)
    if replace:
        text = text.replace(": " + replace[0] + "}", ": " + replace[1] + "}").replace(
            "[" + replace[0] + "]", "[" + replace[1] + "]")
        assert replace[1] in text
    start = time.perf_counter()
    with pytest.raises(LessonError, match=match) as error:
        loads(text, "hostile.json")
    assert time.perf_counter() - start < 5
    assert "step 1" in str(error.value) and len(str(error.value)) < 1000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_before_it_is_opened(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(LessonError, match="named pipe"):
        load_lesson(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_without_reading_it():
    with pytest.raises(LessonError, match="device"):
        load_lesson("/dev/zero")


def test_a_file_over_the_limit_is_refused_whatever_its_reported_size(tmp_path, monkeypatch):
    from rnngui.lesson import format as lesson_format

    path = tmp_path / "big.json"
    path.write_text(lesson_text(text="x" * 5000))
    monkeypatch.setattr(lesson_format, "MAX_LESSON_BYTES", 1000)
    with pytest.raises(LessonError, match="larger than"):
        load_lesson(path)

"""The README's own lesson examples load and run, the names it lists exist, and a lesson file that
cannot be opened leaves the lesson on screen as it was (issue 13 item 6)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rnngui.lesson import loads
from rnngui.model.presets import PRESETS

README = Path(__file__).resolve().parents[3] / "README.md"


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))


def lesson_examples() -> list[str]:
    blocks = re.findall(r"```json\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return [b for b in blocks if '"rnnlab-lesson"' in b]


def test_the_readme_has_a_lesson_example():
    assert lesson_examples()


@pytest.mark.parametrize("text", lesson_examples())
def test_every_readme_lesson_example_loads(text):
    lesson = loads(text, "README.md")
    assert lesson.steps


def test_the_action_table_names_only_real_presets():
    row = next(line for line in README.read_text(encoding="utf-8").splitlines()
               if line.startswith("| `preset` |"))
    named = re.findall(r'`"([^"]+)"`', row)
    assert named and set(named) == set(PRESETS)


@pytest.mark.parametrize("text", lesson_examples())
def test_every_readme_lesson_example_runs_in_the_panel(window, qtbot, tmp_path, text):
    path = tmp_path / "example.json"
    path.write_text(text, encoding="utf-8")
    panel = window.lesson_panel
    assert panel.add_lesson_file(path)
    panel.show()
    for index in range(len(panel.lesson.steps)):
        panel.go_to(index)
        assert panel.problems == [], panel.problems  # every action did what it says


def test_a_failed_open_leaves_the_current_lesson_as_it_was(window, qtbot, tmp_path):
    panel = window.lesson_panel
    panel.show()
    panel.go_to(2)
    before = (panel.lesson, panel.index, panel.step_chooser.count(), panel.title.text())
    assert before[2] > 0
    broken = tmp_path / "broken.json"
    bad = json.loads(lesson_examples()[0])
    bad["steps"][0]["actions"] = [{"preset": "Exploding gradients"}]  # the README's old mistake
    broken.write_text(json.dumps(bad), encoding="utf-8")
    assert panel.add_lesson_file(broken) is False
    assert (panel.lesson, panel.index, panel.step_chooser.count(), panel.title.text()) == before
    assert "unknown preset" in panel.problem.text() and panel.problem.isVisibleTo(panel)
    assert panel.next_button.isEnabled()
    assert panel.add_lesson_file(tmp_path / "missing.json") is False
    assert panel.lesson is before[0]

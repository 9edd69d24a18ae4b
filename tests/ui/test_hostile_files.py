"""Hostile files through the window's real entry points: a FIFO, /dev/zero, a folder, huge numbers,
broken recovery files, non-UTF-8 names. Each must raise nothing, tell the user, keep the open
project with its unsaved edit, and answer within 5 s."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rnngui.model import project_file
from rnngui.model.document import SequenceData
from rnngui.model.presets import companies
from rnngui.ui import file_actions as file_actions_module
from rnngui.ui import prompts

from .editor_fixtures import shared_window, window  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
BUDGET_S = 5.0
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")


@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def edited(window):
    """An unsaved edit that every refused file must leave in place."""
    window.state.set_sequences((SequenceData("my unsaved work", (0.25, 0.5), 0.75),), "typed")
    document = window.state.document
    yield window
    assert window.state.document == document
    assert window.isWindowModified()


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.rnnlab"
    os.mkfifo(path)
    return path


def timed(call):
    start = time.perf_counter()
    result = call()
    assert time.perf_counter() - start < BUDGET_S
    return result


@needs_fifo
def test_open_refuses_a_fifo(edited, errors, fifo):
    assert timed(lambda: edited.open_file(fifo)) is False
    assert "named pipe" in errors[-1][1]


@needs_dev_zero
def test_open_refuses_dev_zero(edited, errors):
    assert timed(lambda: edited.open_file("/dev/zero")) is False
    assert "device" in errors[-1][1]


@needs_fifo
def test_import_csv_refuses_a_fifo(edited, errors, tmp_path):
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    assert timed(lambda: edited.file_actions.import_csv(path)) is None
    assert "named pipe" in errors[-1][1]


@needs_dev_zero
def test_import_csv_refuses_dev_zero_without_eating_memory(edited, errors):
    assert timed(lambda: edited.file_actions.import_csv("/dev/zero")) is None
    assert "device" in errors[-1][1]


def test_import_csv_reads_at_most_its_limit(edited, errors, tmp_path, monkeypatch):
    from rnngui.model import csv_data

    monkeypatch.setattr(csv_data, "MAX_CSV_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("0.5\n" * 1000)
    assert edited.file_actions.import_csv(path) is None
    assert "more than" in errors[-1][1]


def test_open_refuses_a_project_with_a_401_digit_number_by_place(edited, errors, tmp_path):
    text = project_file.dumps(companies()).replace('"w2": -0.5', '"w2": 1' + "0" * 400)
    path = tmp_path / "huge.rnnlab"
    path.write_text(text)
    assert timed(lambda: edited.open_file(path)) is False
    assert "params.w2" in errors[-1][1]


def test_a_project_with_1e400_in_an_unknown_key_opens_and_saves(window, errors, tmp_path):
    text = project_file.dumps(companies()).replace('"format"', '"later": {"x": 1e400},\n "format"')
    path = tmp_path / "later.rnnlab"
    path.write_text(text)
    assert window.open_file(path)
    assert window.save_file(tmp_path / "saved.rnnlab")
    assert not errors
    assert '"x": 1e400' in (tmp_path / "saved.rnnlab").read_text()


def test_a_save_that_json_cannot_hold_says_why_and_keeps_the_project(
    edited, errors, tmp_path, monkeypatch
):
    def refuse(document):
        raise project_file.ProjectFileError("x is nan, which a project file cannot store")

    monkeypatch.setattr(project_file, "dumps", refuse)
    assert edited.save_file(tmp_path / "never.rnnlab") is False
    assert "cannot store" in errors[-1][1]
    assert not (tmp_path / "never.rnnlab").exists()


# --- lessons ----------------------------------------------------------------------------------
def lesson_message(window) -> str:
    """Where the panel says a lesson file cannot be used: in place of the lesson, or under the
    lesson on screen (which stays)."""
    panel = window.lesson_panel
    return panel.text.text() + " " + panel.problem.text()


@needs_fifo
def test_open_lesson_file_refuses_a_fifo(window, tmp_path):
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    assert timed(lambda: window.lesson_panel.add_lesson_file(path)) is False
    assert "named pipe" in lesson_message(window)


@needs_dev_zero
def test_open_lesson_file_refuses_dev_zero(window):
    assert timed(lambda: window.lesson_panel.add_lesson_file("/dev/zero")) is False
    assert "device" in lesson_message(window)


def lesson(**step) -> dict:
    return {
        "format": "rnnlab-lesson", "version": 1, "title": "hostile",
        "steps": [{"title": "one", "text": "text", **step}],
    }


@needs_fifo
def test_a_lessons_folder_with_a_fifo_and_broken_files_loads_the_rest(window, tmp_path):
    folder = tmp_path / "lessons"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.json")
    (folder / "b-huge.json").write_text(
        json.dumps(lesson(actions=[{"params": {"w2": 1}}])).replace('"w2": 1', '"w2": 1' + "0" * 400)
    )
    (folder / "c-huger.json").write_text(
        json.dumps(lesson(actions=[{"random_params": 1}])).replace(": 1}", ": 1" + "0" * 5000 + "}")
    )
    (folder / "d-long.json").write_text(json.dumps(lesson(text="x" * 1_900_000)))
    (folder / "e-seed.json").write_text(json.dumps(lesson(actions=[{"training": {"seed": 2**31}}])))
    (folder / "f-steps.json").write_text(
        json.dumps(lesson(actions=[{"training": {"max_steps": 2**40}}])))
    (folder / "g-lr.json").write_text(
        json.dumps(lesson(actions=[{"training": {"learning_rate": 1e308}}])))
    (folder / "h-good.json").write_text(json.dumps(lesson()))
    panel = window.lesson_panel
    timed(lambda: panel.load_entries(folder))
    by_name = {e.path.name: e for e in panel.entries}
    assert [n for n, e in by_name.items() if e.ok] == ["h-good.json"]
    assert "named pipe" in by_name["a-pipe.json"].error
    assert "params" in by_name["b-huge.json"].error
    assert "random_params" in by_name["c-huger.json"].error
    assert "1,900,000 characters" in by_name["d-long.json"].error
    assert "seed" in by_name["e-seed.json"].error
    assert "max_steps" in by_name["f-steps.json"].error
    assert "learning_rate" in by_name["g-lr.json"].error


# --- recovery files ---------------------------------------------------------------------------
def recovery_text(time_token: str = "1700000000.5", w2: str = "-0.5") -> str:
    data = project_file.to_dict(companies())
    data["recovery"] = {"file": None, "time": "@TIME@", "pid": 1}
    text = json.dumps(data).replace('"@TIME@"', time_token)
    return text.replace('"w2": -0.5', f'"w2": {w2}')


BROKEN_RECOVERY = {
    "time 1e300": lambda p: p.write_text(recovery_text("1e300")),
    "time 1e400": lambda p: p.write_text(recovery_text("1e400")),
    "time -1e18": lambda p: p.write_text(recovery_text("-1e18")),
    "time 401 digits": lambda p: p.write_text(recovery_text("1" + "0" * 400)),
    "401 digits": lambda p: p.write_text(recovery_text(w2="1" + "0" * 400)),
    "5000 digits": lambda p: p.write_text(recovery_text(w2="1" + "0" * 5000)),
    "a folder": lambda p: p.mkdir(),
    "a fifo": lambda p: os.mkfifo(p),
    "not json": lambda p: p.write_text("{ nope"),
}


@pytest.mark.parametrize("kind", list(BROKEN_RECOVERY))
def test_a_broken_recovery_file_never_stops_the_start(qtbot, tmp_path, monkeypatch, kind):
    if kind == "a fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    BROKEN_RECOVERY[kind](tmp_path / "recovery.rnnlab")
    offered = []
    monkeypatch.setattr(prompts, "ask_restore", lambda parent, text: offered.append(text) or False)
    from rnngui.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        timed(window.file_actions.offer_recovery)
        assert not os.path.lexists(tmp_path / "recovery.rnnlab")  # never in the way again
        if kind.startswith("time"):  # readable work: offered, without the impossible time
            assert offered and "autosaved" not in offered[0]
            assert not [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
        else:
            assert not offered
            aside = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
            assert len(aside) == 1  # kept for a look, under another name
            assert "set aside" in window.statusBar().currentMessage()
        assert not window.file_actions.offer_recovery()  # the next start is a normal one
    finally:
        window.state.shutdown()
        window.close()


def test_main_starts_and_opens_nothing_bad_from_the_command_line(tmp_path):
    """`rnn-lab broken.rnnlab` with a broken recovery file beside it: no traceback, exit 0."""
    bad = tmp_path / "huge.rnnlab"
    bad.write_text(project_file.dumps(companies()).replace('"w2": -0.5', '"w2": 1' + "0" * 400))
    data = tmp_path / "data"
    data.mkdir()
    (data / "recovery.rnnlab").mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "RNNLAB_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(bad), "--screenshot", str(tmp_path / "s.png")],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "params.w2" in done.stderr  # headless: the error message goes to stderr


# --- recent files -----------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="bytes file names are a POSIX thing")
def test_a_non_utf8_file_name_reopens_from_open_recent(window, errors, tmp_path):
    name = os.fsdecode(b"caf\xe9-\xff.rnnlab")  # Latin-1 bytes: not valid UTF-8
    path = tmp_path / name
    try:
        project_file.save(path, companies())
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses such names")
    assert window.open_file(path)
    window.file_actions.settings.sync()
    from PySide6.QtCore import QSettings

    reread = QSettings(window.file_actions.settings.fileName(), QSettings.Format.IniFormat)
    stored = reread.value("recentFiles", [])
    stored = [stored] if isinstance(stored, str) else stored
    assert str(path.resolve()) in [file_actions_module._from_setting(str(v)) for v in stored]
    window.file_actions._fill_recent()
    assert window.file_actions.recent_files()[0] == str(path.resolve())
    assert window.file_actions.open_recent(window.file_actions.recent_files()[0])
    assert not errors


# --- values at the edges are shown as they are used -------------------------------------------
def test_settings_at_the_edges_of_their_ranges_are_shown_exactly(window, tmp_path):
    data = json.loads(project_file.dumps(companies()))
    data["training"].update(learning_rate=10.0, max_steps=10_000_000, seed=2**31 - 1, momentum=0.99)
    path = tmp_path / "edges.rnnlab"
    path.write_text(json.dumps(data))
    assert window.open_file(path)
    controls = window.training_panel.controls
    training = window.state.document.training
    assert controls.learning_rate.value() == training.learning_rate == 10.0
    assert controls.max_steps.value() == training.max_steps == 10_000_000
    assert controls.seed.value() == training.seed == 2**31 - 1
    assert controls.momentum.value() == training.momentum == 0.99


# --- the through-time page with numbers beyond a float ----------------------------------------
@pytest.mark.parametrize(
    "params",
    [dict(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0), dict(w1=1e300, w2=1e300, b1=1e300, w3=1e300, b2=0)],
    ids=["w2 = 2 over 1100 days", "weights of 1e300"],
)
def test_through_time_draws_what_is_finite_and_says_the_rest(window, qtbot, params):
    from rnngui.engine import RNNParams

    window.state.set_sequences((SequenceData("long", (0.5,) * 1100, 0.5),), "long")
    window.state.set_params(RNNParams(**params))
    window.tabs.setCurrentWidget(window.gradient_lab)
    view = window.gradient_lab.through_time
    window.gradient_lab.tabs.setCurrentWidget(view)
    timed(view.refresh)  # raised OverflowError on every refresh
    x, y = view.measured.getOriginalDataset()
    assert y is None or all(v < float("inf") for v in y)
    assert "beyond the largest number" in view.current.text()
    assert "not drawn" in view.current.text()


def test_a_killed_autosaves_temporary_file_is_removed_at_the_next_start(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    stale = tmp_path / ".recovery.rnnlab.k1ll3d.tmp"
    stale.write_bytes(b"half a recovery file")
    from rnngui.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert not window.file_actions.offer_recovery()
        assert not stale.exists()
    finally:
        window.state.shutdown()
        window.close()

"""Hostile project files and saves: text inside strings is never rewritten, every save finishes
quickly, numbers no float can hold are refused by place (or kept exactly in unknown keys), FIFOs
and devices are refused before they are opened, and a killed save's temporary files go away."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rnngui.model import project_file
from rnngui.model.document import SequenceData
from rnngui.model.presets import companies
from rnngui.model.project_file import ProjectFileError, RawNumber
from rnngui.model.safe_read import FileRefused, read_limited_bytes, read_limited_text

ROOT = Path(__file__).resolve().parents[2]
BUDGET_S = 5.0


def project_text(**changes) -> str:
    data = json.loads(project_file.dumps(companies()))
    data.update(changes)
    return json.dumps(data)


# --- saving never touches what is inside strings ----------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Results [ 1 2 ] and [ 3e5 ]",
        "[ " + " " * 4000,
        "[\n 1,\n 2\n]",
        'quote " backslash \\ tab \t',
        "lone surrogate \ud800 end",
        "",
    ],
    ids=["brackets", "4000 spaces", "a list in a string", "escapes", "surrogate", "empty"],
)
def test_a_title_comes_back_exactly_and_quickly(title):
    document = replace(companies(), title=title)
    start = time.perf_counter()
    text = project_file.dumps(document)
    assert time.perf_counter() - start < BUDGET_S
    text.encode("utf-8")  # writable as UTF-8, whatever the title holds
    assert project_file.loads(text).title == title


names = st.text(min_size=1, max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=200), sequence_names=st.lists(names, min_size=1, max_size=3))
def test_any_title_and_names_round_trip(title, sequence_names):
    sequences = tuple(SequenceData(n, (0.1, 0.25, 1e-7), 0.5) for n in sequence_names)
    document = replace(companies(), title=title, sequences=sequences)
    back = project_file.loads(project_file.dumps(document))
    assert back.title == title
    assert [s.name for s in back.sequences] == sequence_names
    assert back.sequences == sequences


def test_number_lists_stay_on_one_line_and_the_text_is_plain_json():
    text = project_file.dumps(companies())
    assert '"values": [0.0, 0.15094339622641512,' in text
    assert json.loads(text)["sequences"][0]["values"] == list(companies().sequences[0].values)


def test_an_unknown_key_nested_nine_hundred_deep_saves_quickly():
    nested: list = [1]
    for _ in range(900):
        nested = [nested]
    document = replace(companies(), extra={"deep": nested, "spaces": "[ " + " " * 3000 + "]"})
    start = time.perf_counter()
    text = project_file.dumps(document)
    assert time.perf_counter() - start < BUDGET_S
    assert project_file.loads(text).extra == document.extra


# --- numbers no float can hold ----------------------------------------------------------------
def test_1e400_in_an_unknown_key_opens_and_saves_exactly(tmp_path):
    text = project_text(notes={"huge": 1}).replace('"huge": 1', '"huge": 1e400')
    document = project_file.loads(text)
    assert document.extra["notes"]["huge"] == RawNumber("1e400")
    project_file.save(tmp_path / "again.rnnlab", document)  # used to raise ValueError
    assert '"huge": 1e400' in (tmp_path / "again.rnnlab").read_text()
    assert project_file.load(tmp_path / "again.rnnlab").extra == document.extra


def test_a_value_json_cannot_hold_is_a_clear_error_not_a_crash():
    document = replace(companies(), extra={"x": float("inf")})
    with pytest.raises(ProjectFileError, match="x is inf"):
        project_file.dumps(document)


HUGE = "1" + "0" * 400
HUGER = "1" + "0" * 5000


@pytest.mark.parametrize(
    "pattern, number, place",
    [
        ('"values": [0.0,', f'"values": [{HUGE},', r"sequences\[1\]\.values\[0\]"),
        ('"values": [0.0,', f'"values": [{HUGER},', r"sequences\[1\]\.values\[0\]"),
        ('"values": [0.0,', '"values": [1e400,', r"sequences\[1\]\.values\[0\]"),
        ('"w2": -0.5', f'"w2": {HUGE}', r"params\.w2"),
        ('"target": 1.0', f'"target": -{HUGE}', r"sequences\[0\]\.target"),
        ('"max_steps": 2000', f'"max_steps": {HUGE}', "training.max_steps"),
        ('"seed": 1', f'"seed": {HUGER}', "training.seed"),
        ('"low": 12.4', '"low": 1e999', "scaling.low"),
        ('"version": 2', f'"version": {HUGE}', '"version"'),
    ],
    ids=["401 digits", "5001 digits", "1e400", "param", "target", "max_steps", "seed", "scaling",
         "version"],
)
def test_huge_numbers_are_refused_with_their_place(pattern, number, place):
    text = project_file.dumps(companies())
    assert pattern in text
    with pytest.raises(ProjectFileError, match=place):
        project_file.loads(text.replace(pattern, number, 1))


@pytest.mark.parametrize(
    "key, value",
    [("max_steps", 2**31), ("max_steps", 0), ("seed", 2**31), ("seed", -1),
     ("learning_rate", 1e308), ("learning_rate", 0.0), ("momentum", 0.999), ("clip", 1e9)],
)
def test_training_settings_the_controls_cannot_show_are_refused_by_name(key, value):
    data = json.loads(project_file.dumps(companies()))
    data["training"][key] = value
    with pytest.raises(ProjectFileError, match=f"training.{key}"):
        project_file.loads(json.dumps(data))


def test_a_five_million_character_name_is_refused_quickly():
    data = json.loads(project_file.dumps(companies()))
    data["sequences"][1]["name"] = "x" * 5_000_000
    text = json.dumps(data)
    start = time.perf_counter()
    with pytest.raises(ProjectFileError, match=r"sequence 2's name \(sequences\[1\]\.name\) is 5,000,000 characters"):
        project_file.loads(text)
    assert time.perf_counter() - start < BUDGET_S


# --- what is not a regular file ---------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.rnnlab"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(ProjectFileError, match="named pipe"):
        project_file.load(fifo)
    with pytest.raises(FileRefused):
        read_limited_text(fifo, 100)
    assert time.perf_counter() - start < BUDGET_S


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_without_reading_it():
    with pytest.raises(ProjectFileError, match="device"):
        project_file.load("/dev/zero")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ProjectFileError, match="folder"):
        project_file.load(tmp_path)


def test_at_most_the_limit_is_read_whatever_the_file_holds(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1000)
    assert read_limited_bytes(path, 1000) == b"a" * 1000
    with pytest.raises(FileRefused, match="more than 999 bytes"):
        read_limited_bytes(path, 999)


# --- a killed save leaves no temporary files behind -------------------------------------------
def test_a_killed_saves_temporary_file_is_removed_by_the_next_save(tmp_path):
    target = tmp_path / "work.rnnlab"
    project_file.save(target, companies())
    stale = tmp_path / f".{target.name}.k1ll3d.tmp"
    stale.write_bytes(b"x" * 100_000)  # what a kill -9 mid-save leaves (nobody holds its lock)
    other = tmp_path / ".other.rnnlab.abc.tmp"
    other.write_bytes(b"y")  # another project's: not ours to remove
    project_file.save(target, companies())
    assert not stale.exists()
    assert other.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == [other.name]


def test_opening_a_project_removes_its_stale_temporary_files(tmp_path):
    target = tmp_path / "work.rnnlab"
    project_file.save(target, companies())
    stale = tmp_path / f".{target.name}.zzzz.tmp"
    stale.write_bytes(b"x")
    project_file.load(target)
    assert not stale.exists()


HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_save_in_progress_in_another_process_is_left_alone(tmp_path):
    target = tmp_path / "work.rnnlab"
    busy = tmp_path / f".{target.name}.busy.tmp"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(busy)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        project_file.save(target, companies())
        assert busy.exists()  # its writer still holds the lock: a save in progress
    finally:
        holder.kill()
        holder.wait()
    project_file.save(target, companies())
    assert not busy.exists()  # the writer died: stale now


def test_kill_9_during_saves_leaves_no_temporary_files_after_the_next_save(tmp_path):
    target = tmp_path / "big.rnnlab"
    script = f"""
import time
from rnngui.model import project_file
from rnngui.model.presets import companies
from rnngui.model.document import SequenceData
from dataclasses import replace
doc = replace(companies(), sequences=tuple(SequenceData(f"s{{i}}", (0.123456789,) * 10000)
                                           for i in range(10)))
original = project_file._write_chunks
def slow(handle, data):
    for start in range(0, len(data), 4096):
        handle.write(data[start:start + 4096]); handle.flush(); time.sleep(0.002)
project_file._write_chunks = slow
print("ready", flush=True)
project_file.save({str(target)!r}, doc)
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 30  # a busy machine: wait until the save is under way
        while not any(p.suffix == ".tmp" for p in tmp_path.iterdir()) and (
            time.monotonic() < deadline
        ):
            time.sleep(0.01)
        time.sleep(0.05)
        proc.kill()
        proc.wait()
    assert any(p.suffix == ".tmp" for p in tmp_path.iterdir())  # the kills left some
    project_file.save(target, companies())
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert project_file.load(target).title == companies().title

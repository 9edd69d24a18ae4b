"""The .rnnlab format: round trips, the version-1 fixture, migrations, bad files, atomic saves."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rnngui.engine import RNNParams
from rnngui.model import project_file
from rnngui.model.document import Document, Scaling, SequenceData, TrainingSettings
from rnngui.model.examples import EXAMPLE_FILES, EXAMPLES_DIR
from rnngui.model.presets import PRESETS, companies
from rnngui.model.project_file import ProjectFileError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "project-v1.rnnlab"


def test_version_1_fixture_loads_to_exactly_this_document():
    document = project_file.load(FIXTURE_V1)
    assert document == Document(
        (
            SequenceData(
                "Blue company (9 days)",
                (0.43, 0.495, 0.575, 0.69, 0.6, 0.52, 0.645, 0.755, 0.85),
                0.915,
            ),
            SequenceData("Red company (5 days)", (0.12, 0.24, 0.195, 0.31, 0.435), None, False),
            SequenceData("only values", (0.0, 0.5, 1.0)),
        ),
        RNNParams(w1=1.8, w2=-0.5, b1=0.0, w3=1.1, b2=0.0),
        TrainingSettings(0.01, 300, 0.9, 5.0, ("w1", "w2", "b1"), "relu", 7),
        Scaling(10.0, 30.0, "$"),
        "Fixture: format version 1",
    )
    assert document.extra == {"notes": "an unknown key: kept on save, never fatal"}


def test_unknown_keys_survive_a_save(tmp_path):
    document = project_file.load(FIXTURE_V1)
    project_file.save(tmp_path / "again.rnnlab", document)
    data = json.loads((tmp_path / "again.rnnlab").read_text())
    assert data["notes"] == "an unknown key: kept on save, never fatal"
    assert project_file.load(tmp_path / "again.rnnlab") == document


def test_the_documented_keys_are_written():
    data = json.loads(project_file.dumps(companies()))
    assert data["format"] == "rnnlab" and data["version"] == 2 and data["cell"] == "rnn"
    assert set(data["sequences"][0]) >= {"name", "values", "target"}
    assert set(data["params"]) == {"w1", "w2", "b1", "w3", "b2"}
    assert {"learning_rate", "max_steps"} <= set(data["training"])
    assert data["scaling"] == {"low": 12.4, "high": 28.3, "unit": "$"}


def test_a_migration_path_takes_old_files_to_the_current_version(monkeypatch):
    """Pretend version 3 exists (values renamed "days"): the v1 fixture still opens through it."""

    def one_to_two(data: dict) -> dict:
        for sequence in data["sequences"]:
            sequence["days"] = sequence.pop("values")
        return data

    def read_two(data: dict) -> dict:  # what a version-2 loader would do before the checks
        for sequence in data["sequences"]:
            sequence["values"] = sequence.pop("days")
        return data

    monkeypatch.setattr(project_file, "FORMAT_VERSION", 3)
    monkeypatch.setitem(project_file.MIGRATIONS, 2, lambda d: read_two(one_to_two(d)))
    migrated = project_file.migrate(json.loads(FIXTURE_V1.read_text()))
    assert migrated["version"] == 3 and migrated["cell"] == "rnn"  # through 1 -> 2 -> 3
    assert project_file.load(FIXTURE_V1).sequences[0].values[0] == 0.43


@pytest.mark.parametrize("name", list(PRESETS))
def test_presets_round_trip_exactly(name):
    document = PRESETS[name]()
    assert project_file.loads(project_file.dumps(document)) == document


@pytest.mark.parametrize("file_name", list(EXAMPLE_FILES))
def test_example_files_match_the_presets(file_name):
    """If this fails after a preset changed, run `python -m rnngui.model.examples`."""
    assert project_file.load(EXAMPLES_DIR / file_name) == EXAMPLE_FILES[file_name]()


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
sequences = st.builds(
    SequenceData,
    name=st.text(min_size=1, max_size=20),
    values=st.lists(finite, min_size=1, max_size=30).map(tuple),
    target=st.none() | finite,
    use_for_training=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(sequences, min_size=1, max_size=4).map(tuple),
    st.builds(RNNParams, finite, finite, finite, finite, finite),
    st.text(max_size=30),
)
def test_any_document_round_trips(seqs, params, title):
    document = Document(seqs, params, TrainingSettings(), None, title)
    assert project_file.loads(project_file.dumps(document)) == document


BAD_FILES = [
    ("truncated JSON", '{"format": "rnnlab", "version": 1, "sequences": [{"name": "a"',
     "the file looks cut short"),
    ("not JSON at all", "RNN Lab\n", "not valid JSON at line 1"),
    ("a list, not an object", "[1, 2, 3]", "holds a list"),
    ("wrong format name", '{"format": "statquest", "version": 1}', '"format" is \'statquest\''),
    ("no format", '{"version": 1}', '"format" is None'),
    ("newer version", '{"format": "rnnlab", "version": 7}', "newer RNN Lab (format version 7)"),
    ("version as text", '{"format": "rnnlab", "version": "1"}', '"version" must be a whole'),
    ("version 0", '{"format": "rnnlab", "version": 0}', "versions start at 1"),
]
PARAMS = '"params": {"w1": 1, "w2": 1, "b1": 0, "w3": 1, "b2": 0}'
HEAD = '{"format": "rnnlab", "version": 1, '
BAD_FILES += [
    ("value as text", HEAD + '"sequences": [{"values": ["1"]}], ' + PARAMS + "}",
     "sequence 1, day 1 (sequences[0].values[0]) must be a number, not text"),
    ("value true", HEAD + '"sequences": [{"values": [true]}], ' + PARAMS + "}",
     "sequence 1, day 1 (sequences[0].values[0]) must be a number, not true/false"),
    ("NaN", HEAD + '"sequences": [{"values": [NaN]}], ' + PARAMS + "}", "contains NaN"),
    ("Infinity", HEAD + '"sequences": [{"values": [1, Infinity]}], ' + PARAMS + "}",
     "contains Infinity"),
    ("beyond 1e6", HEAD + '"sequences": [{"name": "a", "values": [1, 2e7]}], ' + PARAMS + "}",
     "beyond ±1e+06"),
    ("a user counts from 1", HEAD + '"sequences": [{"values": [0]}, {"values": [1, "x"]}], '
     + PARAMS + "}", "sequence 2, day 2 (sequences[1].values[1]) must be a number"),
    ("empty sequence", HEAD + '"sequences": [{"name": "a", "values": []}], ' + PARAMS + "}",
     "sequence 1 (sequences[0]): sequence 'a' is empty"),
    ("no sequences", HEAD + '"sequences": [], ' + PARAMS + "}", "at least one sequence"),
    ("sequences not a list", HEAD + '"sequences": {"a": 1}, ' + PARAMS + "}",
     '"sequences" must be a list'),
    ("target as text", HEAD + '"sequences": [{"values": [1], "target": "x"}], ' + PARAMS + "}",
     "sequence 1's target (sequences[0].target) must be a number"),
    ("missing w2", HEAD + '"sequences": [{"values": [1]}], "params": {"w1": 1}}', "lacks w2"),
    ("max_steps 2.5", HEAD + '"sequences": [{"values": [1]}], ' + PARAMS
     + ', "training": {"max_steps": 2.5}}', "training.max_steps must be a whole number"),
    ("unknown activation", HEAD + '"sequences": [{"values": [1]}], ' + PARAMS
     + ', "training": {"activation": "exec(\'rm -rf /\')"}}', "is not one of"),
    ("scaling upside down", HEAD + '"sequences": [{"values": [1]}], ' + PARAMS
     + ', "scaling": {"low": 5, "high": 1}}', "scaling.high (1) must be above"),
]


@pytest.mark.parametrize("text, message", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_files_get_a_clear_message(tmp_path, text, message):
    path = tmp_path / "bad.rnnlab"
    path.write_text(text)
    with pytest.raises(ProjectFileError) as error:
        project_file.load(path)
    assert message in str(error.value)


def test_more_than_ten_thousand_values_in_a_file(tmp_path):
    path = tmp_path / "long.rnnlab"
    values = ", ".join(["0.5"] * 10_001)
    path.write_text(HEAD + f'"sequences": [{{"name": "a", "values": [{values}]}}], {PARAMS}}}')
    with pytest.raises(ProjectFileError, match="10,001 values; at most 10,000"):
        project_file.load(path)


def test_wrong_encoding_and_too_large(tmp_path, monkeypatch):
    latin = tmp_path / "latin.rnnlab"
    latin.write_bytes('{"title": "Café"}'.encode("latin-1"))
    with pytest.raises(ProjectFileError, match=r"not UTF-8 text \(byte 0xe9 at offset 14\)"):
        project_file.load(latin)
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.rnnlab"
    big.write_text(" " * 2000)
    with pytest.raises(ProjectFileError, match="project files are at most"):
        project_file.load(big)
    with pytest.raises(ProjectFileError, match="cannot read missing.rnnlab"):
        project_file.load(tmp_path / "missing.rnnlab")


def test_deep_nesting_is_refused_not_a_crash(tmp_path):
    path = tmp_path / "deep.rnnlab"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ProjectFileError):
        project_file.load(path)


def test_save_replaces_the_file_and_leaves_no_temporary_behind(tmp_path):
    path = tmp_path / "p.rnnlab"
    project_file.save(path, PRESETS["StatLand rules"]())
    project_file.save(path, companies())
    assert project_file.load(path) == companies()
    assert [p.name for p in tmp_path.iterdir()] == ["p.rnnlab"]


KILLED_SAVER = """
import sys, time
from pathlib import Path
from rnngui.model import project_file
from rnngui.model.document import Document, SequenceData

def slow_chunks(handle, data):
    for start in range(0, len(data), 4096):
        handle.write(data[start:start + 4096])
        handle.flush()
        Path(sys.argv[2]).touch()  # tell the test that the new file is half-written
        time.sleep(0.05)

project_file._write_chunks = slow_chunks
huge = Document(tuple(SequenceData(f"s{i}", (0.123456789,) * 10_000) for i in range(20)))
project_file.save(sys.argv[1], huge)
"""


def test_a_save_killed_half_way_leaves_the_previous_file_intact(tmp_path):
    path = tmp_path / "project.rnnlab"
    project_file.save(path, companies())
    before = path.read_bytes()
    started = tmp_path / "started"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    saver = subprocess.Popen(
        [sys.executable, "-c", KILLED_SAVER, str(path), str(started)], env=env, cwd=ROOT
    )
    try:
        deadline = time.monotonic() + 60
        while not started.exists():
            assert saver.poll() is None, "the saver ended before it started writing"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.1)  # a few chunks into the new file
        os.kill(saver.pid, signal.SIGKILL)
    finally:
        saver.wait(30)
    assert saver.returncode == -signal.SIGKILL
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers and leftovers[0].stat().st_size > 0  # the kill did land mid-write
    assert path.read_bytes() == before
    assert project_file.load(path) == companies()


def test_version_1_files_open_as_rnn_projects_and_save_as_version_2(tmp_path):
    data = json.loads(FIXTURE_V1.read_text())
    assert data["version"] == 1 and "cell" not in data
    document = project_file.load(FIXTURE_V1)
    assert document.cell.key == "rnn"
    project_file.save(tmp_path / "v2.rnnlab", document)
    saved = json.loads((tmp_path / "v2.rnnlab").read_text())
    assert saved["version"] == 2 and saved["cell"] == "rnn"
    assert project_file.load(tmp_path / "v2.rnnlab") == document


def test_an_lstm_project_round_trips_with_its_twelve_parameters(tmp_path):
    from rnngui.engine.lstm import CHAPTER_PARAMS, COMPANY_A, COMPANY_B

    doc = Document(
        (SequenceData("Company A", COMPANY_A, 0.0), SequenceData("Company B", COMPANY_B, 1.0)),
        CHAPTER_PARAMS, TrainingSettings(learning_rate=0.1, trainable=("wlr1", "blr1")),
        title="LSTM chapter",
    )
    project_file.save(tmp_path / "lstm.rnnlab", doc)
    data = json.loads((tmp_path / "lstm.rnnlab").read_text())
    assert data["cell"] == "lstm" and set(data["params"]) == set(CHAPTER_PARAMS.names)
    assert data["training"]["trainable"] == ["wlr1", "blr1"]
    assert project_file.load(tmp_path / "lstm.rnnlab") == doc


def test_a_file_naming_an_unknown_cell_or_another_cells_names_is_refused():
    data = json.loads(project_file.dumps(companies()))
    data["cell"] = "gru"
    with pytest.raises(project_file.ProjectFileError, match='"cell" must be one of'):
        project_file.from_dict(data)
    data["cell"] = "lstm"  # the RNN's five names are not the LSTM's twelve
    with pytest.raises(project_file.ProjectFileError, match="lacks wlr1"):
        project_file.from_dict(data)


def test_a_field_errors_sentence_is_translated_around_its_place():
    """The place stays the file's (sequences[0].values[1]) and the words around it are the
    translator's: a translation may put the place anywhere in its sentence."""
    import json as _json

    from rnngui.engine import words
    from rnngui.model import project_file as pf
    from rnngui.model.presets import statland

    data = pf.to_dict(statland())
    data["sequences"][0]["values"][1] = [1]
    german = {"{place} must be a number, not {kind}": "Als {place} wäre eine Zahl nötig: {kind}",
              "a list": "eine Liste", "sequence {number}": "Folge {number}",
              "{sequence}, day {day}": "{sequence}, Tag {day}"}
    try:
        words.set_translator(lambda template: german.get(template, template))
        with pytest.raises(pf.ProjectFileError) as info:
            pf.loads(_json.dumps(data))
        assert str(info.value) == ("Als Folge 1, Tag 2 (sequences[0].values[1]) wäre eine Zahl "
                                   "nötig: eine Liste")
    finally:
        words.set_translator(None)
    with pytest.raises(pf.ProjectFileError) as info:
        pf.loads(_json.dumps(data))
    assert str(info.value) == "sequence 1, day 2 (sequences[0].values[1]) must be a number, not a list"

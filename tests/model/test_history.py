"""The run history: exact rows, bounded memory on long runs, the latest row always exact."""

from __future__ import annotations

import csv

import numpy as np

from rnngui.engine import TrainConfig, run_to_end
from rnngui.model.history import COLUMNS, N_COLUMNS, RunHistory, records_to_rows
from rnngui.model.presets import statland


def _rows(first: int, n: int) -> np.ndarray:
    rows = np.zeros((n, N_COLUMNS))
    rows[:, 0] = np.arange(first, first + n)
    rows[:, 1] = rows[:, 0] ** 0.5
    return rows


def test_records_become_rows_field_by_field():
    doc = statland()
    sequences, targets = doc.training_data()
    records, _ = run_to_end(doc.params, sequences, targets, TrainConfig(0.05, 3))
    rows = records_to_rows(records)
    assert rows.shape == (3, len(COLUMNS))
    for row, r in zip(rows, records):
        expected = (r.step, r.loss, *r.grads.as_tuple(), *r.params.as_tuple(), r.step_size)
        assert tuple(row) == expected


def test_a_million_steps_stay_within_capacity():
    history = RunHistory(capacity=10_000)
    for first in range(1, 1_000_001, 2_500):
        history.append(_rows(first, 2_500))
    assert len(history) <= 10_000
    assert history.last[0] == 1_000_000
    steps = history.column(0)
    assert np.all(np.diff(steps) > 0)
    assert np.all(steps % history.stride == 0)
    assert history.drawable()[-1, 0] == 1_000_000  # the exact latest row is drawn


def test_clear_and_csv(tmp_path):
    history = RunHistory(capacity=100)
    history.append(_rows(1, 250))
    path = tmp_path / "run.csv"
    history.write_csv(str(path))
    with open(path) as f:
        table = list(csv.reader(f))
    assert tuple(table[0]) == COLUMNS
    assert int(table[-1][0]) == 250
    assert float(table[1][1]) == history.rows[0, 1]
    history.clear()
    assert len(history) == 0 and history.last is None and history.stride == 1

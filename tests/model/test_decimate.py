"""Peak decimation of a live run: incremental work gives the same curve as starting over."""

from __future__ import annotations

import numpy as np

from rnngui.model.decimate import PeakDecimator, block_peaks, block_size, peak_decimate
from rnngui.model.history import N_COLUMNS, RunHistory


def _table(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    table = np.zeros((n, N_COLUMNS))
    table[:, 0] = np.arange(1, n + 1)
    table[:, 1:] = rng.normal(size=(n, N_COLUMNS - 1)) * np.exp(rng.normal(size=(n, 1)) * 5)
    return table


def _from_scratch(table: np.ndarray, columns: list[int], stable: int):
    return PeakDecimator().update(table, columns, stable, key="fresh")


def test_growing_table_chunk_by_chunk_matches_a_fresh_decimation():
    table = _table(40_000)
    columns = [1, 2, 3, 4, 5]
    decimator = PeakDecimator()
    n = 0
    rng = np.random.default_rng(1)
    while n < len(table):
        n = min(len(table), n + int(rng.integers(1, 700)))
        stable = n - 1  # the last row is the provisional "latest" one
        xs, ys = decimator.update(table[:n], columns, stable, key=7)
        fx, fy = _from_scratch(table[:n], columns, stable)
        np.testing.assert_array_equal(xs, fx)
        np.testing.assert_array_equal(ys, fy)
        assert len(xs) <= 1_000 + block_size(n)  # bounded: blocks plus one block's tail
    # the summaries started over only when the block size doubled: about log2(40000/1000) times
    assert decimator.rebuilds <= 8


def test_each_block_keeps_its_lowest_and_highest_value():
    table = _table(20_000, seed=3)
    xs, ys = PeakDecimator().update(table, [2], stable=len(table), key=0)
    k = block_size(len(table))
    whole = len(table) // k * k
    blocks = table[:whole, 2].reshape(-1, k)
    np.testing.assert_array_equal(ys[: 2 * len(blocks):2, 0], np.where(
        blocks.argmin(1) < blocks.argmax(1), blocks.min(1), blocks.max(1)))
    assert ys[:, 0].max() == table[:, 2].max() and ys[:, 0].min() == table[:, 2].min()
    assert np.all(np.diff(xs[:, 0]) > 0)  # still in step order


def test_a_new_key_or_a_shorter_table_starts_again():
    table = _table(5_000)
    decimator = PeakDecimator()
    decimator.update(table, [1], len(table), key=1)
    before = decimator.rebuilds
    other = _table(5_000, seed=9)
    xs, ys = decimator.update(other, [1], len(other), key=2)  # e.g. the history was thinned
    assert decimator.rebuilds == before + 1
    np.testing.assert_array_equal(ys, _from_scratch(other, [1], len(other))[1])
    decimator.update(other[:3_000], [1], 3_000, key=2)
    assert decimator.rebuilds == before + 2


def test_prepare_maps_values_before_the_extremes_are_chosen():
    table = _table(8_000, seed=5)
    _, ys = PeakDecimator().update(table, [3], len(table), key=0, prepare=np.abs)
    assert ys.min() >= 0 and ys.max() == np.abs(table[:, 3]).max()


def test_non_finite_values_never_hide_a_block_extreme():
    x = np.arange(10.0)
    y = np.array([[1.0], [np.nan], [np.inf], [5.0], [-2.0], [np.nan], [0.0], [3.0], [7.0], [1.0]])
    _xs, ys = block_peaks(x, y, 5)
    assert list(ys[:2, 0]) == [5.0, -2.0]  # block 1: highest 5 then lowest -2, in step order
    assert list(ys[2:, 0]) == [0.0, 7.0]


def test_the_run_history_drives_the_decimator_without_copies():
    history = RunHistory(capacity=4_000)
    decimator = PeakDecimator()
    for first in range(1, 60_001, 1_500):
        history.append(_table(1_500)[:, :] + np.r_[first - 1, np.zeros(N_COLUMNS - 1)])
        rows = history.drawable()
        xs, ys = decimator.update(rows, [1], len(history), history.generation)
        full_x, full_y = peak_decimate(rows[:, 0], rows[:, 1])
        assert xs[-1, 0] == rows[-1, 0] == history.last[0]
        assert ys[:, 0].max() == full_y.max() and ys[:, 0].min() == full_y.min()

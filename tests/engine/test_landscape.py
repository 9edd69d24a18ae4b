"""The landscape grid and the unroll experiment agree with loss_and_grads / input_sensitivity."""

from __future__ import annotations

import numpy as np
import pytest

from rnngui.engine import LESSON_PARAMS, RNNParams, loss_and_grads
from rnngui.engine.landscape import (
    lesson_readouts,
    ssr_at_points,
    ssr_over_grid,
    unroll_experiment,
)
from rnngui.engine.multi import train_many
from rnngui.engine.train import TrainConfig, run_to_end

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid", "identity"])
def test_two_parameter_grid_matches_loss_and_grads_at_sampled_points(activation):
    seqs, targets = [[0.2, 0.9, 0.4], [1.0, 0.5], [0.3]], [0.7, 0.1, 0.5]
    w1 = np.linspace(-2, 3, 41)
    w2 = np.linspace(-1.5, 2.5, 37)
    grid = ssr_over_grid(LESSON_PARAMS, seqs, targets, {"w1": w1, "w2": w2}, activation)
    assert grid.shape == (41, 37)
    rng = np.random.default_rng(3)
    for i, j in rng.integers(0, [41, 37], size=(25, 2)):
        expected, _ = loss_and_grads(LESSON_PARAMS.replace(w1=w1[i], w2=w2[j]), seqs, targets,
                                     activation)
        assert grid[i, j] == pytest.approx(expected, rel=1e-12, abs=1e-14)


def test_one_parameter_grid_on_statland():
    b2 = np.linspace(-1, 1, 21)
    curve = ssr_over_grid(LESSON_PARAMS, *STATLAND, {"b2": b2})
    for k in (0, 7, 20):
        assert curve[k] == pytest.approx(loss_and_grads(LESSON_PARAMS.replace(b2=b2[k]), *STATLAND)[0])


def test_grid_rejects_three_axes_and_unknown_names():
    with pytest.raises(ValueError):
        ssr_over_grid(LESSON_PARAMS, *STATLAND, {"w1": [0], "w2": [0], "b1": [0]})
    with pytest.raises(ValueError):
        ssr_over_grid(LESSON_PARAMS, *STATLAND, {"w9": [0]})


def test_lesson_readouts_are_the_lessons_numbers():
    values = {formula: value for _, formula, value in lesson_readouts()}
    assert values == {"2^4": 16.0, "2^50": 2.0**50, "0.5^50": 0.5**50}
    assert f"{values['2^50']:.5g}" == "1.1259e+15"
    assert f"{values['0.5^50']:.5g}" == "8.8818e-16"


def test_unroll_experiment_follows_w2_to_the_n():
    params = RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0)
    data = unroll_experiment(params, np.arange(1, 61))
    np.testing.assert_array_equal(data["dpred/dx1"], 2.0 ** np.arange(1, 61))
    np.testing.assert_array_equal(data["w2^N"], 2.0 ** np.arange(1, 61))
    assert data["dpred/dx1"][3] == 16.0  # unrolled 4 times
    # |dSSR/dw2| grows even faster: the prediction itself is huge and so is its derivative
    assert np.all(np.diff(np.log(data["dSSR/dw2"])) > 0)
    vanishing = unroll_experiment(params.replace(w2=0.5), [50])
    assert vanishing["dpred/dx1"][0] == 0.5**50


def test_unroll_experiment_shows_relu_switching_copies_off():
    # w2 = -2 with inputs all 1: the second copy's sum is 1 - 2 = -1, ReLU switches it off,
    # so the first input never reaches the prediction, unlike |w2|^N suggests
    data = unroll_experiment(RNNParams(1.0, -2.0, 0.0, 1.0, 0.0), [1, 2, 3])
    assert data["dpred/dx1"][0] == 0.0
    assert data["w2^N"][0] == 2.0


def test_train_many_equals_separate_runs():
    configs = [TrainConfig(0.1, 50), TrainConfig(0.02, 50, clip=0.5), TrainConfig(0.3, 50)]
    starts = [LESSON_PARAMS.replace(w2=w) for w in (-0.2, 0.4, 1.1)]
    steps = list(train_many(starts, *STATLAND, configs))
    assert len(steps) == 50
    for k, (start, config) in enumerate(zip(starts, configs)):
        alone, _ = run_to_end(start, *STATLAND, config)
        together = [records[k] for records in steps]
        assert [r.params for r in together] == [r.params for r in alone]


def test_ssr_at_points_matches_loss_and_grads_row_by_row():
    rng = np.random.default_rng(11)
    points = rng.normal(size=(30, 5))
    seqs, targets = [[0.2, 0.9, 0.4], [1.0, 0.5]], [0.7, 0.1]
    got = ssr_at_points(points, seqs, targets, "tanh")
    for row, value in zip(points, got):
        assert value == pytest.approx(loss_and_grads(RNNParams(*row), seqs, targets, "tanh")[0])

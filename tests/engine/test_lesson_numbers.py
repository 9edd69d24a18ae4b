"""The numbers LESSON.md states, computed by the engine (the app never hard-codes them)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from rnngui.engine import (
    ACTIVATIONS,
    LESSON_PARAMS,
    PARAM_NAMES,
    RNNParams,
    TrainConfig,
    forward,
    input_sensitivity,
    loss_and_grads,
    predict,
    random_params,
    run_to_end,
    w2_share_of_gradient,
)

# Section 2: yesterday, today -> tomorrow, prices scaled low = 0, medium = 0.5, high = 1.
STATLAND_RULES = [((0.0, 0.0), 0.0), ((0.0, 0.5), 1.0), ((1.0, 0.5), 0.0), ((1.0, 1.0), 1.0)]
STATLAND = ([list(x) for x, _ in STATLAND_RULES], [t for _, t in STATLAND_RULES])


@pytest.mark.parametrize(("xs", "target"), STATLAND_RULES)
def test_lesson_params_predict_the_statland_rules(xs, target):
    assert LESSON_PARAMS == RNNParams(w1=1.8, w2=-0.5, b1=0.0, w3=1.1, b2=0.0)
    assert abs(predict(LESSON_PARAMS, xs) - target) <= 0.011


def test_lesson_params_ssr_is_small_but_not_zero():
    # The two "high tomorrow" rules come out as 0.99 each: SSR = 2 * 0.01^2.
    ssr, _ = loss_and_grads(LESSON_PARAMS, *STATLAND)
    assert ssr == pytest.approx(2e-4, rel=1e-9)


def test_training_from_a_seeded_start_learns_the_statland_rules():
    start = random_params(1)
    records, end = run_to_end(start, *STATLAND, TrainConfig(learning_rate=0.1, max_steps=3000))
    assert end.reason == "max_steps"
    learned = records[-1].params
    assert learned != start
    for xs, target in STATLAND_RULES:
        assert abs(predict(learned, xs) - target) <= 0.05, (xs, predict(learned, xs))
    # Like the video's picture, the feedback weight ends near -0.5 (it cancels yesterday's price).
    assert learned.w2 == pytest.approx(-0.5, abs=0.05)


def test_one_network_predicts_from_sequences_of_any_length():
    # Section 1: 9 days for one company, 5 for another; the same five numbers handle both, and the
    # gradient of the SSR is still five numbers however far the network is unrolled (section 5).
    nine, five = [0.1 * d for d in range(9)], [0.5, 0.4, 0.6, 0.7, 0.5]
    assert np.isfinite(predict(LESSON_PARAMS, nine)) and np.isfinite(predict(LESSON_PARAMS, five))
    for days in (2, 50):
        _, grads = loss_and_grads(LESSON_PARAMS, [[0.5] * days, nine, five], [1.0, 0.0, 1.0])
        assert len(grads.as_tuple()) == len(PARAM_NAMES) == 5


def test_unrolled_copies_one_per_input_only_last_output_counts():
    # Section 4: two inputs give two copies (two outputs, the first ignored); three give three.
    for n in (2, 3):
        trace = forward(LESSON_PARAMS, [1.0, 0.5, 1.0][:n])
        assert len(trace.outputs) == n
        assert trace.prediction == trace.outputs[-1]


# --- sections 6 and 7: what w2 does to the first input ------------------------------------------


def test_w2_of_2_unrolled_4_times_multiplies_the_first_input_by_16():
    params = RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0)
    sensitivity = input_sensitivity(params, [0.3, 0.1, 0.8, 0.5, 0.2])
    assert sensitivity[0] == 16.0  # exactly 2^4: the first input crosses four feedback loops


def test_w2_of_2_over_50_loops_gives_2_to_the_50():
    params = RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0)
    xs = [0.2 + 0.5 * ((7 * d) % 11) / 11 for d in range(51)]  # 51 positive prices
    sensitivity = input_sensitivity(params, xs)
    assert sensitivity[0] == 2.0**50
    assert sensitivity[0] == pytest.approx(1.13e15, rel=5e-3)  # "about 1.13e15"


def test_w2_of_half_over_50_loops_gives_half_to_the_50():
    params = RNNParams(w1=1.0, w2=0.5, b1=0.0, w3=1.0, b2=0.0)
    xs = [1.0 - 0.01 * d for d in range(51)]
    sensitivity = input_sensitivity(params, xs)
    assert sensitivity[0] == 0.5**50
    assert sensitivity[0] == pytest.approx(8.9e-16, rel=5e-3)  # "about 8.9e-16"


@pytest.mark.parametrize("w2", [2.0, 0.5, 1.0, 1.5])
@pytest.mark.parametrize("n", [1, 2, 5, 20, 51])
def test_whole_sensitivity_vector_is_w2_to_the_loops_crossed(w2, n):
    params = RNNParams(w1=1.0, w2=w2, b1=0.0, w3=1.0, b2=0.0)
    rng = random.Random(n)
    xs = [rng.uniform(0.05, 1.0) for _ in range(n)]
    expected = np.array([w2 ** (n - 1 - t) for t in range(n)])
    if w2 in (2.0, 0.5, 1.0):  # powers of two are exact in floating point
        np.testing.assert_array_equal(input_sensitivity(params, xs), expected)
    else:  # repeated multiplication may round differently from ** in the last bit
        np.testing.assert_allclose(input_sensitivity(params, xs), expected, rtol=1e-14)


def test_sensitivity_matches_finite_differences_of_the_prediction():
    params = RNNParams(w1=0.7, w2=-0.8, b1=0.3, w3=1.4, b2=-0.2)
    xs = [0.2, 0.9, 0.4, 0.6, 0.1]
    for activation in ACTIVATIONS:
        sensitivity = input_sensitivity(params, xs, activation)
        h = 1e-6
        for t in range(len(xs)):
            up, down = list(xs), list(xs)
            up[t] += h
            down[t] -= h
            numeric = (predict(params, up, activation) - predict(params, down, activation)) / (
                2 * h
            )
            assert sensitivity[t] == pytest.approx(numeric, rel=1e-6, abs=1e-9), (activation, t)


def test_a_switched_off_copy_blocks_the_earlier_inputs():
    # ReLU at a negative sum passes nothing back: every day before it has sensitivity 0.
    params = RNNParams(w1=1.0, w2=1.0, b1=0.0, w3=1.0, b2=0.0)
    sensitivity = input_sensitivity(params, [0.5, 0.5, -5.0, 0.5])
    np.testing.assert_array_equal(sensitivity, [0.0, 0.0, 0.0, 1.0])


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_w2_shares_add_up_to_dssr_dw2(activation):
    rng = random.Random(f"share-{activation}")
    for n in (1, 2, 7, 50):
        params = RNNParams(*(rng.uniform(-1.2, 1.2) for _ in range(5)))
        xs = [rng.uniform(0, 1) for _ in range(n)]
        target = rng.uniform(0, 1)
        shares = w2_share_of_gradient(params, xs, target, activation)
        _, grads = loss_and_grads(params, [xs], [target], activation)
        assert shares.shape == (n,)
        assert shares[0] == 0.0  # the first copy's feedback is y_0 = 0
        assert shares.sum() == pytest.approx(grads.w2, rel=1e-12, abs=1e-15)


def test_w2_shares_vanish_for_early_copies_when_w2_is_half():
    # The lesson's point in numbers: with w2 = 0.5 the early copies add almost nothing to dSSR/dw2.
    params = RNNParams(w1=1.0, w2=0.5, b1=0.0, w3=1.0, b2=0.0)
    xs = [1.0] * 50
    shares = np.abs(w2_share_of_gradient(params, xs, 0.0))
    assert shares[1] < 1e-13 * shares[-1]
    assert np.all(np.diff(shares[1:]) > 0)  # each later copy contributes more

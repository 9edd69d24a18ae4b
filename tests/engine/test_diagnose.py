"""Runs made to do each behaviour of the lesson, and the name ``diagnose`` gives each."""

from __future__ import annotations

import importlib

import pytest

from rnngui.engine import RNNParams, TrainConfig, diagnose, fmt, random_params, run_to_end
from rnngui.engine.diagnose import BOUNCING, CONVERGED, CONVERGING, DIVERGED, STALLING, WAITING

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])
ONES = RNNParams(w1=1.0, w2=1.0, b1=0.0, w3=1.0, b2=0.0)


def run(params, data, **config):
    cfg = TrainConfig(**config)
    records, end = run_to_end(params, *data, cfg)
    return records, end, diagnose(records, end, cfg.max_steps)


def test_the_kinds_are_the_module_constants():
    diagnose_module = importlib.import_module("rnngui.engine.diagnose")
    assert diagnose_module.CONVERGING == CONVERGING == "converging"
    assert (CONVERGED, BOUNCING, STALLING, DIVERGED, WAITING) == (
        "converged",
        "bouncing",
        "stalling",
        "diverged",
        "waiting",
    )


def test_waiting_before_the_run_has_steps():
    records, _, _ = run(random_params(1), STATLAND, learning_rate=0.1, max_steps=2)
    assert diagnose([]).kind == WAITING
    assert diagnose(records).kind == WAITING


def test_statland_early_in_a_run_is_converging():
    records, end, d = run(random_params(1), STATLAND, learning_rate=0.1, max_steps=40)
    assert records[-1].loss < 0.5 * records[0].loss
    assert d.kind == CONVERGING
    assert d.message.startswith("Converging")
    assert fmt(records[-1].loss) in d.message and "step 40" in d.message
    # the same run looked at mid-way, while it is still going, says the same
    assert diagnose(records[:25]).kind == CONVERGING


def test_statland_after_long_training_is_converged():
    records, end, d = run(random_params(1), STATLAND, learning_rate=0.1, max_steps=3000)
    assert records[-1].loss < 1e-10
    assert d.kind == CONVERGED
    assert d.message.startswith("Converged") and "fits the data" in d.message


def test_a_minimum_above_zero_is_converged_not_stalling():
    # The same sequence can't lead to both 0 and 1: SSR cannot fall below 0.5. Once gradient
    # descent sits at that minimum, the steps are rounding noise (back and forth, or none at all),
    # which is not the lesson's vanishing gradient.
    data = ([[1, 0.5], [1, 0.5], [0, 1]], [0.0, 1.0, 0.3])
    for activation in ("identity", "tanh", "relu"):
        start = RNNParams(w1=0.6888, w2=0.5159, b1=0.0, w3=-0.1589, b2=0.0)
        records, end, d = run(start, data, learning_rate=0.1, max_steps=3000, activation=activation)
        assert records[-1].loss == 0.5 or abs(records[-1].loss - 0.5) < 1e-12
        assert d.kind == CONVERGED, (activation, d.message)
        assert d.message.startswith("Converged") and "vanishing" not in d.message


def test_exploding_gradients_over_50_days_make_the_loss_bounce():
    # The lesson's section 6 in a run: 50 days, w2 starts above 1 (1.05) and only w2 is trained.
    # The best w2 is 1.0259 (1 + w2 + ... + w2^49 = 100), but near it dSSR/dw2 reaches ~3e5, so
    # with learning rate 2e-7 every step overshoots: w2 jumps between ~0.98 and ~1.04 for good.
    records, end, d = run(
        ONES.replace(w2=1.05),
        ([[1.0] * 50], [100.0]),
        learning_rate=2e-7,
        max_steps=300,
        trainable=("w2",),
    )
    assert end.reason == "max_steps"
    losses = [r.loss for r in records[-100:]]
    assert max(losses) > 100 * min(losses)  # up and down, not settling
    w2s = [r.params.w2 for r in records[-100:]]
    assert min(w2s) < 1.0259 < max(w2s)  # on both sides of the optimum
    assert d.kind == BOUNCING
    assert d.message.startswith("Bouncing")
    assert "exploding" in d.message and "dSSR/dw2" in d.message
    # a learning rate 10 times smaller settles on the optimum instead
    calm_records, _, calm = run(
        ONES.replace(w2=1.05),
        ([[1.0] * 50], [100.0]),
        learning_rate=2e-8,
        max_steps=300,
        trainable=("w2",),
    )
    assert calm.kind in (CONVERGED, CONVERGING)
    assert calm_records[-1].params.w2 == pytest.approx(1.0259, abs=1e-4)


def test_small_gradient_bouncing_does_not_blame_exploding_gradients():
    # ReLU zig-zagging across its kink: the loss wobbles, but |gradient| is below 1.
    data = ([[1, 0.5], [1, 0.5], [0, 1]], [0.0, 1.0, 0.3])
    records, end, d = run(random_params(1), data, learning_rate=0.1, max_steps=500)
    assert d.kind == BOUNCING
    assert max(abs(g) for r in records[-100:] for g in r.grads.as_tuple()) < 1
    assert "exploding" not in d.message and "learning rate" in d.message


def test_vanishing_gradients_over_50_days_stall():
    # The lesson's section 7 in a run: w2 = 0.5, and the target depends on the first of 50 days
    # only. 0.5^49 of that first day reaches the prediction, so dSSR/dw2 is ~3.5e-13.
    days = 50
    data = ([[1.0] + [0.0] * (days - 1), [0.0] * days], [1.0, 0.0])
    records, end, d = run(
        ONES.replace(w2=0.5), data, learning_rate=0.01, max_steps=2000, trainable=("w2",)
    )
    assert end.reason == "max_steps" and len(records) == 2000
    assert abs(records[-1].loss - 1.0) < 1e-9  # the loss does not move from ~1
    assert max(r.step_size for r in records) < 1e-14  # steps of ~3.5e-15
    assert records[-1].params.w2 - 0.5 < 1e-10  # w2 has barely moved after 2,000 steps
    assert d.kind == STALLING
    assert d.message.startswith("Stalling")
    assert "vanishing" in d.message and "max steps" in d.message and "w2" in d.message
    assert "2,000 of 2,000" in d.message


def test_vanishing_gradients_stall_with_every_parameter_trainable():
    # b2 learns the average quickly (SSR 0.5); learning the first day's effect would need w2, w1,
    # w3 to carry it across 49 loops: the steps are ~1e-14 and all go the same way.
    days = 50
    data = ([[1.0] + [0.0] * (days - 1), [0.0] * days], [1.0, 0.0])
    records, end, d = run(ONES.replace(w2=0.5), data, learning_rate=0.01, max_steps=2000)
    assert abs(records[-1].loss - 0.5) < 1e-6
    assert d.kind == STALLING and "vanishing" in d.message


def test_a_dead_relu_stalls_and_is_not_called_vanishing():
    # w1 < 0: with prices >= 0 every sum is <= 0, ReLU outputs 0 everywhere and only b2 can learn
    # (to 0.5, SSR 1). The gradients of w1, w2, b1, w3 are exactly 0.
    start = RNNParams(w1=-0.6, w2=0.3, b1=0.0, w3=0.8, b2=0.0)
    records, end, d = run(start, STATLAND, learning_rate=0.1, max_steps=1000)
    assert records[-1].loss == 1.0
    assert all(g == 0 for r in records for g in r.grads.as_tuple()[:4])
    assert d.kind == STALLING
    assert "dead" in d.message and "vanishing" not in d.message


def test_diverged_runs_are_named_with_the_step():
    # Identity activation, w2 = 2 over 50 days: dSSR/dw2 ~ 6e31, one step throws w2 to ~ -6e29,
    # and the next forward pass overflows.
    records, end, d = run(
        ONES.replace(w2=2.0),
        ([[1.0] * 50], [1.0]),
        learning_rate=0.01,
        max_steps=200,
        activation="identity",
    )
    assert end.reason == "diverged"
    assert d.kind == DIVERGED
    assert d.message.startswith("Diverged") and f"step {end.step:,}" in d.message
    assert "clipping" in d.message


def test_clipping_fixes_the_diverging_run():
    # The lesson's standard fix: the same run with the gradient clipped to 1 does not overflow.
    records, end, d = run(
        ONES.replace(w2=2.0),
        ([[1.0] * 50], [1.0]),
        learning_rate=0.01,
        max_steps=200,
        activation="identity",
        clip=1.0,
    )
    assert end.reason == "max_steps"
    assert d.kind != DIVERGED
    assert records[-1].loss < records[0].loss


def test_fmt_keeps_about_four_digits():
    assert fmt(0.0) == "0"
    assert fmt(1.23456) == "1.235"
    assert fmt(2.0**50) == "1.13e15"
    assert fmt(0.5**50) == "8.88e-16"
    assert fmt(float("inf")) == "inf"

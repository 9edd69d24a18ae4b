"""Gradient descent as ``train`` runs it: a record per step, the exact update rules, the guards."""

from __future__ import annotations

import math
import warnings

import pytest

from rnngui.engine import (
    ACTIVATIONS,
    LESSON_PARAMS,
    PARAM_NAMES,
    Hyper,
    RNNParams,
    StepRecord,
    TrainConfig,
    TrainEnd,
    loss_and_grads,
    random_params,
    run_to_end,
    train,
)

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])
START = RNNParams(w1=0.9, w2=0.3, b1=0.1, w3=0.8, b2=0.05)


def minus(p: RNNParams, lr: float, v) -> RNNParams:
    return RNNParams(*(pi - lr * vi for pi, vi in zip(p.as_tuple(), v, strict=True)))


def test_yields_exactly_max_steps_records_numbered_from_one():
    records, end = run_to_end(START, *STATLAND, TrainConfig(learning_rate=0.05, max_steps=37))
    assert [r.step for r in records] == list(range(1, 38))
    assert all(isinstance(r, StepRecord) for r in records)
    assert (end.reason, end.step) == ("max_steps", 37)


def test_zero_steps_yields_nothing():
    records, end = run_to_end(START, *STATLAND, TrainConfig(max_steps=0))
    assert records == [] and end.reason == "max_steps"


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_each_record_is_plain_sgd_on_the_true_gradient(activation):
    lr = 0.07
    config = TrainConfig(learning_rate=lr, max_steps=25, activation=activation)
    records, _ = run_to_end(START, *STATLAND, config)
    before = START
    for r in records:
        # loss and grads are taken at the parameters before the step (the previous record's)
        loss, grads = loss_and_grads(before, *STATLAND, activation)
        assert r.loss == loss
        assert r.grads == grads
        assert r.params == minus(before, lr, grads.as_tuple())
        assert r.step_size == pytest.approx(math.dist(r.params.as_tuple(), before.as_tuple()))
        assert not r.clipped
        before = r.params
    assert records[-1].loss < records[0].loss  # and it actually learns


def test_momentum_by_hand_for_three_steps():
    lr, mu = 0.05, 0.9
    records, _ = run_to_end(
        START, *STATLAND, TrainConfig(learning_rate=lr, momentum=mu, max_steps=3)
    )
    p, v = START, [0.0] * 5
    for r in records:
        _, g = loss_and_grads(p, *STATLAND)
        v = [mu * vi + gi for vi, gi in zip(v, g.as_tuple(), strict=True)]  # v = mu * v + g
        p = minus(p, lr, v)  # p -= lr * v
        assert r.params.as_tuple() == pytest.approx(p.as_tuple(), rel=1e-14, abs=1e-15)
    # step 1 is plain SGD (v starts at 0), step 2 already differs from it
    _, g1 = loss_and_grads(START, *STATLAND)
    assert records[0].params == minus(START, lr, g1.as_tuple())
    _, g2 = loss_and_grads(records[0].params, *STATLAND)
    assert records[1].params != minus(records[0].params, lr, g2.as_tuple())


def test_momentum_matches_torch_optim_sgd():
    torch = pytest.importorskip("torch")
    lr, mu, steps = 0.03, 0.8, 40
    records, _ = run_to_end(
        START, *STATLAND, TrainConfig(learning_rate=lr, momentum=mu, max_steps=steps)
    )
    theta = torch.nn.Parameter(torch.tensor(START.as_tuple(), dtype=torch.float64))
    optimizer = torch.optim.SGD([theta], lr=lr, momentum=mu)
    for r in records:
        _, g = loss_and_grads(RNNParams(*theta.detach().tolist()), *STATLAND)
        theta.grad = torch.tensor(g.as_tuple(), dtype=torch.float64)
        optimizer.step()
        assert r.params.as_tuple() == pytest.approx(theta.detach().tolist(), rel=1e-12, abs=1e-14)


def test_clipping_limits_the_gradient_norm_of_trainable_params():
    lr, clip = 0.1, 0.5
    records, _ = run_to_end(
        START, *STATLAND, TrainConfig(learning_rate=lr, max_steps=200, clip=clip)
    )
    before, saw_clipped, saw_unclipped = START, False, False
    for r in records:
        norm = math.hypot(*r.grads.as_tuple())
        if norm > clip:
            saw_clipped = True
            assert r.clipped
            expected = minus(before, lr * clip / norm, r.grads.as_tuple())
            assert r.step_size == pytest.approx(lr * clip, rel=1e-12)
        else:
            saw_unclipped = True
            assert not r.clipped
            expected = minus(before, lr, r.grads.as_tuple())
        assert r.params.as_tuple() == pytest.approx(expected.as_tuple(), rel=1e-13, abs=1e-15)
        before = r.params
    assert saw_clipped and saw_unclipped  # the run crosses from clipped to unclipped steps


def test_clipping_uses_only_the_trainable_gradient():
    lr, clip = 0.1, 0.01
    config = TrainConfig(learning_rate=lr, max_steps=1, clip=clip, trainable=("w2", "w3"))
    (r,), _ = run_to_end(START, *STATLAND, config)
    _, g = loss_and_grads(START, *STATLAND)
    norm = math.hypot(g.w2, g.w3)
    assert norm > clip and r.clipped
    assert r.params.w2 == pytest.approx(START.w2 - lr * clip * g.w2 / norm, rel=1e-14)
    assert r.params.w3 == pytest.approx(START.w3 - lr * clip * g.w3 / norm, rel=1e-14)
    assert (r.params.w1, r.params.b1, r.params.b2) == (START.w1, START.b1, START.b2)
    assert r.grads == g  # the record keeps the true gradient, not the clipped one


def test_clipping_tames_a_gradient_beyond_1e154():
    # w2 = 3 over 170 days: dSSR/dw2 is about 1e164, finite, but its square overflows. Clipping is
    # the lesson's fix for exploding gradients, so it must still take a step of exactly lr * clip.
    start = RNNParams(w1=1.0, w2=3.0, b1=0.0, w3=1.0, b2=0.0)
    data = ([[1.0] * 170], [0.0])
    _, g = loss_and_grads(start, *data)
    assert math.isfinite(g.w2) and abs(g.w2) > 1e160
    config = TrainConfig(learning_rate=0.01, max_steps=3, clip=1.0, trainable=("w2",))
    records, end = run_to_end(start, *data, config)
    assert end.reason == "max_steps"
    assert [r.params.w2 for r in records] == pytest.approx([2.99, 2.98, 2.97], rel=1e-12)
    assert all(r.clipped and r.step_size == pytest.approx(0.01) for r in records)


def test_untrainable_params_never_move():
    config = TrainConfig(learning_rate=0.05, max_steps=100, trainable=("w2",))
    records, _ = run_to_end(START, *STATLAND, config)
    assert len(records) == 100
    for r in records:
        for name in PARAM_NAMES:
            if name != "w2":
                assert getattr(r.params, name) == getattr(START, name)
    assert records[-1].params.w2 != START.w2


@pytest.mark.parametrize("activation", ["relu", "identity", "tanh", "sigmoid"])
@pytest.mark.parametrize("n_sequences", [1, 3])  # 3 x 300 steps takes the NumPy "wide" path
def test_overflow_returns_inf_or_nan_without_warnings(activation, n_sequences):
    params = RNNParams(w1=1.0, w2=1e6, b1=0.0, w3=1.0, b2=0.0)
    seqs = [[1.0 - 0.001 * t for t in range(300)] for _ in range(n_sequences)]
    targets = [0.5] * n_sequences
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss, grads = loss_and_grads(params, seqs, targets, activation)
    if activation in ("relu", "identity"):
        # y grows a millionfold per day: past day 52 it is beyond any float
        assert not math.isfinite(loss)
    else:
        # tanh and sigmoid saturate: the loss stays finite, the numbers are still returned
        assert math.isfinite(loss)
    assert len(grads.as_tuple()) == 5


def test_huge_learning_rate_diverges_cleanly():
    config = TrainConfig(learning_rate=1e300, max_steps=100)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        records, end = run_to_end(LESSON_PARAMS, *STATLAND, config)
    assert end.reason == "diverged"
    assert end.step == len(records) + 1 < 100
    assert end.detail
    assert records  # the first step was finite and is kept
    for r in records:
        assert math.isfinite(r.loss) and r.grads.is_finite() and r.params.is_finite()
        assert math.isfinite(r.step_size)


def test_the_generator_return_value_says_why_it_stopped():
    config = TrainConfig(learning_rate=1e300, max_steps=100)
    passed_in = TrainEnd()
    gen = train(LESSON_PARAMS, *STATLAND, config, end=passed_in)
    yielded = []
    with pytest.raises(StopIteration) as stop:
        while True:
            yielded.append(next(gen))
    assert stop.value.value is passed_in
    assert passed_in.reason == "diverged" and passed_in.step == len(yielded) + 1

    gen = train(START, *STATLAND, TrainConfig(learning_rate=0.01, max_steps=2))
    next(gen), next(gen)
    with pytest.raises(StopIteration) as stop:
        next(gen)
    assert (stop.value.value.reason, stop.value.value.step) == ("max_steps", 2)


def test_overflow_inside_a_parameter_update_is_divergence():
    # The loss is finite but lr * dSSR/dw2 (1.5e308 * 1.26) is not: nothing non-finite is yielded.
    config = TrainConfig(learning_rate=1.5e308, max_steps=10)
    records, end = run_to_end(START, *STATLAND, config)
    assert end.reason == "diverged" and end.step == 1 and records == []
    assert "parameter" in end.detail


def test_hyper_changes_mid_run_take_effect():
    hyper = Hyper(learning_rate=0.05)
    gen = train(START, *STATLAND, TrainConfig(learning_rate=0.05, max_steps=20), hyper=hyper)
    records = [next(gen) for _ in range(5)]
    hyper.learning_rate = 0.005
    sixth = next(gen)
    assert sixth.params == minus(records[-1].params, 0.005, sixth.grads.as_tuple())
    assert records[-1].params == minus(records[-2].params, 0.05, records[-1].grads.as_tuple())
    hyper.clip = 1e-4
    seventh = next(gen)
    assert seventh.clipped and seventh.step_size == pytest.approx(0.005 * 1e-4, rel=1e-12)


def test_config_learning_rate_is_the_default_hyper():
    records, _ = run_to_end(START, *STATLAND, TrainConfig(learning_rate=0.2, max_steps=1))
    _, g = loss_and_grads(START, *STATLAND)
    assert records[0].params == minus(START, 0.2, g.as_tuple())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"learning_rate": -0.1}, "learning rate must be a positive"),
        ({"learning_rate": 0.0}, "learning rate must be a positive"),
        ({"learning_rate": float("nan")}, "learning rate must be a positive"),
        ({"momentum": 1.0}, "momentum must be at least 0 and below 1"),
        ({"momentum": -0.5}, "momentum must be at least 0 and below 1"),
        ({"trainable": ("w2", "w9")}, "unknown parameters to train: w9"),
        ({"max_steps": -1}, "max steps must be a whole number"),
        ({"max_steps": 2.5}, "max steps must be a whole number"),
        ({"clip": 0.0}, "clipping threshold must be a positive"),
        ({"activation": "softmax"}, "unknown activation 'softmax'"),
    ],
)
def test_train_config_rejects_bad_settings_with_a_message(kwargs, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(**kwargs)


def test_random_params_are_deterministic():
    assert random_params(3) == random_params(3)
    assert random_params(3) != random_params(4)
    assert len({random_params(seed) for seed in range(50)}) == 50
    for seed in range(50):
        p = random_params(seed, scale=0.5)
        assert p.b1 == 0.0 and p.b2 == 0.0
        # w1 positive so ReLU starts switched on for prices >= 0
        assert 0.25 <= p.w1 <= 0.75 and -0.5 <= p.w2 <= 0.5 and -0.75 <= p.w3 <= 0.75

"""The chapter's LSTM unit: forward pass, exact BPTT gradients, the chapter's numbers.

Gradients are checked three independent ways: central finite differences on many random cases,
PyTorch autograd of the same equations written out with float64 ops, and torch.nn.LSTM(1, 1)
with our weights mapped into it (the last two skipped when torch is not installed).
"""

from __future__ import annotations

import math
import random
import warnings

import numpy as np
import pytest

from rnngui.engine import CHAPTER_PARAMS, LSTMParams
from rnngui.engine.lstm import (
    COMPANIES,
    COMPANY_A,
    COMPANY_B,
    LSTM_PARAM_NAMES,
    forward,
    input_sensitivity,
    long_term_sensitivity,
    loss_and_grads,
    predict,
    random_params,
    raw_ssr_and_grads,
    short_term_sensitivity,
    ssr_at_points,
    ssr_over_grid,
    stretched_companies,
)
from rnngui.engine.rnn import prepare


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def reference_predict(p: LSTMParams, xs, bump_day: int = -1, bump_long=0.0, bump_short=0.0):
    """The chapter's equations once more, the slow obvious way, with an optional nudge to c or h
    after one day (to measure d prediction / d c_t and d h_t by finite differences)."""
    h = c = 0.0
    for t, x in enumerate(xs):
        f = sigmoid(p.wlr1 * h + p.wlr2 * x + p.blr1)
        i = sigmoid(p.wpr1 * h + p.wpr2 * x + p.bpr1)
        g = math.tanh(p.wp1 * h + p.wp2 * x + p.bp1)
        o = sigmoid(p.wo1 * h + p.wo2 * x + p.bo1)
        c = f * c + i * g
        if t == bump_day:
            c += bump_long
        h = o * math.tanh(c)
        if t == bump_day:
            h += bump_short
    return h


def random_case(rng: random.Random, lengths=None):
    params = LSTMParams(*(rng.uniform(-2.5, 2.5) for _ in LSTM_PARAM_NAMES))
    lengths = lengths or [rng.choice([1, 2, 3, 4, 5, 8, 13, 20, 60]) for _ in range(rng.randint(1, 3))]
    seqs = [[rng.uniform(-1.0, 1.5) for _ in range(n)] for n in lengths]
    targets = [rng.uniform(-1.0, 1.0) for _ in lengths]
    return params, seqs, targets


def ssr(values, seqs, targets) -> float:
    s, t = prepare(seqs, targets)
    return raw_ssr_and_grads(values, s, t)[0]


# --- the chapter -------------------------------------------------------------------------------


def test_chapter_params_are_the_chapters_numbers_in_order():
    assert LSTMParams.names == LSTM_PARAM_NAMES == (
        "wlr1", "wlr2", "blr1", "wpr1", "wpr2", "bpr1", "wp1", "wp2", "bp1", "wo1", "wo2", "bo1",
    )  # fmt: skip
    assert CHAPTER_PARAMS.as_tuple() == (
        2.70, 1.63, 1.62, 2.00, 1.65, 0.62, 1.41, 0.94, -0.32, 4.38, -0.19, 0.59,
    )  # fmt: skip


def test_chapter_params_predict_company_a_about_0_and_company_b_about_1():
    assert COMPANY_A == (0.0, 0.5, 0.25, 1.0) and COMPANY_B == (1.0, 0.5, 0.25, 1.0)
    assert COMPANIES == ((COMPANY_A, COMPANY_B), (0.0, 1.0))
    a, b = predict(CHAPTER_PARAMS, COMPANY_A), predict(CHAPTER_PARAMS, COMPANY_B)
    assert abs(a) < 0.1
    assert abs(b - 1.0) < 0.1
    assert a == forward(CHAPTER_PARAMS, COMPANY_A).prediction
    ssr_value, _ = loss_and_grads(CHAPTER_PARAMS, *COMPANIES)
    assert ssr_value == pytest.approx(a**2 + (1.0 - b) ** 2, rel=1e-15)


def test_stretched_companies_differ_only_on_day_1():
    (a, b), targets = stretched_companies()
    assert len(a) == len(b) == 51 and targets == (0.0, 1.0)
    assert (a[0], b[0]) == (0.0, 1.0) and a[1:] == b[1:]
    assert a[1:7] == (0.5, 0.25, 1.0, 0.5, 0.25, 1.0)
    assert stretched_companies(4) == COMPANIES
    assert stretched_companies(1) == (((0.0,), (1.0,)), (0.0, 1.0))
    with pytest.raises(ValueError):
        stretched_companies(0)


# --- the forward pass --------------------------------------------------------------------------


def test_forward_trace_follows_the_equations_day_by_day():
    xs = [0.3, -0.7, 1.2, 0.0, 0.5]
    p = random_params(4, scale=2.0)
    tr = forward(p, xs)
    n = len(xs)
    for name in ("forget", "input", "potential", "output", "long", "short", "long_in", "short_in",
                 "forget_sum", "input_sum", "potential_sum", "output_sum", "kept", "added"):
        assert getattr(tr, name).shape == (n,), name
    np.testing.assert_array_equal(tr.xs, xs)
    assert tr.long_in[0] == 0.0 and tr.short_in[0] == 0.0
    np.testing.assert_array_equal(tr.long_in[1:], tr.long[:-1])
    np.testing.assert_array_equal(tr.short_in[1:], tr.short[:-1])
    np.testing.assert_allclose(tr.forget_sum, p.wlr1 * tr.short_in + p.wlr2 * tr.xs + p.blr1)
    np.testing.assert_allclose(tr.output_sum, p.wo1 * tr.short_in + p.wo2 * tr.xs + p.bo1)
    np.testing.assert_allclose(tr.forget, 1 / (1 + np.exp(-tr.forget_sum)), rtol=1e-15)
    np.testing.assert_allclose(tr.potential, np.tanh(tr.potential_sum), rtol=1e-15)
    np.testing.assert_allclose(tr.long, tr.kept + tr.added, rtol=1e-15)
    np.testing.assert_allclose(tr.short, tr.output * np.tanh(tr.long), rtol=1e-15)
    assert tr.prediction == tr.short[-1] == pytest.approx(reference_predict(p, xs), rel=1e-14)


def test_an_empty_sequence_predicts_the_starting_short_term_memory():
    tr = forward(CHAPTER_PARAMS, [])
    assert tr.prediction == 0.0 and tr.long.shape == (0,)
    assert loss_and_grads(CHAPTER_PARAMS, [[]], [0.5]) == (0.25, LSTMParams())


# --- gradients ---------------------------------------------------------------------------------


def test_gradients_match_central_finite_differences_on_many_random_cases():
    rng = random.Random(2024)
    for case in range(120):
        params, seqs, targets = random_case(rng)
        _, grads = loss_and_grads(params, seqs, targets)
        values = list(params.as_tuple())
        for k, name in enumerate(LSTM_PARAM_NAMES):
            eps = 1e-6 * max(1.0, abs(values[k]))
            up, down = values.copy(), values.copy()
            up[k] += eps
            down[k] -= eps
            numeric = (ssr(up, seqs, targets) - ssr(down, seqs, targets)) / (2 * eps)
            assert getattr(grads, name) == pytest.approx(numeric, rel=1e-5, abs=1e-7), (case, name)


def test_lengths_1_and_60_match_finite_differences():
    rng = random.Random(5)
    for lengths in ([1], [60], [1, 60], [60, 1, 7]):
        params, seqs, targets = random_case(rng, lengths)
        _, grads = loss_and_grads(params, seqs, targets)
        values = list(params.as_tuple())
        for k, name in enumerate(LSTM_PARAM_NAMES):
            up, down = values.copy(), values.copy()
            up[k] += 1e-6
            down[k] -= 1e-6
            numeric = (ssr(up, seqs, targets) - ssr(down, seqs, targets)) / 2e-6
            assert getattr(grads, name) == pytest.approx(numeric, rel=1e-5, abs=1e-7), (lengths, name)


def test_sequences_of_different_lengths_in_one_call_add_up():
    rng = random.Random(9)
    params, seqs, targets = random_case(rng, [1, 4, 17, 60])
    total, grads = loss_and_grads(params, seqs, targets)
    parts = [loss_and_grads(params, [s], [t]) for s, t in zip(seqs, targets, strict=True)]
    assert total == pytest.approx(sum(p[0] for p in parts), rel=1e-14)
    summed = np.sum([p[1].as_tuple() for p in parts], axis=0)
    np.testing.assert_allclose(grads.as_tuple(), summed, rtol=1e-12, atol=1e-15)


def test_public_call_equals_the_hot_path():
    rng = random.Random(1)
    params, seqs, targets = random_case(rng)
    s, t = prepare(seqs, targets)
    loss, grads = loss_and_grads(params, np.array(seqs[0])[None, :], [targets[0]])
    assert (loss, *grads.as_tuple()) == raw_ssr_and_grads(params.as_tuple(), s[:1], t[:1])
    assert loss_and_grads(params, seqs, targets, "tanh") == loss_and_grads(params, seqs, targets)


def _torch_written_out(torch, values, seqs, targets):
    """The chapter's equations as torch float64 ops: autograd is the reference."""
    theta = torch.tensor(values, dtype=torch.float64, requires_grad=True)
    wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1 = theta
    loss = torch.zeros((), dtype=torch.float64)
    for xs, target in zip(seqs, targets, strict=True):
        h = torch.zeros((), dtype=torch.float64)
        c = torch.zeros((), dtype=torch.float64)
        for x in xs:
            f = torch.sigmoid(wlr1 * h + wlr2 * x + blr1)
            i = torch.sigmoid(wpr1 * h + wpr2 * x + bpr1)
            g = torch.tanh(wp1 * h + wp2 * x + bp1)
            o = torch.sigmoid(wo1 * h + wo2 * x + bo1)
            c = f * c + i * g
            h = o * torch.tanh(c)
        loss = loss + (target - h) ** 2
    loss.backward()
    return float(loss.detach()), theta.grad.tolist()


def test_gradients_match_torch_autograd_of_the_same_equations():
    torch = pytest.importorskip("torch")
    rng = random.Random(77)
    cases = [random_case(rng) for _ in range(25)]
    cases += [random_case(rng, [1]), random_case(rng, [60]), random_case(rng, [60, 1, 5])]
    cases.append((CHAPTER_PARAMS, *COMPANIES))
    for params, seqs, targets in cases:
        loss, grads = loss_and_grads(params, seqs, targets)
        t_loss, t_grads = _torch_written_out(torch, params.as_tuple(), seqs, targets)
        assert loss == pytest.approx(t_loss, rel=1e-10, abs=1e-10)
        np.testing.assert_allclose(grads.as_tuple(), t_grads, rtol=1e-10, atol=1e-10)


def _torch_lstm(torch, p: LSTMParams):
    """torch.nn.LSTM(1, 1) holding our weights: torch's gate order is i, f, g, o and it has two
    biases, so ours go in bias_ih and bias_hh is zero."""
    lstm = torch.nn.LSTM(1, 1, batch_first=True).double()
    with torch.no_grad():
        lstm.weight_ih_l0.copy_(torch.tensor([[p.wpr2], [p.wlr2], [p.wp2], [p.wo2]], dtype=torch.float64))
        lstm.weight_hh_l0.copy_(torch.tensor([[p.wpr1], [p.wlr1], [p.wp1], [p.wo1]], dtype=torch.float64))
        lstm.bias_ih_l0.copy_(torch.tensor([p.bpr1, p.blr1, p.bp1, p.bo1], dtype=torch.float64))
        lstm.bias_hh_l0.zero_()
    return lstm


def test_forward_and_gradients_match_torch_nn_lstm():
    torch = pytest.importorskip("torch")
    rng = random.Random(31)
    for n_days in (1, 4, 13, 60):
        params, seqs, targets = random_case(rng, [n_days, n_days])
        lstm = _torch_lstm(torch, params)
        x = torch.tensor(seqs, dtype=torch.float64).unsqueeze(-1)
        out, (h_n, c_n) = lstm(x)
        for k, xs in enumerate(seqs):
            tr = forward(params, xs)
            np.testing.assert_allclose(tr.short, out[k, :, 0].detach().numpy(), rtol=1e-12, atol=1e-14)
            assert tr.long[-1] == pytest.approx(float(c_n[0, k, 0].detach()), rel=1e-12, abs=1e-14)
        loss = ((torch.tensor(targets, dtype=torch.float64) - out[:, -1, 0]) ** 2).sum()
        loss.backward()
        ours, grads = loss_and_grads(params, seqs, targets)
        assert ours == pytest.approx(float(loss.detach()), rel=1e-12)
        w_ih, w_hh, b_ih = lstm.weight_ih_l0.grad[:, 0], lstm.weight_hh_l0.grad[:, 0], lstm.bias_ih_l0.grad
        # torch rows: i (pr), f (lr), g (p), o
        mapped = {"wpr2": w_ih[0], "wlr2": w_ih[1], "wp2": w_ih[2], "wo2": w_ih[3],
                  "wpr1": w_hh[0], "wlr1": w_hh[1], "wp1": w_hh[2], "wo1": w_hh[3],
                  "bpr1": b_ih[0], "blr1": b_ih[1], "bp1": b_ih[2], "bo1": b_ih[3]}
        for name, value in mapped.items():
            assert getattr(grads, name) == pytest.approx(float(value), rel=1e-10, abs=1e-12), name


def test_huge_weights_never_raise_or_warn():
    rng = random.Random(3)
    xs = [[1.0 - 0.01 * t for t in range(60)], [-3.0, 2.0, 1e200], [1e308, -1e308]]
    for scale in (1e3, 1e30, 1e300, 1.7e308):
        for _ in range(5):
            params = LSTMParams(*(rng.uniform(-scale, scale) for _ in LSTM_PARAM_NAMES))
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                loss, grads = loss_and_grads(params, xs, [0.5, -0.5, 0.0])
                forward(params, xs[1])
                input_sensitivity(params, xs[1])
                ssr_at_points(np.array([params.as_tuple()]), xs, [0.5, -0.5, 0.0])
            assert not math.isinf(loss)  # gates and memories are bounded: SSR stays bounded or NaN
            assert len(grads.as_tuple()) == 12
    inf = LSTMParams(*([math.inf] * 12))
    loss, grads = loss_and_grads(inf, [[1.0, 2.0]], [0.0])
    assert not math.isinf(loss)


# --- sensitivities (the canvas's backward view) ------------------------------------------------


def test_sensitivities_match_finite_differences():
    rng = random.Random(12)
    for n_days in (1, 4, 20):
        params, (xs,), _ = random_case(rng, [n_days])
        d_x = input_sensitivity(params, xs)
        d_long = long_term_sensitivity(params, xs)
        d_short = short_term_sensitivity(params, xs)
        assert d_x.shape == d_long.shape == d_short.shape == (n_days,)
        assert d_short[-1] == 1.0
        eps = 1e-6
        for t in range(n_days):
            up, down = list(xs), list(xs)
            up[t] += eps
            down[t] -= eps
            numeric = (reference_predict(params, up) - reference_predict(params, down)) / (2 * eps)
            assert d_x[t] == pytest.approx(numeric, rel=1e-6, abs=1e-9)
            numeric = (reference_predict(params, xs, t, bump_long=eps)
                       - reference_predict(params, xs, t, bump_long=-eps)) / (2 * eps)
            assert d_long[t] == pytest.approx(numeric, rel=1e-6, abs=1e-9)
            numeric = (reference_predict(params, xs, t, bump_short=eps)
                       - reference_predict(params, xs, t, bump_short=-eps)) / (2 * eps)
            assert d_short[t] == pytest.approx(numeric, rel=1e-6, abs=1e-9)


def test_day_1_reaches_the_chapters_prediction():
    # Company A and B differ only on day 1 and the chapter's LSTM tells them apart, so day 1 must
    # reach the prediction: along the long-term memory it arrives almost undiminished.
    d_long = long_term_sensitivity(CHAPTER_PARAMS, COMPANY_A)
    assert input_sensitivity(CHAPTER_PARAMS, COMPANY_A)[0] > 0.1
    assert d_long[0] > 0.5


# --- the rest of the cell ---------------------------------------------------------------------


def test_random_params_are_deterministic_and_small():
    assert random_params(3) == random_params(3) != random_params(4)
    assert len({random_params(seed) for seed in range(50)}) == 50
    for seed in range(20):
        assert all(abs(v) <= 0.5 for v in random_params(seed).as_tuple())


def test_landscape_grid_matches_loss_and_grads_at_sampled_points():
    seqs, targets = [[0.2, 0.9, 0.4], [1.0, 0.5], [0.3]], [0.7, 0.1, 0.5]
    a = np.linspace(-3, 3, 23)
    b = np.linspace(-2, 4, 19)
    grid = ssr_over_grid(CHAPTER_PARAMS, seqs, targets, {"wlr1": a, "bo1": b})
    assert grid.shape == (23, 19)
    rng = np.random.default_rng(3)
    for i, j in rng.integers(0, [23, 19], size=(20, 2)):
        expected, _ = loss_and_grads(CHAPTER_PARAMS.replace(wlr1=a[i], bo1=b[j]), seqs, targets)
        assert grid[i, j] == pytest.approx(expected, rel=1e-12, abs=1e-14)
    curve = ssr_over_grid(CHAPTER_PARAMS, *COMPANIES, {"wp2": a})
    assert curve.shape == (23,)
    assert curve[5] == pytest.approx(loss_and_grads(CHAPTER_PARAMS.replace(wp2=a[5]), *COMPANIES)[0])
    with pytest.raises(ValueError):
        ssr_over_grid(CHAPTER_PARAMS, *COMPANIES, {"w1": a})
    with pytest.raises(ValueError):
        ssr_over_grid(CHAPTER_PARAMS, *COMPANIES, {"wo1": a, "wo2": a, "bo1": a})


def test_ssr_at_points_matches_loss_and_grads_row_by_row():
    points = np.random.default_rng(11).normal(size=(30, 12))
    got = ssr_at_points(points, *COMPANIES)
    for row, value in zip(points, got, strict=True):
        assert value == pytest.approx(loss_and_grads(LSTMParams(*row), *COMPANIES)[0], rel=1e-12)

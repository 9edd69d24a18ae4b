"""The chain-rule receipt: a gradient as one term per (sequence, copy), the lesson's factors in
each, adding up to the engine's gradient, every term checked on its own against finite
differences and (when installed) PyTorch's autograd on untied copies of the parameter."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from rnngui.engine import ACTIVATIONS, LESSON_PARAMS, PARAM_NAMES, RNNParams, loss_and_grads
from rnngui.engine import rnn as rnn_module
from rnngui.engine.receipt import LOCAL, POWER, RESIDUAL, SLOPES, W3, chain_rule_receipt
from rnngui.model import presets

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])
ACT = {
    "relu": lambda s: max(s, 0.0),
    "tanh": math.tanh,
    "sigmoid": lambda s: 1.0 / (1.0 + math.exp(-s)),
    "identity": lambda s: s,
}


def random_case(rng: random.Random, activation: str, longest: int = 8):
    params = RNNParams(rng.uniform(0.3, 1.5), rng.uniform(-1.3, 1.3), rng.uniform(-0.3, 0.5),
                       rng.uniform(-1.5, 1.5), rng.uniform(-0.5, 0.5))
    n = rng.randint(1, 4)
    seqs = [[rng.uniform(0, 1) for _ in range(rng.randint(1, longest))] for _ in range(n)]
    targets = [rng.uniform(0, 1) for _ in range(n)]
    return params, seqs, targets


def untied_ssr(params: RNNParams, seqs, targets, activation: str, name: str, seq: int, copy: int,
               delta: float) -> float:
    """The SSR with ``name`` changed by ``delta`` in one copy of one sequence only: the
    derivative of this is exactly that copy's term."""
    f = ACT[activation]
    ssr = 0.0
    for s, (xs, target) in enumerate(zip(seqs, targets, strict=True)):
        y = 0.0
        last = len(xs) - 1
        for t, x in enumerate(xs):
            here = delta if (s == seq and t == copy) else 0.0
            w1 = params.w1 + (here if name == "w1" else 0.0)
            w2 = params.w2 + (here if name == "w2" else 0.0)
            b1 = params.b1 + (here if name == "b1" else 0.0)
            y = f(w1 * x + w2 * y + b1)
        here = delta if (s == seq and copy == last) else 0.0
        w3 = params.w3 + (here if name == "w3" else 0.0)
        b2 = params.b2 + (here if name == "b2" else 0.0)
        ssr += (target - (w3 * y + b2)) ** 2
    return ssr


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_terms_add_up_to_the_engines_gradient_bit_for_bit(activation):
    rng = random.Random(17)
    for _ in range(60):
        params, seqs, targets = random_case(rng, activation)
        _, grads = loss_and_grads(params, seqs, targets, activation)
        for name in PARAM_NAMES:
            receipt = chain_rule_receipt(params, seqs, targets, name, activation)
            assert receipt.gradient == getattr(grads, name)
            # the engine's own products in its own order: the same float, not just close
            assert receipt.sum_of_terms == receipt.gradient, (activation, name)
            scale = max(abs(receipt.gradient), sum(abs(k.value) for k in receipt.terms), 1e-300)
            assert abs(math.fsum(k.value for k in receipt.terms) - receipt.gradient) <= 1e-12 * scale


def test_one_term_per_copy_for_w1_w2_b1_and_per_sequence_for_w3_b2():
    seqs, targets = [[0.1, 0.2, 0.3], [0.5], [0.2, 0.4]], [0.3, 0.6, 0.1]
    params = RNNParams(0.9, 0.6, 0.05, 0.8, 0.1)
    for name in ("w1", "w2", "b1"):
        receipt = chain_rule_receipt(params, seqs, targets, name, names=["A", "B", "C"])
        assert [(k.sequence_name, k.copy) for k in receipt.terms] == [
            ("A", 0), ("A", 1), ("A", 2), ("B", 0), ("C", 0), ("C", 1)]
        assert [k.loops for k in receipt.terms] == [2, 1, 0, 0, 1, 0]
        assert receipt.terms_of(0)[0].path == (0, 1, 2)
    for name in ("w3", "b2"):
        receipt = chain_rule_receipt(params, seqs, targets, name)
        assert [(k.sequence, k.copy) for k in receipt.terms] == [(0, 2), (1, 0), (2, 1)]


def test_the_wide_backward_path_agrees_to_rounding():
    """Over 600 steps with tanh the engine's backward pass is one NumPy product: the terms are
    computed in the scalar way and agree with it to 1e-12."""
    rng = np.random.default_rng(3)
    seqs = [list(rng.uniform(0, 1, 400)), list(rng.uniform(0, 1, 300))]
    assert sum(map(len, seqs)) > rnn_module.WIDE_STEPS
    params = RNNParams(0.7, 0.95, 0.1, 1.2, -0.2)
    for activation in ("tanh", "sigmoid", "identity"):
        for name in PARAM_NAMES:
            receipt = chain_rule_receipt(params, seqs, [0.4, 0.8], name, activation)
            scale = sum(abs(k.value) for k in receipt.terms)
            assert abs(receipt.sum_of_terms - receipt.gradient) <= 1e-12 * scale, (activation, name)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_term_is_its_own_copys_derivative_by_finite_differences(activation):
    rng = random.Random(5)
    h = 1e-6
    for _ in range(8):
        params, seqs, targets = random_case(rng, activation, longest=5)
        for name in PARAM_NAMES:
            receipt = chain_rule_receipt(params, seqs, targets, name, activation)
            for term in receipt.terms:
                plus = untied_ssr(params, seqs, targets, activation, name, term.sequence,
                                  term.copy, h)
                minus = untied_ssr(params, seqs, targets, activation, name, term.sequence,
                                   term.copy, -h)
                numeric = (plus - minus) / (2 * h)
                assert term.value == pytest.approx(numeric, rel=1e-5, abs=1e-7), (name, term)
            total = (untied_ssr(params.replace(**{name: getattr(params, name) + h}), seqs,
                                targets, activation, name, -1, -1, 0.0)
                     - untied_ssr(params.replace(**{name: getattr(params, name) - h}), seqs,
                                  targets, activation, name, -1, -1, 0.0)) / (2 * h)
            assert receipt.sum_of_terms == pytest.approx(total, rel=1e-5, abs=1e-7)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_term_matches_torch_autograd_on_untied_copies(activation):
    torch = pytest.importorskip("torch")
    acts = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid,
            "identity": lambda s: s}
    rng = random.Random(11)
    for _ in range(10):
        params, seqs, targets = random_case(rng, activation)
        # one leaf per (sequence, copy) for each parameter: autograd's gradient of each leaf is
        # that copy's term of the shared parameter's gradient
        leaves = {name: [torch.full((len(xs),), getattr(params, name), dtype=torch.float64,
                                    requires_grad=True) for xs in seqs] for name in PARAM_NAMES}
        ssr = torch.zeros((), dtype=torch.float64)
        for s, (xs, target) in enumerate(zip(seqs, targets, strict=True)):
            y = torch.zeros((), dtype=torch.float64)
            for t, x in enumerate(xs):
                y = acts[activation](leaves["w1"][s][t] * x + leaves["w2"][s][t] * y
                                     + leaves["b1"][s][t])
            last = len(xs) - 1
            ssr = ssr + (target - (leaves["w3"][s][last] * y + leaves["b2"][s][last])) ** 2
        ssr.backward()
        for name in PARAM_NAMES:
            receipt = chain_rule_receipt(params, seqs, targets, name, activation)
            for term in receipt.terms:
                expected = float(leaves[name][term.sequence].grad[term.copy])
                assert term.value == pytest.approx(expected, rel=1e-12, abs=1e-15), (name, term)
            expected = sum(float(g.grad.sum()) for g in leaves[name])
            assert receipt.sum_of_terms == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_the_factors_are_the_lessons_and_multiply_to_the_term():
    rng = random.Random(2)
    for activation in ACTIVATIONS:
        params, seqs, targets = random_case(rng, activation)
        for name in ("w1", "w2", "b1"):
            receipt = chain_rule_receipt(params, seqs, targets, name, activation)
            for term in receipt.terms:
                kinds = [f.kind for f in term.factors]
                assert kinds == [RESIDUAL, W3, SLOPES, POWER, LOCAL]
                residual, w3, slopes, power, local = term.factors
                assert residual.value == pytest.approx(-2 * (term.target - term.prediction))
                assert w3.value == params.w3
                assert power.symbol == f"w2^{term.loops}"
                assert power.value == pytest.approx(params.w2 ** term.loops, rel=1e-14)
                assert slopes.value == pytest.approx(math.prod(term.slopes), rel=1e-14)
                xs = seqs[term.sequence]
                if name == "w1":
                    assert (local.symbol, local.value) == (f"x{term.copy + 1}", xs[term.copy])
                elif name == "b1":
                    assert (local.symbol, local.value) == ("1", 1.0)
                else:
                    assert local.symbol == f"y{term.copy}"
                assert term.product() == pytest.approx(term.value, rel=1e-12, abs=1e-300)


def test_relu_switched_off_cuts_the_path():
    """StatLand's first rule (0, 0): sum1 = 0, ReLU′ = 0 there, so day 1's terms are 0 and the
    receipt says where the path is cut."""
    receipt = chain_rule_receipt(LESSON_PARAMS, *STATLAND, "w1")
    first = receipt.terms[0]
    assert first.cut and first.value == 0.0
    slopes = first.factors[2]
    assert slopes.value == 0.0 and "= 0 in copy 1" in slopes.symbol


def test_the_lessons_exploding_number_is_day_ones_w2_power():
    """w2 = 2 and 51 days: the first day's term carries 2^50 ≈ 1.1259e15, and is the term that
    dominates dSSR/dw1; 2^50 times the last day's."""
    doc = presets.exploding()
    seqs, targets = doc.training_data()
    receipt = chain_rule_receipt(doc.params, seqs, targets, "w1", names=[s.name for s in
                                                                           doc.sequences])
    first_day = receipt.terms_of(0)[0]
    assert first_day.copies == 51 and first_day.loops == 50
    power = first_day.factors[3]
    assert power.symbol == "w2^50"
    assert power.value == 2.0 ** 50 == pytest.approx(1.1259e15, rel=1e-4)
    assert receipt.largest() is first_day
    assert first_day.share == pytest.approx(1.0)  # the other days have x = 0
    # the day-1-low sequence is all zeros: ReLU is off in every copy, nothing reaches back
    assert all(k.value == 0.0 and k.cut for k in receipt.terms_of(1))
    b1 = chain_rule_receipt(doc.params, seqs, targets, "b1")
    terms = b1.terms_of(0)
    assert terms[0].value / terms[-1].value == pytest.approx(2.0 ** 50)


def test_the_lessons_vanishing_number_is_day_ones_w2_power():
    doc = presets.vanishing()
    seqs, targets = doc.training_data()
    receipt = chain_rule_receipt(doc.params, seqs, targets, "b1")
    first_day = receipt.terms_of(0)[0]
    assert first_day.factors[3].value == 0.5 ** 50 == pytest.approx(8.8818e-16, rel=1e-4)
    assert abs(first_day.share) < 1e-15  # day 1 barely reaches the end
    assert receipt.largest().copy == 50  # the last day carries it all


def test_shares_and_refusals():
    params = RNNParams(0.9, 0.6, 0.05, 0.8, 0.1)
    receipt = chain_rule_receipt(params, [[0.2, 0.7, 0.4]], [0.9], "w2")
    assert math.fsum(k.share for k in receipt.terms) == pytest.approx(1.0)
    zero = chain_rule_receipt(RNNParams(), [[0.2, 0.7]], [0.0], "w1")
    assert zero.gradient == 0.0 and all(math.isnan(k.share) for k in zero.terms)
    with pytest.raises(ValueError, match="unknown parameter"):
        chain_rule_receipt(params, [[0.2]], [0.9], "w4")
    with pytest.raises(ValueError, match="unknown activation"):
        chain_rule_receipt(params, [[0.2]], [0.9], "w1", "softplus")
    with pytest.raises(ValueError, match="names"):
        chain_rule_receipt(params, [[0.2]], [0.9], "w1", names=["a", "b"])
    assert "w2^(T−t)" in receipt.formula()

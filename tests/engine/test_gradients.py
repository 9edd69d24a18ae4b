"""The engine's forward pass and its gradients, checked three independent ways.

1. Central finite differences of the SSR (about 200 random cases, every activation, mixed lengths).
2. A tiny scalar reverse-mode autodiff written here from the lesson's equations (no NumPy), which
   must agree with ``loss_and_grads`` to 1e-10, including long sequences that take the NumPy "wide"
   backward path of rnn.py.
3. PyTorch's nn.RNN + nn.Linear in float64 (skipped when torch is not installed).
"""

from __future__ import annotations

import math
import random
import warnings

import numpy as np
import pytest

from rnngui.engine import (
    ACTIVATIONS,
    LESSON_PARAMS,
    PARAM_NAMES,
    RNNParams,
    forward,
    loss_and_grads,
    predict,
)
from rnngui.engine import rnn as rnn_module

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])


# --- an independent reference: scalar reverse-mode autodiff (micrograd style) -------------------


class Var:
    """A number that remembers how it was made, so the chain rule can run backwards through it."""

    __slots__ = ("value", "grad", "parents")

    def __init__(self, value: float, parents: tuple = ()) -> None:
        self.value = float(value)
        self.grad = 0.0
        self.parents = parents  # ((parent Var, d self / d parent), ...)

    def __add__(self, other: Var | float) -> Var:
        other = other if isinstance(other, Var) else Var(other)
        return Var(self.value + other.value, ((self, 1.0), (other, 1.0)))

    __radd__ = __add__

    def __mul__(self, other: Var | float) -> Var:
        other = other if isinstance(other, Var) else Var(other)
        return Var(self.value * other.value, ((self, other.value), (other, self.value)))

    __rmul__ = __mul__

    def __sub__(self, other: Var | float) -> Var:
        return self + (-1.0) * other

    def __rsub__(self, other: float) -> Var:
        return Var(other) + (-1.0) * self

    def relu(self) -> Var:
        return Var(max(self.value, 0.0), ((self, 1.0 if self.value > 0 else 0.0),))

    def tanh(self) -> Var:
        t = math.tanh(self.value)
        return Var(t, ((self, 1.0 - t * t),))

    def sigmoid(self) -> Var:
        v = self.value
        s = 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))
        return Var(s, ((self, s * (1.0 - s)),))

    def identity(self) -> Var:
        return Var(self.value, ((self, 1.0),))

    def backward(self) -> None:
        # Iterative topological order: a 700-step sequence is far deeper than Python's recursion.
        order: list[Var] = []
        seen: set[int] = set()
        stack: list[tuple[Var, bool]] = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))
            stack.extend((parent, False) for parent, _ in node.parents)
        self.grad = 1.0
        for node in reversed(order):
            for parent, local in node.parents:
                parent.grad += local * node.grad


def reference_ssr_and_grads(params, sequences, targets, activation):
    """The lesson's network built from the equations in LESSON.md section 3."""
    w1, w2, b1, w3, b2 = (Var(v) for v in params.as_tuple())
    ssr = Var(0.0)
    for xs, target in zip(sequences, targets, strict=True):
        y = Var(0.0)  # y_0 = 0
        for x in xs:
            y = getattr(w1 * float(x) + w2 * y + b1, activation)()
        residual = float(target) - (w3 * y + b2)
        ssr = ssr + residual * residual
    ssr.backward()
    return ssr.value, (w1.grad, w2.grad, b1.grad, w3.grad, b2.grad)


def test_reference_autodiff_itself_on_a_hand_computed_case():
    # One sequence [1], ReLU, w1=2, b1=0.5, w3=3, b2=1, target 0: sum = 2.5, y = 2.5,
    # prediction = 8.5, SSR = 72.25, dSSR/dpred = 17 -> dw3 = 42.5, db2 = 17, dw1 = db1 = 51,
    # dw2 = 0 (y_0 = 0).
    ssr, grads = reference_ssr_and_grads(RNNParams(2, 0.7, 0.5, 3, 1), [[1.0]], [0.0], "relu")
    assert ssr == 72.25
    assert grads == (51.0, 0.0, 51.0, 42.5, 17.0)


# --- helpers -------------------------------------------------------------------------------------


def random_case(rng: random.Random, lengths, w2_range=(-1.5, 1.5)):
    params = RNNParams(
        w1=rng.uniform(-2, 2),
        w2=rng.uniform(*w2_range),
        b1=rng.uniform(-1, 1),
        w3=rng.uniform(-2, 2),
        b2=rng.uniform(-1, 1),
    )
    seqs = [
        [
            rng.choice((0.0, 0.5, 1.0)) if rng.random() < 0.3 else rng.uniform(-0.5, 1.5)
            for _ in range(n)
        ]
        for n in lengths
    ]
    targets = [rng.uniform(-0.5, 1.5) for _ in lengths]
    return params, seqs, targets


def assert_grads_close(got, want, rtol, label=""):
    """Each component within rtol of the reference, with a floor at rtol * the gradient's norm.

    The floor matters only for a component that nearly cancels to 0 (a sum of big terms of both
    signs), where relative error is meaningless; everywhere else it is a plain relative check.
    """
    floor = rtol * max(math.sqrt(sum(w * w for w in want)), 1e-300)
    for name, g, w in zip(PARAM_NAMES, got, want, strict=True):
        assert abs(g - w) <= rtol * abs(w) + floor, (
            f"{label} d/d{name}: engine {g!r}, reference {w!r}"
        )


def sums_near_kink(params, seqs, margin):
    return any(np.any(np.abs(forward(params, xs, "relu").sums) < margin) for xs in seqs if len(xs))


# --- 1. central finite differences ---------------------------------------------------------------


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_gradients_match_central_finite_differences(activation):
    rng = random.Random(f"fd-{activation}")
    h, rtol, atol = 1e-6, 1e-5, 1e-7
    checked = 0
    n_cases = 50  # x 4 activations = 200 cases
    for case in range(n_cases):
        lengths = [rng.randint(1, 12) for _ in range(rng.randint(1, 5))]
        params, seqs, targets = random_case(rng, lengths, w2_range=(-1.2, 1.2))
        # A step of h moves a sum by at most ~10 h here; a ReLU kink that close makes the
        # difference quotient meaningless (the function has no derivative there), so skip it.
        if activation == "relu" and sums_near_kink(params, seqs, 1e-4):
            continue
        ssr, grads = loss_and_grads(params, seqs, targets, activation)
        for name, g in zip(PARAM_NAMES, grads.as_tuple(), strict=True):
            value = getattr(params, name)
            up, _ = loss_and_grads(params.replace(**{name: value + h}), seqs, targets, activation)
            down, _ = loss_and_grads(params.replace(**{name: value - h}), seqs, targets, activation)
            numeric = (up - down) / (2 * h)
            # rounding in the difference quotient is ~ eps * SSR / h ~ 2e-10 * SSR
            tolerance = atol + rtol * abs(numeric) + 1e-9 * abs(ssr)
            assert abs(g - numeric) <= tolerance, (
                f"case {case} {activation} d/d{name}: analytic {g!r}, numeric {numeric!r}, "
                f"lengths {lengths}"
            )
        checked += 1
    assert checked >= 0.9 * n_cases  # skipping kinks must stay the exception


# --- 2. the independent autodiff reference -------------------------------------------------------


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_ssr_and_gradients_match_reference_autodiff(activation):
    rng = random.Random(f"ad-{activation}")
    for case in range(40):
        lengths = [rng.randint(0 if case % 5 == 0 else 1, 12) for _ in range(rng.randint(1, 5))]
        params, seqs, targets = random_case(rng, lengths)
        ssr, grads = loss_and_grads(params, seqs, targets, activation)
        ref_ssr, ref_grads = reference_ssr_and_grads(params, seqs, targets, activation)
        assert ssr == pytest.approx(ref_ssr, rel=1e-10, abs=1e-300), (
            f"case {case} lengths {lengths}"
        )
        assert_grads_close(grads.as_tuple(), ref_grads, 1e-10, f"case {case} lengths {lengths}")


def test_statland_with_lesson_params_matches_reference_including_the_kink():
    # (high, medium) with the lesson's parameters puts the second sum exactly at 0 (0.9 - 0.9):
    # the engine, like PyTorch, treats ReLU's slope at 0 as 0.
    assert forward(LESSON_PARAMS, [1, 0.5]).sums[1] == 0.0
    ssr, grads = loss_and_grads(LESSON_PARAMS, *STATLAND)
    ref_ssr, ref_grads = reference_ssr_and_grads(LESSON_PARAMS, *STATLAND, "relu")
    assert ssr == pytest.approx(ref_ssr, rel=1e-12)
    assert_grads_close(grads.as_tuple(), ref_grads, 1e-12)


LONG_LAYOUTS = {
    "one of 50": [50],
    "three of 50": [50, 50, 50],
    "four of 200": [200] * 4,  # 800 steps: the wide path for tanh, sigmoid, identity
    "one of 700": [700],
    "700 with short and empty ones": [700, 3, 0, 50, 1],  # ragged rows, right-aligned padding
}


def test_long_layouts_reach_the_wide_path():
    # If WIDE_STEPS is retuned, the layouts below must still cross it, or the wide path goes untested.
    assert max(map(sum, LONG_LAYOUTS.values())) > rnn_module.WIDE_STEPS
    assert min(map(sum, LONG_LAYOUTS.values())) <= rnn_module.WIDE_STEPS


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("layout", list(LONG_LAYOUTS))
def test_long_sequences_match_reference_autodiff(activation, layout, monkeypatch):
    lengths = LONG_LAYOUTS[layout]
    wide_calls = []
    real_wide = rnn_module._ssr_and_grads_wide
    monkeypatch.setattr(
        rnn_module,
        "_ssr_and_grads_wide",
        lambda *args: wide_calls.append(1) or real_wide(*args),
    )
    rng = random.Random(f"long-{activation}-{layout}")
    for case in range(3):
        # |w2| < 1 keeps 700 steps of the identity network finite; the others stay bounded anyway.
        params, seqs, targets = random_case(rng, lengths, w2_range=(-0.98, 0.98))
        ssr, grads = loss_and_grads(params, seqs, targets, activation)
        ref_ssr, ref_grads = reference_ssr_and_grads(params, seqs, targets, activation)
        assert math.isfinite(ssr)
        assert ssr == pytest.approx(ref_ssr, rel=1e-10), f"case {case}"
        assert_grads_close(grads.as_tuple(), ref_grads, 1e-10, f"{layout} case {case}")
    uses_wide = activation != "relu" and sum(lengths) > rnn_module.WIDE_STEPS
    assert bool(wide_calls) == uses_wide


@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "identity"])
def test_wide_and_loop_backward_agree(activation):
    rng = random.Random(f"wide-loop-{activation}")
    params, seqs, targets = random_case(rng, [650, 7, 0, 120], w2_range=(-0.98, 0.98))
    data = rnn_module.prepare(seqs, targets)
    wide = rnn_module._ssr_and_grads_wide(*params.as_tuple(), *data, activation)
    loop = rnn_module._ssr_and_grads_loop(*params.as_tuple(), *data, activation)
    assert wide[0] == pytest.approx(loop[0], rel=1e-12)
    assert_grads_close(wide[1:], loop[1:], 1e-10, activation)


def test_relu_fast_path_matches_textbook_loop():
    rng = random.Random("relu-fast")
    for _ in range(30):
        lengths = [rng.randint(0, 40) for _ in range(rng.randint(1, 4))]
        params, seqs, targets = random_case(rng, lengths)
        data = rnn_module.prepare(seqs, targets)
        fast = rnn_module._ssr_and_grads_relu(*params.as_tuple(), *data)
        loop = rnn_module._ssr_and_grads_loop(*params.as_tuple(), *data, "relu")
        assert fast[0] == pytest.approx(loop[0], rel=1e-13)
        assert_grads_close(fast[1:], loop[1:], 1e-12, str(lengths))


def test_gradients_are_independent_of_input_container():
    rng = random.Random("containers")
    params, seqs, targets = random_case(rng, [3, 5, 2])
    as_lists = loss_and_grads(params, seqs, targets, "tanh")
    as_arrays = loss_and_grads(params, [np.array(s) for s in seqs], np.array(targets), "tanh")
    as_tuples = loss_and_grads(params, tuple(tuple(s) for s in seqs), tuple(targets), "tanh")
    assert as_lists == as_arrays == as_tuples


def test_unknown_activation_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown activation 'softplus'"):
        loss_and_grads(LESSON_PARAMS, *STATLAND, activation="softplus")
    with pytest.raises(ValueError, match="relu, tanh, sigmoid, identity"):
        forward(LESSON_PARAMS, [1.0], activation="softplus")


def test_mismatched_targets_are_a_clear_error():
    with pytest.raises(ValueError, match="4 sequences but 3 targets"):
        loss_and_grads(LESSON_PARAMS, STATLAND[0], [0.0, 1.0, 0.0])


# --- 3. PyTorch as a second reference ------------------------------------------------------


def torch_ssr_and_grads(params, seqs, targets, activation):
    torch = pytest.importorskip("torch")
    rnn = torch.nn.RNN(1, 1, nonlinearity=activation, batch_first=True, bias=True).double()
    lin = torch.nn.Linear(1, 1).double()
    with torch.no_grad():
        rnn.weight_ih_l0.fill_(params.w1)
        rnn.weight_hh_l0.fill_(params.w2)
        rnn.bias_ih_l0.fill_(params.b1)
        rnn.bias_hh_l0.zero_()
        lin.weight.fill_(params.w3)
        lin.bias.fill_(params.b2)
    loss = torch.zeros((), dtype=torch.float64)
    for xs, target in zip(
        seqs, targets, strict=True
    ):  # one sequence at a time: each has its own length
        x = torch.tensor(xs, dtype=torch.float64).reshape(1, -1, 1)
        out, _ = rnn(x)
        prediction = lin(out[:, -1, :]).reshape(())
        loss = loss + (target - prediction) ** 2
    loss.backward()
    grads = (
        rnn.weight_ih_l0.grad.item(),
        rnn.weight_hh_l0.grad.item(),
        rnn.bias_ih_l0.grad.item(),
        lin.weight.grad.item(),
        lin.bias.grad.item(),
    )
    return loss.item(), grads


@pytest.mark.parametrize("activation", ["relu", "tanh"])
def test_matches_torch_rnn(activation):
    pytest.importorskip("torch")
    rng = random.Random(f"torch-{activation}")
    cases = [(LESSON_PARAMS, *STATLAND)]
    for lengths in ([1, 2, 5], [12, 3], [7], [200, 200, 200, 10]):
        cases.append(random_case(rng, lengths, w2_range=(-0.98, 0.98)))
    for params, seqs, targets in cases:
        ssr, grads = loss_and_grads(params, seqs, targets, activation)
        t_ssr, t_grads = torch_ssr_and_grads(params, seqs, targets, activation)
        assert ssr == pytest.approx(t_ssr, rel=1e-10)
        assert_grads_close(grads.as_tuple(), t_grads, 1e-10, f"{activation} {list(map(len, seqs))}")


# --- the forward trace --------------------------------------------------------------------------


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_forward_trace_keeps_every_number(activation):
    rng = random.Random(f"trace-{activation}")
    for n in (1, 2, 5, 9):
        params, (xs,), _ = random_case(rng, [n])
        trace = forward(params, xs, activation)
        for array in (trace.xs, trace.sums, trace.hidden, trace.outputs, trace.feedback):
            assert array.shape == (n,)
        assert trace.xs.tolist() == xs
        assert trace.prediction == trace.outputs[-1] == predict(params, xs, activation)
        # Re-derive every copy from the lesson's equations.
        f = {
            "relu": lambda s: max(s, 0.0),
            "tanh": math.tanh,
            "sigmoid": lambda s: 1 / (1 + math.exp(-s)),
            "identity": lambda s: s,
        }[activation]
        y_prev = 0.0
        for t in range(n):
            assert trace.feedback[t] == y_prev
            s = params.w1 * xs[t] + params.w2 * y_prev + params.b1
            assert trace.sums[t] == pytest.approx(s, rel=1e-12, abs=1e-15)
            assert trace.hidden[t] == pytest.approx(f(trace.sums[t]), rel=1e-12, abs=1e-15)
            assert trace.outputs[t] == pytest.approx(
                params.w3 * trace.hidden[t] + params.b2, rel=1e-12, abs=1e-15
            )
            y_prev = trace.hidden[t]


def test_forward_on_the_lesson_example_by_hand():
    # (low, medium) through the lesson's network: sum_1 = 0, y_1 = 0; sum_2 = 1.8 * 0.5 = 0.9,
    # y_2 = 0.9; outputs 0 and 0.99; only the last one is the prediction.
    trace = forward(LESSON_PARAMS, [0, 0.5])
    assert trace.sums.tolist() == pytest.approx([0.0, 0.9])
    assert trace.hidden.tolist() == pytest.approx([0.0, 0.9])
    assert trace.outputs.tolist() == pytest.approx([0.0, 0.99])
    assert trace.prediction == pytest.approx(0.99)


def test_empty_sequence_predicts_b2():
    params = RNNParams(w1=1.3, w2=0.4, b1=-0.2, w3=2.0, b2=0.37)
    trace = forward(params, [])
    assert trace.prediction == 0.37 == predict(params, [])
    assert len(trace.sums) == len(trace.hidden) == len(trace.outputs) == len(trace.feedback) == 0
    ssr, grads = loss_and_grads(params, [[]], [1.0])
    assert ssr == pytest.approx((1.0 - 0.37) ** 2)
    assert grads == RNNParams(0.0, 0.0, 0.0, 0.0, 2 * (0.37 - 1.0))


def test_forward_and_predict_never_warn_on_overflow():
    params = RNNParams(w1=1.0, w2=1e6, b1=0.0, w3=1.0, b2=0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for activation in ACTIVATIONS:
            trace = forward(params, [1.0] * 300, activation)
            assert trace.prediction == predict(params, [1.0] * 300, activation) or (
                math.isnan(trace.prediction)
            )

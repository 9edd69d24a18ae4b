"""The cell seam: every cell offers the same API, and training, diagnosis and landscapes use it."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rnngui.engine import (
    CELLS,
    CHAPTER_PARAMS,
    LESSON_PARAMS,
    PARAM_NAMES,
    Cell,
    LSTMParams,
    RNNParams,
    TrainConfig,
    cell,
    cell_of,
    diagnose,
    run_to_end,
    train,
)
from rnngui.engine.diagnose import CONVERGED, CONVERGING, DIVERGED, STALLING
from rnngui.engine.landscape import ssr_at_points, ssr_over_grid
from rnngui.engine.lstm import COMPANIES
from rnngui.engine.multi import train_many
from rnngui.engine.rnn import prepare

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])
# each cell's own lesson data: StatLand for the RNN, the chapter's two companies for the LSTM
DATA = {"rnn": STATLAND, "lstm": COMPANIES}
ALL = sorted(CELLS)


def test_the_registry_holds_the_rnn_and_the_lstm():
    assert ALL == ["lstm", "rnn"]
    assert all(isinstance(c, Cell) and CELLS[k] is c and c.key == k for k, c in CELLS.items())
    assert (cell("rnn").label, cell("lstm").label) == ("RNN", "LSTM")
    assert cell("rnn").param_names == PARAM_NAMES and cell("rnn").params_type is RNNParams
    assert cell("lstm").params_type is LSTMParams and len(cell("lstm").param_names) == 12
    assert cell("rnn").default_params == LESSON_PARAMS
    assert cell("lstm").default_params == CHAPTER_PARAMS
    assert cell("rnn").activations == ("relu", "tanh", "sigmoid", "identity")
    assert cell("lstm").activations == ()


def test_an_unknown_cell_is_refused_with_the_known_names():
    with pytest.raises(ValueError, match=r"unknown cell 'gru'.*rnn, lstm"):
        cell("gru")
    with pytest.raises(ValueError, match="not the parameters of any cell"):
        cell_of((1.0, 2.0))


@pytest.mark.parametrize("key", ALL)
def test_cell_of_finds_the_cell_by_the_params_type(key):
    c = cell(key)
    assert cell_of(c.default_params) is c
    assert cell_of(c.random_params(1)) is c


@pytest.mark.parametrize("key", ALL)
def test_names_and_params_round_trip(key):
    c = cell(key)
    n = len(c.param_names)
    assert c.params_type.names == c.param_names
    values = [0.25 * k - 1.0 for k in range(n)]
    p = c.params(values)
    assert type(p) is c.params_type
    assert p.as_tuple() == tuple(values)
    assert c.params_type(*values) == p == c.params_type.from_values(values)  # positional works
    assert c.params_type(**p.as_dict()) == p
    assert list(p.as_dict()) == list(c.param_names)
    name = c.param_names[-1]
    changed = p.replace(**{name: 7})
    assert getattr(changed, name) == 7.0 and isinstance(getattr(changed, name), float)
    assert changed.as_tuple()[:-1] == p.as_tuple()[:-1]
    with pytest.raises(KeyError, match="nope"):
        p.replace(nope=1.0)
    with pytest.raises(ValueError, match=f"needs {n} values"):
        c.params(values[:-1])
    assert p.is_finite() and not p.replace(**{name: math.nan}).is_finite()
    assert not hasattr(p, "__dict__")  # slots: no stray attributes


@pytest.mark.parametrize("key", ALL)
def test_groups_cover_every_parameter_once(key):
    c = cell(key)
    grouped = [name for _, names in c.groups for name in names]
    assert sorted(grouped) == sorted(c.param_names)


def test_lstm_groups_are_the_chapters_gates():
    assert cell("lstm").groups == (
        ("forget gate", ("wlr1", "wlr2", "blr1")),
        ("input gate", ("wpr1", "wpr2", "bpr1")),
        ("potential memory", ("wp1", "wp2", "bp1")),
        ("output gate", ("wo1", "wo2", "bo1")),
    )


@pytest.mark.parametrize("key", ALL)
def test_every_cells_functions_agree_with_each_other(key):
    c = cell(key)
    seqs, targets = DATA[key]
    p = c.default_params
    assert c.random_params(5) == c.random_params(5) != c.random_params(6)
    trace = c.forward(p, seqs[-1])
    assert trace.prediction == c.predict(p, seqs[-1])
    np.testing.assert_array_equal(trace.xs, seqs[-1])
    assert c.input_sensitivity(p, seqs[-1]).shape == (len(seqs[-1]),)
    loss, grads = c.loss_and_grads(p, seqs, targets)
    assert type(grads) is c.params_type
    assert loss == pytest.approx(sum((t - c.predict(p, s)) ** 2 for s, t in zip(seqs, targets)))
    s, t = prepare(seqs, targets)
    assert c.raw_ssr_and_grads(p.as_tuple(), s, t, "relu") == (loss, *grads.as_tuple())


@pytest.mark.parametrize("key", ALL)
def test_train_works_for_each_cell_and_lowers_the_ssr_on_its_own_data(key):
    c = cell(key)
    start = c.random_params(2)
    config = TrainConfig(learning_rate=0.1, max_steps=300, cell=key)
    records, end = run_to_end(start, *DATA[key], config)
    assert end.reason == "max_steps" and len(records) == 300
    assert all(type(r.params) is c.params_type and type(r.grads) is c.params_type for r in records)
    assert records[-1].loss < 0.5 * records[0].loss
    # each record is plain SGD on the cell's true gradient
    loss, grads = c.loss_and_grads(start, *DATA[key])
    assert records[0].loss == loss and records[0].grads == grads
    expected = [v - 0.1 * g for v, g in zip(start.as_tuple(), grads.as_tuple())]
    assert records[0].params.as_tuple() == pytest.approx(expected, rel=1e-15)


def test_lstm_trains_only_its_trainable_parameters():
    config = TrainConfig(learning_rate=0.1, max_steps=20, cell="lstm", trainable=["wlr1", "bo1"])
    records, _ = run_to_end(CHAPTER_PARAMS, *COMPANIES, config)
    for name in CHAPTER_PARAMS.names:
        moved = getattr(records[-1].params, name) != getattr(CHAPTER_PARAMS, name)
        assert moved == (name in ("wlr1", "bo1")), name


def test_train_refuses_params_of_another_cell():
    with pytest.raises(ValueError, match="LSTM's but the run is set up for the RNN"):
        next(train(CHAPTER_PARAMS, *COMPANIES, TrainConfig()))
    with pytest.raises(ValueError, match="RNN's but the run is set up for the LSTM"):
        next(train(LESSON_PARAMS, *STATLAND, TrainConfig(cell="lstm")))


def test_train_config_resolves_trainable_to_the_cells_names():
    assert TrainConfig().trainable == PARAM_NAMES
    assert TrainConfig(trainable=PARAM_NAMES).trainable == PARAM_NAMES
    assert TrainConfig(trainable=["w2"]).trainable == ("w2",)  # a list becomes a tuple
    assert TrainConfig(cell="lstm").trainable == LSTMParams.names
    assert TrainConfig(cell="lstm", trainable=("wo1",)).trainable == ("wo1",)
    with pytest.raises(ValueError, match=r"unknown parameters to train: w2 .*wlr1, wlr2"):
        TrainConfig(cell="lstm", trainable=("w2",))
    with pytest.raises(ValueError, match=r"unknown parameters to train: wo1 .*w1, w2, b1, w3, b2"):
        TrainConfig(trainable=("wo1",))
    with pytest.raises(ValueError, match="unknown cell"):
        TrainConfig(cell="gru")
    # the LSTM's activations are fixed: whatever the settings say is accepted and ignored
    assert TrainConfig(cell="lstm", activation="tanh").activation == "tanh"
    with pytest.raises(ValueError, match="unknown activation"):
        TrainConfig(activation="softmax")


def test_train_many_runs_lstms_side_by_side():
    configs = [TrainConfig(0.1, 30, cell="lstm"), TrainConfig(0.5, 30, cell="lstm")]
    starts = [CHAPTER_PARAMS, CHAPTER_PARAMS.replace(wlr1=0.0)]
    steps = list(train_many(starts, *COMPANIES, configs))
    assert len(steps) == 30
    for k, (start, config) in enumerate(zip(starts, configs)):
        alone, _ = run_to_end(start, *COMPANIES, config)
        assert [records[k].params for records in steps] == [r.params for r in alone]


# --- diagnose on LSTM runs ---------------------------------------------------------------------


def lstm_run(start, data=COMPANIES, **settings):
    config = TrainConfig(cell="lstm", **settings)
    records, end = run_to_end(start, *data, config)
    return records, end, diagnose(records, end, config.max_steps)


def test_diagnose_an_lstm_run_that_is_still_learning():
    records, _, d = lstm_run(cell("lstm").random_params(2), learning_rate=0.1, max_steps=60)
    assert d.kind == CONVERGING and d.message.startswith("Converging")


def test_diagnose_an_lstm_that_has_learned_the_companies():
    records, _, d = lstm_run(CHAPTER_PARAMS, learning_rate=0.5, max_steps=5000)
    assert records[-1].loss < 1e-4
    assert d.kind in (CONVERGED, CONVERGING)


def test_diagnose_an_lstm_run_that_diverged():
    # The LSTM's memories are bounded, so only a huge step overflows: a far target makes the
    # gradient large and the learning rate does the rest.
    _, end, d = lstm_run(CHAPTER_PARAMS, ([[1.0, 0.5]], [1e10]), learning_rate=1e300, max_steps=10)
    assert end.reason == "diverged" and d.kind == DIVERGED


def test_diagnose_names_lstm_parameters_and_skips_the_dead_relu_check():
    # Saturated gates pass (almost) no gradient: the LSTM's vanishing gradient. The dead-ReLU
    # check is the RNN's (it needs an output bias outside the unit), so it must not fire here.
    start = CHAPTER_PARAMS.replace(wo1=0.0, wo2=0.0, bo1=-60.0)  # output gate shut
    records, end, d = lstm_run(start, learning_rate=0.01, max_steps=200, trainable=("wlr1",))
    assert d.kind == STALLING
    assert "dead" not in d.message and "ReLU" not in d.message
    assert "wlr1" in d.message


def test_the_rnn_dead_relu_message_is_unchanged():
    dead = RNNParams(w1=-1.0, w2=0.0, b1=-1.0, w3=1.0, b2=0.3)
    records, end = run_to_end(dead, *STATLAND, TrainConfig(learning_rate=0.1, max_steps=300))
    d = diagnose(records, end, 300)
    assert d.kind == STALLING
    assert d.message.startswith(
        "Stalling — dSSR/dw1, dSSR/dw2, dSSR/db1 and dSSR/dw3 are exactly 0: the hidden unit's "
        "last output is 0 for every sequence (a dead, switched-off ReLU)"
    )


# --- landscapes dispatch on the cell -----------------------------------------------------------


def test_ssr_over_grid_for_the_lstm_equals_loss_and_grads_at_sampled_points():
    a = np.linspace(-4, 4, 31)
    b = np.linspace(-3, 3, 29)
    grid = ssr_over_grid(CHAPTER_PARAMS, *COMPANIES, {"wlr2": a, "bp1": b})
    assert grid.shape == (31, 29)
    rng = np.random.default_rng(0)
    lstm = cell("lstm")
    for i, j in rng.integers(0, [31, 29], size=(25, 2)):
        expected, _ = lstm.loss_and_grads(CHAPTER_PARAMS.replace(wlr2=a[i], bp1=b[j]), *COMPANIES)
        assert grid[i, j] == pytest.approx(expected, rel=1e-12, abs=1e-14)


def test_ssr_at_points_takes_the_cell_by_keyword():
    rng = np.random.default_rng(4)
    lstm_points = rng.normal(size=(10, 12))
    got = ssr_at_points(lstm_points, *COMPANIES, cell="lstm")
    expected = [cell("lstm").loss_and_grads(LSTMParams(*row), *COMPANIES)[0] for row in lstm_points]
    np.testing.assert_allclose(got, expected, rtol=1e-12)
    rnn_points = rng.normal(size=(10, 5))
    np.testing.assert_allclose(
        ssr_at_points(rnn_points, *STATLAND),  # the default stays the RNN
        ssr_at_points(rnn_points, *STATLAND, "relu", cell="rnn"),
    )

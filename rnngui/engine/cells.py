"""The cell seam: everything training, diagnosis and the landscape need to know about a cell.

A cell is the unit that is unrolled through time: the lesson's RNN (five parameters) or one LSTM
unit (twelve). Each ``Cell`` names its parameters in the lesson's words and carries the functions
that compute with them, so code above the engine asks ``cell_of(params)`` instead of counting
parameters or importing one cell's module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import lstm, rnn


@dataclass(frozen=True)
class Cell:
    """One kind of recurrent unit and the functions that compute with its parameters.

    The callables are plain functions stored as fields (not bound methods): ``cell.forward(p, xs)``.
    A cell with ``activations == ()`` has fixed activations (the LSTM's sigmoid and tanh); its
    functions accept the ``activation`` argument and ignore it, so callers need not branch.
    """

    key: str
    label: str
    param_names: tuple[str, ...]
    params_type: type
    activations: tuple[str, ...]
    default_params: Any
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    params: Callable[[Sequence[float]], Any]
    random_params: Callable[[int], Any]
    forward: Callable[..., Any]
    predict: Callable[..., float]
    loss_and_grads: Callable[..., tuple[float, Any]]
    raw_ssr_and_grads: Callable[..., tuple[float, ...]]
    input_sensitivity: Callable[..., np.ndarray]
    ssr_over_grid: Callable[..., np.ndarray]
    ssr_at_points: Callable[..., np.ndarray]
    # The one parameter that still has a gradient when no gradient reaches the hidden unit at all
    # (the RNN's output bias b2 when ReLU switched every last copy off); None: no such check.
    dead_unit_bias: str | None = None
    # d y_T / d y_t per copy (the RNN's feedback loop: w2^n while ReLU is on); None: the cell has
    # no single loop weight whose powers the lesson's exploding and vanishing gradients are.
    feedback_gain: Callable[..., np.ndarray] | None = None

    def check_names(self, names: Sequence[str]) -> None:
        """Refuse names that are not this cell's parameters, listing the ones it has."""
        unknown = [n for n in names if n not in self.param_names]
        if unknown:
            raise ValueError(
                f"unknown parameters to train: {', '.join(unknown)} (the {self.label}'s "
                f"parameters are {', '.join(self.param_names)})"
            )


RNN_CELL = Cell(
    key="rnn",
    label="RNN",
    param_names=rnn.PARAM_NAMES,
    params_type=rnn.RNNParams,
    activations=rnn.ACTIVATIONS,
    default_params=rnn.LESSON_PARAMS,
    groups=(
        ("input", ("w1",)),
        ("feedback", ("w2",)),
        ("bias", ("b1",)),
        ("output", ("w3", "b2")),
    ),
    params=rnn.RNNParams.from_values,
    random_params=rnn.random_params,
    forward=rnn.forward,
    predict=rnn.predict,
    loss_and_grads=rnn.loss_and_grads,
    raw_ssr_and_grads=rnn.raw_ssr_and_grads,
    input_sensitivity=rnn.input_sensitivity,
    ssr_over_grid=rnn.ssr_over_grid,
    ssr_at_points=rnn.ssr_at_points,
    dead_unit_bias="b2",
    feedback_gain=rnn.feedback_gain,
)

LSTM_CELL = Cell(
    key="lstm",
    label="LSTM",
    param_names=lstm.LSTM_PARAM_NAMES,
    params_type=lstm.LSTMParams,
    activations=(),  # fixed: sigmoid gates, tanh memories
    default_params=lstm.CHAPTER_PARAMS,
    groups=(
        ("forget gate", ("wlr1", "wlr2", "blr1")),
        ("input gate", ("wpr1", "wpr2", "bpr1")),
        ("potential memory", ("wp1", "wp2", "bp1")),
        ("output gate", ("wo1", "wo2", "bo1")),
    ),
    params=lstm.LSTMParams.from_values,
    random_params=lstm.random_params,
    forward=lstm.forward,
    predict=lstm.predict,
    loss_and_grads=lstm.loss_and_grads,
    raw_ssr_and_grads=lstm.raw_ssr_and_grads,
    input_sensitivity=lstm.input_sensitivity,
    ssr_over_grid=lstm.ssr_over_grid,
    ssr_at_points=lstm.ssr_at_points,
)

CELLS: dict[str, Cell] = {RNN_CELL.key: RNN_CELL, LSTM_CELL.key: LSTM_CELL}
_BY_TYPE: dict[type, Cell] = {c.params_type: c for c in CELLS.values()}


def cell(key: str) -> Cell:
    """The cell called ``key`` ("rnn" or "lstm"); a clear error for any other name."""
    try:
        return CELLS[key]
    except (KeyError, TypeError):
        raise ValueError(f"unknown cell {key!r}; choose one of {', '.join(CELLS)}") from None


def cell_of(params: object) -> Cell:
    """The cell whose parameters ``params`` are (by their type)."""
    try:
        return _BY_TYPE[type(params)]
    except KeyError:
        raise ValueError(
            f"{type(params).__name__} are not the parameters of any cell "
            f"({', '.join(c.params_type.__name__ for c in CELLS.values())})"
        ) from None

"""Gradient descent on a cell's shared parameters, one step record at a time.

``train`` is a generator so that whoever drives it (a test, a benchmark, the GUI's worker thread)
decides when to pause, step or stop: each ``next()`` is exactly one gradient-descent step.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .cells import cell as cell_called
from .cells import cell_of
from .rnn import prepare


@dataclass(frozen=True)
class TrainConfig:
    """What a run trains and how. ``trainable`` None means every parameter of the cell; after
    construction it is always a tuple of the cell's parameter names."""

    learning_rate: float = 0.01
    max_steps: int = 1000
    momentum: float = 0.0
    clip: float | None = None
    trainable: tuple[str, ...] | None = None
    activation: str = "relu"
    cell: str = "rnn"

    def __post_init__(self) -> None:
        if not (math.isfinite(self.learning_rate) and self.learning_rate > 0):
            raise ValueError("the learning rate must be a positive number")
        if int(self.max_steps) != self.max_steps or self.max_steps < 0:
            raise ValueError("max steps must be a whole number, 0 or more")
        if not (0.0 <= self.momentum < 1.0):
            raise ValueError("momentum must be at least 0 and below 1")
        if self.clip is not None and not (math.isfinite(self.clip) and self.clip > 0):
            raise ValueError("the clipping threshold must be a positive number (or off)")
        the_cell = cell_called(self.cell)
        if self.trainable is None:
            trainable = the_cell.param_names
        else:
            trainable = tuple(self.trainable)
            the_cell.check_names(trainable)
        object.__setattr__(self, "trainable", trainable)  # frozen: resolved once, here
        # A cell with fixed activations (the LSTM) accepts any name and ignores it; the RNN's
        # names are checked so a typo cannot silently train with ReLU.
        if the_cell.activations and self.activation not in the_cell.activations:
            raise ValueError(f"unknown activation {self.activation!r}")


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One gradient-descent step: loss and gradients at the parameters before it, params after."""

    step: int
    loss: float
    grads: Any  # the cell's params type (RNNParams, LSTMParams): dSSR/d each parameter
    params: Any
    step_size: float  # |delta theta|, the L2 length of this step
    clipped: bool = False


@dataclass
class TrainEnd:
    """Why a run ended: 'max_steps' or 'diverged' (with the step where numbers stopped being finite)."""

    reason: str = "running"
    step: int = 0
    detail: str = ""


@dataclass
class Hyper:
    """The settings a user may change while the run goes on (read before every step)."""

    learning_rate: float
    momentum: float = 0.0
    clip: float | None = None


def _is_finite(values: Sequence[float]) -> bool:
    return all(math.isfinite(v) for v in values)


def train(
    params: Any,
    sequences: Sequence[Sequence[float] | np.ndarray],
    targets: Sequence[float] | np.ndarray,
    config: TrainConfig,
    hyper: Hyper | None = None,
    end: TrainEnd | None = None,
) -> Generator[StepRecord, None, TrainEnd]:
    """Yield one StepRecord per step; runs exactly ``config.max_steps`` unless numbers overflow.

    Momentum follows torch.optim.SGD: v = mu * v + g; p -= lr * v. ``clip`` rescales the trainable
    part of the gradient so its L2 norm is at most ``clip``. Parameters not in ``trainable`` never
    move. ``hyper`` (optional) is read before every step so learning rate, momentum and clipping can
    change mid-run. The generator's return value (and ``end``, if given) says why it stopped; on
    divergence nothing non-finite is yielded, so the last record holds the last finite parameters.

    Any cell trains the same way: ``params``' type names the cell (it must be ``config.cell``).
    """
    the_cell = cell_of(params)
    if the_cell.key != config.cell:
        raise ValueError(
            f"the parameters are the {the_cell.label}'s but the run is set up for the "
            f"{cell_called(config.cell).label}"
        )
    ssr_and_grads = the_cell.raw_ssr_and_grads
    make_params = the_cell.params_type
    seqs, tgts = prepare(sequences, targets)
    hyper = hyper or Hyper(config.learning_rate, config.momentum, config.clip)
    end = end if end is not None else TrainEnd()
    mask = tuple(1.0 if name in config.trainable else 0.0 for name in the_cell.param_names)
    p = list(params.as_tuple())
    v = [0.0] * len(p)
    activation = config.activation
    for step in range(1, int(config.max_steps) + 1):
        loss, *g = ssr_and_grads(p, seqs, tgts, activation)
        if not (math.isfinite(loss) and _is_finite(g)):
            end.reason, end.step = "diverged", step
            end.detail = "the loss or a gradient overflowed"
            return end
        raw = make_params(*g)  # the record keeps the true gradient, before masking and clipping
        g = [gi * mi for gi, mi in zip(g, mask, strict=True)]
        clipped = False
        clip = hyper.clip
        if clip is not None:
            norm = math.hypot(*g)  # no overflow to inf for gradients above 1e154
            if norm > clip:
                scale = clip / norm
                g = [gi * scale for gi in g]
                clipped = True
        mu = hyper.momentum
        if mu:
            v = [mu * vi + gi for vi, gi in zip(v, g, strict=True)]
        else:
            v = g
        lr = hyper.learning_rate
        new_p = [pi - lr * vi for pi, vi in zip(p, v, strict=True)]
        if not _is_finite(new_p):
            end.reason, end.step = "diverged", step
            end.detail = "a parameter overflowed"
            return end
        step_size = math.dist(new_p, p)  # float ** 2 raises OverflowError above 1e154
        p = new_p
        yield StepRecord(step, loss, raw, make_params(*p), step_size, clipped)
    end.reason, end.step = "max_steps", int(config.max_steps)
    return end


def run_to_end(
    params: Any,
    sequences: Sequence[Sequence[float] | np.ndarray],
    targets: Sequence[float] | np.ndarray,
    config: TrainConfig,
) -> tuple[list[StepRecord], TrainEnd]:
    """Drive ``train`` to its end headlessly (tests, benchmarks, the self-test)."""
    end = TrainEnd()
    records = list(train(params, sequences, targets, config, end=end))
    return records, end

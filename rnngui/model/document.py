"""The project a user saves: sequences, parameters and training settings. Qt-free.

The JSON file format (``.rnnlab``) lives in ``project_file.py``; this module holds the data and
the rules a valid document obeys, so the editor, the file loader and the tests share one check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ..engine import ACTIVATIONS, LESSON_PARAMS, TrainConfig
from ..engine.cells import Cell, cell_of
from ..engine.words import localized, t, whole

MAX_VALUES = 10_000  # per sequence: a longer one would take the canvas and training to a crawl
MAX_ABS_VALUE = 1e6  # beyond this, squares overflow the teaching scale; scale the data first


class DocumentError(ValueError):
    """A value or structure a document cannot hold; the message is meant for the user."""


def check_value(value: float, where: str = "") -> float:
    """A finite number within +-1e6, or a DocumentError that says what is wrong and where."""
    at = f" {where}" if where else ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise DocumentError(t("{value}{at} is not a number", value=repr(value), at=at)) from None
    if math.isnan(number):
        raise DocumentError(t("NaN{at} is not a number a network can learn from", at=at))
    if math.isinf(number):
        raise DocumentError(t("infinity{at} cannot be a price", at=at))
    if abs(number) > MAX_ABS_VALUE:
        raise DocumentError(t("{number}{at} is beyond ±{limit}; scale the prices to [0, 1] first",
                              number=localized(f"{number:g}"), at=at,
                              limit=localized(f"{MAX_ABS_VALUE:g}")))
    return number


@dataclass(frozen=True)
class SequenceData:
    """One named sequence of values (oldest first) and, optionally, the value that comes next."""

    name: str
    values: tuple[float, ...]
    target: float | None = None
    use_for_training: bool = True

    def __post_init__(self) -> None:
        if not self.values:
            raise DocumentError(t("sequence {name} is empty; it needs at least one value",
                                  name=repr(self.name)))
        if len(self.values) > MAX_VALUES:
            raise DocumentError(t("sequence {name} has {count} values; at most {limit}",
                                  name=repr(self.name), count=whole(len(self.values)),
                                  limit=whole(MAX_VALUES)))
        values = tuple(
            check_value(v, t("at position {position} of {name}", position=i + 1,
                             name=repr(self.name)))
            for i, v in enumerate(self.values)
        )
        object.__setattr__(self, "values", values)
        if self.target is not None:
            where = t("(target of {name})", name=repr(self.name))
            object.__setattr__(self, "target", check_value(self.target, where))

    @property
    def trains(self) -> bool:
        return self.use_for_training and self.target is not None


@dataclass(frozen=True)
class TrainingSettings:
    learning_rate: float = 0.05
    max_steps: int = 2000
    momentum: float = 0.0
    clip: float | None = None
    trainable: tuple[str, ...] | None = None  # None: every parameter of the document's cell
    activation: str = "relu"
    seed: int = 1  # trains StatLand to the four rules (tests/engine/test_lesson_numbers.py)
    # Steps per second a class can watch (None: flat out); presets pick one that shows their story.
    speed: float | None = None
    stop_when_converged: bool = False  # end the run once the diagnosis says "converged"

    def __post_init__(self) -> None:
        if self.trainable is not None:
            object.__setattr__(self, "trainable", tuple(self.trainable))
        if self.speed is not None and not (math.isfinite(self.speed) and self.speed > 0):
            raise DocumentError(t("the speed must be a positive number of steps per second"))
        try:
            # The trainable names are checked against the cell by the Document that holds this.
            (replace(self, trainable=None) if self.trainable is not None else self).config()
        except ValueError as error:
            raise DocumentError(str(error)) from None

    def config(self, cell: str = "rnn") -> TrainConfig:
        """The engine's settings of a run: every field the two share, by name (listed once)."""
        shared = {f.name: getattr(self, f.name) for f in fields(TrainConfig) if hasattr(self, f.name)}
        return TrainConfig(**shared, cell=cell)

    def trained_names(self, cell: Cell) -> tuple[str, ...]:
        """The parameters gradient descent moves, in the cell's order."""
        if self.trainable is None:
            return cell.param_names
        return tuple(n for n in cell.param_names if n in self.trainable)


@dataclass(frozen=True)
class Scaling:
    """Min-max scaling of raw prices to [0, 1]; kept so predictions can be shown in price units."""

    low: float
    high: float
    unit: str = "$"

    def to_scaled(self, raw: float) -> float:
        return (raw - self.low) / (self.high - self.low)

    def to_raw(self, scaled: float) -> float:
        return self.low + scaled * (self.high - self.low)


@dataclass(frozen=True)
class Document:
    sequences: tuple[SequenceData, ...]
    params: Any = LESSON_PARAMS  # the cell's parameters: their type names the cell
    training: TrainingSettings = field(default_factory=TrainingSettings)
    scaling: Scaling | None = None
    title: str = "Untitled"
    extra: dict = field(default_factory=dict, compare=False)  # unknown file keys, kept on save
    # An assignment (model/assignment.py) or None. Not compared: its attempts are a record that
    # no undo step owns, and every version of the document shares the one Assignment object.
    assignment: Any = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.sequences:
            raise DocumentError(t("a project needs at least one sequence"))
        if self.training.activation not in ACTIVATIONS:
            raise DocumentError(t("unknown activation {name}", name=repr(self.training.activation)))
        try:
            self.training_config()  # the trainable names must be the cell's
        except ValueError as error:
            raise DocumentError(str(error)) from None
        trainable = self.training.trainable
        if trainable is not None and set(trainable) == set(self.cell.param_names):
            # One spelling for "train everything", so equal documents compare equal.
            object.__setattr__(self, "training", replace(self.training, trainable=None))

    @property
    def cell(self) -> Cell:
        """RNN or LSTM: the kind of unit whose parameters this document holds."""
        return cell_of(self.params)

    def training_config(self) -> TrainConfig:
        return self.training.config(self.cell.key)

    def training_data(self) -> tuple[list[tuple[float, ...]], list[float]]:
        """The sequences that train (those with a target and ticked), and their targets."""
        chosen = [s for s in self.sequences if s.trains]
        return [s.values for s in chosen], [float(s.target) for s in chosen]  # type: ignore[arg-type]

    def with_params(self, params: Any) -> Document:
        """Other parameters; another cell's parameters also train all of that cell's."""
        if type(params) is not type(self.params):
            return replace(self, params=params, training=replace(self.training, trainable=None))
        return replace(self, params=params)

    def with_sequences(self, sequences: tuple[SequenceData, ...]) -> Document:
        return replace(self, sequences=tuple(sequences))

    def with_training(self, training: TrainingSettings) -> Document:
        return replace(self, training=training)

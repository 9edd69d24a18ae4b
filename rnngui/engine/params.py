"""What every cell's parameters have in common: named floats, in the lesson's order.

Each cell's parameters are a frozen slots dataclass of floats with a class-level ``names`` tuple.
This mixin gives them the same small API (as_tuple, as_dict, replace, is_finite, from_values), so
training, diagnosis and the landscape never need to know which cell they are looking at.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import ClassVar, TypeVar

P = TypeVar("P", bound="NamedParams")


class NamedParams:
    """Mixin for a frozen slots dataclass whose fields are exactly ``names``, all floats."""

    __slots__ = ()
    names: ClassVar[tuple[str, ...]] = ()

    def as_tuple(self) -> tuple[float, ...]:
        # Cells on a hot path write this out by hand (a generator costs a few hundred ns).
        return tuple(getattr(self, name) for name in self.names)

    def as_dict(self) -> dict[str, float]:
        return dict(zip(self.names, self.as_tuple(), strict=True))

    def replace(self: P, **changes: float) -> P:
        """A copy with some parameters changed; an unknown name is a KeyError naming it."""
        values = self.as_dict()
        for name, value in changes.items():
            if name not in values:
                raise KeyError(f"unknown parameter {name!r}")
            values[name] = float(value)
        return type(self)(**values)

    def is_finite(self) -> bool:
        return all(math.isfinite(v) for v in self.as_tuple())

    @classmethod
    def from_values(cls: type[P], values: Sequence[float]) -> P:
        """Positional values in ``names`` order (what a grid point or a saved list holds)."""
        floats = [float(v) for v in values]
        if len(floats) != len(cls.names):
            raise ValueError(
                f"{cls.__name__} needs {len(cls.names)} values ({', '.join(cls.names)}), "
                f"got {len(floats)}"
            )
        return cls(*floats)

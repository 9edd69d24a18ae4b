"""Min-max scaling of a whole project's prices to [0, 1], and back. Qt-free.

The lesson scales prices so that low = 0 and high = 1. One Scaling serves every sequence (one
network predicts them all), and the document keeps it, so the raw prices and predictions in the
original units can always be shown again: raw = low + scaled * (high - low).
"""

from __future__ import annotations

from dataclasses import replace

from ..engine.words import localized, t
from .document import Document, DocumentError, Scaling, SequenceData, check_value


def money(value: float, unit: str) -> str:
    """'$12.40' for a price; a unit that is not a currency sign goes after the number."""
    if unit in ("$", "€", "£", "¥"):
        return f"-{unit}{-value:,.2f}" if value < 0 else f"{unit}{value:,.2f}"
    # Every decimal the price had (142.17, not 142.2); .10g hides round-off like 142.17000000000002
    return f"{value:,.10g} {unit}".rstrip()


def describe(scaling: Scaling) -> str:
    """The mapping in the lesson's words, e.g. "$12.40 -> 0, $31.00 -> 1"."""
    return f"{money(scaling.low, scaling.unit)} -> 0, {money(scaling.high, scaling.unit)} -> 1"


def every_value(document: Document) -> list[float]:
    values = [v for s in document.sequences for v in s.values]
    return values + [s.target for s in document.sequences if s.target is not None]


def fit(document: Document, unit: str = "$") -> Scaling:
    """The smallest and largest value (targets included) become 0 and 1."""
    values = every_value(document)
    low, high = min(values), max(values)
    if not high > low:
        raise DocumentError(t("every value is {value}: there is no range to scale to [0, 1]",
                              value=localized(f"{low:g}")))
    return Scaling(low, high, unit)


def check_scaling(low: float, high: float, unit: str) -> Scaling:
    low, high = check_value(low, t("(low price)")), check_value(high, t("(high price)"))
    if not high > low:
        raise DocumentError(t("the high price ({high}) must be above the low price ({low})",
                              high=localized(f"{high:g}"), low=localized(f"{low:g}")))
    return Scaling(low, high, unit)


def _map(document: Document, to: callable) -> tuple[SequenceData, ...]:
    return tuple(
        replace(
            s,
            values=tuple(to(v) for v in s.values),
            target=None if s.target is None else to(s.target),
        )
        for s in document.sequences
    )


def scale(document: Document, scaling: Scaling) -> Document:
    """Raw prices -> [0, 1]; an already scaled document is first taken back to its prices."""
    raw = unscale(document)
    return replace(raw, sequences=_map(raw, scaling.to_scaled), scaling=scaling)


def unscale(document: Document) -> Document:
    """Back to the raw prices (a no-op for a document that is not scaled)."""
    if document.scaling is None:
        return document
    return replace(document, sequences=_map(document, document.scaling.to_raw), scaling=None)


# Beyond this the lesson's weights (near 1) make the first gradient step overshoot: a price of 142
# gives a gradient hundreds of times the lesson's, and the diagnosis would blame the start.
FAR_BELOW, FAR_ABOVE = -1.0, 2.0
_last_note: tuple[object, str] = (None, "")


def out_of_range_note(document: Document) -> str:
    """A sentence naming unscaled data as the likely cause when the training data lie far outside
    [0, 1]; "" otherwise (scaled data, or values the lesson's network handles)."""
    global _last_note
    sequences = document.sequences
    if _last_note[0] is sequences:  # asked with every chunk of a run: the data rarely change
        return _last_note[1]
    values = [v for s in sequences if s.use_for_training and s.target is not None
              for v in (*s.values, s.target)]
    note = ""
    if values and (min(values) < FAR_BELOW or max(values) > FAR_ABOVE):
        note = (
            f"The training data run from {min(values):,.6g} to {max(values):,.6g}, far outside "
            "[0, 1]: unscaled data are the likely cause. Scale them to [0, 1] (Scale… beside "
            "the sequences) and train again."
        )
    _last_note = (sequences, note)
    return note

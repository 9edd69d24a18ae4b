"""The y range a live plot follows while a run goes: in steps, not with every chunk.

pyqtgraph's auto-range fits the axis to the data exactly, so a falling loss moves the axis with
every chunk, and each move redraws the axis' tick labels and grid (7-11 ms offscreen, more than
all the curves). Here the range is snapped outward (whole decades on a log axis, round numbers on
a linear one) and kept while the data stay inside it and fill at least half of it, so during a
run the axis moves a handful of times: whenever the curve leaves it or shrinks well inside it.
``ScaleAxis`` (plots.py) keeps the labels of a log axis spanning a decade or two apart.
"""

from __future__ import annotations

import math

# The current range is kept while its span is at most this many times what the data need.
SLACK = 2.0


def wanted_range(lo: float, hi: float, log: bool) -> tuple[float, float]:
    """The snapped range for data from ``lo`` to ``hi`` (view coordinates: log10 if ``log``):
    whole decades when the data span one or more, round numbers otherwise."""
    if log and hi - lo >= 1:
        a, b = math.floor(lo - 0.05), math.ceil(hi + 0.05)
        return float(a), float(b)
    # round numbers (on a log axis: fractions of a decade, so a curve within one decade, such
    # as a loss stalled at 0.5, keeps the room auto-range would give it)
    span = hi - lo
    if span <= 0 or not math.isfinite(span):
        span = abs(hi) * 0.2 or 1.0
    pad = 0.05 * span
    step = 10.0 ** math.floor(math.log10(span)) / 10
    a = math.floor((lo - pad) / step) * step
    b = math.ceil((hi + pad) / step) * step
    return a, b


def follow_range(
    current: tuple[float, float], lo: float, hi: float, log: bool
) -> tuple[float, float] | None:
    """A new range when the data from ``lo`` to ``hi`` outgrow ``current`` (or shrink well
    inside it); None to keep ``current``."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return None
    a, b = current
    want = wanted_range(lo, hi, log)
    inside = a <= lo and hi <= b
    if inside and (b - a) <= SLACK * (want[1] - want[0]):
        return None
    return want

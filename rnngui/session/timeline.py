"""A run's timeline: the exact parameters of any step of the run, kept or not. Qt-free.

The history keeps every step of a short run but only every ``stride``-th of a long one (see
``model/history.py``), so scrubbing to a dropped step cannot read its parameters from a row. Plain
gradient descent is deterministic, so the run is replayed with the engine instead; for that to be
exact to the last digit, the timeline records what each stretch of the run actually used:

- a ``Segment`` per training job (a run, and each "Train" after Stop: the job starts from the
  document's parameters with the momentum's velocity at zero), with its data and settings;
- every change of learning rate, momentum or clipping, at the step it first applied to. The
  job copies the shared settings into its own before each step and logs the copy (see
  ``TrainJob.steps``), so a change typed mid-run is recorded at the very step that used it.

A replay starts at the latest kept row from which it is exact: with no momentum the state of
gradient descent is the parameters alone, so any kept row will do (at most ``stride`` steps to
replay); with momentum the velocity is not kept, so it starts at the segment's start.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ..engine import Hyper, TrainConfig, train
from ..engine.cells import cell_of
from ..model.history import STEP, RunHistory

# (first step it applied to, learning rate, momentum, clip or None)
HyperChange = tuple[int, float, float, float | None]


@dataclass
class Segment:
    """One training job of the run: from the parameters after ``start`` (0: the run's start)."""

    start: int
    params: Any
    sequences: tuple[tuple[float, ...], ...]
    targets: tuple[float, ...]
    config: TrainConfig
    changes: list[HyperChange] = field(default_factory=list)

    def hyper_at(self, step: int) -> HyperChange:
        """The settings step ``step`` (> start) trained with."""
        steps = [c[0] for c in self.changes]
        i = bisect.bisect_right(steps, step) - 1
        if i < 0:
            c = self.config
            return (self.start + 1, c.learning_rate, c.momentum, c.clip)
        return self.changes[i]


@dataclass(frozen=True)
class ReplayPlan:
    """Replay ``segment`` from the exact parameters after step ``origin`` up to step ``target``."""

    segment: Segment
    origin: int
    params: Any
    target: int

    @property
    def steps(self) -> int:
        return self.target - self.origin


class RunTimeline:
    """The segments of the panel's run, in order; cleared with the run's history."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []

    def clear(self) -> None:
        self.segments = []

    def copy(self) -> RunTimeline:
        twin = RunTimeline()
        twin.segments = [replace(s, changes=list(s.changes)) for s in self.segments]
        return twin

    @property
    def first_step(self) -> int:
        return self.segments[0].start if self.segments else 0

    def begin(self, start: int, params: Any, sequences: Sequence[Sequence[float]],
              targets: Sequence[float], config: TrainConfig) -> None:
        """A training job starts at step ``start`` from ``params``. A job that starts where an
        earlier one had got to makes that one end there (its later steps were never kept)."""
        while self.segments and self.segments[-1].start >= start:
            self.segments.pop()
        self.segments.append(Segment(
            int(start), params, tuple(tuple(float(v) for v in s) for s in sequences),
            tuple(float(t) for t in targets), config,
        ))

    def record(self, changes: Sequence[HyperChange]) -> None:
        """Settings changes the current job logged (from the chunks it sent)."""
        if self.segments:
            self.segments[-1].changes.extend(changes)

    def segment_of(self, step: int) -> Segment | None:
        """The segment that trained step ``step`` (the one starting there holds its params)."""
        found = None
        for segment in self.segments:
            if segment.start <= step:
                found = segment
        return found

    def plan(self, step: int, history: RunHistory) -> ReplayPlan | Any:
        """The parameters after ``step`` if a kept row or a segment start holds them, else the
        shortest exact replay (a ReplayPlan). Raises ValueError outside the run."""
        step = int(step)
        segment = self.segment_of(step)
        last = history.last
        if segment is None or last is None or step > int(last[STEP]):
            raise ValueError(f"step {step:,} is not part of this run")
        make = cell_of(segment.params).params_type
        params_columns = history.columns.params
        if step == int(last[STEP]):
            return make(*map(float, last[params_columns]))
        if step == segment.start:
            return segment.params
        steps = history.column(STEP)
        i = int(np.searchsorted(steps, step, side="right")) - 1  # the latest kept row <= step
        if i >= 0 and int(steps[i]) == step:
            return make(*map(float, history.rows[i, params_columns]))
        origin, params = segment.start, segment.params
        if i >= 0 and int(steps[i]) > segment.start and segment.hyper_at(int(steps[i]) + 1)[2] == 0:
            # No momentum at the first replayed step: the velocity starts afresh there, so the
            # parameters of the kept row are the whole state of gradient descent.
            origin = int(steps[i])
            params = make(*map(float, history.rows[i, params_columns]))
        return ReplayPlan(segment, origin, params, step)


def replay(plan: ReplayPlan, cancelled: Callable[[], bool] = lambda: False,
           every: int = 2000) -> Iterator[int | Any]:
    """Replay a plan with the engine: yields the steps done now and then (for a progress bar)
    and finally the parameters after ``plan.target`` (or nothing when ``cancelled``)."""
    segment = plan.segment
    config = replace(segment.config, max_steps=plan.steps)
    _, lr, mu, clip = segment.hyper_at(plan.origin + 1)
    hyper = Hyper(lr, mu, clip)
    steps = train(plan.params, segment.sequences, segment.targets, config, hyper)
    record = None
    for done in range(1, plan.steps + 1):
        _, hyper.learning_rate, hyper.momentum, hyper.clip = segment.hyper_at(plan.origin + done)
        record = next(steps, None)
        if record is None:  # the run itself diverged before here: cannot be a kept step
            raise ValueError(f"the replay ended before step {plan.target:,}")
        if done % every == 0:
            if cancelled():
                return
            yield plan.origin + done
    yield record.params if record is not None else plan.params


def params_at(timeline: RunTimeline, step: int, history: RunHistory) -> Any:
    """The exact parameters after ``step`` of the run, replaying where no row holds them."""
    found = timeline.plan(step, history)
    if not isinstance(found, ReplayPlan):
        return found
    *_, params = replay(found)
    return params

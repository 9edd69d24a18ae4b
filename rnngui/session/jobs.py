"""What a run computes, apart from how it is paced or which thread runs it. Qt-free.

Orange3's habit: the long computation is a plain object a test can drive without Qt or threads.
A job has ``steps()``, a generator whose every ``next()`` is one gradient-descent step (of one
run, or of several side by side); ``take(items)``, the compact copy of some steps the GUI thread
receives; and ``result()``, what it says when the steps end. ``session/worker.py`` pumps any job.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np

from ..engine import (
    Diagnosis,
    Hyper,
    RunContext,
    StepRecord,
    TrainConfig,
    TrainEnd,
    diagnose,
    train,
)
from ..engine.cells import cell_of
from ..engine.diagnose import CONVERGED
from ..engine.multi import train_many
from ..engine.words import t
from ..model.history import records_to_rows
from .pacing import DIAGNOSIS_WINDOW


class Job(Protocol):
    def steps(self) -> Iterator[Any]: ...

    def take(self, items: list[Any], steps_per_second: float) -> Any: ...

    def result(self, stopped: bool) -> Any: ...


@dataclass(frozen=True)
class Chunk:
    """What the GUI receives of a training run: new rows for the plots, the latest parameters,
    the diagnosis."""

    rows: np.ndarray
    params: Any  # the cell's parameters after the chunk's last step
    diagnosis: Diagnosis
    steps_per_second: float
    # (first step, learning rate, momentum, clip) for each settings change these steps saw:
    # what the timeline replays with (session/timeline.py)
    hyper_changes: tuple = ()


class TrainJob:
    """One training run (the training panel's), possibly continued after Stop.

    ``step_offset``: steps the run made before; rows, diagnosis and end count from the run's
    first step, not this job's.
    """

    def __init__(
        self,
        params: Any,
        sequences: Sequence[Sequence[float]],
        targets: Sequence[float],
        config: TrainConfig,
        hyper: Hyper,
        step_offset: int = 0,
        run_max_steps: int | None = None,
        stop_when_converged: bool = False,
    ) -> None:
        self._args = (params, sequences, targets, config, hyper)
        # Set from the GUI thread at any time (a bool assignment is atomic); read every step.
        self.stop_when_converged = stop_when_converged
        self._converged_at: int | None = None
        # The longest training sequence: its day 1 crosses the most feedback loops.
        self._longest = max(sequences, key=len) if len(sequences) else ()
        self._gain = cell_of(params).feedback_gain
        self._first: StepRecord | None = None
        self._first_gain = self._loop_gain(params)
        self._offset = int(step_offset)
        self._max_steps = int(run_max_steps if run_max_steps is not None else config.max_steps)
        self._end = TrainEnd()
        self._recent: deque[StepRecord] = deque(maxlen=DIAGNOSIS_WINDOW)
        self._taken = 0
        self._changes: list[tuple] = []  # settings changes not yet sent (worker thread only)

    def steps(self) -> Iterator[StepRecord]:
        """The engine trains with this job's own copy of the settings, refreshed from the shared
        ones (which the GUI thread may change at any time) before every step and logged when it
        changed: the timeline's replay then uses exactly what each step used."""
        params, sequences, targets, config, shared = self._args
        own = Hyper(shared.learning_rate, shared.momentum, shared.clip)
        steps = train(params, sequences, targets, config, own, end=self._end)
        step, last = self._offset, None
        while True:
            now = (shared.learning_rate, shared.momentum, shared.clip)
            if now != last:
                own.learning_rate, own.momentum, own.clip = last = now
                self._changes.append((step + 1, *now))
            record = next(steps, None)
            if record is None:
                return
            step += 1
            yield record
            if self._converged_at is not None:  # take() saw "converged": the run ends here
                return

    def take(self, records: list[StepRecord], steps_per_second: float) -> Chunk:
        if self._first is None and not self._offset:
            self._first = records[0]
        self._taken += len(records)
        self._recent.extend(records)
        rows = records_to_rows(records)
        if self._offset:
            rows[:, 0] += self._offset
        diagnosis = self._diagnose(None)
        if self.stop_when_converged and diagnosis.kind == CONVERGED:
            self._converged_at = self._offset + self._taken
        changes, self._changes = tuple(self._changes), []
        return Chunk(rows, records[-1].params, diagnosis, steps_per_second, changes)

    def result(self, stopped: bool) -> tuple[TrainEnd, Diagnosis]:
        end = self._end
        if self._converged_at is not None and not stopped:
            diagnosis = self._diagnose(None)
            def tell(told: Diagnosis = diagnosis) -> str:  # retold on a language switch too
                return t("{diagnosis} The run stopped here: “stop when converged” is on.",
                         diagnosis=told.retold().message)

            return TrainEnd("converged", self._converged_at), Diagnosis(diagnosis.kind, tell(), tell)
        if stopped or end.reason == "running":  # stopped from outside: not an end of the run
            end = TrainEnd("stopped", self._offset + self._taken)
            return end, self._diagnose(None)
        end = TrainEnd(end.reason, end.step + self._offset, end.detail)
        return end, self._diagnose(end)

    def _loop_gain(self, params) -> float | None:
        if self._gain is None or len(self._longest) < 2:
            return None
        return float(abs(self._gain(params, self._longest, self._args[3].activation)[0]))

    def _diagnose(self, end: TrainEnd | None) -> Diagnosis:
        records = list(self._recent)
        if records and self._offset:  # only the last record's step number is quoted
            records[-1] = replace(records[-1], step=records[-1].step + self._offset)
        context = None
        if records:
            context = RunContext(self._loop_gain(records[-1].params), len(self._longest) - 1,
                                 self._first, self._first_gain)
        return diagnose(records, end, self._max_steps, DIAGNOSIS_WINDOW, context)


class CompareJob:
    """Several runs on the same data, stepped together (the gradient lab's side-by-side page)."""

    def __init__(
        self,
        starts: Sequence[Any],
        sequences: Sequence[Sequence[float]],
        targets: Sequence[float],
        configs: Sequence[TrainConfig],
    ) -> None:
        self._args = (list(starts), sequences, targets, list(configs))
        self._configs = list(configs)
        self._recent = [deque(maxlen=DIAGNOSIS_WINDOW) for _ in configs]
        self._ends: list[TrainEnd | None] = [None] * len(configs)

    def steps(self) -> Iterator[list[StepRecord | None]]:
        ends = yield from train_many(*self._args)
        self._ends = list(ends)

    def take(
        self, items: list[list[StepRecord | None]], steps_per_second: float
    ) -> list[tuple[np.ndarray, Diagnosis]]:
        out = []
        for i, (recent, config) in enumerate(zip(self._recent, self._configs)):
            records = [step[i] for step in items if step[i] is not None]
            recent.extend(records)
            out.append((records_to_rows(records), diagnose(list(recent), None, config.max_steps)))
        return out

    def result(self, stopped: bool) -> list[Diagnosis]:
        return [
            diagnose(list(recent), None if stopped else end, config.max_steps)
            for recent, end, config in zip(self._recent, self._ends, self._configs)
        ]

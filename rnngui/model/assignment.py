"""An assignment a teacher hands out in a project file, and the attempts a student hands back.
Qt-free.

An Assignment is instructions, what the window hides or locks (by the class set-up's names: parts
such as "training", controls by object name), goals the engine checks, and the attempts: one record
per run the student made. The file format (``"assignment"`` in a ``.rnnlab`` file) is read,
written and checked in ``project_file.py``; this module holds the data and the checks.

Goals are checked with the engine's own figures, never with numbers stored beside them: a goal's
``check`` takes the document (the parameters now) and, when there is one, a RunResult (what the run
went through), and says whether it is met and what it measured.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..engine.cells import cell_of
from ..engine.words import localized, t, whole
from .document import Document, SequenceData

SSR_WITHIN = "ssr_within_steps"
FIRST_DAY_REACH = "first_day_reach"
PREDICT = "predict_sequence"
GOAL_KINDS = {
    SSR_WITHIN: "SSR at most X within N steps",
    FIRST_DAY_REACH: "With clipping off, the first day reaches the prediction at least F as "
                     "strongly as the last",
    PREDICT: "Predict a sequence within D of its target",
}
MAX_GOALS = 20
MAX_ATTEMPTS = 10_000  # a student training all lesson long makes a few hundred at most
MAX_INSTRUCTIONS_CHARS = 20_000
MAX_STUDENT_CHARS = 200


class AssignmentError(ValueError):
    """A goal or an assignment that cannot be; the message is meant for the user."""


@dataclass(frozen=True)
class RunResult:
    """What one run went through, for the goals: the SSR after n steps (n from 0, the start), the
    parameters it started from, whether clipping was on at any time, how it ended."""

    start_params: Any
    ssr_by_step: tuple[tuple[int, float], ...]  # (steps done, SSR after them), in step order
    steps: int
    clip_used: bool
    end: str = "max_steps"  # the engine's TrainEnd.reason, or "interrupted"

    def best_ssr_within(self, steps: int) -> float | None:
        """The lowest SSR the run had after at most ``steps`` steps (None: no such figure)."""
        within = [ssr for n, ssr in self.ssr_by_step if n <= steps and math.isfinite(ssr)]
        return min(within) if within else None


@dataclass(frozen=True)
class GoalCheck:
    met: bool
    figure: float | None  # what was measured (None: nothing to measure, ``text`` says why)
    text: str  # the figure in words, for the panel and the review table


def _find_sequence(document: Document, name: str) -> SequenceData | None:
    if not name:
        training = [s for s in document.sequences if s.trains]
        return training[0] if training else document.sequences[0]
    return next((s for s in document.sequences if s.name == name), None)


def _ssr(document: Document, params: Any | None = None) -> float:
    sequences, targets = document.training_data()
    if not sequences:
        return math.nan
    params = document.params if params is None else params
    try:
        loss, _ = cell_of(params).loss_and_grads(params, sequences, targets,
                                                 document.training.activation)
    except (OverflowError, ValueError, ArithmeticError):
        return math.inf
    return float(loss)


@dataclass(frozen=True)
class Goal:
    """One thing the engine checks. Which fields count depends on ``kind``:

    - ``ssr_within_steps``: ``threshold`` (X) and ``steps`` (N): a run's SSR reaches X or below
      after at most N steps.
    - ``first_day_reach``: ``threshold`` (F, e.g. 0.1): with clipping off, |d prediction / d x_1|
      is at least F x |d prediction / d x_T| on ``sequence`` (empty: the first training sequence).
    - ``predict_sequence``: ``threshold`` (D) and ``sequence``: |prediction - target| <= D.
    """

    kind: str
    threshold: float
    steps: int = 0
    sequence: str = ""

    def __post_init__(self) -> None:
        if self.kind not in GOAL_KINDS:
            raise AssignmentError(
                f"unknown goal kind {self.kind!r:.40}; one of {', '.join(GOAL_KINDS)}")
        if not math.isfinite(self.threshold) or self.threshold < 0:
            raise AssignmentError("a goal's threshold must be a finite number, 0 or more")
        if self.kind == SSR_WITHIN and not 1 <= self.steps <= 10_000_000:
            raise AssignmentError("an SSR goal needs a number of steps from 1 to 10,000,000")
        if self.kind == FIRST_DAY_REACH and self.threshold > 1e6:
            raise AssignmentError("the fraction F must be at most 1,000,000")
        if self.kind == PREDICT and not self.sequence:
            raise AssignmentError("a prediction goal names the sequence to predict")

    def describe(self) -> str:
        """The goal in words, as the student reads it."""
        if self.kind == SSR_WITHIN:
            return t("Bring the SSR to {threshold} or below within {steps} steps",
                     threshold=localized(f"{self.threshold:g}"), steps=whole(self.steps))
        if self.kind == FIRST_DAY_REACH:
            if self.sequence:
                return t("With clipping off, make the first day of “{name}” reach the prediction "
                         "at least {threshold} times as strongly as the last", name=self.sequence,
                         threshold=localized(f"{self.threshold:g}"))
            return t("With clipping off, make the first day reach the prediction at least "
                     "{threshold} times as strongly as the last",
                     threshold=localized(f"{self.threshold:g}"))
        return t("Predict “{name}” within {threshold} of its target", name=self.sequence,
                 threshold=localized(f"{self.threshold:g}"))

    def check(self, document: Document, result: RunResult | None = None) -> GoalCheck:
        """Met or not, by the engine's figures for ``document`` (and ``result``, the run)."""
        if self.kind == SSR_WITHIN:
            return self._check_ssr(document, result)
        if self.kind == FIRST_DAY_REACH:
            return self._check_reach(document, result)
        return self._check_predict(document)

    def _check_ssr(self, document: Document, result: RunResult | None) -> GoalCheck:
        if result is None:  # no run yet: the starting point, after 0 steps
            best = _ssr(document)
        else:
            best = result.best_ssr_within(self.steps)
        if best is None or math.isnan(best):
            return GoalCheck(False, None, t("no SSR yet (no sequence with a target trains)"))
        met = best <= self.threshold
        return GoalCheck(met, best, t("SSR {ssr} within {steps} steps",
                                      ssr=localized(f"{best:.4g}"), steps=whole(self.steps)))

    def _check_reach(self, document: Document, result: RunResult | None) -> GoalCheck:
        sequence = _find_sequence(document, self.sequence)
        if sequence is None:
            return GoalCheck(False, None, t("there is no sequence called {name}",
                                            name=self.sequence))
        if len(sequence.values) < 2:
            return GoalCheck(False, None, t("the sequence has a single day"))
        params = document.params
        try:
            reach = cell_of(params).input_sensitivity(params, sequence.values,
                                                      document.training.activation)
        except (OverflowError, ValueError, ArithmeticError):
            return GoalCheck(False, None, t("the numbers overflowed"))
        first, last = abs(float(reach[0])), abs(float(reach[-1]))
        if not (math.isfinite(first) and math.isfinite(last)):
            return GoalCheck(False, None, t("the numbers overflowed"))
        ratio = first / last if last > 0 else (math.inf if first > 0 else 0.0)
        clipping = document.training.clip is not None or (result is not None and result.clip_used)
        shown = "∞" if math.isinf(ratio) else localized(f"{ratio:.3g}")
        text = t("first day reaches it {ratio} times as strongly as the last", ratio=shown)
        if clipping:
            return GoalCheck(False, ratio if math.isfinite(ratio) else None,
                             text + " — " + t("but clipping is on"))
        return GoalCheck(ratio >= self.threshold, ratio if math.isfinite(ratio) else None, text)

    def _check_predict(self, document: Document) -> GoalCheck:
        sequence = _find_sequence(document, self.sequence)
        if sequence is None:
            return GoalCheck(False, None, t("there is no sequence called {name}",
                                            name=self.sequence))
        if sequence.target is None:
            return GoalCheck(False, None, t("{name} has no target", name=self.sequence))
        params = document.params
        try:
            prediction = float(cell_of(params).predict(params, sequence.values,
                                                       document.training.activation))
        except (OverflowError, ValueError, ArithmeticError):
            return GoalCheck(False, None, t("the prediction overflowed"))
        miss = abs(prediction - sequence.target)
        if not math.isfinite(miss):
            return GoalCheck(False, None, t("the prediction overflowed"))
        return GoalCheck(miss <= self.threshold, miss,
                         t("prediction {prediction}, off by {miss}",
                           prediction=localized(f"{prediction:.4g}"), miss=localized(f"{miss:.4g}")))


@dataclass(frozen=True)
class Attempt:
    """One run the student made, as handed in: enough to replay it (settings, start) and to see
    what it reached (end parameters, SSR, steps, time, and each goal's outcome)."""

    settings: dict[str, Any]  # the training settings, as the file's "training" writes them
    start_params: dict[str, float]
    end_params: dict[str, float]
    steps: int
    seconds: float
    started: str  # ISO 8601, UTC
    end: str  # "max_steps", "converged", "diverged", "error" or "interrupted"
    ssr_start: float | None
    ssr_end: float | None
    goals_met: tuple[bool, ...]
    figures: tuple[float | None, ...]


@dataclass
class Assignment:
    """Mutable on purpose: every version of the document (each undo step) shares one Assignment,
    so undoing an edit never takes a recorded attempt away."""

    instructions: str = ""
    goals: tuple[Goal, ...] = ()
    hidden_parts: tuple[str, ...] = ()
    hidden_controls: tuple[str, ...] = ()
    locked_parts: tuple[str, ...] = ()
    locked_controls: tuple[str, ...] = ()
    # The teacher's own file: opened as it is, nothing is hidden or locked. The copy handed to
    # students says False; only File > Open as teacher… lifts its locks (a classroom, not a vault).
    teacher_copy: bool = False
    assignment_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    made_from: str = ""  # the teacher's file the handout was saved from (its name)
    student: str = ""  # the student's name, typed in the assignment panel
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def has_restrictions(self) -> bool:
        return bool(self.hidden_parts or self.hidden_controls or self.locked_parts
                    or self.locked_controls)

    def handout(self, teacher_file: str = "") -> Assignment:
        """The copy students get: the same assignment, no attempts, locks in force."""
        return Assignment(self.instructions, self.goals, self.hidden_parts, self.hidden_controls,
                          self.locked_parts, self.locked_controls, False, self.assignment_id,
                          teacher_file or self.made_from, "", [])

    def record(self, attempt: Attempt, replace_last: bool = False) -> None:
        """Append a run's attempt (or replace the last one: the same run went on further)."""
        if replace_last and self.attempts:
            self.attempts[-1] = attempt
        elif len(self.attempts) < MAX_ATTEMPTS:
            self.attempts.append(attempt)

    def first_met(self) -> tuple[int | None, ...]:
        """For each goal, the number (from 1) of the first attempt that met it, or None."""
        found: list[int | None] = []
        for g in range(len(self.goals)):
            found.append(next((i + 1 for i, a in enumerate(self.attempts)
                               if g < len(a.goals_met) and a.goals_met[g]), None))
        return tuple(found)


def make_attempt(document: Document, goals: Sequence[Goal], result: RunResult, seconds: float,
                 started: str, settings: dict[str, Any]) -> Attempt:
    """The record of a run that ended with ``document``, its goals checked by the engine."""
    checks = [g.check(document, result) for g in goals]
    ssr_end = _ssr(document)
    ssr_start = _ssr(document, result.start_params)
    return Attempt(
        settings=dict(settings),
        start_params=dict(result.start_params.as_dict()),
        end_params=dict(document.params.as_dict()),
        steps=int(result.steps),
        seconds=round(float(seconds), 3),
        started=started,
        end=result.end,
        ssr_start=ssr_start if math.isfinite(ssr_start) else None,
        ssr_end=ssr_end if math.isfinite(ssr_end) else None,
        goals_met=tuple(c.met for c in checks),
        figures=tuple(c.figure for c in checks),
    )

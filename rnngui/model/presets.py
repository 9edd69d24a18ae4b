"""The lesson's data sets, built from their rules and raw prices (never from pictures). Qt-free."""

from __future__ import annotations

from collections.abc import Callable

from ..engine import LESSON_PARAMS, RNNParams, lstm
from .document import Document, Scaling, SequenceData, TrainingSettings

LOW, MEDIUM, HIGH = 0.0, 0.5, 1.0
LEVEL_NAMES = {LOW: "low", MEDIUM: "medium", HIGH: "high"}

# StatLand's rules: (yesterday, today) -> tomorrow.
STATLAND_RULES: tuple[tuple[float, float, float], ...] = (
    (LOW, LOW, LOW),
    (LOW, MEDIUM, HIGH),
    (HIGH, MEDIUM, LOW),
    (HIGH, HIGH, HIGH),
)

# Closing prices in dollars. Blue has been traded for nine days, Red for five; both predict day 10.
BLUE_PRICES = (18.6, 19.9, 21.5, 23.8, 22.0, 20.4, 22.9, 25.1, 27.0)
BLUE_DAY_10 = 28.3
RED_PRICES = (12.4, 14.8, 13.9, 16.2, 18.7)
RED_DAY_10 = 17.5

# The gradient problems need long sequences: the first value crosses this many feedback loops.
LONG_UNROLLS = 50


def statland() -> Document:
    sequences = tuple(
        SequenceData(f"{LEVEL_NAMES[y]}, {LEVEL_NAMES[t]}", (y, t), tomorrow)
        for y, t, tomorrow in STATLAND_RULES
    )
    return Document(sequences, LESSON_PARAMS, TrainingSettings(), title="StatLand rules")


def companies() -> Document:
    """Blue (9 days) and Red (5 days), min-max scaled together so one network serves both."""
    every_price = BLUE_PRICES + RED_PRICES + (BLUE_DAY_10, RED_DAY_10)
    scaling = Scaling(min(every_price), max(every_price))
    sequences = (
        SequenceData(
            "Blue company (9 days)",
            tuple(scaling.to_scaled(p) for p in BLUE_PRICES),
            scaling.to_scaled(BLUE_DAY_10),
        ),
        SequenceData(
            "Red company (5 days)",
            tuple(scaling.to_scaled(p) for p in RED_PRICES),
            scaling.to_scaled(RED_DAY_10),
        ),
    )
    return Document(sequences, LESSON_PARAMS, TrainingSettings(), scaling, title="Blue and Red")


def _first_day_matters(w2: float, training: TrainingSettings, title: str) -> Document:
    """Two long sequences that differ only on the first day; the target is that first day.

    Only a signal that survives LONG_UNROLLS trips around the loop can tell them apart, so the
    size of w2^50 decides everything: the lesson's exploding and vanishing gradients.
    """
    quiet = (0.0,) * LONG_UNROLLS
    sequences = (
        SequenceData("first day high", (HIGH,) + quiet, HIGH),
        SequenceData("first day low", (LOW,) + quiet, LOW),
    )
    params = RNNParams(w1=1.0, w2=w2, b1=0.0, w3=1.0, b2=0.0)
    return Document(sequences, params, training, title=title)


def exploding_four_loops() -> Document:
    """The lesson's own example: w2 = 2 and day 1 crosses 4 feedback loops (x 2^4 = 16).

    w1 = w3 = 1, so the canvas's backward view shows d prediction / d x1 = 16 itself. Day 1 is
    0.1 (a low price) with target 1, which puts the best w2 at 10^(1/4) = 1.778, on the cliff the
    loop builds: dSSR/dw2 carries 4 * w2^3 and the curvature (4 * w2^3)^2, so at learning rate
    0.3 every step overshoots the valley and w2 jumps between about 1.2 and 1.95 for the whole
    run (the loss between ~0.1 and ~0.6). Clipping the gradient at 0.01 caps each step at 0.003:
    w2 walks down to the valley and the loss settles below 2e-5. 20 steps a second: a class
    watches the bounce.
    """
    quiet = (0.0,) * 4
    sequences = (
        SequenceData("day 1 at 0.1", (0.1,) + quiet, HIGH),
        SequenceData("day 1 low", (LOW,) + quiet, LOW),
    )
    params = RNNParams(w1=1.0, w2=2.0, b1=0.0, w3=1.0, b2=0.0)
    training = TrainingSettings(learning_rate=0.3, max_steps=400, trainable=("w2",), speed=20.0)
    return Document(sequences, params, training, title="Exploding gradients (w2 = 2)")


def exploding() -> Document:
    """w2 = 2 on 51 days: day 1 reaches the prediction times 2^50 = 1.13e15, and dSSR/dw2 carries
    50 * 2^49 on top: about 1.3e29 at the start. One gradient-descent step with it moves w2 by
    ~1e26 (to far below 0): the ReLU switches every later copy off and the run is dead from step
    2 on. That is what "huge steps" means at 50 loops; the diagnosis says which step did it.
    Two steps a second, so a class sees the one step happen.
    """
    training = TrainingSettings(learning_rate=8e-4, max_steps=50, trainable=("w2",), speed=2.0)
    return _first_day_matters(2.0, training, "Exploding gradients over 51 days (w2 = 2)")


def vanishing() -> Document:
    """w2 = 0.5 on 51 days: the first day reaches the prediction times 0.5^50 = 8.9e-16.

    w2 and b2 train. b2 quickly learns the average of the two targets (SSR falls from 1 to 0.5)
    and its steps shrink to nothing; w2, the only way to tell the sequences apart, gets a
    gradient of 1.8e-13 and moves about 1e-14 per step: the loss plateaus at 0.5, far above zero,
    until max steps. 200 steps a second: the plateau is there to watch for 25 seconds.
    """
    training = TrainingSettings(learning_rate=0.05, max_steps=5000, trainable=("w2", "b2"),
                                speed=200.0)
    return _first_day_matters(0.5, training, "Vanishing gradients (w2 = 0.5)")


LSTM_CHAPTER_TITLE = "Company A and B (LSTM chapter)"


def lstm_chapter() -> Document:
    """The LSTM chapter's data and its trained unit: Company A (days 0, 0.5, 0.25, 1; day 5 is 0)
    and Company B (1, 0.5, 0.25, 1; day 5 is 1). Only day 1 differs, so the unit must remember it
    through three more days; the chapter's twelve values predict about 0 and about 1. From a
    seed's random start, learning rate 0.3 brings the SSR below 1e-3 in 2,000 steps."""
    sequences = (
        SequenceData("Company A", lstm.COMPANY_A, lstm.TARGET_A),
        SequenceData("Company B", lstm.COMPANY_B, lstm.TARGET_B),
    )
    training = TrainingSettings(learning_rate=0.3, max_steps=2000)
    return Document(sequences, lstm.CHAPTER_PARAMS, training, title=LSTM_CHAPTER_TITLE)


# --- the LSTM chapter's point: a memory that survives 50 days -------------------------------------
MEMORY_DAYS = 51
# Where the gradient lab's memory page starts each cell on the 51-day companies.
# The RNN: the vanishing preset's network (w2 = 0.5): day 1 reaches the prediction times 0.5^50.
MEMORY_RNN_START = RNNParams(w1=1.0, w2=0.5, b1=0.0, w3=1.0, b2=0.0)
# The LSTM: a forget gate near 1 (blr1 = 5: 99.3% of the long-term memory kept each day), half of
# each day's potential memory added, and a potential memory tanh(x - 0.58) that the middle days
# (0.5, 0.25, 1) leave near zero on average, so what day 1 wrote stays readable. (The chapter's
# trained values are no such start on 51 days: every day adds to their long-term memory, which
# grows to about 38; tanh is flat there and day 1's gradient vanishes as 1e-55.)
MEMORY_LSTM_START = lstm.LSTMParams(
    wlr1=0.0, wlr2=0.0, blr1=5.0,
    wpr1=0.0, wpr2=0.0, bpr1=0.0,
    wp1=0.0, wp2=1.0, bp1=-0.58,
    wo1=0.0, wo2=0.0, bo1=0.0,
)  # fmt: skip
# The same settings for both runs: clipping keeps the LSTM's first step (the sums over 51 days are
# big) from throwing the memory into saturation; the RNN stalls whatever the step.
MEMORY_TRAINING = TrainingSettings(learning_rate=0.1, max_steps=3000, clip=1.0)


def long_memory(cell: str = "lstm") -> Document:
    """Company A and B stretched to 51 days (only day 1 decides the target), for one cell."""
    (a, b), (ta, tb) = lstm.stretched_companies(MEMORY_DAYS)
    sequences = (
        SequenceData(f"Company A ({MEMORY_DAYS} days)", a, ta),
        SequenceData(f"Company B ({MEMORY_DAYS} days)", b, tb),
    )
    params = MEMORY_LSTM_START if cell == "lstm" else MEMORY_RNN_START
    title = f"Company A and B over {MEMORY_DAYS} days ({'LSTM' if cell == 'lstm' else 'RNN'})"
    return Document(sequences, params, MEMORY_TRAINING, title=title)


PRESETS: dict[str, Callable[[], Document]] = {
    "StatLand rules": statland,
    "Blue (9 days) and Red (5 days)": companies,
    "Exploding gradients (w2 = 2)": exploding_four_loops,
    "Exploding gradients over 51 days": exploding,
    "Vanishing gradients": vanishing,
    LSTM_CHAPTER_TITLE: lstm_chapter,
}

"""How large the things a file, a lesson or a paste may hold can be. Qt-free.

One place for the limits that keep hostile or broken input from freezing the window (a name of
five million characters takes seconds to lay out) or from being shown as a value other than the one
used (a spin box clamps what it cannot show: a learning rate of 1e308 would read 10).
"""

from __future__ import annotations

MAX_NAME_CHARS = 1000  # a sequence's name; the editor's own limit is 80, imported headers run longer
MAX_TITLE_CHARS = 10_000  # a project's title
MAX_LESSON_TEXT_CHARS = 20_000  # one text of a lesson (a step's text, a question...): pages of it

# The training settings a file or a lesson may set: exactly the ranges the training controls show.
NUMBER_SETTING_RANGES: dict[str, tuple[float, float]] = {
    "learning_rate": (1e-5, 10.0),
    "momentum": (0.0, 0.99),
    "clip": (1e-4, 1e6),
    "speed": (1e-3, 1e6),  # steps per second (the slider shows 1 to 1,000, then flat out)
}
WHOLE_SETTING_RANGES: dict[str, tuple[int, int]] = {
    "max_steps": (1, 10_000_000),
    "seed": (0, 2**31 - 1),
}

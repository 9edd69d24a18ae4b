"""What every copy on the canvas paints from: the engine's numbers and the view's switches.

One object shared by all copy items. A params change replaces the numbers and drops the cache of
formatted labels; labels are formatted lazily, when a copy is painted at a readable zoom. So
restyling 1,000 copies 30 times a second costs one forward pass, not 11,000 string formats.
"""

from __future__ import annotations

import numpy as np

from ...engine import ForwardTrace, RNNParams, forward, input_sensitivity, w2_share_of_gradient
from ...engine import lstm as lstm_engine
from ...engine.cells import cell_of
from .backward import LogScale
from .format import backward_labels, copy_labels
from .lstm_format import lstm_backward_labels, lstm_copy_labels
from .palette import CanvasColours

UNROLLED, ROLLED = "unrolled", "rolled"


class CanvasModel:
    def __init__(self, colours: CanvasColours) -> None:
        self.colours = colours
        self.mode = UNROLLED
        self.backward = False
        self.hovered: str | None = None  # a weight under the mouse
        self.selected: str | None = None  # a weight clicked: stays highlighted
        self.step = -1  # the step-through's copy; -1 when not stepping
        self.params = RNNParams()
        self.activation = "relu"
        self.target: float | None = None
        self.trace: ForwardTrace = forward(self.params, [0.0])
        self.sensitivity = np.zeros(1)
        self.shares: np.ndarray | None = None
        # Two scales: the sensitivities show the w2^k pattern; the shares of dSSR/dw2 live on
        # another order of magnitude altogether (they carry y as well), and would flatten it.
        self.scale_x = LogScale([])
        self.scale_w2 = LogScale([])
        self.cell = "rnn"  # "lstm": the LSTM's copies, labels and backward numbers
        self.long_sensitivity = np.zeros(1)  # LSTM: d prediction / d c_t
        self.scale_long = LogScale([])
        self._labels: dict[int, dict[str, str]] = {}

    @property
    def copies(self) -> int:
        return len(self.trace.xs)

    @property
    def highlighted(self) -> str | None:
        return self.hovered or self.selected

    def set_numbers(
        self,
        params: RNNParams,
        values: tuple[float, ...],
        target: float | None,
        activation: str,
        trace: ForwardTrace | None = None,
    ) -> None:
        """New parameters or data: one forward pass from the engine (and the backward numbers
        when the backward view shows them). ``trace``: the state's forward pass of the same
        numbers, shared with the chart and the editor instead of computed again."""
        self.params, self.target, self.activation = params, target, activation
        cell = cell_of(params)
        self.cell = cell.key
        self.trace = trace if trace is not None else cell.forward(params, values, activation)
        self._labels.clear()
        self.update_backward()

    def update_backward(self) -> None:
        if not self.backward:
            return
        values = self.trace.xs
        if self.cell == "lstm":
            self.sensitivity = lstm_engine.input_sensitivity(self.params, values)
            self.long_sensitivity = lstm_engine.long_term_sensitivity(self.params, values)
            self.shares = None
            self.scale_x = LogScale(self.sensitivity)
            self.scale_long = LogScale(self.long_sensitivity)
            self._labels.clear()
            return
        self.sensitivity = input_sensitivity(self.params, values, self.activation)
        self.shares = (
            None
            if self.target is None
            else w2_share_of_gradient(self.params, values, self.target, self.activation)
        )
        self.scale_x = LogScale(self.sensitivity)
        self.scale_w2 = LogScale([] if self.shares is None else self.shares)
        self._labels.clear()

    def labels_changed(self) -> None:
        self._labels.clear()

    def labels(self, t: int) -> dict[str, str]:
        """The texts of copy t, formatted on first use after each change."""
        cached = self._labels.get(t)
        if cached is None and self.cell == "lstm":
            cached = lstm_copy_labels(self.trace, self.params, t, self.target,
                                      rolled=self.mode == ROLLED)
            if self.backward:
                cached.update(lstm_backward_labels(
                    float(self.sensitivity[t]), float(self.long_sensitivity[t]), t))
            self._labels[t] = cached
        elif cached is None:
            cached = copy_labels(self.trace, self.params, t, self.target)
            if self.backward:
                share = None if self.shares is None else float(self.shares[t])
                cached.update(backward_labels(float(self.sensitivity[t]), share, t))
            self._labels[t] = cached
        return cached

    def reached(self, t: int) -> bool:
        """False for copies the step-through has not computed yet."""
        return self.step < 0 or t <= self.step

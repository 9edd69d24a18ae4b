"""Gradient through time: how strongly each day reaches the prediction, beside |w2|^n."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...engine import fmt, input_sensitivity
from ...engine.landscape import lesson_readouts
from ...engine.words import t
from ...session.pacing import THROUGH_TIME_REFRESH_MS as REFRESH_MS
from ...session.state import AppState
from ..languages import tr
from .plot import RefreshWhenShown, log_plot, positive

EXPLAIN_OFF = (
    "A cross marks a day whose signal never reaches the prediction: ReLU switched a later copy "
    "off (its sum was 0 or below), and a switched-off copy passes no gradient back. |w2|^n "
    "assumes every copy is on, so the measured curve falls below it there."
)


class GradientThroughTime(RefreshWhenShown, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientThroughTime")
        self.state = state
        self.plot = log_plot(
            "How strongly each day reaches the prediction",
            "n = feedback loops between the day and the prediction",
            "|d prediction / d x|",
        )
        self.plot.setObjectName("gradientThroughTimePlot")
        self.plot.setToolTip(EXPLAIN_OFF)
        self.measured = self.plot.plot(
            [], [], pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=6,
            symbolBrush="#1f77b4", name="measured |d prediction / d x_t|",
        )
        self.reference = self.plot.plot(
            [], [], pen=pg.mkPen("#d62728", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            name="|w2|^n",
        )
        # a symbol-only data item (not a bare ScatterPlotItem) so the log axis applies to it too
        self.switched_off = self.plot.plot(
            [], [], pen=None, symbol="x", symbolSize=12, symbolPen=pg.mkPen("#7f7f7f", width=2),
            symbolBrush="#7f7f7f", name="ReLU switched off (no signal)",
        )
        self.readouts = QLabel(objectName="lessonReadouts")
        self.readouts.setWordWrap(True)
        self.readouts.setTextFormat(pg.QtCore.Qt.TextFormat.RichText)
        self.current = QLabel(objectName="currentReadout")
        self.current.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.readouts)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.current)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        for signal in (state.paramsChanged, state.sequencesChanged, state.selectionChanged,
                       state.trainingSettingsChanged):
            signal.connect(self._schedule)
        self._show_readouts()
        self.refresh()

    def _show_readouts(self) -> None:
        lines = [
            tr("{what}: the first input is multiplied by <b>{formula} = {value}</b>").format(
                what=what, formula=formula, value=fmt(value))
            for what, formula, value in lesson_readouts()
        ]
        self.readouts.setText(tr("The lesson's numbers, computed: {lines}.").format(
            lines="; ".join(lines)))

    @Slot()
    def _schedule(self, *_: object) -> None:
        if self.due() and not self._timer.isActive():
            self._timer.start()

    def refresh_all(self) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        params = self.state.params
        values = self.state.selected_sequence.values
        activation = self.state.document.training.activation
        if self.state.cell.key != "rnn":  # the LSTM has no w2: the same curve, its own words
            sens = np.abs(self.state.cell.input_sensitivity(params, values, activation))
        else:
            sens = np.abs(input_sensitivity(params, values, activation))
        n = np.arange(len(values))[::-1].astype(float)  # loops between day t and the prediction
        with np.errstate(all="ignore"):
            ref = np.abs(params.w2) ** n if hasattr(params, "w2") else np.zeros_like(n)
        x, y = positive(n, sens)
        self.measured.setData(x, y)
        rx, ry = positive(n, ref)
        self.reference.setData(rx, ry)
        off = sens == 0
        floor = np.min(y) / 10 if len(y) else 1e-3
        self.switched_off.setData(n[off], np.full(int(off.sum()), floor))
        first = float(sens[0]) if len(sens) else 0.0
        loops = len(values) - 1
        if not hasattr(params, "w2"):
            self.current.setText(t(
                "The LSTM: {name} has {count} values and the first day reaches the prediction "
                "multiplied by {gain}. There is no w2: from one day to the next the long-term "
                "memory is multiplied only by the forget gate (the gradient lab's “Why the LSTM” "
                "page compares it with the RNN).", name=repr(self.state.selected_sequence.name),
                count=len(values), gain=_number(first)))
            return
        text = tr(
            "Now, w2 = {w2} and {name} has {count} values: the first day crosses {loops} feedback "
            "loops and reaches the prediction multiplied by {gain} (|w2|^{loops} = {power}; the "
            "rest is w1 × w3 and ReLU).").format(
            w2=fmt(params.w2), name=repr(self.state.selected_sequence.name), count=len(values),
            loops=loops, gain=_number(first), power=_power(float(abs(params.w2)), loops))
        # A log axis draws only finite numbers above zero: what it cannot draw is said here.
        too_large = int(np.count_nonzero(~np.isfinite(sens)))
        if too_large:
            text += " " + tr(
                "{count} of the {days} days reach the prediction multiplied by more than the "
                "largest number a computer holds (about 1.8e308): they are not drawn.").format(
                count=too_large, days=len(values))
        self.current.setText(text)


def _number(value: float) -> str:
    return fmt(value) if np.isfinite(value) else "more than the largest number (about 1.8e308)"


def _power(base: float, exponent: int) -> str:
    """base ** exponent for the text; beyond a float's range, in words with its power of ten
    (Python's float ** raises OverflowError there, which stopped every refresh)."""
    try:
        return fmt(base**exponent)
    except OverflowError:
        return f"about 10^{exponent * math.log10(base):,.0f}, beyond the largest number a computer holds"

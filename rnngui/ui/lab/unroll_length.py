"""The unroll-length experiment: the same network unrolled 1 to 100 times, gradients on a log axis."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from ...engine import fmt
from ...engine.landscape import unroll_experiment
from ...engine.words import localized, t
from ...session.state import AppState
from .plot import RefreshWhenShown, log_plot, positive

MAX_UNROLLS = 100
W2_STEPS_PER_UNIT = 100  # the w2 slider moves in steps of 0.01
W2_RANGE = 3.0


class UnrollExperiment(RefreshWhenShown, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unrollExperiment")
        self.state = state
        self.n_slider = QSlider(Qt.Orientation.Horizontal, objectName="unrollSlider")
        self.n_slider.setRange(1, MAX_UNROLLS)
        self.n_slider.setValue(50)
        self.n_slider.setToolTip("N: how many feedback loops the first input crosses")
        self.w2_slider = QSlider(Qt.Orientation.Horizontal, objectName="w2Slider")
        self.w2_slider.setRange(-int(W2_RANGE * W2_STEPS_PER_UNIT), int(W2_RANGE * W2_STEPS_PER_UNIT))
        self.w2_slider.setToolTip("w2 for this experiment (the project's w2 is not changed)")
        self.n_label = QLabel()
        self.w2_label = QLabel()
        form = QFormLayout()
        row_n = QHBoxLayout()
        row_n.addWidget(self.n_slider, 1)
        row_n.addWidget(self.n_label)
        row_w2 = QHBoxLayout()
        row_w2.addWidget(self.w2_slider, 1)
        row_w2.addWidget(self.w2_label)
        form.addRow("Unrolled N times", row_n)
        form.addRow("w2", row_w2)
        self.plot = log_plot(
            "Unroll the same network N times (inputs all 1)", "N = unrolls", "magnitude"
        )
        self.plot.setObjectName("unrollPlot")
        self.grad_curve = self.plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2), name="|dSSR/dw2|")
        # Wide and under the dashed |w2|^N: with w1·w3 = 1 the two are the same line, and a
        # thin green one drawn under the red dashes could not be seen at all.
        self.first_curve = self.plot.plot(
            [], [], pen=pg.mkPen(44, 160, 44, 170, width=6), name="|d prediction / d x_1|"
        )
        self.ref_curve = self.plot.plot(
            [], [], pen=pg.mkPen("#d62728", width=2, style=Qt.PenStyle.DashLine), name="|w2|^N"
        )
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#555", width=1))
        self.plot.addItem(self.marker)
        self.readout = QLabel(objectName="unrollReadout")
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        self.data: dict[str, np.ndarray] = {}
        self.set_w2(state.params.w2)
        self.n_slider.valueChanged.connect(self._show_marker)
        self.w2_slider.valueChanged.connect(self.recompute)
        state.paramsChanged.connect(self._follow_params)
        self.recompute()

    @property
    def w2(self) -> float:
        return self.w2_slider.value() / W2_STEPS_PER_UNIT

    def set_w2(self, w2: float) -> None:
        clamped = max(-W2_RANGE, min(W2_RANGE, w2))
        self.w2_slider.setValue(round(clamped * W2_STEPS_PER_UNIT))

    @Slot(object)
    def _follow_params(self, params) -> None:
        # follow the project's w2 only when the user is not training (30 updates a second would
        # make the experiment flicker); the slider remains free to explore
        if self.state.run_state != "running" and self.due() and hasattr(params, "w2"):
            self.set_w2(params.w2)

    def refresh_all(self) -> None:
        if hasattr(self.state.params, "w2"):
            self.set_w2(self.state.params.w2)
        self.recompute()

    @Slot()
    def recompute(self, *_: object) -> None:
        if not hasattr(self.state.params, "w2"):  # an experiment on the RNN's w2
            self.data = {}
            for curve in (self.grad_curve, self.first_curve, self.ref_curve):
                curve.setData([], [])
            self.readout.setText("This experiment unrolls the RNN with another w2; the LSTM "
                                 "has none. Choose the RNN in the training panel, or see the "
                                 "“Why the LSTM” page.")
            return
        params = self.state.params.replace(w2=self.w2)
        target = self.state.selected_sequence.target or 0.0
        self.data = unroll_experiment(
            params, np.arange(1, MAX_UNROLLS + 1), target=target,
            activation=self.state.document.training.activation,
        )
        n = self.data["N"]
        self.grad_curve.setData(*positive(n, self.data["dSSR/dw2"]))
        self.first_curve.setData(*positive(n, self.data["dpred/dx1"]))
        self.ref_curve.setData(*positive(n, self.data["w2^N"]))
        self.w2_label.setText(localized(f"{self.w2:.2f}"))
        self._show_marker()

    @Slot()
    def _show_marker(self, *_: object) -> None:
        n = self.n_slider.value()
        self.n_label.setText(str(n))
        self.marker.setValue(n)
        if not self.data:
            return
        i = n - 1
        self.readout.setText(t(
            "Unrolled {n} times with w2 = {w2}: |w2|^{n} = {power}, |d prediction / d x_1| = "
            "{reach}, |dSSR/dw2| = {gradient}. ", n=n, w2=localized(f"{self.w2:.2f}"),
            power=fmt(self.data["w2^N"][i]), reach=fmt(self.data["dpred/dx1"][i]),
            gradient=fmt(self.data["dSSR/dw2"][i])) + self._why(n)
        )

    def _why(self, n: int) -> str:
        """Why the curves look as they do, in the lesson's words (a flat |dSSR/dw2| is a finding,
        not a bug: it is the vanishing gradient)."""
        w2 = abs(self.w2)
        grads = np.abs(self.data["dSSR/dw2"])
        if w2 == 0:
            return t("With w2 = 0 nothing goes around the loop: every N gives the same gradient.")
        if w2 < 1:
            # The copy k loops back from the last adds about |w2|^k of the last copy's share.
            fade = int(np.ceil(np.log(0.01) / np.log(w2)))
            seen, final = grads[:n], grads[n - 1]
            apart = np.nonzero(np.abs(seen - final) > 0.01 * final)[0]
            settled = int(apart[-1]) + 2 if len(apart) else 1  # within 1 % from this N on
            said = (t("|dSSR/dw2| stays near {value} from N = {n} on: ", value=fmt(final),
                      n=settled) if final > 0 and settled < n else "")
            return said + t("a copy k loops before the end adds |w2|^k of its part, below 1 % "
                            "after {loops} loops, so the early days add nothing and cannot move "
                            "w2. That is the vanishing gradient.", loops=fade)
        if w2 == 1:
            return t("With |w2| = 1 every copy adds the same part: the gradient grows in step "
                     "with N.")
        return t("Each loop multiplies the early days' part by |w2| = {w2}: the gradient grows "
                 "like |w2|^N. That is the exploding gradient.", w2=localized(f"{self.w2:.2f}"))

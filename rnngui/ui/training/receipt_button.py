"""The gradient read-out's way into the chain-rule receipt: a *Receipt* button beside it.

Its menu lists the five gradients (dSSR/dw1 … dSSR/db2); choosing one asks the view state for
that gradient's receipt, which the canvas panel shows and lights on the unrolled canvas. The
LSTM has no receipt (no single feedback weight), so the button is hidden while it trains.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ...engine import PARAM_NAMES, RNNParams
from ...session.state import AppState
from .plots import RunPlot


class ReceiptButton(QToolButton):
    """Sits in the gradient plot's row of options, left of the scale and export buttons."""

    def __init__(self, state: AppState, view: RunPlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientReceiptButton")
        self.setText("Receipt")
        tip = ("A gradient written as its sum over the copies: each term's factors (the "
               "residual, w3, the activation's slope, the powers of w2, the input) and its share")
        self.setToolTip(tip)
        self.setAccessibleName("Chain-rule receipt of a gradient")
        self.setAccessibleDescription(tip)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.state = state
        menu = QMenu(self)
        menu.setObjectName("gradientReceiptMenu")
        self.actions_by_name: dict[str, QAction] = {}
        for name in PARAM_NAMES:
            action = menu.addAction(f"dSSR/d{name} as its sum over the copies…")
            action.setObjectName(f"gradientReceipt_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.open(n))
            self.actions_by_name[name] = action
        self.setMenu(menu)
        view.add_option(self)  # left of the scale and export buttons, in Tab order too
        state.documentChanged.connect(self._follow_cell)
        self._follow_cell()

    def open(self, name: str) -> None:
        """Open the receipt of dSSR/d``name``."""
        self.state.view.request_receipt(name)

    @Slot()
    def _follow_cell(self, *_: object) -> None:
        self.setVisible(isinstance(self.state.params, RNNParams))

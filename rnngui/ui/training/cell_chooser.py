"""The cell chooser (``cellChooser``): train the lesson's RNN or the next chapter's LSTM unit.

Choosing a cell is one undoable edit of the parameters (their type names the cell, see
``Document.cell``): the new cell starts from its default parameters (the lesson's RNN values, the
chapter's trained LSTM values) or, with "random", from the seed. A run of the old cell means
nothing for the new one, so the chooser asks before throwing it away, as the activation chooser
does. The LSTM's activations are fixed (sigmoid gates, tanh memories): the activation combo is
disabled while it is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...engine.cells import CELLS, Cell, cell_of
from ...engine.words import t
from ...session.state import AppState
from .controls import default_confirm

TIPS = {
    "rnn": "The lesson's RNN: one ReLU unit with a feedback loop (w1, w2, b1, w3, b2)",
    "lstm": "The next chapter's LSTM unit: a long-term and a short-term memory, three gates and "
    "a potential memory (12 parameters)",
}


class CellChooser(QWidget):
    """A label and a combo box; ``confirm`` is replaceable (tests, the panel's one question)."""

    def __init__(
        self, state: AppState, activation: QComboBox | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cellChooserRow")
        self.state = state
        self.activation = activation
        self.confirm: Callable[[QWidget, str, str], bool] = default_confirm
        self.combo = QComboBox(objectName="cellChooser")
        for cell in CELLS.values():
            self.combo.addItem(cell.label, cell.key)
            self.combo.setItemData(self.combo.count() - 1, TIPS.get(cell.key, cell.label),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.setToolTip("Which unit is unrolled through time: the lesson's RNN or the LSTM")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        label = QLabel("Cell")
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo)
        self.combo.activated.connect(self._chosen)
        state.paramsChanged.connect(self._follow)
        state.documentChanged.connect(self._follow)
        self._follow()

    @property
    def cell(self) -> Cell:
        return self.state.cell

    # --- state -> widget ------------------------------------------------------------------------
    @Slot()
    def _follow(self, *_: object) -> None:
        cell = self.state.cell
        index = self.combo.findData(cell.key)
        if index != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
        if self.activation is not None:
            fixed = not cell.activations
            self.activation.setEnabled(not fixed)
            self.activation.setToolTip(
                "The LSTM's activations are fixed: sigmoid for the three gates, tanh for the "
                "memories" if fixed else
                "The hidden unit's activation function (the lesson uses ReLU)"
            )
        # An undo or a file may bring the other cell back: a run of the old cell (its curves,
        # its start) says nothing about this one.
        if self.state.history.names != cell.param_names and not self.state.is_active:
            self.state.run.forget_start()
            self.state.run.reset()

    # --- widget -> state ------------------------------------------------------------------------
    @Slot(int)
    def _chosen(self, index: int) -> None:
        self.choose(self.combo.itemData(index))

    def choose(self, key: str, random_seed: int | None = None) -> bool:
        """Switch to the cell called ``key``; False when the user keeps the current run.

        ``random_seed``: start from that seed's random parameters instead of the defaults."""
        new = CELLS[key]
        if new.key == self.cell.key:
            return True
        if len(self.state.history) and not self.confirm(
            self,
            t("Switch to the {cell}?", cell=new.label),
            t("The {cell} has other parameters: switching throws away this run (its curves "
              "and its start). Undo brings the current network back.", cell=new.label),
        ):
            self._follow()  # answered No: the combo shows the current cell again
            return False
        params = new.default_params if random_seed is None else new.random_params(random_seed)
        state = self.state
        state.stop()
        state.run.forget_start()  # Reset must not put the old cell's weights back
        state.set_params(params, t("Cell: {cell}", cell=new.label))
        if cell_of(state.params) is new and state.history.names != new.param_names:
            state.run.reset()
        return True

"""The scene: copy items built once per shape (sequence length, rolled or unrolled), restyled after.

``build`` runs when the number of copies or the view mode changes; ``restyle`` (every params change,
up to ~30 a second during training) only swaps the numbers in the shared model and asks for a
repaint, which Qt limits to what is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QWidget

from ...engine import RNNParams
from . import layout as rnn_layout
from . import lstm_layout
from .items import CopyItem, PaintKit
from .layout import COL_W, ROW_GAP, ROW_H, column_rect, grid_size
from .lstm_items import LSTMCopyItem
from .model import ROLLED, UNROLLED, CanvasModel
from .palette import CanvasColours
from .path_overlay import PathOverlay
from .sketch import ChainSketch

MARGIN = 30.0


class CanvasScene(QGraphicsScene):
    weightEditRequested = Signal(str, QRectF)  # weight name, its chip in scene coordinates
    highlightChanged = Signal(object)  # the highlighted weight's name, or None

    def __init__(self, colours: CanvasColours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CanvasModel(colours)
        self.kit = PaintKit(colours)
        self.copy_items: list[CopyItem] = []
        self.per_row = 1
        self.built_cell = "rnn"  # the cell whose copy items are on the scene
        self.sketching = False  # zoomed far out: the chain sketch stands in for the copies
        self.sketch = ChainSketch(self.model)
        self.sketch.kit = self.kit
        self.sketch.setVisible(False)
        self.addItem(self.sketch)
        # the chain-rule receipt's hovered term: its path, lit under the copies (path_overlay.py)
        self.path_overlay = PathOverlay()
        self.path_overlay.colour = colours.highlight
        self.addItem(self.path_overlay)
        self.setBackgroundBrush(colours.background)
        # The copies never move once built: a BSP index makes "what is on screen" cheap.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    @property
    def mode(self) -> str:
        return self.model.mode

    def set_colours(self, colours: CanvasColours) -> None:
        self.model.colours = colours
        self.kit = PaintKit(colours)
        for item in self.copy_items:
            item.kit = self.kit
        self.sketch.kit = self.kit
        self.sketch.restyle()
        self.sketch.update()
        self.path_overlay.colour = colours.highlight
        self.setBackgroundBrush(colours.background)
        self.update()

    def build(self, mode: str, per_row: int | None = None) -> None:
        """One item per copy (unrolled) or a single one (rolled), for the model's current length."""
        for item in self.copy_items:
            self.removeItem(item)
        self.copy_items = []
        self.model.mode = mode
        self.built_cell = self.model.cell
        self.model.labels_changed()  # the LSTM's rolled copy labels what comes in, too
        copy_item = LSTMCopyItem if self.model.cell == "lstm" else CopyItem
        if mode == ROLLED:
            item = copy_item(self.model, self.kit, self.model.copies - 1, rolled=True)
            self.addItem(item)
            self.copy_items.append(item)
            self.per_row = 1
        else:
            for t in range(self.model.copies):
                item = copy_item(self.model, self.kit, t)
                self.addItem(item)
                self.copy_items.append(item)
        self.layout(per_row or self.model.copies)
        self._show_detail()

    def layout(self, per_row: int) -> None:
        """Wrap the unrolled copies into rows of ``per_row`` (moves items; creates none)."""
        if self.model.mode == ROLLED:
            self.setSceneRect(self.content_rect())
            self.sketch.setVisible(False)
            self.light_path(self.path_overlay.path)
            return
        n = len(self.copy_items)
        self.per_row = max(1, min(per_row, n))
        for item in self.copy_items:
            t = item.t
            item.setPos(self.geometry.copy_pos(t, self.per_row))
            end_of_row = (t + 1) % self.per_row == 0 and t < n - 1
            item.set_wrap(self.per_row - 1 if end_of_row else None)
        self.setSceneRect(self.content_rect())
        self.sketch.layout(self.per_row, self.content_rect())
        self.light_path(self.path_overlay.path)  # the lit path follows the copies' new places

    def set_sketching(self, sketching: bool) -> None:
        """Far out, one sketch of the whole chain replaces the copies (level of detail)."""
        if sketching != self.sketching:
            self.sketching = sketching
            self._show_detail()

    @property
    def geometry(self):
        """The layout module of the cell on the canvas (layout.py or lstm_layout.py)."""
        return lstm_layout if self.model.cell == "lstm" else rnn_layout

    def copy_rect(self):
        """One copy's column in its own coordinates, for the cell on the canvas."""
        return self.geometry.column_rect()

    def _show_detail(self) -> None:
        # The chain sketch draws the RNN; an LSTM copy draws its own few lines when far out.
        sketch = self.sketching and self.model.mode == UNROLLED and self.model.cell != "lstm"
        self.sketch.setVisible(sketch)
        for item in self.copy_items:
            item.setVisible(not sketch)

    def item_pos(self, t: int) -> QPointF:
        """Where copy t sits in the scene (the rolled network sits at the origin)."""
        if self.model.mode == ROLLED:
            return QPointF(0, 0)
        return self.geometry.copy_pos(t, self.per_row)

    def content_rect(self) -> QRectF:
        if self.model.cell == "lstm":
            return self._lstm_content_rect()
        rect = column_rect()
        if self.model.mode != ROLLED:
            cols, rows = grid_size(self.model.copies, self.per_row)
            rect.setWidth(COL_W * cols)
            rect.setHeight(ROW_H * rows - ROW_GAP)
        return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def _lstm_content_rect(self) -> QRectF:
        g = lstm_layout
        if self.model.mode == ROLLED:
            rect = self.copy_items[0].boundingRect() if self.copy_items else g.column_rect()
        else:
            rect = g.column_rect()
            cols, rows = g.grid_size(self.model.copies, self.per_row)
            rect.setWidth(g.COL_W * cols)
            rect.setHeight(g.ROW_H * rows - g.ROW_GAP)
        return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def needs_build(self, copies: int, mode: str) -> bool:
        if mode != self.model.mode or not self.copy_items:
            return True
        if self.built_cell != self.model.cell:
            return True
        return mode == UNROLLED and copies != len(self.copy_items)

    def restyle(
        self,
        params: RNNParams,
        values: tuple[float, ...],
        target: float | None,
        activation: str,
        only: list[int] | None = None,
        trace: object | None = None,
    ) -> None:
        """New numbers for the copies already there: no item is created or destroyed.
        ``only``: repaint just these copies now (a live run's update, see NetworkCanvas).
        ``trace``: the forward pass of these numbers, when the caller has it already."""
        self.model.set_numbers(params, values, target, activation, trace)
        if self.sketching and len(values) == len(self.copy_items) and self.model.cell != "lstm":
            self.sketch.restyle()
        if only is None or self.sketching:
            self.update()
            return
        for t in only:
            self.copy_items[t].update()

    def set_backward(self, on: bool) -> None:
        self.model.backward = on
        if on:
            self.model.update_backward()
        else:
            self.model.labels_changed()
        self.sketch.restyle()
        self.update()

    def set_step(self, step: int) -> None:
        self.model.step = step
        self.sketch.update()
        self.update()

    def light_path(self, path) -> bool:
        """Light one receipt term's path (a TermPath of the sequence on the canvas), or none.
        Only the unrolled RNN has copies to light; False when nothing is lit."""
        if self.model.mode != UNROLLED or self.model.cell != "rnn":
            path = None
        self.path_overlay.set_path(path, self.model.copies, self.per_row)
        return self.path_overlay.lit

    def select_weight(self, name: str | None) -> None:
        self.model.selected = name
        self.highlightChanged.emit(self.model.highlighted)
        self.update()

    def hover_weight(self, name: str | None) -> None:
        self.model.hovered = name
        self.highlightChanged.emit(self.model.highlighted)
        self.update()

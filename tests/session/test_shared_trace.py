"""One forward pass per change, however many views show it (canvas, chart, editor, read-outs)."""

from __future__ import annotations

from rnngui.engine import RNNParams
from rnngui.session.state import AppState


class CountingCell:
    """The real cell, counting its forward passes."""

    def __init__(self, cell) -> None:
        self._cell, self.forwards = cell, 0

    def forward(self, *args, **kwargs):
        self.forwards += 1
        return self._cell.forward(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._cell, name)


def test_a_weight_change_runs_one_forward_pass_for_the_whole_window(window, monkeypatch):
    state = window.state
    counting = CountingCell(state.cell)
    monkeypatch.setattr(AppState, "cell", property(lambda self: counting))
    state.set_params(RNNParams(w1=1.2, w2=0.3, b1=0.0, w3=0.9, b2=0.1), "a drag")
    assert counting.forwards == 1
    state.set_params(RNNParams(w1=1.3, w2=0.3, b1=0.0, w3=0.9, b2=0.1), "another")
    assert counting.forwards == 2
    state.select(1)  # another sequence: its own pass, once
    assert counting.forwards == 3

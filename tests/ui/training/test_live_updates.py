"""What keeps the window light while a run trains flat out (issue 5's lag and refresh goals):
axes that move in steps, weight views at 10 a second, labels that do not re-lay out the window."""

from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QObject

from rnngui.model import presets
from rnngui.session.state import FINISHED, LIVE_PARAMS_INTERVAL, RUNNING, AppState
from rnngui.ui.canvas.network_canvas import LIVE_FRAME_BUDGET
from rnngui.ui.training.plots import LOG, MIN_LABEL_GAP_PX
from rnngui.ui.widgets.plot_range import follow_range, wanted_range


def test_a_range_is_kept_while_the_data_fit_and_moves_when_they_leave():
    assert wanted_range(-3.2, 0.1, log=True) == (-4.0, 1.0)  # whole decades
    lo, hi = wanted_range(0.13, 0.92, log=False)
    assert lo <= 0.13 and hi >= 0.92 and (hi - lo) < 1.3 * (0.92 - 0.13)
    assert follow_range((lo, hi), 0.2, 0.9, log=False) is None  # still fits: no redraw
    assert follow_range((lo, hi), 0.2, 1.4, log=False) is not None  # outgrown
    assert follow_range((-10.0, 10.0), 0.2, 0.3, log=False) is not None  # lost inside
    assert follow_range((0.0, 1.0), np.nan, 1.0, log=False) is None


def test_a_falling_loss_moves_the_axis_a_decade_at_a_time():
    """A loss falling from 1 to 1e-12 over 100,000 steps, shown as it grows chunk by chunk."""
    log_loss = np.linspace(0, -12, 100_000) + 0.3 * np.sin(np.arange(100_000) / 50)
    current, moves = (np.nan, np.nan), 0
    for end in range(500, 100_001, 500):
        seen = log_loss[:end]
        wanted = follow_range(current, seen.min(), seen.max(), log=True)
        if wanted is not None:
            current, moves = wanted, moves + 1
        assert current[0] <= seen.min() and seen.max() <= current[1]
    # about one per decade crossed (and a few while the curve spans less than a decade), not
    # one per chunk (200 chunks)
    assert moves <= 25


def test_the_loss_axis_follows_a_run_without_moving_every_chunk(panel, qtbot):
    state = panel.state
    state.set_training(replace(state.document.training, max_steps=30_000))
    panel.loss_view.set_scale(LOG)
    view = panel.loss_view.plot.getPlotItem().vb
    moves, chunks = [], []
    view.sigYRangeChanged.connect(lambda *_: moves.append(1))
    state.runUpdated.connect(lambda *_: chunks.append(1))
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=60_000)
    assert len(chunks) >= 10
    assert len(moves) <= max(12, len(chunks) // 4)
    _x, y = panel.loss_curve.getData()
    low, high = view.viewRange()[1]
    finite = y[np.isfinite(y)]
    assert low <= finite.min() and finite.max() <= high  # the whole curve stays in view


def test_weight_views_follow_a_run_ten_times_a_second_and_end_exact(qtbot):
    state = AppState()
    state.set_training(replace(state.document.training, max_steps=40_000))
    shown, chunks = [], []
    state.paramsChanged.connect(shown.append)
    state.runUpdated.connect(lambda *_: chunks.append(1))
    started = time.monotonic()
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state == FINISHED, timeout=60_000)
    seconds = time.monotonic() - started
    state.shutdown()
    assert shown, "the views heard nothing"
    assert shown[-1] == state.params  # the last word is the trained parameters
    per_second = 1 / LIVE_PARAMS_INTERVAL
    assert len(shown) <= per_second * seconds + 3
    assert len(shown) < len(chunks) or len(chunks) <= 3


def test_each_step_shows_at_once(qtbot):
    state = AppState()
    shown = []
    state.paramsChanged.connect(shown.append)
    for expected in (1, 2, 3):
        state.step()
        qtbot.waitUntil(lambda n=expected: len(state.history) == n, timeout=5000)
        qtbot.waitUntil(lambda n=expected: len(shown) >= n, timeout=5000)
        assert shown[-1] == state.params
    state.shutdown()


class _LayoutCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_live_numbers_do_not_lay_the_window_out_again(window, qtbot):
    """While a run goes, speed, prediction, formula and diagnosis change many times a second;
    none of that may lay out the whole window again (it cost more than the rest of a chunk)."""
    state = window.state
    state.set_training(replace(state.document.training, max_steps=60_000))
    counter = _LayoutCounter()
    chunks = []
    state.runUpdated.connect(lambda *_: chunks.append(1))
    state.start_training()
    qtbot.waitUntil(lambda: len(chunks) >= 2, timeout=10_000)
    window.installEventFilter(counter)
    counted = len(chunks)
    qtbot.waitUntil(lambda: state.run_state != RUNNING or len(chunks) >= counted + 20,
                    timeout=30_000)
    window.removeEventFilter(counter)
    during = len(chunks) - counted
    state.shutdown()
    assert during >= 5
    # A label may grow a few times to fit a longer number (the speed, the time left: on a slow
    # machine "9 s left" becomes "1 min 12 s left"); without the LabelHolders every chunk laid the
    # window out again (21 in this test), so a layout for at most one chunk in four still tells.
    assert counter.count <= max(3, during // 4)
    assert "steps/s" in window.training_panel.speed_label.text() or state.run_state != RUNNING


def test_a_live_label_that_needs_more_room_gets_it(window, qtbot):
    speed = window.training_panel.speed_label
    speed.setText("1,234 steps/s · 3 s left")
    qtbot.wait(20)
    speed.setText("1,234,567,890 steps/s · 12 h 34 min left, and a long tail to show it grows")
    qtbot.waitUntil(lambda: speed.width() >= speed.sizeHint().width(), timeout=2000)


def test_a_short_log_axis_keeps_its_labels_apart(panel):
    """pyqtgraph labels every 2..9 multiple on a log axis spanning a decade or two: on a plot
    160 px tall those overlapped ("0.9" over "0.8" over "0.7")."""
    panel.loss_view.set_scale(LOG)
    axis = panel.loss_view.axis
    minor = [values for spacing, values in axis.tickValues(-1.0, 1.0, 160) if spacing is None]
    assert minor and 0 < len(minor[0]) <= 160 // MIN_LABEL_GAP_PX
    tall = [values for spacing, values in axis.tickValues(-0.3, 0.0, 400) if spacing is None]
    assert len(tall[0]) >= 4  # where there is room, the 2..9 multiples stay


def test_a_costly_canvas_is_repainted_a_few_copies_at_a_time_in_turn(window):
    """51 copies at a middle zoom on a full-HD screen took 24 ms to repaint: during a run the
    canvas then repaints a few copies per update, in turn, so no frame stalls the plots."""
    window.state.replace_document(presets.exploding())
    canvas = window.network_canvas
    copies = len(canvas.copy_items)
    assert copies == 51
    canvas._cost_per_copy = 0.001  # as a middle zoom on a big screen measures
    batch = int(LIVE_FRAME_BUDGET / 0.001)
    shares = [canvas._live_share(copies) for _ in range(math.ceil(copies / batch))]
    assert all(len(share) == batch for share in shares)
    assert set().union(*shares) == set(range(copies))  # every copy gets its turn
    canvas._cost_per_copy = 1e-5  # a fitted chain: cheap, so every copy every time
    assert canvas._live_share(copies) is None

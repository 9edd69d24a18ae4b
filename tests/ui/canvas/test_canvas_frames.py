"""The canvas's badge and forward-step frame (issue 13 item 11): the rolled badge follows the data,
the frame of a row's last copy stays on that copy, and copy 1's frame is clear of the badge."""

from __future__ import annotations

from PySide6.QtCore import QRect

from rnngui.model.document import SequenceData
from rnngui.ui.canvas.layout import COL_W
from rnngui.ui.canvas.model import ROLLED, UNROLLED


def test_the_rolled_badge_follows_a_new_project(window):
    canvas = window.network_canvas
    canvas.set_mode(ROLLED, animate=False)
    window.file_actions.load_preset("Exploding gradients over 51 days")
    assert "51 values go around the loop" in canvas.badge.text()
    window.file_actions.load_preset("StatLand rules")
    copies = len(window.state.selected_sequence.values)
    assert f"{copies} values go around the loop" in canvas.badge.text()
    canvas.set_mode(UNROLLED, animate=False)


def test_the_frame_of_a_rows_last_copy_covers_that_copy_only(window, qtbot):
    canvas = window.network_canvas
    window.state.set_sequences((SequenceData("long", tuple(0.1 * i for i in range(12)), 1.0),),
                               "long")
    window.state.select(0)
    canvas.resize(700, 700)  # narrow: the copies wrap into rows
    canvas.fit()
    per_row = canvas.canvas_scene.per_row
    assert per_row < 12
    last_in_row = canvas.copy_items[per_row - 1]
    assert last_in_row.wrap_col is not None
    frame = last_in_row.mapRectToScene(last_in_row.frame_rect())
    assert frame.width() < COL_W
    for other in canvas.copy_items:
        if other is not last_in_row:
            centre = other.mapToScene(0, 0).x()
            same_row = abs(other.mapToScene(0, 0).y() - last_in_row.mapToScene(0, 0).y()) < 1
            assert not (same_row and frame.left() < centre < frame.right())


def test_copy_ones_frame_is_clear_of_the_badge(window, qtbot):
    canvas = window.network_canvas
    for size in ((900, 500), (1280, 720), (600, 400)):
        canvas.resize(*size)
        canvas.fit()
        item = canvas.copy_items[0]
        frame = canvas.mapFromScene(item.mapRectToScene(item.frame_rect())).boundingRect()
        badge = QRect(canvas.badge.pos(), canvas.badge.size())
        assert not frame.intersects(badge), (size, frame, badge)

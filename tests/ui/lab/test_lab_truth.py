"""The lab says what is true (issue 13 items 9 and 10): a flat 2-D landscape says it is flat and
draws no contours, step numbers never print over each other, the unroll page says why a flat
|dSSR/dw2| is flat, and its green curve is not hidden under the red dashed one."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QSlider

from rnngui.session.state import FINISHED
from rnngui.ui.lab.landscape import LABEL_SPACING_PX, flat_surface

from .test_gradient_lab import flat_out, lab, show, wait_for_grid


def test_a_flat_surface_says_it_is_flat_and_draws_no_bulls_eye(window, qtbot):
    view = show(window, lab(window).landscape_2d)
    window.file_actions.load_preset("StatLand rules")
    # w3 = 0: the prediction is b2 whatever w1 and w2 are, so the SSR over them is one number.
    window.state.set_params(window.state.params.replace(w3=0.0, b2=0.3))
    view.recompute()
    wait_for_grid(qtbot, view)
    assert float(np.nanmax(view.grid) - np.nanmin(view.grid)) < 1e-12
    assert view.isocurves == []
    assert "flat" in view.note.text() and "No contours" in view.note.text()


def test_the_vanishing_plateau_is_named_and_not_ringed(window, qtbot):
    view = show(window, lab(window).landscape_2d)
    lab(window).load_vanishing()
    view.recompute()
    wait_for_grid(qtbot, view)
    assert "flat (≈ 1, to within round-off)" in view.note.text()
    levels = [iso.level for iso in view.isocurves]
    plateau = np.log10(1.0)
    assert all(abs(level - plateau) > 1e-6 for level in levels)  # no ring inside the plateau


def test_a_real_surface_keeps_its_contours(window, qtbot):
    view = show(window, lab(window).landscape_2d)
    window.file_actions.load_preset("StatLand rules")
    view.recompute()
    wait_for_grid(qtbot, view)
    assert len(view.isocurves) == 7 and "flat" not in view.note.text()


def test_flat_surface_rule():
    assert flat_surface(np.full((3, 3), 0.5) + 1e-16 * np.arange(9).reshape(3, 3)) is not None
    assert flat_surface(np.array([0.5, 0.5001])) is None
    assert flat_surface(np.array([np.nan, np.inf])) is None


def test_step_numbers_never_print_over_each_other(window, qtbot):
    view = show(window, lab(window).landscape_1d)
    lab(window).load_exploding()
    flat_out(window.state)
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state == FINISHED, timeout=20_000)
    view.recompute()
    wait_for_grid(qtbot, view)
    view.plot.getPlotItem().getViewBox().updateAutoRange()
    view._draw_path()
    vb = view.plot.getPlotItem().getViewBox()
    shown = [vb.mapViewToScene(label.pos()) for label in view.numbers if label.isVisible()]
    assert len(shown) >= 2
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert (a - b).manhattanLength() >= LABEL_SPACING_PX


@pytest.mark.parametrize(("w2_steps", "says"), [(50, "vanishing gradient"), (200, "exploding")])
def test_the_unroll_page_says_why(window, qtbot, w2_steps, says):
    view = show(window, lab(window).unroll)
    view.findChild(QSlider, "w2Slider").setValue(w2_steps)
    view.findChild(QSlider, "unrollSlider").setValue(50)
    assert says in view.readout.text()
    if w2_steps == 50:
        assert "stays near 62.73 from N = " in view.readout.text()
        assert "below 1 % after 7 loops" in view.readout.text()


def test_the_green_curve_is_visible_beside_the_red_dashes(window):
    view = lab(window).unroll
    green, red = view.first_curve.opts["pen"], view.ref_curve.opts["pen"]
    assert green.widthF() > 2 * red.widthF()  # wider: it shows around the dashes it lies under

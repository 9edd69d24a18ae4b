"""Every classroom screen, the look (issue 12 items 2 and 3) and the plots' own defects (issue 13
item 8): plots in the theme's colours, presenter sizes that reach the canvas and the plots, tick
labels that never overlap and read one way, legends off the data, empty plots that say what to do.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QSpinBox, QToolButton

from rnngui.model import presets
from rnngui.ui.canvas.palette import contrast
from rnngui.ui.teaching.theme import DARK, LIGHT
from rnngui.ui.training.plots import LOG, RunPlot
from rnngui.ui.widgets.plot_style import ThinAxis, same_format, style_plot
from tests.ui.flat_out import flat_out


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    """Settings in a temporary folder, and the application's look put back after each test."""
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    app = QApplication.instance()
    font = app.font()
    yield tmp_path
    app.setFont(font)
    app.setPalette(QPalette())


def settle(qtbot, rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def _mean_colour(image: QImage) -> QColor:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    pixels = data.reshape(h, image.bytesPerLine() // 4, 4)[:, :w, :3].reshape(-1, 3)
    b, g, r = pixels.mean(axis=0)
    return QColor(int(r), int(g), int(b))


# --- dark theme: every plot, checked buttons, spin box frames ----------------------------------
def test_dark_theme_reaches_every_plot(window, qtbot):
    window.teaching.set_theme(DARK)
    try:
        for tab in range(window.tabs.count()):  # the gradient lab's plots, too
            window.tabs.setCurrentIndex(tab)
            settle(qtbot)
        plots = window.findChildren(pg.PlotWidget)
        assert len(plots) >= 8  # four run plots, the chart, the lab's pages
        for plot in plots:
            background = plot.backgroundBrush().color()
            assert background.lightness() < 80, plot.objectName()
            for name in ("left", "bottom"):
                text = plot.getPlotItem().getAxis(name).textPen().color()
                assert contrast(text, background) >= 4.5, (plot.objectName(), name)
            title = plot.getPlotItem().titleLabel
            if title.isVisible() and title.text:
                assert contrast(QColor(title.opts["color"]), background) >= 4.5
        window.teaching.set_theme(LIGHT)
        for plot in plots:
            assert plot.backgroundBrush().color().lightness() > 200, plot.objectName()
    finally:
        window.tabs.setCurrentIndex(0)


def test_a_checked_button_looks_checked_in_dark(window, qtbot):
    window.teaching.set_theme(DARK)
    rolled = window.findChild(QToolButton, "canvasRolledButton")
    unrolled = window.findChild(QToolButton, "canvasUnrolledButton")
    window.state.view.set_canvas_mode("unrolled")
    settle(qtbot)
    assert unrolled.isChecked() and not rolled.isChecked()
    on, off = _mean_colour(unrolled.grab().toImage()), _mean_colour(rolled.grab().toImage())
    # Fusion's own checked shade in a dark palette differs by a few levels only (contrast 1.05)
    assert contrast(on, off) >= 1.4, (on.name(), off.name())


def test_spin_boxes_keep_their_frames_in_dark(window, qtbot):
    window.teaching.set_theme(DARK)
    settle(qtbot)
    spin = window.findChild(QSpinBox, "maxSteps")
    spin.resize(120, 28)
    image = spin.grab().toImage()
    field = image.pixelColor(image.width() // 3, image.height() // 2)
    edge = image.pixelColor(image.width() // 3, 0)
    assert contrast(edge, field) >= 1.6, (edge.name(), field.name())


# --- presenter mode: the canvas and the plots -----------------------------------------------
def test_presenter_canvas_numbers_are_14_px_at_1280x720(window, qtbot):
    window.state.replace_document(presets.exploding_four_loops())
    assert len(window.state.selected_sequence.values) == 5
    window.resize(1280, 720)
    window.teaching.set_presenter(True)
    try:
        settle(qtbot)
        window.panel_deck.show_panel(window.network_panel)
        window.state.view.set_canvas_mode("unrolled")
        window.teaching.press("canvasFitButton")
        settle(qtbot)
        canvas = window.network_canvas
        assert canvas.isVisible() and len(canvas.copy_items) == 5
        scale = canvas.scale_factor()
        drawn = canvas.canvas_scene.kit.drawn_font_px(scale)
        assert drawn * scale >= 14, (drawn, scale)
        window.teaching.set_presenter(False)
        settle(qtbot)
        assert canvas.canvas_scene.kit.drawn_font_px(1.0) == 13  # normal mode as before
    finally:
        window.teaching.set_presenter(False)


def test_presenter_mode_enlarges_plot_text(window, qtbot):
    plot = window.training_panel.loss_view.plot
    item = plot.getPlotItem()
    normal = QApplication.font().pointSizeF()
    window.teaching.set_presenter(True)
    try:
        big = QApplication.font().pointSizeF()
        assert big >= 1.4 * normal
        assert item.getAxis("left").style["tickFont"].pointSizeF() == big
        assert item.titleLabel.opts["size"] == f"{big + 1:.1f}pt"
        assert item.getAxis("bottom").labelStyle["font-size"] == f"{big:.1f}pt"
        legend = window.training_panel.params_view.legend
        assert all(label.opts["size"] == f"{big:.1f}pt" for _s, label in legend.items)
    finally:
        window.teaching.set_presenter(False)
    assert item.getAxis("left").style["tickFont"].pointSizeF() == normal


def _text_rects(axis: pg.AxisItem) -> list[QRectF]:
    picture = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = pg.QtGui.QPainter(picture)
    if axis.style["tickFont"] is not None:
        painter.setFont(axis.style["tickFont"])
    try:
        return [spec[0] for spec in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()


@pytest.mark.parametrize("log_range", [(-300.0, 0.0), (-20.0, 0.0), (-1.0, 1.0)])
def test_tick_labels_never_overlap_with_a_presenter_font(qtbot, log_range):
    """"8 7 6 5" and "10⁻¹⁰ 10⁻²⁰" piled up: pyqtgraph always draws its first level of labels."""
    plot = pg.PlotWidget(axisItems={"left": ThinAxis("left"), "bottom": ThinAxis("bottom")})
    qtbot.addWidget(plot)
    plot.setLogMode(y=True)
    big = QFont(QApplication.font())
    big.setPointSizeF(22)
    for name in ("left", "bottom"):
        plot.getAxis(name).setTickFont(big)
    plot.resize(260, 150)
    plot.show()
    plot.getPlotItem().vb.setRange(xRange=(0, 3000), yRange=log_range, padding=0)
    settle(qtbot)
    for name in ("left", "bottom"):
        rects = _text_rects(plot.getAxis(name))
        assert rects, name
        for i, a in enumerate(rects):
            assert not any(a.intersects(b) for b in rects[i + 1:]), (name, log_range)


# --- issue 13 item 8: the plots' own defects ---------------------------------------------------
def test_a_log_axis_within_a_decade_has_labels():
    """A loss stalled between 0.5 and 0.9 had no y label at all."""
    axis = ThinAxis("left")
    axis.setLogMode(False, True)
    levels = axis.tickValues(math.log10(0.5), math.log10(0.9), 150)
    values = [v for _spacing, vs in levels for v in vs]
    assert len(values) >= 2
    labels = axis.tickStrings(values, 1.0, None)
    assert all("10" not in s for s in labels), labels  # plain decimals, one format
    assert len(set(labels)) == len(labels)


def test_the_lowest_decade_shown_is_labelled():
    """The step-size plot's 1e-14 plateau sat below its last label (labels every 10 decades)."""
    axis = ThinAxis("left")
    axis.setLogMode(False, True)
    levels = axis.tickValues(-14.3, 0.2, 120)
    majors = [v for spacing, vs in levels if spacing is not None for v in vs]
    assert min(majors) == -14


def test_one_format_per_axis():
    """"0.0001" beside "10⁻⁵" on one log axis; a linear axis that needs powers of ten uses them
    for every label."""
    axis = ThinAxis("left")
    axis.setLogMode(False, True)
    for lo, hi, size in ((-6.0, -2.0, 300), (-3.0, 3.0, 400), (-300.0, 0.0, 200)):
        levels = axis.tickValues(lo, hi, size)
        labels = [s for spacing, vs in levels for s in axis.tickStrings(vs, 1.0, spacing)]
        assert labels and all("10" in s for s in labels), labels
    assert same_format([0, 5e-4, 1e-3], 5e-4) == ["0", "5·10⁻⁴", "10⁻³"]
    assert same_format([0, 1000, 2000], 1000) == ["0", "1000", "2000"]


def _laid_out(qtbot, plot: RunPlot) -> None:
    plot.resize(420, 260)
    plot.show()
    qtbot.waitExposed(plot)
    settle(qtbot)


def test_legends_stay_off_the_data(qtbot):
    """The Parameters legend hid the ends of w1 and w3; the through-time one hid n = 0–4."""
    series = [(n, i + 1, c) for i, (n, c) in enumerate(
        [("w1", "#0072B2"), ("w2", "#D55E00"), ("b1", "#009E73"), ("w3", "#CC79A7"),
         ("b2", "#E69F00")])]
    plot = RunPlot("paramsTest", "Parameters", "value", series)
    qtbot.addWidget(plot)
    _laid_out(qtbot, plot)
    rows = np.column_stack([np.arange(50.0)] + [np.linspace(-1, 1, 50) * (i + 1)
                                                for i in range(5)])
    plot.show_rows(rows)
    settle(qtbot)
    view = plot.plot.getPlotItem().vb.sceneBoundingRect()
    legend = plot.legend.sceneBoundingRect()
    assert legend.height() > 0 and not legend.intersects(view), (legend, view)
    assert len(plot.legend.items) == 5


def test_through_time_legend_stays_off_the_data(window, qtbot):
    lab = window.gradient_lab
    window.tabs.setCurrentWidget(lab)
    lab.tabs.setCurrentWidget(lab.through_time)
    settle(qtbot)
    plot = lab.through_time.plot.getPlotItem()
    legend = plot.legend
    assert legend is not None and legend.items
    assert not legend.sceneBoundingRect().intersects(plot.vb.sceneBoundingRect())
    window.tabs.setCurrentIndex(0)


def test_an_empty_plot_says_press_train_and_forgets_the_last_run(qtbot):
    plot = RunPlot("lossTest", "SSR", "SSR", [("SSR", 1, "#000")], scale=LOG)
    qtbot.addWidget(plot)
    _laid_out(qtbot, plot)
    item = plot.plot.getPlotItem()
    assert plot.hint.isVisible() and "Train" in plot.hint.toPlainText()
    assert not item.getAxis("left").style["showValues"]  # no 0.1 ... 0.9 of nothing
    rows = np.column_stack([np.arange(3000.0), np.logspace(0, -300, 3000)])
    plot.show_rows(rows)
    settle(qtbot)
    assert not plot.hint.isVisible() and item.getAxis("left").style["showValues"]
    x_range, y_range = item.vb.viewRange()
    assert x_range[1] >= 2999 and y_range[0] <= -299
    plot.clear()  # Reset, a preset, a lesson step
    settle(qtbot)
    x_range, y_range = item.vb.viewRange()
    assert plot.hint.isVisible() and x_range[1] <= 1 and y_range[0] >= 0
    plot.show_rows(rows[:10] * [1, 0] + [0, 0.5])  # the next run is fitted afresh
    settle(qtbot)
    x_range, _ = item.vb.viewRange()
    assert x_range[1] < 100


def test_after_a_preset_the_run_plots_are_empty_again(window, qtbot):
    panel = window.training_panel
    flat_out(window.state)
    window.state.start_training()
    qtbot.waitUntil(lambda: window.state.run_state not in ("running",), timeout=20_000)
    settle(qtbot)
    assert not panel.loss_view.hint.isVisible()
    window.state.replace_document(presets.companies())
    settle(qtbot)
    for view in panel.views:
        assert view.hint.isVisible(), view.plot.objectName()
        assert view.plot.getPlotItem().vb.viewRange()[0][1] <= 1


def test_a_dark_curve_is_drawn_readably_on_a_dark_plot(qtbot):
    plot = RunPlot("stepTest", "Step size", "|Δθ|", [("|Δθ|", 1, "#000000")])
    qtbot.addWidget(plot)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    style_plot(plot.plot, presenter=False, palette=dark)
    pen = plot.curves["|Δθ|"].opts["pen"]
    assert contrast(pg.mkPen(pen).color(), QColor("#1e1e1e")) >= 2

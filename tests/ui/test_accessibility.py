"""Screen readers: every visible control has a name and a description; the canvas, the diagnosis
and the lesson's reveals are text a screen reader can read and is told about."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetSelectionRange,
    QToolButton,
    QWidget,
)

from rnngui.ui.widgets.accessibility import (
    LAST_ANNOUNCEMENT,
    describe_controls,
    is_control,
    plain,
    undescribed,
    words_of,
)


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, tmp_path):
    """Settings (a theme chosen here) in a folder of this test's, the look put back after."""
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    app = QApplication.instance()
    font = app.font() if app else None
    yield tmp_path
    if app is not None:
        app.setFont(font)
        app.setPalette(QPalette())


def _names(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}({w.objectName()!r})" for w in widgets]


def _settle(qtbot) -> None:
    qtbot.wait(20)
    QApplication.processEvents()


def test_every_visible_control_is_named_and_described(window, qtbot):
    """Both main tabs, every lab page, the lesson dock open: no control without words."""
    _settle(qtbot)
    missing = undescribed(window)
    assert not missing, _names(missing)
    window.lesson_panel.toggle_action.trigger()
    _settle(qtbot)
    assert window.lesson_panel.isVisible()
    missing = undescribed(window)
    assert not missing, _names(missing)
    window.tabs.setCurrentWidget(window.gradient_lab)
    for i in range(window.gradient_lab.tabs.count()):
        window.gradient_lab.tabs.setCurrentIndex(i)
        _settle(qtbot)
        missing = undescribed(window)
        assert not missing, (window.gradient_lab.tabs.tabText(i), _names(missing))
    window.tabs.setCurrentWidget(window.panel_deck)
    _settle(qtbot)
    assert not undescribed(window)


def test_rebuilt_controls_are_named_again(window, qtbot):
    """Another cell rebuilds the trainable boxes: the new ones get names too."""
    other = "lstm" if window.state.cell.key != "lstm" else "rnn"
    before = {id(w) for w in window.findChildren(QWidget)}
    assert window.training_panel.cell_chooser.choose(other, random_seed=1)
    _settle(qtbot)
    assert window.state.cell.key == other
    new = [w for w in window.findChildren(QWidget) if id(w) not in before and is_control(w)]
    assert new  # the trainable boxes were rebuilt
    assert all(w.accessibleName() and w.accessibleDescription() for w in new)
    missing = undescribed(window)
    assert not missing, _names(missing)


def test_names_come_from_text_buddy_tooltip_or_object_name(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("&Train", root)
    label = QLabel("&Steps:", root)
    spin = QSpinBox(root)
    label.setBuddy(spin)
    tool = QToolButton(root, objectName="canvasFitButton")
    tipped = QSpinBox(root)
    tipped.setToolTip("<b>Learning rate</b>: how far each step goes")
    kept = QPushButton("Go", root)
    kept.setAccessibleName("Start the run")
    kept.setAccessibleDescription("Starts training")
    describe_controls(root)
    assert button.accessibleName() == "Train"
    assert button.accessibleDescription() == "A button: Train."
    assert spin.accessibleName() == "Steps"
    assert tool.accessibleName() == "Canvas fit button"
    assert tipped.accessibleName() == "Learning rate"
    assert tipped.accessibleDescription() == "Learning rate: how far each step goes"
    assert (kept.accessibleName(), kept.accessibleDescription()) == ("Start the run",
                                                                     "Starts training")
    # a made-up name follows the text (Play becomes Pause); a given one stays
    button.setText("&Pause")
    describe_controls(root)
    assert button.accessibleName() == "Pause"
    assert kept.accessibleName() == "Start the run"


def test_plain_and_words():
    assert plain("<b>a</b> &amp; b") == "a & b"
    assert plain("Save &&&As") == "Save &As"
    assert words_of("lossPlotExport") == "Loss plot export"


def test_canvas_description_follows_the_step_and_is_announced(window, qtbot):
    canvas = window.network_canvas
    assert canvas.accessibleName() == "Network canvas"
    assert canvas.formula in canvas.accessibleDescription() or "Formula" in \
        canvas.accessibleDescription()
    window.network_panel.step_button.click()
    _settle(qtbot)
    description = canvas.accessibleDescription()
    assert description.startswith("Copy 1 of ")
    assert plain(canvas.formula) in description
    # the copy's own numbers are in it
    for text in canvas.copy_texts(0).values():
        assert plain(str(text)) in description
    assert canvas.property(LAST_ANNOUNCEMENT) == plain(canvas.formula)
    window.network_panel.step_button.click()
    _settle(qtbot)
    assert canvas.accessibleDescription().startswith("Copy 2 of ")
    assert canvas.property(LAST_ANNOUNCEMENT) == plain(canvas.formula)
    assert "Copy 2 of" in canvas.property(LAST_ANNOUNCEMENT)
    # a new weight: the description says the new numbers
    params = window.state.params
    first = window.state.cell.param_names[0]
    window.state.set_params(params.replace(**{first: getattr(params, first) + 1.25}), "test")
    _settle(qtbot)
    assert plain(canvas.formula) in canvas.accessibleDescription()
    window.state.view.set_highlight(first)
    _settle(qtbot)
    assert f"Highlighted weight: {first}" in canvas.accessibleDescription()


def test_diagnosis_is_announced(window, qtbot):
    panel = window.training_panel
    window.state.start_training()
    qtbot.waitUntil(lambda: not window.state.is_active, timeout=30000)
    _settle(qtbot)
    text = panel.diagnosis_label.text()
    assert text
    assert panel.diagnosis_label.property(LAST_ANNOUNCEMENT) == plain(text)


def test_lesson_reveal_is_announced(window, qtbot):
    lesson = window.lesson_panel
    window.lesson_panel.toggle_action.trigger()
    _settle(qtbot)
    for _ in range(60):
        step = lesson.step
        if step is not None and step.question is not None:
            break
        lesson.next()
    assert lesson.step is not None and lesson.step.question is not None
    lesson.answer.setText("1")
    lesson.reveal_button.click()
    assert lesson.revealed
    assert lesson.result.property(LAST_ANNOUNCEMENT) == plain(lesson.revealed)


# --- every plot as a table ------------------------------------------------------------------------
def _trained(window, qtbot) -> None:
    window.state.start_training()
    qtbot.waitUntil(lambda: not window.state.is_active, timeout=30000)
    _settle(qtbot)


def test_a_training_plot_as_a_table_holds_the_curves_numbers(window, qtbot):
    from rnngui.ui.training.plots import LINEAR, LOG

    _trained(window, qtbot)
    view = window.training_panel.loss_view
    actions = [a.text() for a in view.export_button.menu().actions()]
    assert "Show as table…" in actions
    view.set_scale(LOG)
    dialog = view.show_table()
    qtbot.addWidget(dialog)
    x, y = view.curves["SSR"].getData()
    assert dialog.table.rowCount() == len(x) > 10
    assert np.array_equal(dialog.values(0), x)
    np.testing.assert_allclose(dialog.values(1), 10.0 ** y, rtol=1e-12)  # drawn as log10
    assert not undescribed(dialog)
    dialog.close()
    view.set_scale(LINEAR)
    dialog = view.show_table()
    qtbot.addWidget(dialog)
    x, y = view.curves["SSR"].getData()
    assert dialog.values(1) == list(y)  # exactly: the shortest text that reads back the same
    # Ctrl+C copies the selection as tab-separated lines, the header first
    dialog.table.setFocus()
    dialog.table.clearSelection()
    dialog.table.setRangeSelected(QTableWidgetSelectionRange(0, 0, 2, 1), True)
    QTest.keyClick(dialog.table, "c", Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "step\tSSR"
    assert [float(v) for v in lines[1].split("\t")] == [x[0], y[0]]
    assert len(lines) == 4
    dialog.close()


def test_the_gradient_plot_table_follows_the_drawn_absolute_values(window, qtbot):
    from rnngui.ui.training.plots import ABSLOG

    _trained(window, qtbot)
    view = window.training_panel.gradient_view
    view.set_scale(ABSLOG)
    dialog = view.show_table()
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text()
               for c in range(dialog.table.columnCount())]
    names = [name for name, _c, _p in view.series]
    for name in names:
        column = headers.index(f"|{name}|")
        _x, y = view.curves[name].getData()
        np.testing.assert_allclose(dialog.values(column), 10.0 ** y, rtol=1e-12)
    dialog.close()


def test_a_lab_plot_as_a_table(window, qtbot):
    from rnngui.ui.widgets.data_table import curve_columns, show_plot_table

    window.tabs.setCurrentWidget(window.gradient_lab)
    _settle(qtbot)
    plot = window.gradient_lab.through_time.plot
    menu = plot.getPlotItem().vb.menu
    assert "Show as table…" in [a.text() for a in menu.actions()]
    headers, columns = curve_columns(plot)
    assert headers and columns
    dialog = show_plot_table(plot)
    qtbot.addWidget(dialog)
    items = [i for i in plot.getPlotItem().listDataItems() if i.name() and i.xData is not None
             and len(i.xData)]
    first = items[0]
    column = headers.index(first.name())
    assert np.array_equal(dialog.values(column - 1)[:len(first.xData)], first.xData)
    np.testing.assert_array_equal(dialog.values(column)[:len(first.yData)],
                                  np.asarray(first.yData, dtype=float))
    dialog.close()


# --- colour: contrast and more than hue ---------------------------------------------------------
CONTRAST_PAIRS = [("WindowText", "Window"), ("Text", "Base"), ("ButtonText", "Button"),
                  ("HighlightedText", "Highlight"), ("ToolTipText", "ToolTipBase"),
                  ("PlaceholderText", "Base")]


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def wcag_contrast(a, b) -> float:
    """WCAG 2's contrast ratio, computed here from its definition (not the app's helper)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_wcag_contrast_of_known_colours():
    from PySide6.QtGui import QColor

    assert wcag_contrast(QColor("#000000"), QColor("#ffffff")) == 21.0
    assert abs(wcag_contrast(QColor("#767676"), QColor("#ffffff")) - 4.54) < 0.01


def test_every_theme_meets_wcag_aa():
    """Light, dark and both presenter variants: text on its background at 4.5:1 or more."""
    from PySide6.QtGui import QPalette

    from rnngui.ui.teaching.theme import dark_palette, light_palette

    role = QPalette.ColorRole
    low = []
    for theme, make in (("light", light_palette), ("dark", dark_palette)):
        for presenter in (False, True):
            palette = make(presenter)
            for text, background in CONTRAST_PAIRS:
                ratio = wcag_contrast(palette.color(getattr(role, text)),
                                      palette.color(getattr(role, background)))
                if ratio < 4.5:
                    low.append((theme, presenter, text, background, round(ratio, 2)))
    assert not low


def test_the_rnn_curves_differ_by_line_style_too(window, qtbot):
    from rnngui.ui.teaching.theme import DARK
    from rnngui.ui.training.plots import PARAM_STYLES

    if window.state.cell.key != "rnn":
        assert window.training_panel.cell_chooser.choose("rnn", random_seed=1)
    _settle(qtbot)
    assert len(set(PARAM_STYLES.values())) == 5
    panel = window.training_panel

    def styles(view, prefix: str = "") -> dict[str, Qt.PenStyle]:
        return {name.removeprefix(prefix): curve.opts["pen"].style()
                for name, curve in view.curves.items()}

    expected = {"w1": Qt.PenStyle.SolidLine, "w2": Qt.PenStyle.DashLine,
                "b1": Qt.PenStyle.DotLine, "w3": Qt.PenStyle.DashDotLine,
                "b2": Qt.PenStyle.DashDotDotLine}
    assert styles(panel.params_view) == expected
    assert styles(panel.gradient_view, "dSSR/d") == expected
    # presenter mode's thick lines and the dark theme keep the styles
    window.teaching.set_presenter(True)
    window.teaching.set_theme(DARK)
    _settle(qtbot)
    assert styles(panel.params_view) == expected
    assert all(curve.opts["pen"].widthF() > 1 for curve in panel.params_view.curves.values())
    window.teaching.set_presenter(False)

"""One look for every pyqtgraph plot of the app: the palette's colours, the presenter's sizes.

pyqtgraph draws its own background, axes, titles and legends, and ignores the Qt palette and the
application font. ``style_plot`` gives a ``pg.PlotWidget`` the palette's base colour and text
colour, the application's font (so presenter mode's larger font reaches the tick labels, titles,
axis labels and legends) and pens wide enough for a projector; ``style_all`` does it for every
plot under a widget, whenever the theme or presenter mode changes.

``ThinAxis`` is an axis whose tick labels never overlap, whatever the font: a label that would
touch one already placed is dropped, a log axis labels its decades in steps that leave room (and
always the lowest decade shown, so a plateau does not sit below the last label), a log axis that
spans less than a decade or two gets labels in between, and each axis writes all its labels one
way ("10⁻⁵" beside "10⁻⁴", never "0.0001" beside "10⁻⁵").

``LegendAbove`` is a legend in a row of its own above the data, so it never covers a curve.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ...engine.words import decimal, localized
from .colours import PRESENTER_LINE_WIDTH, contrast, mix

MIN_CURVE_CONTRAST = 2.0  # a curve darker than this against the background is pulled to the text
LABEL_GAP = 0.35  # free space between two tick labels, in label heights
MIN_LABEL_GAP_PX = 22  # the least room a label of a vertical axis gets, whatever its font
SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
DECADE_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)

_presenter = False  # the app's current look (views made later take it too)
_original_pens: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_hints: weakref.WeakSet = weakref.WeakSet()


def power_of_ten(exponent: int, mantissa: int = 1) -> str:
    """"10⁻⁵", "2·10⁻⁵": superscript exponents, as pyqtgraph writes a log axis' decades."""
    head = "" if mantissa == 1 else f"{mantissa}·"
    return f"{head}10{str(int(exponent)).translate(SUPERSCRIPT)}"


def scientific(value: float, digits: int = 3) -> str:
    """``value`` as "1.5·10⁻⁵" (or "0")."""
    if value == 0:
        return "0"
    mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    head = "" if mantissa == "1" else ("-" if mantissa == "-1" else f"{mantissa}·")
    return f"{head}10{str(int(exponent)).translate(SUPERSCRIPT)}"


def same_format(values: Sequence[float], spacing: float) -> list[str]:
    """Labels for linear ticks, all in one format: plain decimals when every label reads well
    that way, else every one in powers of ten."""
    values = [float(v) for v in values]
    nonzero = [abs(v) for v in values if v != 0]
    if nonzero and (max(nonzero) >= 1e6 or min(nonzero) < 1e-3):
        return [scientific(v) for v in values]
    places = max(0, math.ceil(-math.log10(spacing))) if spacing > 0 else 0
    return [f"{v:.{places}f}" for v in values]


def decade_step(decades: float, pixels: float, label_px: float) -> int:
    """How many decades apart the decade labels go so that each has room on the axis."""
    per_decade = pixels / max(decades, 1e-9)
    for step in DECADE_STEPS:
        if step * per_decade >= label_px * (1 + LABEL_GAP) * 1.4:
            return step
    return max(1, math.ceil(decades / 2))


class ThinAxis(pg.AxisItem):
    """An axis whose tick labels never overlap and read one way (see the module's notes)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # pyqtgraph's SI prefix multiplies log-axis labels too ("x1e+27" beside 10^3 for 1e30)
        self.enableAutoSIPrefix(False)
        # pyqtgraph drops a whole level of labels when they would fill much of the axis; here
        # each label is kept or dropped by itself (generateDrawSpecs), so let every level through
        self.setStyle(textFillLimits=[(0, 1.0)])

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """Room for half a label past each end of a vertical axis. pyqtgraph allows 15 px, but
        not with a grid, and then drops the label of a decade at the end of the axis: the
        lowest decade, where a plateau sits, went unlabelled."""
        rect = super().boundingRect()
        if self.orientation in ("left", "right"):
            margin = self.label_px() / 2 + 2
            rect = rect.adjusted(0, -margin, 0, margin)
        return rect

    def label_px(self) -> float:
        """The height (vertical axis) or a typical width (horizontal axis) of a tick label."""
        font = self.style["tickFont"] or QApplication.font()
        metrics = pg.QtGui.QFontMetricsF(font)
        if self.orientation in ("left", "right"):
            return max(metrics.height(), MIN_LABEL_GAP_PX / (1 + LABEL_GAP))
        return metrics.horizontalAdvance("10⁻¹⁰")

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 - pyqtgraph's
        """Decades in steps that leave room, from the lowest decade shown; within a decade and a
        half, round values in between, as a linear axis would have."""
        self._within_decades = False
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        span = maxVal - minVal
        need = self.label_px()
        if span >= 1.5:
            step = decade_step(span, size, need)
            lowest = math.ceil(minVal)
            # the lowest decade shown comes first, so it is the one kept when a multiple of the
            # step would touch it: a plateau down there never sits below the last label
            first = lowest + (-lowest) % step
            majors = [lowest] + [v for v in range(first, math.floor(maxVal) + 1, step)
                                 if v != lowest]
            levels = [(float(step), [float(v) for v in majors])]
            # 2 and 5 times each decade where there is room, or where the decades alone would
            # give one or two labels (generateDrawSpecs drops any that would touch)
            if step == 1 and (size / span >= 3 * need * (1 + LABEL_GAP) or len(majors) < 3):
                mids = [d + math.log10(m) for d in range(math.floor(minVal), math.ceil(maxVal))
                        for m in (2, 5)]
                levels.append((None, [v for v in mids if minVal < v < maxVal]))
            return levels
        lo, hi = 10.0**minVal, 10.0**maxVal
        count = max(2, int(size / (need * (1 + LABEL_GAP))))
        raw = (hi - lo) / count
        if not (math.isfinite(raw) and raw > 0.0):  # an empty or underflowing span: no labels
            return []
        magnitude = 10.0 ** math.floor(math.log10(raw))
        spacing = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw * 0.999)
        start = math.ceil(lo / spacing) * spacing
        values = [v for v in np.arange(start, hi + spacing * 0.5, spacing) if lo <= v <= hi]
        self._within_decades = True
        self._value_spacing = spacing
        return [(None, [math.log10(v) for v in values if v > 0])]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        """Every label of the axis one way: decades and their 2 and 5 times as powers of ten;
        the round values within a decade as decimals (or all in powers of ten when tiny)."""
        values = [float(v) for v in values]
        if not values:
            return []
        if not getattr(self, "_within_decades", False):
            out = []
            for v in values:
                exponent = math.floor(v + 1e-9)
                out.append(power_of_ten(exponent, round(10 ** (v - exponent))))
            return out
        plain = [10.0**v for v in values]
        if min(plain) < 1e-3 or max(plain) >= 1e5:
            return [scientific(x, 3) for x in plain]
        step = self._value_spacing
        places = max(0, math.ceil(-math.log10(step) - 1e-9))
        return [f"{x:.{places}f}" for x in plain]

    def paint(self, p, opt, widget) -> None:
        """pyqtgraph keeps the drawn labels until the range changes: a language switch that
        changed the decimal separator draws them again."""
        if getattr(self, "_drawn_decimal", None) != decimal():
            self._drawn_decimal = decimal()
            self.picture = None
        super().paint(p, opt, widget)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        # Written with '.', shown with the chosen language's separator (0,5 in German).
        if self.logMode:
            return [localized(s) for s in self.logTickStrings(values, scale, spacing)]
        return [localized(s) for s in same_format([v * scale for v in values], spacing * scale)]

    def generateDrawSpecs(self, p):  # noqa: N802 - pyqtgraph's name
        """pyqtgraph always draws its first level of labels, even on top of each other (big
        fonts on a short axis): drop any label that would touch one already placed."""
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return specs
        axis_spec, tick_specs, text_specs = specs
        vertical = self.orientation in ("left", "right")
        kept: list[QRectF] = []
        thinned = []
        for spec in text_specs:
            rect = spec[0]
            pad = rect.height() * LABEL_GAP if vertical else rect.height() * LABEL_GAP * 1.5
            grown = rect.adjusted(-pad, -pad, pad, pad) if not vertical else rect.adjusted(
                0, -pad / 2, 0, pad / 2)
            if any(grown.intersects(other) for other in kept):
                continue
            kept.append(grown)
            thinned.append(spec)
        return axis_spec, tick_specs, thinned


class LegendAbove(pg.LegendItem):
    """A legend in the plot's layout, in the row above the data: it never covers a curve. As
    many columns as the plot's width holds."""

    def __init__(self, item: pg.PlotItem, **kwargs) -> None:
        kwargs.setdefault("colCount", 6)
        super().__init__(**kwargs)
        self.layout.setContentsMargins(2, 0, 2, 0)
        self.layout.setVerticalSpacing(0)
        # The row above the view box belongs to the (hidden) top axis: the legend takes it.
        top = item.getAxis("top")
        item.layout.removeItem(top)
        item.layout.addItem(self, 1, 1)
        item.legend = self  # PlotItem.plot(name=...) adds its curves here
        self._item = item
        item.vb.sigResized.connect(self.fit_columns)

    def paint(self, p, *args) -> None:
        pass  # no frame and no box: it sits beside the data, not on them

    def addItem(self, item, name) -> None:  # noqa: N802 - pyqtgraph's name
        super().addItem(item, name)
        self.fit_columns()

    def fit_columns(self, *_: object) -> None:
        """As many columns as fit the view's width (long names wrap into more rows). A lone
        curve needs no legend (the title names it): its row is given back to the data."""
        alone = len(self.items) <= 1
        self.setVisible(not alone)
        self.setMaximumHeight(0 if alone else 10_000)
        if not self.items:
            return
        width = self._item.vb.width() or 400
        # the text's own width (a label item is stretched to its column once laid out)
        widest = max(sample.boundingRect().width() + label.item.boundingRect().width() + 16
                     for sample, label in self.items)
        cols = max(1, min(len(self.items), int(width // max(widest, 1))))
        if cols != self.columnCount:
            self.setColumnCount(cols)


def legend_above(plot: pg.PlotWidget, **kwargs) -> LegendAbove:
    """Give ``plot`` a legend above its data (instead of ``addLegend``'s, which covers them)."""
    item = plot.getPlotItem()
    if isinstance(item.legend, LegendAbove):
        return item.legend
    return LegendAbove(item, **kwargs)


def thin_axes() -> dict[str, ThinAxis]:
    """``axisItems`` for a new PlotWidget: thinning axes for left and bottom."""
    return {name: ThinAxis(name) for name in ("left", "bottom")}


def hint(plot: pg.PlotWidget, text: str) -> pg.TextItem:
    """A short centred message over an empty plot (coloured by ``style_plot``)."""
    item = pg.TextItem(text, anchor=(0.5, 0.5))
    plot.getPlotItem().vb.addItem(item, ignoreBounds=True)
    _hints.add(item)
    return item


# --- the look ---------------------------------------------------------------------------------
def colours(palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(background, text, axis and grid) from the application's palette."""
    palette = palette or QApplication.palette()
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    if contrast(text, background) < 4.5:  # a broken theme: black or white, whichever reads
        text = max((QColor("black"), QColor("white")), key=lambda c: contrast(c, background))
    return background, text, mix(text, background, 0.35)


def is_presenter() -> bool:
    return _presenter


def style_plot(widget: pg.PlotWidget, presenter: bool | None = None,
               palette: QPalette | None = None) -> None:
    """Give one plot the palette's colours and the application's font (presenter sizes)."""
    presenter = _presenter if presenter is None else presenter
    background, text, axis_colour = colours(palette)
    font = QFont(QApplication.font())
    points = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    text_name = text.name()
    widget.setBackground(background)
    item = widget.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(axis_colour)
        axis.setTextPen(text)
        axis.setTickFont(font)
        if axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits or None,
                          **{"color": text_name, "font-size": f"{points:.1f}pt"})
    title = item.titleLabel
    if title.isVisible() and title.text:
        title.setText(title.text, color=text_name, size=f"{points + 1:.1f}pt")
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(text)
        legend.setLabelTextSize(f"{points:.1f}pt")
        for _sample, label in legend.items:
            label.setText(label.text)  # setAttr alone does not draw the label again
        if not isinstance(legend, LegendAbove):
            brush = QColor(background)
            brush.setAlpha(210)
            legend.setBrush(brush)
            legend.setPen(axis_colour)
        if isinstance(legend, LegendAbove):
            legend.fit_columns()
    for child in item.vb.addedItems:
        if child in _hints:
            child.setColor(text)
            child.setFont(font)
    _style_pens(item, presenter, background, text)


def _style_pens(item: pg.PlotItem, presenter: bool, background: QColor, text: QColor) -> None:
    """Curves thicker in presenter mode (and back after); a curve too dark for a dark
    background is drawn in the text colour. The pen each curve was made with is kept aside."""
    factor = PRESENTER_LINE_WIDTH if presenter else 1
    for curve in item.listDataItems():
        if not isinstance(curve, (pg.PlotDataItem, pg.PlotCurveItem)):
            continue
        original = _original_pens.get(curve)
        if original is None:
            pen = curve.opts.get("pen")
            if pen is None:
                continue
            original = _original_pens[curve] = pg.mkPen(pen)
        if original.style() == pg.QtCore.Qt.PenStyle.NoPen:
            continue
        pen = pg.mkPen(original)
        pen.setWidthF(max(original.widthF(), 1.0) * factor)
        colour = pen.color()
        if contrast(colour, background) < MIN_CURVE_CONTRAST:
            faded = QColor(text)
            faded.setAlpha(colour.alpha())
            pen.setColor(faded)
        curve.setPen(pen)


def forget_pen(curve: object) -> None:
    """A view gave ``curve`` a new pen of its own: take it as the curve's original."""
    _original_pens.pop(curve, None)


def style_all(root: QWidget, presenter: bool) -> None:
    """Every plot under ``root`` in the current palette and font; remembered for new plots."""
    global _presenter
    _presenter = bool(presenter)
    for widget in root.findChildren(pg.PlotWidget):
        style_plot(widget, presenter)

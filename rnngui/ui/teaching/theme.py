"""Themes and presenter mode, applied to the whole QApplication.

Light and dark are explicit palettes (Fusion's look), so they work on every platform, including
ones that ignore Qt's colour-scheme request; "system" hands the palette back to the platform,
which follows the OS's light or dark setting. Presenter mode multiplies the font size, raises the
contrast to pure black on white (or white on black) and thickens lines, for a projector at the
back of a classroom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QWidget,
)

from ..widgets.colours import NORMAL_LINE_WIDTH, PRESENTER_LINE_WIDTH  # noqa: F401 - re-exported

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = {SYSTEM: "Follow the system", LIGHT: "Light", DARK: "Dark"}
PRESENTER_FONT_SCALE = 1.5
PRESENTER_MIN_POINTS = 15

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# Splitter handles a presenter can see and grab. (No app-wide style sheet: with one set, Qt stops
# passing a new application font on to widgets already shown.)
PRESENTER_HANDLE_WIDTH = 8


class ThemeStyle(QProxyStyle):
    """The platform's style with two things a dark palette loses made visible again: a checked
    button (Rolled or Unrolled?) is filled with the highlight colour, and spin boxes, line
    edits and check boxes keep a frame. (Fusion derives both from the window colour, which in a dark palette is
    all but the same as the field's.) Painted here rather than in a style sheet: with one set,
    Qt stops passing a new application font on to widgets already shown."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        Primitive, State = QStyle.PrimitiveElement, QStyle.StateFlag
        on = bool(option.state & State.State_On)
        if element in (Primitive.PE_PanelButtonTool, Primitive.PE_PanelButtonCommand) and on:
            fill = QColor(option.palette.color(Role.Highlight))
            fill.setAlpha(CHECKED_FILL_ALPHA)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(option.palette.color(Role.Highlight), 1.5))
            painter.setBrush(fill)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()
        elif element in (Primitive.PE_FrameLineEdit, Primitive.PE_IndicatorCheckBox):
            _outline(painter, option)  # a check box's box vanished in dark, too

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and option.frame:
            _outline(painter, option)


CHECKED_FILL_ALPHA = 110  # of 255: the highlight under a checked button's text, text still readable


def _outline(painter: QPainter, option) -> None:
    """A one-pixel frame in the palette's mid colour, which contrasts with the field in both
    themes."""
    painter.save()
    painter.setPen(QPen(option.palette.color(Role.Mid), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
    painter.restore()


_theme_style: ThemeStyle | None = None


def style_widgets(root: QWidget) -> None:
    """Give the checkable buttons, spin boxes and line edits under ``root`` the ThemeStyle.

    Per widget, not for the whole application: a proxy of the application's style changes how
    Qt measures some other widgets (a combo box grew by 100 px), which the window's minimum
    size cannot afford on a small screen."""
    global _theme_style
    app = QApplication.instance()
    if app is None:
        return
    if _theme_style is None:
        base = QStyleFactory.create(app.style().name())
        _theme_style = ThemeStyle(base) if base is not None else ThemeStyle()
        _theme_style.setParent(app)  # lives as long as the application
    for kind in (QAbstractSpinBox, QLineEdit, QAbstractButton):
        for widget in root.findChildren(kind):
            if isinstance(widget, QAbstractButton) and not widget.isCheckable():
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                            QAbstractSpinBox):
                continue  # the spin box draws the frame around its own line edit
            if widget.style() is not _theme_style:
                widget.setStyle(_theme_style)


def _palette(colours: dict[Role, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(disabled_text))
    return palette


def light_palette(high_contrast: bool = False) -> QPalette:
    ink = "#000000" if high_contrast else "#1b1b1b"
    return _palette({
        Role.Window: "#ffffff" if high_contrast else "#efefef",
        Role.WindowText: ink, Role.Base: "#ffffff", Role.AlternateBase: "#f3f3f3",
        Role.Text: ink, Role.Button: "#ffffff" if high_contrast else "#e8e8e8",
        Role.ButtonText: ink, Role.BrightText: "#ffffff", Role.ToolTipBase: "#ffffdc",
        Role.ToolTipText: "#000000", Role.Highlight: "#0046c8" if high_contrast else "#3074d6",
        Role.HighlightedText: "#ffffff", Role.Link: "#0046c8", Role.Mid: "#a0a0a0",
        Role.Dark: "#606060" if high_contrast else "#a0a0a0", Role.Light: "#ffffff",
        Role.PlaceholderText: "#555555" if high_contrast else "#707070",  # 4.9:1 on Base (AA)
    }, "#767676")


def dark_palette(high_contrast: bool = False) -> QPalette:
    ink = "#ffffff" if high_contrast else "#e6e6e6"
    return _palette({
        Role.Window: "#000000" if high_contrast else "#2b2b2b",
        Role.WindowText: ink, Role.Base: "#000000" if high_contrast else "#1e1e1e",
        Role.AlternateBase: "#262626", Role.Text: ink,
        Role.Button: "#1a1a1a" if high_contrast else "#353535", Role.ButtonText: ink,
        Role.BrightText: "#ffffff", Role.ToolTipBase: "#202020", Role.ToolTipText: "#ffffff",
        Role.Highlight: "#ffd400" if high_contrast else "#3272cc",  # white on it: 4.8:1 (AA)
        Role.HighlightedText: "#000000" if high_contrast else "#ffffff",
        Role.Link: "#7cc4ff", Role.Mid: "#5a5a5a", Role.Dark: "#101010",
        Role.Light: "#6a6a6a", Role.PlaceholderText: "#aaaaaa" if high_contrast else "#8a8a8a",
    }, "#8a8a8a")


def system_is_dark() -> bool:
    """The OS's choice (Qt 6.5+); without one, judge by the platform palette's window colour."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(Role.Window).lightness() < 128


def effective_theme(choice: str) -> str:
    if choice == SYSTEM:
        return DARK if system_is_dark() else LIGHT
    return choice


def apply_theme(app: QGuiApplication, choice: str, presenter: bool) -> str:
    """Set the palette for ``choice`` (and presenter contrast); returns "light" or "dark"."""
    hints = app.styleHints()
    if choice == SYSTEM:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        app.setPalette(QPalette())  # no resolved roles: back to the platform's own palette
        theme = effective_theme(SYSTEM)
        if presenter:
            app.setPalette(dark_palette(True) if theme == DARK else light_palette(True))
        return theme
    if hasattr(hints, "setColorScheme"):  # native dialogs follow where the platform allows
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
    app.setPalette(dark_palette(presenter) if choice == DARK else light_palette(presenter))
    return choice


def presenter_font(base: QFont) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(PRESENTER_MIN_POINTS, round(size * PRESENTER_FONT_SCALE)))
    return font

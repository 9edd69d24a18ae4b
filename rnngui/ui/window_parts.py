"""The window's big parts by name, found defensively, so lessons and teaching mode can show, hide
and switch to them without reaching into how each view is built.

Every look-up tolerates a part that is missing (another version of a view, a test window): it
returns None and the caller says so in words instead of failing with a traceback.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget, QToolBar, QWidget

# name used in lesson files and settings -> (window attribute, object name, label for people)
PARTS: dict[str, tuple[str, str, str]] = {
    "sequences": ("sequence_editor", "sequenceEditor", "Sequences panel"),
    "network": ("network_panel", "networkPanel", "Network panel"),
    "training": ("training_panel", "trainingPanel", "Training panel"),
    "gradient_lab": ("gradient_lab", "gradientLab", "Gradient lab tab"),
    "presets_toolbar": ("", "presetsToolBar", "Presets toolbar"),
}


# A part an assignment hides carries this property while it is hidden: nothing that goes through
# here (a lesson step, teaching mode, bringing a control's tab to the front) may show it again.
HELD_HIDDEN = "heldHiddenByAssignment"


def held_hidden(widget: QWidget) -> bool:
    """``widget`` or a part holding it is kept hidden by an assignment."""
    while widget is not None:
        if widget.property(HELD_HIDDEN):
            return True
        widget = widget.parentWidget()
    return False


def part_label(name: str) -> str:
    return PARTS[name][2]


def find_part(window: QMainWindow, name: str) -> QWidget | None:
    attribute, object_name, _ = PARTS[name]
    widget = getattr(window, attribute, None) if attribute else None
    if isinstance(widget, QWidget):
        return widget
    kind = QToolBar if name == "presets_toolbar" else QWidget
    return window.findChild(kind, object_name)


def main_tabs(window: QMainWindow) -> QTabWidget | None:
    tabs = getattr(window, "tabs", None)
    return tabs if isinstance(tabs, QTabWidget) else window.findChild(QTabWidget, "mainTabs")


def is_part_visible(window: QMainWindow, name: str) -> bool:
    widget = find_part(window, name)
    if widget is None:
        return False
    tabs = main_tabs(window)
    if tabs is not None and tabs.indexOf(widget) >= 0:
        return tabs.isTabVisible(tabs.indexOf(widget))
    return not widget.isHidden()


def set_part_visible(window: QMainWindow, name: str, visible: bool) -> bool:
    """Show or hide one part; False when this window has no such part, or when it is to be
    shown and an assignment keeps it hidden."""
    widget = find_part(window, name)
    if widget is None or (visible and held_hidden(widget)):
        return False
    tabs = main_tabs(window)
    if tabs is not None and tabs.indexOf(widget) >= 0:  # a whole tab: hide the tab, not its page
        tabs.setTabVisible(tabs.indexOf(widget), visible)
    else:
        widget.setVisible(visible)
    return True


def show_tab_of(window: QMainWindow, widget: QWidget) -> bool:
    """Bring every tab holding ``widget`` to the front: the main tab, and on a narrow window the
    tab its panel became (True if the main tab was found)."""
    tabs = main_tabs(window)
    if tabs is None or held_hidden(widget):
        return False
    found = False
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            tabs.setTabVisible(index, True)
            tabs.setCurrentIndex(index)
            found = True
    if not found:
        return False
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not tabs:  # nested tab widgets, innermost first
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            outer = parent.parentWidget()
            index = outer.indexOf(child)
            if index >= 0 and outer is not tabs and outer.objectName() == "panelTabs":
                outer.setCurrentIndex(index)
        child, parent = parent, parent.parentWidget()
    return True


class WindowParts:
    """What a lesson or teaching mode may do with the window's parts, and nothing more: show or
    hide one by name, bring one to the front. They are given this, not the window."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window

    def set_visible(self, name: str, visible: bool) -> bool:
        """False when this window has no such part."""
        return set_part_visible(self._window, name, visible)

    def is_visible(self, name: str) -> bool:
        return is_part_visible(self._window, name)

    def bring_to_front(self, name: str) -> bool:
        """Show the part's tab (and, on a narrow window, the panel tab it became)."""
        widget = find_part(self._window, name)
        return widget is not None and show_tab_of(self._window, widget)

"""The window's big parts by name, found defensively, so lessons and teaching mode can show, hide
and switch to them without reaching into how each view is built.

Every look-up tolerates a part that is missing (another version of a view, a test window): it
returns None and the caller says so in words instead of failing with a traceback.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar, QWidget

# name used in lesson files and settings -> (window attribute, object name, label for people)
PARTS: dict[str, tuple[str, str, str]] = {
    "sequences": ("sequence_editor", "sequenceEditor", "Sequences panel"),
    "network": ("network_panel", "networkPanel", "Network panel"),
    "training": ("training_panel", "trainingPanel", "Training panel"),
    "gradient_lab": ("gradient_lab", "gradientLab", "Gradient lab tab"),
    "presets_toolbar": ("", "presetsToolBar", "Presets toolbar"),
}


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
    """Show or hide one part; False when this window has no such part."""
    widget = find_part(window, name)
    if widget is None:
        return False
    tabs = main_tabs(window)
    if tabs is not None and tabs.indexOf(widget) >= 0:  # a whole tab: hide the tab, not its page
        tabs.setTabVisible(tabs.indexOf(widget), visible)
    else:
        widget.setVisible(visible)
    return True


def show_tab_of(window: QMainWindow, widget: QWidget) -> bool:
    """Bring the main tab holding ``widget`` to the front (True if found)."""
    tabs = main_tabs(window)
    if tabs is None:
        return False
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            tabs.setTabVisible(index, True)
            tabs.setCurrentIndex(index)
            return True
    return False

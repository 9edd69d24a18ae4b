"""What an assignment hides and locks in the student's window, kept so while it is open.

The views switch their own controls on and off (Train is disabled while a run goes on, the clip
threshold shows only with clipping on). A lock must outlast that: an event filter on every locked
or hidden control puts it back whenever a view changes it, and remembers what the view wanted, so
lifting the lock (Open as teacher…, another file) leaves each control as its view would have it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from ..teaching.class_setup import controls_of
from ..window_parts import HELD_HIDDEN, PARTS, find_part, set_part_visible


def window_controls(window: QMainWindow) -> dict[str, QWidget]:
    """The named controls of every part, by object name (the class set-up's names)."""
    found: dict[str, QWidget] = {}
    for name in PARTS:
        part = find_part(window, name)
        if part is not None:
            for control in controls_of(part):
                found.setdefault(control.objectName(), control)
    return found


class Locks(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hidden_parts: set[str] = set()
        self.locked_parts: set[str] = set()
        self._hidden: dict[QWidget, bool] = {}  # control -> did its view want it shown
        self._locked: dict[QWidget, bool] = {}  # control -> did its view want it enabled
        self._busy = False

    @property
    def active(self) -> bool:
        return bool(self.hidden_parts or self.locked_parts or self._hidden or self._locked)

    def apply(self, hidden_parts, hidden_controls, locked_parts, locked_controls) -> None:
        self.release()
        controls = window_controls(self.window)
        for name in hidden_parts:
            if name in PARTS and set_part_visible(self.window, name, False):
                self.hidden_parts.add(name)
                find_part(self.window, name).setProperty(HELD_HIDDEN, True)  # lessons too
        for name in locked_parts:
            part = find_part(self.window, name) if name in PARTS else None
            if part is not None:
                part.setEnabled(False)
                self.locked_parts.add(name)
        self._busy = True
        try:
            for name in hidden_controls:
                widget = controls.get(name)
                if widget is not None and widget not in self._hidden:
                    self._hidden[widget] = not widget.isHidden()
                    widget.hide()
                    widget.installEventFilter(self)
            for name in locked_controls:
                widget = controls.get(name)
                if widget is not None and widget not in self._locked:
                    self._locked[widget] = not widget.testAttribute(
                        Qt.WidgetAttribute.WA_ForceDisabled)
                    widget.setEnabled(False)
                    widget.installEventFilter(self)
        finally:
            self._busy = False

    def release(self, keep_hidden: set[str] | None = None,
                keep_hidden_controls: set[str] | None = None) -> None:
        """Lift every lock; parts and controls the class set-up hides stay hidden."""
        keep_hidden = keep_hidden or set()
        keep_hidden_controls = keep_hidden_controls or set()
        for name in self.hidden_parts:
            part = find_part(self.window, name)
            if part is not None:
                part.setProperty(HELD_HIDDEN, False)
            set_part_visible(self.window, name, name not in keep_hidden)
        for name in self.locked_parts:
            part = find_part(self.window, name)
            if part is not None:
                part.setEnabled(True)
        self._busy = True
        try:
            for widget, wanted in self._hidden.items():
                widget.removeEventFilter(self)
                widget.setVisible(wanted and widget.objectName() not in keep_hidden_controls)
            for widget, wanted in self._locked.items():
                widget.removeEventFilter(self)
                widget.setEnabled(wanted)
        finally:
            self._busy = False
        self.hidden_parts.clear()
        self.locked_parts.clear()
        self._hidden.clear()
        self._locked.clear()

    def is_locked(self, widget: QWidget) -> bool:
        return widget in self._locked or widget in self._hidden

    def blocks(self, widget: QWidget) -> bool:
        """The widget is locked or hidden, itself or by its part."""
        if self.is_locked(widget):
            return True
        for name in self.hidden_parts | self.locked_parts:
            part = find_part(self.window, name)
            if part is not None and (part is widget or part.isAncestorOf(widget)):
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._busy or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched in self._locked and watched.isEnabled():
            # A view switched it on: remember that for when the lock lifts, and keep it locked.
            # (A view switching a locked control off sends no event: Qt sees no change. The
            # control then comes back as the view last switched it on; the view's next refresh
            # puts it right.)
            self._locked[watched] = True
            self._busy = True
            watched.setEnabled(False)
            self._busy = False
        elif kind in (QEvent.Type.ShowToParent, QEvent.Type.Show) and watched in self._hidden:
            # ShowToParent comes even while the parent is hidden (a collapsed settings box)
            self._hidden[watched] = True
            self._busy = True
            watched.hide()
            self._busy = False
        return False

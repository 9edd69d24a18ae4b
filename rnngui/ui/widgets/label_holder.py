"""A holder for a QLabel whose text changes many times a second (speed, prediction, formula).

QLabel.setText calls updateGeometry, which invalidates every layout up to the window: the main
window is laid out again (and QMainWindow animates its toolbar and tabs into place) for each new
number, which cost more than the rest of a chunk's work (measured with a QApplication.notify
timer: 6 animations created and deleted per chunk). The label's parent here has no layout, so its
geometry requests stop at the holder, which asks its own layout for room only when the text no
longer fits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget


class LabelHolder(QWidget):
    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())
        self.setMinimumSize(label.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return self.label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self.label.heightForWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self._needs_room():
            self.updateGeometry()
        return super().event(event)

    def _needs_room(self) -> bool:
        """The text needs more room than it has, or a line less (a wrapped label shrank)."""
        label = self.label
        if label.hasHeightForWidth():
            needed = label.heightForWidth(self.width())
            return needed > self.height() or needed < self.height() - label.fontMetrics().height()
        return label.sizeHint().width() > self.width()

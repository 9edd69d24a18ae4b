"""A layout that wraps its widgets onto as many rows as the width needs (Qt's flow layout example).

Used for the rows of buttons above the canvas, the plots and the gradient lab, so a narrow window
(a 1024 px projector, or presenter mode's large fonts) gets two rows of buttons instead of buttons
past the window's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_after: set[int] = set()  # indices of items followed by a flexible gap
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout -----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def addStretch(self, _stretch: int = 1) -> None:  # noqa: N802 - QBoxLayout's name
        """Widgets after this point sit at the right end of their row when there is room."""
        self._stretch_after.add(len(self._items) - 1)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All in one row."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self.spacing()
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(max(width - self.spacing(), 0) + m.left() + m.right(),
                     height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest single widget: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- placing -------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        x = 0
        gap = self.spacing()
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            hint = item.sizeHint().expandedTo(item.minimumSize())
            hint.setWidth(min(hint.width(), max(area.width(), 1)))
            if rows[-1] and x + hint.width() > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, hint, index in self._stretch_after))
            x += hint.width() + gap
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _i, h, _s in row)
            if apply:
                used = sum(h.width() for _i, h, _s in row) + gap * (len(row) - 1)
                spare = max(area.width() - used, 0)
                x = area.x()
                for item, hint, stretch in row:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                    x += hint.width() + gap + (spare if stretch else 0)
                    if stretch:
                        spare = 0
            y += height + gap
        return y - gap - area.y() + m.top() + m.bottom() if rows[0] else m.top() + m.bottom()


def flow_row(parent: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    """A widget holding a flow layout, ready to add to a box layout (height follows width)."""
    holder = QWidget(parent)
    layout = FlowLayout(holder)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder, layout

"""Every translatable text of a widget tree, as slots (a getter and a setter), and the pass that
gives each its translation.

A slot's English source is kept on its object (a dynamic property) the first time it is seen,
with the text it was given. On the next pass the slot's text is compared with what was given: the
same means the source still holds (switching es → de → en works from the English); different
means code has set a new text since (a read-out, Play → Pause), and that new text is the source
now, so a dynamic text is never put back to an old one. The extractor walks the same slots.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from .catalog import is_words, tr

STORE = "_i18nTexts"  # {slot: source, slot + "\x00": the text it was given}
SKIP = "i18nSkip"  # set True on a widget whose texts are data or lesson content (not walked)
AUTO_NAME, AUTO_DESCRIPTION = "_autoAccessibleName", "_autoAccessibleDescription"


@dataclass
class Slot:
    owner: QObject
    key: str
    get: Callable[[], str]
    set: Callable[[str], None]


def _widget_slots(w: QWidget) -> Iterator[Slot]:
    yield Slot(w, "toolTip", w.toolTip, w.setToolTip)
    yield Slot(w, "statusTip", w.statusTip, w.setStatusTip)
    yield Slot(w, "whatsThis", w.whatsThis, w.setWhatsThis)
    if isinstance(w, QDockWidget):
        yield Slot(w, "windowTitle", w.windowTitle, lambda t: _retitle_dock(w, t))
    elif w.isWindow():
        yield Slot(w, "windowTitle", w.windowTitle, w.setWindowTitle)
    # names the accessibility pass made up from a text are made again from the translated text
    if w.accessibleName() != w.property(AUTO_NAME):
        yield Slot(w, "accessibleName", w.accessibleName, w.setAccessibleName)
    if w.accessibleDescription() != w.property(AUTO_DESCRIPTION):
        yield Slot(w, "accessibleDescription", w.accessibleDescription,
                   w.setAccessibleDescription)
    if isinstance(w, (QLabel, QAbstractButton)):
        yield Slot(w, "text", w.text, w.setText)
    if isinstance(w, QGroupBox):
        yield Slot(w, "title", w.title, w.setTitle)
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield Slot(w, "placeholderText", w.placeholderText, w.setPlaceholderText)
    if isinstance(w, QAbstractSpinBox):
        yield Slot(w, "specialValueText", w.specialValueText, w.setSpecialValueText)
        if hasattr(w, "suffix"):
            yield Slot(w, "suffix", w.suffix, w.setSuffix)
            yield Slot(w, "prefix", w.prefix, w.setPrefix)
    if isinstance(w, QComboBox):
        yield Slot(w, "placeholderText", w.placeholderText, w.setPlaceholderText)
        for i in range(w.count()):
            yield Slot(w, f"item{i}", lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
            yield Slot(w, f"itemTip{i}", lambda i=i: str(w.itemData(i, 3) or ""),  # ToolTipRole
                       lambda t, i=i: w.setItemData(i, t, 3))
    if isinstance(w, QTabBar):
        for i in range(w.count()):
            yield Slot(w, f"tab{i}", lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
            yield Slot(w, f"tabTip{i}", lambda i=i: w.tabToolTip(i),
                       lambda t, i=i: w.setTabToolTip(i, t))
    if isinstance(w, QTableWidget):
        for i in range(w.columnCount()):
            item = w.horizontalHeaderItem(i)
            if item is not None:
                yield Slot(w, f"column{i}", item.text, item.setText)
                yield Slot(w, f"columnTip{i}", item.toolTip, item.setToolTip)
    if isinstance(w, QTreeWidget):
        head = w.headerItem()
        for i in range(w.columnCount()):
            yield Slot(w, f"column{i}", lambda i=i: head.text(i), lambda t, i=i: head.setText(i, t))
    if isinstance(w, pg.PlotWidget):
        yield from _plot_slots(w)


def _retitle_dock(dock: QDockWidget, title: str) -> None:
    """Qt gives a dock's toggle action the new title; code often gave it its own text ("Lesson
    panel"), which is its own slot: keep it."""
    action = dock.toggleViewAction()
    text = action.text()
    dock.setWindowTitle(title)
    action.setText(text)


def _plot_slots(plot: pg.PlotWidget) -> Iterator[Slot]:
    """A pyqtgraph plot's title, axis labels and legend names (painted, not widgets)."""
    item = plot.getPlotItem()
    title = item.titleLabel
    yield Slot(plot, "plotTitle", lambda: title.text or "",
               lambda t: title.setText(t) if title.isVisible() else None)
    for side in ("left", "bottom", "right", "top"):
        axis = item.getAxis(side)
        yield Slot(plot, f"axis_{side}", lambda a=axis: a.labelText or "",
                   lambda t, a=axis: a.setLabel(t, units=a.labelUnits or None, **a.labelStyle))
    # hints over an empty plot ("Press Train…"): text items in the view box
    hints = [i for i in item.vb.childGroup.childItems() if isinstance(i, pg.TextItem)]
    for i, text_item in enumerate(hints):
        yield Slot(plot, f"hint{i}", text_item.toPlainText,
                   lambda t, ti=text_item: ti.setText(t))
    legend = item.legend
    if legend is not None:
        for i, (_sample, label) in enumerate(legend.items):
            yield Slot(plot, f"legend{i}", lambda lab=label: lab.text or "",
                       lambda t, lab=label: lab.setText(t))


def action_slots(action: QAction) -> Iterator[Slot]:
    if action.isSeparator() or action.property("languageName"):
        return  # a language keeps its own name
    yield Slot(action, "text", action.text, action.setText)
    # an action's tooltip is its text unless code gave it one: only a given one is a source
    if action.toolTip() != action.text().replace("&", "").rstrip("…").rstrip(".") \
            and action.toolTip() != action.text().replace("&", ""):
        yield Slot(action, "toolTip", action.toolTip, action.setToolTip)
    yield Slot(action, "statusTip", action.statusTip, action.setStatusTip)
    yield Slot(action, "whatsThis", action.whatsThis, action.setWhatsThis)


def skipped(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property(SKIP):
            return True
        widget = widget.parentWidget()
    return False


def widgets_of(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if not skipped(w)]


def actions_of(root: QWidget) -> list[QAction]:
    """Every action under ``root``: its own children, those added to its widgets, the menus'."""
    seen: dict[int, QAction] = {}
    for action in root.findChildren(QAction):
        seen[id(action)] = action
    for widget in widgets_of(root):
        for action in widget.actions():
            seen[id(action)] = action
        if isinstance(widget, QMenu):
            seen[id(widget.menuAction())] = widget.menuAction()
    return list(seen.values())


def slots_of(root: QWidget) -> Iterator[Slot]:
    """Every translatable text of ``root``'s widget tree (hidden pages included)."""
    for widget in widgets_of(root):
        yield from _widget_slots(widget)
    for action in actions_of(root):
        yield from action_slots(action)


def source_text(owner: QObject, key: str) -> str:
    """The English source kept for ``owner``'s slot ``key`` ("" before its first translation)."""
    return (owner.property(STORE) or {}).get(key, "")


_reverse: dict[str, str] = {}


def english_of(text: str) -> str:
    """The English source of ``text`` when it is one translation of exactly one source in the
    catalogues (code set it with tr() in the language before a switch), else ``text``."""
    if not _reverse:
        from ...resources import resources_dir  # noqa: PLC0415 - only once, on first need
        from .ts_file import read_ts  # noqa: PLC0415

        seen: dict[str, set[str]] = {}
        sources: set[str] = set()
        # The interface's catalogues only (rnnlab_xx.ts): the engine's words (rnnlab_words_xx)
        # translate "name" as German "Name", which took the editor's English "Name" label back
        # to "name".
        for ts in sorted((resources_dir() / "translations").glob("rnnlab_??.ts")):
            for message in read_ts(ts).values():
                sources.add(message.source)
                if message.state is None and message.translation != message.source:
                    seen.setdefault(message.translation, set()).add(message.source)
        _reverse.update({t: next(iter(s)) for t, s in seen.items()
                         if len(s) == 1 and t not in sources})  # English is never taken back
        _reverse.setdefault("", "")
    return _reverse.get(text, text)


def source_of(slot: Slot) -> str:
    """The English source of a slot's text (a new text set by code is its own source; one the
    code translated before a switch is taken back to its English)."""
    store = slot.owner.property(STORE) or {}
    current = slot.get()
    if slot.key in store and store.get(slot.key + "\x00") == current:
        return store[slot.key]
    return english_of(current)


def retranslate(slot: Slot) -> None:
    current = slot.get()
    store = slot.owner.property(STORE) or {}
    if not current and slot.key not in store:
        return
    source = source_of(slot)
    shown = tr(source) if is_words(source) else source
    if shown != current:
        slot.set(shown)
        shown = slot.get()  # as the widget keeps it (a combo may normalise nothing, a label may)
    if store.get(slot.key) != source or store.get(slot.key + "\x00") != shown:
        store[slot.key] = source
        store[slot.key + "\x00"] = shown
        slot.owner.setProperty(STORE, store)


def translate_tree(root: QWidget) -> None:
    """Give every text under ``root`` its translation in the installed language."""
    for slot in list(slots_of(root)):
        retranslate(slot)

"""Accessible names, descriptions and announcements, for screen readers.

A screen reader reads a control's accessible name and description, not its tooltip: a tool button
that only shows "Fit" says "Fit" and nothing else, a spin box beside a label says nothing at all.
``describe_controls`` gives every control under a widget that lacks them a name (its visible
text, else its buddy label's text, else words made from its object name) and a description (its
tooltip, else a sentence). Names it made up itself are remembered (a dynamic property) and made
again on the next pass, so a button whose text changes (Play → Pause) is not left saying "Play";
a name or description set by the code that built the control is never touched.

``announce`` tells a screen reader about a change it should speak now (a forward step's
arithmetic, the diagnosis, a lesson's revealed answer), with Qt's QAccessibleAnnouncementEvent.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ...engine.words import t
from ..languages.catalog import tr

try:  # Qt 6.8+: a screen reader speaks the text at once
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older PySide6
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]
from PySide6.QtGui import QAccessibleEvent

AUTO_NAME, AUTO_DESCRIPTION = "_autoAccessibleName", "_autoAccessibleDescription"
LAST_ANNOUNCEMENT = "lastAnnouncement"  # the text announce() last spoke for a widget (tests)

# What a screen reader's user can reach and operate; labels and plain containers are read as
# part of these (a buddy label names its field), so they need no name of their own.
CONTROL_TYPES = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider,
                 QAbstractItemView, QTabBar, QGraphicsView, QTextEdit, QPlainTextEdit)

KIND_WORDS = (
    (QComboBox, "A list to choose from"),
    (QAbstractSpinBox, "A number field"),
    (QLineEdit, "A text field"),
    (QAbstractSlider, "A slider"),
    (QTabBar, "Tabs"),
    (QAbstractItemView, "A list"),
    (QGraphicsView, "A drawing"),
    (QTextEdit, "A text area"),
    (QPlainTextEdit, "A text area"),
    (QAbstractButton, "A button"),
)


def is_control(widget: QWidget) -> bool:
    """A widget a keyboard or screen reader user operates (and which therefore needs a name)."""
    if isinstance(widget, CONTROL_TYPES):
        return not _inner_part(widget)
    return False


def _inner_part(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box is read as part of it."""
    parent = widget.parentWidget()
    return isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox))


def plain(text: str) -> str:
    """Rich text (tooltips, labels) as the words a screen reader should say; '&' mnemonics gone."""
    if re.search(r"<[A-Za-z/!][^>]*>|&[A-Za-z]+;|&#\d+;", text):  # tags or entities: rich text
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    return " ".join(text.split())


def words_of(object_name: str) -> str:
    """'canvasStepButton' → 'Canvas step button' (the last resort for a name)."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", object_name).replace("_", " ").strip()
    return spaced[:1].upper() + spaced[1:].lower() if spaced else ""


def _buddies(root: QWidget) -> dict[QWidget, str]:
    """Each field named by a label: its buddy, or the label beside it in a form layout."""
    named: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            named.setdefault(buddy, plain(label.text()).rstrip(":"))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            widget = field.widget()
            if widget is not None:
                named.setdefault(widget, plain(label.widget().text()).rstrip(":"))
    return named


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    if isinstance(widget, QLineEdit):
        return plain(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        return plain(widget.title())
    return ""


def name_for(widget: QWidget, buddies: dict[QWidget, str] | None = None) -> str:
    """The words a screen reader should say for this control."""
    text = _visible_text(widget)
    if not text and buddies:
        text = buddies.get(widget, "")
    if not text:
        box = widget.parentWidget()
        if isinstance(box, QGroupBox) and box.title() and not isinstance(widget, QAbstractButton):
            text = plain(box.title())
    if not text:
        tip = plain(widget.toolTip())
        if tip:  # the tooltip's first clause names what the control is for
            text = re.split(r"[.:;(]", tip, maxsplit=1)[0].strip()[:60]
    if not text:
        text = words_of(widget.objectName())
    if not text:
        text = _kind(widget)
    return text


def _kind(widget: QWidget) -> str:
    for kind, words in KIND_WORDS:
        if isinstance(widget, kind):
            return tr(words)  # a screen reader speaks the interface's language
    return tr("A control")


def description_for(widget: QWidget, name: str) -> str:
    tip = plain(widget.toolTip())
    if tip:
        return tip
    return f"{_kind(widget)}: {name}."


def describe_controls(root: QWidget) -> int:
    """Give every control under ``root`` (and root itself) that lacks them an accessible name and
    description; returns how many it set. Names it made before are made again (texts change)."""
    buddies = _buddies(root)
    changed = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_control(widget):
            continue
        auto_name = widget.property(AUTO_NAME)
        if not widget.accessibleName() or widget.accessibleName() == auto_name:
            name = name_for(widget, buddies)
            if name != widget.accessibleName():
                widget.setAccessibleName(name)
                widget.setProperty(AUTO_NAME, name)
                changed += 1
        auto_description = widget.property(AUTO_DESCRIPTION)
        if not widget.accessibleDescription() or widget.accessibleDescription() == auto_description:
            description = description_for(widget, widget.accessibleName())
            if description != widget.accessibleDescription():
                widget.setAccessibleDescription(description)
                widget.setProperty(AUTO_DESCRIPTION, description)
                changed += 1
    return changed


def undescribed(root: QWidget) -> list[QWidget]:
    """The visible controls under ``root`` without a name or a description (for tests)."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if is_control(w) and w.isVisible()
            and (not w.accessibleName().strip() or not w.accessibleDescription().strip())]


class Describer(QObject):
    """Calls describe_controls on a root again, once, soon after anything asks (new widgets: a
    cell change rebuilds the trainable boxes, a lesson's page, a tab first shown)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.describe_now)

    def schedule(self, *_: object) -> None:
        self._timer.start()

    def describe_now(self) -> int:
        return describe_controls(self.root)


def announce(widget: QWidget, text: str) -> None:
    """Ask a screen reader to speak ``text`` now, on behalf of ``widget`` (polite: after what it
    is saying). Without announcement events (Qt < 6.8), a description change is sent instead,
    which most screen readers speak for the focused widget."""
    text = plain(text)
    if not text:
        return
    widget.setProperty(LAST_ANNOUNCEMENT, text)
    if not QAccessible.isActive():  # no screen reader: building the event costs for nothing
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
    else:  # pragma: no cover - older PySide6
        widget.setAccessibleDescription(text)
        event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
    QAccessible.updateAccessibility(event)


def follow_canvas(canvas) -> None:
    """The network canvas as text: its description is the shown copy's numbers and the formula
    line, kept current; while stepping forward each new copy's arithmetic is announced."""
    canvas.setAccessibleName("Network canvas")

    def update(formula: str) -> None:
        m = canvas.canvas_scene.model
        stepping = canvas.stepper.index >= 0
        shown = canvas.stepper.index if stepping else m.copies - 1
        try:
            labels = canvas.copy_texts(shown) if 0 <= shown < m.copies else {}
        except (IndexError, KeyError, AttributeError):  # a copy being rebuilt: the formula alone
            labels = {}
        numbers = "; ".join(plain(str(v)) for v in labels.values() if str(v).strip())
        where = (t("Copy {copy} of {copies}", copy=shown + 1, copies=m.copies) if stepping
                 else t("Last copy ({copies} copies)", copies=m.copies))
        highlighted = m.highlighted
        chosen = " " + t("Highlighted weight: {name}.", name=highlighted) if highlighted else ""
        keys = (t("Arrow keys: Left and Right step through the copies, Up and Down choose a "
                  "weight, Enter edits it.") if m.cell == "lstm" else
                t("Arrow keys: Left and Right step through the copies, Up and Down choose a "
                  "weight, Enter edits it, R opens its gradient's chain-rule receipt."))
        parts = [f"{where}.", f"{numbers}." if numbers else "",
                 t("Formula: {formula}", formula=plain(formula)), chosen, " " + keys]
        canvas.setAccessibleDescription(" ".join(p for p in parts if p).strip())
        if stepping and not canvas.state.is_active:  # a live run would talk ten times a second
            announce(canvas, formula)

    canvas.formulaChanged.connect(update)
    canvas.canvas_scene.highlightChanged.connect(lambda *_: update(canvas.formula))
    update(canvas.formula)


def make_accessible(window) -> Describer:
    """Once the main window is built: names and descriptions everywhere, the canvas as text, and
    a new pass whenever widgets may have been rebuilt (the document changed: another cell's
    trainable boxes; a tab or the lesson dock shown)."""
    follow_canvas(window.network_canvas)
    describer = Describer(window)
    window.state.documentChanged.connect(describer.schedule)
    window.tabs.currentChanged.connect(describer.schedule)
    window.lesson_panel.visibilityChanged.connect(describer.schedule)
    describer.describe_now()
    return describer

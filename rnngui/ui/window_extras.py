"""What a polished desktop app also has: Edit → Undo/Redo that name the action, Cut, Copy, Paste
and Delete in the Edit menu, Help → User guide (offline, in the app), and a live table of every
sequence's prediction against its target.

Installed on the window's existing menus (``install(window, state)``), so the menus stay where
the window builds them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..engine.words import t
from ..model.numbers import show_number
from ..model.scaling import money
from ..resources import resources_dir
from ..session.state import RUNNING, AppState

GUIDE_FILE = ("guide", "user-guide.md")
LIVE_REFRESH_MS = 150  # the predictions table during a run: a few times a second is readable
KEYS = QKeySequence.StandardKey


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def _action_named(menu: QMenu, text: str) -> QAction | None:
    return next((a for a in menu.actions() if a.text().replace("&", "").startswith(text)), None)


class WindowExtras(QObject):
    def __init__(self, window: QMainWindow, state: AppState) -> None:
        super().__init__(window)
        self.window, self.state = window, state
        self.guide: QDialog | None = None
        self.predictions: PredictionsTable | None = None
        self.edit_actions: dict[str, QAction] = {}
        edit = _menu(window, "Edit")
        if edit is not None:
            self._name_undo_redo(edit)
            self._add_clipboard_actions(edit)
        self.predictions_action = QAction("&Predictions table", window)
        self.predictions_action.setObjectName("predictionsTableAction")
        self.predictions_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.predictions_action.setToolTip(
            "Every sequence's prediction beside its target and the residual, live")
        self.predictions_action.triggered.connect(self.show_predictions)
        window.addAction(self.predictions_action)  # works before the View menu exists
        help_menu = _menu(window, "Help")
        self.guide_action = QAction("&User guide", window)
        self.guide_action.setObjectName("userGuideAction")
        self.guide_action.setToolTip("How to use RNN Lab, offline")
        self.guide_action.triggered.connect(self.show_guide)
        if help_menu is not None:
            first = help_menu.actions()[0] if help_menu.actions() else None
            help_menu.insertAction(first, self.guide_action)
        if edit is not None:
            edit.addSeparator()
            edit.addAction(self.predictions_action)

    # --- Undo / Redo ---------------------------------------------------------------------------
    def _name_undo_redo(self, edit: QMenu) -> None:
        stack = self.state.undo_stack
        undo, redo = _action_named(edit, "Undo"), _action_named(edit, "Redo")
        if undo is not None:
            stack.undoTextChanged.connect(
                lambda text: undo.setText(f"&Undo {text}" if text else "&Undo"))
        if redo is not None:
            stack.redoTextChanged.connect(
                lambda text: redo.setText(f"&Redo {text}" if text else "&Redo"))

    # --- the clipboard -------------------------------------------------------------------------
    def _add_clipboard_actions(self, edit: QMenu) -> None:
        edit.addSeparator()
        for name, text, key in (("cut", "Cu&t", KEYS.Cut), ("copy", "&Copy", KEYS.Copy),
                                ("paste", "&Paste", KEYS.Paste), ("delete", "&Delete", KEYS.Delete)):
            action = QAction(text, self.window)
            action.setObjectName(f"{name}Action")
            action.setShortcut(QKeySequence(key))
            # The menu shows the key; the focused field or table keeps handling it itself (a
            # window-wide owner of Ctrl+C would take it from every text field).
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, n=name: self.clipboard(n))
            edit.addAction(action)
            self.edit_actions[name] = action

    def clipboard(self, what: str, widget: QWidget | None = None) -> bool:
        """Cut, copy, paste or delete in the focused field or table, as its keys would."""
        widget = widget or QApplication.focusWidget()
        if isinstance(widget, QAbstractSpinBox):
            widget = widget.findChild(QLineEdit)
        if isinstance(widget, QLineEdit):
            {"cut": widget.cut, "copy": widget.copy, "paste": widget.paste,
             "delete": widget.del_}[what]()
            return True
        if isinstance(widget, QTableWidget):
            keys = {"cut": [KEYS.Copy, KEYS.Delete], "copy": [KEYS.Copy], "paste": [KEYS.Paste],
                    "delete": [KEYS.Delete]}[what]
            for key in keys:
                combination = QKeySequence(key)[0]
                event = QKeyEvent(QEvent.Type.KeyPress, combination.key(),
                                  combination.keyboardModifiers())
                QApplication.sendEvent(widget, event)
            return True
        self.state.statusMessage.emit({
            "cut": t("Nothing to cut here: click a field or the values table first"),
            "copy": t("Nothing to copy here: click a field or the values table first"),
            "paste": t("Nothing to paste here: click a field or the values table first"),
            "delete": t("Nothing to delete here: click a field or the values table first"),
        }.get(what, t("Click a field or the values table first")), 4000)
        return False

    # --- Help -> User guide --------------------------------------------------------------------
    @Slot()
    def show_guide(self) -> QDialog:
        if self.guide is None:
            self.guide = UserGuide(self.window)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    # --- the predictions table -----------------------------------------------------------------
    @Slot()
    def show_predictions(self) -> QDialog:
        if self.predictions is None:
            self.predictions = PredictionsTable(self.state, self.window)
        self.predictions.show()
        self.predictions.raise_()
        self.predictions.refresh()
        return self.predictions


class UserGuide(QDialog):
    """The user guide, from the app's own resources: no browser, no network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle("RNN Lab user guide")
        self.browser = QTextBrowser(objectName="userGuideText")
        self.browser.setOpenExternalLinks(False)  # offline: links inside the guide only
        path = resources_dir().joinpath(*GUIDE_FILE)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            text = (f"# User guide\n\nThe guide could not be read ({error.strerror or error}); "
                    "Help → Keyboard shortcuts still lists every key.")
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


class PredictionsTable(QDialog):
    """Every sequence's prediction with the current weights, its target and the residual; live
    while training (throttled), in price units too when the project is scaled."""

    COLUMNS = ("sequence", "prediction", "target", "residual", "trains")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictionsTable")
        self.setWindowTitle("Predictions")
        self.state = state
        self.table = QTableWidget(0, len(self.COLUMNS), objectName="predictionsGrid")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(objectName="predictionsSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.resize(700, 320)
        self._timer = QTimer(self, singleShot=True, interval=LIVE_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        state.paramsChanged.connect(self._schedule)
        state.documentChanged.connect(self._schedule)

    @Slot()
    def _schedule(self, *_: object) -> None:
        if not self.isVisible():
            return
        if self.state.run_state == RUNNING:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self.refresh()

    def rows(self) -> list[tuple[str, float, float | None, float | None, bool]]:
        """(name, prediction, target, residual, used for training) of every sequence."""
        doc = self.state.document
        cell = self.state.cell
        out = []
        for seq in doc.sequences:
            prediction = float(cell.predict(doc.params, seq.values, doc.training.activation))
            residual = None if seq.target is None else seq.target - prediction
            out.append((seq.name, prediction, seq.target, residual, seq.use_for_training))
        return out

    @Slot()
    def refresh(self) -> None:
        doc = self.state.document
        scaling = doc.scaling

        def shown(value: float | None, delta: bool = False) -> str:
            if value is None:
                return "—"
            text = show_number(value)
            if scaling is not None:
                raw = value * (scaling.high - scaling.low) if delta else scaling.to_raw(value)
                text += f"  ({money(raw, scaling.unit)})"
            return text

        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, (name, prediction, target, residual, trains) in enumerate(rows):
            for c, text in enumerate((name, shown(prediction), shown(target),
                                      shown(residual, delta=True), "yes" if trains else "no")):
                item = self.table.item(r, c)
                if item is None:  # setItem only for a new cell: the table owns the others
                    item = QTableWidgetItem()
                    self.table.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        trained = [res for _, _, _, res, trains in rows if res is not None and trains]
        ssr = sum(res * res for res in trained)
        self.summary.setText(
            f"SSR over the {len(trained)} training sequence(s) with a target: {show_number(ssr)}."
            " Residual = target − prediction.")


def install(window: QMainWindow, state: AppState) -> WindowExtras:
    return WindowExtras(window, state)

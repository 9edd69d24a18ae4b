"""Collect every interface text into resources/translations/rnnlab_xx.ts and compile the .qm.

    .venv/bin/python -m rnngui.ui.languages.extract            # es and de
    .venv/bin/python -m rnngui.ui.languages.extract fr         # start a new language

It builds the main window offscreen in English, shows every tab and stacked page, triggers the
menus' actions (each dialog or message that opens is read, then closed), opens the dialogs no
action reaches, and reads every slot of tree.py. To those it adds the templates of every
``tr("…")`` call in the source (found with ``ast``, so texts made at run time are listed too).
Existing translations are kept; new texts are marked unfinished. Run it again after adding
widgets: their texts come in.
"""

from __future__ import annotations

import ast
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

SKIP_ACTIONS = {"&Quit", "Follow the system", "English", "Español", "Deutsch"}
LANGUAGE_NAMES = {"es": "es_ES", "de": "de_DE"}


def source_templates(root: Path) -> dict[str, str]:
    """Each string constant passed to tr(...) or QCoreApplication.translate(ctx, ...)."""
    found: dict[str, str] = {}
    for file in sorted(root.rglob("*.py")):
        try:
            tree = ast.parse(file.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            args = node.args
            if name == "translate" and len(args) >= 2:
                args = args[1:]
            elif name not in ("tr", "_tr"):
                continue
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                where = f"{file.relative_to(root.parent)}:{node.lineno}"
                found.setdefault(args[0].value, where)
    return found


def not_ours() -> tuple[set[str], set[str]]:
    """Texts that are not the interface's words: the lessons' (their files carry their own
    languages), the preset projects' titles and sequence names (a project's data)."""
    import json  # noqa: PLC0415

    from ...model.presets import PRESETS  # noqa: PLC0415
    from ...resources import resources_dir  # noqa: PLC0415

    texts: set[str] = set()
    names: set[str] = {"Untitled"}

    def strings(value) -> None:
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                strings(item)
        elif isinstance(value, list):
            for item in value:
                strings(item)

    for file in sorted((resources_dir() / "lessons").glob("*.json")):
        try:
            strings(json.loads(file.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    for make in PRESETS.values():  # a preset's menu name is the interface's; its data is not
        document = make()
        names.update([document.title, *(s.name for s in document.sequences)])
    names -= set(PRESETS)  # a preset's menu name is the interface's even where a title uses it
    return {t for t in texts if len(t) >= 10}, names


# Surely a read-out (made by code: tr at the call site translates its template; the value is not
# a text to list): a count in brackets, Step/Copy n, a rate, a price, a version, a number in bold.
READ_OUT = re.compile(r"\(\d[\d,]*\)|\b(?:Step|Copy|step|copy) \d|\d[\d,.]*\s*(?:%|s left|px|steps/s)"
                      r"|\$\d|<b>[-−≈\d]|\d+\.\d+\.\d+| — as a table|^\w+: data$|^Last copy"
                      r"|\d+ (?:rows|training)\b")
# Perhaps a read-out: a number after "=", a count of days, copies, values. Listed only when its
# widget showed this same text in every state the extractor saw (a tooltip "Low = 0: ...").
MAYBE_READ_OUT = re.compile(r"=\s*[-−≈(]*\s*\d|\d+(?:,\d{3})* (?:steps?|cop(?:y|ies)|values?|days?|times?)"
                            r"\b|\d to \d")


class _Collector:
    """Reads the texts of every widget tree given, and of each window that opens meanwhile."""

    def __init__(self) -> None:
        from .catalog import is_words  # noqa: PLC0415 - after QApplication exists
        self.is_words = is_words
        self.found: dict[str, str] = {}
        self.data, self.names = not_ours()
        self.seen: dict[tuple[int, str], set[str]] = {}  # each slot's texts over the reads
        self.maybe: dict[str, tuple[tuple[int, str], str]] = {}

    def steady(self) -> dict[str, str]:
        """The perhaps-read-outs whose widget never showed another text, and was read often."""
        return {text: where for text, (slot, where) in self.maybe.items()
                if self.seen[slot] == {text} and self.reads >= 3}

    reads = 0

    def wanted(self, text: str) -> bool:
        # not words, a read-out, or a folder's path
        if not self.is_words(text) or READ_OUT.search(text) or text.startswith(("/", "~")):
            return False
        if text.startswith(("&Undo ", "&Redo ")) and text not in ("&Undo ", "&Redo "):
            return False  # the undo stack's "Undo <what was done>"
        # a lesson's sentence or title (shown with its number, or inside rich text), a preset's
        # or a sequence's name; a short word is only data when it is the whole text
        return text not in self.names and not any(
            len(part) >= 10 and part in text for part in self.data | self.names)

    def read(self, root, where: str) -> None:
        from PySide6.QtWidgets import QFileDialog, QMainWindow  # noqa: PLC0415

        from .tree import slots_of, source_of  # noqa: PLC0415

        if isinstance(root, QFileDialog):
            return  # Qt's own words: qtbase_xx.qm translates them
        for slot in slots_of(root):
            if isinstance(slot.owner, QMainWindow) and slot.key == "windowTitle":
                continue  # the file's name
            text = source_of(slot)
            key = (id(slot.owner), slot.key)
            self.seen.setdefault(key, set()).add(text)
            if self.wanted(text):
                owner = slot.owner.objectName() or type(slot.owner).__name__
                place = f"{where}: {owner}.{slot.key}"
                if MAYBE_READ_OUT.search(text):
                    self.maybe.setdefault(text, (key, place))
                else:
                    self.found.setdefault(text, place)
        self.reads += 1


def _install_closer(app, collector: _Collector, main) -> None:
    """Every other window that is shown is read, then closed (modal ones too: exec returns)."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QDialog, QMenu, QWidget  # noqa: PLC0415

    class Closer(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                    and obj is not main and not isinstance(obj, QMenu):
                collector.read(obj, type(obj).__name__)
                close = obj.reject if isinstance(obj, QDialog) else obj.close
                QTimer.singleShot(0, close)
            return False

    closer = Closer(app)
    app.installEventFilter(closer)
    app._extract_closer = closer  # kept alive


def _show_every_page(window, collector: _Collector, app) -> None:
    from PySide6.QtWidgets import QStackedWidget, QTabWidget  # noqa: PLC0415

    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            app.processEvents()
            collector.read(window, f"tab {tabs.objectName()}/{i}")
    for stack in window.findChildren(QStackedWidget):
        for i in range(stack.count()):
            stack.setCurrentIndex(i)
            app.processEvents()
        stack.setCurrentIndex(0)


def _trigger_actions(window, collector: _Collector, app) -> None:
    from PySide6.QtWidgets import QMenu  # noqa: PLC0415

    def walk(menu: QMenu):
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu())
            elif not action.isSeparator():
                yield action

    actions = [a for top in window.menuBar().actions() if top.menu() for a in walk(top.menu())]
    for action in actions:
        text = action.text()
        if text in SKIP_ACTIONS or action.property("languageName") or text.startswith("("):
            continue
        if not action.isEnabled():
            continue
        try:
            action.trigger()
            for _ in range(3):
                app.processEvents()
        except Exception as error:  # noqa: BLE001 - one broken action must not stop the list
            print(f"  (action {text!r}: {error})", file=sys.stderr)
        collector.read(window, f"after {text.replace('&', '')}")
        if action.isCheckable() and action.isChecked() and "presenter" in text.lower():
            action.trigger()  # leave presenter mode: the next pages are read at normal size


def _open_dialogs(window, collector: _Collector, app) -> None:
    """Dialogs that no menu action opens directly (built from a button or a file)."""
    factories: list[tuple[str, Callable[[], object]]] = []

    def scaling():
        from ..sequences.scaling_dialog import ScalingDialog  # noqa: PLC0415
        return ScalingDialog(window.state, window)

    def csv_import():
        from ..sequences.csv_import_dialog import CsvImportDialog  # noqa: PLC0415
        return CsvImportDialog(window.state, b"day,a,b\n1,0.5,1\n2,0.25,0\n3,1,0.5\n",
                               "days.csv", window)

    def table():
        from ..widgets.data_table import TableDialog  # noqa: PLC0415
        return TableDialog("SSR", ["step", "SSR"], [[0.0, 1.0], [1.0, 0.5]], parent=window)

    def worksheet():
        from ..canvas.worksheet_dialog import WorksheetDialog  # noqa: PLC0415
        return WorksheetDialog(window.state, window)

    factories += [("scaling", scaling), ("csv import", csv_import), ("table", table),
                  ("worksheet", worksheet)]
    for name, make in factories:
        try:
            dialog = make()
        except Exception as error:  # noqa: BLE001 - a dialog whose signature changed is skipped
            print(f"  (dialog {name}: {error})", file=sys.stderr)
            continue
        collector.read(dialog, f"dialog {name}")
        dialog.deleteLater()
        app.processEvents()


def collect() -> dict[str, str]:
    """Every English text of the interface → where it was first found."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile  # noqa: PLC0415

    os.environ.setdefault("RNNLAB_DATA_DIR", tempfile.mkdtemp(prefix="rnnlab-extract-"))
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from ...app import install_translations  # noqa: PLC0415

    app = QApplication.instance() or QApplication(["rnnlab-extract"])
    install_translations(app, "en")
    from ..main_window import MainWindow  # noqa: PLC0415

    window = MainWindow()
    window.file_actions.maybe_save = lambda: True  # New, Open, presets: no "save changes?"
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    collector = _Collector()
    _install_closer(app, collector, window)
    collector.read(window, "window")
    _show_every_page(window, collector, app)
    _open_dialogs(window, collector, app)
    _trigger_actions(window, collector, app)
    _show_every_page(window, collector, app)
    package = Path(__file__).resolve().parents[2]
    found = {**collector.steady(), **collector.found}
    from ..widgets.accessibility import KIND_WORDS  # noqa: PLC0415 - words a screen reader says

    for _kind, words in KIND_WORDS:
        found.setdefault(words, "rnngui/ui/widgets/accessibility.py: KIND_WORDS")
    for text, where in source_templates(package).items():
        if collector.is_words(text):
            found.setdefault(text, where)  # a template of tr() is listed whatever it holds
    for stop in ("shutdown",):
        for part in (window.state, getattr(window, "gradient_lab", None)):
            if part is not None and hasattr(part, stop):
                getattr(part, stop)()
    return found


def main(argv: list[str] | None = None) -> int:
    from ...resources import resources_dir  # noqa: PLC0415
    from .ts_file import compile_ts, merge, read_ts, write_ts  # noqa: PLC0415

    codes = (argv if argv is not None else sys.argv[1:]) or ["es", "de"]
    found = collect()
    folder = resources_dir() / "translations"
    for code in codes:
        ts = folder / f"rnnlab_{code}.ts"
        merged = merge(read_ts(ts), found)
        write_ts(ts, LANGUAGE_NAMES.get(code, code), merged)
        compile_ts(ts)
        todo = sum(1 for m in merged.values() if m.state == "unfinished")
        print(f"{ts.name}: {len(found)} texts, {todo} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The File menu and the Presets menu/toolbar: open, save, recent files, unsaved changes, recovery.

One controller owns "which file is this project" and "is it saved": the undo stack's clean state
is the truth (setClean on save and open), so the window title's [*] follows undo and redo too.
While the project is dirty it is written every few seconds to a recovery file; a clean close or a
save removes it, so finding one at start-up means the last session did not end normally.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QToolBar

from ..engine.words import t
from ..model import csv_data, project_file
from ..model.document import Document, SequenceData
from ..model.presets import PRESETS
from ..model.safe_read import read_limited_bytes
from ..session.pacing import AUTOSAVE_MS, RUNNING_AUTOSAVE_S
from ..session.state import RUNNING, AppState
from . import prompts, window_extras
from .languages import tr
from .sequences.csv_import_dialog import CsvImportDialog, import_into

DATA_DIR_ENV = "RNNLAB_DATA_DIR"  # tests point this at a temporary folder
# While a run trains flat out its weights change with every chunk: writing them every 3 s would
# cost the GUI thread a file write (a lag spike) that often; every 30 s still keeps a long run.
MAX_RECENT = 8
LAST_FOLDER_KEY = "files/lastFolder"
STALE_MESSAGE_S = 0.5  # a message older than this is not about the change happening now
RECOVERY_NAME = "recovery.rnnlab"
FILE_FILTER = "RNN Lab projects (*.rnnlab);;All files (*)"


def data_dir() -> Path:
    """Where the recovery file (and, under tests, the settings) live."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def blank_project() -> Document:
    return Document((SequenceData("sequence 1", (0.0,)),), title="Untitled")


class FileActions(QObject):
    pathChanged = Signal()
    # The project's assignment (model/assignment.py) or None: set on Open and New, written on
    # every save. It lives here, beside "which file", not in the undo stack: an undo or a preset
    # must never take the assignment or a recorded attempt away.
    assignmentChanged = Signal(object)

    def __init__(self, window: QMainWindow, state: AppState, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.state = window, state
        self.path: Path | None = None
        self.assignment = None
        self.data_dir = data_dir()
        self.recovery_path = self.data_dir / RECOVERY_NAME
        self._wrote_recovery = False
        self._autosave_pending = False
        self._last_autosave = 0.0  # time.monotonic() of the last recovery file written
        override = os.environ.get(DATA_DIR_ENV)
        self.settings = (
            QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat, self)
            if override
            else QSettings(self)
        )
        self._build_file_menu(file_menu)
        self._build_presets()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        if not prompts.HEADLESS:  # --screenshot / --self-test must not touch a real recovery file
            self.autosave_timer.start()
        state.documentChanged.connect(self._mark_pending)
        state.paramsChanged.connect(self._mark_pending)
        state.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # A message is about the action that made it: the next change of the project clears it
        # (an error of 0 ms used to stay on screen for the rest of the session).
        self._last_message = 0.0
        state.statusMessage.connect(self._on_status_message)
        state.documentChanged.connect(self._clear_stale_status)
        # The rest of a desktop app's menus (named Undo/Redo, the clipboard, the user guide, the
        # predictions table), on the menus the window has built by now.
        self.extras = window_extras.install(window, state)

    # --- menus ----------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_file_menu(self, menu: QMenu) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("&New", self.new, keys.New, "newAction")
        self.open_action = self._action("&Open…", self.open_dialog, keys.Open, "openAction")
        self.save_action = self._action("&Save", self.save, keys.Save, "saveAction")
        self.save_as_action = self._action("Save &As…", self.save_as, keys.SaveAs, "saveAsAction")
        self.import_action = self._action("&Import CSV…", self.import_dialog, None, "importAction")
        self.worksheet_action = self._action("Export &worksheet…", self.worksheet_dialog, None,
                                             "exportWorksheetAction")
        self.recent_menu = QMenu("Open &Recent", self.window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        before = menu.actions()[0] if menu.actions() else None  # keep Quit last
        for action in (self.new_action, self.open_action):
            menu.insertAction(before, action)
        menu.insertMenu(before, self.recent_menu)
        for action in (self.save_action, self.save_as_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        menu.insertAction(before, self.import_action)
        menu.insertAction(before, self.worksheet_action)
        menu.insertSeparator(before)
        self._fill_recent()

    def _build_presets(self) -> None:
        menu_bar = self.window.menuBar()
        help_menu = menu_bar.actions()[-1] if menu_bar.actions() else None
        self.presets_menu = QMenu("&Presets", self.window)
        self.presets_menu.setObjectName("presetsMenu")
        menu_bar.insertMenu(help_menu, self.presets_menu)
        self.presets_toolbar = QToolBar("Presets", self.window)
        self.presets_toolbar.setObjectName("presetsToolBar")
        self.presets_toolbar.addWidget(_toolbar_label("Presets: "))
        self.preset_actions: dict[str, QAction] = {}
        for name, build in PRESETS.items():
            action = QAction(name, self.window)
            action.setToolTip(t("Load the lesson's data set: {title}", title=build().title))
            action.triggered.connect(lambda _=False, n=name: self.load_preset(n))
            self.presets_menu.addAction(action)
            self.presets_toolbar.addAction(action)
            self.preset_actions[name] = action
        self.window.addToolBar(self.presets_toolbar)

    @Slot(str, int)
    def _on_status_message(self, *_: object) -> None:
        self._last_message = time.monotonic()

    @Slot(object)
    def _clear_stale_status(self, *_: object) -> None:
        # A message sent with this very change (a preset's "Edit > Undo brings it back") comes
        # after documentChanged or within the same moment; older ones are stale.
        if time.monotonic() - self._last_message > STALE_MESSAGE_S:
            self.window.statusBar().clearMessage()

    # --- names and state ------------------------------------------------------------------------
    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.state.document.title

    def is_dirty(self) -> bool:
        return not self.state.undo_stack.isClean() or self.state.is_active

    def _status(self, text: str, ms: int = 5000) -> None:
        self.state.statusMessage.emit(text, ms)

    def _error(self, title: str, text: str) -> None:
        self._status(f"{title}: {text}", 0)
        prompts.show_error(self.window, title, text)

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        if path is not None:
            self.remember_folder(path)
        self.pathChanged.emit()

    def remember_folder(self, path: Path) -> None:
        """The folder of a file opened, saved or imported: where the next dialog starts."""
        self.settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))

    def start_folder(self) -> str:
        """Where a file dialog starts: the last folder used, else Documents, else home. Never
        the process's working folder (a launcher's, meaningless to the user)."""
        last = self.settings.value(LAST_FOLDER_KEY, "")
        if isinstance(last, str) and last and Path(last).is_dir():
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if documents and Path(documents).is_dir():
            return documents
        return str(Path.home())

    def _load(self, document: Document) -> None:
        """A fresh project: not undoable (like any editor's Open), saved state = this."""
        self.state.replace_document(document, t("Open project"))
        self.state.undo_stack.clear()
        self.state.undo_stack.setClean()
        self.state.select(0)
        self.set_assignment(document.assignment)

    def set_assignment(self, assignment: object) -> None:
        self.assignment = assignment
        self.assignmentChanged.emit(assignment)

    def document_to_save(self) -> Document:
        """The project as its file holds it: the document and the assignment with its attempts."""
        return replace(self.state.document, assignment=self.assignment)

    # --- unsaved changes ------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded, or unchanged)."""
        if not self.is_dirty():
            return True
        answer = prompts.ask_save_changes(self.window, self.display_name())
        if answer == prompts.SAVE:
            return self.save()
        return answer == prompts.DISCARD

    @Slot()
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._load(blank_project())
        self._set_path(None)
        self._status("New project: type values in the table or pick a preset")
        return True

    # --- open -----------------------------------------------------------------------------------
    @Slot()
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = self.start_folder()
        name, _ = QFileDialog.getOpenFileName(self.window, "Open project", start, FILE_FILTER)
        if name:
            self.open_file(Path(name), ask=False)

    def open_file(self, path: str | os.PathLike, ask: bool = True) -> bool:
        """Open a project; on any problem the current project stays open and unchanged."""
        path = Path(path)
        try:
            document = project_file.load(path)
        except project_file.ProjectFileError as error:
            self._error(tr("Cannot open {name}").format(name=path.name), str(error))
            return False
        if ask and not self.maybe_save():
            return False
        self._load(document)
        self._set_path(path.resolve())
        self._add_recent(self.path)
        self._status(t("Opened {name}", name=path.name))
        return True

    # --- save -----------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_file(self.path)

    @Slot()
    def save_as(self) -> bool:
        start = str(self.path) if self.path else str(
            Path(self.start_folder()) / f"{self.state.document.title}.rnnlab")
        name, _ = QFileDialog.getSaveFileName(self.window, "Save project", start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(project_file.EXTENSION)
        return self.save_file(path)

    def save_file(self, path: str | os.PathLike) -> bool:
        """Write the project atomically; on failure the file on disk is the previous one."""
        path = Path(path)
        if self.state.run_state == "running":
            self.state.pause()  # the file gets settled weights, and the run becomes an undo step
        try:
            project_file.save(path, self.document_to_save())
        except OSError as error:
            self._error(tr("Cannot save {name}").format(name=path.name), error.strerror or str(error))
            return False
        except ValueError as error:  # a value no JSON can hold; the file on disk is untouched
            self._error(tr("Cannot save {name}").format(name=path.name), str(error))
            return False
        self.state.undo_stack.setClean()
        self._set_path(path.resolve())
        self._add_recent(self.path)
        self.discard_recovery()
        self._status(t("Saved {name}", name=path.name))
        return True

    # --- recent files ---------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):  # QSettings gives a lone entry back as a string
            value = [value]
        return [_from_setting(str(v)) for v in value or []]

    def _set_recent(self, entries: list[str]) -> None:
        self.settings.setValue("recentFiles", [_to_setting(e) for e in entries[:MAX_RECENT]])
        self.settings.sync()

    def _add_recent(self, path: Path) -> None:
        self._set_recent([str(path)] + [p for p in self.recent_files() if p != str(path)])

    @Slot()
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = self.recent_files()
        for entry in entries:
            action = self.recent_menu.addAction(_shown(Path(entry).name))
            action.setToolTip(_shown(entry))
            action.triggered.connect(lambda _=False, e=entry: self.open_recent(e))
        if not entries:
            self.recent_menu.addAction("(no recent projects)").setEnabled(False)

    def open_recent(self, entry: str) -> bool:
        if not Path(entry).exists():
            self._set_recent([p for p in self.recent_files() if p != entry])
            self._error(tr("Cannot open a recent project"),
                        tr("{entry} no longer exists.").format(entry=entry))
            return False
        return self.open_file(entry)

    # --- presets and CSV ------------------------------------------------------------------------
    def load_preset(self, name: str) -> None:
        """A preset is an edit of this project (undoable), not a new file."""
        self.state.replace_document(PRESETS[name](), t("Preset: {name}", name=tr(name)))
        self.state.select(0)
        self._status(tr("Loaded the preset {name} (Edit > Undo brings your data back)").format(
            name=repr(tr(name))))  # the preset's name as its menu shows it

    @Slot()
    def worksheet_dialog(self) -> None:
        """The selected sequence's unrolled network on paper, with blanks and an answer key."""
        from .canvas.worksheet_dialog import export_worksheet_dialog

        path = export_worksheet_dialog(self.window, self.state, self.start_folder())
        if path is not None:
            self.remember_folder(path)

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, "Import CSV", self.start_folder(), "CSV files (*.csv *.txt);;All files (*)"
        )
        if name:
            self.remember_folder(Path(name))
            self.import_csv(Path(name))

    def import_csv(self, path: str | os.PathLike) -> CsvImportDialog | None:
        """Show the preview (window-modal, not blocking); nothing changes until Import."""
        path = Path(path)
        raw = self._csv_bytes(path)
        if raw is None:
            return None
        dialog = CsvImportDialog(self.state, raw, path.name, self.window)
        dialog.open()
        return dialog

    def import_csv_now(self, path: str | os.PathLike) -> int:
        """Import with the choices the dialog would make by itself, asking nothing (scripts and
        tests): one undo step; the number of sequences added (0, and a message, if none)."""
        path = Path(path)
        raw = self._csv_bytes(path)
        if raw is None:
            return 0
        text, problem = csv_data.decode(raw)
        if text is None:
            self._error(tr("Cannot import {name}").format(name=path.name), str(problem))
            return 0
        options = csv_data.detect(text)
        result = csv_data.parse(text, options)
        if not result.sequences:
            reason = "; ".join(str(p) for p in result.problems[:3]) or "it holds no values"
            self._error(tr("Nothing to import from {name}").format(name=path.name), reason)
            return 0
        return import_into(self.state, result, options, replacing=True)

    def _csv_bytes(self, path: Path) -> bytes | None:
        try:  # a FIFO would block and /dev/zero never end: regular files, at most the limit
            raw = read_limited_bytes(path, csv_data.MAX_CSV_BYTES)
        except OSError as error:
            self._error(tr("Cannot import {name}").format(name=path.name), error.strerror or str(error))
            return None
        return raw

    # --- crash recovery -------------------------------------------------------------------------
    @Slot()
    def _mark_pending(self, *_: object) -> None:
        self._autosave_pending = True

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        if clean and not self.state.is_active:
            self.discard_recovery()

    @Slot()
    def autosave(self) -> bool:
        """Write the recovery file if something changed since the last time and it is unsaved."""
        if not self._autosave_pending or not self.is_dirty():
            return False
        if self.state.run_state == RUNNING and time.monotonic() - self._last_autosave < RUNNING_AUTOSAVE_S:
            return False
        data = project_file.to_dict(self.document_to_save())
        data["recovery"] = {
            "file": None if self.path is None else str(self.path),
            "time": time.time(),
            "pid": os.getpid(),
        }
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            project_file.write_atomic(self.recovery_path, project_file.encode(data))
        except (OSError, ValueError) as error:
            self._status(t("Could not write the recovery file: {error}", error=error), 8000)
            return False
        self._wrote_recovery = True
        self._autosave_pending = False
        self._last_autosave = time.monotonic()
        return True

    def discard_recovery(self) -> None:
        """Only our own recovery file: a headless run must not delete a real crash's leftovers."""
        if self._wrote_recovery:
            self.recovery_path.unlink(missing_ok=True)
            self._wrote_recovery = False

    def offer_recovery(self) -> bool:
        """At start-up: a recovery file left behind means a crash; offer to restore it. A broken
        one (bad JSON, a huge number, a folder or a FIFO in its place) never stops the start: it
        is set aside under another name, so it can be looked at, and the user is told."""
        if prompts.HEADLESS:
            return False
        project_file.remove_stale_temps(self.recovery_path)  # an autosave killed mid-write
        try:
            if not os.path.lexists(self.recovery_path):
                return False
            data = project_file.parse(project_file.read_text(self.recovery_path))
            info = data.pop("recovery", {}) if isinstance(data, dict) else {}
            document = project_file.from_dict(data)
            description = _recovery_description(document, info)
        except Exception as error:  # noqa: BLE001 - whatever it holds, the app must start
            self._set_aside_recovery(error)
            return False
        if not prompts.ask_restore(self.window, description):
            self._remove_recovery()
            return False
        source = info.get("file") if isinstance(info, dict) else None
        self._load(document)
        self._set_path(Path(source) if isinstance(source, str) else None)
        # Restored work is unsaved work: make it dirty so Save and the close prompt apply.
        self.state.undo_stack.resetClean()
        self._wrote_recovery = True  # ours now: removed once saved or closed cleanly
        self._status("Restored the unsaved work of the last session; save it to keep it", 0)
        return True

    def _remove_recovery(self) -> None:
        try:
            self.recovery_path.unlink(missing_ok=True)
        except OSError as error:  # e.g. a folder of that name: set it aside instead
            self._set_aside_recovery(error)

    def _set_aside_recovery(self, error: BaseException) -> Path | None:
        """Rename the unreadable recovery file (whatever kind of file it is) out of the way."""
        aside = self.recovery_path.with_name(
            f"{RECOVERY_NAME}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}"
        )
        n = 1
        while os.path.lexists(aside):
            aside = aside.with_name(f"{aside.name.split('~')[0]}~{n}")
            n += 1
        reason = str(error) if isinstance(error, ValueError | OSError) else type(error).__name__
        try:
            os.replace(self.recovery_path, aside)
        except OSError as move_error:
            self._status(
                f"A recovery file was found but could not be read ({reason[:200]}), nor moved "
                f"aside ({move_error.strerror or move_error}): {self.recovery_path}", 0
            )
            return None
        self._status(
            f"A recovery file was found but could not be read ({reason[:200]}); it was set "
            f"aside as {aside}", 0
        )
        return aside

    def close_cleanly(self) -> None:
        self.autosave_timer.stop()
        self.discard_recovery()


def _recovery_description(document: Document, info: object) -> str:
    source = info.get("file") if isinstance(info, dict) else None
    when = info.get("time") if isinstance(info, dict) else None
    description = f"“{document.title[:200]}”, {len(document.sequences)} sequence(s)"
    if isinstance(source, str):
        description += f", from {_shown(source)[:300]}"
    if isinstance(when, int | float) and not isinstance(when, bool):
        try:  # a time far outside the calendar (1e300, -1e18) is left out, not fatal
            description += f", autosaved {time.strftime('%Y-%m-%d %H:%M', time.localtime(when))}"
        except (OverflowError, OSError, ValueError):
            pass
    return description


# QSettings keeps text as QString: a file name that is not valid UTF-8 (Python holds its bytes as
# lone surrogates) would come back mangled, and Open Recent would say the file no longer exists.
# Such names are kept as their bytes in hex; every other name is kept as it reads.
_BYTES_PREFIX = "bytes:"


def _to_setting(entry: str) -> str:
    try:
        entry.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return _BYTES_PREFIX + os.fsencode(entry).hex()
        except UnicodeEncodeError:  # not a name the file system gave: keep it as it is
            return entry
    return entry


def _from_setting(value: str) -> str:
    if value.startswith(_BYTES_PREFIX):
        try:
            return os.fsdecode(bytes.fromhex(value[len(_BYTES_PREFIX):]))
        except ValueError:
            return value
    return value


def _shown(text: str) -> str:
    """A name fit for a menu: undecodable bytes shown as the replacement character."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _toolbar_label(text: str):
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setContentsMargins(6, 0, 2, 0)
    return label

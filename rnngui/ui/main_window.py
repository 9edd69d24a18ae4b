"""The main window: assembles the views around one AppState."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from .. import __version__
from ..model.document import Document
from ..session.state import AppState
from ..session.view_state import LAB_TAB, MAIN_TAB
from .assignments.controller import Assignments
from .canvas.network_canvas import NetworkPanel
from .file_actions import FileActions
from .lab.gradient_lab import GradientLab
from .languages import tr, translate_window
from .sequences.editor import SequenceEditor
from .teaching.lesson_panel import LessonPanel
from .teaching.teaching import Teaching
from .training.panel import TrainingPanel
from .widgets.accessibility import make_accessible
from .widgets.label_holder import LabelHolder
from .widgets.panel_deck import PanelDeck

GEOMETRY_KEY, STATE_KEY, SPLITTERS_KEY = "window/geometry", "window/state", "window/splitters"


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.state = AppState(document, self)
        self.sequence_editor = SequenceEditor(self.state)
        self.network_panel = NetworkPanel(self.state)  # toolbar + canvas + formula line
        self.network_canvas = self.network_panel.canvas  # the QGraphicsView "networkCanvas"
        self.training_panel = TrainingPanel(self.state)
        # Side by side on a wide screen; on a narrow one (a 1024 px projector, presenter mode,
        # the lesson dock open) the training and sequence panels share a column as tabs.
        self.panel_deck = PanelDeck(
            [(self.sequence_editor, "Sequences", 1), (self.network_panel, "Network", 3),
             (self.training_panel, "Training", 2)],
            lead=1, tab_order=[2, 0], scrollable=(0,),
        )
        self.panel_deck.set_sizes([260, 640, 460])
        # The gradient lab is a tab of its own so a teacher can put it full-size on a projector.
        self.gradient_lab = GradientLab(self.state)
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.panel_deck, "Network and training")
        self.tabs.addTab(self.gradient_lab, "Gradient lab")
        self.setCentralWidget(self.tabs)
        # The visible tab is view state: a lesson step asks for it, the tab bar writes it back.
        tab_widgets = {MAIN_TAB: self.panel_deck, LAB_TAB: self.gradient_lab}
        self.state.view.tabChanged.connect(lambda tab: self.tabs.setCurrentWidget(tab_widgets[tab]))
        self.tabs.currentChanged.connect(
            lambda i: self.state.view.set_tab(LAB_TAB if self.tabs.widget(i) is self.gradient_lab
                                              else MAIN_TAB)
        )
        self.resize(1360, 760)
        self._build_menus()
        # File menu (New/Open/Save/Recent/Import), Presets menu and toolbar, crash recovery
        self.file_actions = FileActions(self, self.state, self.menuBar().actions()[0].menu())
        self.file_actions.pathChanged.connect(self._update_title)
        self.state.undo_stack.cleanChanged.connect(self._update_title)
        self.state.statusMessage.connect(self._show_status)
        self.state.documentChanged.connect(self._update_title)
        self._update_title()
        # steps per second and time left while training (the training panel keeps it current)
        self.statusBar().addPermanentWidget(LabelHolder(self.training_panel.speed_label))
        self.statusBar().showMessage(tr("Ready"), 2000)
        # The guided lesson (a dock, opened from the Lesson menu or toolbar) and teaching mode:
        # Run and View menus, presenter mode, themes, hiding parts for a class, shortcuts sheet.
        self.lesson_panel = LessonPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lesson_panel)
        self.lesson_panel.hide()
        self.lesson_panel.visibilityChanged.connect(self._lesson_shown)
        self.teaching = Teaching(self)
        self.restore_layout()
        # Assignments: File → New assignment…, Open as teacher…, Review hand-ins…, and the
        # Assignment dock while one is open (after the layout: the dock shows only with one).
        self.assignments = Assignments(self)
        self.describer = make_accessible(self)  # screen readers: controls named, canvas as text
        translate_window(self)  # last: the parts above found the menus by their English titles

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        undo = QAction("&Undo", self, shortcut=QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.state.undo)
        redo = QAction("&Redo", self, shortcut=QKeySequence.StandardKey.Redo)
        redo.triggered.connect(self.state.redo)
        self.state.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.state.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About RNN Lab", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    @Slot()
    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About RNN Lab"),
            tr("<b>RNN Lab {version}</b><p>See how a recurrent neural network works, and why a "
               "plain one is hard to train: exploding and vanishing gradients.</p>").format(
                version=__version__),
        )

    @Slot(str, int)
    def _show_status(self, text: str, timeout: int) -> None:
        self.statusBar().showMessage(text, timeout)

    @Slot()
    def _update_title(self, *_: object) -> None:
        actions = getattr(self, "file_actions", None)
        name = actions.display_name() if actions else self.state.document.title
        self.setWindowTitle(f"{name}[*] — RNN Lab")  # [*] shows as * while unsaved
        self.setWindowModified(not self.state.undo_stack.isClean())

    def open_file(self, path) -> bool:
        """Open a .rnnlab project (for scripts, tests and the command line)."""
        return self.file_actions.open_file(path)

    def save_file(self, path) -> bool:
        """Save the project atomically to ``path``."""
        return self.file_actions.save_file(path)

    def export_worksheet(self, path, blanks=None, paper: str = "A4") -> None:
        """The selected sequence's worksheet: a PDF (with answer key) for .pdf, an SVG for .svg."""
        from .canvas.worksheet import write_worksheet

        write_worksheet(self.state, path, blanks, paper)

    def import_csv(self, path) -> int:
        """Import a CSV file as the import dialog would by itself, asking nothing (one undo step);
        returns the number of sequences added."""
        return self.file_actions.import_csv_now(path)

    # --- remembered layout ----------------------------------------------------------------------
    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def save_layout(self) -> None:
        """Window size and place, toolbars, the lesson dock and the splitters (QSettings)."""
        settings = self.teaching.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        for splitter in self._splitters():
            data = (self.panel_deck.save_state() if splitter is self.panel_deck.splitter
                    else splitter.saveState())
            if data:
                settings.setValue(f"{SPLITTERS_KEY}/{splitter.objectName()}", data)
        settings.sync()

    def restore_layout(self) -> None:
        settings = self.teaching.settings
        geometry = settings.value(GEOMETRY_KEY)
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty()
        if restored:
            self.restoreGeometry(geometry)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        for splitter in self._splitters():
            data = settings.value(f"{SPLITTERS_KEY}/{splitter.objectName()}")
            if not isinstance(data, QByteArray) or data.isEmpty():
                continue
            if splitter is self.panel_deck.splitter:
                self.panel_deck.restore_state(data)
            else:
                splitter.restoreState(data)
        self._fit_on_show = restored  # the frame's size is known once shown
        if restored:
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """A window remembered from a bigger screen (or a projector since unplugged) is shrunk
        and moved onto the screen it is on now."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumSizeHint().width()),
                        max(height, self.minimumSizeHint().height()))
        frame = QRect(self.frameGeometry())
        x = min(max(frame.x(), available.x()), available.right() + 1 - frame.width())
        y = min(max(frame.y(), available.y()), available.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, available.x()), max(y, available.y()))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if getattr(self, "_fit_on_show", False):
            self._fit_on_show = False
            QTimer.singleShot(0, self, self.fit_to_screen)

    @Slot(bool)
    def _lesson_shown(self, visible: bool) -> None:
        """The lesson opens about 42 characters wide, at most a third of the window; the panels
        beside it give way (they become tabs when they no longer fit side by side)."""
        if visible and not self.lesson_panel.isFloating():
            QTimer.singleShot(0, self, self._size_lesson)

    @Slot()
    def _size_lesson(self) -> None:
        if self.lesson_panel.isVisible() and not self.lesson_panel.isFloating():
            width = self.lesson_panel.comfortable_width(self.width())
            if self.lesson_panel.width() < width:
                self.resizeDocks([self.lesson_panel], [width], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.file_actions.maybe_save():  # Cancel in the unsaved-changes prompt
            event.ignore()
            return
        self.save_layout()
        self.file_actions.close_cleanly()
        self.gradient_lab.shutdown()
        self.state.shutdown()
        super().closeEvent(event)

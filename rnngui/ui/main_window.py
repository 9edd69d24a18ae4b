"""The main window: assembles the views around one AppState."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from .. import __version__
from ..model.document import Document
from ..session.state import AppState
from .canvas.network_canvas import NetworkPanel
from .file_actions import FileActions
from .lab.gradient_lab import GradientLab
from .sequences.editor import SequenceEditor
from .teaching.lesson_panel import LessonPanel
from .teaching.teaching import Teaching
from .training.panel import TrainingPanel
from .widgets.label_holder import LabelHolder


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.state = AppState(document, self)
        self.sequence_editor = SequenceEditor(self.state)
        self.network_panel = NetworkPanel(self.state)  # toolbar + canvas + formula line
        self.network_canvas = self.network_panel.canvas  # the QGraphicsView "networkCanvas"
        self.training_panel = TrainingPanel(self.state)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sequence_editor)
        splitter.addWidget(self.network_panel)
        splitter.addWidget(self.training_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([260, 640, 460])
        # The gradient lab is a tab of its own so a teacher can put it full-size on a projector.
        self.gradient_lab = GradientLab(self.state)
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, "Network and training")
        self.tabs.addTab(self.gradient_lab, "Gradient lab")
        self.setCentralWidget(self.tabs)
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
        self.statusBar().showMessage("Ready", 2000)
        # The guided lesson (a dock, opened from the Lesson menu or toolbar) and teaching mode:
        # Run and View menus, presenter mode, themes, hiding parts for a class, shortcuts sheet.
        self.lesson_panel = LessonPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lesson_panel)
        self.lesson_panel.hide()
        self.teaching = Teaching(self)

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
            "About RNN Lab",
            f"<b>RNN Lab {__version__}</b><p>See how a recurrent neural network works, and why a "
            "plain one is hard to train: exploding and vanishing gradients.</p>",
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

    def import_csv(self, path) -> int:
        """Import a CSV file as the import dialog would by itself, asking nothing (one undo step);
        returns the number of sequences added."""
        return self.file_actions.import_csv_now(path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.file_actions.maybe_save():  # Cancel in the unsaved-changes prompt
            event.ignore()
            return
        self.file_actions.close_cleanly()
        self.gradient_lab.shutdown()
        self.state.shutdown()
        super().closeEvent(event)

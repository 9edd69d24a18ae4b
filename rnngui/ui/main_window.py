"""The main window: assembles the views around one AppState."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from .. import __version__
from ..document import Document
from ..state import AppState
from .network_canvas import NetworkCanvas
from .sequence_editor import SequenceEditor
from .training_panel import TrainingPanel


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.state = AppState(document, self)
        self.sequence_editor = SequenceEditor(self.state)
        self.network_canvas = NetworkCanvas(self.state)
        self.training_panel = TrainingPanel(self.state)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sequence_editor)
        splitter.addWidget(self.network_canvas)
        splitter.addWidget(self.training_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([260, 640, 460])
        self.setCentralWidget(splitter)
        self.resize(1360, 760)
        self._build_menus()
        self.state.statusMessage.connect(self._show_status)
        self.state.documentChanged.connect(self._update_title)
        self._update_title()
        self.statusBar().showMessage("Ready", 2000)

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
        self.setWindowTitle(f"{self.state.document.title} — RNN Lab")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.state.shutdown()
        super().closeEvent(event)

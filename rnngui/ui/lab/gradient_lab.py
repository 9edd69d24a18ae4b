"""The gradient lab: exploding and vanishing gradients, measured, seen and fixed.

A view of its own (a tab a teacher can put on a projector): gradient through time, the unroll-length
experiment, the loss landscape with gradient descent's path, side-by-side runs, and the remedies.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.words import t
from ...model import presets
from ...session.compare import SUGGESTED_CLIP, CompareRuns
from ...session.state import AppState
from ...session.view_state import LAB_PAGES
from ..widgets.flow_layout import flow_row
from .landscape import Landscape1D, Landscape2D
from .memory import MemoryPage
from .run_strip import RunStrip
from .side_by_side import CompareRunsView
from .stability import StabilityMapPage
from .through_time import GradientThroughTime
from .unroll_length import UnrollExperiment

WHAT_NEXT_MIN_HEIGHT = 660  # below this the "what comes next" paragraph folds behind a button
CLIP_AT = SUGGESTED_CLIP  # the one-click remedy's default threshold

WHAT_NEXT = (
    "<b>What comes next.</b> Clipping tames exploding gradients, but nothing here rescues a "
    "vanishing one: the first day's signal is multiplied by w2 on every trip around the loop. "
    "Long Short-Term Memory networks (LSTMs), the lesson's next chapter, give the signal a "
    "separate path through time that is not multiplied by w2 at every step, so it neither explodes "
    "nor vanishes; transformers came later."
)


class GradientLab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientLab")
        self.state = state
        self.compare = CompareRuns(self)
        self.exploding_button = QPushButton(
            "Exploding gradients (w2 = 2)", objectName="explodingPresetButton"
        )
        self.exploding_button.setToolTip(
            "The lesson's example, w2 = 2 unrolled 4 times (x16): press Train and watch gradient "
            "descent bounce across the valley; then tick Clip"
        )
        self.vanishing_button = QPushButton(
            "Vanishing gradients (w2 = 0.5)", objectName="vanishingPresetButton"
        )
        self.vanishing_button.setToolTip(
            "51 days with w2 = 0.5: press Train and watch gradient descent stall"
        )
        self.clip_toggle = QCheckBox("Clip gradients at", objectName="clipToggle")
        self.clip_toggle.setToolTip(
            "The standard remedy for exploding gradients: scale the gradient down whenever its "
            "length exceeds this value, so no step is longer than learning rate × this value. "
            "Works while training runs."
        )
        self.clip_value = QDoubleSpinBox(objectName="clipValue")
        self.clip_value.setDecimals(4)
        self.clip_value.setRange(1e-4, 1e6)
        self.clip_value.setValue(CLIP_AT)
        self.clip_value.setToolTip("The largest gradient length clipping lets through")
        # The paragraph below the pages takes five lines on a narrow projector: there it folds
        # away behind this button (and comes back by itself on a taller window).
        self.what_next_button = QToolButton(objectName="whatComesNextButton")
        self.what_next_button.setText("What comes next?")
        self.what_next_button.setCheckable(True)
        self.what_next_button.setToolTip("Show or hide the note on what comes after plain RNNs")
        self._what_next_chosen = False  # True once the user pressed the button
        # a row that wraps on a narrow window instead of pushing the clip box off-screen
        bar_holder, bar = flow_row()
        bar.addWidget(QLabel("<b>Gradient lab</b>"))
        bar.addWidget(self.exploding_button)
        bar.addWidget(self.vanishing_button)
        clip = QWidget()
        clip_row = QHBoxLayout(clip)
        clip_row.setContentsMargins(0, 0, 0, 0)
        clip_row.addWidget(self.clip_toggle)
        clip_row.addWidget(self.clip_value)
        bar.addWidget(clip)
        bar.addStretch(1)
        bar.addWidget(self.what_next_button)
        self.through_time = GradientThroughTime(state)
        self.unroll = UnrollExperiment(state)
        self.landscape_1d = Landscape1D(state, self.compare)
        self.landscape_2d = Landscape2D(state, self.compare)
        self.compare_view = CompareRunsView(state, self.compare)
        self.memory = MemoryPage(state)  # the RNN and the LSTM on 51 days: the LSTM chapter's point
        self.tabs = QTabWidget(objectName="gradientLabTabs")
        self.tabs.addTab(self.through_time, "Through time")
        self.tabs.addTab(self.unroll, "Unroll length")
        self.tabs.addTab(self.landscape_1d, "Landscape (1 parameter)")
        self.tabs.addTab(self.landscape_2d, "Landscape (2 parameters)")
        self.tabs.addTab(self.compare_view, "Side by side")
        self.tabs.addTab(self.memory, "Why the LSTM")
        self.stability = StabilityMapPage(state, self.compare_view)  # which starts converge
        self.tabs.addTab(self.stability, "Stability map")
        self.what_next = QLabel(WHAT_NEXT, objectName="whatComesNext")
        self.what_next.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(bar_holder)
        self.run_strip = RunStrip(state)  # the SSR and the diagnosis, live, on every page
        layout.addWidget(self.run_strip)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.what_next)
        self.what_next_button.clicked.connect(self._what_next_clicked)
        self.exploding_button.clicked.connect(self.load_exploding)
        self.vanishing_button.clicked.connect(self.load_vanishing)
        self.clip_toggle.toggled.connect(self._clip_toggled)
        self.clip_value.editingFinished.connect(self._clip_value_edited)
        state.trainingSettingsChanged.connect(self._show_clip)
        self._show_clip(state.document.training)
        # The visible page is view state (lesson steps ask for one; the tab bar writes it back).
        self.pages = dict(zip(LAB_PAGES, (self.through_time, self.unroll, self.landscape_1d,
                                          self.landscape_2d, self.compare_view, self.memory,
                                          self.stability)))
        state.view.labPageChanged.connect(lambda page: self.tabs.setCurrentWidget(self.pages[page]))
        self.tabs.currentChanged.connect(self._page_shown)

    @Slot(int)
    def _page_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for name, page in self.pages.items():
            if page is widget:
                self.state.view.set_lab_page(name)

    # --- fitting small screens ------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Without the paragraph, which folds away on a short window (see resizeEvent)."""
        hint = super().minimumSizeHint()
        if self.what_next.isVisibleTo(self):
            hint.setHeight(hint.height() - self.what_next.sizeHint().height())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self._what_next_chosen:
            self._show_what_next(event.size().height() >= WHAT_NEXT_MIN_HEIGHT)

    @Slot(bool)
    def _what_next_clicked(self, on: bool) -> None:
        self._what_next_chosen = True
        self._show_what_next(on)

    def _show_what_next(self, on: bool) -> None:
        self.what_next.setVisible(on)
        if self.what_next_button.isChecked() != on:
            self.what_next_button.setChecked(on)

    @Slot()
    def load_exploding(self) -> None:
        self.state.replace_document(presets.exploding_four_loops(), t("Exploding-gradients preset"))
        self.compare_view.suggest()

    @Slot()
    def load_vanishing(self) -> None:
        self.state.replace_document(presets.vanishing(), t("Vanishing-gradients preset"))
        self.compare_view.suggest()

    @Slot()
    def _clip_value_edited(self) -> None:
        if self.clip_toggle.isChecked():
            self._clip_toggled(True)

    @Slot(bool)
    def _clip_toggled(self, on: bool) -> None:
        training = self.state.document.training
        clip = self.clip_value.value() if on else None
        if training.clip != clip:
            self.state.set_training(replace(training, clip=clip),
                                    "Clip gradients" if on else "Stop clipping")

    @Slot(object)
    def _show_clip(self, training) -> None:
        self.clip_toggle.blockSignals(True)
        self.clip_toggle.setChecked(training.clip is not None)
        self.clip_toggle.blockSignals(False)
        if training.clip is not None:
            self.clip_value.setValue(training.clip)

    def shutdown(self) -> None:
        """Stop the side-by-side runs and the landscape jobs (closeEvent calls this)."""
        self.compare.stop()
        self.memory.shutdown()
        self.stability.shutdown()
        self.landscape_1d.wait()
        self.landscape_2d.wait()

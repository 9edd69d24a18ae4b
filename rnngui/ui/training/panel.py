"""The live training panel: run buttons, settings, live plots and the diagnosis in plain words.

The plots redraw from the run history when the state relays a chunk (at most ~40 a second);
only visible plots redraw, so the hidden tabs cost nothing while the worker trains.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt
from ...engine.cells import cell_of
from ...engine.diagnose import BOUNCING, CONVERGED, CONVERGING, DIVERGED, STALLING
from ...engine.rnn import prepare
from ...engine.words import t, whole
from ...model import history as H
from ...model.scaling import out_of_range_note
from ...session.pacing import MIN_REDRAW_INTERVAL, REDRAW_SHARE, TEXT_INTERVAL
from ...session.state import DIVERGED as RUN_DIVERGED
from ...session.state import FINISHED, PAUSED, RUNNING, AppState
from ..languages import tr
from ..widgets.accessibility import announce
from ..widgets.flow_layout import flow_row
from ..widgets.label_holder import LabelHolder
from .cell_chooser import CellChooser
from .controls import TrainingControls, default_confirm
from .gradient_groups import GradientGroupChooser, gradient_series, param_series
from .plots import ABSLOG, LINEAR, LOG, SYMLOG, RunPlot, default_ask_path
from .receipt_button import ReceiptButton
from .speed import SpeedControl
from .timeline import TimelineBar

# Panel heights (px at a 16 px line of text; they grow with the font) below which the rarer
# settings fold away and the SSR plot joins the plot tabs, so the panel fits a 1024×600 screen,
# in presenter mode too.
MORE_SETTINGS_MIN_HEIGHT = 760
LOSS_APART_MIN_HEIGHT = 560
# The diagnosis line's colour says the verdict at a glance; the words say why.
KIND_COLORS = {
    CONVERGING: "#1a6e1a",
    CONVERGED: "#1a6e1a",
    BOUNCING: "#b34700",
    STALLING: "#7a5c00",
    DIVERGED: "#b00020",
}


class TrainingPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.state = state
        self.ask_path: Callable[[QWidget, str, str], str] = default_ask_path
        self.confirm: Callable[[QWidget, str, str], bool] = default_confirm
        self._data_question_pending = False
        self._asked_this_run = False
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self._redraw)
        self._next_redraw = 0.0
        self._next_text = 0.0  # see TEXT_INTERVAL
        self.redraw_count = 0  # plots redrawn (the benchmark reads it)

        self.train_button = self._button("Train", "trainButton", "Run gradient descent (Ctrl+T)")
        self.pause_button = self._button("Pause", "pauseButton", "Pause the run (Train resumes)")
        self.step_button = self._button("Step", "stepButton", "Exactly one gradient-descent step")
        self.stop_button = self._button(
            "Stop", "stopButton", "End the training thread; Train goes on from this step"
        )
        self.reset_button = self._button(
            "Reset", "resetButton", "Back to this run's starting parameters (the same every time)"
        )
        buttons_holder, buttons = flow_row()  # wraps on a narrow panel, never past its edge
        for b in (
            self.train_button, self.pause_button, self.step_button, self.stop_button,
            self.reset_button,
        ):
            buttons.addWidget(b)

        self.speed = SpeedControl(state)  # speedControl, stopWhenConverged
        self.controls = TrainingControls(state)
        # one replaceable question for the whole panel (tests answer it)
        self.controls.confirm = lambda parent, title, text: self.confirm(parent, title, text)
        self.learning_rate = self.controls.learning_rate
        self.max_steps = self.controls.max_steps
        # RNN or LSTM; the LSTM's activations are fixed, so the chooser greys the activation out
        self.cell_chooser = CellChooser(state, self.controls.activation)
        self.cell_chooser.confirm = lambda parent, title, text: self.confirm(parent, title, text)
        buttons.addWidget(self.cell_chooser)
        buttons.addWidget(self.speed)  # beside the cell chooser: no row of its own on a short screen

        self.progress = QProgressBar(objectName="trainingProgress")
        self.progress.setFormat(tr("step %v of %m"))  # again on a language switch: changeEvent
        self.progress.setMaximumHeight(18)
        self.speed_label = QLabel("")
        self.speed_label.setObjectName("trainingSpeed")

        self.loss_view = RunPlot(
            "lossPlot", "SSR (the loss)", "SSR", [("SSR", H.LOSS, "#1f3a93")],
            scales=(LINEAR, LOG), scale=LOG,
        )
        columns = state.history.columns
        self.gradient_view = RunPlot(
            "gradientPlot", "Gradients: dSSR/d each parameter", "dSSR/d parameter",
            _gradient_series(columns), scales=(ABSLOG, SYMLOG, LINEAR), scale=ABSLOG,
            legend_labels=columns.names,
        )
        self.params_view = RunPlot(
            "parameterPlot", "Parameters", "value", _param_series(columns),
            scales=(LINEAR, SYMLOG), scale=LINEAR,
        )
        # which gate's gradients (the LSTM's twelve curves are many): all, or one group
        self.gradient_groups = GradientGroupChooser(state, self.gradient_view)
        # the gradient read-out's way into the chain-rule receipt (receipt_button.py)
        self.receipt_button = ReceiptButton(state, self.gradient_view)
        self.step_view = RunPlot(
            "stepSizePlot", "Step size |Δθ|", "|Δθ|", [("|Δθ|", columns.step_size, "#444")],
            scales=(LOG, LINEAR), scale=LOG,
        )
        self._names = columns.names
        self.views = (self.loss_view, self.gradient_view, self.params_view, self.step_view)
        self.loss_plot = self.loss_view.plot
        self.gradient_plot = self.gradient_view.plot
        self.loss_curve = self.loss_view.curves["SSR"]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("trainingPlotTabs")
        self.tabs.addTab(self.gradient_view, "Gradients")
        self.tabs.addTab(self.params_view, "Parameters")
        self.tabs.addTab(self.step_view, "Step size")
        self.tabs.setDocumentMode(True)
        plots = QSplitter(Qt.Orientation.Vertical, objectName="trainingPlotsSplitter")
        plots.setChildrenCollapsible(False)
        plots.addWidget(self.loss_view)
        plots.addWidget(self.tabs)
        self.plots_splitter = plots

        self.diagnosis_label = QLabel(tr("Press Train or Step to start gradient descent."))
        self.diagnosis_label.setObjectName("diagnosisLabel")
        self.diagnosis_label.setWordWrap(True)
        self.diagnosis_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diagnosis_label.setMinimumHeight(48)
        self.diagnosis_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.export_history_button = QToolButton(text="Export run as CSV…")
        self.export_history_button.setObjectName("exportRunButton")
        self.export_history_button.setToolTip("Every kept step: SSR, the five gradients and parameters")

        # The run's timeline: scrub a paused or ended run, fork from a step (timeline.py). It
        # takes the progress bar's place while the run does not train (its read-out says the
        # step), so the panel needs no row more on a 600 px screen.
        self.timeline = TimelineBar(state)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.timeline, 1)
        progress_row.addWidget(self.export_history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(QLabel("<b>Training</b>"))
        layout.addWidget(buttons_holder)
        layout.addWidget(self.controls)
        layout.addLayout(progress_row)
        layout.addWidget(plots, 1)
        layout.addWidget(LabelHolder(self.diagnosis_label))  # its numbers change every chunk

        self.train_button.clicked.connect(state.start_training)
        self.pause_button.clicked.connect(state.pause)
        self.step_button.clicked.connect(state.step)
        self.stop_button.clicked.connect(state.stop)
        self.reset_button.clicked.connect(state.reset_run)
        self.export_history_button.clicked.connect(self._export_history)
        self.tabs.currentChanged.connect(self._redraw)
        state.runUpdated.connect(self._on_update)
        state.runReset.connect(self._on_reset)
        state.runRestored.connect(self._on_restored)
        state.view.shownStepChanged.connect(self._show_cursor)
        state.runStateChanged.connect(self._on_run_state)
        state.diagnosisChanged.connect(self._on_diagnosis)
        state.trainingSettingsChanged.connect(self._show_max_steps)
        state.sequencesChanged.connect(self._on_data_changed)
        self._show_max_steps()
        self._on_run_state(state.run_state)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # the progress bar's format is not a text the window's translation walk reaches
        if event.type() == QEvent.Type.LanguageChange:
            self.progress.setFormat(tr("step %v of %m"))
        super().changeEvent(event)

    # --- fitting short screens (layout) --------------------------------------------------------
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """What the compact arrangement needs (see resizeEvent), so a 600 px screen fits."""
        hint = super().minimumSizeHint()
        saved = self.controls.more_height()
        if self.tabs.indexOf(self.loss_view) < 0:
            saved += self.loss_view.minimumSizeHint().height() + self.plots_splitter.handleWidth()
        hint.setHeight(hint.height() - saved)
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        height = event.size().height()
        self.controls.set_more_shown(height >= MORE_SETTINGS_MIN_HEIGHT * self._em())
        self._loss_in_tabs(height < LOSS_APART_MIN_HEIGHT * self._em())

    def _em(self) -> float:
        """Thresholds grow with the font (presenter mode): in lines of text."""
        return self.fontMetrics().height() / 16

    def _loss_in_tabs(self, short: bool) -> None:
        """On a short panel the SSR plot becomes the first plot tab instead of a plot above."""
        index = self.tabs.indexOf(self.loss_view)
        if short and index < 0:
            self.tabs.insertTab(0, self.loss_view, "SSR")
            self.tabs.setCurrentIndex(0)
        elif not short and index >= 0:
            self.tabs.removeTab(index)
            self.plots_splitter.insertWidget(0, self.loss_view)
            self.loss_view.show()

    @staticmethod
    def _button(text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    # --- live updates -------------------------------------------------------------------------
    @Slot(object)
    def _on_update(self, _chunk: object = None) -> None:
        # Draw now, while the worker waits for this chunk to be taken (no fight for the
        # interpreter lock); if the last redraw was too recent, draw the latest rows later.
        now = time.monotonic()
        delay = self._next_redraw - now
        if delay <= 0:
            self._redraw_timer.stop()
            self._redraw()
        elif not self._redraw_timer.isActive():
            self._redraw_timer.start(round(delay * 1000))
        if now >= self._next_text or self.state.run_state != RUNNING:
            self._next_text = now + TEXT_INTERVAL
            self._show_numbers()
        if self.state.run_state != RUNNING:  # a Step's first row: the timeline has steps now
            self._show_timeline()

    def _show_numbers(self) -> None:
        """Progress, speed and the diagnosis' words (their numbers change with every chunk)."""
        last = self.state.history.last
        if last is not None:
            self.progress.setValue(min(int(last[H.STEP]), self.progress.maximum()))
        self._show_speed()
        if self.state.diagnosis is not None:
            self._show_diagnosis(self.state.diagnosis)

    @Slot()
    def _redraw(self, *_: object) -> None:
        started = time.monotonic()
        history = self.state.history
        rows = history.drawable() if len(history) else None
        for view in self.views:
            if view.isVisible() or rows is None:
                view.show_rows(rows, len(history), history.generation)
            else:
                view.remember(rows, len(history), history.generation)
        self.redraw_count += 1
        spent = time.monotonic() - started
        self._next_redraw = started + max(MIN_REDRAW_INTERVAL, spent / REDRAW_SHARE)

    def _show_speed(self) -> None:
        state = self.state
        rate = state.steps_per_second
        last = state.history.last
        if state.run_state != RUNNING or rate <= 0 or last is None:
            self.speed_label.setText("")
            return
        left = max(state.run_max_steps - int(last[H.STEP]), 0) / rate
        self.speed_label.setText(tr("{rate} steps/s · {time} left").format(
            rate=f"{rate:,.0f}", time=_duration(left)))

    def _follow_cell(self) -> None:
        """Another cell has other parameters: the curves follow the history's columns."""
        columns = self.state.history.columns
        if columns.names == self._names:
            return
        self._names = columns.names
        self.gradient_view.set_series(_gradient_series(columns), columns.names)
        self.gradient_groups.follow_cell()
        self.params_view.set_series(_param_series(columns))
        self.step_view.set_series([("|Δθ|", columns.step_size, "#444")])

    def _show_timeline(self) -> None:
        """The timeline in the progress bar's place while there are steps to scrub."""
        scrub = self.state.can_scrub()
        if self.timeline.isVisibleTo(self) != scrub:
            self.progress.setVisible(not scrub)
            self.timeline.setVisible(scrub)

    @Slot(object)
    def _show_cursor(self, step: int | None) -> None:
        """The timeline's step as a line on every plot (none for the live parameters), and its
        exact figures in the SSR and parameter read-outs (a kept row may not hold them)."""
        for view in self.views:
            view.set_cursor(step)
        if step is None:
            return
        params = self.state.shown_params
        sequences, targets = self.state.document.training_data()
        ssr = float("nan")
        if sequences:
            seqs, tgts = prepare(sequences, targets)
            ssr = cell_of(params).raw_ssr_and_grads(
                list(params.as_tuple()), seqs, tgts, self.state.document.training.activation)[0]
        self.loss_view.readout.setText(tr("step {step}: SSR {ssr} at these parameters").format(
            step=f"{step:,}", ssr=fmt(ssr)))
        self.params_view.readout.setText(tr("step {step}: ").format(step=f"{step:,}") + ", ".join(
            f"{name} {fmt(value)}" for name, value in zip(params.names, params.as_tuple())))

    @Slot()
    def _on_restored(self) -> None:
        """A whole run came back (a fork undone or redone): draw it and say its verdict."""
        self._show_max_steps()
        self._show_timeline()
        self._redraw()
        self._show_numbers()

    @Slot()
    def _on_reset(self) -> None:
        self._follow_cell()
        self._show_timeline()
        # A fork is drawn on the SSR plot over the run it set out from, faded: the student
        # looks at the SSR when a run blows up, and there the fork's curve grows out of the
        # original's at the fork step, on the same axes, so "what clipping changed" is read at
        # a glance. (The side-by-side page would show it on another tab, every run from step 0.)
        origin = self.state.fork_origin
        self.loss_view.set_reference(
            None if origin is None else origin.rows,
            "" if origin is None else f"original run (fork at {origin.step:,})",
        )
        self.loss_view.set_legend_text("SSR", "SSR" if origin is None else f"fork: {origin.text}")
        for view in self.views:
            view.clear()
        self.progress.setValue(0)
        self._asked_this_run = False
        self._show_max_steps()
        self.diagnosis_label.setText(tr("Press Train or Step to start gradient descent."))
        self.diagnosis_label.setStyleSheet("")

    @Slot()
    def _show_max_steps(self, *_: object) -> None:
        running = self.state.is_active or len(self.state.history)
        steps = self.state.run_max_steps if running else self.state.document.training.max_steps
        self.progress.setMaximum(max(int(steps), 1))

    @Slot(str)
    def _on_run_state(self, run_state: str) -> None:
        self.train_button.setText(tr("Resume") if run_state == PAUSED else tr("Train"))
        self._show_timeline()
        self.pause_button.setEnabled(run_state == RUNNING)
        self.stop_button.setEnabled(self.state.is_active)
        self._show_max_steps()
        self._show_numbers()
        for view in self.views:
            view.fix_steps(self.state.run_max_steps if run_state == RUNNING else None)
        if run_state in (FINISHED, RUN_DIVERGED):
            self._redraw()
            announce(self.diagnosis_label, self.diagnosis_label.text())  # the run's verdict

    @Slot(object)
    def _on_diagnosis(self, diagnosis) -> None:
        if self.state.run_state != RUNNING:  # while running, _on_update shows it in step
            self._show_diagnosis(diagnosis)

    def _show_diagnosis(self, diagnosis) -> None:
        message = diagnosis.message
        if diagnosis.kind not in (CONVERGED, CONVERGING):  # unscaled prices: say so first
            message = " ".join(filter(None, (out_of_range_note(self.state.document), message)))
        if message == self.diagnosis_label.text():
            return
        self.diagnosis_label.setText(message)
        if self.state.run_state != RUNNING:  # said when a run ends, not every chunk of it
            announce(self.diagnosis_label, message)  # a screen reader reads the diagnosis
        color = KIND_COLORS.get(diagnosis.kind)
        style = f"color: {color};" if color else ""
        if style != self.diagnosis_label.styleSheet():  # a new style sheet re-polishes: rare
            self.diagnosis_label.setStyleSheet(style)

    # --- questions ------------------------------------------------------------------------------
    @Slot()
    def _on_data_changed(self) -> None:
        """New data make the run's curve describe other data: ask (once per run) whether to reset.

        Asked after the current event finishes: a modal dialog inside the undo stack's push
        would let other edits re-enter it.
        """
        if not len(self.state.history) or self._asked_this_run or self._data_question_pending:
            return
        self._data_question_pending = True
        QTimer.singleShot(0, self, self._ask_about_data)

    @Slot()
    def _ask_about_data(self) -> None:
        self._data_question_pending = False
        if not len(self.state.history) or self._asked_this_run:
            return
        self._asked_this_run = True
        if self.confirm(
            self,
            "The training data changed",
            "Reset the run? Yes: the parameters go back to the run's start and the curves are "
            "cleared. No: keep the trained parameters and the curves; Train goes on from here "
            "with the new data.",
        ):
            self.state.reset_run()

    # --- export ---------------------------------------------------------------------------------
    @Slot()
    def _export_history(self) -> str:
        if not len(self.state.history):
            self.state.statusMessage.emit(t("Nothing to export yet: train first."), 4000)
            return ""
        path = self.ask_path(self, "Export the run's history", "CSV data (*.csv)")
        if not path:
            return ""
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            self.state.history.write_csv(path)
        except OSError as error:
            self.state.statusMessage.emit(t("Could not write {path}: {reason}", path=path, reason=error.strerror), 8000)
            return ""
        self.state.statusMessage.emit(t("Saved {count} steps to {path}", count=whole(len(self.state.history.drawable())),
                                        path=path), 4000)
        return path


def _gradient_series(columns: H.Columns) -> list:
    return gradient_series(columns)  # per gate for the LSTM (see gradient_groups.py)


def _param_series(columns: H.Columns) -> list:
    return param_series(columns)


def _duration(seconds: float) -> str:
    if not np.isfinite(seconds):
        return "?"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds // 60:.0f} min {seconds % 60:.0f} s"
    return f"{seconds // 3600:.0f} h {seconds % 3600 // 60:.0f} min"


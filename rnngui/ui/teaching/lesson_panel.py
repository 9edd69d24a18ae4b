"""The lesson panel: a dock that walks through a lesson one step at a time.

Entering a step carries out its actions (data, weights, view); the panel then shows what to look
at, the one thing to try, live readouts computed by the engine, and a question the learner answers
before the engine's number is revealed. Lessons come from ``resources/lessons`` (or a file the
teacher opens); a broken file is listed with its error and never stops the app.
"""

from __future__ import annotations

import html as _html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt, words
from ...engine.words import t
from ...lesson import (
    ComputeError,
    Lesson,
    LessonEntry,
    LessonError,
    Step,
    Tolerance,
    compare_answer,
    compute,
    in_language,
    lessons_dir,
    load_folder,
    load_lesson,
    parse_number,
)
from ...session.pacing import READOUT_DELAY_MS
from ..prompts import default_confirm
from ..widgets.accessibility import announce
from ..widgets.bad_input import locale_decimal
from ..window_parts import WindowParts
from .lesson_actions import LessonActions

GOOD, BAD = "#1a7f37", "#b00020"
GOOD_ON_DARK, BAD_ON_DARK = "#6fdc8c", "#ff8a8a"  # readable on a dark theme's background


def verdict_colours(widget: QWidget) -> tuple[str, str]:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return (GOOD_ON_DARK, BAD_ON_DARK) if dark else (GOOD, BAD)


def _esc(text: str) -> str:
    return _html.escape(text, quote=False)


def shown(text: str) -> str:
    """A lesson text in the language the interface shows (English when the file has none)."""
    return in_language(text, words.language())


def show_number(value: float) -> str:
    """The engine's number as the rest of the app prints it (a denormal -5e-324 reads as 0)."""
    return fmt(0.0 if abs(value) < 1e-300 else value)


class LessonPanel(QDockWidget):
    stepChanged = Signal(int)

    def __init__(self, window: QMainWindow, folder: Path | None = None) -> None:
        super().__init__("Lesson", window)
        self.setObjectName("lessonPanel")
        self.window_ = window
        self.state = window.state
        self.actions_ = LessonActions(self.state, WindowParts(window))
        self.entries: list[LessonEntry] = []
        self.lesson: Lesson | None = None
        self.index = 0
        self.applied = False  # the current step's actions have been carried out
        self.confirm = default_confirm  # replaceable: tests answer the question
        self.problems: list[str] = []
        self.revealed: str = ""
        self._build()
        self._make_actions()
        self._readout_timer = QTimer(self, singleShot=True, interval=READOUT_DELAY_MS)
        self._readout_timer.timeout.connect(self.refresh_readouts)
        for signal in (self.state.paramsChanged, self.state.documentChanged,
                       self.state.selectionChanged):
            signal.connect(self._schedule_readouts)
        self.visibilityChanged.connect(self._on_visible)
        self.load_entries(folder if folder is not None else lessons_dir())

    # --- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.chooser = QComboBox(objectName="lessonChooser")
        self.chooser.setToolTip("The lessons in resources/lessons; a broken file shows its error")
        self.open_button = QToolButton(objectName="lessonOpenButton", text="Open…")
        self.open_button.setToolTip("Open a lesson file of your own (JSON, see the README)")
        self.step_chooser = QComboBox(objectName="lessonStepChooser")
        self.step_chooser.setToolTip("Jump to any step of the lesson")
        self.title = QLabel(objectName="lessonTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(objectName="lessonText")
        self.try_label = QLabel(objectName="lessonTry")
        self.try_button = QPushButton(objectName="lessonTryButton")
        self.try_button.setToolTip("Do the suggested action for me")
        self.readouts = QLabel(objectName="lessonReadouts")
        self.problem = QLabel(objectName="lessonProblem")
        self.ask = QLabel(objectName="lessonQuestionText")
        self.result = QLabel(objectName="lessonResult")
        for label in (self.title, self.text, self.try_label, self.readouts, self.problem,
                      self.ask, self.result):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)  # escaped text: "'" must not show as &#x27;
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer = QLineEdit(objectName="lessonAnswer")
        self.answer.setPlaceholderText("your guess, e.g. 16 or 2^50")
        self.answer.setToolTip("Type your prediction before revealing the engine's number")
        self.reveal_button = QPushButton("Reveal", objectName="lessonRevealButton")
        self.reveal_button.setToolTip("Let the engine compute the answer and compare (Ctrl+Return)")
        self.question_box = QGroupBox("Predict, then reveal", objectName="lessonQuestion")
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.reveal_button)
        box = QVBoxLayout(self.question_box)
        box.addWidget(self.ask)
        box.addLayout(answer_row)
        box.addWidget(self.result)
        self.back_button = QPushButton("◀ Back", objectName="lessonBackButton")
        self.back_button.setToolTip("The previous step (Page Up or Alt+Left)")
        self.next_button = QPushButton("Next ▶", objectName="lessonNextButton")
        self.next_button.setToolTip("The next step (Page Down or Alt+Right)")
        self.position = QLabel(objectName="lessonPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.open_button)
        try_row = QHBoxLayout()
        try_row.addWidget(self.try_label, 1)
        try_row.addWidget(self.try_button, 0, Qt.AlignmentFlag.AlignTop)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.position, 1)
        nav.addWidget(self.next_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(try_row)
        layout.addWidget(self.readouts)
        layout.addWidget(self.question_box)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(top)
        column.addWidget(self.step_chooser)
        column.addWidget(scroll, 1)
        column.addLayout(nav)
        self.setWidget(outer)
        self._fit_width()

        self.chooser.activated.connect(self.choose_lesson)
        self.open_button.clicked.connect(self.open_dialog)
        self.step_chooser.activated.connect(self.go_to)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.reveal_button.clicked.connect(self.reveal)
        self.answer.returnPressed.connect(self.reveal)
        self.try_button.clicked.connect(self.try_it)

    def _fit_width(self) -> None:
        """At least 26 characters wide, whatever the font (presenter mode enlarges it): narrow
        enough to sit beside the panels on a 1024 px projector, which then share tabs; the
        window opens it wider when there is room (``comfortable_width``)."""
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)

    def comfortable_width(self, window_width: int) -> int:
        """About 42 characters, but never more than a third of the window."""
        return max(self.minimumWidth(),
                   min(self.fontMetrics().averageCharWidth() * 42, window_width // 3))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
        elif event.type() == QEvent.Type.PaletteChange and getattr(self, "lesson", None):
            self.refresh_readouts()  # the ✓ in a colour the new theme can show
        elif event.type() == QEvent.Type.LanguageChange and getattr(self, "lesson", None):
            self.retranslate_lesson()  # View → Language: the lesson's own texts switch too

    def _make_actions(self) -> None:
        """Menu actions with a presenter's keys: Page Down/Up is what a slide clicker sends."""
        self.toggle_action = self.toggleViewAction()
        self.toggle_action.setText("&Lesson panel")
        self.toggle_action.setShortcut(QKeySequence("Ctrl+L"))
        self.toggle_action.setToolTip("Show or hide the guided lesson (Ctrl+L)")
        self.next_action = QAction("&Next step", self, objectName="lessonNextAction")
        self.next_action.setShortcuts([QKeySequence("PgDown"), QKeySequence("Alt+Right")])
        self.next_action.triggered.connect(self.next)
        self.back_action = QAction("&Previous step", self, objectName="lessonBackAction")
        self.back_action.setShortcuts([QKeySequence("PgUp"), QKeySequence("Alt+Left")])
        self.back_action.triggered.connect(self.back)
        self.reveal_action = QAction("&Reveal the answer", self, objectName="lessonRevealAction")
        self.reveal_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.reveal_action.triggered.connect(self.reveal)
        self.try_action = QAction("&Try it (the step's suggested action)", self,
                                  objectName="lessonTryAction")
        self.try_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.try_action.triggered.connect(self.try_it)
        self.open_action = QAction("&Open lesson file…", self, objectName="lessonOpenAction")
        self.open_action.triggered.connect(self.open_dialog)
        for action in (self.next_action, self.back_action, self.reveal_action, self.try_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)  # until a step is on show
            self.window_.addAction(action)

    def build_menu(self) -> None:
        """A Lesson menu before Help (the window calls this once its menus exist)."""
        bar = self.window_.menuBar()
        help_action = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
        menu = QMenu("Lesso&n", self.window_)
        if help_action is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(help_action, menu)
        menu.setObjectName("lessonMenu")
        menu.addAction(self.toggle_action)
        menu.addSeparator()
        for action in (self.back_action, self.next_action, self.reveal_action, self.try_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        self.menu = menu

    # --- lessons --------------------------------------------------------------------------------
    def load_entries(self, folder: Path) -> None:
        self.entries = load_folder(folder)
        self.chooser.clear()
        for entry in self.entries:
            label = shown(entry.name) if entry.ok else t("⚠ {name} (cannot be used)", name=entry.path.name)
            self.chooser.addItem(label)
            self.chooser.setItemData(self.chooser.count() - 1, entry.error or entry.name,
                                     Qt.ItemDataRole.ToolTipRole)
        if not self.entries:
            self._show_message(t("No lessons were found in {folder}.", folder=folder))
            return
        first = next((i for i, e in enumerate(self.entries) if e.ok), 0)
        self.chooser.setCurrentIndex(first)
        self.choose_lesson(first)

    @Slot(int)
    def choose_lesson(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        if entry.lesson is None:
            self.lesson = None
            self._show_message(t("This lesson file cannot be used: {error}", error=entry.error))
            return
        self.set_lesson(entry.lesson)

    def add_lesson_file(self, path: str | Path) -> bool:
        """Open a lesson file from anywhere; an error is shown in the panel, nothing else."""
        try:
            lesson = load_lesson(path)
        except (LessonError, OSError) as error:
            message = t("This lesson file cannot be used: {error}", error=error)
            if self.lesson is None:
                self._show_message(message)
            else:  # the lesson on screen stays as it was, its steps and its place in them
                self.problem.setText(_esc(f"{message}. The lesson “{self.lesson.title}” stays."))
                self.problem.setStyleSheet(f"color: {verdict_colours(self)[1]};")
                self.problem.show()
            return False
        self.entries.append(LessonEntry(Path(path), lesson, "", lesson.title))
        self.chooser.addItem(shown(lesson.title))
        self.chooser.setCurrentIndex(self.chooser.count() - 1)
        self.set_lesson(lesson)
        if self.isVisible():
            self.go_to(0)
        return True

    @Slot()
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a lesson", str(lessons_dir()), "Lessons (*.json);;All files (*)"
        )
        if path:
            self.add_lesson_file(path)

    def set_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.step_chooser.clear()
        for step in lesson.steps:
            self.step_chooser.addItem(shown(step.title))
        self.step_chooser.setEnabled(True)
        self.index, self.applied = 0, False
        self._show_step()

    # --- moving between steps -------------------------------------------------------------------
    @property
    def step(self) -> Step | None:
        return None if self.lesson is None else self.lesson.steps[self.index]

    @Slot(int)
    def go_to(self, index: int, ask: bool = False) -> None:
        """Enter step ``index``: carry out its actions, then show it. ``ask``: first ask before a
        step replaces a project with unsaved edits or a trained run (opening the panel)."""
        if self.lesson is None:
            return
        self.index = max(0, min(int(index), len(self.lesson.steps) - 1))
        actions = self.lesson.steps[self.index].actions
        loads = [a for a in actions if a.kind in ("preset", "document")]
        if loads and ask and not self._may_replace(self._loaded_name(loads[-1])):
            self.applied = True  # asked once: the panel does not ask again on every show
            self._show_step()
            self.problem.setText(_esc(t(
                "Your project was kept. Press Next or choose a step to let the lesson set up "
                "the app (Edit → Undo brings your project back)."
            )))
            self.problem.show()
            return
        self.problems = self.actions_.apply(actions)
        self.applied = True
        self._show_step()
        if loads:
            self.state.statusMessage.emit(
                t("Lesson step {number} loaded “{name}”. Edit → Undo brings your project back.",
                  number=self.index + 1, name=shown(self._loaded_name(loads[-1]))), 8000
            )
        self.stepChanged.emit(self.index)

    @staticmethod
    def _loaded_name(action) -> str:
        return action.arg if action.kind == "preset" else getattr(action.arg, "title", "a project")

    def _may_replace(self, name: str) -> bool:
        """Ask before a lesson throws away work: unsaved edits, or a run's history."""
        unsaved = not self.state.undo_stack.isClean()
        trained = len(self.state.history) > 0
        if not (unsaved or trained):
            return True
        if unsaved and trained:
            lost = t("unsaved changes and a training run")
        else:
            lost = t("unsaved changes") if unsaved else t("a training run")
        return self.confirm(
            self, t("Start the lesson?"),
            t("This lesson step loads “{name}” in place of your project, which has {lost}. "
              "Edit → Undo brings your project back. Go on?", name=shown(name), lost=lost),
        )

    @Slot()
    def next(self) -> None:  # noqa: A003 - the lesson's word
        if self.lesson is not None and self.index < len(self.lesson.steps) - 1:
            self.go_to(self.index + 1)

    @Slot()
    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.go_to(self.index - 1)

    @Slot(bool)
    def _on_visible(self, visible: bool) -> None:
        """Opening the panel starts the lesson where it stands (its step sets the app up)."""
        if visible and not self.applied and self.lesson is not None:
            self.go_to(self.index, ask=True)
        elif visible and self.lesson is not None:
            self._enable_navigation(True)
        else:  # Page Up/Down go back to the tables and lists while the lesson is put away
            for action in (self.next_action, self.back_action, self.reveal_action,
                           self.try_action):
                action.setEnabled(False)

    # --- showing --------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.title.setText("")
        self.text.setText(_esc(text))
        for widget in (self.try_label, self.try_button, self.readouts, self.question_box):
            widget.hide()
        self.problem.setText("")
        self.step_chooser.clear()
        self.step_chooser.setEnabled(False)
        self.position.setText("")
        self._enable_navigation(False)

    def _enable_navigation(self, on: bool) -> None:
        count = len(self.lesson.steps) if (on and self.lesson is not None) else 0
        self.back_button.setEnabled(on and self.index > 0)
        self.next_button.setEnabled(on and self.index < count - 1)
        self.back_action.setEnabled(self.back_button.isEnabled())
        self.next_action.setEnabled(self.next_button.isEnabled())
        step = self.step if on else None
        self.reveal_action.setEnabled(step is not None and step.question is not None)
        self.try_action.setEnabled(step is not None and step.try_does is not None)

    def _show_step(self) -> None:
        step = self.step
        if step is None:
            return
        self.step_chooser.setCurrentIndex(self.index)
        self._show_texts(step)
        self.try_label.setVisible(bool(step.try_text))
        self.try_button.setVisible(step.try_does is not None)
        self.question_box.setVisible(step.question is not None)
        self.answer.clear()
        self.revealed = ""
        self.result.setText("")
        self.problem.setText(
            t("Some of this step could not be set up: {problems}.",
              problems="; ".join(self.problems)) if self.problems else ""
        )
        self.problem.setStyleSheet(f"color: {verdict_colours(self)[1]};")
        self.problem.setVisible(bool(self.problems))
        self._enable_navigation(True)
        self.refresh_readouts()

    def _show_texts(self, step: Step) -> None:
        """The step's texts in the interface's language (the panel's own sentences go through
        the same words catalogue as the lesson's answers: rnnlab_words_xx.ts)."""
        self.position.setText(t("Step {number} of {count}", number=self.index + 1,
                                count=len(self.lesson.steps)))
        self.title.setText(f"<h3>{_esc(shown(step.title))}</h3>")
        self.text.setText(_esc(shown(step.text)))
        self.try_label.setText(f"<b>{_esc(t('Try this:'))}</b> {_esc(shown(step.try_text))}")
        self.try_button.setText(shown(step.try_label))
        if step.question is not None:
            self.ask.setText(_esc(shown(step.question.ask)))

    def retranslate_lesson(self) -> None:
        """After a language switch: the same step in the new language, the learner's guess and a
        revealed answer kept (nothing is carried out again)."""
        for row, entry in enumerate(self.entries):
            if entry.ok and row < self.chooser.count():
                self.chooser.setItemText(row, shown(entry.name))
        for row, step in enumerate(self.lesson.steps):
            if row < self.step_chooser.count():
                self.step_chooser.setItemText(row, shown(step.title))
        step = self.step
        if step is None:
            return
        self._show_texts(step)
        self.refresh_readouts()
        if self.revealed:
            self.reveal()

    @Slot()
    def _schedule_readouts(self, *_: object) -> None:
        if self.step is not None and self.step.readouts and not self._readout_timer.isActive():
            self._readout_timer.start()

    @Slot()
    def refresh_readouts(self) -> None:
        """The step's live numbers, from the engine, with the lesson's figure beside them."""
        step = self.step
        self.readouts.setVisible(step is not None and bool(step.readouts))
        if step is None or not step.readouts:
            self.readouts.setText("")
            return
        rows = []
        for readout in step.readouts:
            try:
                value = compute(readout.compute, self.state.document).value
            except ComputeError as error:
                rows.append(f"<tr><td>{_esc(shown(readout.label))}</td>"
                            f"<td colspan=2>{_esc(str(error))}</td></tr>")
                continue
            figure = _figure_cell(value, readout.expect, readout.expect_text, readout.tolerance,
                                  verdict_colours(self)[0])
            rows.append(
                f"<tr><td>{_esc(shown(readout.label))}</td>"
                f"<td align=right>&nbsp;<b>{show_number(value)}</b></td><td>{figure}</td></tr>"
            )
        self.readouts.setText("<table cellspacing=2>" + "".join(rows) + "</table>")

    @Slot()
    def reveal(self) -> None:
        """The engine's number now, the learner's answer compared, the lesson's figure beside."""
        step = self.step
        if step is None or step.question is None:
            return
        question = step.question
        try:
            value = compute(question.compute, self.state.document).value
        except ComputeError as error:
            self.result.setText(_esc(t("The engine cannot answer this now: {error}", error=error)))
            return
        parts = [t("The engine says {value}.", value=f"<b>{show_number(value)}</b>")]
        typed = self.answer.text().strip()
        if typed:
            try:
                answer = parse_number(typed, locale_decimal())  # the learner's own locale
            except ValueError as error:
                parts.append(_esc(str(error)) + ".")
            else:
                good = question.tolerance.close(answer, value)
                colour = verdict_colours(self)[0 if good else 1]
                parts.append(f'<span style="color:{colour}">'
                             f"{_esc(compare_answer(answer, value, question.tolerance))}"
                             "</span>")
        else:
            parts.append(_esc(t("(You did not write a guess: next time, predict first.)")))
        if question.expect is not None:
            parts.append(_figure_sentence(value, question.expect, question.expect_text,
                                          question.tolerance))
        if question.explain:
            parts.append(_esc(shown(question.explain)))
        self.revealed = " ".join(parts)
        self.result.setText(self.revealed)
        announce(self.result, self.revealed)  # a screen reader says the answer

    @Slot()
    def try_it(self) -> None:
        step = self.step
        if step is None or step.try_does is None:
            return
        problem = self.actions_.try_it(step.try_does)
        if problem:
            self.problem.setText(problem)
            self.problem.show()


def _figure_cell(
    value: float, expect: float | None, text: str, tolerance: Tolerance, good: str
) -> str:
    if expect is None:
        return ""
    ok = tolerance.close(value, expect)
    mark = f'<span style="color:{good}">✓</span>' if ok else ""
    # the lesson's figure as the chosen locale writes numbers (0.5^50 reads 0,5^50 in German)
    return "&nbsp;" + t("lesson: {figure}", figure=_esc(words.localized(text))) + f" {mark}"


def _figure_sentence(value: float, expect: float, text: str, tolerance: Tolerance) -> str:
    if tolerance.close(value, expect):
        return _esc(t("That is the lesson's figure, {figure}.", figure=words.localized(text)))
    return _esc(t("The lesson's figure is {figure}; the current weights give {value}.",
                  figure=words.localized(text), value=show_number(value)))

"""Carry out a lesson step's actions on the window: data and weights through the AppState API,
views through the window's public parts (looked up by name, never assumed).

Each action that cannot be done (a view missing from this build, a sequence name the data does
not have) becomes one sentence in the returned list; the panel shows those, the app carries on.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QAbstractButton, QMainWindow, QTabWidget, QWidget

from ...engine import PARAM_NAMES
from ...lesson import Action
from ...model.document import DocumentError, TrainingSettings
from ...model.presets import PRESETS
from ...session.state import AppState
from ..window_parts import find_part, part_label, set_part_visible, show_tab_of

# lesson name of a gradient-lab tab -> the lab's attribute holding that page
LAB_PAGES = {
    "through_time": "through_time",
    "unroll": "unroll",
    "landscape_1d": "landscape_1d",
    "landscape_2d": "landscape_2d",
    "compare": "compare_view",
}


class LessonActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.state: AppState = window.state

    def apply(self, actions: tuple[Action, ...]) -> list[str]:
        problems = []
        for action in actions:
            try:
                problem = getattr(self, f"_do_{action.kind}")(action.arg)
            except DocumentError as error:
                problem = f"{action.kind}: {error}"
            if problem:
                problems.append(problem)
        return problems

    # --- data and weights, through the state --------------------------------------------------
    def _do_preset(self, name: str) -> None:
        self.state.replace_document(PRESETS[name](), f"Lesson: {name}")
        self.state.select(0)

    def _do_document(self, document) -> None:
        self.state.replace_document(document, f"Lesson: {document.title}")
        self.state.select(0)

    def _do_params(self, values: dict[str, float]) -> None:
        self.state.set_params(self.state.params.replace(**values), "Lesson: set weights")

    def _do_random_params(self, seed: int) -> None:
        self.state.reinitialise(seed)

    def _do_training(self, values: dict) -> None:
        values = dict(values)
        if "trainable" in values:
            values["trainable"] = tuple(n for n in PARAM_NAMES if n in values["trainable"])
        training: TrainingSettings = replace(self.state.document.training, **values)
        self.state.set_training(training, "Lesson: training settings")

    def _do_reset_run(self, _arg: bool) -> None:
        self.state.reset_run()

    def _do_select(self, which: str | int) -> str | None:
        sequences = self.state.document.sequences
        if isinstance(which, int):
            if which >= len(sequences):
                return f"select: there is no sequence {which} (there are {len(sequences)})"
            self.state.select(which)
            return None
        for index, sequence in enumerate(sequences):
            if sequence.name == which:
                self.state.select(index)
                return None
        return f"select: there is no sequence called {which!r} in this project"

    # --- views, through the window's parts ------------------------------------------------------
    def _network_button(self, name: str) -> QAbstractButton | None:
        panel = find_part(self.window, "network")
        return None if panel is None else panel.findChild(QAbstractButton, name)

    def _do_view(self, view: str) -> str | None:
        panel = find_part(self.window, "network")
        if panel is None:
            return "view: this window has no network canvas"
        show_tab_of(self.window, panel)
        set_part_visible(self.window, "network", True)
        wanted = "canvasRolledButton" if view == "rolled" else "canvasUnrolledButton"
        mode, backward = self._network_button(wanted), self._network_button("canvasBackwardButton")
        if mode is None or (view == "backward" and backward is None):
            return f"view: the network canvas has no {view} view in this version"
        mode.setChecked(True)
        if backward is not None:
            backward.setChecked(view == "backward")
        return None

    def _do_highlight(self, name: str | None) -> str | None:
        canvas = getattr(self.window, "network_canvas", None)
        scene = getattr(canvas, "canvas_scene", None)
        select = getattr(scene, "select_weight", None)
        if select is None:
            return "highlight: the network canvas cannot highlight a weight in this version"
        select(name)
        return None

    def _do_tab(self, tab: str) -> str | None:
        part = find_part(self.window, tab)
        if part is None or not show_tab_of(self.window, part):
            return f"tab: this window has no {tab.replace('_', ' ')} tab"
        return None

    def _do_lab_tab(self, name: str) -> str | None:
        lab = find_part(self.window, "gradient_lab")
        page = getattr(lab, LAB_PAGES[name], None) if lab is not None else None
        tabs = lab.findChild(QTabWidget, "gradientLabTabs") if lab is not None else None
        if not isinstance(page, QWidget) or tabs is None or tabs.indexOf(page) < 0:
            return f"lab_tab: the gradient lab has no {name.replace('_', ' ')} page in this version"
        show_tab_of(self.window, lab)
        tabs.setCurrentWidget(page)
        return None

    def _set_parts(self, names: tuple[str, ...], visible: bool) -> str | None:
        missing = [part_label(n) for n in names if not set_part_visible(self.window, n, visible)]
        return f"this window has no {', '.join(missing)}" if missing else None

    def _do_show_panels(self, names: tuple[str, ...]) -> str | None:
        return self._set_parts(names, True)

    def _do_hide_panels(self, names: tuple[str, ...]) -> str | None:
        return self._set_parts(names, False)

    # --- the "try this" button ------------------------------------------------------------------
    def try_it(self, does: str) -> str | None:
        """Do the step's suggested action for the learner (a presenter's one click)."""
        if does == "train":
            self.state.start_training()
        elif does == "pause":
            self.state.pause()
        elif does == "gradient_step":
            self.state.step()
        elif does == "reset_run":
            self.state.reset_run()
        else:
            name = "canvasStepButton" if does == "forward_step" else "canvasPlayButton"
            button = self._network_button(name)
            if button is None:
                return "The network canvas has no forward-pass stepper in this version."
            show_tab_of(self.window, button)
            button.click()
        return None

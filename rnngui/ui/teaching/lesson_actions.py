"""Carry out a lesson step's actions: data and weights through the AppState API, what the views
show through its view state, panels through the window's parts (by name, never assumed).

Each action that cannot be done (a panel missing from this window, a sequence name the data does
not have) becomes one sentence in the returned list; the panel shows those, the app carries on.
"""

from __future__ import annotations

from dataclasses import replace

from ...engine.words import t
from ...lesson import Action
from ...model.document import DocumentError, TrainingSettings
from ...model.presets import PRESETS
from ...session.state import AppState
from ...session.view_state import LAB_TAB, MAIN_TAB, ROLLED, UNROLLED
from ..languages import tr
from ..window_parts import WindowParts, part_label


class LessonActions:
    def __init__(self, state: AppState, parts: WindowParts) -> None:
        self.state = state
        self.parts = parts

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
        self.state.replace_document(PRESETS[name](), t("Lesson: {name}", name=tr(name)))
        self.state.select(0)

    def _do_document(self, document) -> None:
        self.state.replace_document(document, t("Lesson: {name}", name=document.title))
        self.state.select(0)

    def _do_params(self, values: dict[str, float]) -> str | None:
        names = self.state.cell.param_names
        unknown = [n for n in values if n not in names]
        if unknown:  # a lesson may name any cell's parameters; this step's network lacks these
            return (f"params: the {self.state.cell.label} has no {', '.join(unknown)} "
                    f"(it has {', '.join(names)})")
        self.state.set_params(self.state.params.replace(**values), t("Lesson: set weights"))
        return None

    def _do_random_params(self, seed: int) -> None:
        self.state.reinitialise(seed)

    def _do_training(self, values: dict) -> None:
        values = dict(values)
        if "trainable" in values:
            names = self.state.cell.param_names
            values["trainable"] = tuple(n for n in names if n in values["trainable"])
        training: TrainingSettings = replace(self.state.document.training, **values)
        self.state.set_training(training, t("Lesson: training settings"))

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

    # --- views, through the view state -------------------------------------------------------
    def _show(self, name: str) -> str | None:
        if not self.parts.set_visible(name, True):
            return f"this window has no {part_label(name)}"
        self.parts.bring_to_front(name)
        return None

    def _do_view(self, view: str) -> str | None:
        problem = self._show("network")
        if problem:
            return f"view: {problem}"
        self.state.view.set_tab(MAIN_TAB)
        self.state.view.set_canvas_mode(ROLLED if view == "rolled" else UNROLLED)
        self.state.view.set_backward(view == "backward")
        return None

    def _do_highlight(self, name: str | None) -> str | None:
        if name is not None and name not in self.state.cell.param_names:
            return f"highlight: this network has no parameter {name!r}"
        self.state.view.set_highlight(name)
        return None

    def _do_tab(self, tab: str) -> str | None:
        if not self.parts.bring_to_front(tab):
            return f"tab: this window has no {tab.replace('_', ' ')} tab"
        return None

    def _do_lab_tab(self, name: str) -> str | None:
        # The lab is a main tab: the view state brings it to the front (no walk up the tree).
        if not self.parts.set_visible("gradient_lab", True):
            return f"lab_tab: this window has no {part_label('gradient_lab')}"
        self.state.view.set_tab(LAB_TAB)
        self.state.view.set_lab_page(name)
        return None

    def _set_parts(self, names: tuple[str, ...], visible: bool) -> str | None:
        missing = [part_label(n) for n in names if not self.parts.set_visible(n, visible)]
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
            problem = self._show("network")
            if problem:
                return t("The forward pass cannot be stepped: {problem}.", problem=problem)
            self.state.view.set_tab(MAIN_TAB)
            self.state.view.request_forward_step("step" if does == "forward_step" else "play")
        return None

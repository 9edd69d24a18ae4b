"""The network canvas: the lesson's network, rolled or unrolled, with every number on it, live.

``NetworkCanvas`` is the QGraphicsView (object name ``networkCanvas``): zoom, pan, fit, the badge,
the in-place weight editor and the link to the state. ``NetworkPanel`` puts a small toolbar
(rolled/unrolled, step/play/reset, backward view, fit, export) and the formula line around it.
The numbers come from the engine through ``CanvasModel``; the items are in ``canvas_items``.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QEasingCurve, QEvent, QRectF, Qt, QVariantAnimation, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import fmt
from ...engine.words import localized, t
from ...model.document import DocumentError, check_value
from ...session.pacing import LIVE_FRAME_BUDGET
from ...session.state import RUNNING, AppState
from ..languages import tr
from ..widgets.bad_input import read_typed
from ..widgets.flow_layout import flow_row
from ..widgets.label_holder import LabelHolder
from ..widgets.plot_style import is_presenter
from .backward import LogScaleLegend
from .export import export_png, export_svg
from .format import badge, feedback_line, formula
from .items import CopyItem
from .layout import best_per_row
from .lstm_format import lstm_badge, lstm_formula
from .model import ROLLED, UNROLLED
from .palette import CanvasColours
from .scene import MARGIN, CanvasScene
from .stepper import ForwardStepper

MIN_SCALE, MAX_SCALE = 0.001, 4.0
WHEEL_BASE = 1.0015  # zoom factor per eighth of a degree of wheel rotation
ANIMATION_MS = 450
MAX_ANIMATED_COPIES = 150  # beyond this the toggle is instant (moving 1,000 items is not smooth)
FOCUS_FRAME_PX = 3  # the canvas's focus frame: seen from the back of a classroom


class WeightEditor(QLineEdit):
    """The in-place editor over a weight chip: Enter applies, Escape or clicking away cancels."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # QLineEdit passes it on: the canvas would open the editor again

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if self.isVisible():
            self.cancelled.emit()


def parse_weight(text: str, name: str) -> float:
    """A typed weight, read by the app's one parser (the locale's decimal, the typographic minus)."""
    if not text.strip():
        raise DocumentError(t("type a number for {name}", name=name))
    try:
        value = read_typed(text)
    except DocumentError as error:
        raise DocumentError(t("{error}; {name} needs a number", error=error, name=name)) from None
    return check_value(value, t("for {name}", name=name))


class NetworkCanvas(QGraphicsView):
    """The canvas itself. ``window.network_canvas`` is this view."""

    formulaChanged = Signal(str)
    modeChanged = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.state = state
        self.canvas_scene = CanvasScene(CanvasColours.from_palette(self.palette()), self)
        self.setScene(self.canvas_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setMinimumSize(240, 150)  # the panel must fit a 1024×600 screen beside others
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip("")
        self.stepper = ForwardStepper(self)
        self._badge_copies = -1  # the copies the badge's text counts
        self.badge = QLabel(self, objectName="canvasBadge")
        self.badge.setAutoFillBackground(True)
        self.badge.setBackgroundRole(self.badge.backgroundRole().Base)
        self.badge.setMargin(6)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.legend = LogScaleLegend(self)
        self.legend.hide()
        self.editor: WeightEditor | None = None
        self._editing: str | None = None
        self._auto_fit = True
        self._animation: QVariantAnimation | None = None
        self._animation_target = UNROLLED
        self.formula = ""
        self._cost_per_copy = 0.0  # seconds the last repaint took per copy it was asked for
        self._asked = 0  # copies the last restyle asked to repaint
        self._live_next = 0  # the first copy the next live update repaints
        self._term_path = None  # the receipt's term whose path is lit (a TermPath), or None
        self.context_menu: QMenu | None = None  # the last weight menu (tests read it)

        self._sync(rebuild=True)
        state.paramsChanged.connect(self._on_params)
        state.runStateChanged.connect(self._on_run_state)
        state.sequencesChanged.connect(self._on_data)
        state.selectionChanged.connect(self._on_data)
        state.trainingSettingsChanged.connect(self._on_data)
        self.stepper.stepChanged.connect(self._on_step)
        self.canvas_scene.highlightChanged.connect(self._update_badge)
        self.canvas_scene.weightEditRequested.connect(self.edit_weight)

    # --- the numbers ------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.canvas_scene.mode

    @property
    def copy_items(self) -> list[CopyItem]:
        return self.canvas_scene.copy_items

    def copy_texts(self, t: int) -> dict[str, str]:
        """The labels copy t paints (unrolled view), e.g. ``{"sum": "sum1 = 0", ...}``."""
        return self.canvas_scene.model.labels(t)

    def _sync(self, rebuild: bool = False, live: bool = False) -> None:
        seq = self.state.selected_sequence
        doc = self.state.document
        copies = len(seq.values)
        some = self._live_share(copies) if live else None
        # shown_params: the run timeline's step when one is scrubbed, else the live parameters
        self.canvas_scene.restyle(self.state.shown_params, seq.values, seq.target,
                                  doc.training.activation,
                                  some, trace=self.state.trace())
        self._asked = len(some) if some is not None else len(self.copy_items)
        self.stepper.set_copies(copies)
        if rebuild or self.canvas_scene.needs_build(copies, self.mode):
            self._rebuild(self.mode)
        elif copies != self._badge_copies:  # the rolled view keeps its item: say the new count
            self._update_badge()
        self._after_numbers()
        self._light_term_path()

    def _rebuild(self, mode: str) -> None:
        self._stop_animation()
        self.canvas_scene.build(mode, self._best_per_row())
        self._auto_fit = True
        self.fit()
        self._update_badge()
        self._light_term_path()

    def _best_per_row(self) -> int:
        viewport = self.viewport()
        choose = self.canvas_scene.geometry.best_per_row if self._lstm() else best_per_row
        return choose(self.canvas_scene.model.copies, viewport.width(), viewport.height(), MARGIN)

    def _lstm(self) -> bool:
        return self.canvas_scene.model.cell == "lstm"

    @Slot(object)
    def _on_params(self, _params: object = None) -> None:
        """Live during training (10 a second): restyle only, never rebuild; see _live_share."""
        self._sync(live=self.state.run_state == RUNNING)

    def _live_share(self, copies: int) -> list[int] | None:
        """The copies a live update repaints: all of them when that fits LIVE_FRAME_BUDGET,
        else the next few in turn (each shows the newest numbers when its turn comes). The run's
        end is not live: everything is repainted with the final values."""
        if self._cost_per_copy <= 0 or copies != len(self.copy_items):
            return None
        batch = int(LIVE_FRAME_BUDGET / self._cost_per_copy)
        if batch >= copies:
            return None
        start = self._live_next % copies
        self._live_next = start + max(batch, 1)
        return [(start + i) % copies for i in range(max(batch, 1))]

    @Slot(str)
    def _on_run_state(self, run_state: str) -> None:
        if run_state != RUNNING:  # paused or ended: every copy with the same, final numbers
            self._asked = len(self.copy_items)
            self.canvas_scene.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        started = time.perf_counter()
        super().paintEvent(event)
        self._cost_per_copy = (time.perf_counter() - started) / max(self._asked, 1)
        if self.hasFocus():  # a keyboard user must see where the arrow keys go
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().color(self.palette().ColorRole.Highlight), FOCUS_FRAME_PX)
            painter.setPen(pen)
            inset = FOCUS_FRAME_PX // 2
            painter.drawRect(self.viewport().rect().adjusted(inset, inset, -inset - 1, -inset - 1))
            painter.end()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.viewport().update()  # the focus frame

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.viewport().update()

    @Slot()
    def _on_data(self, *_: object) -> None:
        self._sync()

    def _after_numbers(self) -> None:
        if self.canvas_scene.model.backward:
            self._update_legend()
        self._update_formula()

    def _update_legend(self) -> None:
        m = self.canvas_scene.model
        bars = [("∂prediction/∂x", m.scale_x)]
        if self._lstm():  # what flows back along the long-term memory
            bars.append(("∂prediction/∂c", m.scale_long))
        elif m.shares is not None:
            bars.append(("contributions to dSSR/dw2", m.scale_w2))
        self.legend.set_scales(bars, m.colours)

    def _update_formula(self) -> None:
        m = self.canvas_scene.model
        copy = self.stepper.index if self.stepper.index >= 0 else m.copies - 1
        if self._lstm():
            text = lstm_formula(m.trace, m.params, copy, full=self.stepper.index >= 0)
        elif m.backward and self.stepper.index < 0:
            text = feedback_line(m.trace, m.params, m.activation)
        else:
            text = formula(m.trace, m.params, copy, m.activation)
        if self.stepper.index >= 0:
            text = t("Copy {copy} of {copies}:  {formula}", copy=copy + 1, copies=m.copies,
                     formula=text)
        if text != self.formula:
            self.formula = text
            self.formulaChanged.emit(text)

    @Slot(int)
    def _on_step(self, index: int) -> None:
        self.canvas_scene.set_step(index)
        self._update_formula()
        if index >= 0 and self.mode == UNROLLED and not self._auto_fit:
            self.centerOn(self.canvas_scene.item_pos(index) + self.canvas_scene.copy_rect().center())

    @Slot()
    def _update_badge(self, *_: object) -> None:
        m = self.canvas_scene.model
        text = (lstm_badge if self._lstm() else badge)(m.copies, self.mode == ROLLED)
        self._badge_copies = m.copies
        name = m.highlighted
        if name is not None:
            copies = "the one network" if self.mode == ROLLED else f"all {m.copies} copies"
            text += f" · {name} = {fmt(getattr(m.params, name))} in {copies}"
        self.badge.setText(text)
        self._size_badge()

    def _size_badge(self) -> None:
        """As wide as its text, but wrapped inside the canvas (presenter fonts, narrow panels)."""
        room = max(self.viewport().width() - 16, 80)
        self.badge.setWordWrap(False)
        if self.badge.sizeHint().width() > room:
            self.badge.setWordWrap(True)
            self.badge.resize(room, self.badge.heightForWidth(room))
        else:
            self.badge.adjustSize()

    # --- modes ------------------------------------------------------------------------------------
    def set_mode(self, mode: str, animate: bool = True) -> None:
        """Rolled or unrolled; animated for short sequences (the copies fold into the network)."""
        if mode == self.mode and self.copy_items:
            return
        copies = self.canvas_scene.model.copies
        if not animate or copies > MAX_ANIMATED_COPIES or copies < 2 or not self.isVisible():
            self._rebuild(mode)
            self.modeChanged.emit(mode)
            return
        if mode == UNROLLED:
            self._rebuild(UNROLLED)
        scene = self.canvas_scene
        last = scene.item_pos(copies - 1)
        full = scene.content_rect()
        folded = self.canvas_scene.copy_rect().translated(last)
        if mode == UNROLLED:
            start, end = folded, full
            moves = [(item, last, scene.item_pos(item.t)) for item in self.copy_items]
        else:
            start, end = full, folded
            moves = [(item, scene.item_pos(item.t), last) for item in self.copy_items]
        self.modeChanged.emit(mode)

        def frame(k: float) -> None:
            for item, a, b in moves:
                item.setPos(a + (b - a) * k)
                fade = k if mode == UNROLLED else 1.0 - k
                item.setOpacity(1.0 if item.t == copies - 1 else fade)
            self.fitInView(_lerp(start, end, k), Qt.AspectRatioMode.KeepAspectRatio)
            self._apply_detail()

        self._stop_animation()
        animation = QVariantAnimation(self)
        animation.setDuration(ANIMATION_MS)
        animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.valueChanged.connect(frame)
        animation.finished.connect(self._animation_finished)
        self._animation = animation
        self._animation_target = mode
        frame(0.0)
        animation.start()

    @property
    def animating(self) -> bool:
        return self._animation is not None

    @Slot()
    def _animation_finished(self) -> None:
        animation, self._animation = self._animation, None
        if animation is not None:
            animation.deleteLater()
        if self._animation_target == ROLLED:
            self._rebuild(ROLLED)
        else:
            self.fit()

    def _stop_animation(self) -> None:
        if self._animation is not None:
            animation, self._animation = self._animation, None
            animation.stop()
            animation.deleteLater()

    def set_backward(self, on: bool) -> None:
        self.canvas_scene.set_backward(on)
        self.legend.setVisible(on)
        if on:
            self._update_legend()
        self._place_overlays()
        self._update_formula()  # the backward view's line: the feedback path's gain

    # --- zoom, pan, fit ----------------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def labels_visible(self) -> bool:
        """True when the current zoom draws the numbers (level of detail)."""
        return self.scale_factor() >= self.canvas_scene.kit.text_lod

    @Slot()
    def fit(self) -> None:
        """The whole picture in the window (the copies rewrap into rows to suit its shape)."""
        self._auto_fit = True
        if self.mode == UNROLLED and self._animation is None:
            per_row = self._best_per_row()
            if per_row != self.canvas_scene.per_row:
                self.canvas_scene.layout(per_row)
        rect = self.canvas_scene.content_rect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        # The badge covers the view's top-left corner: room above the first copy for it, so
        # copy 1's frame does not run through it.
        room = (self.badge.height() + 8) / max(self.scale_factor(), 1e-9)
        rect = rect.adjusted(0, -room, 0, 0)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        lstm = self._lstm()
        kit = self.canvas_scene.kit
        if kit.mid_lod <= self.scale_factor() < kit.text_lod and self.mode == UNROLLED and not lstm:
            # the big y labels of the last column reach past it: keep them in the picture
            self.fitInView(rect.adjusted(0, 0, kit.big_overflow, 0),
                           Qt.AspectRatioMode.KeepAspectRatio)
        self._apply_detail()

    def _apply_detail(self) -> None:
        """After every zoom: too far out to read, one sketch of the chain replaces the copies."""
        self.canvas_scene.set_sketching(self.scale_factor() < self.canvas_scene.kit.mid_lod)

    def set_presenter(self, on: bool) -> None:
        """Presenter mode: every number at least PRESENTER_MIN_PX tall on screen (items.py)."""
        self._presenter = bool(on)
        self.canvas_scene.kit.set_presenter(on)
        for item in self.canvas_scene.copy_items:
            if hasattr(item, "kit_changed"):
                item.kit_changed()
        if self._auto_fit:
            self.fit()
        else:
            self._apply_detail()

    def zoom(self, factor: float) -> None:
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self._auto_fit = False
        self.scale(factor, factor)
        self._apply_detail()

    def zoom_to(self, scale: float, t: int | None = None) -> None:
        """An absolute zoom (1 = the labels' own size), centred on copy t if given."""
        self.zoom(scale / self.scale_factor())
        if t is not None:
            self.centerOn(self.canvas_scene.item_pos(t) + self.canvas_scene.copy_rect().center())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        delta = event.angleDelta().y()
        if delta:
            self.zoom(math.pow(WHEEL_BASE, delta))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_F:
            self.fit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_1:
            self.zoom(1.0 / self.scale_factor())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_by(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.highlight_next(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state.view.highlighted:
            self.edit_weight(self.state.view.highlighted)
        elif key == Qt.Key.Key_Escape and self.state.view.highlighted:
            self.state.view.set_highlight(None)
        elif key == Qt.Key.Key_R and self.state.view.highlighted and self._has_receipt():
            self.state.view.request_receipt(self.state.view.highlighted)
        else:
            super().keyPressEvent(event)

    # --- the chain-rule receipt -------------------------------------------------------------------
    def _has_receipt(self) -> bool:
        """Only the RNN's gradients have a receipt (the LSTM's twelve have no single w2)."""
        return not self._lstm()

    def weight_at(self, pos) -> str | None:
        """The weight chip under a point of the viewport, or None."""
        for item in self.items(pos):
            if isinstance(item, CopyItem):
                return item.chip_at(item.mapFromScene(self.mapToScene(pos)))
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """Right-click a weight chip (or the menu key with a weight chosen by Up/Down): its
        chain-rule receipt, or edit it."""
        keyboard = event.reason() != QContextMenuEvent.Reason.Mouse
        name = self.state.view.highlighted if keyboard else self.weight_at(event.pos())
        if name is None or name not in self.state.cell.param_names:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        menu.setObjectName("canvasWeightMenu")
        if self._has_receipt():
            receipt = menu.addAction(t("Chain-rule receipt of dSSR/d{name}…", name=name))
            receipt.setObjectName("canvasReceiptAction")
            receipt.setToolTip(t("dSSR/d{name} written as its sum over the copies (R)", name=name))
            receipt.triggered.connect(lambda: self.state.view.request_receipt(name))
        edit = menu.addAction(t("Edit {name}…", name=name))
        edit.setObjectName("canvasEditWeightAction")
        edit.triggered.connect(lambda: self.edit_weight(name))
        self.context_menu = menu
        menu.popup(event.globalPos())
        event.accept()

    def show_term_path(self, path) -> None:
        """Light a receipt term's path (a TermPath from the view state), or none."""
        self._term_path = path
        self._light_term_path()

    def _light_term_path(self) -> None:
        path = self._term_path
        copies = self.canvas_scene.model.copies
        here = (path is not None and path.sequence == self.state.selected_index
                and bool(path.copies) and path.copies[-1] == copies - 1)
        if self.canvas_scene.light_path(path if here else None) and not self._auto_fit:
            self.ensureVisible(self.canvas_scene.path_overlay.frame_rect(), 20, 20)

    @property
    def lit_path(self):
        """The TermPath lit on the canvas now, or None (tests, the screen-reader text)."""
        return self.canvas_scene.path_overlay.path

    def step_by(self, delta: int) -> None:
        """The keyboard's forward stepper: Right is the next copy (as Step), Left the one before
        (from every copy computed, Left goes to the last copy)."""
        stepper = self.stepper
        stepper.pause()
        if delta > 0:
            stepper.step()
        elif stepper.index < 0:
            stepper._set(stepper.copies - 1)  # noqa: SLF001 - the stepper's own setter
        else:
            stepper._set(max(stepper.index - 1, 0))  # noqa: SLF001

    def highlight_next(self, delta: int) -> None:
        """Up and Down: the next (or previous) parameter highlighted, through the view state."""
        names = list(self.state.cell.param_names)
        current = self.state.view.highlighted
        if current in names:
            name = names[(names.index(current) + delta) % len(names)]
        else:
            name = names[0 if delta > 0 else -1]
        self.state.view.set_highlight(name)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._auto_fit and self._animation is None:
            self.fit()
        self._place_overlays()

    def _place_overlays(self) -> None:
        self._size_badge()
        self.badge.move(8, 8)
        self.badge.raise_()
        if self.legend.parent() is self:  # an overlay unless a panel lays it out beside the formula
            hint = self.legend.sizeHint()
            self.legend.setGeometry(8, self.viewport().height() - hint.height() - 8,
                                    hint.width(), hint.height())
            self.legend.raise_()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenter mode: the badge grows with it
            self._size_badge()
        if event.type() == QEvent.Type.PaletteChange:
            colours = CanvasColours.from_palette(self.palette())
            self.canvas_scene.set_colours(colours)
            self.canvas_scene.kit.set_presenter(getattr(self, "_presenter", False))  # a new kit
            if self.canvas_scene.model.backward:
                self._update_legend()

    # --- editing a weight in place ----------------------------------------------------------------
    @Slot(str, QRectF)
    def edit_weight(self, name: str, chip: QRectF | None = None) -> WeightEditor:
        """Open the editor over the weight's chip (double-click); Enter applies via the undo stack."""
        if chip is None:
            item = self.copy_items[-1]
            chip = item.mapRectToScene(item.chip_rect(name))
        if self.editor is None:
            self.editor = WeightEditor(self.viewport())
            self.editor.setObjectName("weightEditor")
            self.editor.returnPressed.connect(self._apply_edit)
            self.editor.cancelled.connect(self._close_editor)
        rect = self.mapFromScene(chip).boundingRect()
        width = max(rect.width() + 20, 110)
        self.editor.setGeometry(rect.center().x() - width // 2, rect.center().y() - 14, width, 28)
        self._editing = name
        self.editor.setText(localized(f"{getattr(self.state.params, name):.6g}"))
        self.editor.setToolTip(t("New value of {name} (shared by every copy); Enter applies, "
                                 "Escape cancels", name=name))
        self.editor.show()
        self.editor.setFocus()
        self.editor.selectAll()
        return self.editor

    @Slot()
    def _apply_edit(self) -> None:
        name, editor = self._editing, self.editor
        if name is None or editor is None:
            return
        try:
            value = parse_weight(editor.text(), name)
        except DocumentError as error:
            editor.setStyleSheet("border: 2px solid #c0392b;")
            editor.setToolTip(str(error))
            self.state.statusMessage.emit(str(error), 6000)
            return
        self._close_editor()
        params = self.state.params
        if getattr(params, name) != value:
            self.state.set_params(params.replace(**{name: value}), t("Edit {name}", name=name))

    @Slot()
    def _close_editor(self) -> None:
        self._editing = None
        if self.editor is not None:
            self.editor.setStyleSheet("")
            self.editor.hide()
        self.setFocus()

    # --- export -----------------------------------------------------------------------------------
    def export(self, path: str | Path) -> None:
        """PNG or SVG, chosen by the file's extension."""
        path = Path(path)
        if path.suffix.lower() == ".svg":
            export_svg(self.canvas_scene, path, self.badge.text())
        else:
            export_png(self.canvas_scene, path, self.badge.text())


def _lerp(a: QRectF, b: QRectF, k: float) -> QRectF:
    return QRectF(
        a.x() + (b.x() - a.x()) * k,
        a.y() + (b.y() - a.y()) * k,
        a.width() + (b.width() - a.width()) * k,
        a.height() + (b.height() - a.height()) * k,
    )


class NetworkPanel(QWidget):
    """The canvas with its toolbar and formula line (``window.network_panel``)."""

    COMFORTABLE_WIDTH = 480  # px: nine copies and their numbers, readable
    COMFORTABLE_PRESENTER_WIDTH = 640  # presenter mode's larger numbers

    def comfortable_width(self) -> int:
        """Narrower than this the copies' numbers are zoomed out of sight: the panel deck keeps
        the canvas this wide beside other panels and turns them into tabs rather than squeeze it
        (1024 px, or 1280 px in presenter mode: the canvas beside the other panels as tabs).
        Alone in a tab it may be narrower (the window's minimum is the tabbed arrangement's)."""
        return self.COMFORTABLE_PRESENTER_WIDTH if is_presenter() else self.COMFORTABLE_WIDTH

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPanel")
        self.canvas = NetworkCanvas(state, self)
        self.state = state

        def button(text: str, name: str, tip: str, checkable: bool = False) -> QToolButton:
            b = QToolButton(self, objectName=name)
            b.setText(text)
            b.setToolTip(tip)
            b.setCheckable(checkable)
            b.setAutoRaise(False)
            return b

        self.rolled_button = button("Rolled", "canvasRolledButton",
                                    "One network with its feedback loop", True)
        self.unrolled_button = button("Unrolled", "canvasUnrolledButton",
                                      "One copy of the network per value of the sequence", True)
        views = QButtonGroup(self)
        views.setExclusive(True)
        views.addButton(self.rolled_button)
        views.addButton(self.unrolled_button)
        self.unrolled_button.setChecked(True)
        self.step_button = button("Step", "canvasStepButton",
                                  "Compute the next copy and show its arithmetic")
        self.play_button = button("Play", "canvasPlayButton", "Step through every copy")
        self.reset_button = button("Reset", "canvasResetButton", "Show every copy computed")
        self.backward_button = button(
            "Backward", "canvasBackwardButton",
            "How the gradient flows back through time: ∂prediction/∂x for each copy and each "
            "copy's share of dSSR/dw2, as colour and width on a log scale", True)
        self.fit_button = button("Fit", "canvasFitButton", "The whole network in the window (F)")
        self.export_button = button("Export", "canvasExportButton", "Save the canvas as PNG or SVG")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        png = QAction("PNG image…", self)
        svg = QAction("SVG drawing…", self)
        png.triggered.connect(lambda: self._export("png"))
        svg.triggered.connect(lambda: self._export("svg"))
        menu.addAction(png)
        menu.addAction(svg)
        self.export_button.setMenu(menu)

        # One row on a wide panel, two or three on a narrow one (presenter mode's big fonts on
        # a 1024 px projector): groups of buttons wrap together, none goes past the edge.
        bar_holder, bar = flow_row()
        bar.setSpacing(8)

        def group(*widgets: QWidget) -> QWidget:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            for widget in widgets:
                row.addWidget(widget)
            return holder

        title = QLabel("<b>Network</b>")
        bar.addWidget(group(title, self.rolled_button, self.unrolled_button))
        bar.addWidget(group(self.step_button, self.play_button, self.reset_button))
        bar.addWidget(self.backward_button)
        bar.addStretch(1)
        bar.addWidget(group(self.fit_button, self.export_button))

        self.formula_label = QLabel(objectName="canvasFormula")
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula_label.setToolTip("The arithmetic of one copy, with the current numbers")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar_holder)
        layout.addWidget(self.canvas, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(LabelHolder(self.formula_label), 1)  # changes live: see label_holder
        self.canvas.legend.setFixedSize(self.canvas.legend.sizeHint())
        bottom.addWidget(self.canvas.legend)  # the backward view's colour scale, off the drawing
        layout.addLayout(bottom)

        self.rolled_button.toggled.connect(self._on_view_toggled)
        self.step_button.clicked.connect(self.canvas.stepper.step)
        self.play_button.clicked.connect(self.canvas.stepper.play)
        self.reset_button.clicked.connect(self.canvas.stepper.reset)
        self.backward_button.toggled.connect(self.canvas.set_backward)
        self.fit_button.clicked.connect(self.canvas.fit)
        self.canvas.formulaChanged.connect(self.formula_label.setText)
        self.canvas.stepper.playingChanged.connect(self._on_playing)
        self.canvas.modeChanged.connect(self._on_mode)
        self.formula_label.setText(self.canvas.formula)
        # The view state (what a lesson step or the presenter asks for) and these controls
        # follow each other; nobody outside presses these buttons.
        view = state.view
        view.canvasModeChanged.connect(self._show_mode)
        self.canvas.modeChanged.connect(view.set_canvas_mode)
        view.backwardChanged.connect(self.backward_button.setChecked)
        self.backward_button.toggled.connect(view.set_backward)
        view.highlightChanged.connect(self.canvas.canvas_scene.select_weight)
        view.forwardStepRequested.connect(self._forward_step)
        # The chain-rule receipt: asked for by a gradient read-out or a weight's menu, shown
        # here (made on first use); its hovered term's path is lit on this canvas.
        self.receipt = None
        view.receiptRequested.connect(self.show_receipt)
        view.termPathChanged.connect(self.canvas.show_term_path)
        # Tab in reading order: the toolbar, then the drawing under it (the canvas, made first,
        # came first). Last: adding the legend to the layout above re-linked the chain.
        QWidget.setTabOrder(self.export_button, self.canvas)

    @Slot(str)
    def _show_mode(self, mode: str) -> None:
        (self.rolled_button if mode == ROLLED else self.unrolled_button).setChecked(True)

    @Slot(str)
    def show_receipt(self, parameter: str):
        """Open (or bring forward) the chain-rule receipt of dSSR/d``parameter``."""
        from .receipt import show_receipt

        self.receipt = show_receipt(self.state, self.window(), parameter, self.receipt)
        return self.receipt

    @Slot(str)
    def _forward_step(self, how: str) -> None:
        if how == "play":
            self.canvas.stepper.play()
        else:
            self.canvas.stepper.step()

    @Slot(bool)
    def _on_view_toggled(self, rolled: bool) -> None:
        self.canvas.set_mode(ROLLED if rolled else UNROLLED)

    @Slot(str)
    def _on_mode(self, mode: str) -> None:
        button = self.rolled_button if mode == ROLLED else self.unrolled_button
        if not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)

    @Slot(bool)
    def _on_playing(self, playing: bool) -> None:
        self.play_button.setText(tr("Pause") if playing else tr("Play"))

    def _export(self, kind: str) -> None:
        title = self.state.document.title or "network"
        suggested = f"{title} - network.{kind}"
        filters = "PNG image (*.png)" if kind == "png" else "SVG drawing (*.svg)"
        path, _ = QFileDialog.getSaveFileName(self, "Export the network canvas", suggested, filters)
        if not path:
            return
        if not path.lower().endswith("." + kind):
            path += "." + kind
        try:
            self.canvas.export(path)
        except OSError as error:
            QMessageBox.warning(self, t("Export failed"),
                                t("The canvas could not be saved: {error}", error=error))
            return
        self.state.statusMessage.emit(t("Saved the network canvas to {path}", path=path), 4000)


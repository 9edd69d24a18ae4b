"""The chain-rule receipt: a gradient of the RNN written as its sum over the unrolled copies.

Opened by a gradient read-out (the training panel's *Receipt* button) or a weight chip's menu on
the canvas (right-click, or R with a weight chosen by Up/Down), through the view state's
``request_receipt``. A dock (``chainRuleReceipt``) with one row per term, grouped by sequence:
each factor in its own column as the lesson names it (−2(target − prediction), w3, the
activation's slope along the path, w2^k, the local input), the term, and a bar for its size.

The bars are on a log scale by default: a term of 1e30 beside one of 1 is a bar 30 decades long
beside a stub, so "a huge number finds its way into the gradients" is a staircase down the
copies instead of one full bar and fifty invisible ones; the sign is its colour *and* a + or −
written on it. The other scale is each term's signed share of the total, linear.

Hovering a term makes it the current one (hover = focus, so the keyboard and the mouse point at
the same term); the current term's path is set in the view state (``set_term_path``) and the
canvas lights it. The numbers are the engine's (``rnngui.engine.receipt``), shown with
``show_number``; *Show as table…* and *Copy terms* give them exactly.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import PARAM_NAMES, RNNParams
from ...engine.receipt import SLOPE_NAMES, Receipt, Term, chain_rule_receipt
from ...engine.words import t
from ...model.numbers import show_number
from ...session.view_state import UNROLLED, TermPath
from ..widgets.accessibility import announce, describe_controls
from ..widgets.data_table import TableDialog, number_text

LOG, SHARE = "log", "share"
SCALES = {LOG: "size, log scale (decades)", SHARE: "share of the total, linear"}
DECADES = 17  # a double's digits: smaller terms than 1e-17 of the largest cannot move the sum
POSITIVE, NEGATIVE = QColor("#0072B2"), QColor("#D55E00")  # Okabe–Ito blue and vermillion
# A row's term as its index into the receipt's terms (-1 on a sequence's row): an int, because
# a Python object in an item's data costs ~1.5 ms a row to store (a live refresh took 300 ms).
TERM_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the number the bar draws
DOCK_SHARE = 0.34  # of the window's height, when the receipt first docks
REFRESH_MS = 100  # a live run changes the parameters ~10 times a second: recompute at most so
COLUMNS = ("term", "residual", "w3", "slopes", "power", "local", "value", "bar")


def superscript(exponent: int) -> str:
    """10's exponent as it is printed: 10³⁰, 10⁻¹⁵."""
    return str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


def local_header(parameter: str) -> str:
    return {"w1": "x_t", "w2": "y_(t−1)", "b1": t("1 (b1 is added)"), "w3": "y_T",
            "b2": t("1 (b2 is added)")}[parameter]


def term_sentence(receipt: Receipt, term: Term) -> str:
    """One term written out in words and numbers (the detail line, and the screen reader's)."""
    parts = [f"{f.symbol} = {show_number(f.value)}" if f.symbol not in ("1",) else "1"
             for f in term.factors]
    share = "" if math.isnan(term.share) else t(", {share}% of the total",
                                                share=show_number(100 * term.share))
    where = t("{name}, copy {copy} of {copies}", name=term.sequence_name, copy=term.copy + 1,
              copies=term.copies)
    notes = [f.note for f in term.factors if f.note and f.kind in ("slopes", "power")]
    return (f"{where}: " + " × ".join(parts) + f" = {show_number(term.value)}{share}"
            + (f" ({'; '.join(notes)})" if notes else "") + ".")


class BarDelegate(QStyledItemDelegate):
    """The last column: a bar for the term's size (log) or signed share (linear), its text on it."""

    def __init__(self, receipt_view: ChainRuleReceipt) -> None:
        super().__init__(receipt_view.tree)
        self.view = receipt_view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(VALUE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:  # the selection and focus background, without the text
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(4, 3, -4, -3)
        painter.save()
        if isinstance(value, float) and math.isfinite(value) and value != 0.0:
            bar = self.view.bar_rect(value, rect)
            painter.fillRect(bar, POSITIVE if value > 0 else NEGATIVE)
        selected = bool(option.state & option.state.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        if self.view.scale == SHARE:
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            middle = rect.left() + rect.width() // 2
            painter.drawLine(middle, rect.top() - 2, middle, rect.bottom() + 2)
            painter.setPen(option.palette.color(role))
        # the text sits on a plate of the background so it reads over either colour of bar
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 8
        plate = QRect(rect.right() - width, option.rect.top(), width, option.rect.height())
        base = option.palette.color(QPalette.ColorRole.Highlight if selected
                                    else QPalette.ColorRole.Base)
        painter.fillRect(plate, base)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 240), hint.height())


class ChainRuleReceipt(QDockWidget):
    """The receipt of one gradient; follows the parameters, the data and the activation."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__("Chain-rule receipt", parent)
        self.setObjectName("chainRuleReceipt")
        self.setAccessibleName("Chain-rule receipt")
        self.setAccessibleDescription("A gradient written as its sum over the unrolled copies")
        self.state = state
        self.parameter = "w2"
        self.scale = LOG
        self.receipt: Receipt | None = None
        self.doc_index: list[int] = []  # receipt sequence -> document sequence
        self._range = (0.0, 1.0)  # log10 of the smallest and largest |term| the bars span
        self._hovered_item: QTreeWidgetItem | None = None  # the row the mouse last moved onto
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._cost = 0.0  # seconds the last refresh took

        body = QWidget(self)
        self.parameter_box = QComboBox(objectName="receiptParameter")
        for name in PARAM_NAMES:
            self.parameter_box.addItem(f"dSSR/d{name}", name)
        self._words(self.parameter_box, "Gradient",
                    "Which gradient the receipt writes out: dSSR/dw1, dw2, db1, dw3 or db2")
        self.scale_box = QComboBox(objectName="receiptScale")
        for key, words in SCALES.items():
            self.scale_box.addItem(words, key)
        self._words(self.scale_box, "Bar scale",
                    "The bars: each term's size on a log scale (decades), or its signed share "
                    "of the total on a linear scale")
        self.table_button = QPushButton("Show as table…", objectName="receiptTableButton")
        self._words(self.table_button, "Show as table",
                    "Every term and its factors as exact numbers, in a copyable table")
        self.copy_button = QPushButton("Copy terms", objectName="receiptCopyButton")
        self._words(self.copy_button, "Copy terms",
                    "Copy every term and its factors as tab-separated text for a spreadsheet")
        self.summary = QLabel(objectName="receiptSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget(objectName="receiptTerms")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMouseTracking(True)  # hover = focus: see eventFilter
        self.tree.viewport().installEventFilter(self)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemDelegateForColumn(len(COLUMNS) - 1, BarDelegate(self))
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(90)  # four rows: the dock may be small on a 600 px screen
        self.tree.setAccessibleName("Terms of the gradient")
        self.tree.setAccessibleDescription(
            "One row per copy of each sequence; Up and Down move between the terms, hovering a "
            "term lights its path on the unrolled canvas, Enter shows its sequence there")
        self.detail = QLabel(objectName="receiptDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(QLabel("Gradient"))
        top.addWidget(self.parameter_box)
        top.addWidget(QLabel("Bars"))
        top.addWidget(self.scale_box)
        top.addStretch(1)
        top.addWidget(self.table_button)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.setWidget(body)
        header = self.tree.header()
        header.setAccessibleName("Columns of the terms")
        header.setAccessibleDescription("Copy, each factor of the chain rule, the term, its bar")
        describe_controls(self)  # the scroll bars, and anything else without words

        self.parameter_box.currentIndexChanged.connect(self._parameter_chosen)
        self.scale_box.currentIndexChanged.connect(self._scale_chosen)
        self.table_button.clicked.connect(self.show_table)
        self.copy_button.clicked.connect(self.copy_terms)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.visibilityChanged.connect(self._visibility)
        for signal in (state.paramsChanged, state.sequencesChanged,
                       state.trainingSettingsChanged, state.documentChanged):
            signal.connect(self._soon)
        state.selectionChanged.connect(self._show_detail)
        state.view.canvasModeChanged.connect(self._show_detail)
        self.set_parameter(self.parameter)

    @staticmethod
    def _words(widget: QWidget, name: str, description: str) -> None:
        widget.setToolTip(description)
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)

    # --- what is shown ----------------------------------------------------------------------------
    def set_parameter(self, parameter: str) -> None:
        """Write out dSSR/d``parameter`` (one of the RNN's five)."""
        if parameter not in PARAM_NAMES:
            raise ValueError(f"no gradient dSSR/d{parameter}")
        self.parameter = parameter
        index = self.parameter_box.findData(parameter)
        if index != self.parameter_box.currentIndex():
            self.parameter_box.blockSignals(True)
            self.parameter_box.setCurrentIndex(index)
            self.parameter_box.blockSignals(False)
        self.refresh(rebuild=True, keep_place=False)  # a new gradient: start at its biggest term

    def set_scale(self, scale: str) -> None:
        self.scale_box.setCurrentIndex(self.scale_box.findData(scale))

    def _params(self):
        # the run timeline's step when one is shown, else the document's parameters
        return getattr(self.state, "shown_params", None) or self.state.params

    @Slot()
    def _soon(self, *_: object) -> None:
        """Recompute soon: at most every REFRESH_MS, and while a run trains at most a tenth of
        the time (2,000 copies cost ~0.4 s a refresh). Never restarted while it waits, or a
        live run's ten updates a second would put it off for ever."""
        if not self.isVisible():
            self.receipt = None  # out of date: recomputed when shown
            return
        if not self._timer.isActive():
            live = getattr(self.state, "is_active", False)
            self._timer.setInterval(max(REFRESH_MS, round(self._cost * 10_000)) if live
                                    else REFRESH_MS)
            self._timer.start()

    @Slot()
    def refresh(self, rebuild: bool = False, keep_place: bool = True) -> None:
        """Recompute the receipt from the state and show it (rows kept when the shape is; the
        current term kept unless ``keep_place`` is False)."""
        started = time.perf_counter()
        try:
            self._refresh(rebuild, keep_place)
        finally:
            self._cost = time.perf_counter() - started

    def _refresh(self, rebuild: bool, keep_place: bool) -> None:
        document = self.state.document
        params = self._params()
        self._timer.stop()
        if not isinstance(params, RNNParams):
            self._show_problem(t("The chain-rule receipt is written for the RNN: its five shared "
                                 "parameters and the one feedback weight w2 whose powers the "
                                 "lesson is about. Switch the cell to the RNN to see it."))
            return
        chosen = [(i, s) for i, s in enumerate(document.sequences) if s.trains]
        if not chosen:
            self._show_problem(t("No sequence trains (none has a target, or none is ticked): "
                                 "the SSR has no terms yet."))
            return
        previous = self.receipt
        self.receipt = chain_rule_receipt(
            params, [s.values for _, s in chosen], [float(s.target) for _, s in chosen],
            self.parameter, document.training.activation, [s.name for _, s in chosen])
        self.doc_index = [i for i, _ in chosen]
        self.parameter_box.setEnabled(True)
        same_shape = (previous is not None and not rebuild
                      and [(k.sequence, k.copy) for k in previous.terms]
                      == [(k.sequence, k.copy) for k in self.receipt.terms]
                      and previous.activation == self.receipt.activation)
        self._set_range()
        if same_shape and self.tree.topLevelItemCount():
            self._fill_rows()
        else:
            self._build_rows(keep_place)
        self._show_summary()
        self._show_detail()

    def _show_problem(self, text: str) -> None:
        self.receipt = None
        self.doc_index = []
        self.tree.clear()
        self.summary.setText(text)
        self.detail.setText("")
        self.state.view.set_term_path(None)

    def _set_range(self) -> None:
        sizes = [abs(k.value) for k in self.receipt.terms
                 if math.isfinite(k.value) and k.value != 0.0]
        if not sizes:
            self._range = (0.0, 1.0)
            return
        high = math.log10(max(sizes))
        low = max(math.log10(min(sizes)), high - DECADES)
        self._range = (low - 1.0, high)  # the smallest term still gets a decade of bar

    def bar_rect(self, value: float, rect: QRect) -> QRect:
        """Where a value's bar goes in a cell: from the left (log) or from the middle (share)."""
        room = max(rect.width() - 90, 20)  # the text plate sits at the right
        if self.scale == SHARE:
            total = self.receipt.gradient if self.receipt is not None else 0.0
            share = value / total if total and math.isfinite(total) else 0.0
            half = room // 2
            length = round(min(abs(share), 1.0) * half)
            middle = rect.left() + rect.width() // 2
            if share >= 0:
                return QRect(middle, rect.top(), length, rect.height())
            return QRect(middle - length, rect.top(), length, rect.height())
        low, high = self._range
        size = math.log10(abs(value))
        fraction = (size - low) / (high - low) if high > low else 1.0
        return QRect(rect.left(), rect.top(), round(max(0.0, min(fraction, 1.0)) * room),
                     rect.height())

    def _bar_text(self, value: float) -> str:
        if not math.isfinite(value):
            return show_number(value)
        sign = "+" if value > 0 else "−" if value < 0 else ""
        if self.scale == SHARE:
            total = self.receipt.gradient if self.receipt is not None else 0.0
            if not total or not math.isfinite(total):
                return "—"
            return f"{sign}{show_number(abs(100 * value / total))}%"
        if value == 0.0:
            return "0"
        return f"{sign}10{superscript(math.floor(math.log10(abs(value))))}"

    def _headers(self) -> list[str]:
        slope = SLOPE_NAMES[self.receipt.activation] if self.receipt else "ReLU′"
        return [t("Copy"), t("−2(target − prediction)"), "w3",
                t("{slope} on the path", slope=slope), "w2^k", local_header(self.parameter),
                t("= term of dSSR/d{name}", name=self.parameter),
                t("size (log)") if self.scale == LOG else t("share of the total")]

    def _build_rows(self, keep_place: bool = True) -> None:
        current = self.current_term() if keep_place else None
        self.forget_hover()
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.setHeaderLabels(self._headers())
        receipt = self.receipt
        index = 0  # the receipt's terms come sequence by sequence, day 1 first, as the rows
        for s in range(len(receipt.sequence_names)):  # every sequence has a value: a term
            head = QTreeWidgetItem(self.tree)
            head.setData(0, TERM_ROLE, -1)
            for _term in receipt.terms_of(s):
                item = QTreeWidgetItem(head)
                item.setData(0, TERM_ROLE, index)
                index += 1
            head.setExpanded(True)
        self._fill_rows()
        self.tree.blockSignals(False)
        # start on the same term as before, else on the biggest: where the huge number is
        target = current or receipt.largest()
        item = self._item_of(target) if target is not None else None
        if item is None and self.tree.topLevelItemCount():
            item = self.tree.topLevelItem(0)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        self._current_changed(self.tree.currentItem())

    def _fill_rows(self) -> None:
        """New numbers into the rows there are (a live run: no row made or lost)."""
        receipt = self.receipt
        for s in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(s)
            terms = receipt.terms_of(s)
            subtotal = 0.0
            for k, term in enumerate(terms):
                item = head.child(k)  # the same (sequence, copy) as before: same index
                self._fill_term(item, term)
                subtotal += term.value
            first = terms[0]
            head.setText(0, t("{name} ({days} days)", name=first.sequence_name,
                              days=first.copies))
            ends = t("prediction {prediction}, target {target}",
                     prediction=show_number(first.prediction), target=show_number(first.target))
            head.setToolTip(0, ends)
            head.setText(1, ends)
            head.setText(6, show_number(subtotal))
            head.setData(7, VALUE_ROLE, subtotal)
            head.setText(7, self._bar_text(subtotal))
            head.setToolTip(6, t("this sequence's part of dSSR/d{name}", name=self.parameter))
        self.tree.viewport().update()

    def _fill_term(self, item: QTreeWidgetItem, term: Term) -> None:
        by_kind = {f.kind: f for f in term.factors}
        item.setText(0, t("copy {copy}", copy=term.copy + 1))
        item.setToolTip(0, t("day {day} of {days}: 1 feedback loop from the prediction",
                             day=term.copy + 1, days=term.copies) if term.loops == 1 else
                        t("day {day} of {days}: {loops} feedback loops from the prediction",
                          day=term.copy + 1, days=term.copies, loops=term.loops))
        item.setText(1, show_number(by_kind["residual"].value))
        texts = {2: "w3", 3: "slopes", 4: "power", 5: "local"}
        for column, kind in texts.items():
            factor = by_kind.get(kind)
            if factor is None:
                item.setText(column, "—")
                item.setToolTip(column, t("not on this gradient's path"))
                continue
            if kind == "slopes":
                text = factor.symbol.split("= ", 1)[-1] if "=" in factor.symbol else \
                    show_number(factor.value)
            elif kind == "power" or (kind == "local" and factor.symbol != "1"):
                text = f"{factor.symbol} = {show_number(factor.value)}"
            else:
                text = show_number(factor.value)
            item.setText(column, text)
            item.setToolTip(column, factor.note or factor.symbol)
        item.setText(6, show_number(term.value))
        item.setData(7, VALUE_ROLE, term.value)
        item.setText(7, self._bar_text(term.value))
        item.setToolTip(7, term_sentence(self.receipt, term))

    def _show_summary(self) -> None:
        r = self.receipt
        largest = r.largest()
        big = ""
        if largest is not None and largest.value != 0.0:
            power = next((f for f in largest.factors if f.kind == "power"), None)
            carries = (t("; it carries {power} = {value}", power=power.symbol,
                         value=show_number(power.value))
                       if power is not None and power.symbol != "w2^0" else "")
            share = "" if math.isnan(largest.share) else t(
                ", {share}% of the total", share=show_number(100 * largest.share))
            big = " " + t("The largest: {name}, copy {copy}, {value}{share}{carries}.",
                          name=largest.sequence_name, copy=largest.copy + 1,
                          value=show_number(largest.value), share=share, carries=carries)
        numbers = {"name": r.parameter, "gradient": show_number(r.gradient), "count": len(r.terms)}
        said = (t("<b>dSSR/d{name} = {gradient}</b>, the sum of {count} terms, one per copy of each "
                  "sequence (only the last copy: its output is the prediction).", **numbers)
                if r.parameter in ("w3", "b2") else
                t("<b>dSSR/d{name} = {gradient}</b>, the sum of {count} terms, one per copy of each "
                  "sequence.", **numbers))
        self.summary.setText(f"{said}{big}<br><i>{r.formula()}</i>")
        self.setWindowTitle(t("Chain-rule receipt: dSSR/d{name}", name=r.parameter))

    # --- the current term -------------------------------------------------------------------------
    def term_items(self) -> list[QTreeWidgetItem]:
        """The rows of terms (not the sequences' rows), in order."""
        items = []
        for s in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(s)
            items += [head.child(k) for k in range(head.childCount())]
        return items

    def current_term(self) -> Term | None:
        item = self.tree.currentItem()
        return self.term_of(item)

    def term_of(self, item: QTreeWidgetItem | None) -> Term | None:
        """The term a row shows (None for a sequence's row)."""
        index = item.data(0, TERM_ROLE) if item is not None else None
        if not isinstance(index, int) or index < 0 or self.receipt is None:
            return None
        return self.receipt.terms[index]

    def _item_of(self, term: Term) -> QTreeWidgetItem | None:
        for item in self.term_items():
            other = self.term_of(item)
            if (other.sequence, other.copy) == (term.sequence, term.copy):
                return item
        return None

    def focus_term(self, index: int) -> None:
        """Make the index-th term current (its path lights on the canvas)."""
        self.tree.setCurrentItem(self.term_items()[index])

    def forget_hover(self) -> None:
        """New rows: the next move of the mouse takes the row it is on."""
        self._hovered_item = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Hover = focus, from the mouse's own moves only: a row that a scroll or a rebuild
        brings under a still mouse does not take the term the keyboard chose (Qt's
        itemEntered says it was entered all the same)."""
        if watched is self.tree.viewport() and event.type() in (QEvent.Type.MouseMove,
                                                                 QEvent.Type.HoverMove):
            self._hovered(self.tree.itemAt(event.position().toPoint()))
        return super().eventFilter(watched, event)

    def _hovered(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item is self._hovered_item:
            return  # moving within the row last hovered: the keyboard's choice stays
        self._hovered_item = item
        if item is not self.tree.currentItem():
            self.tree.setCurrentItem(item)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _current_changed(self, item: QTreeWidgetItem | None, _before=None) -> None:
        term = self.term_of(item)
        if term is None or self.receipt is None:
            self.state.view.set_term_path(None)
        else:
            self.state.view.set_term_path(
                TermPath(self.parameter, self.doc_index[term.sequence], term.path))
        self._show_detail()
        if term is not None and self.receipt is not None and self.tree.hasFocus():
            announce(self.tree, term_sentence(self.receipt, term))

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Enter or a double-click: put the term's sequence on the canvas (its path lights)."""
        term = self.term_of(item)
        if term is not None:
            self.state.select(self.doc_index[term.sequence])

    @Slot()
    def _show_detail(self, *_: object) -> None:
        term = self.current_term()
        if term is None or self.receipt is None:
            self.detail.setText("Hover or choose a term (Up and Down) to light its path on the "
                                "unrolled canvas.")
            return
        text = term_sentence(self.receipt, term)
        if self.doc_index[term.sequence] != self.state.selected_index:
            text += (f" “{term.sequence_name}” is not on the canvas: press Enter or "
                     "double-click to show it there.")
        elif self.state.view.canvas_mode != UNROLLED:
            text += " Unroll the canvas to see the path."
        self.detail.setText(text)
        self.tree.setAccessibleDescription(text)

    # --- options ----------------------------------------------------------------------------------
    @Slot()
    def _parameter_chosen(self, *_: object) -> None:
        self.set_parameter(self.parameter_box.currentData())

    @Slot()
    def _scale_chosen(self, *_: object) -> None:
        self.scale = self.scale_box.currentData()
        if self.receipt is not None:
            self.tree.setHeaderLabels(self._headers())
            self._fill_rows()

    @Slot(bool)
    def _visibility(self, visible: bool) -> None:
        if not visible:
            self.state.view.set_term_path(None)  # a closed receipt lights nothing
        elif self.receipt is None:
            self.refresh(rebuild=True)
        else:
            self._current_changed(self.tree.currentItem())

    # --- the numbers as text ----------------------------------------------------------------------
    def table_columns(self) -> tuple[list[str], list[list[float]]]:
        headers = ["sequence", "copy", "loops k", "−2(target − prediction)", "w3", "slopes",
                   "w2^k", "local input", f"term of dSSR/d{self.parameter}", "share"]
        rows = []
        for term in self.receipt.terms if self.receipt else ():
            by_kind = {f.kind: f.value for f in term.factors}
            rows.append([term.sequence + 1, term.copy + 1, term.loops, by_kind["residual"],
                         by_kind.get("w3", math.nan), by_kind.get("slopes", math.nan),
                         by_kind.get("power", math.nan), by_kind["local"], term.value,
                         term.share])
        return headers, [list(column) for column in zip(*rows, strict=True)] or [[] for _ in
                                                                                 headers]

    def show_table(self) -> TableDialog:
        headers, columns = self.table_columns()
        names = "; ".join(f"{i + 1} = {name}" for i, name in
                          enumerate(self.receipt.sequence_names)) if self.receipt else ""
        note = (t("dSSR/d{name} = {gradient}, the sum of the term column. Sequences: {names}. "
                  "Ctrl+C copies the selected cells.", name=self.parameter,
                  gradient=number_text(self.receipt.gradient), names=names)
                if self.receipt else self.summary.text())
        dialog = TableDialog(t("Chain-rule receipt of dSSR/d{name}", name=self.parameter),
                             headers, columns,
                             note, self.window())
        dialog.setObjectName("receiptTableDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def terms_text(self) -> str:
        """Every term as tab-separated lines (exact numbers), headers first."""
        headers, columns = self.table_columns()
        lines = ["\t".join([t("sequence name"), *headers])]
        for r, term in enumerate(self.receipt.terms if self.receipt else ()):
            cells = [number_text(column[r]) for column in columns]
            lines.append("\t".join([term.sequence_name, *cells]))
        return "\n".join(lines)

    @Slot()
    def copy_terms(self) -> str:
        text = self.terms_text()
        QGuiApplication.clipboard().setText(text)
        count = len(self.receipt.terms) if self.receipt else 0
        self.state.statusMessage.emit(t("Copied {count} terms of dSSR/d{name}.", count=count,
                                        name=self.parameter), 4000)
        return text


def show_receipt(state, window: QWidget, parameter: str,
                 existing: ChainRuleReceipt | None = None) -> ChainRuleReceipt:
    """Open the receipt of dSSR/d``parameter``, made once per window and docked at its bottom
    (a floating window beside a window that is no QMainWindow)."""
    receipt = existing
    try:
        if receipt is not None:
            receipt.objectName()  # raises once Qt has deleted it
    except RuntimeError:
        receipt = None
    if receipt is None:
        main = window if isinstance(window, QMainWindow) else None
        receipt = ChainRuleReceipt(state, main)
        if main is not None:
            main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, receipt)
            # a third of the window: the canvas above must stay big enough to see the path
            main.resizeDocks([receipt], [max(200, round(main.height() * DOCK_SHARE))],
                             Qt.Orientation.Vertical)
        else:
            receipt.setFloating(True)
            receipt.resize(900, 420)
    receipt.set_parameter(parameter)
    receipt.forget_hover()
    receipt.show()
    if receipt.isFloating():
        receipt.raise_()
    receipt.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    return receipt

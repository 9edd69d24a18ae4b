"""A printable worksheet of the unrolled RNN: the selected sequence's forward and backward
numbers, some left as blank boxes for the class to fill in, and an answer key.

Painted with QPainter in points (1/72 inch) so one drawing serves QPdfWriter (A4 or Letter,
landscape, two pages: the worksheet and the answer key) and QSvgGenerator (an SVG is one page, so
the worksheet is ``name.svg`` and its answer key a second file beside it, ``name-answers.svg``:
the sheet can go to the class without the key in the same file).
Black on white whatever the app's theme: it is for paper. Every number is the engine's
(``rnngui.engine.forward``, the backward pass written out as on the canvas) and is written the
way the canvas writes it (``show_number``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtSvg import QSvgGenerator

from ...engine import RNNParams, forward, words
from ...engine.rnn import activation_functions
from ...model.numbers import show_number
from .format import activation_label

# What the teacher can blank, in the dialog's words.
BLANKABLE: dict[str, str] = {
    "sum": "every sum (sumₜ = w1·xₜ + w2·yₜ₋₁ + b1)",
    "y": "every y (the hidden unit's output)",
    "prediction": "the prediction, the residual and the SSR",
    "backward": "every gradient (the backward numbers)",
}
DEFAULT_BLANKS = frozenset({"y", "backward"})
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MAX_COPIES = 12  # three rows of four: more days would not be readable on one page

MARGIN = 36.0  # half an inch
COPY_W, COPY_H, GAP = 172.0, 150.0, 16.0
BOX_W, BOX_H = 64.0, 15.0
HEADER_H = 86.0  # title, the given numbers, the rules, the name line
BLANK_FILL = QColor("#ffffff")
KEY_FILL = QColor("#fff3b0")  # on the answer key: the numbers that were blanks
INK = QColor("#000000")
GREY = QColor("#555555")


class WorksheetError(ValueError):
    """A worksheet that cannot be made, said so a teacher can act on it."""


@dataclass(frozen=True)
class Entry:
    """One number of the worksheet: what it is called, its value, which blank it belongs to."""

    label: str
    value: float
    kind: str  # "given" or one of BLANKABLE

    @property
    def text(self) -> str:
        return show_number(self.value)


@dataclass
class Sheet:
    """The numbers of one worksheet, copy by copy, and the totals."""

    title: str
    params: RNNParams
    activation: str
    copies: list[list[Entry]] = field(default_factory=list)
    totals: list[Entry] = field(default_factory=list)
    note: str = ""

    def entries(self) -> Iterable[Entry]:
        for copy in self.copies:
            yield from copy
        yield from self.totals


def build_sheet(name: str, values, target: float | None, params: RNNParams,
                activation: str) -> Sheet:
    """Every number of the worksheet for one sequence (the engine's forward and backward)."""
    if not isinstance(params, RNNParams):
        raise WorksheetError(words.t("Worksheets are for the RNN: switch the cell to the RNN to make "
                               "one."))
    xs = [float(v) for v in values]
    if not xs:
        raise WorksheetError(words.t("The selected sequence has no values: give it at least one day."))
    if len(xs) > MAX_COPIES:
        raise WorksheetError(words.t(
            "The selected sequence has {days} days; a worksheet fits at most {limit} copies on a "
            "page. Select a shorter sequence.", days=len(xs), limit=MAX_COPIES))
    trace = forward(params, xs, activation)
    _, fd = activation_functions(activation)
    act = activation_label(activation)
    last = len(xs) - 1
    sheet = Sheet(words.t("The unrolled RNN — {name}", name=name), params, activation)
    ds = [0.0] * len(xs)
    if target is not None:
        dy = 2.0 * (trace.prediction - target) * params.w3  # dSSR / d y_T
        for t in range(last, -1, -1):
            ds[t] = dy * fd(float(trace.sums[t]), float(trace.hidden[t]))
            dy = ds[t] * params.w2
    feedback = trace.feedback
    for t, x in enumerate(xs):
        day = t + 1
        copy = [
            Entry(f"x{day}", x, "given"),
            Entry(f"sum{day}", float(trace.sums[t]), "sum"),
            Entry(f"y{day} = {act}(sum{day})", float(trace.hidden[t]), "y"),
        ]
        if t == last:
            copy.append(Entry(words.t("prediction"), trace.prediction, "prediction"))
        if target is not None:
            copy.append(Entry(f"dSSR/dsum{day}", ds[t], "backward"))
            copy.append(Entry(words.t("part of dSSR/dw2"), ds[t] * float(feedback[t]), "backward"))
        sheet.copies.append(copy)
    if target is None:
        sheet.note = words.t("This sequence has no target, so the worksheet has no backward "
                             "numbers.")
        return sheet
    residual = target - trace.prediction
    d_pred = -2.0 * residual
    g = {
        "w1": sum(d * x for d, x in zip(ds, xs)),
        "w2": sum(d * float(f) for d, f in zip(ds, feedback)),
        "b1": sum(ds),
        "w3": d_pred * float(trace.hidden[last]),
        "b2": d_pred,
    }
    sheet.totals = [
        Entry(words.t("target"), float(target), "given"),
        Entry(words.t("residual = target − prediction"), residual, "prediction"),
        Entry(words.t("SSR = residual²"), residual * residual, "prediction"),
    ] + [Entry(f"dSSR/d{n}", v, "backward") for n, v in g.items()]
    return sheet


# --- painting --------------------------------------------------------------------------------

def _font(points: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _field(painter: QPainter, x: float, y: float, entry: Entry, blanks: frozenset[str],
           answers: bool, label_w: float) -> None:
    """'label [value]' on one line; a blank is an empty box (on the key: the value, shaded)."""
    painter.setFont(_font(7.5))
    painter.setPen(INK)
    painter.drawText(QRectF(x, y, label_w, BOX_H), Qt.AlignmentFlag.AlignVCenter
                     | Qt.AlignmentFlag.AlignLeft, entry.label)
    box = QRectF(x + label_w + 4, y, BOX_W, BOX_H)
    blank = entry.kind in blanks
    painter.setPen(QPen(INK, 0.8))
    painter.setBrush(KEY_FILL if (blank and answers) else BLANK_FILL)
    if blank or answers:
        painter.drawRect(box)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if not blank or answers:
        painter.setFont(_font(8.5, bold=blank))
        painter.drawText(box.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter
                         | Qt.AlignmentFlag.AlignLeft, entry.text)


def _arrow(painter: QPainter, a: QPointF, b: QPointF) -> None:
    painter.setPen(QPen(GREY, 1.2))
    painter.drawLine(a, b)
    d = 5.0
    sign = 1.0 if b.x() >= a.x() else -1.0
    painter.drawLine(b, QPointF(b.x() - sign * d, b.y() - d * 0.6))
    painter.drawLine(b, QPointF(b.x() - sign * d, b.y() + d * 0.6))


def paint_page(painter: QPainter, sheet: Sheet, page: QRectF, blanks: frozenset[str],
               answers: bool) -> None:
    """One page in points: the worksheet (blanks empty) or its answer key (blanks filled in)."""
    painter.fillRect(page, QColor("#ffffff"))
    left, top = page.left() + MARGIN, page.top() + MARGIN
    width = page.width() - 2 * MARGIN
    painter.setPen(INK)
    painter.setFont(_font(15, bold=True))
    title = sheet.title + ("  ·  " + words.t("Answer key") if answers else "")
    painter.drawText(QRectF(left, top, width, 22), Qt.AlignmentFlag.AlignLeft, title)
    p = sheet.params
    painter.setFont(_font(9))
    given = words.t("Shared by every copy: w1 = {w1}, w2 = {w2}, b1 = {b1}, w3 = {w3}, b2 = {b2}; "
                    "activation {activation}; y0 = 0.", w1=show_number(p.w1),
                    w2=show_number(p.w2), b1=show_number(p.b1), w3=show_number(p.w3),
                    b2=show_number(p.b2), activation=activation_label(sheet.activation))
    painter.drawText(QRectF(left, top + 24, width, 14), Qt.AlignmentFlag.AlignLeft, given)
    how = words.t("Forward: sumₜ = w1·xₜ + w2·yₜ₋₁ + b1, yₜ = activation(sumₜ); the last copy's "
                  "prediction = w3·y + b2. Backward: dSSR/dsumₜ = dSSR/dyₜ · activation′(sumₜ), "
                  "and dSSR/dyₜ₋₁ = w2 · dSSR/dsumₜ; a copy's part of dSSR/dw2 is dSSR/dsumₜ · "
                  "yₜ₋₁.")
    painter.drawText(QRectF(left, top + 38, width, 26), Qt.AlignmentFlag.AlignLeft
                     | Qt.TextFlag.TextWordWrap, how)
    if not answers and blanks:
        painter.setPen(GREY)
        painter.drawText(QRectF(left, top + 66, width, 14), Qt.AlignmentFlag.AlignLeft,
                         words.t("Fill in every empty box. Name: ______________________"))
    per_row = max(1, int((width + GAP) // (COPY_W + GAP)))
    y0 = top + HEADER_H
    for t, copy in enumerate(sheet.copies):
        row, col = divmod(t, per_row)
        x = left + col * (COPY_W + GAP)
        y = y0 + row * (COPY_H + GAP)
        frame = QRectF(x, y, COPY_W, COPY_H)
        painter.setPen(QPen(INK, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, 6, 6)
        painter.setFont(_font(9, bold=True))
        painter.drawText(QRectF(x + 6, y + 3, COPY_W - 12, 14), Qt.AlignmentFlag.AlignLeft,
                         words.t("copy {copy} (day {day})", copy=t + 1, day=t + 1))
        for k, entry in enumerate(copy):
            _field(painter, x + 6, y + 20 + k * (BOX_H + 5), entry, blanks, answers,
                   COPY_W - BOX_W - 16)
        if t + 1 < len(sheet.copies):  # y_t goes round the loop into the next copy
            mid = y + COPY_H / 2
            if col + 1 < per_row:
                _arrow(painter, QPointF(x + COPY_W + 2, mid), QPointF(x + COPY_W + GAP - 2, mid))
            painter.setFont(_font(7))
            painter.setPen(GREY)
            painter.drawText(QRectF(x + 6, y + COPY_H - 15, COPY_W - 12, 12),
                             Qt.AlignmentFlag.AlignRight,
                             words.t("y{day} goes on to copy {next}, × w2 →", day=t + 1,
                                     next=t + 2))
    rows = (len(sheet.copies) + per_row - 1) // per_row
    y = y0 + rows * (COPY_H + GAP)
    if sheet.totals:
        painter.setPen(INK)
        painter.setFont(_font(10, bold=True))
        painter.drawText(QRectF(left, y, width, 16), Qt.AlignmentFlag.AlignLeft,
                         words.t("The end of the sequence and the gradients (the sums over "
                                 "every copy)"))
        y += 20
        column_w = (width + GAP) / 3
        for k, entry in enumerate(sheet.totals):
            col, row = k % 3, k // 3
            _field(painter, left + col * column_w, y + row * (BOX_H + 6), entry, blanks,
                   answers, column_w - BOX_W - GAP - 8)
    if sheet.note:
        painter.setPen(GREY)
        painter.setFont(_font(9))
        painter.drawText(QRectF(left, y, width, 16), Qt.AlignmentFlag.AlignLeft, sheet.note)
    painter.setPen(GREY)
    painter.setFont(_font(7))
    painter.drawText(QRectF(left, page.bottom() - MARGIN + 8, width, 12),
                     Qt.AlignmentFlag.AlignRight, "RNN Lab worksheet")


def page_size(sheet: Sheet) -> QSizeF:
    """Landscape points: what the copies need (the SVG's size; the PDF scales to its paper)."""
    width = 842.0  # A4 landscape
    per_row = max(1, int((width - 2 * MARGIN + GAP) // (COPY_W + GAP)))
    rows = (len(sheet.copies) + per_row - 1) // per_row
    height = MARGIN * 2 + HEADER_H + rows * (COPY_H + GAP) + (20 + 2 * (BOX_H + 6) + 20)
    return QSizeF(width, max(595.0, height))


def _fit(painter: QPainter, content: QSizeF, target: QRectF) -> QRectF:
    """Scale the content (in points) into the target, centred, never clipped."""
    scale = min(target.width() / content.width(), target.height() / content.height())
    painter.translate(target.left() + (target.width() - content.width() * scale) / 2,
                      target.top() + (target.height() - content.height() * scale) / 2)
    painter.scale(scale, scale)
    return QRectF(0, 0, content.width(), content.height())


def write_pdf(sheet: Sheet, path: str | Path, blanks: frozenset[str], paper: str = "A4") -> None:
    """Two landscape pages: the worksheet, then the answer key."""
    if paper not in PAPERS:
        raise WorksheetError(f"unknown paper {paper!r}; choose {' or '.join(PAPERS)}")
    writer = QPdfWriter(str(path))
    writer.setTitle(sheet.title)
    writer.setCreator("RNN Lab")
    writer.setResolution(72)  # one painter unit = one point
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Landscape,
                                     QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write {path}")
    try:
        content = page_size(sheet)
        for answers in (False, True):
            if answers:
                writer.newPage()
            painter.save()
            target = QRectF(painter.viewport())
            page = _fit(painter, content, QRectF(0, 0, target.width(), target.height()))
            paint_page(painter, sheet, page, blanks, answers)
            painter.restore()
    finally:
        painter.end()


def write_svg(sheet: Sheet, path: str | Path, blanks: frozenset[str], answers: bool = False
              ) -> None:
    """The worksheet page as SVG (vector, for slides or a handout editor)."""
    size = page_size(sheet)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size.toSize())
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(sheet.title)
    generator.setDescription("RNN Lab worksheet" + (" (answer key)" if answers else ""))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    try:
        paint_page(painter, sheet, QRectF(0, 0, size.width(), size.height()), blanks, answers)
    finally:
        painter.end()


def answers_path(path: str | Path) -> Path:
    """Where an SVG worksheet's answer key goes: ``sheet.svg`` -> ``sheet-answers.svg``."""
    path = Path(path)
    return path.with_name(f"{path.stem}-answers{path.suffix}")


def write_worksheet(state, path: str | Path, blanks: Iterable[str] | None = None,
                    paper: str = "A4") -> list[Path]:
    """The selected sequence's worksheet: a PDF for .pdf (worksheet and answer key), an SVG
    for .svg and its answer key beside it (``answers_path``). ``blanks``: which of BLANKABLE are
    left empty (default: every y and gradient). Returns the files written."""
    path = Path(path)
    chosen = DEFAULT_BLANKS if blanks is None else frozenset(blanks)
    unknown = chosen - set(BLANKABLE)
    if unknown:
        raise WorksheetError(f"unknown blanks {', '.join(sorted(unknown))}; choose from "
                             f"{', '.join(BLANKABLE)}")
    sequence = state.selected_sequence
    document = state.document
    sheet = build_sheet(sequence.name, sequence.values, sequence.target, document.params,
                        document.training.activation)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(sheet, path, chosen, paper)
        return [path]
    if suffix == ".svg":
        write_svg(sheet, path, chosen)
        key = answers_path(path)
        write_svg(sheet, key, chosen, answers=True)
        return [path, key]
    raise WorksheetError(f"a worksheet is a .pdf or an .svg file, not {path.suffix or 'no suffix'}")

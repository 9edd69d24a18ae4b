"""File → Export worksheet: a PDF with an answer key and an SVG, the chosen numbers blanked."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from rnngui.engine import RNNParams, loss_and_grads
from rnngui.model import presets
from rnngui.model.numbers import show_number
from rnngui.ui.canvas.worksheet import MAX_COPIES, WorksheetError, answers_path, build_sheet
from rnngui.ui.canvas.worksheet_dialog import WorksheetDialog

START = RNNParams(w1=0.9, w2=0.6, b1=0.05, w3=0.8, b2=0.1)


@pytest.fixture
def red(window):
    window.state.replace_document(presets.companies(), "Blue and Red")
    window.state.set_params(START)
    window.state.select(1)  # Red company, 5 days
    return window


def page_count(path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        return int(re.search(r"Pages:\s+(\d+)", out).group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def pdf_pages_text(path) -> list[str]:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True).stdout
    return out.split("\f")


def test_the_sheets_numbers_are_the_engines(red):
    seq = red.state.selected_sequence
    sheet = build_sheet(seq.name, seq.values, seq.target, START, "relu")
    totals = {e.label: e.value for e in sheet.totals}
    ssr, grads = loss_and_grads(START, [seq.values], [seq.target])
    assert totals["SSR = residual²"] == pytest.approx(ssr)
    for name in ("w1", "w2", "b1", "w3", "b2"):
        assert totals[f"dSSR/d{name}"] == pytest.approx(getattr(grads, name), rel=1e-12)
    assert len(sheet.copies) == len(seq.values)


def test_pdf_has_the_worksheet_and_an_answer_key(red, tmp_path):
    path = tmp_path / "red.pdf"
    red.export_worksheet(path, ["y", "backward"])
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
    assert page_count(path) == 2
    seq = red.state.selected_sequence
    sheet = build_sheet(seq.name, seq.values, seq.target, START, "relu")
    ys = [e.text for copy in sheet.copies for e in copy if e.kind == "y"]
    sums = [e.text for copy in sheet.copies for e in copy if e.kind == "sum"]
    gradients = [e.text for e in sheet.totals if e.kind == "backward"]
    sheet_text, key_text = pdf_pages_text(path)[:2]
    assert "Answer key" in key_text and "Answer key" not in sheet_text
    for text in sums:
        assert text in sheet_text  # shown on both pages
    for text in ys + gradients:  # blank on the worksheet, written on the key
        assert text in key_text
    for text in gradients:
        assert not re.search(rf"(?<![\d.]){re.escape(text)}(?![\d])", sheet_text), text


def test_svg_shows_the_visible_numbers_and_not_the_blanked_ones(red, tmp_path):
    path = tmp_path / "red.svg"
    red.export_worksheet(path, ["backward"])
    svg = path.read_text(encoding="utf-8")
    seq = red.state.selected_sequence
    sheet = build_sheet(seq.name, seq.values, seq.target, START, "relu")
    texts = re.findall(r">([^<>]*)</text>", svg)
    shown = [e for e in sheet.entries() if e.kind != "backward"]
    hidden = [e for e in sheet.entries() if e.kind == "backward"]
    for entry in shown:
        assert entry.text in texts, entry
    # a blank's number is nowhere on the page (unless another, visible number is equal:
    # ReLU's y equals its sum when the sum is positive)
    checked = [e for e in hidden if e.text not in {v.text for v in shown}]
    assert len(checked) >= 3
    for entry in checked:
        assert entry.text not in texts, entry
    assert show_number(START.w2) in svg


def test_svg_gets_its_answer_key_beside_it_with_the_blanks_filled_in(red, tmp_path):
    path = tmp_path / "red.svg"
    red.export_worksheet(path, ["y", "backward"])
    key_path = tmp_path / "red-answers.svg"
    assert answers_path(path) == key_path and key_path.exists()
    sheet_texts = re.findall(r">([^<>]*)</text>", path.read_text(encoding="utf-8"))
    key_texts = re.findall(r">([^<>]*)</text>", key_path.read_text(encoding="utf-8"))
    assert any("Answer key" in t for t in key_texts)
    assert not any("Answer key" in t for t in sheet_texts)
    seq = red.state.selected_sequence
    sheet = build_sheet(seq.name, seq.values, seq.target, START, "relu")
    blanked = [e for e in sheet.entries() if e.kind in ("y", "backward")]
    for entry in sheet.entries():  # every number of the sheet, the blanks filled in
        assert entry.text in key_texts, entry
    given = {e.text for e in sheet.entries() if e.kind not in ("y", "backward")}
    missing = [e for e in blanked if e.text not in given and e.text not in sheet_texts]
    assert len(missing) >= 5  # the blanks are blank on the sheet, not on the key
    # the dialog's way writes both files too, and says where the key went
    messages = []
    red.state.statusMessage.connect(lambda text, _ms: messages.append(text))
    from PySide6.QtWidgets import QDialog, QFileDialog

    from rnngui.ui.canvas import worksheet_dialog

    other = tmp_path / "again.svg"
    original_exec = worksheet_dialog.WorksheetDialog.exec
    original_ask = QFileDialog.getSaveFileName
    try:
        worksheet_dialog.WorksheetDialog.exec = lambda self: QDialog.DialogCode.Accepted
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(other), ""))
        assert worksheet_dialog.export_worksheet_dialog(red, red.state) == other
    finally:
        worksheet_dialog.WorksheetDialog.exec = original_exec
        QFileDialog.getSaveFileName = original_ask
    assert (tmp_path / "again-answers.svg").exists()
    assert any("again-answers.svg" in m for m in messages)


def test_letter_paper_and_bad_requests(red, tmp_path):
    path = tmp_path / "letter.pdf"
    red.export_worksheet(path, paper="Letter")
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        assert "792 x 612" in out  # Letter, landscape
    with pytest.raises(WorksheetError, match="pdf"):
        red.export_worksheet(tmp_path / "sheet.png")
    with pytest.raises(WorksheetError, match="unknown blanks"):
        red.export_worksheet(tmp_path / "sheet.pdf", ["everything"])


def test_the_dialog_offers_blanks_and_paper_and_says_when_it_cannot(red, qtbot):
    dialog = WorksheetDialog(red.state, red)
    qtbot.addWidget(dialog)
    assert dialog.blanks() == frozenset({"y", "backward"})
    dialog.boxes["sum"].setChecked(True)
    assert "sum" in dialog.blanks()
    assert [dialog.paper.itemText(i) for i in range(dialog.paper.count())] == ["A4", "Letter"]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    red.state.replace_document(presets.lstm_chapter(), "LSTM")
    lstm = WorksheetDialog(red.state, red)
    qtbot.addWidget(lstm)
    assert "Worksheets are for the RNN" in lstm.problem.text()
    assert not lstm.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    red.state.replace_document(presets.vanishing(), "51 days")
    long = WorksheetDialog(red.state, red)
    qtbot.addWidget(long)
    assert f"at most {MAX_COPIES}" in long.problem.text()


def test_file_menu_has_the_action(window):
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "exportWorksheetAction")
    assert action is not None and action.text() == "Export &worksheet…"

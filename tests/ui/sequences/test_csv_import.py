"""CSV import through the real window: the dialog's own choices, scaling, the long form, what a
broken file shows, and MainWindow.import_csv (issue 13 item 5, issue 18 items 2 and 12)."""
# ruff: noqa: F811 - the `window` fixture is imported from editor_fixtures and used as a parameter

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QtMsgType

from rnngui.model.presets import statland
from rnngui.model.scaling import money, out_of_range_note
from rnngui.session.state import RUNNING

from ..editor_fixtures import shared_window, window  # noqa: F401

PRICES = "Date,Close\n2024-01-02,$142.17\n2024-01-03,$141.50\n2024-01-04,$145.03\n"
LONG = (
    "symbol,date,price\n"
    "MSFT,2024-01-03,301.25\nAAPL,2024-01-03,142.17\n"
    "AAPL,2024-01-02,141.00\nMSFT,2024-01-02,300.50\nAAPL,2024-01-04,145.03\n"
)


def _warnings(qtlog) -> list[str]:
    # The offscreen platform's own note on dialogs is about the test machine, not the app.
    return [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg
            and "propagateSizeHints" not in r.message]


def test_a_price_download_opens_ready_to_train(window, tmp_path, qtlog):
    path = tmp_path / "prices.csv"
    path.write_text(PRICES)
    dialog = window.file_actions.import_csv(path)
    assert dialog.has_labels.isChecked() and dialog.scale.isChecked()
    assert "1 sequence(s) will be imported: Close (3 values)" in dialog.summary.text()
    dialog.import_button.click()
    document = window.state.document
    assert document.scaling is not None and document.scaling.unit == "$"
    assert document.sequences[0].values == (pytest.approx(0.1898, abs=1e-4), 0.0, 1.0)
    assert money(document.scaling.to_raw(document.sequences[0].values[0]), "$") == "$142.17"
    assert "scaled to [0, 1]" in window.statusBar().currentMessage()
    window.state.undo()
    assert window.state.document == statland()
    assert _warnings(qtlog) == []


def test_unscaled_the_summary_says_why_to_scale(window, tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text(PRICES)
    dialog = window.file_actions.import_csv(path)
    dialog.scale.setChecked(False)
    assert "outside [0, 1]" in dialog.summary.text()
    dialog.import_button.click()
    assert window.state.document.sequences[0].values == (142.17, 141.5, 145.03)
    assert window.state.document.scaling is None


def test_an_n_a_cell_is_named_in_the_summary_and_marked(window, tmp_path, qtlog):
    path = tmp_path / "gaps.csv"
    path.write_text("Date,AAPL,MSFT\n2024-01-02,0.5,0.3\n2024-01-03,n/a,0.4\n")
    dialog = window.file_actions.import_csv(path)
    assert "Left out: 'AAPL' (row 3, column 2 holds 'n/a')" in dialog.summary.text()
    assert dialog.preview.item(2, 1).background().color().name() == "#ffc9c9"
    assert _warnings(qtlog) == []  # the marked cell is not inserted twice


def test_the_long_form_through_the_dialog(window, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(LONG)
    dialog = window.file_actions.import_csv(path)
    assert dialog.orientation.currentData() == "long"
    dialog.scale.setChecked(False)
    dialog.import_button.click()
    assert [(s.name, s.values) for s in window.state.document.sequences] == [
        ("MSFT", (300.5, 301.25)),
        ("AAPL", (141.0, 142.17, 145.03)),
    ]


def test_main_window_import_csv_asks_nothing_and_is_one_undo_step(window, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(LONG)
    assert window.import_csv(path) == 2
    document = window.state.document
    assert [s.name for s in document.sequences] == ["MSFT", "AAPL"]
    assert document.scaling is not None  # prices of 141 to 301: scaled, as the dialog would
    assert document.scaling.to_raw(document.sequences[1].values[1]) == pytest.approx(142.17)
    window.state.undo()
    assert window.state.document == statland()
    assert window.import_csv(tmp_path / "missing.csv") == 0
    assert "Cannot import missing.csv" in window.statusBar().currentMessage()
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert window.import_csv(empty) == 0
    assert window.state.document == statland()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("a\n" + '"' + "x" * 140_000 + "\n1\n", "131,072"),
        ("a\n" + "1" * 140_000 + "\n", "131,072"),
        ("Blue\r0.25\r0.75\r", None),  # classic Mac line endings read fine
    ],
    ids=["unclosed quote then over 128 KB", "a field over 131,072 characters", "CR only"],
)
def test_files_the_csv_module_cannot_split(window, tmp_path, qtlog, text, says):
    path = tmp_path / "odd.csv"
    path.write_text(text, newline="")
    dialog = window.file_actions.import_csv(path)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    if says is None:
        assert problems == [] and dialog.import_button.isEnabled()
    else:
        assert any(says in p for p in problems)
    dialog.reject()
    assert _warnings(qtlog) == []


def test_seeded_fuzz_through_the_dialog_never_raises(window, tmp_path, qtbot):
    rng = random.Random(1318)
    pieces = ['"', "\r", "\n", ",", ";", "\t", "0", "0.5", "142.17", "n/a", "$", "2024-01-02",
              "x", "1.234,5", "−", " ", "\r0", '""', "symbol", "date"]
    path = tmp_path / "fuzz.csv"
    for _ in range(60):
        path.write_text("".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))),
                        newline="")
        dialog = window.file_actions.import_csv(path)
        for index in range(dialog.orientation.count()):
            dialog.orientation.setCurrentIndex(index)
        if dialog.import_button.isEnabled():
            dialog.import_button.click()
        dialog.reject()
        window.import_csv(path)


def test_training_on_unscaled_prices_names_scaling_as_the_cause(window, tmp_path, qtbot):
    path = tmp_path / "prices.csv"
    days = zip(range(1, 8), (142.17, 141.5, 145.03, 146.2, 144.8, 147.1, 149.9),
               (31.2, 30.8, 29.5, 30.1, 28.7, 27.9, 28.4))
    path.write_text("Date,AAPL,XYZ\n" + "".join(f"2024-01-{d:02d},${a},${b}\n" for d, a, b in days))
    dialog = window.file_actions.import_csv(path)
    dialog.scale.setChecked(False)
    dialog.last_is_target.setChecked(True)
    dialog.import_button.click()
    panel = window.training_panel
    panel.train_button.click()
    qtbot.waitUntil(lambda: window.state.run_state != RUNNING, timeout=30_000)
    qtbot.waitUntil(lambda: "unscaled data are the likely cause" in panel.diagnosis_label.text(),
                    timeout=10_000)
    assert "27.9 to 149.9" in panel.diagnosis_label.text()
    window.state.stop()
    # Scaled, the same prices raise no such note.
    window.import_csv(path)
    assert window.state.document.scaling is not None
    assert out_of_range_note(window.state.document) == ""

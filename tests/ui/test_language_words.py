"""The chosen language reaches the Qt-free parts: numbers with a decimal comma in German and Spanish
that fields read back, files that keep '.', the diagnosis and the lesson's texts translated."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from rnngui.app import install_translations
from rnngui.engine import RNNParams, TrainConfig, diagnose, fmt, run_to_end, words
from rnngui.engine.diagnose import BOUNCING, RunContext
from rnngui.lesson import in_language
from rnngui.model.numbers import parse_number
from rnngui.ui.widgets.bad_input import locale_decimal, read_typed
from rnngui.ui.words_catalog import LANGUAGES, fields, read, templates, ts_path


@pytest.fixture(autouse=True)
def english_after(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    yield
    install_translations(QApplication.instance(), "en")


def switch(qtbot, code: str) -> None:
    assert install_translations(QApplication.instance(), code) == code
    qtbot.wait(1)  # Qt posts LanguageChange to the windows: let them have it


def exploding_run():
    """The lesson's exploding gradient (tests/engine/test_diagnose.py): 50 days, w2 from 1.05,
    every step overshoots; the context gives the loop's gain, so the words are the lesson's."""
    params = RNNParams(w1=1.0, w2=1.05, b1=0.0, w3=1.0, b2=0.0)
    config = TrainConfig(learning_rate=2e-7, max_steps=300, trainable=("w2",))
    records, end = run_to_end(params, [[1.0] * 50], [100.0], config)
    context = RunContext(loop_gain=max(r.params.w2 for r in records[-100:]) ** 49, loops=49)
    return records, end, context


# --- the diagnosis and the words catalogue ------------------------------------------------------
def test_a_bouncing_runs_diagnosis_is_spanish_and_german_with_its_numbers(qtbot):
    records, end, context = exploding_run()
    english = diagnose(records, end, 300, 100, context)
    assert english.kind == BOUNCING and english.message.startswith("Bouncing — the loss rose in")
    for code, start, cause in (
        ("es", "Rebota — la pérdida subió en", "gradientes que explotan"),
        ("de", "Springt — der Verlust stieg in", "explodierende Gradienten"),
    ):
        switch(qtbot, code)
        message = diagnose(records, end, 300, 100, context).message
        assert message.startswith(start) and cause in message, message
        assert "Bouncing" not in message and "Try a smaller" not in message
        w2_gradient = fmt(max(abs(r.grads.w2) for r in records[-100:]))
        assert "," in w2_gradient and w2_gradient in message  # 2,45e96 with the decimal comma
        assert "dSSR/dw2" in message and " 49 " in message  # the symbols and the loop count stay
    switch(qtbot, "en")
    assert diagnose(records, end, 300, 100, context).message == english.message  # byte-identical


def test_every_sentence_of_the_code_is_translated_in_the_compiled_files():
    """The .ts files hold every t("…") of the code with its fields, and the .qm are compiled
    from them (a template added to the code without running the extractor fails here)."""
    found = templates()
    assert any(s.startswith("Bouncing — ") for s in found) and len(found) >= 20
    for code in LANGUAGES:
        entries = read(ts_path(code))
        translator = QTranslator()
        assert translator.load(str(ts_path(code).with_suffix(".qm")))
        for source in found:
            entry = entries.get(source)
            assert entry is not None and entry.translation and entry.state is None, (code, source)
            assert fields(entry.translation) == fields(source), (code, source)
            assert translator.translate(words.CONTEXT, source) == entry.translation, (code, source)
        ET.parse(ts_path(code))  # well-formed for Qt Linguist


def test_the_translator_is_qts_and_english_needs_none(qtbot):
    switch(qtbot, "de")
    assert words.t("Start from other values.") == QCoreApplication.translate(
        "words", "Start from other values.") == "Beginne mit anderen Werten."
    switch(qtbot, "en")
    assert words.t("Start from other values.") == "Start from other values."


# --- numbers ------------------------------------------------------------------------------------
def test_numbers_follow_the_language_and_read_back(qtbot):
    switch(qtbot, "de")
    assert (fmt(0.5), words.whole(1234), locale_decimal()) == ("0,5", "1.234", ",")
    assert read_typed("0,5") == 0.5 and read_typed("1.234,56") == 1234.56
    assert read_typed(fmt(-0.123456)) == pytest.approx(-0.1235)
    switch(qtbot, "es")
    assert fmt(0.25) == "0,25" and read_typed("0,25") == 0.25
    switch(qtbot, "en")
    assert (fmt(0.5), words.whole(1234), locale_decimal()) == ("0.5", "1,234", ".")
    assert parse_number("1,234.5") == 1234.5


def test_under_german_the_canvas_and_readouts_show_decimal_commas(window, qtbot):
    canvas = window.network_canvas
    window.state.select(1)  # low, medium: w1 = 1.8, w2 = -0.5 in the lesson's weights
    assert canvas.copy_items[1].texts()["w1"] == "w1 = 1.8"
    switch(qtbot, "de")  # live: what is on screen is shown again
    assert canvas.copy_items[1].texts()["w1"] == "w1 = 1,8"
    assert canvas.copy_items[1].texts()["w2"] == "w2 = -0,5"
    assert "1,8×" in canvas.accessibleDescription()
    switch(qtbot, "en")
    assert canvas.copy_items[1].texts()["w1"] == "w1 = 1.8"


def test_typing_a_decimal_comma_in_a_weight_field_in_german_sets_it(window, qtbot):
    switch(qtbot, "de")
    canvas = window.network_canvas
    editor = canvas.edit_weight("w2")
    assert editor.text() == "-0,5"  # the field shows what the locale writes...
    editor.setText("0,25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.state.params.w2 == 0.25  # ...and reads it back
    box = window.training_panel.learning_rate
    assert "," in box.text() or "." not in box.text()
    box.lineEdit().setText("0,05")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 0.05


def test_project_files_keep_the_decimal_point_in_german(window, qtbot, tmp_path):
    switch(qtbot, "de")
    window.state.set_params(window.state.params.replace(w2=0.25))
    path = tmp_path / "german.rnnlab"
    assert window.save_file(path)
    data = json.loads(path.read_text(encoding="utf-8"))  # strict JSON: 0,25 would not parse
    assert data["params"]["w2"] == 0.25
    assert "0,25" not in path.read_text(encoding="utf-8")
    assert window.open_file(path) and window.state.params.w2 == 0.25


# --- the lesson panel ---------------------------------------------------------------------------
def test_a_lesson_step_follows_the_language_live_and_english_fills_a_gap(window, qtbot, tmp_path):
    lesson = {
        "format": "rnnlab-lesson", "version": 1, "title": {"en": "Loops", "es": "Bucles"},
        "steps": [{
            "title": {"en": "The loop", "es": "El bucle", "de": "Die Schleife"},
            "text": {"en": "w2 carries yesterday.", "es": "w2 lleva el ayer."},
            "try": {"text": {"en": "Press Train.", "es": "Pulsa Entrenar.", "de": "Drücke Trainieren."},
                    "button": {"en": "Train", "es": "Entrenar", "de": "Trainieren"}, "does": "train"},
            "show": [{"label": {"en": "w2 now", "es": "w2 ahora", "de": "w2 jetzt"},
                      "compute": {"param": "w2"}}],
            "question": {"ask": {"en": "What is w2?", "de": "Wie groß ist w2?"},
                         "compute": {"param": "w2"},
                         "explain": {"en": "The feedback weight.", "es": "El peso del bucle."}},
        }],
    }
    path = tmp_path / "loops.json"
    path.write_text(json.dumps(lesson), encoding="utf-8")
    panel = window.lesson_panel
    switch(qtbot, "es")
    assert panel.add_lesson_file(path)
    panel.show()
    qtbot.waitUntil(lambda: panel.applied)
    assert "El bucle" in panel.title.text() and "w2 lleva el ayer." in panel.text.text()
    assert panel.try_button.text() == "Entrenar" and "Pulsa Entrenar." in panel.try_label.text()
    assert "w2 ahora" in panel.readouts.text() and "-0,5" in panel.readouts.text()
    assert panel.ask.text() == "What is w2?"  # no Spanish: the English text
    assert panel.chooser.currentText() == "Bucles" and panel.step_chooser.currentText() == "El bucle"
    panel.answer.setText("-0,5")
    panel.reveal()
    assert "El peso del bucle." in panel.result.text() and "Tu respuesta -0,5 es correcta" in (
        panel.result.text())
    switch(qtbot, "de")
    assert "Die Schleife" in panel.title.text()
    assert panel.text.text() == "w2 carries yesterday."  # no German: English
    assert panel.ask.text() == "Wie groß ist w2?" and panel.try_button.text() == "Trainieren"
    assert "w2 jetzt" in panel.readouts.text()
    assert panel.answer.text() == "-0,5" and "Deine Antwort -0,5 ist richtig" in panel.result.text()
    assert "The feedback weight." in panel.result.text()
    assert panel.chooser.currentText() == "Loops"
    switch(qtbot, "en")
    assert "The loop" in panel.title.text() and panel.try_button.text() == "Train"


def test_the_shipped_lesson_in_spanish_and_german(window, qtbot):
    panel = window.lesson_panel
    entry = next(e for e in panel.entries if e.path.name == "statquest-rnn.json")
    switch(qtbot, "es")
    panel.choose_lesson(panel.entries.index(entry))
    panel.show()
    qtbot.waitUntil(lambda: panel.applied)
    panel.go_to(3)  # the feedback loop
    assert window.statusBar().currentMessage().startswith(
        "El paso 4 de la lección cargó «StatLand rules». Editar → Deshacer")
    step = entry.lesson.steps[3]
    assert in_language(step.title, "es") in panel.title.text()
    assert "bucle" in panel.text.text() and "w2" in panel.text.text()
    assert panel.position.text() == "Paso 4 de 9" and "Prueba esto:" in panel.try_label.text()
    panel.answer.setText("0,9")
    panel.reveal()  # 0.99 is the engine's: the sentence, the figure, the explanation in Spanish
    result = panel.result.text()
    assert "El motor dice <b>0,99</b>." in result and "se desvía en 0,09" in result
    assert "Es la cifra de la lección, 1." in result and "1,8 x 0,5 = 0,9" in result
    switch(qtbot, "de")
    assert "Rückkopplungsschleife" in panel.title.text()
    assert "w1 = 1,8" in panel.ask.text() and panel.position.text() == "Schritt 4 von 9"
    assert "Die Engine sagt <b>0,99</b>." in panel.result.text()
    panel.go_to(6)  # a lesson figure written 2^50 and the engine's 1,13e15
    assert "Lektion: 2^50" in panel.readouts.text() and "1,126e15" not in panel.readouts.text()
    assert "1,13e15" in panel.readouts.text()


def test_csv_import_and_project_file_messages_follow_the_language(qtbot):
    from rnngui.model import csv_data, project_file

    def problem_of_bad_bytes() -> str:
        return str(csv_data.decode(b"name,value\nBlue,\xff\n")[1])

    def project_error(text: str) -> str:
        with pytest.raises(project_file.ProjectFileError) as info:
            project_file.loads(text)
        return str(info.value)

    english = (problem_of_bad_bytes(), project_error('{"format": "rnnlab", "version": 99}'))
    assert english[0].startswith("row 2: not UTF-8 text: byte 0xff at offset 16.")
    switch(qtbot, "es")
    assert problem_of_bad_bytes().startswith("fila 2: no es texto UTF-8: byte 0xff en la posición 16.")
    assert "el archivo parece cortado" in project_error('{"format": "rnnlab"')
    switch(qtbot, "de")
    assert project_error('{"format": "rnnlab", "version": 99}').startswith(
        "diese Datei wurde von einem neueren RNN Lab geschrieben (Formatversion 99)")
    text = "name,value\nBlue,1\nBlue,\nRed,2,3\n"  # a ragged file: Blue has an empty cell
    result = csv_data.parse(text, csv_data.detect(text))
    assert result.problems and all(str(p).startswith("Zeile ") for p in result.problems)
    assert any("leere Zelle in 'Blue'" in str(p) for p in result.problems)
    assert result.left_out and "ist leer" in result.left_out[0]
    switch(qtbot, "en")
    assert (problem_of_bad_bytes(), project_error('{"format": "rnnlab", "version": 99}')) == english


def test_a_finished_runs_diagnosis_line_switches_language_live(window, qtbot):
    from dataclasses import replace

    from rnngui.session.state import DIVERGED, FINISHED

    state = window.state
    state.set_training(replace(state.document.training, max_steps=60))
    state.start_training()
    qtbot.waitUntil(lambda: state.run_state in (FINISHED, DIVERGED), timeout=20000)
    label = window.training_panel.diagnosis_label
    english = label.text()
    assert english.startswith("Converging — SSR fell to") and "step 60" in english
    switch(qtbot, "de")
    assert label.text().startswith("Konvergiert gerade — die SSR fiel bei Schritt 60 auf")
    loss = english.split("SSR fell to ")[1].split(" at step")[0]
    assert loss.replace(".", ",") in label.text()  # the same number, the German way
    switch(qtbot, "es")
    assert label.text().startswith("Converge — la SSR bajó a ")
    switch(qtbot, "en")
    assert label.text() == english


# --- the model's and the lesson's remaining sentences, numbers on the plots ----------------------
def test_a_refused_number_in_german_is_german_and_quotes_what_was_typed(qtbot):
    from rnngui.model.numbers import CurrencyError, NumberError

    def refusal(text: str, error: type = NumberError) -> str:
        with pytest.raises(error) as info:
            parse_number(text, locale_decimal())
        return str(info.value)

    english = (refusal("12abc"), refusal("$14.80", CurrencyError), refusal(" "))
    assert english == ("'12abc' is not a number",
                       "'$14.80' is a price with its currency sign; type the number alone",
                       "the text is empty: type a number")
    switch(qtbot, "de")
    assert refusal("12abc") == "'12abc' ist keine Zahl"
    assert refusal("14,80 €", CurrencyError).startswith("'14,80 €' ist ein Preis mit Währungszeichen")
    assert refusal("1,234,567").startswith("'1,234,567' hat mehrere Kommas")
    assert refusal("x" * 300) == "'" + "x" * 39 + "…' (300 Zeichen) ist keine Zahl"
    switch(qtbot, "en")
    assert (refusal("12abc"), refusal("$14.80", CurrencyError), refusal(" ")) == english


def test_a_project_files_field_error_in_spanish_names_the_place(qtbot):
    from rnngui.model import project_file
    from rnngui.model.presets import statland

    data = project_file.to_dict(statland())
    data["sequences"][1]["values"][1] = "x"

    def error_of(data: dict) -> str:
        with pytest.raises(project_file.ProjectFileError) as info:
            project_file.loads(json.dumps(data))
        return str(info.value)

    english = error_of(data)
    assert english == ('sequence 2, day 2 (sequences[1].values[1]) must be a number, '
                       'not text ("x")')
    switch(qtbot, "es")
    assert error_of(data) == ('secuencia 2, día 2 (sequences[1].values[1]) debe ser un número, '
                              'no un texto ("x")')
    data["training"]["learning_rate"] = 50
    assert error_of({**data, "sequences": project_file.to_dict(statland())["sequences"]}) == (
        "training.learning_rate es 50; debe estar entre 1e-05 y 10")
    switch(qtbot, "de")
    data["sequences"][1]["values"][1] = [1]
    assert error_of(data) == ("Folge 2, Tag 2 (sequences[1].values[1]) muss eine Zahl sein, ist "
                              "aber eine Liste")
    switch(qtbot, "en")
    data["sequences"][1]["values"][1] = "x"
    assert error_of(data) == english


def test_the_lessons_computed_lines_follow_the_language(qtbot):
    from rnngui.lesson.compute import ComputeError, compute
    from rnngui.model.presets import statland

    document = statland()
    english = compute({"ssr": {}}, document).what
    assert english == "SSR over the training sequences with the current weights"
    switch(qtbot, "de")
    assert compute({"ssr": {}}, document).what == "SSR über die Trainingsfolgen mit den aktuellen Gewichten"
    with pytest.raises(ComputeError, match="^es gibt gerade keine Folge namens 'Nobody'"):
        compute({"prediction_of": "Nobody"}, document)
    switch(qtbot, "en")
    assert compute({"ssr": {}}, document).what == english


def test_a_german_plot_axis_labels_its_ticks_with_a_decimal_comma(window, qtbot):
    from PySide6.QtGui import QPainter, QPixmap

    from rnngui.ui.widgets.plot_style import ThinAxis

    axis = ThinAxis("left")
    english = axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5)
    assert english == ["0.0", "0.5", "1.0"]
    switch(qtbot, "de")
    assert axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5) == ["0,0", "0,5", "1,0"]
    assert axis.tickStrings([2.5e-5], 1.0, 1e-5) == ["2,5·10⁻⁵"]
    # the window's own plots draw them so (the labels pyqtgraph lays out for painting)
    axes = []
    for widget in window.findChildren(pg.PlotWidget):
        for name in ("left", "bottom"):
            item = widget.getPlotItem().getAxis(name)
            if isinstance(item, ThinAxis):
                axes.append(item)
    assert axes
    texts = []
    for item in axes:
        item.setRange(0.0, 1.0)
        pixmap = QPixmap(10, 10)
        painter = QPainter(pixmap)
        specs = item.generateDrawSpecs(painter)
        painter.end()
        texts += [spec[2] for spec in (specs[2] if specs else [])]
    assert any("," in text for text in texts) and not any("." in text for text in texts), texts
    switch(qtbot, "en")
    assert axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5) == english

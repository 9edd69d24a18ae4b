"""The whole window in Spanish and German: no catalogued English left on any page, switching
languages back and forth gives every text back, dialogs are translated as they open, and a
pseudo-translation 40 % longer than English still fits a 1366×728 classroom screen."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget

from rnngui.app import install_translations
from rnngui.resources import resources_dir
from rnngui.ui.languages import CONTEXT, is_words, tr, translate_window
from rnngui.ui.languages.extract import source_templates
from rnngui.ui.languages.tree import slots_of
from tests.ui.fit import misfits

FOLDER = resources_dir() / "translations"


@pytest.fixture(autouse=True)
def english_after(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    yield
    install_translations(QApplication.instance(), "en")


def catalogue(code: str) -> dict[str, str]:
    """Finished translations of ``code``: English source → translation."""
    root = ET.parse(FOLDER / f"rnnlab_{code}.ts").getroot()
    return {m.findtext("source"): m.findtext("translation") or "" for m in root.iter("message")
            if m.find("translation").get("type") is None}


def english_left(code: str) -> set[str]:
    """The sources whose translation differs: shown as they are, they are English left over."""
    return {s for s, t in catalogue(code).items() if t != s}


def make_window(qtbot, size=(1366, 768)):
    from rnngui.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.file_actions.maybe_save = lambda: True
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window


def close(window) -> None:
    window.state.shutdown()
    window.gradient_lab.shutdown()


def pages(window):
    """Every tab of every tab widget shown in turn (nested pages too), then back to the first."""
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            yield f"{tabs.objectName()}/{i}"
        tabs.setCurrentIndex(0)


def shown_english(root: QWidget, english: set[str]) -> list[str]:
    """Texts of visible widgets and of every menu action under ``root`` that are English."""
    found = []
    for slot in slots_of(root):
        owner = slot.owner
        if isinstance(owner, QWidget) and not isinstance(owner, QMenu) and not owner.isVisible():
            continue
        text = slot.get()
        if text in english:
            found.append(f"{owner.objectName() or type(owner).__name__}.{slot.key}: {text!r}")
    return found


@pytest.mark.parametrize("code", ["es", "de"])
def test_no_english_left_on_any_page(qtbot, code):
    assert install_translations(QApplication.instance(), code) == code
    window = make_window(qtbot)
    english = english_left(code)
    assert len(english) > 400  # the catalogue covers the interface, not only the menus
    left = set(shown_english(window, english))
    for page in pages(window):
        left |= {f"{page}: {line}" for line in shown_english(window, english)}
    close(window)
    assert not left, "\n".join(sorted(left))


def test_switching_es_de_en_es_gives_every_text_back(qtbot):
    install_translations(QApplication.instance(), "en")
    window = make_window(qtbot)
    slots = [s for s in slots_of(window) if is_words(s.get())]
    english = [s.get() for s in slots]
    menu = {a.objectName(): a for a in window.teaching.language_menu.actions()}
    menu["language_es"].trigger()
    spanish = [s.get() for s in slots]
    changed = sum(a != b for a, b in zip(english, spanish, strict=True))
    assert changed > 300, changed  # the whole tree, not the menus alone
    menu["language_de"].trigger()
    german = [s.get() for s in slots]
    assert sum(a != b for a, b in zip(spanish, german, strict=True)) > 250
    menu["language_en"].trigger()
    assert [s.get() for s in slots] == english
    menu["language_es"].trigger()
    assert [s.get() for s in slots] == spanish
    # a text code sets meanwhile is its own new source: a switch does not put the old one back
    window.findChild(QWidget, "stopWhenConverged").setText("custom")
    menu["language_de"].trigger()
    assert window.findChild(QWidget, "stopWhenConverged").text() == "custom"
    # a text code translated itself (Train → Resume while paused) follows the next switch
    button = window.training_panel.train_button
    button.setText(tr("Resume"))
    assert button.text() == "Fortsetzen"
    menu["language_es"].trigger()
    assert button.text() == "Reanudar"
    menu["language_en"].trigger()
    assert button.text() == "Resume"
    close(window)


def test_a_screen_reader_hears_the_chosen_language(qtbot):
    """Made-up accessible descriptions ("A slider: …") are made again in the language."""
    install_translations(QApplication.instance(), "es")
    window = make_window(qtbot)
    slider = window.findChild(QWidget, "learningRateSlider")
    assert slider.accessibleDescription() == "Tasa de aprendizaje en escala logarítmica"
    described = [w.accessibleDescription() for w in window.findChildren(QWidget)
                 if w.accessibleDescription().startswith(("A ", "Un ", "Una "))]
    assert described and not [d for d in described if d.startswith("A ")], described
    close(window)


def test_dialogs_are_translated_as_they_open(qtbot):
    install_translations(QApplication.instance(), "de")
    window = make_window(qtbot)
    from rnngui.ui.sequences.scaling_dialog import ScalingDialog

    dialog = ScalingDialog(window.state, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Scale prices to [0, 1]"  # built in English
    dialog.show()  # the show-time translator
    QApplication.processEvents()
    assert dialog.windowTitle() == "Preise auf [0, 1] skalieren"
    assert not shown_english(dialog, english_left("de"))
    dialog.close()
    close(window)


def test_the_extractor_finds_the_tr_templates_and_the_catalogue_is_current():
    """Every tr("…") template in the source is in both catalogues, finished: the extractor was
    run again (and translated) after code added one."""
    templates = source_templates(resources_dir().parent / "rnngui")
    assert all(isinstance(t, str) for t in templates)
    for code in ("es", "de"):
        done = catalogue(code)
        missing = [t for t in templates if is_words(t) and t not in done]
        assert not missing, (code, missing)


@pytest.mark.parametrize("code", ["es", "de"])
def test_translations_keep_the_values_markup_and_mnemonics(code):
    """A template's {values} are all in its translation (else .format fails at run time), rich
    text keeps its tags, a menu text keeps one & for its Alt key."""
    for source, translation in catalogue(code).items():
        assert set(re.findall(r"{\w*}", source)) == set(re.findall(r"{\w*}", translation)), source
        assert re.findall(r"</?\w+", source) == re.findall(r"</?\w+", translation), source
        assert (source.count("&") - source.count("&&") * 2 > 0) == (
            translation.count("&") - translation.count("&&") * 2 > 0), source


def test_symbols_numbers_and_formulas_are_not_words():
    for text in ("w1", "b2", "SSR", "ReLU", "sum2", "y1", "x3", "0.5", "w2 = 2", "|dSSR/dw2|",
                 "wlr1, wlr2, blr1", "1,8, -0,5, 0, 1,1, 0", "2^50"):
        assert not is_words(text), text
    for text in ("Train", "Learning rate", "only w2", "<b>Network</b>", "&File"):
        assert is_words(text), text
    assert tr("no such text anywhere") == "no such text anywhere"


class Longer(QTranslator):
    """Every text 40 % longer (accented padding, mnemonics and markup left as they are): a
    language that needs more room than English, to find what would be clipped."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        if context != CONTEXT or not source or not is_words(source):
            # no translation: a null string (None); an empty one would be taken as the
            # translation, blanking Qt's own texts (and their %1 arguments)
            return None
        # words of five letters, as a language has them (one long unbreakable run would make
        # any word-wrapped paragraph as wide as the run)
        extra = max(2, math.ceil(len(source) * 0.4))
        padding = " ".join(["ééééé"] * (extra // 6 + 1))[: extra - 1]
        return f"{source} {padding.strip()}"


def test_a_language_40_percent_longer_fits_1366x728(qtbot):
    app = QApplication.instance()
    install_translations(app, "en")
    longer = Longer(app)
    app.installTranslator(longer)
    try:
        window = make_window(qtbot, (1366, 728))
        translate_window(window)
        assert window.tabs.tabText(0).startswith("Network and training é")
        problems = []
        for lesson in (False, True):
            window.lesson_panel.setVisible(lesson)
            for page in pages(window):
                for _ in range(3):  # layouts that depend on sizes (flows, folding) take a round
                    QApplication.processEvents()
                    qtbot.wait(5)
                assert window.size().toTuple() == (1366, 728), (lesson, page)  # its minimum lets it
                problems += [f"lesson {lesson} {page}: {p}" for p in misfits(window)]
        window.lesson_panel.hide()
        close(window)
    finally:
        app.removeTranslator(longer)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("code", ["es", "de"])
def test_spanish_and_german_fit_the_classroom_screens(qtbot, code):
    """The real translations (German runs long) fit 1366×728 and 1024×600, lesson open or not."""
    install_translations(QApplication.instance(), code)
    window = make_window(qtbot)
    problems = []
    for size in ((1366, 728), (1024, 600)):
        window.resize(*size)
        for lesson in (False, True):
            window.lesson_panel.setVisible(lesson)
            for page in pages(window):
                for _ in range(3):
                    QApplication.processEvents()
                    qtbot.wait(5)
                assert window.size().toTuple() == size, (size, lesson, page)
                problems += [f"{size} lesson {lesson} {page}: {p}" for p in misfits(window)]
    window.lesson_panel.hide()
    close(window)
    assert not problems, "\n".join(sorted(set(problems)))


def test_an_english_text_is_never_taken_back_to_another_source():
    """The engine's words translate "name" as German "Name": read back through every catalogue,
    the editor's English "Name" label became "name" in Spanish."""
    from rnngui.ui.languages.tree import english_of

    assert english_of("Name") == "Name"
    assert english_of("Nombre") == "Name"  # a translation is still taken back to its source

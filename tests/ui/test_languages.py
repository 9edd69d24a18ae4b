"""Languages: install_translations, --language, LANGUAGE=..., View → Language, Spanish and German
menus and tabs, the translation files (the whole widget tree: test_languages_tree.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from rnngui.app import install_translations, parse_args
from rnngui.resources import resources_dir
from rnngui.ui.languages import LANGUAGES, is_words
from rnngui.ui.languages.tree import source_text

ROOT = Path(__file__).resolve().parents[2]
FOLDER = resources_dir() / "translations"
# Not interface words: the presets are example projects' names, the languages name themselves.
NOT_TRANSLATED = {"StatLand rules", "Blue (9 days) and Red (5 days)", "Exploding gradients (w2 = 2)",
                  "Exploding gradients over 51 days", "Vanishing gradients",
                  "Company A and B (LSTM chapter)", *LANGUAGES.values()}


@pytest.fixture(autouse=True)
def english_after(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNLAB_DATA_DIR", str(tmp_path))
    yield
    install_translations(QApplication.instance(), "en")


def _menu_texts(window) -> list[tuple[str, str]]:
    """(shown text, English source) of every menu title and menu action."""
    out = []

    def walk(menu: QMenu) -> None:
        out.append((menu.menuAction().text(), source_text(menu.menuAction(), "text")))
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu())
            else:
                out.append((action.text(), source_text(action, "text") or action.text()))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return out


def english_sources(code: str) -> set[str]:
    """The English texts the catalogue translates to something else in ``code`` (a shown text
    among them is English left over; a source translated as itself, like "Start", is not)."""
    root = ET.parse(FOLDER / f"rnnlab_{code}.ts").getroot()
    return {m.findtext("source") for m in root.iter("message")
            if m.find("translation").get("type") is None
            and m.findtext("translation") != m.findtext("source")}


def _titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _make_window(qtbot):
    from rnngui.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    return win


@pytest.mark.parametrize(("code", "titles", "tab"), [
    ("es", ["&Archivo", "&Editar", "&Preajustes", "E&jecutar", "Lecció&n", "&Ver", "Ay&uda"],
     "Red y entrenamiento"),
    ("de", ["&Datei", "&Bearbeiten", "&Vorlagen", "&Ausführen", "Lektio&n", "&Ansicht", "&Hilfe"],
     "Netz und Training"),
])
def test_the_menus_and_tabs_in_spanish_and_german(qtbot, code, titles, tab):
    assert install_translations(QApplication.instance(), code) == code
    window = _make_window(qtbot)
    assert _titles(window) == titles
    assert window.tabs.tabText(0) == tab
    english = english_sources(code)
    messages = list(ET.parse(FOLDER / f"rnnlab_{code}.ts").getroot().iter("message"))
    catalogue = {m.findtext(part) for m in messages for part in ("source", "translation")}
    # English left: a catalogued text shown untranslated, or words the catalogue never listed
    # (the presets are example projects' names, the languages name themselves, the recent files
    # list is made again as it changes)
    left = [(shown, source) for shown, source in _menu_texts(window)
            if shown in english or (shown not in catalogue and is_words(shown) and shown == source
                                    and shown.replace("&", "") not in NOT_TRANSLATED
                                    and not shown.startswith("("))]
    assert not left, left
    # the parts that add to the menus found them while they were English
    help_menu = window.menuBar().actions()[-1].menu()
    assert len([a for a in help_menu.actions() if not a.isSeparator()]) >= 3
    window.state.shutdown()
    window.gradient_lab.shutdown()


def test_view_language_switches_live_and_is_remembered(qtbot):
    install_translations(QApplication.instance(), "en")
    window = _make_window(qtbot)
    assert _titles(window)[0] == "&File"
    menu = window.teaching.language_menu
    by_name = {a.objectName(): a for a in menu.actions()}
    assert set(by_name) == {"language_system", "language_en", "language_es", "language_de"}
    by_name["language_es"].trigger()
    assert _titles(window)[0] == "&Archivo"
    assert window.tabs.tabText(1) == "Laboratorio de gradientes"
    assert window.gradient_lab.tabs.tabText(0) == "A través del tiempo"
    assert menu.menuAction().text() == "&Idioma"
    assert by_name["language_de"].text() == "Deutsch"  # a language keeps its own name
    by_name["language_de"].trigger()  # from one translation to another
    assert _titles(window)[0] == "&Datei"
    assert window.teaching.settings.value("view/language") == "de"
    by_name["language_en"].trigger()
    assert _titles(window)[0] == "&File"
    assert window.tabs.tabText(0) == "Network and training"
    window.state.shutdown()
    window.gradient_lab.shutdown()


def test_no_translation_for_a_language_falls_back_to_english():
    app = QApplication.instance()
    assert install_translations(app, "fr") == "en"
    assert install_translations(app, "en") == "en"
    with pytest.raises(SystemExit):
        parse_args(["--language", "xx"])  # argparse says which languages there are
    assert parse_args(["--language", "es"]).language == "es"


def _run(script: str, env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_language_env_and_the_command_line(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "RNNLAB_DATA_DIR": str(tmp_path)}
    follow = ("from PySide6.QtWidgets import QApplication\n"
              "from rnngui.app import install_translations\n"
              "print(install_translations(QApplication([])))\n")
    assert _run(follow, {**env, "LANGUAGE": "es", "LANG": "es_ES.UTF-8", "LC_ALL": ""}) == "es"
    assert _run(follow, {**env, "LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": ""}) == "de"
    shot = tmp_path / "es.png"
    main = ("import rnngui.app as app, rnngui.ui.main_window as mw\n"
            "made = []\n"
            "init = mw.MainWindow.__init__\n"
            "def spy(self, *a, **k):\n"
            "    init(self, *a, **k)\n"
            "    made.append([m.text() for m in self.menuBar().actions()])\n"
            "mw.MainWindow.__init__ = spy\n"
            f"code = app.main(['--language', 'es', '--screenshot', {str(shot)!r}])\n"
            "print(code, made[0][0], made[0][-1])\n")
    assert _run(main, env) == "0 &Archivo Ay&uda"
    assert shot.is_file()


def test_the_translation_files_are_complete_and_compiled(tmp_path):
    sources = {}
    for code in ("es", "de"):
        ts = FOLDER / f"rnnlab_{code}.ts"
        root = ET.parse(ts).getroot()
        messages = root.findall("./context/message")
        assert messages
        # none unfinished ("vanished": a text no longer found, kept in case its widget returns)
        assert all(m.find("translation").text and m.find("translation").get("type") in
                   (None, "vanished") for m in messages)
        sources[code] = [m.find("source").text for m in messages]
        assert (FOLDER / f"rnnlab_{code}.qm").is_file()
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        if lrelease:  # the committed .qm is what the .ts compiles to
            fresh = tmp_path / f"{code}.qm"
            subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True,
                           capture_output=True, timeout=60)
            assert fresh.read_bytes() == (FOLDER / f"rnnlab_{code}.qm").read_bytes()
    assert sources["es"] == sources["de"]

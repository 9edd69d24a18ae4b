"""Start RNN Lab: the QApplication, the command-line flags, and main()."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import __version__

# The training loop is pure Python on a worker thread; a short switch interval lets the GUI
# thread take the interpreter lock within a millisecond when it needs to repaint.
SWITCH_INTERVAL = 0.001
SELF_TEST_STEPS = 200


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rnn-lab", description="RNN Lab " + __version__)
    parser.add_argument("file", nargs="?", help="a .rnnlab project to open")
    parser.add_argument("--screenshot", metavar="PATH", help="save the window as a PNG and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="train on the worker thread, check, and exit"
    )
    parser.add_argument(
        "--language", choices=("en", "es", "de"),
        help="the interface's language (default: View → Language, else the system's)",
    )
    parser.add_argument("--version", action="version", version=__version__)
    return parser.parse_args(argv)


def make_application(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("RNN Lab")
    app.setOrganizationName("RNN Lab")
    app.setApplicationVersion(__version__)
    set_window_icon(app)
    return app


_translators: list = []  # installed by install_translations; replaced when it is called again


def install_translations(app, language: str | None = None) -> str:
    """Install the translators (``_install_translators``), then tell the Qt-free parts (engine
    and model sentences, numbers, lesson texts) the language and its locale."""
    from .ui.language_words import apply_language

    shown = _install_translators(app, language)
    apply_language(shown, follow_system=not language)
    return shown


def _install_translators(app, language: str | None = None) -> str:
    """Install the translators for ``language`` (a code such as "es"; None = the system's UI
    languages in order, so LANGUAGE=es works): RNN Lab's own from resources/translations and Qt's
    qtbase (its dialogs' standard buttons). Returns the language used; "en" when there is no
    translation for any wanted one (English is the source, it needs none)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from .resources import resources_dir

    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    wanted = [language] if language else list(QLocale.system().uiLanguages())
    folder = resources_dir() / "translations"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in wanted:
        short = code.replace("_", "-").split("-")[0].lower()
        if short == "en":
            return "en"
        # RNN Lab's interface first, then any other catalogue for the language (the lesson
        # words' rnnlab_words_xx.qm): each file dropped in the folder is loaded
        files = sorted(folder.glob(f"*_{short}.qm"), key=lambda f: f.name != f"rnnlab_{short}.qm")
        if not files:
            continue
        for file in files:
            own = QTranslator(app)
            if own.load(str(file)):
                app.installTranslator(own)
                _translators.append(own)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{short}", qt_folder):
            app.installTranslator(qt)
            _translators.append(qt)
        return short
    return "en"


def set_window_icon(app) -> None:
    """Give every window the RNN Lab icon; the desktop file name lets Linux docks match the
    running window to the installed rnn-lab.desktop entry."""
    from PySide6.QtGui import QIcon

    from .resources import icon_paths

    icon = QIcon()
    for path in icon_paths():
        icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)
    app.setDesktopFileName("rnn-lab")


def self_test(window, app) -> int:
    """Train at least 200 steps on the worker thread and check that the loss fell."""
    from .engine import RNNParams

    state = window.state
    state.set_params(RNNParams(w1=0.5, w2=0.1, b1=0.0, w3=0.5, b2=0.0), "Self-test start")
    start_loss = None
    state.start_training()
    deadline = time.monotonic() + 20
    while state.is_active and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    state.stop()
    rows = state.history.rows
    if len(rows) < SELF_TEST_STEPS:
        print(f"self-test FAILED: only {len(rows)} steps were trained", file=sys.stderr)
        return 1
    start_loss, end_loss = float(rows[0, 1]), float(rows[-1, 1])
    if not end_loss < start_loss:
        print(f"self-test FAILED: SSR went from {start_loss:g} to {end_loss:g}", file=sys.stderr)
        return 1
    print(
        f"self-test passed: {int(rows[-1, 0])} steps on the worker thread, "
        f"SSR {start_loss:.4g} -> {end_loss:.3g}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    sys.setswitchinterval(SWITCH_INTERVAL)
    app = make_application(sys.argv[:1])
    from .ui.languages import saved_language
    from .ui.main_window import MainWindow
    from .ui.teaching.teaching import teaching_settings

    # before the window is built: its menus are translated as it is made
    install_translations(app, args.language or saved_language(teaching_settings()) or None)

    if args.screenshot or args.self_test:
        from .ui import prompts

        prompts.HEADLESS = True  # no one is there to answer a dialog; keep recovery files alone
    from .ui.teardown import pointers

    existing = pointers(app.topLevelWidgets())  # main() inside a test: its windows stay
    window = MainWindow()
    window.file_actions.offer_recovery()  # after a crash: restore the unsaved work?
    if args.file:
        window.open_file(Path(args.file))
    if args.screenshot:
        window.show()
        for _ in range(5):
            app.processEvents()
        ok = window.grab().save(args.screenshot)
        tear_down(window, app, existing)
        return 0 if ok else 1
    if args.self_test:
        window.show()
        code = self_test(window, app)
        tear_down(window, app, existing)
        return code
    window.show()
    code = app.exec()
    tear_down(window, app, existing)
    return code


def tear_down(window, app, keep: frozenset[int] = frozenset()) -> None:
    """Quit with nothing left for the interpreter's teardown to destroy: every thread joined and
    every widget deleted while the QApplication still exists (see ui/teardown.py: left to
    Python's finalisation they were destroyed in an arbitrary order, an occasional SIGSEGV at
    exit)."""
    from .ui.teardown import release_widgets

    if window.isVisible():  # closed already after app.exec(): a second close would ask again
        window.close()  # closeEvent stops training, the side-by-side runs and the landscape jobs
    window.state.shutdown()  # (again, for a window whose close was refused or never shown)
    window.gradient_lab.shutdown()
    release_widgets(app, keep)

"""Tell the Qt-free parts of the app which language and locale the learner chose.

``rnngui.app.install_translations`` calls :func:`apply_language` after it has installed (or
removed) the translators: the engine's and model's sentences then go through Qt's translators
(context ``words``, in resources/translations/rnnlab_words_*.ts), numbers are written with the
chosen locale's decimal separator, and lesson texts pick the language's version. Widgets learn of
the switch from Qt's LanguageChange event, which installing a translator sends to every window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from ..engine import words


def _translate(template: str) -> str:
    return QCoreApplication.translate(words.CONTEXT, template)


def locale_for(code: str, follow_system: bool) -> QLocale:
    """The locale numbers follow: the system's when it speaks the language shown (es_MX keeps
    its decimal point), else the language's own (German: a decimal comma)."""
    system = QLocale.system()
    if follow_system and (code == "en" or QLocale(code).language() == system.language()):
        return system
    return QLocale(code)


def apply_language(code: str, follow_system: bool = False) -> None:
    """``code`` is the language shown ("en", "es", "de"); ``follow_system``: none was chosen."""
    locale = locale_for(code, follow_system)
    QLocale.setDefault(locale)
    point = locale.decimalPoint()
    before = words.decimal()
    words.set_decimal(point if point in (".", ",") else ".")
    changed = words.decimal() != before or words.language() != code
    words.set_language(code)
    words.set_translator(None if code == "en" else _translate)
    if changed:
        redraw_numbers()


def redraw_numbers() -> None:
    """Every open window shows its numbers and the diagnosis again, in the separator and the
    language just chosen: the views follow the state's own change signals, so the state says
    "this is what you show" once more (the document and the weights are the same objects:
    nothing is edited, no undo step is made)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        # the window's locale reaches every child that has none of its own: spin boxes write
        # their value again (QEvent.LocaleChange), and read what they now write
        widget.setLocale(QLocale())
        state = getattr(widget, "state", None)
        if state is None or not hasattr(state, "documentChanged"):
            continue
        state.documentChanged.emit(state.document)
        state.paramsChanged.emit(state.params)
        state.trainingSettingsChanged.emit(state.document.training)
        diagnosis = getattr(state, "diagnosis", None)
        if diagnosis is not None and hasattr(diagnosis, "retold"):
            state.diagnosisChanged.emit(diagnosis.retold())  # the diagnosis line, retold

"""The interface in the learner's language, through Qt's translators.

``rnngui.app.install_translations`` installs the translators (every resources/translations/*_xx.qm
and Qt's qtbase_xx.qm). ``translate_window`` gives every widget, menu and action of the window its
translated text (window.py, tree.py); dialogs are translated as they are shown. Code that builds
a text at run time translates its template: ``tr("Step {step} of {total}").format(...)``
(catalog.py). ``python -m rnngui.ui.languages.extract`` collects every text into the .ts files
(extract.py, ts_file.py); menu.py is View → Language.
"""

from .catalog import CONTEXT, is_words, tr
from .menu import (
    LANGUAGE_KEY,
    LANGUAGES,
    SYSTEM_LANGUAGE,
    build_language_menu,
    choose_language,
    saved_language,
)
from .tree import source_text
from .window import translate_dialog, translate_menu, translate_tabs, translate_window

__all__ = [
    "CONTEXT", "LANGUAGES", "LANGUAGE_KEY", "SYSTEM_LANGUAGE", "build_language_menu", "choose_language",
    "is_words", "saved_language", "source_text", "tr", "translate_dialog", "translate_menu",
    "translate_tabs", "translate_window",
]

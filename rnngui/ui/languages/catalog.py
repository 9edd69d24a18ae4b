"""The one translation context of RNN Lab's interface and the test of what is a word to translate.

Every interface text, static (walked in the widget tree) or built by code at run time (``tr`` at
the call site), is looked up in the context "MainWindow": one context keeps the .ts files simple
for a teacher who translates, and the same English words get the same translation everywhere.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

CONTEXT = "MainWindow"

# The lesson's symbols, the app's name and file formats stay as they are in every language: a
# text made only of them (and numbers, signs, punctuation) is not a word to translate.
SYMBOLS = re.compile(
    r"\b(?:[wbxyhcstfiog][a-z]{0,2}_?\d+|x_t|[wbxyh]|SSR|ReLU|sum\d*|RNN(?: Lab)?|LSTM|CSV|"
    r"SVG|PNG|PDF|JSON|"
    r"d?SSR/d\w+|dy/d\w+|tanh|sigmoid|log|exp|max|min|lr|Ctrl|Shift|Alt|Esc|F\d+)\b"
)
WORD = re.compile(r"[^\W\d_]{2,}")


def tr(text: str) -> str:
    """``text`` in the installed language (itself when there is no translation). For a text
    with values, translate the template first: ``tr("Step {step} of {total}").format(...)``."""
    return QCoreApplication.translate(CONTEXT, text)


def is_words(text: str) -> bool:
    """Does ``text`` hold a word to translate (not only symbols, numbers and punctuation)?"""
    if not text or not text.strip():
        return False
    plain = re.sub(r"<[^>]*>|&[A-Za-z]+;|&#\d+;", " ", text).replace("&", "")
    return bool(WORD.search(SYMBOLS.sub(" ", plain)))

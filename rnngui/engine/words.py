"""The app's sentences and numbers in the learner's language, without Qt. Qt-free.

The engine, the model and the lesson build English sentences; the UI may install a translator
(``set_translator``, backed by ``QCoreApplication.translate``) and the chosen locale's decimal
separator (``set_decimal``) when a language is installed or switched. Until it does, everything
here is the identity: English text and the decimal point, so headless use and the tests that
assert the lesson's wording see exactly what they always saw.

It lives in the engine because the engine's sentences (the diagnosis) need it and the engine
imports nothing from the rest of the app; the model and the lesson import it from here.

Sentences are templates with named fields, ``t("SSR fell to {loss} at step {step}", loss=...,
step=...)``, so a translator can move the numbers to where its language wants them. A call's
first argument must be a literal string: ``tools/extract_words.py`` collects them for the
translation files.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "words"  # the translation files' context for these sentences

_translate: Callable[[str], str] | None = None
_decimal = "."
_language = "en"


def t(template: str, /, **fields: object) -> str:
    """``template`` in the installed language, its ``{fields}`` filled in.

    A translation that names a field the code does not give (a broken .ts) falls back to the
    English template, so a sentence is never lost to a translator's typo."""
    text = template if _translate is None else (_translate(template) or template)
    if not fields:
        return text
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):
        return template.format(**fields)


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Install the function that translates a template (None: English)."""
    global _translate
    _translate = translate


def set_decimal(point: str) -> None:
    """The decimal separator the app writes and reads in fields: '.' or ','."""
    global _decimal
    _decimal = "," if point == "," else "."


def decimal() -> str:
    return _decimal


def set_language(code: str) -> None:
    """The language code of the installed translation ("en", "es", "de"): lesson texts follow it."""
    global _language
    _language = code or "en"


def language() -> str:
    return _language


def localized(text: str) -> str:
    """A number text written with '.', in the chosen locale's separator (German: 0.5 -> 0,5).

    Only for what the app shows: files (project JSON, CSV) always keep '.'."""
    return text.replace(".", ",") if _decimal == "," else text


def whole(number: int) -> str:
    """A whole number with its thousands grouped as the chosen locale groups them: 12,345 in
    English, 12.345 where the decimal separator is a comma (German, Spanish)."""
    text = f"{number:,}"
    return text.replace(",", ".") if _decimal == "," else text

"""Lesson texts in several languages: the format's language objects, English as the fallback, and
complete Spanish and German texts in the shipped lessons that keep the lesson's symbols and numbers."""

from __future__ import annotations

import json
import re

import pytest

from rnngui.lesson import LessonError, LessonText, in_language, lessons_dir, load_lesson, loads

SHIPPED = sorted(lessons_dir().glob("*.json"))
LANGUAGES = ("es", "de")
# The lesson's symbols stay as they are in every language (issue 16).
SYMBOLS = ("w1", "w2", "b1", "w3", "b2", "SSR", "ReLU", "LSTM", "RNN", "wlr1", "wlr2", "blr1",
           "wp1", "wp2", "bp1", "wpr1", "wpr2", "bpr1", "wo1", "wo2", "bo1", "tanh", "σ")


def lesson(**step) -> dict:
    base = {"title": "A step", "text": "Look at this."}
    base.update(step)
    return {"format": "rnnlab-lesson", "version": 1, "title": "T", "steps": [base]}


def error_of(data) -> str:
    with pytest.raises(LessonError) as info:
        loads(json.dumps(data), "bad.json")
    return str(info.value)


def test_a_text_in_languages_shows_the_language_and_english_where_one_is_missing():
    data = lesson(
        title={"en": "Shared weights", "es": "Pesos compartidos"},
        text={"en": "Every copy uses the same w1.", "es": "Todas las copias usan el mismo w1.",
              "de": "Jede Kopie verwendet dasselbe w1."},
        question={"ask": {"en": "How many?", "de": "Wie viele?"}, "compute": {"param": "w1"},
                  "explain": {"en": "One.", "es": "Uno."}},
        show=[{"label": {"en": "w1 now", "es": "w1 ahora"}, "compute": {"param": "w1"}}],
    )
    step = loads(json.dumps(data)).steps[0]
    assert step.title == "Shared weights"  # as a str, a text is its English: old uses keep working
    assert in_language(step.title, "es") == "Pesos compartidos"
    assert in_language(step.title, "de") == "Shared weights"  # no German: English
    assert in_language(step.text, "de") == "Jede Kopie verwendet dasselbe w1."
    assert in_language(step.text, "de-AT") == "Jede Kopie verwendet dasselbe w1."  # its base
    assert in_language(step.question.ask, "es") == "How many?"
    assert in_language(step.question.explain, "es") == "Uno."
    assert in_language(step.readouts[0].label, "es") == "w1 ahora"
    assert in_language(step.text, "fr") == "Every copy uses the same w1."
    assert step.text.languages == ("en", "de", "es")


def test_a_plain_string_stays_english_in_every_language():
    step = loads(json.dumps(lesson())).steps[0]
    assert in_language(step.text, "es") == "Look at this."
    assert not isinstance(step.text, LessonText) or step.text.translations == {}


def test_try_may_be_text_in_languages_alone_or_inside_the_try_object():
    alone = loads(json.dumps(lesson(**{"try": {"en": "Press Train.", "es": "Pulsa Entrenar."}})))
    assert in_language(alone.steps[0].try_text, "es") == "Pulsa Entrenar."
    assert alone.steps[0].try_does is None
    button = {"try": {"text": {"en": "Press Train.", "de": "Drücke Trainieren."},
                      "button": {"en": "Train", "de": "Trainieren"}, "does": "train"}}
    step = loads(json.dumps(lesson(**button))).steps[0]
    assert in_language(step.try_text, "de") == "Drücke Trainieren."
    assert in_language(step.try_label, "de") == "Trainieren" and step.try_does == "train"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ({"es": "Hola"}, ['step 1 ("A step")', '"text" has no "en" text', "'es'"]),
        ({"en": "Hi", "Spanish": "Hola"}, ['"text" has the language', "'Spanish'"]),
        ({"en": "Hi", "es": 3}, ['"text" (es) must be text', "the number 3"]),
        ({"en": "Hi", "de": ""}, ['"text" (de) must be text']),
        ({"en": "Hi", "de": ["Hallo"]}, ['"text" (de) must be text', "a list"]),
        ({"en": "Hi", "de": "x" * 20_001}, ['"text" (de) is 20,001 characters long']),
        ({}, ['"text" has no "en" text', "nothing"]),
    ],
)
def test_bad_language_objects_are_refused_with_the_place(text, words):
    message = error_of(lesson(text=text))
    assert message.startswith("bad.json: ")
    for word in words:
        assert word in message, message


def test_a_step_is_named_by_its_english_title_in_an_error():
    message = error_of(lesson(title={"en": "Loops", "es": "Bucles"}, actions=[{"veiw": 1}]))
    assert 'step 1 ("Loops"), actions[0]: unknown action' in message


def _texts(loaded) -> list[tuple[str, str]]:
    """Every text of a lesson with where it is: (place, text)."""
    found = [("title", loaded.title), ("description", loaded.description)]
    for i, step in enumerate(loaded.steps, 1):
        found += [(f"step {i} title", step.title), (f"step {i} text", step.text)]
        if step.try_text:
            found.append((f"step {i} try", step.try_text))
        if step.try_label:
            found.append((f"step {i} button", step.try_label))
        found += [(f"step {i} show[{j}]", r.label) for j, r in enumerate(step.readouts)]
        if step.question is not None:
            found.append((f"step {i} ask", step.question.ask))
            if step.question.explain:
                found.append((f"step {i} explain", step.question.explain))
    return found


def _numbers(text: str, decimal: str) -> list[str]:
    """The numbers a text writes, each with '.' as its decimal point."""
    pattern = r"\d+(?:\.\d+)?" if decimal == "." else r"\d+(?:,\d+)?"
    return sorted(n.replace(",", ".") for n in re.findall(pattern, text))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_of_the_shipped_lessons_is_translated(path, code):
    loaded = load_lesson(path)
    for place, text in _texts(loaded):
        assert isinstance(text, LessonText) and code in text.translations, f"{place}: no {code}"
        translated = text.in_language(code)
        assert translated.strip(), place
        if text not in ("SSR",):  # a symbol is its own translation
            assert translated != str(text), f"{place} in {code} is still the English text"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_symbols_and_the_numbers(path, code):
    """A translator changes words, never the lesson's symbols or figures (written with the
    language's decimal comma: 1,8 for 1.8)."""
    for place, text in _texts(load_lesson(path)):
        translated = text.in_language(code)
        for symbol in SYMBOLS:
            if re.search(rf"(?<![\w]){re.escape(symbol)}(?![\w])", text):
                assert re.search(rf"(?<![\w]){re.escape(symbol)}(?![\w])", translated), (
                    f"{place} in {code} lost {symbol}: {translated}"
                )
        assert _numbers(translated, ",") == _numbers(text, "."), f"{place} in {code}"

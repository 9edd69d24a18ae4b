"""The Qt-free translation hook and the chosen decimal separator (rnngui.engine.words): English and
'.' until the UI installs a language, whole sentences with named fields when it does."""

from __future__ import annotations

import pytest

from rnngui.engine import RNNParams, TrainConfig, diagnose, fmt, run_to_end, words
from rnngui.engine.diagnose import BOUNCING

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])


@pytest.fixture(autouse=True)
def english_after():
    yield
    words.set_translator(None)
    words.set_decimal(".")
    words.set_language("en")


def bouncing_run():
    params = RNNParams(w1=1.8, w2=2.0, b1=0.0, w3=1.1, b2=0.0)
    records, end = run_to_end(params, *STATLAND, TrainConfig(learning_rate=0.5, max_steps=200))
    return records, end


def test_without_a_translator_a_template_is_its_english_sentence():
    assert words.t("SSR fell to {loss} at step {step}", loss="0.5", step="1,000") == (
        "SSR fell to 0.5 at step 1,000"
    )
    assert words.t("Start from other values.") == "Start from other values."


def test_a_translator_gets_the_whole_template_and_may_move_the_fields():
    asked = []

    def german(template: str) -> str:
        asked.append(template)
        return {"SSR fell to {loss} at step {step}": "Bei Schritt {step} fiel die SSR auf {loss}"}.get(
            template, template)

    words.set_translator(german)
    assert words.t("SSR fell to {loss} at step {step}", loss="0,5", step="1.000") == (
        "Bei Schritt 1.000 fiel die SSR auf 0,5"
    )
    assert asked == ["SSR fell to {loss} at step {step}"]


def test_a_translation_with_a_wrong_field_falls_back_to_the_english_sentence():
    words.set_translator(lambda template: "Schritt {stpe}: {loss}")  # a translator's typo
    assert words.t("step {step}: {loss}", step=3, loss="0.5") == "step 3: 0.5"
    words.set_translator(lambda template: "")  # an empty translation is no translation
    assert words.t("step {step}", step=3) == "step 3"


def test_numbers_follow_the_chosen_decimal_and_grouping():
    assert (fmt(0.125), fmt(2.45e96), words.whole(12345)) == ("0.125", "2.45e96", "12,345")
    words.set_decimal(",")
    assert (fmt(0.125), fmt(2.45e96), fmt(-3.0), words.whole(12345)) == (
        "0,125", "2,45e96", "-3", "12.345")
    words.set_decimal("x")  # anything but a comma is the point
    assert fmt(0.125) == "0.125"


def test_the_diagnosis_is_one_translated_sentence_with_the_runs_numbers():
    records, end = bouncing_run()
    english = diagnose(records, end, 200)
    assert english.kind == BOUNCING and english.message.startswith("Bouncing — the loss rose in")
    seen = []

    def upper(template: str) -> str:
        seen.append(template)
        if template.startswith("Bouncing"):
            return "REBOTA {rises}/{steps} |dSSR/d{name}| = {gradient}: {cause}"
        return template.upper()  # the clause inside it is translated on its own

    words.set_decimal(",")
    words.set_translator(upper)
    message = diagnose(records, end, 200).message
    gradient = fmt(max(abs(g) for r in records[-100:] for g in r.grads.as_tuple()))
    assert "," in gradient and gradient in message
    assert message.startswith("REBOTA ") and "EXPLODING GRADIENTS MAKE THE STEPS TOO BIG" in message
    assert any(s.startswith("Bouncing — the loss rose in {rises} of the last {steps}") for s in seen)

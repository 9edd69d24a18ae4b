"""The one number parser and the display formatter (rnngui/model/numbers.py)."""

from __future__ import annotations

import math
import random

import pytest

from rnngui.model.numbers import (
    CurrencyError,
    NumberError,
    excerpt,
    guess_decimal,
    looks_like_money,
    parse_number,
    show_exact,
    show_field,
    show_number,
)


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("0.3", ".", 0.3),
        ("0.3", ",", 0.3),  # the app writes '.', so a shown value reads back in every locale
        ("0,3", ",", 0.3),
        ("1,5", ",", 1.5),
        ("−0.5", ".", -0.5),  # the typographic minus
        ("−0,5", ",", -0.5),
        ("  +2.5 ", ".", 2.5),
        ("-.5", ".", -0.5),
        ("5.", ".", 5.0),
        ("1e-5", ".", 1e-5),
        ("1E5", ".", 1e5),
        ("1,5e-3", ",", 0.0015),
        ("1,234.56", ".", 1234.56),
        ("1,234.56", ",", 1234.56),  # unambiguous: the comma groups, the point is decimal
        ("1,234,567", ".", 1234567.0),
        ("1.234,56", ",", 1234.56),  # European thousands
        ("1.234.567", ",", 1234567.0),
        ("1 234", ".", 1234.0),
        ("1\u00a0234,5", ",", 1234.5),  # a no-break space groups (French spreadsheets)
        ("1'234.5", ".", 1234.5),  # Swiss grouping
        ("2^50", ".", 2.0**50),
        ("0.5**50", ".", 0.5**50),
        ("1,234", ",", 1.234),
    ],
)
def test_reads_what_can_only_mean_one_number(text: str, decimal: str, expected: float) -> None:
    assert parse_number(text, decimal) == pytest.approx(expected, rel=1e-15)


@pytest.mark.parametrize(
    ("text", "decimal", "says"),
    [
        ("0,3", ".", ["0.3", "decimal comma", "0 and 3"]),
        ("1,5", ".", ["1.5", "1 and 5"]),
        ("1.234,56", ".", ["European", "1234.56"]),
        ("1,234", ".", ["ambiguous", "1234", "1.234"]),
        ("1,2,3", ".", ["not a number"]),
        ("abc", ".", ["'abc'", "not a number"]),
        ("n/a", ".", ["'n/a'"]),
        ("", ".", ["empty"]),
        ("   ", ",", ["empty"]),
        ("nan", ".", ["NaN"]),
        ("-inf", ".", ["infinity"]),
        ("1e309", ".", ["too large"]),
        ("10^400", ".", ["too large"]),
        ("1.2.3", ".", ["not a number", "more than one decimal point"]),
        ("−0,25", ".", ["could mean -0.25", "-0 and 25"]),
        ("-1.234,5", ".", ["type -1234.5"]),
        ("0 3", ".", ["not a number"]),
        ("1,23.4", ".", ["not a number"]),
    ],
)
def test_refuses_with_a_message_that_says_why(text: str, decimal: str, says: list[str]) -> None:
    with pytest.raises(NumberError) as caught:
        parse_number(text, decimal)
    for words in says:
        assert words in str(caught.value)


def test_currency_only_where_a_price_is_expected() -> None:
    assert parse_number("$142.17", money=True) == 142.17
    assert parse_number("-$3", money=True) == -3.0
    assert parse_number("$−3", money=True) == -3.0
    assert parse_number("14,80 €", ",", money=True) == 14.8
    with pytest.raises(CurrencyError, match="currency sign"):
        parse_number("$14.80")
    assert looks_like_money("$14.80") and looks_like_money(" 14,80 €")
    assert not looks_like_money("14.80")


def test_a_huge_text_is_refused_quickly_and_quoted_short() -> None:
    with pytest.raises(NumberError) as caught:
        parse_number("1" * 100_000)
    assert len(str(caught.value)) < 200
    assert "100,000 characters" in str(caught.value)
    assert excerpt("abc") == "'abc'"


def test_numbers_and_bools() -> None:
    assert parse_number(3) == 3.0 and parse_number(0.25) == 0.25
    with pytest.raises(NumberError):
        parse_number(True)
    with pytest.raises(NumberError):
        parse_number(float("nan"))
    with pytest.raises(NumberError):
        parse_number(10**400)


def test_every_float_the_app_writes_reads_back_in_both_locales() -> None:
    """What a field shows (repr, as show_exact writes it) must parse to the same float."""
    rng = random.Random(13)
    for _ in range(3000):
        value = rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
        for decimal in (".", ","):
            assert parse_number(show_exact(value), decimal) == value


def test_fuzz_never_raises_anything_but_number_error() -> None:
    rng = random.Random(7)
    alphabet = "0123456789.,-−+eE $€ '^*\u00a0xn/a"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for decimal in (".", ","):
            try:
                value = parse_number(text, decimal, money=rng.random() < 0.5)
            except NumberError:
                continue
            assert math.isfinite(value)


def test_guess_decimal_from_the_cells_that_can_only_be_read_one_way() -> None:
    assert guess_decimal(["142.17", "143.5", "1"]) == "."
    assert guess_decimal(["0,35", "1.234,56"]) == ","
    assert guess_decimal(["1,234", "5"], default=",") == ","  # nothing votes: the default
    assert guess_decimal(["1.234.567"]) == ","
    assert guess_decimal(["$1,234.50"]) == "."


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (0.32075471698113206, "0.3208"),
        (-4.94e-324, "≈ 0 (-4.9e-324)"),
        (6.83e-16, "≈ 0 (6.8e-16)"),
        (0.0, "0"),
        (12345.6, "12346"),
        (2.0**50, "1.13e15"),
        (0.00012, "0.00012"),
        (float("inf"), "∞"),
        (float("nan"), "NaN"),
        (-0.5, "-0.5"),
    ],
)
def test_show_number(value: float, shown: str) -> None:
    assert show_number(value) == shown


def test_show_field_reads_back() -> None:
    for value in (0.32075471698113206, -4.94e-324, 6.83e-16, 142.17, 12345.6, 2.0**50, -0.5):
        shown = show_field(value)
        assert "≈" not in shown
        assert parse_number(shown) == pytest.approx(value, rel=5e-3, abs=1e-12)  # 3-4 digits
    assert show_field(0.32075471698113206) == "0.3208"


def test_show_exact_keeps_every_digit_but_hides_denormals() -> None:
    assert show_exact(0.32075471698113206) == "0.32075471698113206"
    assert show_exact(-4.94e-324) == "0"
    assert show_exact(2.0) == "2"
    assert show_exact(142.17) == "142.17"

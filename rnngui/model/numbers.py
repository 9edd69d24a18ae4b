"""The one way the app reads a number a person typed or a file wrote, and shows one. Qt-free.

Every field (cells, target, learning rate and the other settings, typed parameters, the canvas
weight editor), the lessons and CSV import go through :func:`parse_number`, so a text means the same
number everywhere. The rules, and why:

* The decimal point ``.`` is always understood: the app itself writes numbers that way (``fmt``),
  and a text shown in a field must read back as the same number whatever the locale.
* A decimal comma is understood only where the user's locale (or, for CSV, the file) writes one:
  ``locale_decimal=","``. Elsewhere ``0,3`` is refused with what it could mean; reading it as 3 (as
  a spin box did) makes a run diverge, and reading it as 0.3 silently breaks the next field.
* Thousands separators are accepted only where they cannot be anything else: ``1,234.5``,
  ``1,234,567``, ``1.234,56`` where the decimal is a comma, ``1 234,5``. ``1,234`` alone could be
  1234 or 1.234 and is refused.
* The typographic minus ``−`` (which word processors and the lesson text use) is a minus.
* A currency sign is accepted only where a price is expected (``money=True``); elsewhere a
  :class:`CurrencyError` says so, so the editor can point to the price column.
* ``2^50`` and ``0.5**50`` are powers (the lesson's own way of writing its numbers).
* NaN and infinity are refused here: no field of the app can use them.
"""

from __future__ import annotations

import math
import re
import sys

from ..engine.words import localized, t, whole
from .document import DocumentError

CURRENCY = "$€£¥₹₽₩"
MINUSES = "−‒–﹣－"  # typographic minus, figure dash, en dash, small and full-width hyphen-minus
# Spaces spreadsheets put between groups of thousands: space, no-break, narrow no-break, thin.
GROUP_SPACES = " \u00a0\u202f\u2009"
MAX_NUMBER_TEXT = 400  # longer than any number a person writes; longer texts are quoted short
_POWER = re.compile(r"^([+-]?\d+(?:\.\d+)?)(?:\^|\*\*)([+-]?\d{1,4})$")
_FAST = re.compile(r"^ ?[+-]?(?:\d{1,30}\.?\d{0,30}|\.\d{1,30})(?:[eE][+-]?\d{1,4})? ?$")
_PLAIN = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
# Grouped digits: a first group of 1-3 digits, then groups of exactly three after the separator.
def _grouped(separator: str) -> str:
    return r"\d{1,3}(?:" + re.escape(separator) + r"\d{3})+"


class NumberError(DocumentError):
    """A text that is not a number (or not an unambiguous one); the message is for the user."""


class CurrencyError(NumberError):
    """A price with its currency sign typed where a plain number is expected."""


def excerpt(text: str, limit: int = 40) -> str:
    """The text quoted as in a message, cut short so a pasted megabyte stays a readable line."""
    text = text.strip()
    if len(text) <= limit:
        return repr(text)
    return repr(text[: limit - 1] + "…") + t(" ({count} characters)", count=whole(len(text)))


def parse_number(
    text: str | float | int, locale_decimal: str = ".", *, money: bool = False
) -> float:
    """The number ``text`` stands for, or a :class:`NumberError` whose message says why not.

    ``locale_decimal`` is the decimal separator of the user's locale (``QLocale().decimalPoint()``
    in the UI) or of the CSV file being read; ``money`` allows a currency sign (prices).
    """
    if isinstance(text, bool):
        raise NumberError(t("true/false is not a number"))
    if isinstance(text, int | float):
        try:
            return _finite(float(text), str(text))
        except OverflowError:
            raise NumberError(t("{text} is too large to be a number here",
                                text=excerpt(str(text)))) from None
    if not isinstance(text, str):
        raise NumberError(t("{text} is not a number", text=repr(text)))
    if _FAST.match(text):  # the common case, a plain number: as fast as float() (CSV files)
        return _finite(float(text), text)
    original = text
    if len(text) > MAX_NUMBER_TEXT:
        raise NumberError(t("{text} is too long to be a number", text=excerpt(text)))
    cleaned = text.strip()
    for minus in MINUSES:
        cleaned = cleaned.replace(minus, "-")
    cleaned = cleaned.replace("×", "*").replace("\u2009", " ").strip()
    if not cleaned:
        raise NumberError(t("the text is empty: type a number"))
    cleaned, had_currency = _without_currency(cleaned)
    if had_currency and not money:
        raise CurrencyError(
            t("{text} is a price with its currency sign; type the number alone",
              text=excerpt(original))
        )
    if cleaned.lower() in ("nan", "+nan", "-nan"):
        raise NumberError(t("NaN is not a number a network can learn from"))
    if cleaned.lower().lstrip("+-") in ("inf", "infinity", "∞"):
        raise NumberError(t("infinity cannot be used: type a finite number"))
    power = _POWER.match(cleaned.replace(" ", ""))
    if power:
        try:
            value = float(power[1]) ** int(power[2])
        except (OverflowError, ZeroDivisionError):
            raise NumberError(t("{text} is too large to be a number here",
                                text=excerpt(original))) from None
        return _finite(value, original)
    plain = _plain_digits(cleaned, locale_decimal, original)
    try:
        value = float(plain)
    except ValueError:
        raise NumberError(t("{text} is not a number", text=excerpt(original))) from None
    return _finite(value, original)


def _without_currency(text: str) -> tuple[str, bool]:
    """``$14.80``, ``-$3``, ``$-3``, ``14,80 €``: the number without its sign, and whether it had one."""
    sign = ""
    body = text
    if body[:1] and body[0] in "+-":
        sign, body = body[0], body[1:].strip()
    had = False
    if body[:1] and body[0] in CURRENCY:
        body, had = body[1:].strip(), True
    elif body[-1:] and body[-1] in CURRENCY:
        body, had = body[:-1].strip(), True
    if had and not sign and body[:1] and body[0] in "+-":
        sign, body = body[0], body[1:].strip()
    return sign + body, had


def _plain_digits(text: str, decimal: str, original: str) -> str:
    """The text as Python's float() reads it, the separators resolved; refuses what is ambiguous."""
    sign = ""
    if text[:1] and text[0] in "+-":
        sign, text = text[0], text[1:].strip()
    mantissa, exponent = text, ""
    found = re.search(r"[eE][+-]?\d+$", text)
    if found and found.start() > 0:
        mantissa, exponent = text[: found.start()], text[found.start() :]
    if _PLAIN.match(mantissa + exponent):
        return sign + mantissa + exponent
    if not re.fullmatch(r"[\d.,' \u00a0\u202f]+", mantissa) or not re.search(r"\d", mantissa):
        raise NumberError(t("{text} is not a number", text=excerpt(original)))
    shown = excerpt(original)
    has_comma, has_dot = "," in mantissa, "." in mantissa
    # Digits grouped by spaces or apostrophes: 1 234 567, 1'234.5 (Swiss), 1 234,5 (French).
    for group in GROUP_SPACES + "'":
        if group in mantissa:
            head, _, tail = _split_decimal(mantissa, decimal if has_comma or has_dot else None)
            if not re.fullmatch(_grouped(group), head):
                raise NumberError(t("{text} is not a number (a space or ' inside it?)", text=shown))
            mantissa = head.replace(group, "") + ("." + tail if tail is not None else "")
            return sign + _checked(mantissa, original) + exponent
    if has_comma and has_dot:
        last = "," if mantissa.rfind(",") > mantissa.rfind(".") else "."
        head, tail = mantissa.rsplit(last, 1)
        group = "." if last == "," else ","
        if not re.fullmatch(_grouped(group), head) or not tail.isdigit():
            raise NumberError(t("{text} mixes '.' and ',' in a way that is not a number", text=shown))
        if last == "," and decimal != ",":
            european = sign + head.replace(".", "") + "." + tail
            raise NumberError(
                t("{text} is written the European way (1.234,56 = {number}), but this computer "
                  "writes the decimal point as '.': type {number}", text=shown, number=european)
            )
        return sign + head.replace(group, "") + "." + tail + exponent
    if has_comma:
        if decimal == ",":
            if mantissa.count(",") == 1:
                return sign + _checked(mantissa.replace(",", "."), original) + exponent
            if re.fullmatch(_grouped(","), mantissa):
                raise NumberError(
                    t("{text} has several commas; this computer writes decimals with a comma: "
                      "type the number with one comma, or without separators", text=shown)
                )
            raise NumberError(t("{text} is not a number", text=shown))
        if re.fullmatch(_grouped(","), mantissa):
            if mantissa.count(",") >= 2:  # 1,234,567: only thousands separators read that way
                return sign + mantissa.replace(",", "") + exponent
            whole = sign + mantissa.replace(",", "")
            point = sign + mantissa.replace(",", ".")
            raise NumberError(
                t("{text} is ambiguous: {whole} with a thousands separator, or {point} with a "
                  "decimal comma. Type {whole} or {point}", text=shown, whole=whole, point=point)
            )
        if mantissa.count(",") == 1:
            point = sign + mantissa.replace(",", ".")
            listed = t(" and ").join(p or t("(nothing)") for p in (sign + mantissa).split(","))
            raise NumberError(
                t("{text} is not read here: this computer writes the decimal point as '.', so it "
                  "could mean {point} (a decimal comma) or the list {listed}. Type {point}",
                  text=shown, point=point, listed=listed)
            )
        raise NumberError(t("{text} is not a number", text=shown))
    if has_dot and mantissa.count(".") >= 2:
        if decimal == "," and re.fullmatch(_grouped("."), mantissa):
            return sign + mantissa.replace(".", "") + exponent
        raise NumberError(t("{text} is not a number (more than one decimal point)", text=shown))
    raise NumberError(t("{text} is not a number", text=shown))


def _split_decimal(mantissa: str, decimal: str | None) -> tuple[str, str, str | None]:
    """``1 234,5`` -> ("1 234", ",", "5"); no separator -> (mantissa, "", None)."""
    # A comma is a decimal separator only where the locale says so; the point always is.
    for sep in ((",", ".") if decimal == "," else (".",)) if decimal else ():
        if sep in mantissa:
            head, tail = mantissa.rsplit(sep, 1)
            if tail.isdigit():
                return head, sep, tail
    return mantissa, "", None


def _checked(text: str, original: str) -> str:
    if not _PLAIN.match(text):
        raise NumberError(t("{text} is not a number", text=excerpt(original)))
    return text


def _finite(value: float, original: str) -> float:
    if math.isnan(value):
        raise NumberError(t("NaN is not a number a network can learn from"))
    if math.isinf(value):
        raise NumberError(t("{text} is too large to be a number here", text=excerpt(original)))
    return value


def looks_like_money(text: str) -> bool:
    """A price with its currency sign ($142.17, 14,80 €), as spreadsheets export them."""
    stripped = text.strip().lstrip("+-" + MINUSES).strip()
    return bool(stripped) and (stripped[0] in CURRENCY or stripped[-1] in CURRENCY)


def guess_decimal(cells: list[str], default: str = ".") -> str:
    """The decimal separator a file's numbers use, from the cells that can only be read one way.

    ``142.17`` or ``1,234.5`` vote for '.', ``0,35`` or ``1.234,56`` for ','; ``1,234`` and plain
    integers do not vote. Ties keep ``default``.
    """
    dot = comma = 0
    for cell in cells:
        body = cell.strip().strip(CURRENCY + " ").lstrip("+-" + MINUSES)
        last_dot, last_comma = body.rfind("."), body.rfind(",")
        if last_dot < 0 and last_comma < 0:
            continue
        if last_dot >= 0 and last_comma >= 0:
            if last_comma > last_dot:
                comma += 1
            else:
                dot += 1
            continue
        sep, at = (".", last_dot) if last_dot >= 0 else (",", last_comma)
        tail = re.match(r"\d*", body[at + 1 :])[0]
        if body.count(sep) == 1 and len(tail) != 3 and tail:
            if sep == ".":
                dot += 1
            else:
                comma += 1
        elif body.count(sep) >= 2:  # 1.234.567 or 1,234,567: groups, so the other is decimal
            if sep == ".":
                comma += 1
            else:
                dot += 1
    if dot == comma:
        return default
    return "." if dot > comma else ","


# --- showing numbers --------------------------------------------------------------------------
# Below this a value is zero to a learner: gradient descent leaves residues like 6.8e-16 (round-off)
# and -4.94e-324 (a denormal) where the lesson's arithmetic gives exactly 0.
NEAR_ZERO = 1e-12


def show_number(value: float, digits: int = 4) -> str:
    """A number as the app shows it: four significant digits, never a denormal or a round-off
    residue passed off as a value: 6.83e-16 reads ``≈ 0 (6.8e-16)``. The decimal separator is the
    chosen locale's (``engine.words.set_decimal``: 0,5 in German); files never use this."""
    return localized(_show_number(value, digits))


def _show_number(value: float, digits: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        try:
            value = float(value)  # NumPy scalars
        except (TypeError, ValueError):
            return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == 0:
        return "0"
    a = abs(value)
    if a < NEAR_ZERO:
        return f"≈ 0 ({_sci(value, 2)})"
    if a >= 1e5 or a < 1e-3:
        return _sci(value, max(digits - 1, 1))
    if a >= 10**digits:  # 12345.6: all its whole digits, not 1.235e+04
        return f"{value:.0f}"
    return f"{value:.{digits}g}"


def show_field(value: float) -> str:
    """A number in a field or cell the user edits: as show_number, but a text the parser reads
    back (a residue such as 6.8e-16 or a denormal is simply 0 there) in the chosen locale."""
    value = float(value)
    if math.isfinite(value) and abs(value) < NEAR_ZERO:
        return "0"
    return show_number(value)


def show_exact(value: float) -> str:
    """The shortest text that reads back as the same float (for a field the user edits), with
    denormals and round-off residues shown as 0 so the field says what the lesson says; the
    chosen locale's decimal separator, which :func:`parse_number` reads back there."""
    value = float(value)
    if math.isfinite(value) and value != 0 and abs(value) < sys.float_info.min:  # a denormal
        return "0"
    text = repr(value)
    return localized(text[:-2] if text.endswith(".0") else text)


def _sci(value: float, digits: int) -> str:
    text = f"{value:.{digits}g}"
    return text.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-")

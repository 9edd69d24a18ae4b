"""How the editor and its dialogs read a typed number and mark a place that holds bad input."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from ...engine import words
from ...model.document import DocumentError, check_value
from ...model.numbers import CurrencyError, NumberError, excerpt, parse_number

BAD = QColor("#ffc9c9")  # the background of a refused cell or field
BAD_FIELD_STYLE = "background: #ffc9c9;"


def locale_decimal() -> str:
    """The decimal separator of the user's locale: what a typed decimal comma means follows it.
    A comma wherever the app writes one (the chosen language's numbers), so a field's own text
    reads back."""
    if words.decimal() == ",":
        return ","
    point = QLocale().decimalPoint()
    return point if point in (".", ",") else "."


def read_typed(text: str, *, money: bool = False) -> float:
    """A number typed into a field, read by the app's one parser with the user's locale."""
    return parse_number(text, locale_decimal(), money=money)


def read_number(text: str, where: str, *, money: bool = True, price_hint: str = "") -> float:
    """A typed number, or a DocumentError that names the place (empty, letters, NaN, inf...).

    ``money=False`` refuses a currency sign; ``price_hint`` then says where a price belongs (the
    scaled value column of a sequence holds values between 0 and 1, not prices)."""
    if not text.strip():
        raise DocumentError(words.t("{where} is empty: type a number (or delete the value)",
                                    where=where))
    try:
        number = read_typed(text, money=money)
    except CurrencyError:
        if price_hint:
            raise DocumentError(words.t("{text} {where} is a price: {hint}", text=excerpt(text),
                                        where=where, hint=price_hint)) from None
        raise DocumentError(words.t("{text} {where} is a price; type the number alone",
                                    text=excerpt(text), where=where)) from None
    except NumberError as error:
        if text.strip().lower().lstrip("+-") in ("nan", "inf", "infinity"):
            check_value(float(text), where)  # its message names NaN or infinity and the place
        if str(error) == words.t("{text} is not a number", text=excerpt(text)):
            raise DocumentError(words.t("{text} {where} is not a number", text=excerpt(text),
                                        where=where)) from None
        # "(target of 'A')" goes into the brackets as "target of 'A'"; "in the pasted block
        # (line 2, item 3)" keeps its own closing bracket (strip("()") took it away)
        inner = where[1:-1] if where.startswith("(") and where.endswith(")") else where
        raise DocumentError(words.t("{error} ({where})", error=str(error), where=inner)) from None
    return check_value(number, where)

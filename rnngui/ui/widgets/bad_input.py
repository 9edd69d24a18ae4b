"""How the editor and its dialogs read a typed number and mark a place that holds bad input."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...model.csv_data import parse_number
from ...model.document import DocumentError, check_value

BAD = QColor("#ffc9c9")  # the background of a refused cell or field
BAD_FIELD_STYLE = "background: #ffc9c9;"


def read_number(text: str, where: str) -> float:
    """A typed number, or a DocumentError that names the place (empty, letters, NaN, inf...)."""
    if not text.strip():
        raise DocumentError(f"{where} is empty: type a number (or delete the value)")
    try:
        number = parse_number(text.strip())
    except DocumentError:
        raise DocumentError(f"{text.strip()!r} {where} is not a number") from None
    return check_value(number, where)

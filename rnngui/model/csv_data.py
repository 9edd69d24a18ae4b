"""Read sequences from a CSV file (a spreadsheet's export or a price download). Qt-free.

Three shapes are read:

* one sequence per column (the header row gives the names), with an optional date/label column;
* one sequence per row (the first cell may be the name), with an optional label row;
* the long ("tidy") form most price downloads use: one row per day with a name column, a date and
  a price (``symbol,date,price``). Each name becomes one sequence, its days in date order.

:func:`detect` makes the choices a person would make by looking at the file (the shape, the header,
the date column, the file's decimal separator, whether to scale to [0, 1]); the import dialog starts
from them and ``MainWindow.import_csv`` uses them as they are.

Nothing is thrown away silently: every cell that cannot be read is reported by its position in the
file (row and column numbers as a spreadsheet shows them, counting from 1), a sequence with such a
cell is left out of the import and the reason is said, so the user sees exactly what will and will
not come in. A file the csv module cannot split (an unclosed quote, a giant field) is a problem in
the list too, never an exception.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..engine.words import t, whole
from . import scaling
from .document import MAX_VALUES, Document, DocumentError, SequenceData, check_value
from .limits import MAX_NAME_CHARS
from .numbers import CURRENCY, NumberError, excerpt, guess_decimal, looks_like_money
from .numbers import parse_number as _parse_number

COLUMNS, ROWS, LONG = "columns", "rows", "long"
MAX_CSV_BYTES = 20 * 1024 * 1024
# The csv module refuses fields over 131,072 characters; a real value is never that long, so that
# refusal (and an unclosed quote that swallows the rest of the file) is reported as a problem.
MISSING = {"n/a", "na", "#n/a", "null", "none", "-", "--", "?", "#value!", "#div/0!"}
# A header cell that names a date or label column (the wide form's first column, the long form's).
DATE_WORDS = re.compile(r"^(date|day|time|timestamp|datetime|week|month|year|period|label)$", re.I)
NAME_WORDS = re.compile(r"^(symbol|ticker|name|series|id|stock|asset|code|instrument)$", re.I)
PRICE_WORDS = ("adj close", "adj_close", "adjclose", "close", "price", "value", "last", "open")
DATE_FORMATS = (
    "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M", "%d.%m.%Y", "%d.%m.%y", "%m/%d/%Y", "%d/%m/%Y", "%m/%d/%y", "%d/%m/%y",
    "%d-%m-%Y", "%m-%d-%Y", "%b %d, %Y", "%d %b %Y", "%d-%b-%Y", "%d-%b-%y", "%B %d, %Y",
    "%d %B %Y", "%Y-%m", "%b %Y",
)


@dataclass(frozen=True)
class CsvOptions:
    orientation: str = COLUMNS  # one sequence per column, per row, or LONG (one row per day)
    has_header: bool = True  # names in the first row (columns, long) or first cell (rows)
    has_labels: bool = False  # a date/label column (columns) or row (rows) to skip
    last_is_target: bool = False  # the last value of each sequence is the target
    scale: bool = False  # min-max scale every value to [0, 1] (the lesson's scaling)
    decimal: str = ""  # the file's decimal separator; "" = guessed from its numbers
    # The long form's columns (0-based); None = found from the header and the cells.
    name_column: int | None = None
    date_column: int | None = None
    value_column: int | None = None


@dataclass(frozen=True)
class CsvProblem:
    row: int  # 1-based, as a spreadsheet numbers rows; 0 = the whole file
    column: int  # 1-based; 0 = the whole row
    message: str

    def where(self) -> str:
        # in the learner's language (words.t): the import dialog lists these
        if self.row == 0:
            return t("file")
        if self.column == 0:
            return t("row {row}", row=self.row)
        return t("row {row}, column {column}", row=self.row, column=self.column)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"


@dataclass
class CsvResult:
    sequences: list[SequenceData] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)  # the cells as read, for a preview
    left_out: list[str] = field(default_factory=list)  # "'Close' (row 5, column 3 holds 'n/a')"
    decimal: str = "."  # the decimal separator the numbers were read with
    unit: str = ""  # the currency sign the prices carried ("" if none)

    def out_of_unit_range(self) -> bool:
        """Whether any value falls outside [0, 1]: the network learns those badly unscaled."""
        return any(
            not 0.0 <= v <= 1.0
            for s in self.sequences
            for v in s.values + (() if s.target is None else (s.target,))
        )


def parse_number(text: str, decimal: str = ".") -> float:
    """A number as a spreadsheet writes it: '12.40', '$12.40', '1,234.5', '1.234,56' (decimal
    ','), through the app's one parser; a DocumentError says what is wrong."""
    if text.strip().lower() in MISSING:
        raise NumberError(t("{text} is a missing value, not a number", text=excerpt(text)))
    return _parse_number(text, decimal, money=True)


def decode(raw: bytes) -> tuple[str | None, CsvProblem | None]:
    """UTF-8 (with or without BOM); anything else is reported with the offending byte's place."""
    if len(raw) > MAX_CSV_BYTES:
        return None, CsvProblem(0, 0, t("the file is over {size} MB", size=MAX_CSV_BYTES // 2**20))
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        return None, CsvProblem(
            line,
            0,
            t("not UTF-8 text: byte 0x{byte} at offset {offset}. Save the file from the "
              "spreadsheet as 'CSV UTF-8' and import it again", byte=f"{raw[error.start]:02x}",
              offset=error.start),
        )


def delimiter_of(text: str) -> str:
    """Tab, then semicolon (the spreadsheets that write decimal commas use it), then comma:
    csv.Sniffer guesses wrong on short files of numbers."""
    sample = text[:4096]
    return "\t" if "\t" in sample else ";" if ";" in sample else ","


def read_rows_checked(text: str) -> tuple[list[list[str]], list[CsvProblem]]:
    """Rows of stripped cells, and what the csv module could not split (reported, not raised)."""
    # Classic Mac files end lines with CR alone; the csv module refuses a bare CR in a field.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter_of(text))
    rows: list[list[str]] = []
    problems: list[CsvProblem] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            message = str(error)
            if "field larger than field limit" in message:
                message = t(
                    "a cell over {limit} characters (an unclosed quote \" swallows the rest of "
                    "the file?): the file is read up to here", limit=whole(131_072)
                )
            problems.append(CsvProblem(reader.line_num or len(rows) + 1, 0, message))
            break
        rows.append([cell.strip() for cell in row])
    while rows and not any(rows[-1]):
        rows.pop()
    return rows, problems


def read_rows(text: str) -> list[list[str]]:
    """Split into rows of stripped cells (what cannot be split is left out; see read_rows_checked)."""
    return read_rows_checked(text)[0]


# --- what a person would choose ----------------------------------------------------------------
def _is_number(cell: str, decimal: str) -> bool:
    try:
        _parse_number(cell, decimal, money=True)
    except (NumberError, DocumentError):
        return False
    return True


def _date_format(cells: list[str]) -> str | None:
    """The one format that reads every (non-empty) cell as a date, or None."""
    cells = [c for c in cells if c][:2000]
    if not cells:
        return None
    for form in DATE_FORMATS:
        try:
            for cell in cells:
                datetime.strptime(cell, form)
        except ValueError:
            continue
        return form
    return None


def _column(rows: list[list[str]], c: int) -> list[str]:
    return [row[c] if c < len(row) else "" for row in rows]


def _is_date_column(header: str, cells: list[str], decimal: str) -> bool:
    if DATE_WORDS.match(header.strip()):
        return True
    filled = [x for x in cells if x]
    if not filled:
        return False
    # Whole numbers such as 20240102 read as dates too; only a header says those are dates.
    if all(_is_number(x, decimal) for x in filled):
        return False
    return _date_format(filled) is not None


def detect(text: str) -> CsvOptions:
    """The choices a person would make by looking at the file; the dialog starts from them."""
    rows, _ = read_rows_checked(text)
    if not rows:
        return CsvOptions()
    cells = [c for row in rows[:2000] for c in row if c]
    decimal = guess_decimal(cells, "," if delimiter_of(text) == ";" else ".")
    width = max(len(r) for r in rows[:2000])
    first = rows[0]
    numeric_first = [_is_number(c, decimal) for c in first if c]
    has_header = not numeric_first or not all(numeric_first)
    body = rows[1:] if has_header else rows
    header = first if has_header else [""] * width

    long = _long_columns(header, body, decimal, width) if has_header else None
    if long is not None:
        name_c, date_c, value_c = long
        options = CsvOptions(
            LONG, True, date_c is not None, False, False, decimal, name_c, date_c, value_c
        )
    else:
        first_cells = _column(body, 0)
        first_is_label = width > 1 and _is_date_column(header[0] if header else "", first_cells,
                                                       decimal)
        # One sequence per row: every row starts with a name and the rest are numbers.
        by_row = (
            not first_is_label
            and width > 1
            and all(r and r[0] and not _is_number(r[0], decimal) for r in rows)
            and all(_is_number(c, decimal) for r in rows for c in r[1:] if c)
        )
        if by_row:
            options = CsvOptions(ROWS, True, False, False, False, decimal)
        else:
            options = CsvOptions(COLUMNS, has_header, first_is_label, False, False, decimal)
    # Whether to scale: judged on the first rows (a big file is read once more on import).
    trial = parse_rows(rows[:2001], [], replace(options, decimal=decimal))
    if trial.out_of_unit_range():
        options = replace(options, scale=True)
    return options


def _long_columns(
    header: list[str], body: list[list[str]], decimal: str, width: int
) -> tuple[int, int | None, int] | None:
    """(name, date, value) columns when the file is in the long form, else None.

    The long form has a text column whose names repeat (several days per name) and a number
    column; a date column orders the days. A wide file (names across the header) has no text
    column besides its dates."""
    if width < 2 or len(body) < 2:
        return None
    header = list(header) + [""] * (width - len(header))
    sample = body[:2000]
    kinds: list[str] = []
    for c in range(width):
        column = [x for x in _column(sample, c) if x]
        head = header[c] if c < len(header) else ""
        if not column:
            kinds.append("empty")
        elif _is_date_column(head, column, decimal):
            kinds.append("date")
        elif sum(_is_number(x, decimal) or x.lower() in MISSING for x in column) >= 0.9 * len(column):
            kinds.append("number")
        else:
            kinds.append("text")
    texts = [c for c, k in enumerate(kinds) if k == "text"]
    numbers = [c for c, k in enumerate(kinds) if k == "number"]
    dates = [c for c, k in enumerate(kinds) if k == "date"]
    if not numbers:
        return None
    named = [c for c in texts if NAME_WORDS.match(header[c].strip())] or texts
    if not named:
        return None
    name_c = named[0]
    names = [x for x in _column(sample, name_c) if x]
    if len(set(names)) == len(names) and not NAME_WORDS.match(header[name_c].strip()):
        return None  # every row a different name: one sequence per row, not the long form
    lowered = [h.strip().lower() for h in header]
    value_c = next(
        (lowered.index(w) for w in PRICE_WORDS if w in lowered and lowered.index(w) in numbers),
        numbers[-1],
    )
    return name_c, (dates[0] if dates else None), value_c


# --- reading -----------------------------------------------------------------------------------
def parse(text: str, options: CsvOptions) -> CsvResult:
    rows, split_problems = read_rows_checked(text)
    if not options.decimal:
        cells = [c for row in rows[:2000] for c in row if c]
        guess = guess_decimal(cells, "," if delimiter_of(text) == ";" else ".")
        options = replace(options, decimal=guess)
    return parse_rows(rows, split_problems, options)


def parse_rows(
    rows: list[list[str]], split_problems: list[CsvProblem], options: CsvOptions
) -> CsvResult:
    """The sequences in rows already split (``options.decimal`` set: parse guesses it)."""
    result = CsvResult(table=rows, problems=list(split_problems))
    if not rows:
        if not result.problems:
            result.problems.append(CsvProblem(0, 0, t("the file holds no values")))
        return result
    cells = [c for row in rows[:2000] for c in row if c]
    result.decimal = options.decimal or "."
    result.unit = next(
        (sign for c in cells if looks_like_money(c) for sign in CURRENCY if sign in c), ""
    )
    if options.orientation == ROWS:
        lines = _by_row(rows, options, result)
    elif options.orientation == LONG:
        lines = _long(rows, options, result)
    else:
        lines = _by_column(rows, options, result)
    for name, cells_ in lines:
        sequence = _sequence(name, cells_, options, result)
        if sequence is not None:
            result.sequences.append(sequence)
    if not result.sequences and not result.problems:
        result.problems.append(CsvProblem(0, 0, t("the file holds no values")))
    return result


# A line is (name, [(row, column, text), ...]) with 1-based positions of every value cell.
Line = tuple[str, list[tuple[int, int, str]]]


def _name(text: str, fallback: str) -> str:
    name = text.strip() or fallback
    return name if len(name) <= MAX_NAME_CHARS else name[: MAX_NAME_CHARS - 1] + "…"


def _by_column(rows: list[list[str]], options: CsvOptions, result: CsvResult) -> list[Line]:
    width = len(rows[0])
    first_data = 1 if options.has_header else 0
    header = rows[0] if options.has_header else []
    for r, row in enumerate(rows[first_data:], start=first_data + 1):
        if len(row) > width and any(row[width:]):
            result.problems.append(
                CsvProblem(r, 0, t("ragged row: {cells} cells, but the first row has {width}",
                                   cells=len(row), width=width))
            )
    first_column = 1 if options.has_labels else 0
    lines: list[Line] = []
    for c in range(first_column, width):
        name = _name(header[c] if c < len(header) else "", f"column {c + 1}")
        cells = [
            (r, c + 1, row[c] if c < len(row) else "")
            for r, row in enumerate(rows[first_data:], start=first_data + 1)
        ]
        lines.append((name, _trim_end(cells)))
    if options.has_labels and _descending_dates([row[0] for row in rows[first_data:] if row]):
        # A download that lists the newest day first: the network reads the oldest day first.
        lines = [(name, cells[::-1]) for name, cells in lines]
    return lines


def _descending_dates(cells: list[str]) -> bool:
    form = _date_format(cells)
    if form is None or len(cells) < 2:
        return False
    days = [datetime.strptime(c, form) for c in cells if c]
    return all(a > b for a, b in zip(days, days[1:]))


def _by_row(rows: list[list[str]], options: CsvOptions, result: CsvResult) -> list[Line]:
    first_row = 1 if options.has_labels else 0
    first_value = 1 if options.has_header else 0
    lines: list[Line] = []
    for r, row in enumerate(rows[first_row:], start=first_row + 1):
        if not any(row):
            continue
        name = _name(row[0] if options.has_header and row else "", f"row {r}")
        cells = [(r, c + 1, row[c]) for c in range(first_value, len(row))]
        lines.append((name, _trim_end(cells)))
    return lines


def _long(rows: list[list[str]], options: CsvOptions, result: CsvResult) -> list[Line]:
    """One sequence per name, its rows in date order (file order where there is no date)."""
    width = max(len(r) for r in rows)
    header = rows[0] if options.has_header else [""] * width
    body_start = 1 if options.has_header else 0
    found = _long_columns(header, rows[body_start:], result.decimal, width)
    name_c = options.name_column if options.name_column is not None else (found or (0,))[0]
    value_c = options.value_column
    if value_c is None:
        value_c = found[2] if found else width - 1
    date_c = options.date_column
    if date_c is None and found is not None and options.has_labels:
        date_c = found[1]
    if not (0 <= name_c < width and 0 <= value_c < width) or name_c == value_c:
        result.problems.append(CsvProblem(0, 0, t("no name column and value column to read")))
        return []
    form = None
    if date_c is not None and 0 <= date_c < width:
        form = _date_format([r[date_c] for r in rows[body_start:] if date_c < len(r)])
        if form is None:
            result.problems.append(
                CsvProblem(0, date_c + 1, t("the dates are not all in one format: the rows keep "
                                            "the file's order"))
            )
    groups: dict[str, list[tuple[object, int, tuple[int, int, str]]]] = {}
    for r, row in enumerate(rows[body_start:], start=body_start + 1):
        if not any(row):
            continue
        name = _name(row[name_c] if name_c < len(row) else "", "(no name)")
        cell = (r, value_c + 1, row[value_c] if value_c < len(row) else "")
        key: object = r
        if form is not None:
            key = datetime.strptime(row[date_c], form) if date_c < len(row) else datetime.min
        groups.setdefault(name, []).append((key, r, cell))
    lines: list[Line] = []
    for name, entries in groups.items():
        entries.sort(key=lambda e: (e[0], e[1]))
        lines.append((name, [cell for _, _, cell in entries]))
    return lines


def _trim_end(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sequences of different lengths end with empty cells; a gap inside one is a problem."""
    while cells and not cells[-1][2]:
        cells.pop()
    return cells


def _sequence(
    name: str, cells: list[tuple[int, int, str]], options: CsvOptions, result: CsvResult
) -> SequenceData | None:
    values: list[float] = []
    first_bad: tuple[int, int, str] | None = None
    for row, column, text in cells:
        if not text:
            message = t("empty cell inside {name}", name=repr(name))
        else:
            try:
                values.append(check_value(parse_number(text, result.decimal)))
                continue
            except DocumentError as error:
                message = str(error)
        result.problems.append(CsvProblem(row, column, message))
        if first_bad is None:
            first_bad = (row, column, text)
    if first_bad is not None:
        row, column, text = first_bad
        held = t("holds {text}", text=excerpt(text)) if text else t("is empty")
        result.left_out.append(t("{name} (row {row}, column {column} {held})", name=repr(name),
                                 row=row, column=column, held=held))
        return None
    target = None
    if options.last_is_target and values:
        target = values.pop()
    if not values:
        where = cells[0][:2] if cells else (0, 0)
        if options.last_is_target and cells:
            problem = t("{name} has no values besides its target", name=repr(name))
            left = t("{name} (no values besides its target)", name=repr(name))
        else:
            problem = t("{name} has no values", name=repr(name))
            left = t("{name} (no values)", name=repr(name))
        result.problems.append(CsvProblem(*where, problem))
        result.left_out.append(left)
        return None
    if len(values) > MAX_VALUES:
        row, column, _ = cells[MAX_VALUES]
        result.problems.append(
            CsvProblem(row, column, t("{name} has {count} values; at most {limit}", name=repr(name),
                                      count=whole(len(values)), limit=whole(MAX_VALUES)))
        )
        result.left_out.append(t("{name} (over {limit} values)", name=repr(name),
                                 limit=whole(MAX_VALUES)))
        return None
    return SequenceData(name, tuple(values), target)


# --- into the project ----------------------------------------------------------------------------
def imported_document(
    document: Document, result: CsvResult, options: CsvOptions, replacing: bool
) -> Document:
    """The project after the import: the file's sequences replace or join the current ones.

    With ``options.scale`` the prices are min-max scaled to [0, 1] as the lesson does, and the
    document keeps the scaling, so the editor still shows them in the file's units. Raw prices that
    join a scaled project are scaled alike. Raises DocumentError (e.g. every value the same)."""
    imported = tuple(result.sequences)
    unit = result.unit
    if replacing:
        raw = replace(document.with_sequences(imported), scaling=None)
        return scaling.scale(raw, scaling.fit(raw, unit)) if options.scale else raw
    current = document.sequences
    if document.scaling is not None:
        raw = replace(document.with_sequences(imported), scaling=None)
        return document.with_sequences(current + scaling.scale(raw, document.scaling).sequences)
    joined = document.with_sequences(current + imported)
    return scaling.scale(joined, scaling.fit(joined, unit)) if options.scale else joined

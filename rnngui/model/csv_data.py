"""Read sequences from a CSV file (a spreadsheet's export). Qt-free.

One sequence per column (the header row gives the names) or one per row (the first cell may be the
name); an optional date/label column or row is skipped; the last value may be taken as the target.
Nothing is thrown away silently: every cell that cannot be read is reported by its position in the
file (row and column numbers as a spreadsheet shows them, counting from 1), and a sequence with
such a cell is left out of the import, so the user sees exactly what will and will not come in.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from .document import MAX_VALUES, DocumentError, SequenceData, check_value

COLUMNS, ROWS = "columns", "rows"
MAX_CSV_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class CsvOptions:
    orientation: str = COLUMNS  # one sequence per column, or per row
    has_header: bool = True  # names in the first row (columns) or first cell (rows)
    has_labels: bool = False  # a date/label column (columns) or row (rows) to skip
    last_is_target: bool = False  # the last value of each sequence is the target


@dataclass(frozen=True)
class CsvProblem:
    row: int  # 1-based, as a spreadsheet numbers rows; 0 = the whole file
    column: int  # 1-based; 0 = the whole row
    message: str

    def where(self) -> str:
        if self.row == 0:
            return "file"
        return f"row {self.row}" if self.column == 0 else f"row {self.row}, column {self.column}"

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"


@dataclass
class CsvResult:
    sequences: list[SequenceData] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)  # the cells as read, for a preview


def decode(raw: bytes) -> tuple[str | None, CsvProblem | None]:
    """UTF-8 (with or without BOM); anything else is reported with the offending byte's place."""
    if len(raw) > MAX_CSV_BYTES:
        return None, CsvProblem(0, 0, f"the file is over {MAX_CSV_BYTES // 2**20} MB")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        return None, CsvProblem(
            line,
            0,
            f"not UTF-8 text: byte 0x{raw[error.start]:02x} at offset {error.start}. Save the "
            "file from the spreadsheet as 'CSV UTF-8' and import it again",
        )


def read_rows(text: str) -> list[list[str]]:
    """Split into rows of stripped cells. Tab, then semicolon (the spreadsheets that write decimal
    commas use it), then comma: csv.Sniffer guesses wrong on short files of numbers."""
    sample = text[:4096]
    delimiter = "\t" if "\t" in sample else ";" if ";" in sample else ","
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def parse(text: str, options: CsvOptions) -> CsvResult:
    rows = read_rows(text)
    result = CsvResult(table=rows)
    if not rows:
        result.problems.append(CsvProblem(0, 0, "the file holds no values"))
        return result
    if options.orientation == ROWS:
        lines = _by_row(rows, options, result)
    else:
        lines = _by_column(rows, options, result)
    for name, cells in lines:
        sequence = _sequence(name, cells, options, result)
        if sequence is not None:
            result.sequences.append(sequence)
    if not result.sequences and not result.problems:
        result.problems.append(CsvProblem(0, 0, "the file holds no values"))
    return result


# A line is (name, [(row, column, text), ...]) with 1-based positions of every value cell.
Line = tuple[str, list[tuple[int, int, str]]]


def _by_column(rows: list[list[str]], options: CsvOptions, result: CsvResult) -> list[Line]:
    width = len(rows[0])
    first_data = 1 if options.has_header else 0
    header = rows[0] if options.has_header else []
    for r, row in enumerate(rows[first_data:], start=first_data + 1):
        if len(row) > width and any(row[width:]):
            result.problems.append(
                CsvProblem(r, 0, f"ragged row: {len(row)} cells, but the first row has {width}")
            )
    first_column = 1 if options.has_labels else 0
    lines: list[Line] = []
    for c in range(first_column, width):
        name = header[c] if c < len(header) and header[c] else f"column {c + 1}"
        cells = [
            (r, c + 1, row[c] if c < len(row) else "")
            for r, row in enumerate(rows[first_data:], start=first_data + 1)
        ]
        lines.append((name, _trim_end(cells)))
    return lines


def _by_row(rows: list[list[str]], options: CsvOptions, result: CsvResult) -> list[Line]:
    first_row = 1 if options.has_labels else 0
    first_value = 1 if options.has_header else 0
    lines: list[Line] = []
    for r, row in enumerate(rows[first_row:], start=first_row + 1):
        if not any(row):
            continue
        name = row[0] if options.has_header and row and row[0] else f"row {r}"
        cells = [(r, c + 1, row[c]) for c in range(first_value, len(row))]
        lines.append((name, _trim_end(cells)))
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
    bad = False
    for row, column, text in cells:
        if not text:
            result.problems.append(CsvProblem(row, column, f"empty cell inside {name!r}"))
            bad = True
            continue
        try:
            values.append(check_value(parse_number(text)))
        except DocumentError as error:
            result.problems.append(CsvProblem(row, column, str(error)))
            bad = True
    if bad:
        return None
    target = None
    if options.last_is_target and values:
        target = values.pop()
    if not values:
        where = cells[0][:2] if cells else (0, 0)
        besides = " besides its target" if options.last_is_target and cells else ""
        result.problems.append(CsvProblem(*where, f"{name!r} has no values{besides}"))
        return None
    if len(values) > MAX_VALUES:
        row, column, _ = cells[MAX_VALUES]
        result.problems.append(
            CsvProblem(row, column, f"{name!r} has {len(values):,} values; at most {MAX_VALUES:,}")
        )
        return None
    return SequenceData(name, tuple(values), target)


def parse_number(text: str) -> float:
    """A number as a spreadsheet writes it: '12.40', '$12.40', '1,234.5' (thousands), '12,4'."""
    cleaned = text.replace("$", "").replace("€", "").replace("£", "").replace(" ", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    try:  # "nan" and "inf" parse here; check_value then explains why they cannot be prices
        return float(cleaned)
    except ValueError:
        raise DocumentError(f"{text!r} is not a number") from None

"""CSV reading: orientation, names, labels, targets, and every unreadable cell by its position."""

from __future__ import annotations

from rnngui.model.csv_data import ROWS, CsvOptions, decode, parse


def test_one_sequence_per_column_with_a_date_column_and_targets():
    text = "date,Blue,Red\nMon,18.6,12.4\nTue,19.9,14.8\nWed,21.5,\n"
    result = parse(text, CsvOptions(has_labels=True, last_is_target=True))
    assert result.problems == []
    blue, red = result.sequences
    assert (blue.name, blue.values, blue.target) == ("Blue", (18.6, 19.9), 21.5)
    assert (red.name, red.values, red.target) == ("Red", (12.4,), 14.8)  # shorter: fine


def test_one_sequence_per_row_of_different_lengths_semicolons_and_decimal_commas():
    text = "Blue;18,6;19,9;21,5\nRed;12,4;14,8\n"
    result = parse(text, CsvOptions(orientation=ROWS))
    assert [(s.name, s.values) for s in result.sequences] == [
        ("Blue", (18.6, 19.9, 21.5)),
        ("Red", (12.4, 14.8)),
    ]


def test_unreadable_cells_are_listed_by_position_and_their_sequence_left_out():
    text = "a,b,c\n1,2,3\n4,x,nan\n5,,6\n7,8,9,10\n"
    result = parse(text, CsvOptions())
    where = {str(p) for p in result.problems}
    assert "row 3, column 2: 'x' is not a number" in where
    assert "row 3, column 3: NaN is not a number a network can learn from" in where
    assert "row 4, column 2: empty cell inside 'b'" in where
    assert "row 5: ragged row: 4 cells, but the first row has 3" in where
    assert [s.name for s in result.sequences] == ["a"]


def test_money_signs_and_thousands_separators():
    result = parse('price\n"$1,234.50"\n$12.40\n', CsvOptions())
    assert result.sequences[0].values == (1234.5, 12.4)


def test_wrong_encoding_and_empty_files():
    text, problem = decode("Prix €\n12,4\n".encode("cp1252"))
    assert text is None and "not UTF-8 text: byte 0x80 at offset 5" in str(problem)
    assert str(parse("", CsvOptions()).problems[0]) == "file: the file holds no values"
    only_target = parse("a\n1\n", CsvOptions(last_is_target=True))
    assert "'a' has no values besides its target" in str(only_target.problems[0])


# --- what a price download needs (issue 13 item 5, issue 18 items 2 and 12) --------------------
import random  # noqa: E402

import pytest  # noqa: E402

from rnngui.model import csv_data  # noqa: E402
from rnngui.model.csv_data import COLUMNS, LONG, detect, imported_document  # noqa: E402
from rnngui.model.presets import statland  # noqa: E402

PRICES = "Date,Close\n2024-01-02,$142.17\n2024-01-03,$141.50\n2024-01-04,$145.03\n"


def test_a_date_column_is_found_and_prices_keep_their_decimals_and_are_scaled_by_default():
    options = detect(PRICES)
    assert (options.orientation, options.has_header, options.has_labels) == (COLUMNS, True, True)
    assert options.scale  # the prices lie far outside [0, 1]
    result = parse(PRICES, options)
    assert result.problems == [] and result.unit == "$"
    assert result.sequences[0].values == (142.17, 141.5, 145.03)
    document = imported_document(statland(), result, options, replacing=True)
    assert document.scaling is not None
    assert (document.scaling.low, document.scaling.high) == (141.5, 145.03)
    assert document.sequences[0].values[1] == 0.0 and document.sequences[0].values[2] == 1.0
    from rnngui.model.scaling import money

    assert money(document.scaling.to_raw(document.sequences[0].values[0]), "") == "142.17"


def test_values_inside_unit_range_are_not_scaled():
    assert not detect("Blue,Red\n0.1,0.5\n0.3,0.9\n").scale


def test_an_n_a_cell_says_which_cell_keeps_which_column_out():
    text = "Date,AAPL,MSFT\n2024-01-02,142.17,300\n2024-01-03,n/a,301\n"
    result = parse(text, detect(text))
    assert [s.name for s in result.sequences] == ["MSFT"]
    assert "row 3, column 2: 'n/a' is a missing value, not a number" in map(str, result.problems)
    assert result.left_out == ["'AAPL' (row 3, column 2 holds 'n/a')"]


def test_the_long_form_becomes_one_sequence_per_name_in_date_order():
    text = (
        "symbol,date,price\n"
        "MSFT,2024-01-03,301.25\nAAPL,2024-01-03,142.17\n"
        "AAPL,2024-01-02,141.00\nMSFT,2024-01-02,300.50\nAAPL,2024-01-04,145.03\n"
    )
    options = detect(text)
    assert options.orientation == LONG
    assert (options.name_column, options.date_column, options.value_column) == (0, 1, 2)
    result = parse(text, options)
    assert [(s.name, s.values) for s in result.sequences] == [
        ("MSFT", (300.5, 301.25)),
        ("AAPL", (141.0, 142.17, 145.03)),
    ]


def test_the_long_form_prefers_the_close_column_among_several_numbers():
    text = (
        "Date,Ticker,Open,High,Low,Close,Volume\n"
        "01/03/2024,X,10,12,9,11.5,1000\n01/02/2024,X,9,10,8,9.5,900\n"
        "01/02/2024,Y,5,6,4,5.25,100\n01/03/2024,Y,5,6,4,5.75,120\n"
    )
    options = detect(text)
    assert options.orientation == LONG and options.value_column == 5
    assert [(s.name, s.values) for s in parse(text, options).sequences] == [
        ("X", (9.5, 11.5)), ("Y", (5.25, 5.75)),
    ]


def test_european_thousands_are_read_right():
    text = "Datum;Preis\n01.02.2024;1.234,56\n02.02.2024;1.240,10\n05.02.2024;998,5\n"
    options = detect(text)
    assert options.decimal == "," and options.has_labels
    assert parse(text, options).sequences[0].values == (1234.56, 1240.1, 998.5)
    # The same cells, told the file writes '.', are refused with the reading they would have.
    refused = parse(text, csv_data.CsvOptions(has_labels=True, decimal="."))
    assert any("1234.56" in p.message for p in refused.problems)


def test_newest_first_downloads_are_read_oldest_first():
    text = "Date,Close\n2024-01-04,3\n2024-01-03,2\n2024-01-02,1\n"
    assert parse(text, detect(text)).sequences[0].values == (1.0, 2.0, 3.0)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("a\n" + '"' + "x" * 140_000 + "\n1\n", "131,072"),  # an unclosed quote then > 128 KB
        ("a\n" + "1" * 140_000 + "\n", "131,072"),  # one field over the csv module's limit
    ],
)
def test_what_the_csv_module_cannot_split_is_a_problem_not_an_exception(text, says):
    result = parse(text, detect(text))
    assert any(says in str(p) for p in result.problems)


def test_classic_mac_line_endings():
    text = "Blue,Red\r0.1,0.5\r0.3,0.9\r"
    result = parse(text, detect(text))
    assert result.problems == []
    assert [s.values for s in result.sequences] == [(0.1, 0.3), (0.5, 0.9)]


def test_seeded_fuzz_never_raises():
    rng = random.Random(18)
    pieces = ['"', "\r", "\n", ",", ";", "\t", "0", "1.5", "n/a", "$", "€", "2024-01-02", "x",
              "1.234,5", "−", " ", "\x00", "\r0", '""']
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        options = detect(text)
        result = parse(text, options)
        for replacing in (True, False):
            try:
                imported_document(statland(), result, options, replacing)
            except csv_data.DocumentError:
                pass

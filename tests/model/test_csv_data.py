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

"""Where things sit inside one copy of the network (a column; time runs left to right).

Local coordinates of a copy: x = 0 is the column's centre line, y grows downwards. The input x is at
the bottom, the output at the top, as data flows up through the lesson's network:

    output      (w3, b2)         <- prediction, target and residual beside the last one
      |
      y ----------------------.  the feedback loop (x w2) leaves to the right ...
    ReLU                       |
      |                        |
    sum  (b1)        ----------'  ... and enters the next copy's sum from the left
      |  (x w1)
      x
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

COL_W = 320.0  # one copy's width: the distance between neighbouring copies
R = 22.0  # node radius
OUT_Y = 92.0
TAP_Y = 172.0  # where y leaves for the feedback loop
RELU_Y = 208.0
RELU_W, RELU_H = 64.0, 26.0
SUM_Y = 300.0
X_Y = 420.0
TOP, BOTTOM = 0.0, 500.0
HALF = COL_W / 2
LOOP_LABEL_X = -HALF / 2 - 4  # centre of the labels on the incoming loop edge

LEFT, RIGHT, CENTRE = "left", "right", "centre"

# key -> (anchor x, anchor y (vertical centre of the text), alignment to the anchor)
LABEL_SPOTS: dict[str, tuple[float, float, str]] = {
    "output": (0.0, OUT_Y - R - 12, CENTRE),
    "ignored": (0.0, OUT_Y - R - 30, CENTRE),
    "target": (R + 8, OUT_Y - 9, LEFT),
    "residual": (R + 8, OUT_Y + 9, LEFT),
    "b2": (-R - 8, OUT_Y, RIGHT),
    "w3": (-8.0, 140.0, RIGHT),
    "y": (8.0, 155.0, LEFT),
    "b1": (R + 8, SUM_Y - 11, LEFT),
    "sum": (R + 8, SUM_Y + 11, LEFT),
    "w2": (LOOP_LABEL_X, SUM_Y - 15, CENTRE),
    "w2y": (LOOP_LABEL_X, SUM_Y + 15, CENTRE),
    "share": (LOOP_LABEL_X, SUM_Y + 33, CENTRE),
    "w1": (-8.0, 362.0, RIGHT),
    "w1x": (8.0, 362.0, LEFT),
    "x": (0.0, X_Y + R + 14, CENTRE),
    "sensitivity": (0.0, X_Y + R + 33, CENTRE),
}
WEIGHT_KEYS = ("w1", "w2", "b1", "w3", "b2")


def text_rect(key: str, width: float, height: float) -> QRectF:
    """The rectangle a label of this size occupies at its spot."""
    x, y, align = LABEL_SPOTS[key]
    if align == LEFT:
        left = x
    elif align == RIGHT:
        left = x - width
    else:
        left = x - width / 2
    return QRectF(left, y - height / 2, width, height)


ROW_GAP = 60.0  # between rows of copies: the loop's way back to the next row runs here
ROW_H = BOTTOM - TOP + ROW_GAP


def column_x(t: int, per_row: int | None = None) -> float:
    """The centre line of copy t in the scene (unrolled view)."""
    return (t if per_row is None else t % per_row) * COL_W


def copy_pos(t: int, per_row: int) -> QPointF:
    """Where copy t sits when the copies wrap into rows of ``per_row`` (reading order)."""
    return QPointF((t % per_row) * COL_W, (t // per_row) * ROW_H)


def grid_size(copies: int, per_row: int) -> tuple[int, int]:
    """(columns, rows) of the unrolled picture."""
    per_row = max(1, min(per_row, copies))
    return per_row, -(-copies // per_row)


def best_per_row(copies: int, width: float, height: float, margin: float) -> int:
    """The copies per row that shows them biggest in a width x height window.

    One long row suits a wide window; a narrow one reads better with the chain wrapped into
    rows (left to right, then the next row), like lines of text.
    """
    if copies <= 1 or width <= 0 or height <= 0:
        return max(1, copies)
    best, best_scale = copies, 0.0
    for rows in range(1, copies + 1):
        cols = -(-copies // rows)
        if rows > 1 and -(-copies // (rows - 1)) == cols:
            continue  # the same columns with an empty row
        scale = min(width / (cols * COL_W + 2 * margin), height / (rows * ROW_H - ROW_GAP + 2 * margin))
        if scale > best_scale * 1.02:  # prefer fewer rows when it is nearly a tie
            best, best_scale = cols, scale
    return best


def wrap_path(col: int) -> tuple[QPointF, ...]:
    """The loop from the last copy of a row (at column ``col``) to the first copy of the next row,
    along the gap under the row."""
    gap_y = BOTTOM + ROW_GAP / 2
    left = -col * COL_W - HALF
    return (
        QPointF(0, TAP_Y),
        QPointF(HALF, TAP_Y),
        QPointF(HALF, gap_y),
        QPointF(left, gap_y),
        QPointF(left, ROW_H + SUM_Y),
    )


def column_rect() -> QRectF:
    return QRectF(-HALF, TOP, COL_W, BOTTOM - TOP)


# Edges as polylines of local points; the last point carries the arrowhead.
EDGE_X_SUM = (QPointF(0, X_Y - R), QPointF(0, SUM_Y + R))
EDGE_SUM_RELU = (QPointF(0, SUM_Y - R), QPointF(0, RELU_Y + RELU_H / 2))
EDGE_RELU_OUT = (QPointF(0, RELU_Y - RELU_H / 2), QPointF(0, OUT_Y + R))
LOOP_OUT = (QPointF(0, TAP_Y), QPointF(HALF, TAP_Y), QPointF(HALF, SUM_Y))  # to the next copy
LOOP_IN = (QPointF(-HALF, SUM_Y), QPointF(-R, SUM_Y))  # from the previous copy (or y0 = 0)
# The rolled view's loop goes round the left side back into the same sum.
LOOP_ROLLED = (
    QPointF(0, TAP_Y),
    QPointF(-HALF + 12, TAP_Y),
    QPointF(-HALF + 12, SUM_Y),
    QPointF(-R, SUM_Y),
)

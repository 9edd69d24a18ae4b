"""Where things sit inside one copy of the LSTM unit, drawn as the chapter draws it.

Local coordinates of a copy: x = 0 is the column's centre, y grows downwards; time runs left to
right, copy after copy. The long-term memory c runs along the top, the short-term memory h along
the bottom, and the day's input x comes in at the bottom left:

    c in ──── × ──────── + ──────────┬────── c out      long-term memory
              │          │           │
              │          ×         tanh
              │        ╱   ╲         │
           forget   input  potential  output ──── ×
              σ        σ     tanh       σ         │
          (3 chips) (3 chips) (3 chips) (3 chips)  │
    h in ─────┴────────┴───────┴────────┴     └──── h out   short-term memory
    x ────────┴────────┴───────┴────────┴                     the day's input

Each gate column holds its activation box, its sum and the chips of its three parameters (the
weight on h, the weight on x, the bias); the chips are the same twelve numbers in every copy.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

COL_W = 640.0
HALF = COL_W / 2
R = 20.0  # radius of the ×, + nodes and the input
TOP, BOTTOM = 0.0, 560.0
ROW_GAP = 84.0
ROW_H = BOTTOM - TOP + ROW_GAP

LONG_Y = 80.0  # the long-term memory's line
MIX_Y = 160.0  # input × potential, and tanh(c)
BOX_Y = 258.0  # the gates' activation boxes
BOX_W, BOX_H = 62.0, 26.0
SUM_Y = 288.0
CHIP_Y = (314.0, 338.0, 362.0)  # a gate's h weight, x weight, bias
SHORT_Y = 430.0  # the short-term memory coming in (and leaving, on the right)
XBUS_Y = 460.0  # the day's input on its way to the four gates
X_Y = 500.0  # the input node

XF, XI, XG, XO = -236.0, -128.0, -20.0, 92.0  # forget, input, potential, output gate columns
XA = (XI + XG) / 2  # the + on the long line, and input × potential under it
XT = 230.0  # tanh(c) and output × tanh(c): the new short-term memory
XX = -290.0  # the input node, bottom left
STEM = 9.0  # a gate's h stem sits this far left of its column, the x stem this far right

GATES = ("forget", "input", "potential", "output")
GATE_X = {"forget": XF, "input": XI, "potential": XG, "output": XO}
GATE_TITLES = {
    "forget": "forget gate",
    "input": "input gate",
    "potential": "potential",
    "output": "output gate",
}
GATE_SYMBOLS = {"forget": "σ", "input": "σ", "potential": "tanh", "output": "σ"}
# The parameters of each gate column, top to bottom: the weight on h, on x, the bias.
GATE_PARAMS = {
    "forget": ("wlr1", "wlr2", "blr1"),
    "input": ("wpr1", "wpr2", "bpr1"),
    "potential": ("wp1", "wp2", "bp1"),
    "output": ("wo1", "wo2", "bo1"),
}
PARAM_GATE = {name: gate for gate, names in GATE_PARAMS.items() for name in names}
WEIGHT_KEYS = tuple(name for names in GATE_PARAMS.values() for name in names)

LEFT, RIGHT, CENTRE = "left", "right", "centre"

# key -> (anchor x, anchor y (the text's vertical centre), alignment to the anchor)
LABEL_SPOTS: dict[str, tuple[float, float, str]] = {
    "long_in": (-HALF + 6, LONG_Y - 16, LEFT),
    "kept": (XF, LONG_Y - R - 14, CENTRE),
    "added": (XA, LONG_Y - R - 14, CENTRE),
    "long": (XT - 8, LONG_Y - 16, RIGHT),
    "long_sensitivity": (XT - 8, LONG_Y - 34, RIGHT),
    "tanh_long": (XT - 40, MIX_Y, RIGHT),
    "forget": (XF + 8, 180.0, LEFT),
    "input": (XI - 6, 218.0, RIGHT),
    "potential": (XG + 6, 218.0, LEFT),
    "output": ((XO + BOX_W / 2 + XT - R) / 2, BOX_Y - 11, CENTRE),
    "short": (XT + 8, 390.0, LEFT),
    "short_in": (-HALF + 6, SHORT_Y - 12, LEFT),
    "x": (XX, X_Y + R + 12, CENTRE),
    "sensitivity": (XX - 24, X_Y + R + 30, LEFT),
    "prediction": (XO + 20, 478.0, LEFT),
    "target": (XO + 20, 498.0, LEFT),
    "residual": (XO + 20, 518.0, LEFT),
}
for _gate, _x in GATE_X.items():
    LABEL_SPOTS[f"{_gate}_title"] = (_x, BOX_Y - BOX_H / 2 - 10, CENTRE)
    LABEL_SPOTS[f"{_gate}_sum"] = (_x, SUM_Y, CENTRE)
    for _name, _y in zip(GATE_PARAMS[_gate], CHIP_Y):
        LABEL_SPOTS[_name] = (_x, _y, CENTRE)


def text_rect(key: str, width: float, height: float) -> QRectF:
    x, y, align = LABEL_SPOTS[key]
    left = x if align == LEFT else (x - width if align == RIGHT else x - width / 2)
    return QRectF(left, y - height / 2, width, height)


def box_rect(gate: str) -> QRectF:
    x = GATE_X[gate]
    return QRectF(x - BOX_W / 2, BOX_Y - BOX_H / 2, BOX_W, BOX_H)


TANH_RECT = QRectF(XT - BOX_W / 2, MIX_Y - BOX_H / 2, BOX_W, BOX_H)
CHIPS_BOTTOM = CHIP_Y[-1] + 10


def column_rect() -> QRectF:
    return QRectF(-HALF, TOP, COL_W, BOTTOM - TOP)


def copy_pos(t: int, per_row: int) -> QPointF:
    return QPointF((t % per_row) * COL_W, (t // per_row) * ROW_H)


def grid_size(copies: int, per_row: int) -> tuple[int, int]:
    per_row = max(1, min(per_row, copies))
    return per_row, -(-copies // per_row)


def best_per_row(copies: int, width: float, height: float, margin: float) -> int:
    """The copies per row that shows them biggest in the window (see layout.best_per_row)."""
    if copies <= 1 or width <= 0 or height <= 0:
        return max(1, copies)
    best, best_scale = copies, 0.0
    for rows in range(1, copies + 1):
        cols = -(-copies // rows)
        if rows > 1 and -(-copies // (rows - 1)) == cols:
            continue
        scale = min(width / (cols * COL_W + 2 * margin),
                    height / (rows * ROW_H - ROW_GAP + 2 * margin))
        if scale > best_scale * 1.02:
            best, best_scale = cols, scale
    return best


# --- lines (polylines of local points; the last point carries the arrowhead) -------------------
LONG_IN = (QPointF(-HALF, LONG_Y), QPointF(XF - R, LONG_Y))
LONG_KEPT = (QPointF(XF + R, LONG_Y), QPointF(XA - R, LONG_Y))
LONG_OUT = (QPointF(XA + R, LONG_Y), QPointF(HALF, LONG_Y))
LONG_TAP = (QPointF(XT, LONG_Y), QPointF(XT, MIX_Y - BOX_H / 2))
TANH_TO_MUL = (QPointF(XT, MIX_Y + BOX_H / 2), QPointF(XT, BOX_Y - R))
FORGET_UP = (QPointF(XF, BOX_Y - BOX_H / 2), QPointF(XF, LONG_Y + R))
INPUT_UP = (QPointF(XI, BOX_Y - BOX_H / 2), QPointF(XA - R * 0.72, MIX_Y + R * 0.72))
POTENTIAL_UP = (QPointF(XG, BOX_Y - BOX_H / 2), QPointF(XA + R * 0.72, MIX_Y + R * 0.72))
MIX_UP = (QPointF(XA, MIX_Y - R), QPointF(XA, LONG_Y + R))
OUTPUT_RIGHT = (QPointF(XO + BOX_W / 2, BOX_Y), QPointF(XT - R, BOX_Y))
SHORT_OUT = (QPointF(XT, BOX_Y + R), QPointF(XT, SHORT_Y), QPointF(HALF, SHORT_Y))
SHORT_IN = (QPointF(-HALF, SHORT_Y), QPointF(XO - STEM, SHORT_Y))
X_UP = (QPointF(XX, X_Y - R), QPointF(XX, XBUS_Y), QPointF(XO + STEM, XBUS_Y))
H_STEMS = tuple((QPointF(x - STEM, SHORT_Y), QPointF(x - STEM, CHIPS_BOTTOM)) for x in GATE_X.values())
X_STEMS = tuple((QPointF(x + STEM, XBUS_Y), QPointF(x + STEM, CHIPS_BOTTOM)) for x in GATE_X.values())
BOX_UP = tuple((QPointF(x, CHIP_Y[0] - 10), QPointF(x, BOX_Y + BOX_H / 2))
               for x in GATE_X.values())

# The rolled view: both memories go round the unit back into it.
LONG_ROLLED = (QPointF(HALF - 8, LONG_Y), QPointF(HALF - 8, LONG_Y - 58),
               QPointF(-HALF + 8, LONG_Y - 58), QPointF(-HALF + 8, LONG_Y),
               QPointF(XF - R, LONG_Y))
SHORT_ROLLED = (QPointF(XT, BOX_Y + R), QPointF(XT, SHORT_Y), QPointF(HALF - 8, SHORT_Y),
                QPointF(HALF - 8, BOTTOM + 8), QPointF(-HALF + 8, BOTTOM + 8),
                QPointF(-HALF + 8, SHORT_Y), QPointF(XO - STEM, SHORT_Y))


def wrap_paths(col: int) -> tuple[tuple[QPointF, ...], tuple[QPointF, ...]]:
    """The long- and short-term memories from the last copy of a row (at column ``col``) to the
    first copy of the next row, along the gap under the row; they never cross."""
    left = -col * COL_W - HALF
    gap_short, gap_long = BOTTOM + ROW_GAP * 0.3, BOTTOM + ROW_GAP * 0.7
    long = (
        QPointF(XA + R, LONG_Y), QPointF(HALF + 22, LONG_Y), QPointF(HALF + 22, gap_long),
        QPointF(left - 10, gap_long), QPointF(left - 10, ROW_H + LONG_Y),
        QPointF(left, ROW_H + LONG_Y),
    )
    short = (
        QPointF(XT, BOX_Y + R), QPointF(XT, SHORT_Y), QPointF(HALF + 10, SHORT_Y),
        QPointF(HALF + 10, gap_short), QPointF(left - 24, gap_short),
        QPointF(left - 24, ROW_H + SHORT_Y), QPointF(left, ROW_H + SHORT_Y),
    )
    return long, short

"""Every timing rule of a live run in one place, each with the reason for its number. Qt-free.

The training loop is pure Python, so it holds the interpreter lock almost all the time, and the
GUI thread needs that lock for every Python call of a repaint. The numbers below make the two
threads take turns: the worker trains for a frame, hands over a chunk, waits until the GUI has
drawn it, and goes on. They were measured on this project's 2-core machine (README, Benchmarks).
"""

from __future__ import annotations

# --- the worker (session/worker.py) -----------------------------------------------------------
# Chunks are cut every FRAME seconds, so the plots refresh 1 / FRAME times a second; the worker
# trains for whatever the GUI's drawing of the last chunk left of the frame (drawing takes 5-10 ms:
# ~21 ms of training, ~3/4 of the time).
FRAME = 1 / 35
# However slow the drawing, each chunk trains at least this long after the wait, so on a slow
# machine training keeps about half the time, at the cost of fewer refreshes.
MIN_CHUNK_INTERVAL = 1 / 50
# How often a worker waiting for the GUI looks at the stop flag: Stop answers within this.
ACK_TIMEOUT = 0.05
# The interpreter hands the lock to a waiting thread after this long (default 5 ms). At 1 ms the
# GUI thread's many short Python calls in a repaint are not each held up by a slice of training.
SWITCH_INTERVAL = 0.001
# The diagnosis looks at this many recent steps: enough to tell a bounce from a descent, few
# enough that it answers a change of learning rate within a second.
DIAGNOSIS_WINDOW = 100

# --- the state (session/state.py) -------------------------------------------------------------
# While a run goes flat out, the views that show the weights (canvas, chart, summary) follow it
# this often; the plots take every chunk. 10 a second reads as live and halves the GUI's work.
LIVE_PARAMS_INTERVAL = 0.1
# Low-priority event-loop passes before the worker goes on: the views' repaints (posted at normal
# and low priority by what they did with the chunk) run first, then what those post in turn.
ACK_HOPS = 2
# Joining a worker thread: the loop looks at the stop flag every step, so this is generous.
JOIN_TIMEOUT_MS = 1000

# --- the speed control (issue "tell the lesson true") -----------------------------------------
# Steps per second a class can follow: from one a second (read every number) up to this many,
# above which the slider's last notch is "flat out" (no limit at all).
SLOWEST_SPEED = 1.0
FASTEST_LIMITED_SPEED = 1000.0
# At or below this speed every step is its own chunk, so the canvas, the chart and the landscape
# path show each step; above it frame pacing cuts the chunks as when flat out.
EVERY_STEP_SPEED = 35.0

# --- the views --------------------------------------------------------------------------------
# Training plots: redraw at most this often, and never spend more than about a third of the GUI
# thread's time on it: on a slow or busy machine the plots refresh less often instead of
# starving input events.
MIN_REDRAW_INTERVAL = 1 / 60
REDRAW_SHARE = 1 / 3
# Progress, speed and diagnosis text while running: 10 times a second is as fast as anyone reads
# (at 50 the digits only flicker), and each change costs a repaint.
TEXT_INTERVAL = 0.1
# One live update repaints at most this much of the canvas (seconds of drawing, from the last
# repaint's cost per copy): a fitted 51-copy chain repaints whole in ~1 ms, the same chain at a
# middle zoom at full HD takes ~24 ms, which stalls the GUI between two plot frames.
LIVE_FRAME_BUDGET = 0.003
# Lesson read-outs follow training live, at most ~16 times a second.
READOUT_DELAY_MS = 60
# The through-time page coalesces the ~30 parameter updates a second of a run.
THROUGH_TIME_REFRESH_MS = 100
# At most five landscapes a second while the fixed parameters move.
LANDSCAPE_RECOMPUTE_MS = 200
# Autosave for crash recovery: 3 s after an edit; during a run every 30 s (a write costs a
# repaint's worth of GUI time, and a run can always be trained again).
AUTOSAVE_MS = 3000
RUNNING_AUTOSAVE_S = 30.0

"""Presets run at a speed a class can watch; tests that only need the end run them flat out."""

from __future__ import annotations

from dataclasses import replace


def flat_out(state) -> None:
    """No speed limit for the current document (the run's story, not the wait, is tested)."""
    state.set_training(replace(state.document.training, speed=None), "Flat out (test)")

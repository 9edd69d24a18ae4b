"""The step-through forward pass: which copy the animation has reached, one copy per Step or tick."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

PLAY_INTERVAL_MS = 900  # long enough to read a formula line


class ForwardStepper(QObject):
    """-1 = not stepping (every copy computed); 0..n-1 = the copies up to this one are computed."""

    stepChanged = Signal(int)
    playingChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index = -1
        self.copies = 1
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_copies(self, copies: int) -> None:
        """The sequence changed length: a step beyond the new end starts over."""
        self.copies = max(1, copies)
        if self.index >= self.copies:
            self.reset()

    @Slot()
    def step(self) -> None:
        """One copy further; after the last copy, back to the first."""
        self._set((self.index + 1) % self.copies)

    @Slot()
    def play(self) -> None:
        """Play from the first copy (or from where a pause left it), one copy per tick."""
        if self.playing:
            self.pause()
            return
        if self.index >= self.copies - 1 or self.index < 0:
            self._set(0)
        self._timer.start()
        self.playingChanged.emit(True)

    @Slot()
    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playingChanged.emit(False)

    @Slot()
    def reset(self) -> None:
        self.pause()
        self._set(-1)

    @Slot()
    def _tick(self) -> None:
        if self.index >= self.copies - 1:
            self.pause()
            return
        self._set(self.index + 1)
        if self.index >= self.copies - 1:
            self.pause()

    def _set(self, index: int) -> None:
        if index != self.index:
            self.index = index
            self.stepChanged.emit(index)

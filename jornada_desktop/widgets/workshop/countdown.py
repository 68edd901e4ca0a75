"""A workshop activity's countdown: the arithmetic (any clock) and a large label that shows it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Countdown(QObject):
    """Counts an activity's time down; `changed(remaining_s)` every second while running, `expired` at 0."""

    changed = Signal(int)
    expired = Signal()
    running_changed = Signal(bool)

    def __init__(self, minutes: int = 10, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.duration = max(1, minutes) * 60
        self._spent_before = 0.0  # seconds spent in earlier runs
        self._started_at: float | None = None
        self._expired_said = False
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.poll)

    @property
    def running(self) -> bool:
        """Whether the countdown is going."""
        return self._started_at is not None

    def spent(self) -> float:
        """Seconds counted so far."""
        extra = self.clock() - self._started_at if self._started_at is not None else 0.0
        return self._spent_before + extra

    def remaining(self) -> int:
        """Whole seconds left (0 when the time is up)."""
        left = self.duration - self.spent()
        return max(0, int(left + 0.999))

    def start(self) -> None:
        """Start or resume."""
        if self.running or self.remaining() == 0:
            return
        self._started_at = self.clock()
        self.timer.start()
        self.running_changed.emit(True)
        self.changed.emit(self.remaining())

    def pause(self) -> None:
        """Stop counting, keeping the time left."""
        if not self.running:
            return
        self._spent_before = self.spent()
        self._started_at = None
        self.timer.stop()
        self.running_changed.emit(False)
        self.changed.emit(self.remaining())

    def toggle(self) -> None:
        """Start when paused, pause when running."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self, minutes: int | None = None) -> None:
        """Back to the full time (optionally a new one), paused."""
        if minutes is not None:
            self.duration = max(1, minutes) * 60
        self.pause()
        self._spent_before = 0.0
        self._expired_said = False
        self.changed.emit(self.remaining())

    def add_minutes(self, minutes: int) -> None:
        """Give the activity more (or less) time."""
        self.duration = max(60, self.duration + minutes * 60)
        if self.remaining() > 0:
            self._expired_said = False
        self.changed.emit(self.remaining())

    def poll(self) -> None:
        """Report the time left; stop and say so when it runs out."""
        left = self.remaining()
        self.changed.emit(left)
        if left == 0 and not self._expired_said:
            self._expired_said = True
            self.pause()
            self.expired.emit()


def format_remaining(seconds: int) -> str:
    """mm:ss (or h:mm:ss for an hour or more)."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CountdownLabel(QLabel):
    """The big mm:ss of a countdown; turns red (and says so in words) when the time is up."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationTimer")
        self.countdown = countdown
        countdown.changed.connect(self.show_time)
        countdown.expired.connect(self._expired)
        self.show_time(countdown.remaining())

    def show_time(self, seconds: int) -> None:
        """Show the time left."""
        text = format_remaining(seconds)
        self.setText(text)
        expired = seconds == 0
        if self.property("expired") != expired:
            self.setProperty("expired", expired)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setAccessibleName(self.tr("Time left: %1").replace("%1", text) if not expired
                               else self.tr("Time is up"))
        self.setToolTip(self.accessibleName())

    def _expired(self) -> None:
        QApplication.beep()
        self.show_time(0)

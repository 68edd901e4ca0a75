"""Timing helpers: medians of repeated runs, waiting for Qt to paint, process memory."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Sample:
    """Seconds of several runs of one measurement; `median` is what the table shows."""

    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        """The median run, in seconds."""
        return statistics.median(self.runs)

    @property
    def spread(self) -> float:
        """(max - min) / median: how noisy the runs were."""
        return (max(self.runs) - min(self.runs)) / self.median if self.median else 0.0


def measure(run: Callable[[int], Any], repeats: int, warmups: int = 1,
            before: Callable[[int], Any] | None = None) -> Sample:
    """Time `run(i)` `repeats` times after `warmups` untimed runs; `before(i)` runs untimed each time."""
    for i in range(warmups):
        if before is not None:
            before(-1 - i)
        run(-1 - i)
    runs = []
    for i in range(repeats):
        if before is not None:
            before(i)
        t0 = time.perf_counter()
        run(i)
        runs.append(time.perf_counter() - t0)
    return Sample(tuple(runs))


def rss_mb(pid: str | int = "self") -> tuple[float, float]:
    """(resident, peak resident) memory of a process in MB, from /proc (0, 0 where it is missing)."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return 0.0, 0.0
    values: dict[str, float] = {}
    for line in status.read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = float(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


class PaintProbe:
    """Notes when a widget receives a paint event (an event filter, installed on creation)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class _Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    probe.painted += 1
                return False

        self.painted = 0
        self.widget = widget
        self._filter = _Filter()
        widget.installEventFilter(self._filter)

    def reset(self) -> None:
        """Forget earlier paints."""
        self.painted = 0

    def wait(self, timeout: float = 60.0) -> bool:
        """Run the event loop until the widget has painted (True) or the timeout passes (False)."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        deadline = time.perf_counter() + timeout
        while not self.painted:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if time.perf_counter() > deadline:
                return False
        return True

    def remove(self) -> None:
        """Uninstall the filter."""
        self.widget.removeEventFilter(self._filter)


def settle(ms: int = 0) -> None:
    """Process pending events (posted deletes and updates included) for about `ms` milliseconds."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

    deadline = time.perf_counter() + ms / 1000
    while True:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        if time.perf_counter() >= deadline:
            break

"""The impact × effort matrix of the backlog: a matplotlib chart in the window; a click selects an item."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from jornada_desktop.editing.document import Document
from jornada_desktop.model.entities import Improvement
from jornada_desktop.widgets.window.hooks import FollowsJourney

STATUS_COLORS = {"open": "#4C78A8", "in_progress": "#F58518", "done": "#54A24B", "dismissed": "#9D9DA3"}
QUADRANT_COLORS = {"quick_win": "#E3F4E8", "big_bet": "#E5EEF9", "fill_in": "#F4F4F4", "money_pit": "#FBE7E4"}
SPLIT = 2.5  # between ratings 2 and 3 (see docs/backlog.md: 3 counts as high)
JITTER = 0.18


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImpactEffortMatrix", text)


def quadrant_titles() -> dict[str, str]:
    """The translated names of the four quadrants."""
    return {"quick_win": _tr("Quick wins"), "big_bet": _tr("Big bets"),
            "fill_in": _tr("Fill-ins"), "money_pit": _tr("Money pits")}


def spread_positions(items: list[Improvement]) -> dict[int, tuple[float, float]]:
    """(effort, impact) of each item; items sharing a rating are spread on a small circle."""
    groups: dict[tuple[int, int], list[int]] = {}
    for item in items:
        groups.setdefault((item.effort, item.impact), []).append(item.id)
    positions: dict[int, tuple[float, float]] = {}
    for (effort, impact), ids in groups.items():
        if len(ids) == 1:
            positions[ids[0]] = (float(effort), float(impact))
            continue
        for n, item_id in enumerate(sorted(ids)):
            angle = 2 * math.pi * n / len(ids)
            positions[item_id] = (effort + JITTER * math.cos(angle), impact + JITTER * math.sin(angle))
    return positions



class MatrixWidget(FollowsJourney, QWidget):
    """The journey's improvements on impact (up) × effort (right); `improvement_picked(id)` on a click."""

    WATCHED = ("improvements", "journeys")

    improvement_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactEffortMatrix")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(5, 4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.axes = self.figure.add_subplot()
        self.document: Document | None = None
        self.journey_id: int | None = None
        self.selected_id: int | None = None
        self.positions: dict[int, tuple[float, float]] = {}
        self._ids: list[int] = []
        self._scatter: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        self.hint = QLabel(_tr("Click a point to select the improvement in the backlog."))
        self.hint.setStyleSheet("color:#666;padding:2px 6px")
        layout.addWidget(self.hint)
        self.canvas.mpl_connect("pick_event", self._picked)
        self.redraw()

    def items(self) -> list[Improvement]:
        """The improvements drawn (dismissed ones are left out)."""
        if self.document is None or self.journey_id is None:
            return []
        return [i for i in self.document.ws.improvements(self.journey_id) if i.status != "dismissed"]

    def select(self, improvement_id: int) -> None:
        """Ring one point (0 or an unknown id clears the ring)."""
        self.selected_id = improvement_id or None
        self.redraw()

    def refresh(self) -> None:
        """Follow the journey shown."""
        self.redraw()

    def redraw(self) -> None:
        """Draw the quadrants and the points again from the workspace."""
        ax = self.axes
        ax.clear()
        titles = quadrant_titles()
        lo, hi = 0.5, 5.5
        areas = {"quick_win": (lo, SPLIT, SPLIT, hi), "big_bet": (SPLIT, hi, SPLIT, hi),
                 "fill_in": (lo, SPLIT, lo, SPLIT), "money_pit": (SPLIT, hi, lo, SPLIT)}
        for key, (x0, x1, y0, y1) in areas.items():
            ax.axvspan(x0, x1, ymin=(y0 - lo) / (hi - lo), ymax=(y1 - lo) / (hi - lo),
                       color=QUADRANT_COLORS[key], zorder=0)
            ax.text((x0 + x1) / 2, y1 - 0.12, titles[key], ha="center", va="top", fontsize=10,
                    fontweight="bold", color="#555", zorder=1)
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        ax.set_xticks(range(1, 6))
        ax.set_yticks(range(1, 6))
        ax.set_xlabel(_tr("Effort"))
        ax.set_ylabel(_tr("Impact"))
        ax.grid(True, color="#FFFFFF", linewidth=0.8, zorder=0.5)
        items = self.items()
        self.positions = spread_positions(items)
        self._ids = [i.id for i in items]
        self._scatter = None
        if items:
            xs = [self.positions[i.id][0] for i in items]
            ys = [self.positions[i.id][1] for i in items]
            sizes = [70 + 25 * min(i.votes, 20) for i in items]
            colors = [STATUS_COLORS.get(i.status, "#4C78A8") for i in items]
            edges = ["#111111" if i.id == self.selected_id else "white" for i in items]
            widths = [2.5 if i.id == self.selected_id else 1.0 for i in items]
            self._scatter = ax.scatter(xs, ys, s=sizes, c=colors, edgecolors=edges, linewidths=widths,
                                       picker=True, pickradius=8, zorder=3)
            for item, x, y in zip(items, xs, ys, strict=True):
                label = item.title if len(item.title) <= 28 else item.title[:27] + "…"
                ax.annotate(label, (x, y), xytext=(8, -3), textcoords="offset points", fontsize=8,
                            color="#222", zorder=4, clip_on=True)
        self.canvas.draw_idle()

    def point_position(self, improvement_id: int) -> tuple[float, float]:
        """Where an item's point is, in the canvas widget's coordinates (logical pixels)."""
        self.canvas.draw()
        x, y = self.positions[improvement_id]
        px, py = self.axes.transData.transform((x, y))
        ratio = self.canvas.device_pixel_ratio or 1.0
        return px / ratio, self.canvas.height() - py / ratio

    def _picked(self, event: Any) -> None:
        if event.artist is not self._scatter or not len(event.ind):
            return
        index = int(event.ind[0])
        if 0 <= index < len(self._ids):
            self.improvement_picked.emit(self._ids[index])

"""Where everything goes on the canvas: columns, rows that grow to fit their cards, card slots.

Pure geometry over the model (no Qt): the scene asks it where to put items and which cell and
index lie under a point. Computing it for 10,000 cards is one pass with a sort per cell.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from jornada_desktop.canvas import style
from jornada_desktop.model.entities import Card, Lane, Stage
from jornada_desktop.model.workspace import Workspace

Cell = tuple[int, int]  # (stage_id, lane_id)
EMOTION_LANE = "emotions"


@dataclass(frozen=True)
class EmotionPoint:
    """A touchpoint's place on the experience curve: its card, x in the scene, its valence."""

    card_id: int
    x: float
    value: int
    stage_id: int


@dataclass
class GridLayout:
    """The computed geometry of one journey's grid (scene coordinates, origin at the top-left)."""

    stages: list[Stage]
    lanes: list[Lane]
    col_x: list[float]
    row_y: list[float]
    row_h: list[float]
    band_h: dict[int, float]  # lane id -> height of the emotion band at the top of its row
    cells: dict[Cell, list[int]]  # card ids in order
    card_xy: dict[int, tuple[float, float]]  # card id -> top-left of its slot
    emotion_points: list[EmotionPoint] = field(default_factory=list)

    # ---- sizes -------------------------------------------------------------
    @property
    def width(self) -> float:
        """The grid's width, lane headers included."""
        return style.LANE_HEADER_W + len(self.stages) * style.COLUMN_W

    @property
    def height(self) -> float:
        """The grid's height, stage headers included."""
        if not self.lanes:
            return style.STAGE_HEADER_H
        return self.row_y[-1] + self.row_h[-1]

    def stage_index(self, stage_id: int) -> int | None:
        """The column index of a stage, or None when it is not shown."""
        for i, s in enumerate(self.stages):
            if s.id == stage_id:
                return i
        return None

    def lane_index(self, lane_id: int) -> int | None:
        """The row index of a lane, or None when it is not shown."""
        for i, ln in enumerate(self.lanes):
            if ln.id == lane_id:
                return i
        return None

    def cell_rect(self, cell: Cell) -> tuple[float, float, float, float] | None:
        """(x, y, w, h) of a cell, or None when it is not shown."""
        c, r = self.stage_index(cell[0]), self.lane_index(cell[1])
        if c is None or r is None:
            return None
        return (self.col_x[c], self.row_y[r], style.COLUMN_W, self.row_h[r])

    def cards_top(self, lane_id: int) -> float:
        """The y of the first card slot in a lane's row."""
        r = self.lane_index(lane_id)
        assert r is not None
        return self.row_y[r] + self.band_h.get(lane_id, 0.0) + style.CELL_PAD

    # ---- hit testing ---------------------------------------------------------
    def column_at(self, x: float) -> int | None:
        """The column index under an x, or None outside the columns."""
        if not self.stages or x < self.col_x[0] or x >= self.col_x[-1] + style.COLUMN_W:
            return None
        return bisect_right(self.col_x, x) - 1

    def row_at(self, y: float) -> int | None:
        """The row index under a y, or None outside the rows."""
        if not self.lanes or y < self.row_y[0] or y >= self.row_y[-1] + self.row_h[-1]:
            return None
        return bisect_right(self.row_y, y) - 1

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell under a point, or None."""
        c, r = self.column_at(x), self.row_at(y)
        if c is None or r is None:
            return None
        return (self.stages[c].id, self.lanes[r].id)

    def _remaining(self, cell: Cell, excluding: Collection[int]) -> list[int]:
        return [i for i in self.cells.get(cell, ()) if i not in excluding]

    def insertion_index(self, cell: Cell, y: float, excluding: Collection[int] = ()) -> int:
        """Where a card dropped at y would go among the cell's other cards."""
        half = style.CARD_H / 2
        return sum(1 for i in self._remaining(cell, excluding) if self.card_xy[i][1] + half < y)

    def insertion_y(self, cell: Cell, index: int, excluding: Collection[int] = ()) -> float:
        """The y of the line that shows where a drop at an index would land."""
        rest = self._remaining(cell, excluding)
        if not rest:
            return self.cards_top(cell[1]) - style.CARD_GAP / 2
        if index < len(rest):
            return self.card_xy[rest[index]][1] - style.CARD_GAP / 2
        return self.card_xy[rest[-1]][1] + style.CARD_H + style.CARD_GAP / 2

    # ---- emotions ---------------------------------------------------------------
    def emotion_lanes(self) -> list[Lane]:
        """The shown lanes of kind 'emotions' (each draws the experience curve)."""
        return [ln for ln in self.lanes if ln.kind == EMOTION_LANE]

    def level_y(self, lane_id: int, value: float) -> float:
        """The y of an emotion level (-2..+2) in an emotions lane's band."""
        r = self.lane_index(lane_id)
        assert r is not None
        top = self.row_y[r] + (style.EMOTION_BAND_H - 4 * style.EMOTION_LEVEL_H) / 2
        return top + (2 - value) * style.EMOTION_LEVEL_H

    def value_at(self, lane_id: int, y: float) -> int:
        """The emotion level nearest to a y in an emotions lane's band."""
        top = self.level_y(lane_id, 2)
        return max(-2, min(2, 2 - round((y - top) / style.EMOTION_LEVEL_H)))


def group_cells(cards: Iterable[Card]) -> dict[Cell, list[Card]]:
    """Cards placed in cells (attached notes left out), grouped and sorted by their order."""
    cells: dict[Cell, list[Card]] = {}
    for card in cards:
        if card.parent_id is None:
            cells.setdefault((card.stage_id, card.lane_id), []).append(card)
    for items in cells.values():
        items.sort(key=lambda c: (c.position, c.id))
    return cells


def is_curve_card(card: Card) -> bool:
    """Whether a card has a marker on the experience curve (a touchpoint with an emotion)."""
    return card.kind == "touchpoint" and card.emotion is not None and card.parent_id is None


def compute_layout(ws: Workspace, journey_id: int, hidden_stages: Collection[int] = ()) -> GridLayout:
    """The layout of a journey: hidden lanes and the given hidden stages are left out."""
    stages = [s for s in ws.stages(journey_id) if s.id not in hidden_stages]
    lanes = [ln for ln in ws.lanes(journey_id) if not ln.hidden]
    grouped = group_cells(ws.cards(journey_id))
    col_x = [style.LANE_HEADER_W + i * style.COLUMN_W for i in range(len(stages))]
    row_y: list[float] = []
    row_h: list[float] = []
    band_h: dict[int, float] = {}
    card_xy: dict[int, tuple[float, float]] = {}
    cells: dict[Cell, list[int]] = {}
    y = style.STAGE_HEADER_H
    step = style.CARD_H + style.CARD_GAP
    for lane in lanes:
        band = style.EMOTION_BAND_H if lane.kind == EMOTION_LANE else 0.0
        if band:
            band_h[lane.id] = band
        most = 0
        for ci, stage in enumerate(stages):
            items = grouped.get((stage.id, lane.id), [])
            ids = [c.id for c in items]
            cells[(stage.id, lane.id)] = ids
            most = max(most, len(ids))
            x = col_x[ci] + style.CELL_PAD
            top = y + band + style.CELL_PAD
            for k, card_id in enumerate(ids):
                card_xy[card_id] = (x, top + k * step)
        if most:
            h = band + 2 * style.CELL_PAD + most * style.CARD_H + (most - 1) * style.CARD_GAP
        else:
            h = band + style.CELL_PAD if band else style.EMPTY_CELL_H
        row_y.append(y)
        row_h.append(h)
        y += h
    layout = GridLayout(stages, lanes, col_x, row_y, row_h, band_h, cells, card_xy)
    if layout.emotion_lanes():
        lane_pos = {ln.id: ln.position for ln in ws.lanes(journey_id)}
        for ci, stage in enumerate(stages):
            curve = []
            for lane in ws.lanes(journey_id):
                curve.extend(c for c in grouped.get((stage.id, lane.id), []) if is_curve_card(c))
            curve.sort(key=lambda c: (lane_pos.get(c.lane_id, 0), c.position, c.id))
            for k, card in enumerate(curve):
                x = col_x[ci] + style.COLUMN_W * (k + 1) / (len(curve) + 1)
                layout.emotion_points.append(EmotionPoint(card.id, x, int(card.emotion), stage.id))
    return layout

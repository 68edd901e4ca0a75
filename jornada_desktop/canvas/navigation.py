"""Keyboard movement over the grid: from a card (or an empty cell) to the next one in a direction."""

from __future__ import annotations

from jornada_desktop.canvas.layout import Cell, GridLayout

Position = tuple[Cell, int | None]  # a cell and a card index in it (None: the empty cell itself)


def first_position(layout: GridLayout) -> Position | None:
    """The top-left cell, on its first card when it has one."""
    if not layout.stages or not layout.lanes:
        return None
    cell = (layout.stages[0].id, layout.lanes[0].id)
    return cell, (0 if layout.cells.get(cell) else None)


def step(layout: GridLayout, position: Position, direction: str) -> Position:
    """The position one step 'up', 'down', 'left' or 'right' of another (itself at the edges)."""
    (stage_id, lane_id), index = position
    c, r = layout.stage_index(stage_id), layout.lane_index(lane_id)
    if c is None or r is None:
        return first_position(layout) or position
    count = len(layout.cells.get((stage_id, lane_id), ()))
    if direction == "up":
        if index is not None and index > 0:
            return (stage_id, lane_id), index - 1
        if r == 0:
            return position
        cell = (stage_id, layout.lanes[r - 1].id)
        n = len(layout.cells.get(cell, ()))
        return cell, (n - 1 if n else None)
    if direction == "down":
        if index is not None and index < count - 1:
            return (stage_id, lane_id), index + 1
        if r == len(layout.lanes) - 1:
            return position
        cell = (stage_id, layout.lanes[r + 1].id)
        return cell, (0 if layout.cells.get(cell) else None)
    if direction in ("left", "right"):
        c2 = c - 1 if direction == "left" else c + 1
        if not 0 <= c2 < len(layout.stages):
            return position
        cell = (layout.stages[c2].id, lane_id)
        n = len(layout.cells.get(cell, ()))
        return cell, (min(index or 0, n - 1) if n else None)
    return position

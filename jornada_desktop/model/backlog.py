"""Planners of the improvement backlog: new items, dot votes, resets, overdue rule (pure, no Qt)."""

from __future__ import annotations

from datetime import date
from typing import Any

from jornada_desktop.model.edits import new_row
from jornada_desktop.model.entities import Improvement
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.workspace import Workspace

CLOSED_STATUSES = frozenset({"done", "dismissed"})


def new_improvement_ops(ws: Workspace, journey_id: int, fields: dict[str, Any], stamp: str) -> list[Op]:
    """A new improvement of a journey with the given fields (defaults for the rest)."""
    row = new_row(ws, "improvements", {**fields, "journey_id": journey_id}, stamp)
    return [Insert("improvements", row)]


def improvement_for_card_ops(ws: Workspace, card_id: int, title: str, stamp: str) -> list[Op]:
    """A new improvement linked to a card and its stage (its department carried over)."""
    card = ws.get("cards", card_id)
    if card is None:
        return []
    fields = {"card_id": card.id, "stage_id": card.stage_id, "title": title,
              "department": card.department}
    return new_improvement_ops(ws, card.journey_id, fields, stamp)


def _parse(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def is_overdue(item: Improvement, today: date) -> bool:
    """Whether an open item's follow-up (or due) date has passed; done/dismissed are never overdue."""
    if item.status in CLOSED_STATUSES:
        return False
    return any(d is not None and d < today for d in (_parse(item.follow_up), _parse(item.due_date)))

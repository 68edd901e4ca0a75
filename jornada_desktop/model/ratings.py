"""Each persona's emotion at each touchpoint, as-is and to-be (pure, no Qt).

A rating belongs to (card, persona or everyone, scenario). Everyone's rating is the card's own
`emotion` (as-is) or `emotion_to_be` (to-be); a persona's is a row of `ratings`. A card tied to a
persona (`persona_id`, as version 1 files have them) gives that persona the card's emotion unless
the persona has a rating of its own there. Touchpoints are read in reading order (stage, then
their place in the stage's lanes), which is the order a curve goes through them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from jornada_desktop.model.edits import new_row, update_ops
from jornada_desktop.model.entities import Card, Rating
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.workspace import Workspace

SCENARIOS: Final = ("as_is", "to_be")
EVERYONE_COLUMN: Final = {"as_is": "emotion", "to_be": "emotion_to_be"}


def _find(ws: Workspace, card_id: int, persona_id: int, scenario: str) -> Rating | None:
    return next((r for r in ws.ratings_of(card_id) if r.persona_id == persona_id and r.scenario == scenario), None)


def rating_value(ws: Workspace, card_id: int, persona_id: int | None, scenario: str) -> int | None:
    """The rating of a touchpoint for a persona (None: everyone) in a scenario, or None when unset."""
    card = ws.get("cards", card_id)
    if persona_id is None:
        return getattr(card, EVERYONE_COLUMN[scenario]) if card is not None else None
    found = _find(ws, card_id, persona_id, scenario)
    if found is not None:
        return found.value
    if card is not None and card.persona_id == persona_id:  # the card's own persona: its emotion
        return getattr(card, EVERYONE_COLUMN[scenario])
    return None


def set_rating_ops(ws: Workspace, card_id: int, persona_id: int | None, scenario: str, value: int | None,
                   stamp: str, reason: str | None = None) -> list[Op]:
    """Set (or clear, with None) one rating; nothing when it does not change."""
    if scenario not in SCENARIOS:
        raise ValueError(f"Unknown scenario {scenario!r}.")
    card = ws.get("cards", card_id)
    if card is None:
        return []
    if persona_id is None:
        return update_ops(ws, "cards", card_id, {EVERYONE_COLUMN[scenario]: value}, stamp)
    found = _find(ws, card_id, persona_id, scenario)
    if card.persona_id == persona_id:  # the card's own persona: its rating is the card's emotion
        ops: list[Op] = [Delete("ratings", found.id)] if found is not None else []
        return ops + update_ops(ws, "cards", card_id, {EVERYONE_COLUMN[scenario]: value}, stamp)
    if value is None:
        return [Delete("ratings", found.id)] if found is not None else []
    if found is None:
        return [Insert("ratings", new_row(ws, "ratings", {
            "journey_id": card.journey_id, "card_id": card_id, "persona_id": persona_id, "scenario": scenario,
            "value": value, "reason": reason or ""}, stamp))]
    changes: dict[str, object] = {}
    if found.value != value:
        changes["value"] = value
    if reason is not None and reason != found.reason:
        changes["reason"] = reason
    return [Update("ratings", found.id, changes)] if changes else []


def touchpoints_in_order(ws: Workspace, journey_id: int) -> list[tuple[Card, int, float]]:
    """The touchpoints placed in cells, in reading order, each with its stage index and where it
    sits across its stage's column (0..1, spread evenly: the k-th of n at (k + 1) / (n + 1))."""
    stages = ws.stages(journey_id)
    lane_at = {ln.id: n for n, ln in enumerate(ws.lanes(journey_id))}
    by_stage: dict[int, list[Card]] = {s.id: [] for s in stages}
    for c in ws.cards(journey_id):  # one pass over the cards, not one per stage
        if c.parent_id is None and c.kind == "touchpoint" and c.stage_id in by_stage:
            by_stage[c.stage_id].append(c)
    out: list[tuple[Card, int, float]] = []
    for index, stage in enumerate(stages):
        cards = sorted(by_stage[stage.id], key=lambda c: (lane_at.get(c.lane_id, 0), c.position, c.id))
        out += [(c, index, (k + 1) / (len(cards) + 1)) for k, c in enumerate(cards)]
    return out


@dataclass(frozen=True, slots=True)
class Mark:
    """One rated touchpoint on a curve."""

    card_id: int
    stage_index: int
    across: float  # 0..1 across the stage's column
    value: int


def marks(ws: Workspace, journey_id: int, persona_id: int | None, scenario: str,
          order: list[tuple[Card, int, float]] | None = None) -> tuple[Mark, ...]:
    """The rated touchpoints of one curve (a persona or everyone, one scenario), in reading order
    (`order`: the journey's `touchpoints_in_order`, when the caller made it already)."""
    column = EVERYONE_COLUMN[scenario]
    if persona_id is not None:
        rated = {c.id: getattr(c, column) for c in ws.cards(journey_id)
                 if c.persona_id == persona_id and getattr(c, column) is not None}  # the card's own persona
        rated.update({r.card_id: r.value for r in ws.ratings(journey_id)
                      if r.persona_id == persona_id and r.scenario == scenario})
    else:
        rated = {c.id: getattr(c, column) for c in ws.cards(journey_id) if getattr(c, column) is not None}
    if order is None:
        order = touchpoints_in_order(ws, journey_id)
    return tuple(Mark(c.id, i, across, rated[c.id]) for c, i, across in order if c.id in rated)


def stage_points(curve: tuple[Mark, ...]) -> tuple[tuple[int, float], ...]:
    """The stage averages of a curve's marks (the summary option)."""
    sums: dict[int, list[int]] = {}
    for mark in curve:
        sums.setdefault(mark.stage_index, []).append(mark.value)
    return tuple((i, round(sum(v) / len(v), 4)) for i, v in sorted(sums.items()))


@dataclass(frozen=True, slots=True)
class Gap:
    """A touchpoint where two curves differ: its values on each and the difference (b − a)."""

    card_id: int
    title: str
    a: int
    b: int

    @property
    def size(self) -> int:
        """How far apart the two are."""
        return abs(self.b - self.a)


def compare(ws: Workspace, journey_id: int, a: tuple[int | None, str], b: tuple[int | None, str]) -> list[Gap]:
    """The touchpoints rated on both curves, biggest gap first (ties in reading order)."""
    first = {m.card_id: m.value for m in marks(ws, journey_id, *a)}
    second = {m.card_id: m.value for m in marks(ws, journey_id, *b)}
    order = [c for c, _, _ in touchpoints_in_order(ws, journey_id)]
    gaps = [Gap(c.id, c.title, first[c.id], second[c.id]) for c in order if c.id in first and c.id in second]
    return sorted(gaps, key=lambda g: -g.size)  # (sorted is stable: reading order within a size)

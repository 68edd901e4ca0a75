"""The workshop in the file: participants and their colours, dot-voting rounds, the agenda (pure)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from jornada_desktop.model.edits import new_row, reorder_ops, update_ops
from jornada_desktop.model.entities import Card, Improvement, Participant, VoteRound
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.search import fold
from jornada_desktop.model.validation import MAX_ALLOWANCE, MAX_NAME
from jornada_desktop.model.workspace import Workspace

# Twelve colours told apart with every common colour-vision deficiency: the Okabe–Ito set without
# black, then Paul Tol's indigo and wine, black, pink and pale blue. Their smallest CIELAB distance
# (ΔE*ab) under simulated protanopia, deuteranopia and tritanopia (Machado 2009) is about 15;
# tests/test_workshop_model.py measures it. Cards also carry the participant's name, so colour is
# never the only cue.
PALETTE: tuple[str, ...] = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
    "#CC79A7", "#332288", "#882255", "#000000", "#FFAABB", "#99DDFF",
)

# What a facilitator dot-votes on: these card kinds, and the improvements of the backlog.
VOTABLE_CARD_KINDS: frozenset[str] = frozenset({"touchpoint", "pain_point", "opportunity"})


# ---- participants -------------------------------------------------------------------------------
def next_color(ws: Workspace, journey_id: int) -> str:
    """The first palette colour no participant of the journey has (in order; cycles past twelve)."""
    taken = Counter(p.color.upper() for p in ws.participants(journey_id))
    for rounds in range(100):
        for color in PALETTE:
            if taken[color.upper()] <= rounds:
                return color
    return PALETTE[0]


def find_participant(ws: Workspace, journey_id: int, name: str) -> Participant | None:
    """The journey's participant with this name (case and accents ignored)."""
    key = fold(name.strip())
    return next((p for p in ws.participants(journey_id) if fold(p.name) == key), None) if key else None


def add_participant_ops(ws: Workspace, journey_id: int, name: str, stamp: str) -> list[Op]:
    """Add a participant with the next free colour; nothing when the name is empty or already there."""
    name = " ".join(name.split())[:MAX_NAME]
    if not name or find_participant(ws, journey_id, name) is not None:
        return []
    position = len(ws.participants(journey_id))
    return [Insert("participants", new_row(ws, "participants", {
        "journey_id": journey_id, "position": position, "name": name,
        "color": next_color(ws, journey_id), "created_at": stamp}, stamp))]


def rename_participant_ops(ws: Workspace, participant_id: int, name: str, stamp: str) -> list[Op]:
    """Rename a participant and the cards credited to the old name; nothing for a clash or no change."""
    who = ws.get("participants", participant_id)
    name = " ".join(name.split())[:MAX_NAME]
    if who is None or not name or name == who.name:
        return []
    clash = find_participant(ws, who.journey_id, name)
    if clash is not None and clash.id != who.id:
        return []
    ops: list[Op] = [Update("participants", who.id, {"name": name})]
    for card in ws.cards(who.journey_id):
        if card.participant == who.name:
            ops += update_ops(ws, "cards", card.id, {"participant": name}, stamp)
    return ops


def _room_rows_ops(ws: Workspace, participant_ids: set[int]) -> list[Op]:
    """The room's rows of these participants: what their phones sent (a card waiting in the inbox
    goes with it) and their feelings per stage."""
    ops: list[Op] = []
    for table in ("contributions", "stage_feelings"):
        ops += [Delete(table, row.id) for row in ws.all(table) if row.participant_id in participant_ids]
    return ops


def remove_participant_ops(ws: Workspace, participant_id: int) -> list[Op]:
    """Take a participant off the list; their cards keep the name, their votes stay (unattributed);
    in a room, their waiting contributions, feelings and their phone's access go."""
    who = ws.get("participants", participant_id)
    if who is None:
        return []
    ops: list[Op] = [Update("votes", v.id, {"participant_id": None})
                     for v in ws.all("votes") if v.participant_id == who.id]
    ops += _room_rows_ops(ws, {who.id})
    ops.append(Delete("participants", who.id))
    rest = [p.id for p in ws.participants(who.journey_id) if p.id != who.id]
    ops += reorder_ops(ws, "participants", rest)
    return ops


def clear_participants_ops(ws: Workspace, journey_id: int) -> list[Op]:
    """A fresh list for a new session: every participant of the journey off the list."""
    ops: list[Op] = []
    ids = {p.id for p in ws.participants(journey_id)}
    ops += [Update("votes", v.id, {"participant_id": None}) for v in ws.all("votes") if v.participant_id in ids]
    ops += _room_rows_ops(ws, ids)
    ops += [Delete("participants", i) for i in sorted(ids)]
    return ops


def participant_color(ws: Workspace, journey_id: int, name: str) -> str | None:
    """The colour of a participant of the journey by name; None for no name or a name not on the list."""
    who = find_participant(ws, journey_id, name)
    return who.color if who is not None else None


# ---- voting -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """Something votes are cast on: a card or an improvement."""

    table: str  # "cards" | "improvements"
    id: int


def votable_cards(ws: Workspace, journey_id: int) -> list[Card]:
    """The cards of a journey one votes on, in reading order (stage, lane, position)."""
    stage_at = {s.id: n for n, s in enumerate(ws.stages(journey_id))}
    lane_at = {ln.id: n for n, ln in enumerate(ws.lanes(journey_id))}
    cards = [c for c in ws.cards(journey_id) if c.parent_id is None and c.kind in VOTABLE_CARD_KINDS]
    return sorted(cards, key=lambda c: (stage_at.get(c.stage_id, 0), lane_at.get(c.lane_id, 0), c.position, c.id))


def ballot(ws: Workspace, journey_id: int) -> list[Target]:
    """Everything on the ballot of a journey: its votable cards in reading order, then improvements."""
    return ([Target("cards", c.id) for c in votable_cards(ws, journey_id)]
            + [Target("improvements", i.id) for i in ws.improvements(journey_id)])


def open_round_ops(ws: Workspace, journey_id: int, title: str, allowance: int, stamp: str) -> list[Op]:
    """Open a voting round (closing one still open first)."""
    ops: list[Op] = []
    current = ws.open_round(journey_id)
    if current is not None:
        ops.append(Update("vote_rounds", current.id, {"closed_at": stamp}))
    ops.append(Insert("vote_rounds", new_row(ws, "vote_rounds", {
        "journey_id": journey_id, "title": title[:500], "allowance": min(MAX_ALLOWANCE, max(0, int(allowance))),
        "opened_at": stamp, "closed_at": None}, stamp)))
    return ops


def close_round_ops(ws: Workspace, round_id: int, stamp: str) -> list[Op]:
    """Close a round (its results stand; the order may change again)."""
    r = ws.get("vote_rounds", round_id)
    if r is None or r.closed_at is not None:
        return []
    return [Update("vote_rounds", r.id, {"closed_at": stamp})]


def used_votes(ws: Workspace, round_id: int, participant_id: int | None) -> int:
    """How many votes a participant (None: unattributed votes) has cast in a round."""
    return sum(1 for v in ws.votes_in_round(round_id) if v.participant_id == participant_id)


def remaining_votes(ws: Workspace, round_id: int, participant_id: int | None) -> int | None:
    """Votes a participant may still cast in a round; None without an allowance."""
    r: VoteRound | None = ws.get("vote_rounds", round_id)
    if r is None or r.allowance <= 0:
        return None
    return max(0, r.allowance - used_votes(ws, round_id, participant_id))


def votes_in_round_for(ws: Workspace, round_id: int, target: Target) -> int:
    """A card's or improvement's votes in one round."""
    column = "card_id" if target.table == "cards" else "improvement_id"
    return sum(1 for v in ws.votes_in_round(round_id) if getattr(v, column) == target.id)


def cast_vote_ops(ws: Workspace, round_id: int, participant_id: int | None, target: Target,
                  stamp: str) -> list[Op]:
    """One vote as a row (an improvement's running total goes up with it); nothing when not allowed."""
    r: VoteRound | None = ws.get("vote_rounds", round_id)
    item = ws.get(target.table, target.id)
    if r is None or r.closed_at is not None or item is None or item.journey_id != r.journey_id:
        return []
    if remaining_votes(ws, round_id, participant_id) == 0:
        return []
    row = new_row(ws, "votes", {
        "journey_id": r.journey_id, "round_id": r.id, "participant_id": participant_id,
        "card_id": target.id if target.table == "cards" else None,
        "improvement_id": target.id if target.table == "improvements" else None,
        "created_at": stamp}, stamp)
    ops: list[Op] = [Insert("votes", row)]
    if isinstance(item, Improvement):
        ops.append(Update("improvements", item.id, {"votes": item.votes + 1, "updated_at": stamp}))
    return ops


def withdraw_vote_ops(ws: Workspace, round_id: int, participant_id: int | None, target: Target,
                      stamp: str) -> list[Op]:
    """Take back the participant's latest vote for this item in this round; nothing if there is none."""
    r: VoteRound | None = ws.get("vote_rounds", round_id)
    if r is None or r.closed_at is not None:
        return []
    column = "card_id" if target.table == "cards" else "improvement_id"
    mine = [v for v in ws.votes_in_round(round_id)
            if v.participant_id == participant_id and getattr(v, column) == target.id]
    if not mine:
        return []
    ops: list[Op] = [Delete("votes", mine[-1].id)]
    item = ws.get(target.table, target.id)
    if isinstance(item, Improvement) and item.votes > 0:
        ops.append(Update("improvements", item.id, {"votes": item.votes - 1, "updated_at": stamp}))
    return ops


def discard_round_ops(ws: Workspace, round_id: int, stamp: str) -> list[Op]:
    """Remove a round with all its votes (improvements' totals go down by what the round gave)."""
    r = ws.get("vote_rounds", round_id)
    if r is None:
        return []
    votes = ws.votes_in_round(round_id)
    ops: list[Op] = [Delete("votes", v.id) for v in votes]
    given = Counter(v.improvement_id for v in votes if v.improvement_id is not None)
    for improvement_id, count in sorted(given.items()):
        item = ws.get("improvements", improvement_id)
        if item is not None:
            ops.append(Update("improvements", item.id, {"votes": max(0, item.votes - count), "updated_at": stamp}))
    ops.append(Delete("vote_rounds", r.id))
    return ops


def round_results(ws: Workspace, round_id: int) -> list[tuple[Target, int]]:
    """A round's results ranked: most votes first, ties in ballot order; items with no vote left out."""
    r = ws.get("vote_rounds", round_id)
    if r is None:
        return []
    counts: Counter[Target] = Counter()
    for v in ws.votes_in_round(round_id):
        counts[Target("cards", v.card_id) if v.card_id is not None else Target("improvements", v.improvement_id)] += 1
    order = {t: n for n, t in enumerate(ballot(ws, r.journey_id))}
    ranked = sorted(counts.items(), key=lambda tc: (-tc[1], order.get(tc[0], len(order))))
    return [(t, n) for t, n in ranked if ws.get(t.table, t.id) is not None]


# ---- agenda -------------------------------------------------------------------------------------
def add_step_ops(ws: Workspace, journey_id: int, title: str, minutes: int, stamp: str) -> list[Op]:
    """Add a timed step at the end of the journey's agenda."""
    title = " ".join(title.split())[:500]
    if not title:
        return []
    return [Insert("agenda_steps", new_row(ws, "agenda_steps", {
        "journey_id": journey_id, "position": len(ws.agenda(journey_id)), "title": title,
        "minutes": max(1, min(600, int(minutes)))}, stamp))]


def remove_step_ops(ws: Workspace, step_id: int) -> list[Op]:
    """Remove a step; the others close up."""
    step = ws.get("agenda_steps", step_id)
    if step is None:
        return []
    rest = [s.id for s in ws.agenda(step.journey_id) if s.id != step.id]
    return [Delete("agenda_steps", step.id), *reorder_ops(ws, "agenda_steps", rest)]

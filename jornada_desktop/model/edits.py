"""Edit planners: pure functions that turn an intent into row operations on a workspace."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from jornada_desktop.model.entities import ENTITY_BY_TABLE, Card
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.workspace import OWNED, REFERENCES, Workspace

Cell = tuple[int, int]  # (stage_id, lane_id)


def utc_now() -> str:
    """The current time as ISO-8601 UTC text, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _has(table: str, column: str) -> bool:
    return column in ENTITY_BY_TABLE[table].columns()


def new_row(ws: Workspace, table: str, fields: dict[str, Any], stamp: str, new_id: int | None = None) -> dict[str, Any]:
    """A full row for a new entity: defaults, the given fields, a fresh id and timestamps."""
    etype = ENTITY_BY_TABLE[table]
    row = etype(id=new_id or ws.next_id(table)).to_row()
    row.update({k: v for k, v in fields.items() if k != "id"})
    for column in ("created_at", "updated_at"):
        if column in row and not row[column]:
            row[column] = stamp
    if table == "journeys" and not row.get("uuid"):
        row["uuid"] = uuid.uuid4().hex
    return row


def update_ops(ws: Workspace, table: str, entity_id: int, changes: dict[str, Any], stamp: str) -> list[Op]:
    """The update of some fields of one row, or nothing when no value changes."""
    old = ws.get(table, entity_id)
    if old is None:
        return []
    real = {k: v for k, v in changes.items() if getattr(old, k) != v}
    if not real:
        return []
    if _has(table, "updated_at"):
        real["updated_at"] = stamp
    return [Update(table, entity_id, real)]


def _renumber(cards: Sequence[Card], stamp: str) -> list[Op]:
    ops: list[Op] = []
    for index, card in enumerate(cards):
        if card.position != index:
            ops.append(Update("cards", card.id, {"position": index}))
    return ops


def insert_card_ops(ws: Workspace, fields: dict[str, Any], index: int | None, stamp: str) -> list[Op]:
    """A new card in a cell at an index (end of the cell when None), shifting the cards after it."""
    stage_id, lane_id = fields["stage_id"], fields["lane_id"]
    existing = ws.cards_in_cell(stage_id, lane_id) if fields.get("parent_id") is None else []
    at = len(existing) if index is None else max(0, min(index, len(existing)))
    row = new_row(ws, "cards", {**fields, "position": at}, stamp)
    ops: list[Op] = []
    for card in existing[at:]:
        ops.append(Update("cards", card.id, {"position": card.position + 1}))
    # Shift from the end so no two cards share a position mid-way (not required, but tidy).
    ops.reverse()
    ops.append(Insert("cards", row))
    return ops


def move_cards_ops(ws: Workspace, moves: Sequence[tuple[int, Cell, int]], stamp: str) -> list[Op]:
    """Move cards to cells at indexes (index in the target cell without the moved cards)."""
    moving = {card_id for card_id, _, _ in moves}
    cards = {card_id: ws.get("cards", card_id) for card_id in moving}
    if any(c is None for c in cards.values()):
        return []
    source_cells = {(c.stage_id, c.lane_id) for c in cards.values()}
    by_target: dict[Cell, list[tuple[int, int]]] = {}
    for card_id, cell, index in moves:
        by_target.setdefault(cell, []).append((index, card_id))
    layout: dict[Cell, list[Card]] = {}
    for cell in source_cells | set(by_target):
        layout[cell] = [c for c in ws.cards_in_cell(*cell) if c.id not in moving]
    for cell, entries in by_target.items():
        target = layout[cell]
        for index, card_id in sorted(entries):
            at = max(0, min(index, len(target)))
            target.insert(at, cards[card_id])
    ops: list[Op] = []
    for (stage_id, lane_id), ordered in layout.items():
        for position, card in enumerate(ordered):
            changes: dict[str, Any] = {}
            if card.position != position:
                changes["position"] = position
            if (card.stage_id, card.lane_id) != (stage_id, lane_id):
                changes["stage_id"] = stage_id
                changes["lane_id"] = lane_id
            if changes:
                if card.id in moving:
                    changes["updated_at"] = stamp
                ops.append(Update("cards", card.id, changes))
    # Notes attached to a moved card follow it.
    for card_id in moving:
        for (stage_id, lane_id), ordered in layout.items():
            if any(c.id == card_id for c in ordered):
                for note in ws.notes_of(card_id):
                    if (note.stage_id, note.lane_id) != (stage_id, lane_id):
                        ops.append(Update("cards", note.id, {"stage_id": stage_id, "lane_id": lane_id}))
    return ops


def reorder_ops(ws: Workspace, table: str, ordered_ids: Sequence[int]) -> list[Op]:
    """Give rows of an ordered table (journeys, stages, lanes) the positions of a new order."""
    ops: list[Op] = []
    for position, entity_id in enumerate(ordered_ids):
        entity = ws.get(table, entity_id)
        if entity is not None and entity.position != position:
            ops.append(Update(table, entity_id, {"position": position}))
    return ops


def delete_ops(ws: Workspace, table: str, ids: Iterable[int], stamp: str) -> list[Op]:
    """Delete rows with everything they own; links from other rows are cleared first."""
    doomed: list[tuple[str, int]] = []
    seen: set[tuple[str, int]] = set()

    def visit(t: str, i: int) -> None:
        if (t, i) in seen or ws.get(t, i) is None:
            return
        seen.add((t, i))
        for ref_table, ref_id in sorted(ws.referrers(t, i)):
            entity = ws.get(ref_table, ref_id)
            for (rt, column), target in REFERENCES.items():
                if rt == ref_table and target == t and getattr(entity, column) == i and (rt, column) in OWNED:
                    visit(ref_table, ref_id)
        doomed.append((t, i))

    for entity_id in ids:
        visit(table, entity_id)
    clears: list[Op] = []
    for t, i in doomed:
        for ref_table, ref_id in sorted(ws.referrers(t, i)):
            if (ref_table, ref_id) in seen:
                continue
            entity = ws.get(ref_table, ref_id)
            changes = {
                column: None
                for (rt, column), target in REFERENCES.items()
                if rt == ref_table and target == t and getattr(entity, column) == i
            }
            if changes:
                clears.append(Update(ref_table, ref_id, changes))
    # A row goes before anything it points at (an improvement before the card it is linked to,
    # a note before its card), so no delete ever leaves a dangling reference, even for a moment.
    order: list[tuple[str, int]] = []
    placed: set[tuple[str, int]] = set()

    def place(key: tuple[str, int]) -> None:
        if key in placed:
            return
        placed.add(key)
        for ref in sorted(ws.referrers(*key)):
            if ref in seen:
                place(ref)
        order.append(key)

    for key in doomed:
        place(key)
    ops: list[Op] = list(clears)
    ops.extend(Delete(t, i) for t, i in order)
    # Close the gaps left in the order of the cells and structures touched.
    gone = {i for t, i in doomed if t == "cards"}
    cells = {
        (c.stage_id, c.lane_id)
        for t, i in doomed
        if t == "cards" and (c := ws.get("cards", i)).parent_id is None
    }
    for stage_id, lane_id in cells:
        if ("stages", stage_id) in seen or ("lanes", lane_id) in seen:
            continue
        remaining = [c for c in ws.cards_in_cell(stage_id, lane_id) if c.id not in gone]
        ops.extend(_renumber(remaining, stamp))
    for struct in ("stages", "lanes"):
        journeys = {ws.get(struct, i).journey_id for t, i in doomed if t == struct}
        for journey_id in journeys:
            if ("journeys", journey_id) in seen:
                continue
            rest = [s.id for s in getattr(ws, struct)(journey_id) if (struct, s.id) not in seen]
            ops.extend(reorder_ops(ws, struct, rest))
    return ops


def clone_journey_ops(ws: Workspace, journey_id: int, title: str, position: int, stamp: str,
                      identity: str | None = None) -> list[Op]:
    """A copy of a journey with its stages, lanes, cards, improvements, metrics and persona links."""
    src = ws.get("journeys", journey_id)
    if src is None:
        return []
    ops: list[Op] = []
    counters = {t: ws.next_id(t) for t in ENTITY_BY_TABLE}

    def fresh(table: str) -> int:
        counters[table] += 1
        return counters[table] - 1

    new_journey = fresh("journeys")
    row = {**src.to_row(), "id": new_journey, "title": title, "position": position,
           "created_at": stamp, "updated_at": stamp, "uuid": identity or uuid.uuid4().hex}
    ops.append(Insert("journeys", row))
    id_map: dict[tuple[str, int], int] = {}
    for link, _persona in ws.journey_personas(journey_id):
        ops.append(Insert("journey_personas", {**link.to_row(), "id": fresh("journey_personas"),
                                               "journey_id": new_journey}))
    for table in ("stages", "lanes"):
        for s in getattr(ws, table)(journey_id):
            id_map[(table, s.id)] = fresh(table)
            ops.append(Insert(table, {**s.to_row(), "id": id_map[(table, s.id)], "journey_id": new_journey}))
    cards = sorted(ws.cards(journey_id), key=lambda c: (c.parent_id is not None, c.id))
    for c in cards:
        id_map[("cards", c.id)] = fresh("cards")
    for c in cards:
        ops.append(Insert("cards", {
            **c.to_row(), "id": id_map[("cards", c.id)], "journey_id": new_journey,
            "stage_id": id_map[("stages", c.stage_id)], "lane_id": id_map[("lanes", c.lane_id)],
            "parent_id": id_map.get(("cards", c.parent_id)) if c.parent_id else None,
            "created_at": stamp, "updated_at": stamp,
        }))
    for step in ws.agenda(journey_id):
        ops.append(Insert("agenda_steps", {**step.to_row(), "id": fresh("agenda_steps"), "journey_id": new_journey}))
    for table in ("improvements", "metrics"):
        for item in getattr(ws, table)(journey_id):
            id_map[(table, item.id)] = fresh(table)
            row = {**item.to_row(), "id": id_map[(table, item.id)], "journey_id": new_journey,
                   "card_id": id_map.get(("cards", item.card_id)) if item.card_id else None,
                   "stage_id": id_map.get(("stages", item.stage_id)) if item.stage_id else None}
            if "created_at" in row:
                row["created_at"] = row["updated_at"] = stamp
            ops.append(Insert(table, row))
    # The metrics' histories, the personas' ratings and the quotes come along (votes, participants
    # and the room are the workshop's, not the map's: they stay with the original).
    for metric in ws.metrics(journey_id):
        for x in ws.measurements_of(metric.id):
            ops.append(Insert("measurements", {**x.to_row(), "id": fresh("measurements"), "journey_id": new_journey,
                                               "metric_id": id_map[("metrics", metric.id)]}))
    for rating in ws.ratings(journey_id):
        if ("cards", rating.card_id) in id_map:
            ops.append(Insert("ratings", {**rating.to_row(), "id": fresh("ratings"), "journey_id": new_journey,
                                          "card_id": id_map[("cards", rating.card_id)]}))
    for quote in ws.quotes(journey_id):
        ops.append(Insert("quotes", {**quote.to_row(), "id": fresh("quotes"), "journey_id": new_journey,
                                     "card_id": id_map.get(("cards", quote.card_id)) if quote.card_id else None,
                                     "stage_id": id_map.get(("stages", quote.stage_id)) if quote.stage_id else None}))
    return ops

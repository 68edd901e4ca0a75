"""The editing layer of the canvas: each intent becomes ops from a model planner and one undo step.

`JourneyEditor(document)` has one method per gesture (move cards, create a card, rename a stage,
…). Each builds row ops with the pure planners of `jornada_desktop.model.edits` and pushes them
with a readable, translated name ("Move touchpoint", "Delete stage"). A gesture that changes
nothing pushes nothing (no undo entry, no write).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from jornada_desktop.editing.document import Document
from jornada_desktop.model import edits
from jornada_desktop.model.entities import Card
from jornada_desktop.model.ops import Insert, Op, Update

Cell = tuple[int, int]


def tr(text: str, n: int = -1) -> str:
    """Translate in the editor's context."""
    return QCoreApplication.translate("JourneyEditor", text, "", n)


def kind_text(action: str, kind: str, count: int = 1) -> str:
    """The name of an undo step about cards, e.g. 'Move touchpoint' or 'Delete 3 cards'."""
    if count > 1:
        plural = {
            "move": tr("Move %n cards", count), "delete": tr("Delete %n cards", count),
            "duplicate": tr("Duplicate %n cards", count), "paste": tr("Paste %n cards", count),
            "cut": tr("Cut %n cards", count), "add": tr("Add %n cards", count),
        }
        return plural.get(action, action)
    names = {
        "move": {"touchpoint": tr("Move touchpoint"), "action": tr("Move action"),
                 "pain_point": tr("Move pain point"), "opportunity": tr("Move opportunity"),
                 "note": tr("Move note"), "text": tr("Move text")},
        "add": {"touchpoint": tr("Add touchpoint"), "action": tr("Add action"),
                "pain_point": tr("Add pain point"), "opportunity": tr("Add opportunity"),
                "note": tr("Add note"), "text": tr("Add text")},
        "delete": {"touchpoint": tr("Delete touchpoint"), "action": tr("Delete action"),
                   "pain_point": tr("Delete pain point"), "opportunity": tr("Delete opportunity"),
                   "note": tr("Delete note"), "text": tr("Delete text")},
        "edit": {"touchpoint": tr("Edit touchpoint"), "action": tr("Edit action"),
                 "pain_point": tr("Edit pain point"), "opportunity": tr("Edit opportunity"),
                 "note": tr("Edit note"), "text": tr("Edit text")},
        "duplicate": {"touchpoint": tr("Duplicate touchpoint"), "action": tr("Duplicate action"),
                      "pain_point": tr("Duplicate pain point"), "opportunity": tr("Duplicate opportunity"),
                      "note": tr("Duplicate note"), "text": tr("Duplicate text")},
        "paste": {"touchpoint": tr("Paste touchpoint"), "action": tr("Paste action"),
                  "pain_point": tr("Paste pain point"), "opportunity": tr("Paste opportunity"),
                  "note": tr("Paste note"), "text": tr("Paste text")},
        "cut": {"touchpoint": tr("Cut touchpoint"), "action": tr("Cut action"),
                "pain_point": tr("Cut pain point"), "opportunity": tr("Cut opportunity"),
                "note": tr("Cut note"), "text": tr("Cut text")},
    }
    return names.get(action, {}).get(kind, action)


def default_card_title(kind: str) -> str:
    """The title a new card of a kind gets before the user types one."""
    titles = {"touchpoint": tr("New touchpoint"), "action": tr("New action"),
              "pain_point": tr("New pain point"), "opportunity": tr("New opportunity"),
              "note": "", "text": tr("New text")}
    return titles.get(kind, tr("New card"))


class JourneyEditor(QObject):
    """Turns canvas and window intents into undoable edits of one document."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._merge_key: object = None

    @contextmanager
    def merging(self, key: object) -> Iterator[None]:
        """Edits pushed inside fold into the step on top when it was pushed with the same key."""
        previous, self._merge_key = self._merge_key, key
        try:
            yield
        finally:
            self._merge_key = previous

    @property
    def ws(self):  # noqa: ANN201 - Workspace
        """The document's workspace."""
        return self.document.ws

    def _push(self, text: str, ops: Sequence[Op]) -> bool:
        if not ops:
            return False
        if self.document.read_only:
            self.document.write_failed.emit(tr("This file is open read-only; the change was not saved."))
            return False
        return self.document.push(text, ops, merge_key=self._merge_key)

    def _card_kind(self, card_ids: Iterable[int]) -> tuple[str, int]:
        cards = [self.ws.get("cards", i) for i in card_ids]
        cards = [c for c in cards if c is not None]
        kinds = {c.kind for c in cards}
        return (kinds.pop() if len(kinds) == 1 else "card"), len(cards)

    # ---- cards ---------------------------------------------------------------------------
    def move_cards(self, moves: Sequence[tuple[int, Cell, int]]) -> bool:
        """Move cards to cells at indexes (one step; nothing when every card stays where it was)."""
        ops = edits.move_cards_ops(self.ws, moves, edits.utc_now())
        kind, n = self._card_kind(m[0] for m in moves)
        return self._push(kind_text("move", kind, n), ops)

    def add_card(self, fields: dict[str, Any]) -> int | None:
        """Create a card in a cell (`stage_id`, `lane_id`, `kind`, optional `index`, `title`); its id."""
        fields = dict(fields)
        index = fields.pop("index", None)
        kind = fields.get("kind", "touchpoint")
        if not fields.get("title") and kind != "note":
            fields["title"] = default_card_title(kind)
        new_id = self.ws.next_id("cards")
        ops = edits.insert_card_ops(self.ws, fields, index, edits.utc_now())
        if self._push(kind_text("add", kind), ops):
            return new_id
        return None

    def update_card(self, card_id: int, changes: dict[str, Any]) -> bool:
        """Change some fields of a card (one step; nothing when no value changes)."""
        card = self.ws.get("cards", card_id)
        if card is None:
            return False
        ops = edits.update_ops(self.ws, "cards", card_id, changes, edits.utc_now())
        return self._push(kind_text("edit", card.kind), ops)

    def mark_observed(self, card_id: int) -> bool:
        """Set a card's evidence to observed, e.g. from its quotes (one step; nothing when it already is)."""
        from jornada_desktop.model.quotes import mark_observed_ops

        if self.ws.get("cards", card_id) is None:
            return False
        return self._push(tr("Mark observed"), mark_observed_ops(self.ws, card_id, edits.utc_now()))

    def set_rating(self, card_id: int, persona_id: int | None, scenario: str, value: int | None) -> bool:
        """Set how a persona (None: everyone) feels at a touchpoint, as-is or to-be (one step)."""
        from jornada_desktop.model.ratings import set_rating_ops

        ops = set_rating_ops(self.ws, card_id, persona_id, scenario, value, edits.utc_now())
        return self._push(QCoreApplication.translate("JourneyEditor", "Rate touchpoint"), ops)

    def set_emotion(self, card_id: int, value: int | None) -> bool:
        """Set a touchpoint's emotion (-2..+2, or None)."""
        card = self.ws.get("cards", card_id)
        if card is None:
            return False
        ops = edits.update_ops(self.ws, "cards", card_id, {"emotion": value}, edits.utc_now())
        return self._push(tr("Change emotion"), ops)

    def delete_cards(self, card_ids: Sequence[int], text: str | None = None) -> bool:
        """Delete cards with their attached notes (one step)."""
        ids = [i for i in card_ids if self.ws.get("cards", i) is not None]
        kind, n = self._card_kind(ids)
        ops = edits.delete_ops(self.ws, "cards", ids, edits.utc_now())
        return self._push(text or kind_text("delete", kind, n), ops)

    def duplicate_cards(self, card_ids: Sequence[int]) -> list[int]:
        """Copies of cards (and their notes) right after each original; the new ids."""
        stamp = edits.utc_now()
        cards = [c for c in (self.ws.get("cards", i) for i in card_ids) if c is not None and c.parent_id is None]
        if not cards:
            return []
        next_id = self.ws.next_id("cards")
        ops: list[Op] = []
        new_ids: list[int] = []
        by_cell: dict[Cell, list[Card]] = {}
        for card in cards:
            by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)
        for cell, group in by_cell.items():
            order = [c for c in self.ws.cards_in_cell(*cell)]
            chosen = {c.id for c in group}
            result: list[tuple[Card | None, dict[str, Any] | None]] = []
            for c in order:
                result.append((c, None))
                if c.id in chosen:
                    row = {**c.to_row(), "id": next_id, "created_at": stamp, "updated_at": stamp}
                    new_ids.append(next_id)
                    next_id += 1
                    result.append((None, row))
                    for note in self.ws.notes_of(c.id):
                        ops_note = {**note.to_row(), "id": next_id, "parent_id": row["id"],
                                    "created_at": stamp, "updated_at": stamp}
                        next_id += 1
                        result.append((None, ops_note))
            position = 0
            for existing, row in result:
                if existing is not None:
                    if existing.position != position:
                        ops.append(Update("cards", existing.id, {"position": position}))
                    position += 1
                elif row is not None:
                    if row["parent_id"] is None:
                        row["position"] = position
                        position += 1
                    ops.append(Insert("cards", row))
        kind, n = self._card_kind(c.id for c in cards)
        if self._push(kind_text("duplicate", kind, n), _inserts_last_positions(ops)):
            return new_ids
        return []

    def add_note(self, card_id: int, text: str) -> int | None:
        """Attach a note to a card; the note's id."""
        card = self.ws.get("cards", card_id)
        if card is None or not text.strip():
            return None
        notes = self.ws.notes_of(card_id)
        new_id = self.ws.next_id("cards")
        row = edits.new_row(self.ws, "cards", {
            "journey_id": card.journey_id, "stage_id": card.stage_id, "lane_id": card.lane_id,
            "parent_id": card_id, "kind": "note", "title": "", "body": text.strip(),
            "position": len(notes)}, edits.utc_now())
        if self._push(tr("Add note to card"), [Insert("cards", row)]):
            return new_id
        return None

    def edit_note(self, note_id: int, text: str) -> bool:
        """Change an attached note's text."""
        ops = edits.update_ops(self.ws, "cards", note_id, {"body": text.strip()}, edits.utc_now())
        return self._push(tr("Edit note"), ops)

    def delete_note(self, note_id: int) -> bool:
        """Remove an attached note."""
        ops = edits.delete_ops(self.ws, "cards", [note_id], edits.utc_now())
        return self._push(tr("Delete note"), ops)

    def paste_ops(self, ops: Sequence[Op], count: int, kind: str) -> bool:
        """Push ops that paste cards (built by the clipboard module)."""
        return self._push(kind_text("paste", kind, count), ops)

    # ---- stages and lanes ---------------------------------------------------------------------
    def _insert_structure(self, table: str, journey_id: int, index: int | None, fields: dict[str, Any]) -> int | None:
        items = getattr(self.ws, table)(journey_id)
        at = len(items) if index is None else max(0, min(index, len(items)))
        new_id = self.ws.next_id(table)
        row = edits.new_row(self.ws, table, {**fields, "journey_id": journey_id, "position": at}, edits.utc_now())
        ops: list[Op] = [Update(table, s.id, {"position": s.position + 1}) for s in reversed(items[at:])]
        ops.append(Insert(table, row))
        text = tr("Add stage") if table == "stages" else tr("Add lane")
        return new_id if self._push(text, ops) else None

    def add_stage(self, journey_id: int, index: int | None = None, name: str | None = None) -> int | None:
        """A new stage at a column index (the end when None); its id."""
        name = name or tr("New stage")
        return self._insert_structure("stages", journey_id, index, {"name": name})

    def add_lane(self, journey_id: int, kind: str, title: str, index: int | None = None) -> int | None:
        """A new lane of a kind at a row index (the end when None); its id."""
        return self._insert_structure("lanes", journey_id, index, {"kind": kind, "title": title})

    def rename(self, table: str, entity_id: int, name: str) -> bool:
        """Rename a stage (name) or a lane or journey (title)."""
        column = "name" if table == "stages" else "title"
        ops = edits.update_ops(self.ws, table, entity_id, {column: name.strip()}, edits.utc_now())
        text = {"stages": tr("Rename stage"), "lanes": tr("Rename lane"), "journeys": tr("Rename journey")}
        return self._push(text.get(table, tr("Rename")), ops)

    def recolour_stage(self, stage_id: int, color: str | None) -> bool:
        """Give a stage its own colour (None: the automatic one)."""
        ops = edits.update_ops(self.ws, "stages", stage_id, {"color": color}, edits.utc_now())
        return self._push(tr("Recolour stage"), ops)

    def set_lane_hidden(self, lane_id: int, hidden: bool) -> bool:
        """Hide or show a lane (saved in the file)."""
        ops = edits.update_ops(self.ws, "lanes", lane_id, {"hidden": int(hidden)}, edits.utc_now())
        return self._push(tr("Hide lane") if hidden else tr("Show lane"), ops)

    def set_lane_kind(self, lane_id: int, kind: str) -> bool:
        """Change what a lane holds."""
        ops = edits.update_ops(self.ws, "lanes", lane_id, {"kind": kind}, edits.utc_now())
        return self._push(tr("Change lane type"), ops)

    def delete_structure(self, table: str, ids: Sequence[int]) -> bool:
        """Delete stages or lanes with their cards (one step)."""
        ops = edits.delete_ops(self.ws, table, ids, edits.utc_now())
        text = tr("Delete stage") if table == "stages" else tr("Delete lane")
        return self._push(text, ops)

    def reorder(self, table: str, ordered_ids: Sequence[int]) -> bool:
        """Put stages, lanes or journeys in a new order (nothing when the order is the same)."""
        ops = edits.reorder_ops(self.ws, table, ordered_ids)
        text = {"stages": tr("Reorder stages"), "lanes": tr("Reorder lanes"), "journeys": tr("Reorder journeys")}
        return self._push(text.get(table, tr("Reorder")), ops)

    def cards_losing(self, table: str, entity_id: int) -> int:
        """How many cards (attached notes included) deleting a stage or lane would remove."""
        column = "stage_id" if table == "stages" else "lane_id"
        entity = self.ws.get(table, entity_id)
        if entity is None:
            return 0
        return sum(1 for c in self.ws.cards(entity.journey_id) if getattr(c, column) == entity_id)

    # ---- journeys ---------------------------------------------------------------------------------
    def add_journey(self, title: str) -> int | None:
        """A new journey with three stages and the usual lanes; its id."""
        stamp = edits.utc_now()
        journeys = self.ws.journeys()
        jid = self.ws.next_id("journeys")
        ops: list[Op] = [Insert("journeys", edits.new_row(self.ws, "journeys", {
            "title": title, "position": len(journeys)}, stamp))]
        sid = self.ws.next_id("stages")
        for i, name in enumerate((tr("Before"), tr("During"), tr("After"))):
            ops.append(Insert("stages", {**edits.new_row(self.ws, "stages", {"name": name}, stamp, sid + i),
                                         "journey_id": jid, "position": i}))
        lid = self.ws.next_id("lanes")
        lanes = (("touchpoints", tr("Touchpoints")), ("actions", tr("Customer actions")),
                 ("emotions", tr("Emotions")), ("pain_points", tr("Pain points")),
                 ("opportunities", tr("Opportunities")))
        for i, (kind, lane_title) in enumerate(lanes):
            ops.append(Insert("lanes", {**edits.new_row(self.ws, "lanes", {"kind": kind, "title": lane_title},
                                                        stamp, lid + i), "journey_id": jid, "position": i}))
        return jid if self._push(tr("Add journey"), ops) else None

    def duplicate_journey(self, journey_id: int, title: str) -> int | None:
        """A copy of a journey right after it; its id."""
        journeys = [j.id for j in self.ws.journeys()]
        if journey_id not in journeys:
            return None
        jid = self.ws.next_id("journeys")
        at = journeys.index(journey_id) + 1
        ops = edits.clone_journey_ops(self.ws, journey_id, title, at, edits.utc_now())
        for position, other in enumerate(journeys[at:], start=at + 1):
            entity = self.ws.get("journeys", other)
            if entity.position != position:
                ops.append(Update("journeys", other, {"position": position}))
        return jid if self._push(tr("Duplicate journey"), ops) else None

    def delete_journey(self, journey_id: int) -> bool:
        """Delete a journey with everything in it (one step)."""
        ops = edits.delete_ops(self.ws, "journeys", [journey_id], edits.utc_now())
        rest = [j.id for j in self.ws.journeys() if j.id != journey_id]
        ops_after = []
        for position, jid in enumerate(rest):
            if self.ws.get("journeys", jid).position != position:
                ops_after.append(Update("journeys", jid, {"position": position}))
        return self._push(tr("Delete journey"), [*ops, *ops_after])


def _inserts_last_positions(ops: list[Op]) -> list[Op]:
    """Updates first (moving originals out of the way), then inserts; order is not a constraint but tidy."""
    updates = [o for o in ops if not isinstance(o, Insert)]
    inserts = [o for o in ops if isinstance(o, Insert)]
    # Insert parents before their notes.
    inserts.sort(key=lambda o: o.row.get("parent_id") is not None)
    return [*updates, *inserts]

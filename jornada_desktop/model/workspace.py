"""The whole content of one `.jornada` file in memory, changed only through row operations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from jornada_desktop.model.entities import (
    ENTITY_BY_TABLE,
    Card,
    Entity,
    Improvement,
    Journey,
    JourneyPersona,
    Lane,
    Metric,
    Participant,
    Persona,
    Stage,
    Vote,
    VoteRound,
)
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.validation import table_phrase, validate

# (table, column) -> referenced table; "owned" references delete with their target,
# the others are cleared (set to null) when their target goes.
REFERENCES: dict[tuple[str, str], str] = {
    ("journey_personas", "journey_id"): "journeys",
    ("journey_personas", "persona_id"): "personas",
    ("stages", "journey_id"): "journeys",
    ("lanes", "journey_id"): "journeys",
    ("cards", "journey_id"): "journeys",
    ("cards", "stage_id"): "stages",
    ("cards", "lane_id"): "lanes",
    ("cards", "parent_id"): "cards",
    ("cards", "persona_id"): "personas",
    ("improvements", "journey_id"): "journeys",
    ("improvements", "card_id"): "cards",
    ("improvements", "stage_id"): "stages",
    ("metrics", "journey_id"): "journeys",
    ("metrics", "stage_id"): "stages",
    ("metrics", "card_id"): "cards",
    ("participants", "journey_id"): "journeys",
    ("vote_rounds", "journey_id"): "journeys",
    ("votes", "journey_id"): "journeys",
    ("votes", "round_id"): "vote_rounds",
    ("votes", "participant_id"): "participants",
    ("votes", "card_id"): "cards",
    ("votes", "improvement_id"): "improvements",
    ("agenda_steps", "journey_id"): "journeys",
    ("measurements", "journey_id"): "journeys",
    ("measurements", "metric_id"): "metrics",
    ("ratings", "journey_id"): "journeys",
    ("ratings", "card_id"): "cards",
    ("ratings", "persona_id"): "personas",
    ("quotes", "journey_id"): "journeys",
    ("quotes", "card_id"): "cards",
    ("quotes", "stage_id"): "stages",
    ("quotes", "persona_id"): "personas",
    ("rooms", "journey_id"): "journeys",
    ("contributions", "journey_id"): "journeys",
    ("contributions", "participant_id"): "participants",
    ("contributions", "stage_id"): "stages",
    ("contributions", "card_id"): "cards",
    ("stage_feelings", "journey_id"): "journeys",
    ("stage_feelings", "participant_id"): "participants",
    ("stage_feelings", "stage_id"): "stages",
}
OWNED: frozenset[tuple[str, str]] = frozenset(
    {
        ("journey_personas", "journey_id"),
        ("journey_personas", "persona_id"),
        ("stages", "journey_id"),
        ("lanes", "journey_id"),
        ("cards", "journey_id"),
        ("cards", "stage_id"),
        ("cards", "lane_id"),
        ("cards", "parent_id"),
        ("improvements", "journey_id"),
        ("metrics", "journey_id"),
        ("participants", "journey_id"),
        ("vote_rounds", "journey_id"),
        ("votes", "journey_id"),
        ("votes", "round_id"),
        ("votes", "card_id"),
        ("votes", "improvement_id"),
        ("agenda_steps", "journey_id"),
        ("measurements", "journey_id"),
        ("measurements", "metric_id"),
        ("ratings", "journey_id"),
        ("ratings", "card_id"),
        ("ratings", "persona_id"),
        ("quotes", "journey_id"),
        ("rooms", "journey_id"),
        ("contributions", "journey_id"),
        ("contributions", "participant_id"),
        ("stage_feelings", "journey_id"),
        ("stage_feelings", "participant_id"),
        ("stage_feelings", "stage_id"),
    }
)
REFS_BY_TABLE: dict[str, list[tuple[str, str]]] = defaultdict(list)
for (_t, _c), _target in REFERENCES.items():
    REFS_BY_TABLE[_t].append((_c, _target))
# target table -> the tables whose rows may refer to it
CHILD_TABLES: dict[str, tuple[str, ...]] = {
    target: tuple(sorted({t for (t, _c), tgt in REFERENCES.items() if tgt == target}))
    for target in set(REFERENCES.values())
}


class Workspace:
    """All entities of a file, indexed by table and id, with reverse references and cell order."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[int, Entity]] = {t: {} for t in ENTITY_BY_TABLE}
        # (target table, target id, child table) -> ids of that table's rows referring to it: the
        # stages of a journey without walking past its 10,000 cards
        self._kids: dict[tuple[str, int, str], set[int]] = defaultdict(set)
        self._next_ids: dict[str, int] = {t: 1 for t in ENTITY_BY_TABLE}

    # ---- loading -------------------------------------------------------
    @classmethod
    def from_rows(cls, rows: dict[str, Iterable[dict[str, Any]]]) -> Workspace:
        """Build a workspace from rows read from a file (no validation: the store checked them)."""
        ws = cls()
        for table, table_rows in rows.items():
            etype = ENTITY_BY_TABLE[table]
            for row in table_rows:
                ws._put(etype.from_row(row))
        return ws

    # ---- reading -------------------------------------------------------
    def get(self, table: str, entity_id: int | None) -> Any:
        """The entity with that id, or None."""
        if entity_id is None:
            return None
        return self.tables[table].get(entity_id)

    def all(self, table: str) -> list[Any]:
        """Every entity of a table, by id."""
        return [self.tables[table][k] for k in sorted(self.tables[table])]

    def next_id(self, table: str) -> int:
        """A fresh id for a new row of the table."""
        return self._next_ids[table]

    def referrers(self, table: str, entity_id: int) -> set[tuple[str, int]]:
        """The (table, id) pairs of the rows referring to this one."""
        return {(child, i) for child in CHILD_TABLES.get(table, ())
                for i in self._kids.get((table, entity_id, child), ())}

    def _children(self, table: str, entity_id: int, child_table: str) -> list[Any]:
        rows = self.tables[child_table]
        return [rows[i] for i in self._kids.get((table, entity_id, child_table), ())]

    def structure_locked(self, journey_id: int | None) -> bool:
        """Whether a journey's stages and lanes are locked (Workshop ▸ Lock structure)."""
        journey = self.get("journeys", journey_id)
        return bool(journey is not None and journey.structure_locked)

    def journeys(self) -> list[Journey]:
        """The journeys in their order."""
        return sorted(self.tables["journeys"].values(), key=lambda j: (j.position, j.id))

    def stages(self, journey_id: int) -> list[Stage]:
        """A journey's stages, left to right."""
        return sorted(self._children("journeys", journey_id, "stages"), key=lambda s: (s.position, s.id))

    def lanes(self, journey_id: int) -> list[Lane]:
        """A journey's lanes, top to bottom."""
        return sorted(self._children("journeys", journey_id, "lanes"), key=lambda s: (s.position, s.id))

    def cards(self, journey_id: int) -> list[Card]:
        """A journey's cards, in no particular order."""
        return self._children("journeys", journey_id, "cards")

    def cards_in_cell(self, stage_id: int, lane_id: int) -> list[Card]:
        """The cards placed in a cell (attached notes excluded), in their order."""
        in_stage = self._children("stages", stage_id, "cards")
        return sorted(
            (c for c in in_stage if c.lane_id == lane_id and c.parent_id is None),
            key=lambda c: (c.position, c.id),
        )

    def notes_of(self, card_id: int) -> list[Card]:
        """The notes attached to a card, in their order."""
        return sorted(self._children("cards", card_id, "cards"), key=lambda c: (c.position, c.id))

    def improvements(self, journey_id: int) -> list[Improvement]:
        """A journey's improvement backlog, by id."""
        return sorted(self._children("journeys", journey_id, "improvements"), key=lambda i: i.id)

    def metrics(self, journey_id: int) -> list[Metric]:
        """A journey's metrics, by id."""
        return sorted(self._children("journeys", journey_id, "metrics"), key=lambda i: i.id)

    def participants(self, journey_id: int) -> list[Participant]:
        """The workshop's participants on a journey, in their order."""
        return sorted(self._children("journeys", journey_id, "participants"), key=lambda p: (p.position, p.id))

    def vote_rounds(self, journey_id: int) -> list[VoteRound]:
        """A journey's voting rounds, oldest first."""
        return sorted(self._children("journeys", journey_id, "vote_rounds"), key=lambda r: r.id)

    def open_round(self, journey_id: int) -> VoteRound | None:
        """The voting round of a journey that is open now, if any (the newest open one)."""
        rounds = [r for r in self.vote_rounds(journey_id) if r.closed_at is None]
        return rounds[-1] if rounds else None

    def votes_in_round(self, round_id: int) -> list[Vote]:
        """The votes cast in a round, in the order they were cast."""
        return sorted(self._children("vote_rounds", round_id, "votes"), key=lambda v: v.id)

    def votes_for(self, table: str, entity_id: int) -> list[Vote]:
        """Every vote cast for a card or an improvement, in every round."""
        return sorted(self._children(table, entity_id, "votes"), key=lambda v: v.id)

    def measurements_of(self, metric_id: int) -> list[Any]:
        """A metric's measurements, oldest first (by date, undated first, then as added)."""
        return sorted(self._children("metrics", metric_id, "measurements"),
                      key=lambda m: (m.measured_on or "", m.period, m.id))

    def ratings_of(self, card_id: int) -> list[Any]:
        """The personas' ratings of a card (as-is and to-be), by id."""
        return sorted(self._children("cards", card_id, "ratings"), key=lambda r: r.id)

    def ratings(self, journey_id: int) -> list[Any]:
        """Every persona rating of a journey, by id."""
        return sorted(self._children("journeys", journey_id, "ratings"), key=lambda r: r.id)

    def quotes(self, journey_id: int) -> list[Any]:
        """A journey's quotes, by id."""
        return sorted(self._children("journeys", journey_id, "quotes"), key=lambda q: q.id)

    def quotes_of(self, card_id: int) -> list[Any]:
        """The quotes linked to a card, by id."""
        return sorted(self._children("cards", card_id, "quotes"), key=lambda q: q.id)

    def room(self, journey_id: int) -> Any | None:
        """The journey's room settings (the first row: a journey has one room), or None."""
        rooms = sorted(self._children("journeys", journey_id, "rooms"), key=lambda r: r.id)
        return rooms[0] if rooms else None

    def contributions(self, journey_id: int) -> list[Any]:
        """What the room's phones sent on a journey, by id."""
        return sorted(self._children("journeys", journey_id, "contributions"), key=lambda c: c.id)

    def feelings(self, journey_id: int) -> list[Any]:
        """The participants' feelings per stage on a journey, by id."""
        return sorted(self._children("journeys", journey_id, "stage_feelings"), key=lambda f: f.id)

    def agenda(self, journey_id: int) -> list[Any]:
        """A journey's workshop agenda, step by step."""
        return sorted(self._children("journeys", journey_id, "agenda_steps"), key=lambda a: (a.position, a.id))

    def journey_personas(self, journey_id: int) -> list[tuple[JourneyPersona, Persona]]:
        """The personas on a journey, with their link rows."""
        links = sorted(self._children("journeys", journey_id, "journey_personas"), key=lambda x: x.id)
        return [(link, self.tables["personas"][link.persona_id]) for link in links]

    def personas(self) -> list[Persona]:
        """Every persona of the file, by name."""
        return sorted(self.tables["personas"].values(), key=lambda p: (p.name.lower(), p.id))

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of a table as dicts, by id (for comparisons with the file)."""
        return [e.to_row() for e in self.all(table)]

    # ---- changing ------------------------------------------------------
    def _put(self, entity: Entity) -> None:
        table = entity.table
        old = self.tables[table].get(entity.id)
        if old is not None:
            self._unlink(old)
        self.tables[table][entity.id] = entity
        for column, target in REFS_BY_TABLE[table]:
            ref = getattr(entity, column)
            if ref is not None:
                self._kids[(target, ref, table)].add(entity.id)
        if entity.id >= self._next_ids[table]:
            self._next_ids[table] = entity.id + 1

    def _unlink(self, entity: Entity) -> None:
        for column, target in REFS_BY_TABLE[entity.table]:
            ref = getattr(entity, column)
            if ref is not None:
                kids = self._kids.get((target, ref, entity.table))
                if kids is not None:
                    kids.discard(entity.id)
                    if not kids:
                        del self._kids[(target, ref, entity.table)]

    def _remove(self, table: str, entity_id: int) -> None:
        entity = self.tables[table].pop(entity_id)
        self._unlink(entity)

    def _apply_one(self, op: Op) -> Op:
        """Apply one op after checking it; return its inverse."""
        if op.table not in self.tables:
            raise ValidationError([Sentence("Unknown table %1.", repr(op.table))])
        etype = ENTITY_BY_TABLE[op.table]
        if isinstance(op, Insert):
            unknown = set(op.row) - set(etype.columns())
            if unknown:
                raise ValidationError([Sentence("Unknown fields %1 for %2.", str(sorted(unknown)), op.table)])
            if op.id in self.tables[op.table]:
                raise ValidationError([Sentence("%1 %2 already exists.", table_phrase(op.table), str(op.id))])
            entity = etype(**op.row)
            messages = validate(entity, self)
            if messages:
                raise ValidationError(messages)
            self._put(entity)
            return Delete(op.table, entity.id)
        old = self.tables[op.table].get(op.id)
        if old is None:
            raise ValidationError([Sentence("%1 %2 does not exist.", table_phrase(op.table), str(op.id))])
        if isinstance(op, Update):
            unknown = set(op.changes) - (set(etype.columns()) - {"id"})
            if unknown:
                raise ValidationError([Sentence("Unknown fields %1 for %2.", str(sorted(unknown)), op.table)])
            entity = old.with_changes(op.changes)
            messages = validate(entity, self)
            if entity.table == "cards" and entity.parent_id == entity.id:
                messages.append(Sentence("A note cannot be attached to itself."))
            if messages:
                raise ValidationError(messages)
            self._put(entity)
            return Update(op.table, op.id, {k: getattr(old, k) for k in op.changes})
        if isinstance(op, Delete):
            if any(self._kids.get((op.table, op.id, child)) for child in CHILD_TABLES.get(op.table, ())):
                raise ValidationError([Sentence("%1 %2 is still used by other rows.", table_phrase(op.table), str(op.id))])
            self._remove(op.table, op.id)
            return Insert(op.table, old.to_row())
        raise ValidationError([Sentence("Unknown operation %1.", repr(op))])

    def apply(self, ops: Sequence[Op]) -> list[Op]:
        """Apply ops all or nothing; return the ops that undo them (already reversed)."""
        inverse: list[Op] = []
        try:
            for op in ops:
                inverse.append(self._apply_one(op))
        except Exception:
            for back in reversed(inverse):
                self._apply_one(back)
            raise
        inverse.reverse()
        return inverse

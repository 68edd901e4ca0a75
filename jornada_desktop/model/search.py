"""Find text in a journey (cards, notes, improvements, quotes) and filter its cards (pure Python, no Qt)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from jornada_desktop.model.entities import Card
from jornada_desktop.model.workspace import Workspace

CARD_FIELDS = ("title", "body", "emotion_label", "department", "participant")
IMPROVEMENT_FIELDS = ("title", "description", "owner", "department", "metric", "target")


@dataclass(frozen=True, slots=True)
class Match:
    """One hit: a card, a note (a card with a parent), an improvement or a quote, and the field it is in."""

    table: str  # "cards", "improvements" or "quotes"
    id: int
    field: str
    start: int  # character offset of the hit in the field's text
    length: int
    is_note: bool = False


def fold(text: str) -> str:
    """Text folded for matching: lower case, accents removed ("Ação" matches "acao")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its offset in the original text."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        for piece in fold(ch):
            out.append(piece)
            where.append(index)
    return "".join(out), where


def _hits(text: str, needle: str) -> list[tuple[int, int]]:
    if not text or not needle:
        return []
    folded, where = _folded_with_map(text)
    hits: list[tuple[int, int]] = []
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle) - 1
        begin = where[start]
        hits.append((begin, where[end] - begin + 1))
        start = folded.find(needle, start + max(1, len(needle)))
    return hits


def card_order(ws: Workspace, journey_id: int) -> list[Card]:
    """The cards of a journey in reading order: stage by stage, lane by lane, each followed by its notes."""
    ordered: list[Card] = []
    for stage in ws.stages(journey_id):
        for lane in ws.lanes(journey_id):
            for card in ws.cards_in_cell(stage.id, lane.id):
                ordered.append(card)
                ordered.extend(ws.notes_of(card.id))
    return ordered


def find(ws: Workspace, journey_id: int, query: str) -> list[Match]:
    """Every hit of `query` in a journey's cards, notes, improvements and quotes, in reading order
    (the quotes in the order of their cards, then those of a stage or of the whole journey)."""
    needle = fold(query.strip())
    if not needle:
        return []
    matches: list[Match] = []
    order = card_order(ws, journey_id)
    for card in order:
        for name in CARD_FIELDS:
            for start, length in _hits(getattr(card, name) or "", needle):
                matches.append(Match("cards", card.id, name, start, length, card.parent_id is not None))
    for item in ws.improvements(journey_id):
        for name in IMPROVEMENT_FIELDS:
            for start, length in _hits(getattr(item, name) or "", needle):
                matches.append(Match("improvements", item.id, name, start, length))
    rank = {card.id: n for n, card in enumerate(order)}
    for quote in sorted(ws.quotes(journey_id), key=lambda q: (rank.get(q.card_id, len(rank)), q.id)):
        for start, length in _hits(quote.text, needle):
            matches.append(Match("quotes", quote.id, "text", start, length))
    return matches


def matching_ids(matches: Iterable[Match], table: str = "cards") -> list[int]:
    """The distinct ids of a table among matches, in order of first hit."""
    seen: dict[int, None] = {}
    for m in matches:
        if m.table == table:
            seen.setdefault(m.id, None)
    return list(seen)


def step(count: int, current: int, forward: bool = True) -> int:
    """The next (or previous) index in a ring of `count` hits; -1 when there are none."""
    if count <= 0:
        return -1
    if current < 0:
        return 0 if forward else count - 1
    return (current + (1 if forward else -1)) % count


# ---- filters and saved views ------------------------------------------------------------------
@dataclass
class CardFilter:
    """Which cards and lanes of a journey to show; an empty set means "no restriction"."""

    lanes: set[int] = field(default_factory=set)
    personas: set[int] = field(default_factory=set)
    channels: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)

    def is_empty(self) -> bool:
        """True when the filter shows everything."""
        return not (self.lanes or self.personas or self.channels or self.evidence)

    def accepts(self, card: Card) -> bool:
        """Whether a card passes every restriction."""
        if self.lanes and card.lane_id not in self.lanes:
            return False
        if self.personas and card.persona_id not in self.personas:
            return False
        if self.channels and (card.channel or "") not in self.channels:
            return False
        return not (self.evidence and (card.evidence or "") not in self.evidence)

    def visible_cards(self, ws: Workspace, journey_id: int) -> set[int]:
        """The ids of a journey's cards the filter shows (a note shows when its card does; a card a
        filtered persona rated counts as that persona's)."""
        rated: dict[int, set[int]] = {}
        if self.personas:
            for rating in ws.ratings(journey_id):
                rated.setdefault(rating.card_id, set()).add(rating.persona_id)
        shown: set[int] = set()
        for card in ws.cards(journey_id):
            owner = ws.get("cards", card.parent_id) if card.parent_id is not None else card
            if owner is None:
                continue
            if self.accepts(owner) or (self.personas & rated.get(owner.id, set())
                                       and replace(self, personas=set()).accepts(owner)):
                shown.add(card.id)
        return shown

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (sorted lists)."""
        return {k: sorted(v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: object) -> CardFilter:
        """A filter from a dict read from a file; unknown keys and bad values are ignored."""
        if not isinstance(data, dict):
            return cls()

        def ints(key: str) -> set[int]:
            values = data.get(key)
            if not isinstance(values, list):
                return set()
            return {v for v in values if isinstance(v, int) and not isinstance(v, bool)}

        def texts(key: str) -> set[str]:
            values = data.get(key)
            if not isinstance(values, list):
                return set()
            return {v for v in values if isinstance(v, str) and len(v) <= 100}

        return cls(ints("lanes"), ints("personas"), texts("channels"), texts("evidence"))


SAVED_VIEWS_KEY = "saved_views"


@dataclass(frozen=True)
class SavedView:
    """A named filter of a journey."""

    journey_id: int
    name: str
    filter: CardFilter


def parse_saved_views(text: str | None) -> list[SavedView]:
    """The saved views stored as JSON in the file's meta table (bad entries skipped, never raised)."""
    if not text:
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    views: list[SavedView] = []
    if not isinstance(data, list):
        return []
    for entry in data:
        if not isinstance(entry, dict):
            continue
        journey_id, name = entry.get("journey_id"), entry.get("name")
        if not isinstance(journey_id, int) or not isinstance(name, str) or not name.strip():
            continue
        views.append(SavedView(journey_id, name.strip()[:200], CardFilter.from_dict(entry.get("filter"))))
    return views


def dump_saved_views(views: Iterable[SavedView]) -> str:
    """The JSON text of saved views for the meta table."""
    return json.dumps(
        [{"journey_id": v.journey_id, "name": v.name, "filter": v.filter.to_dict()} for v in views],
        ensure_ascii=False, sort_keys=True,
    )


def with_view(views: list[SavedView], view: SavedView) -> list[SavedView]:
    """Views with one added, replacing a view of the same journey and name."""
    kept = [v for v in views if not (v.journey_id == view.journey_id and v.name == view.name)]
    return [*kept, view]


def without_view(views: list[SavedView], journey_id: int, name: str) -> list[SavedView]:
    """Views without the named view of a journey."""
    return [v for v in views if not (v.journey_id == journey_id and v.name == name)]

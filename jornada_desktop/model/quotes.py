"""Quotes: what customers said, as evidence for a touchpoint (pure, no Qt). Survey comments become
quotes on the touchpoint (or stage) their row names; a card with quotes can be marked observed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from jornada_desktop.model.edits import new_row, update_ops
from jornada_desktop.model.entities import Quote
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.search import fold
from jornada_desktop.model.sentences import Phrase, Sentence
from jornada_desktop.model.survey import Answer
from jornada_desktop.model.validation import validate
from jornada_desktop.model.workspace import Workspace

MAX_NOTED: Final = 20  # names a journey lacks, said one by one (the rest counted)
MAX_REMEMBERED: Final = 50_000  # (stage, touchpoint) pairs whose names are remembered (a survey repeats them)


def _key(text: str) -> str:
    return " ".join(fold(text).split())


@dataclass
class Places:
    """The stages, touchpoints and personas a survey's rows name, matched by name (any case or
    accents) in one journey; a name the journey lacks is counted under the level above and noted."""

    ws: Workspace
    journey_id: int
    notes: list[str] = field(default_factory=list)
    _noted: set[tuple[str, str]] = field(default_factory=set)
    _named: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.stages = {_key(s.name): s for s in self.ws.stages(self.journey_id)}
        self.cards = {_key(c.title): c for c in self.ws.cards(self.journey_id)
                      if c.kind == "touchpoint" and c.parent_id is None}
        self.personas = {_key(p.name): p for p in self.ws.personas()}

    def _note(self, what: str, name: str, sentence: Sentence) -> None:
        if (what, name) in self._noted:
            return
        self._noted.add((what, name))
        if len(self._noted) <= MAX_NOTED:
            self.notes.append(sentence)

    def names(self, stage: str, touchpoint: str) -> tuple[str, str]:
        """The names a row's answer is counted under: the journey's own, or '' when it has none."""
        known = self._named.get((stage, touchpoint))
        if known is None:
            known = self._names(stage, touchpoint)
            if len(self._named) < MAX_REMEMBERED:
                self._named[(stage, touchpoint)] = known
        return known

    def _names(self, stage: str, touchpoint: str) -> tuple[str, str]:
        card = self.cards.get(_key(touchpoint)) if touchpoint else None
        if touchpoint and card is None:
            self._note("touchpoint", touchpoint, Sentence(
                "there is no touchpoint “%1”: its answers count for its stage", touchpoint))
        found = self.stages.get(_key(stage)) if stage else None
        if stage and found is None:
            self._note("stage", stage, Sentence(
                "there is no stage “%1”: its answers count for the whole journey", stage))
        return (found.name if found is not None else "", card.title if card is not None else "")

    def ids(self, answer: Answer) -> tuple[int | None, int | None, int | None]:
        """The card, stage and persona of an answer (each None when the journey has none by that name)."""
        card = self.cards.get(_key(answer.touchpoint)) if answer.touchpoint else None
        stage = self.stages.get(_key(answer.stage)) if answer.stage else None
        persona = self.personas.get(_key(answer.persona)) if answer.persona else None
        if answer.persona and persona is None:
            self._note("persona", answer.persona, Sentence(
                "there is no persona “%1”: their quotes have no persona", answer.persona))
        stage_id = card.stage_id if card is not None else (stage.id if stage is not None else None)
        return (card.id if card is not None else None, stage_id, persona.id if persona is not None else None)


@dataclass
class QuotePlan:
    """The quotes a survey's comments add, and each comment left out with its row and reason."""

    ops: list[Op]
    problems: list[tuple[int, str]]


def quote_ops(ws: Workspace, places: Places, comments: Iterable[Answer], source: str, stamp: str) -> QuotePlan:
    """A quote per comment, on the touchpoint or stage of its row (checked like any row; one that
    breaks a rule is left out and reported with its row)."""
    ops: list[Op] = []
    problems: list[tuple[int, str]] = []
    next_id = ws.next_id("quotes")
    for answer in comments:
        card_id, stage_id, persona_id = places.ids(answer)
        row = new_row(ws, "quotes", {
            "journey_id": places.journey_id, "card_id": card_id, "stage_id": stage_id, "persona_id": persona_id,
            "text": answer.comment, "source": source[:500],
            "said_on": answer.when.isoformat() if answer.when else None}, stamp, next_id)
        broken = validate(Quote.from_row(row), ws)
        if broken:
            problems.append((answer.row, Phrase("its comment was not kept as a quote: %1", broken[0])))
            continue
        ops.append(Insert("quotes", row))
        next_id += 1
    return QuotePlan(ops, problems)


def mark_observed_ops(ws: Workspace, card_id: int, stamp: str) -> list[Op]:
    """Set a card's evidence to observed (nothing when it already is)."""
    return update_ops(ws, "cards", card_id, {"evidence": "observed"}, stamp)

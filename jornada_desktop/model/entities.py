"""The journey model: plain dataclasses whose fields are the columns of the `.jornada` file."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar, TypeVar
from uuid import uuid4

E = TypeVar("E", bound="Entity")


_COLUMNS: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class Entity:
    """Base of every stored entity: an integer id and a table name."""

    table: ClassVar[str] = ""
    id: int

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        """The column names of this entity's table, in order (worked out once per class)."""
        names = _COLUMNS.get(cls)
        if names is None:
            names = _COLUMNS[cls] = tuple(f.name for f in fields(cls))
        return names

    @classmethod
    def from_row(cls: type[E], row: dict[str, Any]) -> E:
        """Build an entity from a row dict, ignoring columns this version does not know."""
        names = cls.columns()
        if len(row) == len(names) and all(k in row for k in names):
            return cls(**row)  # the usual case: a row of this version's table
        return cls(**{k: v for k, v in row.items() if k in names})

    def to_row(self) -> dict[str, Any]:
        """The row dict of this entity (fields hold plain values: no deep copy needed)."""
        return {name: getattr(self, name) for name in self.columns()}

    def with_changes(self: E, changes: dict[str, Any]) -> E:
        """A copy with some fields changed."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Meta:
    """One key/value pair of the file's `meta` table."""

    key: str
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Persona(Entity):
    """A person the journey is about."""

    table: ClassVar[str] = "personas"
    name: str = ""
    role: str = ""
    quote: str = ""
    goals: str = ""
    expectations: str = ""
    frustrations: str = ""
    channels: str = ""  # comma-separated channel codes
    photo: bytes | None = field(default=None, repr=False)
    color: str = "#4C78A8"
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Journey(Entity):
    """One journey map: stages across, lanes down."""

    table: ClassVar[str] = "journeys"
    title: str = ""
    kind: str = "custom"
    description: str = ""
    position: int = 0
    structure_locked: int = 0
    created_at: str = ""
    updated_at: str = ""
    # stable random identity (32 hex digits): a workbook names the journey it came from
    uuid: str = field(default_factory=lambda: uuid4().hex)


@dataclass(frozen=True, slots=True)
class JourneyPersona(Entity):
    """A persona shown on a journey, with the colour of its emotion curve there."""

    table: ClassVar[str] = "journey_personas"
    journey_id: int = 0
    persona_id: int = 0
    color: str | None = None


@dataclass(frozen=True, slots=True)
class Stage(Entity):
    """A column of a journey (conscientização, consideração, …)."""

    table: ClassVar[str] = "stages"
    journey_id: int = 0
    position: int = 0
    name: str = ""
    description: str = ""
    color: str | None = None


@dataclass(frozen=True, slots=True)
class Lane(Entity):
    """A typed row of a journey (touchpoints, emotions, pain points, …)."""

    table: ClassVar[str] = "lanes"
    journey_id: int = 0
    position: int = 0
    kind: str = "touchpoints"
    title: str = ""
    hidden: int = 0


@dataclass(frozen=True, slots=True)
class Card(Entity):
    """A card in a (stage, lane) cell, or a note attached to another card (`parent_id`)."""

    table: ClassVar[str] = "cards"
    journey_id: int = 0
    stage_id: int = 0
    lane_id: int = 0
    position: int = 0
    kind: str = "touchpoint"
    title: str = ""
    body: str = ""
    channel: str | None = None
    department: str = ""
    emotion: int | None = None
    emotion_label: str = ""
    emotion_to_be: int | None = None
    persona_id: int | None = None
    evidence: str | None = None
    color: str | None = None
    parent_id: int | None = None
    participant: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Improvement(Entity):
    """An item of the improvement backlog."""

    table: ClassVar[str] = "improvements"
    journey_id: int = 0
    card_id: int | None = None
    stage_id: int | None = None
    title: str = ""
    description: str = ""
    impact: int = 3
    effort: int = 3
    votes: int = 0
    status: str = "open"
    owner: str = ""
    department: str = ""
    due_date: str | None = None
    follow_up: str | None = None
    metric: str = ""
    target: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Metric(Entity):
    """A measured figure of a journey, stage or touchpoint (NPS, CES, …)."""

    table: ClassVar[str] = "metrics"
    journey_id: int = 0
    stage_id: int | None = None
    card_id: int | None = None
    kind: str = "custom"
    name: str = ""
    unit: str = ""
    target: float | None = None
    actual: float | None = None
    measured_at: str | None = None
    source: str = ""
    review_days: int | None = None  # how often the metric is due for a review (days), or never


@dataclass(frozen=True, slots=True)
class Participant(Entity):
    """A person in the workshop room, with the colour their cards and votes carry."""

    table: ClassVar[str] = "participants"
    journey_id: int = 0
    position: int = 0
    name: str = ""
    color: str = "#0072B2"
    created_at: str = ""
    secret: str = ""  # in a room: the SHA-256 (hex) of the token the participant's phone holds


@dataclass(frozen=True, slots=True)
class VoteRound(Entity):
    """A dot-voting round of a journey: each participant's allowance, open until closed."""

    table: ClassVar[str] = "vote_rounds"
    journey_id: int = 0
    title: str = ""
    allowance: int = 0  # votes per participant; 0 = no limit
    opened_at: str = ""
    closed_at: str | None = None


@dataclass(frozen=True, slots=True)
class Vote(Entity):
    """One dot: who voted, in which round, for a card or an improvement, and when."""

    table: ClassVar[str] = "votes"
    journey_id: int = 0
    round_id: int = 0
    participant_id: int | None = None
    card_id: int | None = None
    improvement_id: int | None = None
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class AgendaStep(Entity):
    """A timed step of a workshop's agenda (10 min capture, 5 min vote, …)."""

    table: ClassVar[str] = "agenda_steps"
    journey_id: int = 0
    position: int = 0
    title: str = ""
    minutes: int = 10


@dataclass(frozen=True, slots=True)
class Measurement(Entity):
    """One dated value of a metric: what was measured, over which period, from what and how many."""

    table: ClassVar[str] = "measurements"
    journey_id: int = 0
    metric_id: int = 0
    value: float = 0.0
    measured_on: str | None = None  # YYYY-MM-DD
    period: str = ""  # YYYY-MM, or '' for a single point
    source: str = ""
    sample: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Rating(Entity):
    """How one persona feels at one touchpoint, as-is or to-be (−2 … +2), with a short reason.

    The rating of "everyone" is the card's own `emotion` / `emotion_to_be`; these rows are the
    personas' own, so two personas can live the same touchpoint in opposite ways.
    """

    table: ClassVar[str] = "ratings"
    journey_id: int = 0
    card_id: int = 0
    persona_id: int = 0
    scenario: str = "as_is"
    value: int = 0
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Quote(Entity):
    """What a customer said (a survey comment, an interview line), as evidence for a touchpoint."""

    table: ClassVar[str] = "quotes"
    journey_id: int = 0
    card_id: int | None = None
    stage_id: int | None = None
    persona_id: int | None = None
    text: str = ""
    source: str = ""
    said_on: str | None = None  # YYYY-MM-DD
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class Room(Entity):
    """A journey's room: participants join from their phones with its code (kept to restart it)."""

    table: ClassVar[str] = "rooms"
    journey_id: int = 0
    code: str = ""
    moderated: int = 0  # 1: contributions wait in the facilitator's inbox
    silent: int = 0  # 1: silent brainstorming, a phone sees only its own until revealed
    revealed: int = 0  # 1: the facilitator revealed everyone's contributions
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class Contribution(Entity):
    """One thing a participant's phone sent, kept with its idempotency key (never applied twice).

    `action` is "card", "vote", "unvote" or "feeling"; a card waits as "pending" in a moderated
    room, and points to the card it became once accepted.
    """

    table: ClassVar[str] = "contributions"
    journey_id: int = 0
    participant_id: int | None = None
    key: str = ""
    action: str = "card"
    kind: str = ""
    stage_id: int | None = None
    text: str = ""
    status: str = "accepted"
    card_id: int | None = None
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class StageFeeling(Entity):
    """How a participant felt at a stage of the journey (−2 … +2), rated from their phone."""

    table: ClassVar[str] = "stage_feelings"
    journey_id: int = 0
    participant_id: int = 0
    stage_id: int = 0
    value: int = 0
    updated_at: str = ""


ENTITY_TYPES: tuple[type[Entity], ...] = (
    Persona,
    Journey,
    JourneyPersona,
    Stage,
    Lane,
    Card,
    Improvement,
    Metric,
    Participant,
    VoteRound,
    Vote,
    AgendaStep,
    Rating,
    Measurement,
    Quote,
    Room,
    Contribution,
    StageFeeling,
)
ENTITY_BY_TABLE: dict[str, type[Entity]] = {t.table: t for t in ENTITY_TYPES}

# Order in which tables are filled (parents first); deletes run in reverse.
TABLE_ORDER: tuple[str, ...] = tuple(t.table for t in ENTITY_TYPES)

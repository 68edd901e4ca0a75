"""Validation rules of the journey model, each broken rule a sentence a person understands."""

from __future__ import annotations

import math
import re
import types
import typing
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import (
    AgendaStep,
    Card,
    Contribution,
    Entity,
    Improvement,
    Journey,
    JourneyPersona,
    Lane,
    Measurement,
    Metric,
    Participant,
    Persona,
    Quote,
    Rating,
    Room,
    Stage,
    StageFeeling,
    Vote,
    VoteRound,
)
from jornada_desktop.model.image_safety import MAX_PHOTO_BYTES
from jornada_desktop.model.sentences import Phrase, Sentence

if TYPE_CHECKING:
    from jornada_desktop.model.workspace import Workspace

UUID_RE = re.compile(r"^[0-9a-f]{32}$")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_TITLE = 500
MAX_TEXT = 100_000
PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_ID = 2**53  # ids and positions stay exact in JSON and far from SQLite's 2⁶³ limit
MAX_POSITION = 10_000_000
MAX_NAME = 80
MAX_ALLOWANCE = 99
MAX_STEP_MINUTES = 600
MAX_CONTRIBUTION = 500  # what a participant types on their phone, at most
ROOM_CODE_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
SECRET_RE = re.compile(r"^([0-9a-f]{64})?$")
CONTRIBUTION_ACTIONS = ("card", "vote", "unvote", "feeling")
CONTRIBUTION_STATUSES = ("pending", "accepted", "rejected")


# The phrases name a field with its article ("the card's title"), so that a translation can
# agree with it; each is a literal so that it is collected for translation.
_PERSONA_TEXTS = (
    ("role", Phrase("the persona's role")),
    ("quote", Phrase("the persona's quote")),
    ("goals", Phrase("the persona's goals")),
    ("expectations", Phrase("the persona's expectations")),
    ("frustrations", Phrase("the persona's frustrations")),
    ("channels", Phrase("the persona's channels")),
)
# A row of each table as a phrase, e.g. for "%1 %2 does not exist." with "the card" and an id.
TABLE_PHRASES = {
    "personas": Phrase("the persona"),
    "journeys": Phrase("the journey"),
    "journey_personas": Phrase("the persona link"),
    "stages": Phrase("the stage"),
    "lanes": Phrase("the lane"),
    "cards": Phrase("the card"),
    "improvements": Phrase("the improvement"),
    "metrics": Phrase("the metric"),
    "participants": Phrase("the participant"),
    "vote_rounds": Phrase("the voting round"),
    "votes": Phrase("the vote"),
    "agenda_steps": Phrase("the agenda step"),
    "ratings": Phrase("the rating"),
    "measurements": Phrase("the measurement"),
    "quotes": Phrase("the quote"),
    "rooms": Phrase("the room"),
    "contributions": Phrase("the contribution"),
    "stage_feelings": Phrase("the feeling"),
}
_IMPROVEMENT_TEXTS = (
    ("owner", Phrase("the improvement's owner")),
    ("department", Phrase("the improvement's department")),
    ("metric", Phrase("the improvement's metric")),
    ("target", Phrase("the improvement's target")),
)
_METRIC_NUMBERS = (("target", Phrase("the metric's target")), ("actual", Phrase("the metric's actual value")))


def _text(messages: list[str], what: Phrase, value: object, limit: int, required: bool = False) -> None:
    if not isinstance(value, str):
        messages.append(Sentence("%1 must be text.", what))
        return
    if required and not value.strip():
        messages.append(Sentence("%1 cannot be empty.", what))
    if len(value) > limit:
        messages.append(Sentence("%1 is longer than %2 characters.", what, limit))
        return
    if not value.isascii() and not _encodable(value):
        messages.append(Sentence("%1 holds characters that are not text.", what))


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (\ud800) from a JSON file
        return False
    return True


def _stamps(messages: list[str], entity: Entity) -> None:
    for name in ("created_at", "updated_at", "opened_at", "closed_at"):
        value = getattr(entity, name, None)
        if value in (None, ""):
            continue
        # (Jornada writes ISO times; a time is kept as text, but never a long one or one with
        # control characters, which a workbook cannot hold)
        if not isinstance(value, str) or len(value) > 40 or not value.isprintable():
            messages.append(Sentence("A time must look like 2026-12-02T10:00:00Z (got %1).", repr(value)[:40]))


def _position(messages: list[str], entity: Entity) -> None:
    value = getattr(entity, "position", 0)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POSITION:
        messages.append(Sentence("The position must be a whole number from 0 to %1 (got %2).", MAX_POSITION,
                                 repr(value)[:40]))


def _int_range(messages: list[str], what: Phrase, value: object, lo: int, hi: int, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        messages.append(Sentence("%1 must be a whole number from %2 to %3 (got %4).", what, lo, hi, repr(value)))


def _code(messages: list[str], what: Phrase, value: object, codes: object, optional: bool) -> None:
    if value is None and optional:
        return
    if value not in codes:  # type: ignore[operator]
        messages.append(Sentence("Unknown %1 %2.", what, repr(value)))


def _color(messages: list[str], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not COLOR_RE.match(value)):
        messages.append(Sentence("The colour must look like #RRGGBB (got %1).", repr(value)))


def _date(messages: list[str], what: Phrase, value: object) -> None:
    if value in (None, ""):
        return
    if isinstance(value, str) and DATE_RE.match(value):
        try:
            date.fromisoformat(value)
            return
        except ValueError:  # 2024-99-99
            pass
    messages.append(Sentence("%1 must be a date as YYYY-MM-DD (got %2).", what, repr(value)[:40]))


def _belongs(messages: list[str], ws: Workspace, table: str, ref: int | None, journey_id: int) -> None:
    if ref is None:
        return
    what = table_phrase(table)
    target = ws.get(table, ref)
    if target is None:
        messages.append(Sentence("%1 %2 does not exist.", what, str(ref)))
    elif getattr(target, "journey_id", journey_id) != journey_id:
        messages.append(Sentence("%1 %2 belongs to another journey.", what, str(ref)))


def _exists(messages: list[str], ws: Workspace, table: str, ref: int | None) -> None:
    if ws.get(table, ref) is None:
        messages.append(Sentence("%1 %2 does not exist.", table_phrase(table), str(ref)))


def table_phrase(table: str) -> Phrase | str:
    """A row of the table as a phrase ("the card"); the table's own name when it has none."""
    return TABLE_PHRASES.get(table, table)


@cache
def _required(etype: type) -> tuple[str, ...]:
    """The fields of an entity that can never be empty (null): the file's NOT NULL columns."""
    hints = typing.get_type_hints(etype)
    return tuple(name for name in etype.columns()
                 if not (isinstance(hints[name], types.UnionType) and type(None) in typing.get_args(hints[name])))


def validate(entity: Entity, ws: Workspace | None = None) -> list[str]:
    """Every rule the entity breaks, as sentences; an empty list when it is valid."""
    m: list[str] = []
    missing = [name for name in _required(type(entity)) if getattr(entity, name) is None]
    if missing:
        m.append(Sentence("%1 needs a value for “%2”.", table_phrase(entity.table), missing[0]))
        return m
    if isinstance(entity.id, bool) or not isinstance(entity.id, int) or not 0 < entity.id <= MAX_ID:
        m.append(Sentence("The id must be a whole number from 1 to %1 (got %2).", MAX_ID, repr(entity.id)[:40]))
    _stamps(m, entity)
    if hasattr(entity, "position"):
        _position(m, entity)
    if isinstance(entity, Persona):
        _text(m, Phrase("the persona's name"), entity.name, MAX_TITLE, required=True)
        for name, what in _PERSONA_TEXTS:
            _text(m, what, getattr(entity, name), MAX_TEXT)
        _color(m, entity.color)
        # One size limit for a file, an import and an edit (a photo that is not a sane image is
        # kept but never decoded: the persona shows initials, see image_safety).
        if entity.photo is not None and (not isinstance(entity.photo, bytes) or len(entity.photo) > MAX_PHOTO_BYTES):
            m.append(Sentence("The persona's photo must be an image of at most %1 MB.", MAX_PHOTO_BYTES // 2**20))
    elif isinstance(entity, Journey):
        _text(m, Phrase("the journey's title"), entity.title, MAX_TITLE, required=True)
        _text(m, Phrase("the journey's description"), entity.description, MAX_TEXT)
        _code(m, Phrase("journey kind"), entity.kind, v.JOURNEY_KINDS, optional=False)
        if not isinstance(entity.uuid, str) or not UUID_RE.match(entity.uuid):
            m.append(Sentence("The journey's identity must be 32 hexadecimal digits (got %1).", repr(entity.uuid)))
    elif isinstance(entity, JourneyPersona):
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _exists(m, ws, "personas", entity.persona_id)
        _color(m, entity.color)
    elif isinstance(entity, Stage):
        _text(m, Phrase("the stage's name"), entity.name, MAX_TITLE, required=True)
        _text(m, Phrase("the stage's description"), entity.description, MAX_TEXT)
        _color(m, entity.color)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
    elif isinstance(entity, Lane):
        _text(m, Phrase("the lane's title"), entity.title, MAX_TITLE, required=True)
        _code(m, Phrase("lane kind"), entity.kind, v.LANE_KINDS, optional=False)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
    elif isinstance(entity, Card):
        _text(m, Phrase("the card's title"), entity.title, MAX_TITLE, required=entity.kind != "note")
        _text(m, Phrase("the card's description"), entity.body, MAX_TEXT)
        _text(m, Phrase("the card's department"), entity.department, MAX_TITLE)
        _text(m, Phrase("the card's participant"), entity.participant, MAX_NAME)
        _text(m, Phrase("the emotion's label"), entity.emotion_label, MAX_TITLE)
        _code(m, Phrase("card kind"), entity.kind, v.CARD_KINDS, optional=False)
        _int_range(m, Phrase("the emotion"), entity.emotion, v.EMOTION_MIN, v.EMOTION_MAX, optional=True)
        _int_range(m, Phrase("the to-be emotion"), entity.emotion_to_be, v.EMOTION_MIN, v.EMOTION_MAX, True)
        _code(m, Phrase("evidence"), entity.evidence, v.EVIDENCE, optional=True)
        if entity.channel is not None:
            _text(m, Phrase("the channel"), entity.channel, 100)
        _color(m, entity.color)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id)
            _belongs(m, ws, "lanes", entity.lane_id, entity.journey_id)
            _belongs(m, ws, "cards", entity.parent_id, entity.journey_id)
            if entity.persona_id is not None:
                _exists(m, ws, "personas", entity.persona_id)
    elif isinstance(entity, Improvement):
        _text(m, Phrase("the improvement's title"), entity.title, MAX_TITLE, required=True)
        _text(m, Phrase("the improvement's description"), entity.description, MAX_TEXT)
        _int_range(m, Phrase("the impact"), entity.impact, 1, 5, optional=False)
        _int_range(m, Phrase("the effort"), entity.effort, 1, 5, optional=False)
        if isinstance(entity.votes, bool) or not isinstance(entity.votes, int) or entity.votes < 0:
            m.append(Sentence("The votes must be a whole number of at least 0 (got %1).", repr(entity.votes)))
        _code(m, Phrase("improvement status"), entity.status, v.IMPROVEMENT_STATUS, optional=False)
        for name, what in _IMPROVEMENT_TEXTS:
            _text(m, what, getattr(entity, name), MAX_TITLE)
        _date(m, Phrase("the due date"), entity.due_date)
        _date(m, Phrase("the follow-up date"), entity.follow_up)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id)
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id)
    elif isinstance(entity, Metric):
        _text(m, Phrase("the metric's name"), entity.name, MAX_TITLE)
        _code(m, Phrase("metric kind"), entity.kind, v.METRIC_KINDS, optional=False)
        _text(m, Phrase("the metric's unit"), entity.unit, MAX_TITLE)
        _text(m, Phrase("the metric's source"), entity.source, MAX_TITLE)
        for name, what in _METRIC_NUMBERS:
            value = getattr(entity, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                      or not math.isfinite(value) or abs(value) > 1e15):
                m.append(Sentence("%1 must be a number (got %2).", what, repr(value)[:40]))
        _date(m, Phrase("the measurement date"), entity.measured_at)
        _int_range(m, Phrase("the review period"), entity.review_days, 1, 3660, optional=True)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id)
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id)
    elif isinstance(entity, Participant):
        _text(m, Phrase("the participant's name"), entity.name, MAX_NAME, required=True)
        if not isinstance(entity.secret, str) or not SECRET_RE.match(entity.secret):
            m.append(Sentence("A participant's secret is a SHA-256 in hexadecimal."))
        if entity.color is None:
            m.append(Sentence("The colour must look like #RRGGBB (got %1).", repr(entity.color)))
        _color(m, entity.color)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
    elif isinstance(entity, VoteRound):
        _text(m, Phrase("the voting round's title"), entity.title, MAX_TITLE)
        _int_range(m, Phrase("the votes per participant"), entity.allowance, 0, MAX_ALLOWANCE, optional=False)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
    elif isinstance(entity, Vote):
        if (entity.card_id is None) == (entity.improvement_id is None):
            m.append(Sentence("A vote is for one card or one improvement."))
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "vote_rounds", entity.round_id, entity.journey_id)
            _belongs(m, ws, "participants", entity.participant_id, entity.journey_id)
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id)
            _belongs(m, ws, "improvements", entity.improvement_id, entity.journey_id)
    elif isinstance(entity, Measurement):
        if isinstance(entity.value, bool) or not isinstance(entity.value, int | float) \
                or not math.isfinite(entity.value) or abs(entity.value) > 1e15:
            m.append(Sentence("%1 must be a number (got %2).", Phrase("the measured value"), repr(entity.value)[:40]))
        _date(m, Phrase("the measurement date"), entity.measured_on)
        if not isinstance(entity.period, str) or (entity.period and not PERIOD_RE.match(entity.period)):
            m.append(Sentence("The period must look like 2026-11 (got %1).", repr(entity.period)[:40]))
        _text(m, Phrase("the measurement's source"), entity.source, MAX_TITLE)
        _text(m, Phrase("the measurement's note"), entity.note, MAX_TEXT)
        _int_range(m, Phrase("the sample size"), entity.sample, 0, 10**9, optional=True)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "metrics", entity.metric_id, entity.journey_id)
    elif isinstance(entity, Rating):
        _code(m, Phrase("scenario"), entity.scenario, ("as_is", "to_be"), optional=False)
        _int_range(m, Phrase("the rating"), entity.value, v.EMOTION_MIN, v.EMOTION_MAX, optional=False)
        _text(m, Phrase("the rating's reason"), entity.reason, MAX_TITLE)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id)
            _exists(m, ws, "personas", entity.persona_id)
    elif isinstance(entity, Quote):
        _text(m, Phrase("the quote's text"), entity.text, MAX_TEXT, required=True)
        _text(m, Phrase("the quote's source"), entity.source, MAX_TITLE)
        _date(m, Phrase("the quote's date"), entity.said_on)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id)
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id)
            if entity.persona_id is not None:
                _exists(m, ws, "personas", entity.persona_id)
    elif isinstance(entity, Room):
        if not isinstance(entity.code, str) or not ROOM_CODE_RE.match(entity.code):
            m.append(Sentence("A room code is 16 to 64 letters, digits, '-' or '_'."))
        for flag in (entity.moderated, entity.silent, entity.revealed):
            _int_range(m, Phrase("a room setting"), flag, 0, 1, optional=False)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
    elif isinstance(entity, Contribution):
        if not isinstance(entity.key, str) or not 8 <= len(entity.key) <= 64 or not entity.key.isprintable():
            m.append(Sentence("A contribution's key is 8 to 64 printable characters."))
        _code(m, Phrase("the contribution's action"), entity.action, CONTRIBUTION_ACTIONS, optional=False)
        _code(m, Phrase("the contribution's status"), entity.status, CONTRIBUTION_STATUSES, optional=False)
        _text(m, Phrase("the contribution's kind"), entity.kind, 40)
        _text(m, Phrase("the contribution's text"), entity.text, MAX_CONTRIBUTION)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "participants", entity.participant_id, entity.journey_id)
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id)
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id)
    elif isinstance(entity, StageFeeling):
        _int_range(m, Phrase("the feeling"), entity.value, v.EMOTION_MIN, v.EMOTION_MAX, optional=False)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
            _belongs(m, ws, "participants", entity.participant_id, entity.journey_id)
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id)
    elif isinstance(entity, AgendaStep):
        _text(m, Phrase("the agenda step's title"), entity.title, MAX_TITLE, required=True)
        _int_range(m, Phrase("the step's minutes"), entity.minutes, 1, MAX_STEP_MINUTES, optional=False)
        if ws is not None:
            _exists(m, ws, "journeys", entity.journey_id)
    return m

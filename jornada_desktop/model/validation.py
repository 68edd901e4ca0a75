"""Validation rules of the journey model, each broken rule a sentence a person understands."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import (
    Card,
    Entity,
    Improvement,
    Journey,
    JourneyPersona,
    Lane,
    Metric,
    Persona,
    Stage,
)

if TYPE_CHECKING:
    from jornada_desktop.model.workspace import Workspace

COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_TITLE = 500
MAX_TEXT = 100_000


def _text(messages: list[str], what: str, value: object, limit: int, required: bool = False) -> None:
    if not isinstance(value, str):
        messages.append(f"The {what} must be text.")
        return
    if required and not value.strip():
        messages.append(f"The {what} cannot be empty.")
    if len(value) > limit:
        messages.append(f"The {what} is longer than {limit:,} characters.")


def _int_range(messages: list[str], what: str, value: object, lo: int, hi: int, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        messages.append(f"The {what} must be a whole number from {lo} to {hi} (got {value!r}).")


def _code(messages: list[str], what: str, value: object, codes: object, optional: bool) -> None:
    if value is None and optional:
        return
    if value not in codes:  # type: ignore[operator]
        messages.append(f"Unknown {what} {value!r}.")


def _color(messages: list[str], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not COLOR_RE.match(value)):
        messages.append(f"The colour must look like #RRGGBB (got {value!r}).")


def _date(messages: list[str], what: str, value: object) -> None:
    if value not in (None, "") and (not isinstance(value, str) or not DATE_RE.match(value)):
        messages.append(f"The {what} must be a date as YYYY-MM-DD (got {value!r}).")


def _belongs(
    messages: list[str], ws: Workspace, table: str, ref: int | None, journey_id: int, what: str
) -> None:
    if ref is None:
        return
    target = ws.get(table, ref)
    if target is None:
        messages.append(f"The {what} {ref} does not exist.")
    elif getattr(target, "journey_id", journey_id) != journey_id:
        messages.append(f"The {what} {ref} belongs to another journey.")


def validate(entity: Entity, ws: Workspace | None = None) -> list[str]:
    """Every rule the entity breaks, as sentences; an empty list when it is valid."""
    m: list[str] = []
    if isinstance(entity.id, bool) or not isinstance(entity.id, int) or entity.id <= 0:
        m.append(f"The id must be a positive whole number (got {entity.id!r}).")
    if isinstance(entity, Persona):
        _text(m, "persona's name", entity.name, MAX_TITLE, required=True)
        for name in ("role", "quote", "goals", "expectations", "frustrations", "channels"):
            _text(m, f"persona's {name}", getattr(entity, name), MAX_TEXT)
        _color(m, entity.color)
        if entity.photo is not None and not isinstance(entity.photo, bytes):
            m.append("The persona's photo must be image bytes.")
    elif isinstance(entity, Journey):
        _text(m, "journey's title", entity.title, MAX_TITLE, required=True)
        _text(m, "journey's description", entity.description, MAX_TEXT)
        _code(m, "journey kind", entity.kind, v.JOURNEY_KINDS, optional=False)
    elif isinstance(entity, JourneyPersona):
        if ws is not None:
            if ws.get("journeys", entity.journey_id) is None:
                m.append(f"The journey {entity.journey_id} does not exist.")
            if ws.get("personas", entity.persona_id) is None:
                m.append(f"The persona {entity.persona_id} does not exist.")
        _color(m, entity.color)
    elif isinstance(entity, Stage):
        _text(m, "stage's name", entity.name, MAX_TITLE, required=True)
        _text(m, "stage's description", entity.description, MAX_TEXT)
        _color(m, entity.color)
        if ws is not None and ws.get("journeys", entity.journey_id) is None:
            m.append(f"The journey {entity.journey_id} does not exist.")
    elif isinstance(entity, Lane):
        _text(m, "lane's title", entity.title, MAX_TITLE, required=True)
        _code(m, "lane kind", entity.kind, v.LANE_KINDS, optional=False)
        if ws is not None and ws.get("journeys", entity.journey_id) is None:
            m.append(f"The journey {entity.journey_id} does not exist.")
    elif isinstance(entity, Card):
        _text(m, "card's title", entity.title, MAX_TITLE, required=entity.kind != "note")
        _text(m, "card's description", entity.body, MAX_TEXT)
        _text(m, "card's department", entity.department, MAX_TITLE)
        _code(m, "card kind", entity.kind, v.CARD_KINDS, optional=False)
        _int_range(m, "emotion", entity.emotion, v.EMOTION_MIN, v.EMOTION_MAX, optional=True)
        _int_range(m, "to-be emotion", entity.emotion_to_be, v.EMOTION_MIN, v.EMOTION_MAX, True)
        _code(m, "evidence", entity.evidence, v.EVIDENCE, optional=True)
        if entity.channel is not None:
            _text(m, "channel", entity.channel, 100)
        _color(m, entity.color)
        if ws is not None:
            if ws.get("journeys", entity.journey_id) is None:
                m.append(f"The journey {entity.journey_id} does not exist.")
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id, "stage")
            _belongs(m, ws, "lanes", entity.lane_id, entity.journey_id, "lane")
            _belongs(m, ws, "cards", entity.parent_id, entity.journey_id, "card")
            if entity.persona_id is not None and ws.get("personas", entity.persona_id) is None:
                m.append(f"The persona {entity.persona_id} does not exist.")
    elif isinstance(entity, Improvement):
        _text(m, "improvement's title", entity.title, MAX_TITLE, required=True)
        _text(m, "improvement's description", entity.description, MAX_TEXT)
        _int_range(m, "impact", entity.impact, 1, 5, optional=False)
        _int_range(m, "effort", entity.effort, 1, 5, optional=False)
        if isinstance(entity.votes, bool) or not isinstance(entity.votes, int) or entity.votes < 0:
            m.append(f"The votes must be a whole number of at least 0 (got {entity.votes!r}).")
        _code(m, "improvement status", entity.status, v.IMPROVEMENT_STATUS, optional=False)
        _date(m, "due date", entity.due_date)
        _date(m, "follow-up date", entity.follow_up)
        if ws is not None:
            if ws.get("journeys", entity.journey_id) is None:
                m.append(f"The journey {entity.journey_id} does not exist.")
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id, "card")
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id, "stage")
    elif isinstance(entity, Metric):
        _text(m, "metric's name", entity.name, MAX_TITLE)
        _code(m, "metric kind", entity.kind, v.METRIC_KINDS, optional=False)
        for name in ("target", "actual"):
            value = getattr(entity, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                m.append(f"The metric's {name} must be a number (got {value!r}).")
        _date(m, "measurement date", entity.measured_at)
        if ws is not None:
            if ws.get("journeys", entity.journey_id) is None:
                m.append(f"The journey {entity.journey_id} does not exist.")
            _belongs(m, ws, "cards", entity.card_id, entity.journey_id, "card")
            _belongs(m, ws, "stages", entity.stage_id, entity.journey_id, "stage")
    return m

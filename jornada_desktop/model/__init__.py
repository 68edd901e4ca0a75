"""The journey model: entities, vocabulary, validation and edit planning (pure Python)."""

from jornada_desktop.model.entities import (
    ENTITY_BY_TABLE,
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
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.workspace import Workspace

__all__ = [
    "ENTITY_BY_TABLE", "Card", "Delete", "Entity", "Improvement", "Insert", "Journey",
    "JourneyPersona", "Lane", "Metric", "Op", "Persona", "Stage", "Update", "ValidationError",
    "Workspace",
]

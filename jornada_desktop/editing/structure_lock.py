"""The structure lock of a journey: while it is on, its stages and lanes cannot be added, moved,
renamed or deleted (cards can). The document refuses any op list that would, whatever its source."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.workspace import Workspace

STRUCTURE_TABLES = ("stages", "lanes")
ALLOWED_WHILE_LOCKED = frozenset({"hidden"})  # showing or hiding a lane is a view choice


def lock_violation(ws: Workspace, ops: Sequence[Op]) -> str | None:
    """A sentence saying why the ops break a structure lock, or None when they do not."""
    deleted_journeys = {op.id for op in ops if isinstance(op, Delete) and op.table == "journeys"}
    for op in ops:
        if op.table not in STRUCTURE_TABLES:
            continue
        if isinstance(op, Insert):
            journey_id = op.row.get("journey_id")
        else:
            entity = ws.get(op.table, op.id)
            journey_id = entity.journey_id if entity is not None else None
        if journey_id in deleted_journeys or not ws.structure_locked(journey_id):
            continue
        if isinstance(op, Update) and set(op.changes) <= ALLOWED_WHILE_LOCKED:
            continue
        return QCoreApplication.translate(
            "StructureLock",
            "The structure of this journey is locked: stages and lanes cannot be added, moved, renamed "
            "or deleted. Unlock the structure first (Workshop menu).",
        )
    return None

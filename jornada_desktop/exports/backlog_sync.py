"""The hidden sync column of the backlog sheet: what each row held at export, to merge edits back.

Each exported row carries `v1;<updated_at>;<h1>.<h2>…`, one short hash per editable field of the
values written. On re-import a field changed *there* when the workbook's value no longer matches
its hash, and changed *here* when the file's value no longer does: a three-way merge per field.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from jornada_desktop.exports.cells import clean_text
from jornada_desktop.model.entities import Improvement
from jornada_desktop.model.workspace import Workspace

SYNC_FIELDS = ("title", "description", "stage", "touchpoint", "impact", "effort", "votes", "status",
               "owner", "department", "due_date", "follow_up", "metric", "target")
SYNC_VERSION = "v1"


def canonical(value: Any) -> str:
    """The comparable form of a field value (text trimmed, line ends unified, None as empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def field_hash(value: Any) -> str:
    """A short hash of a field's canonical value."""
    return hashlib.blake2s(canonical(value).encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def model_fields(ws: Workspace, item: Improvement, lang: str) -> dict[str, Any]:
    """The editable fields of an improvement as the workbook shows them (codes for status)."""
    stage = ws.get("stages", item.stage_id)
    card = ws.get("cards", item.card_id)
    return {
        "title": clean_text(item.title, lang), "description": clean_text(item.description, lang),
        "stage": clean_text(stage.name, lang) if stage else "",
        "touchpoint": clean_text(card.title, lang) if card else "",
        "impact": item.impact, "effort": item.effort, "votes": item.votes, "status": item.status,
        "owner": clean_text(item.owner, lang), "department": clean_text(item.department, lang),
        "due_date": item.due_date or "", "follow_up": item.follow_up or "",
        "metric": clean_text(item.metric, lang), "target": clean_text(item.target, lang),
    }


def sync_value(ws: Workspace, item: Improvement, lang: str) -> str:
    """The sync cell of one exported improvement."""
    fields = model_fields(ws, item, lang)
    return f"{SYNC_VERSION};{item.updated_at};" + ".".join(field_hash(fields[f]) for f in SYNC_FIELDS)


@dataclass(frozen=True)
class SyncInfo:
    """What a sync cell says: the row's time stamp at export and the hash of each field."""

    updated_at: str
    hashes: dict[str, str]


def parse_sync(text: Any) -> SyncInfo | None:
    """Read a sync cell; None when it is missing or damaged."""
    if not isinstance(text, str):
        return None
    parts = text.strip().split(";")
    if len(parts) != 3 or parts[0] != SYNC_VERSION:
        return None
    hashes = parts[2].split(".")
    if len(hashes) != len(SYNC_FIELDS):
        return None
    return SyncInfo(parts[1], dict(zip(SYNC_FIELDS, hashes, strict=True)))

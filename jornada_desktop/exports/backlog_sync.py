"""The sync cells of the backlog sheet: what each row held at export, to merge edits back.

Each exported row carries, in its own sync cell, `v2;<id>;<updated_at>;<h1>.<h2>…;<cut fields>`:
the improvement's id, one short hash per editable field of the values written, and the fields
whose text was cut to Excel's limit. The hidden `_jornada` sheet keeps the same cell for every
exported row, so the import knows what was exported (and which rows were deleted) even when a
person sorted the sheet without the sync column or deleted rows.

On re-import a field changed *there* when the workbook's value no longer matches its hash, and
changed *here* when the file's value no longer does: a three-way merge per field. Workbooks of
version 1 (`v1;<updated_at>;<hashes>`, no id) are still read.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from jornada_desktop.exports.cells import clean_text, was_cut
from jornada_desktop.model.entities import Improvement
from jornada_desktop.model.workspace import Workspace

SYNC_FIELDS = ("title", "description", "stage", "touchpoint", "impact", "effort", "votes", "status",
               "owner", "department", "due_date", "follow_up", "metric", "target")
TEXT_SYNC_FIELDS = ("title", "description", "stage", "touchpoint", "owner", "department", "metric", "target")
SYNC_VERSION = "v2"
_V1 = "v1"
_HASH_RE = re.compile(r"^[0-9a-f]{8}$")


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


def cut_fields(ws: Workspace, item: Improvement) -> list[str]:
    """The text fields of an improvement too long for a cell (written cut, with a marker)."""
    stage = ws.get("stages", item.stage_id)
    card = ws.get("cards", item.card_id)
    full = {"title": item.title, "description": item.description, "stage": stage.name if stage else "",
            "touchpoint": card.title if card else "", "owner": item.owner, "department": item.department,
            "metric": item.metric, "target": item.target}
    return [name for name in TEXT_SYNC_FIELDS if was_cut(full[name])]


def sync_value(ws: Workspace, item: Improvement, lang: str) -> str:
    """The sync cell of one exported improvement."""
    fields = model_fields(ws, item, lang)
    hashes = ".".join(field_hash(fields[f]) for f in SYNC_FIELDS)
    return f"{SYNC_VERSION};{item.id};{item.updated_at};{hashes};{','.join(cut_fields(ws, item))}"


@dataclass(frozen=True)
class SyncInfo:
    """What a sync cell says: the improvement's id (None in version 1), its time stamp at export,
    the hash of each field, and the fields whose text was cut on export."""

    improvement_id: int | None
    updated_at: str
    hashes: dict[str, str]
    cut: frozenset[str] = frozenset()

    def matches(self, hashes: dict[str, str]) -> set[str]:
        """The fields whose hash is the one exported."""
        return {name for name, h in hashes.items() if self.hashes.get(name) == h}


def _hashes(text: str) -> dict[str, str] | None:
    parts = text.split(".")
    if len(parts) != len(SYNC_FIELDS) or not all(_HASH_RE.match(p) for p in parts):
        return None
    return dict(zip(SYNC_FIELDS, parts, strict=True))


def parse_sync(text: Any) -> SyncInfo | None:
    """Read a sync cell; None when it is missing or damaged."""
    if not isinstance(text, str):
        return None
    parts = text.strip().split(";")
    if len(parts) == 3 and parts[0] == _V1:
        hashes = _hashes(parts[2])
        return SyncInfo(None, parts[1], hashes) if hashes else None
    if len(parts) != 5 or parts[0] != SYNC_VERSION or not parts[1].isdigit():
        return None
    hashes = _hashes(parts[3])
    if hashes is None:
        return None
    cut = frozenset(name for name in parts[4].split(",") if name in TEXT_SYNC_FIELDS)
    return SyncInfo(int(parts[1]), parts[2], hashes, cut)

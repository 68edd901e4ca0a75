"""A journey as a JSON file (with its personas), and a JSON file imported as a new journey."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jornada_desktop.exports.atomic import write_bytes_atomically
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.interchange import journey_from_dict, journey_to_dict
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.safe_json import read_json_file
from jornada_desktop.model.sentences import Sentence, joined
from jornada_desktop.model.workspace import Workspace

if TYPE_CHECKING:
    from jornada_desktop.editing.document import Document


def journey_json_bytes(ws: Workspace, journey_id: int) -> bytes:
    """The journey's JSON text as UTF-8 bytes (stable key order, readable indentation)."""
    try:
        data = journey_to_dict(ws, journey_id)
    except ValidationError as exc:
        raise ExportError(joined(exc.messages)) from None
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "surrogatepass")


def export_journey_json(ws: Workspace, journey_id: int, target: str | Path) -> Path:
    """Write the journey with its personas as JSON to `target`, atomically."""
    return write_bytes_atomically(target, journey_json_bytes(ws, journey_id))


def read_journey_json(path: str | Path) -> Any:
    """Read a journey JSON file strictly; ExportError with a sentence when it cannot be used."""
    try:
        return read_json_file(Path(path))
    except ValidationError as exc:  # (the sentence names the file: "“x.json”: The file is not valid JSON…")
        raise ExportError(Sentence("“%1”: %2", Path(path).name, joined(exc.messages))) from None


def journey_import_ops(ws: Workspace, data: Any, stamp: str | None = None, source: str = "") -> list[Op]:
    """The ops adding a JSON journey (and its personas) as new rows, after strict checks; `source`
    (the file's name) is named in the sentence when it cannot be imported."""
    try:
        ops = journey_from_dict(ws, data, stamp or utc_now())
        scratch_check(ws, ops)
    except ValidationError as exc:
        if source:
            raise ExportError(Sentence("“%1” cannot be imported: %2", source, joined(exc.messages[:3]))) from None
        raise ExportError(Sentence("This journey cannot be imported: %1", joined(exc.messages[:3]))) from None
    return ops


def scratch_check(ws: Workspace, ops: list[Op]) -> None:
    """Apply the ops to the workspace and undo them at once, to raise any rule they break."""
    inverse = ws.apply(ops)
    ws.apply(inverse)


def import_journey_json(document: Document, path: str | Path, undo_text: str = "Import journey") -> int:
    """Import a JSON journey into an open document as one undoable step; return the new journey's id."""
    ops = journey_import_ops(document.ws, read_journey_json(path), source=Path(path).name)
    failures: list[str] = []
    document.write_failed.connect(failures.append)
    try:
        ok = document.push(undo_text, ops, keep_version="before_import")
    finally:
        document.write_failed.disconnect(failures.append)
    if not ok:
        raise ExportError(failures[0] if failures
                          else Sentence("The journey could not be saved; nothing was changed."))
    return next(op.id for op in ops if isinstance(op, Insert) and op.table == "journeys")

"""Cards on the clipboard: a JSON mime type that travels between journeys, windows and files.

The payload (`application/x-jornada-cards+json`) holds card fields and their attached notes, never
file ids that would mean something else in another file (only a hint of where they came from).
Pasting reads it as untrusted input: wrong types are refused with a sentence, and every new row
is validated by the model when applied.
"""

from __future__ import annotations

import atexit
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from jornada_desktop.model import edits
from jornada_desktop.model.entities import Card
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.interchange import CARD_FIELDS
from jornada_desktop.model.ops import Insert, Op, Update
from jornada_desktop.model.sentences import Phrase, Sentence
from jornada_desktop.model.workspace import Workspace

CARDS_MIME = "application/x-jornada-cards+json"
FORMAT = "jornada-cards"
VERSION = 1
MAX_CARDS = 5000
MAX_BYTES = 20_000_000

Cell = tuple[int, int]


def _fields(card: Card) -> dict[str, Any]:
    return {name: getattr(card, name) for name in CARD_FIELDS}


def cards_to_data(ws: Workspace, card_ids: Sequence[int], source: str = "") -> dict[str, Any]:
    """The clipboard form of cards (attached notes included), in the given order."""
    items = []
    for card_id in card_ids:
        card = ws.get("cards", card_id)
        if card is None or card.parent_id is not None:
            continue
        lane = ws.get("lanes", card.lane_id)
        persona = ws.get("personas", card.persona_id)
        items.append({
            **_fields(card),
            "lane_kind": lane.kind if lane else None,
            "persona": persona.name if persona else None,
            "origin": {"journey_id": card.journey_id, "stage_id": card.stage_id, "lane_id": card.lane_id},
            "notes": [_fields(n) for n in ws.notes_of(card.id)],
        })
    return {"format": FORMAT, "version": VERSION, "source": source, "cards": items}


def to_mime(data: dict[str, Any]) -> QMimeData:
    """Mime data with the JSON payload and the titles as plain text (for other programs)."""
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(c.get("title") or c.get("body") or "" for c in data["cards"]))
    return mime


def put_on_clipboard(data: dict[str, Any]) -> None:
    """Put cards on the system clipboard (JSON for Jornada, the titles as text for other programs)."""
    QGuiApplication.clipboard().setMimeData(to_mime(data))
    _release_at_exit()


_release_registered = False


def _release_at_exit() -> None:
    """Before Python shuts down, leave the clipboard a Qt-made plain-text copy.

    Mime data made in Python would otherwise be destroyed by Qt's clipboard after the interpreter
    is gone, which crashes the process at exit. The titles stay on the clipboard.
    """
    global _release_registered
    if _release_registered:
        return
    _release_registered = True

    def release() -> None:
        if QGuiApplication.instance() is None:
            return
        board = QGuiApplication.clipboard()
        mime = board.mimeData()
        if mime is not None and mime.hasFormat(CARDS_MIME):
            board.setText(mime.text())

    atexit.register(release)
    QGuiApplication.instance().aboutToQuit.connect(release)


def from_mime(mime: QMimeData | None) -> dict[str, Any] | None:
    """The payload of mime data, or None when it holds no Jornada cards."""
    if mime is None or not mime.hasFormat(CARDS_MIME):
        return None
    raw = bytes(mime.data(CARDS_MIME).data())
    if len(raw) > MAX_BYTES:
        raise ValidationError([Sentence("The clipboard holds too much data to paste.")])
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError([Sentence("The clipboard's cards are damaged and cannot be pasted.")]) from None
    return check_data(data)


def _check_fields(item: Any, where: Phrase) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ValidationError([Sentence("%1 is not a card.", where)])
    defaults = Card(id=1)
    out: dict[str, Any] = {}
    for name in CARD_FIELDS:
        if name not in item:
            continue
        value = item[name]
        expected = getattr(defaults, name)
        if isinstance(value, bool) or not (value is None or isinstance(value, str | int)):
            raise ValidationError([Sentence("%1: “%2” has a value of the wrong type.", where, name)])
        if isinstance(expected, str) and not isinstance(value, str):
            raise ValidationError([Sentence("%1: “%2” must be text.", where, name)])
        if name in ("emotion", "emotion_to_be") and value is not None and not isinstance(value, int):
            raise ValidationError([Sentence("%1: “%2” must be a whole number.", where, name)])
        out[name] = value
    return out


def check_data(data: Any) -> dict[str, Any]:
    """The payload after strict checks (raises ValidationError with a sentence)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError([Sentence("The clipboard does not hold Jornada cards.")])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ValidationError([Sentence("These cards come from a newer Jornada and cannot be pasted here.")])
    cards = data.get("cards")
    if not isinstance(cards, list) or len(cards) > MAX_CARDS:
        raise ValidationError([Sentence("The clipboard's cards are damaged and cannot be pasted.")])
    clean = []
    for n, item in enumerate(cards):
        where = Phrase("card %1", n + 1)
        fields = _check_fields(item, where)
        notes = item.get("notes", [])
        if not isinstance(notes, list) or len(notes) > MAX_CARDS:
            raise ValidationError([Sentence("%1: its notes are damaged.", where)])
        persona = item.get("persona")
        lane_kind = item.get("lane_kind")
        origin = item.get("origin") if isinstance(item.get("origin"), dict) else {}
        clean.append({
            **fields,
            "persona": persona if isinstance(persona, str) else None,
            "lane_kind": lane_kind if isinstance(lane_kind, str) else None,
            "origin": {k: v for k, v in origin.items() if isinstance(v, int) and not isinstance(v, bool)},
            "notes": [_check_fields(note, Phrase("%1, note %2", where, i + 1)) for i, note in enumerate(notes)],
        })
    source = data.get("source")
    return {"format": FORMAT, "version": VERSION, "source": source if isinstance(source, str) else "",
            "cards": clean}


def default_cell(ws: Workspace, journey_id: int, lane_kind: str | None) -> Cell | None:
    """Where pasted cards go when no cell is chosen: the first stage, in a lane of their kind."""
    stages = ws.stages(journey_id)
    lanes = [ln for ln in ws.lanes(journey_id) if not ln.hidden] or ws.lanes(journey_id)
    if not stages or not lanes:
        return None
    lane = next((ln for ln in lanes if ln.kind == lane_kind), lanes[0])
    return stages[0].id, lane.id


def paste_ops(ws: Workspace, data: dict[str, Any], journey_id: int, cell: Cell | None,
              index: int | None = None) -> tuple[list[Op], list[int]]:
    """Ops that add the payload's cards to a cell at an index (the end when None); and the new ids."""
    cards = data["cards"]
    if not cards:
        return [], []
    if cell is None:
        cell = default_cell(ws, journey_id, cards[0].get("lane_kind"))
        if cell is None:
            raise ValidationError([Sentence("This journey has no stage or lane to paste cards into.")])
    stamp = edits.utc_now()
    existing = ws.cards_in_cell(*cell)
    at = len(existing) if index is None else max(0, min(index, len(existing)))
    next_id = ws.next_id("cards")
    ops: list[Op] = [Update("cards", c.id, {"position": c.position + len(cards)}) for c in reversed(existing[at:])]
    personas = {p.name: p.id for p in ws.personas()}
    new_ids: list[int] = []
    for k, item in enumerate(cards):
        fields = {n: item[n] for n in CARD_FIELDS if n in item}
        persona_id = personas.get(item["persona"]) if item.get("persona") else None
        row = edits.new_row(ws, "cards", {**fields, "journey_id": journey_id, "stage_id": cell[0],
                                          "lane_id": cell[1], "position": at + k, "persona_id": persona_id,
                                          "parent_id": None}, stamp, next_id)
        row["created_at"] = row["updated_at"] = stamp
        ops.append(Insert("cards", row))
        new_ids.append(next_id)
        parent = next_id
        next_id += 1
        for n, note in enumerate(item["notes"]):
            note_fields = {f: note[f] for f in CARD_FIELDS if f in note}
            note_row = edits.new_row(ws, "cards", {**note_fields, "kind": note_fields.get("kind", "note"),
                                                   "journey_id": journey_id, "stage_id": cell[0],
                                                   "lane_id": cell[1], "parent_id": parent, "position": n},
                                     stamp, next_id)
            note_row["created_at"] = note_row["updated_at"] = stamp
            ops.append(Insert("cards", note_row))
            next_id += 1
    return ops, new_ids

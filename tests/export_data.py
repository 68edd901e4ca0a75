"""Test data for the export tests: hostile strings written into a sample file through the store."""

from __future__ import annotations

from pathlib import Path

from jornada_desktop.model.edits import insert_card_ops, new_row, update_ops, utc_now
from jornada_desktop.model.ops import Insert
from jornada_desktop.store import Store

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1", "-2", "@SUM(A1:A9)", "=1+1"]
CONTROL = "bell\x07null\x00esc\x1b end"
UNICODE = "Ação, coração, café — 😀🚀 ok"
LONG_NOTE = "x" * 39_990 + "THE END!!!"  # 40,000 characters


def edit_file(path: Path, plan) -> None:
    """Apply the ops `plan(ws, stamp)` returns to a file (checked on the model first)."""
    store = Store.open(path)
    try:
        ws = store.load_workspace()
        ops = plan(ws, utc_now())
        ws.apply(ops)
        store.apply(ops)
    finally:
        store.close()


def add_hostile_rows(path: Path) -> dict[str, int]:
    """Hostile cards, a control-character card, a 40,000-character note and hostile improvements."""
    ids: dict[str, int] = {}

    def plan(ws, stamp):
        journey = ws.journeys()[0]
        stage = ws.stages(journey.id)[0]
        lane = ws.lanes(journey.id)[0]
        ops = []
        for text in [*HOSTILE, CONTROL, UNICODE]:
            ws_ops = insert_card_ops(ws, {"journey_id": journey.id, "stage_id": stage.id, "lane_id": lane.id,
                                          "kind": "touchpoint", "title": text, "body": text,
                                          "department": text, "emotion": -2}, None, stamp)
            ws.apply(ws_ops)
            ops.extend(ws_ops)
        long_card = next(op for op in ops if isinstance(op, Insert) and op.row["title"] == UNICODE)
        ids["unicode_card"] = long_card.id
        note = new_row(ws, "cards", {"journey_id": journey.id, "stage_id": stage.id, "lane_id": lane.id,
                                     "kind": "note", "title": "", "body": LONG_NOTE,
                                     "parent_id": long_card.id}, stamp)
        ws.apply([Insert("cards", note)])
        ops.append(Insert("cards", note))
        for text in HOSTILE:
            row = new_row(ws, "improvements", {"journey_id": journey.id, "title": text, "description": text,
                                               "owner": text, "target": text}, stamp)
            ws.apply([Insert("improvements", row)])
            ops.append(Insert("improvements", row))
        long_imp = new_row(ws, "improvements", {"journey_id": journey.id, "title": "Long one",
                                                "description": LONG_NOTE}, stamp)
        ws.apply([Insert("improvements", long_imp)])
        ops.append(Insert("improvements", long_imp))
        ids["long_improvement"] = long_imp["id"]
        persona = ws.personas()[0]
        upd = update_ops(ws, "personas", persona.id, {"quote": "=cmd|' /C calc'!A0"}, stamp)
        ws.apply(upd)
        ops.extend(upd)
        return ops

    store = Store.open(path)
    try:
        ws = store.load_workspace()
        ops = plan(ws, utc_now())
        store.apply(ops)
    finally:
        store.close()
    return ids

"""The `.jornada` file: creation, round trip of every entity, pragmas, migrations, the write path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jornada_desktop.model import edits
from jornada_desktop.model.ops import Insert, Update
from jornada_desktop.store import Store, WriteError
from jornada_desktop.store.migrations import backup_path
from jornada_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from jornada_desktop.store.store import rows_equal_model
from tests.helpers import file_rows

STAMP = "2026-11-22T10:00:00Z"


def test_new_file_identity_and_durability_settings(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x4A524E44
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    store = Store.open(sample_path)
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    store.close()
    assert not list(sample_path.parent.glob("*-journal"))


def test_round_trip_of_every_entity(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "rt.jornada")
    ws = store.load_workspace()
    photo = bytes(range(256)) * 4
    rows = {
        "personas": edits.new_row(ws, "personas", {"name": "Ana", "role": "Compradora", "photo": photo,
                                                   "goals": "g", "channels": "email,chat", "color": "#112233"}, STAMP),
        "journeys": edits.new_row(ws, "journeys", {"title": "Jornada de compra ç ã 🎉", "kind": "purchase"}, STAMP),
    }
    ops = [Insert(t, r) for t, r in rows.items()]
    ops += [
        Insert("journey_personas", {"id": 1, "journey_id": 1, "persona_id": 1, "color": "#FF0000"}),
        Insert("stages", edits.new_row(ws, "stages", {"journey_id": 1, "name": "Decisão"}, STAMP)),
        Insert("lanes", edits.new_row(ws, "lanes", {"journey_id": 1, "kind": "emotions", "title": "Emoções"}, STAMP)),
        Insert("cards", edits.new_row(ws, "cards", {"journey_id": 1, "stage_id": 1, "lane_id": 1, "title": "Chat",
                                                    "emotion": -2, "persona_id": 1, "evidence": "assumed",
                                                    "channel": "chat", "body": "=1+1"}, STAMP)),
        Insert("improvements", edits.new_row(ws, "improvements", {"journey_id": 1, "card_id": 1, "stage_id": 1,
                                                                  "title": "Melhorar", "impact": 5, "effort": 1,
                                                                  "due_date": "2027-01-31"}, STAMP)),
        Insert("metrics", edits.new_row(ws, "metrics", {"journey_id": 1, "kind": "nps", "name": "NPS",
                                                        "target": 50.0, "actual": 31.5}, STAMP)),
    ]
    ws.apply(ops)
    store.apply(ops)
    store.close()
    again = Store.open(tmp_path / "rt.jornada")
    loaded = again.load_workspace()
    for table in ws.tables:
        assert loaded.rows(table) == ws.rows(table), table
    assert loaded.get("personas", 1).photo == photo
    assert file_rows(tmp_path / "rt.jornada", "cards")[0]["emotion"] == -2
    again.close()


def test_failed_transaction_leaves_file_unchanged(sample_path: Path) -> None:
    store = Store.open(sample_path)
    before = store.load_rows()
    ops = [Update("cards", 1, {"title": "changed"}), Update("cards", 1, {"emotion": 7})]  # CHECK fails
    with pytest.raises(WriteError) as info:
        store.apply(ops)
    assert "could not be saved" in str(info.value)
    assert store.load_rows() == before
    store.close()


def test_read_only_store_refuses_writes(sample_path: Path) -> None:
    store = Store.open(sample_path, read_only=True)
    with pytest.raises(WriteError, match="read-only"):
        store.apply([Update("cards", 1, {"title": "x"})])
    store.close()


def test_load_is_a_handful_of_queries(sample_path: Path) -> None:
    store = Store.open(sample_path)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.load_workspace()
    store.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 20  # one per table (18), not one per card
    assert len(selects) >= 12
    store.close()


def test_migration_takes_a_backup_first(sample_path: Path) -> None:
    original = sample_path.read_bytes()

    def to_v4(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE saved_views (id INTEGER PRIMARY KEY, name TEXT)")

    store = Store.open(sample_path, migrations={4: to_v4}, schema_version=4)
    backup = backup_path(sample_path, 3)
    assert store.migrated_backup == backup and backup.exists()
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert "saved_views" in store.db.table_names()
    store.close()
    # The backup is the file as it was, readable as version 3 with the same rows.
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 12
    conn.close()
    assert len(original) > 0


def test_failed_migration_rolls_back(sample_path: Path) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (id INTEGER)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Store.open(sample_path, migrations={4: broken}, schema_version=4)
    conn = sqlite3.connect(sample_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "half" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    conn.close()


def test_document_rows_equal_model(sample_path: Path) -> None:
    store = Store.open(sample_path)
    ws = store.load_workspace()
    assert rows_equal_model(store, ws)
    store.close()

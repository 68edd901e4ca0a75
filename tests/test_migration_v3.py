"""Version 3 of the file: a version 2 file (made by the release before it) opens, upgrades, round-trips."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.ops import Insert, Update
from jornada_desktop.store.migrations import backup_path
from jornada_desktop.store.schema import SCHEMA_VERSION, V3_TABLES_SQL
from jornada_desktop.store.store import Store, check_file

FIXTURE = Path(__file__).parent / "fixtures" / "v2_sample.jornada"
OLD_TABLES = ("meta", "journeys", "stages", "lanes", "cards", "improvements", "metrics", "personas",
              "participants", "vote_rounds", "votes", "agenda_steps", "ratings", "measurements")


def rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    finally:
        conn.close()


@pytest.fixture
def v2_file(tmp_path: Path) -> Path:
    target = tmp_path / "old.jornada"
    shutil.copy(FIXTURE, target)
    return target


def test_fixture_is_version_2_with_rows_of_version_2() -> None:
    conn = sqlite3.connect(FIXTURE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    assert "ratings" in names and "quotes" not in names
    assert conn.execute("SELECT count(*) FROM ratings").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM measurements").fetchone()[0] == 1
    conn.close()
    assert SCHEMA_VERSION == 3


def test_v2_file_upgrades_with_a_copy_kept_first(v2_file: Path) -> None:
    before = {t: rows(v2_file, t) for t in OLD_TABLES}
    store = Store.open(v2_file)
    backup = backup_path(v2_file, 2)
    assert store.migrated_backup == backup
    assert {t: rows(backup, t) for t in OLD_TABLES} == before
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 3
    ws = store.load_workspace()
    for table in V3_TABLES_SQL:
        assert ws.all(table) == []
    # The version 2 rows come through: the participant (with no secret yet), the rating, the measurement.
    maria = ws.all("participants")[0]
    assert (maria.name, maria.secret) == ("Maria", "")
    assert ws.all("ratings")[0].reason == "faster"
    assert ws.all("measurements")[0].sample == 120
    store.close()
    for table in OLD_TABLES:
        if table not in ("meta", "participants"):
            assert rows(v2_file, table) == before[table], table


def test_upgraded_file_takes_quotes_and_room_rows_and_round_trips(v2_file: Path) -> None:
    store = Store.open(v2_file)
    ws = store.load_workspace()
    journey = ws.journeys()[0]
    card = ws.cards(journey.id)[0]
    stage = ws.stages(journey.id)[0]
    maria = ws.all("participants")[0]
    stamp = utc_now()
    secret = hashlib.sha256(b"token").hexdigest()
    ops = [
        Insert("quotes", {"id": 1, "journey_id": journey.id, "card_id": card.id, "stage_id": stage.id,
                          "persona_id": None, "text": "O app travou no pagamento", "source": "NPS nov",
                          "said_on": "2026-11-20", "created_at": stamp}),
        Insert("rooms", {"id": 1, "journey_id": journey.id, "code": "A" * 22, "moderated": 1, "silent": 1,
                         "revealed": 0, "created_at": stamp}),
        Insert("contributions", {"id": 1, "journey_id": journey.id, "participant_id": maria.id,
                                 "key": "k-000000001", "action": "card", "kind": "pain_point",
                                 "stage_id": stage.id, "text": "Fila longa", "status": "pending",
                                 "card_id": None, "created_at": stamp}),
        Insert("stage_feelings", {"id": 1, "journey_id": journey.id, "participant_id": maria.id,
                                  "stage_id": stage.id, "value": -2, "updated_at": stamp}),
        Update("participants", maria.id, {"secret": secret}),
    ]
    ws.apply(ops)
    store.apply(ops)
    store.close()
    again = Store.open(v2_file)
    ws2 = again.load_workspace()
    assert again.migrated_backup is None
    assert ws2.all("quotes")[0].text == "O app travou no pagamento"
    assert ws2.all("rooms")[0].moderated == 1
    assert ws2.all("contributions")[0].status == "pending"
    assert ws2.all("stage_feelings")[0].value == -2
    assert ws2.get("participants", maria.id).secret == secret
    again.close()
    # The file refuses a second contribution with the same key, and a feeling out of range.
    conn = sqlite3.connect(v2_file)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO contributions(journey_id, key, action, status) VALUES (1, 'k-000000001', 'card', 'accepted')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO stage_feelings(journey_id, participant_id, stage_id, value) VALUES (1, 1, 2, 3)")
    conn.close()


def test_read_only_open_and_check_of_v2_leave_it_untouched(v2_file: Path) -> None:
    original = v2_file.read_bytes()
    facts = check_file(v2_file)
    assert facts.schema_version == 2 and facts.counts["cards"] == 12 and facts.counts["quotes"] == 0
    store = Store.open(v2_file, read_only=True)
    assert store.load_workspace().all("rooms") == []
    store.close()
    assert v2_file.read_bytes() == original
    assert sorted(p.name for p in v2_file.parent.iterdir()) == ["old.jornada"]


def test_v1_file_goes_through_both_migrations(tmp_path: Path) -> None:
    target = tmp_path / "older.jornada"
    shutil.copy(FIXTURE.with_name("v1_sample.jornada"), target)
    store = Store.open(target)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert {"quotes", "rooms", "contributions", "stage_feelings", "ratings"} <= set(store.db.table_names())
    assert "secret" in {c.name for c in store.db["participants"].columns}
    store.close()
    assert backup_path(target, 1).exists()

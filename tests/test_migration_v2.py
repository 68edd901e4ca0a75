"""Version 2 of the file: a version 1 file made by the 0.1 release opens, upgrades and round-trips."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.ops import Insert
from jornada_desktop.store.migrations import backup_path
from jornada_desktop.store.schema import SCHEMA_VERSION, V2_TABLES_SQL
from jornada_desktop.store.store import Store, check_file

FIXTURE = Path(__file__).parent / "fixtures" / "v1_sample.jornada"
HEX32 = re.compile(r"^[0-9a-f]{32}$")


def v1_rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    finally:
        conn.close()


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    target = tmp_path / "old.jornada"
    shutil.copy(FIXTURE, target)
    return target


def test_fixture_is_version_1() -> None:
    conn = sqlite3.connect(FIXTURE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "votes" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    conn.close()
    assert SCHEMA_VERSION >= 2


def test_v1_file_upgrades_with_a_copy_kept_first(v1_file: Path) -> None:
    tables = ("meta", "journeys", "stages", "lanes", "cards", "improvements", "metrics", "personas")
    before = {t: v1_rows(v1_file, t) for t in tables}
    cards_before, improvements_before = before["cards"], before["improvements"]
    store = Store.open(v1_file)
    backup = backup_path(v1_file, 1)
    assert store.migrated_backup == backup
    # The copy is the file as it was: version 1, every row the same.
    assert {t: v1_rows(backup, t) for t in tables} == before
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    ws = store.load_workspace()
    journeys = ws.journeys()
    assert journeys and all(HEX32.match(j.uuid) for j in journeys)
    assert HEX32.match(store.meta()["file_uuid"])
    for table in V2_TABLES_SQL:
        assert ws.all(table) == []
    # A card tied to a persona still gives that persona its emotion (a rating of its own, implied).
    from jornada_desktop.model.ratings import rating_value

    tied = next(c for c in ws.all("cards") if c.persona_id is not None and c.emotion is not None)
    assert rating_value(ws, tied.id, tied.persona_id, "as_is") == tied.emotion
    store.close()
    assert v1_rows(v1_file, "cards") == cards_before
    assert v1_rows(v1_file, "improvements") == improvements_before
    # The uuids are kept from one opening to the next.
    again = Store.open(v1_file)
    assert again.migrated_backup is None
    assert [j.uuid for j in again.load_workspace().journeys()] == [j.uuid for j in journeys]
    again.close()


def test_upgraded_file_takes_the_new_rows_and_round_trips(v1_file: Path) -> None:
    store = Store.open(v1_file)
    ws = store.load_workspace()
    journey = ws.journeys()[0]
    improvement = ws.improvements(journey.id)[0]
    card = ws.cards(journey.id)[0]
    stamp = utc_now()
    ops = [
        Insert("participants", {"id": 1, "journey_id": journey.id, "position": 0, "name": "Maria",
                                "color": "#0072B2", "created_at": stamp}),
        Insert("vote_rounds", {"id": 1, "journey_id": journey.id, "title": "Round 1", "allowance": 3,
                               "opened_at": stamp, "closed_at": None}),
        Insert("votes", {"id": 1, "journey_id": journey.id, "round_id": 1, "participant_id": 1,
                         "card_id": card.id, "improvement_id": None, "created_at": stamp}),
        Insert("votes", {"id": 2, "journey_id": journey.id, "round_id": 1, "participant_id": 1,
                         "card_id": None, "improvement_id": improvement.id, "created_at": stamp}),
        Insert("agenda_steps", {"id": 1, "journey_id": journey.id, "position": 0, "title": "Capture",
                                "minutes": 10}),
    ]
    ws.apply(ops)
    store.apply(ops)
    store.close()
    reopened = Store.open(v1_file)
    ws2 = reopened.load_workspace()
    assert [v.card_id for v in ws2.votes_in_round(1)] == [card.id, None]
    assert ws2.participants(journey.id)[0].name == "Maria"
    assert ws2.agenda(journey.id)[0].minutes == 10
    reopened.close()


def test_read_only_open_and_check_of_v1_leave_it_untouched(v1_file: Path) -> None:
    original = v1_file.read_bytes()
    facts = check_file(v1_file)
    assert facts.schema_version == 1 and facts.counts["cards"] == 12 and facts.counts["votes"] == 0
    store = Store.open(v1_file, read_only=True)
    ws = store.load_workspace()
    assert len(ws.all("cards")) == 12 and all(HEX32.match(j.uuid) for j in ws.journeys())
    store.close()
    assert v1_file.read_bytes() == original
    assert not backup_path(v1_file, 1).exists()
    assert sorted(p.name for p in v1_file.parent.iterdir()) == ["old.jornada"]


def test_a_vote_for_nothing_or_both_is_refused_by_the_file(v1_file: Path) -> None:
    Store.open(v1_file).close()
    conn = sqlite3.connect(v1_file)
    conn.execute("INSERT INTO vote_rounds(id, journey_id) VALUES (1, 1)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO votes(journey_id, round_id, card_id, improvement_id) VALUES (1, 1, 1, 1)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO votes(journey_id, round_id) VALUES (1, 1)")
    conn.close()

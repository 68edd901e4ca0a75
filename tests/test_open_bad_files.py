"""Opening is opening untrusted input: each bad file gets a sentence and keeps its bytes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from jornada_desktop.store import OpenError, Store, check_file
from tests.helpers import crash_mid_write, digest


def refused(path: Path, reason: str) -> str:
    before = digest(path) if path.is_file() else None
    with pytest.raises(OpenError) as info:
        Store.open(path)
    assert info.value.reason == reason
    message = str(info.value)
    assert "Traceback" not in message and message.endswith((".", "!")), message
    if before is not None:
        assert digest(path) == before
    assert not list(path.parent.glob("*-journal"))
    return message


def test_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.jornada"
    path.write_text("just some text, not a database\n" * 10)
    assert "not an SQLite database" in refused(path, "not_sqlite")


def test_other_application(tmp_path: Path) -> None:
    path = tmp_path / "other.jornada"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    assert "another application" in refused(path, "foreign_app")


def test_newer_schema(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    conn.execute("PRAGMA user_version=7")
    conn.close()
    message = refused(sample_path, "newer")
    assert "newer version of Jornada" in message and "format 7" in message


def test_corrupt_file(sample_path: Path) -> None:
    data = bytearray(sample_path.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 4)):
        data[i] = 0xA5
    sample_path.write_bytes(bytes(data))
    assert "damaged" in refused(sample_path, "corrupt")


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in refused(tmp_path / "nowhere.jornada", "missing")


def test_zero_bytes_and_directory(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jornada"
    empty.write_bytes(b"")
    assert "empty" in refused(empty, "empty")
    folder = tmp_path / "x.jornada"
    folder.mkdir()
    assert "folder" in refused(folder, "directory")


def test_trigger_is_refused(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    conn.execute("CREATE TRIGGER t AFTER UPDATE ON cards BEGIN DELETE FROM personas; END")
    conn.commit()
    conn.close()
    assert "for safety" in refused(sample_path, "foreign_objects")


def test_read_only_place_opens_read_only(sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests may run as root, which ignores permission bits: simulate the place as read-only.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode))
    before = digest(sample_path)
    store = Store.open(sample_path)
    assert store.read_only and store.read_only_reason == "read_only_place"
    assert len(store.load_workspace().tables["cards"]) == 12
    store.close()
    assert digest(sample_path) == before


def test_check_file_reports_counts(sample_path: Path) -> None:
    facts = check_file(sample_path)
    assert facts.integrity == "ok" and facts.schema_version == 3
    assert facts.counts["cards"] == 12 and facts.counts["improvements"] == 2


def test_stale_journal_from_a_crash_is_rolled_back(sample_path: Path) -> None:
    """A writer killed mid-transaction leaves a hot journal; opening rolls it back."""
    crash_mid_write(sample_path)
    store = Store.open(sample_path)
    titles = [c.title for c in store.load_workspace().all("cards")]
    assert not any(t.startswith("half-written") for t in titles)
    store.close()
    assert not sample_path.with_name(sample_path.name + "-journal").exists()

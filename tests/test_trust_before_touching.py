"""Opening never changes a file before it is trusted: what a crash left beside a map is recovered
on a private copy, checked there, and only then put in place; read-only commands create nothing
beside the map; a journal that does not belong, or a pipe, is refused with a sentence."""

from __future__ import annotations

import os
import sqlite3
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jornada_desktop.store.errors import OpenError
from jornada_desktop.store.store import Store, check_file
from tests.helpers import crash_mid_write, digest


def _beside(path: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_read_only_commands_read_the_recovered_map_and_create_nothing(sample_path: Path) -> None:
    crash_mid_write(sample_path)
    before = _beside(sample_path)
    facts = check_file(sample_path)
    assert facts.integrity == "ok" and facts.counts["cards"] == 12
    store = Store.open(sample_path, read_only=True)
    titles = [c.title for c in store.load_workspace().all("cards")]
    assert store.notice and not any(t.startswith("half-written") for t in titles)
    store.close()
    assert _beside(sample_path) == before  # the file and its journal exactly as they were
    info = subprocess.run([sys.executable, "-m", "jornada_desktop", "info", str(sample_path)],
                          capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    assert "cards: 12" in info.stdout
    assert _beside(sample_path) == before


def test_opening_for_editing_recovers_on_a_copy_and_keeps_what_the_crash_left(sample_path: Path) -> None:
    crash_mid_write(sample_path)
    left = {name: data for name, data in _beside(sample_path).items()}
    store = Store.open(sample_path)
    titles = [c.title for c in store.load_workspace().all("cards")]
    assert not any(t.startswith("half-written") for t in titles)
    assert "recovered" in store.notice
    store.close()
    beside = sorted(p.name for p in sample_path.parent.iterdir())
    assert "sample.jornada-journal" not in beside
    kept = [p for p in sample_path.parent.iterdir() if p.is_dir() and ".crash-" in p.name]
    assert len(kept) == 1  # the file as the crash left it, with its journal, kept
    assert {p.name: digest(p) for p in kept[0].iterdir()} == left
    assert not any(p.name.endswith(".recovering") for p in sample_path.parent.iterdir())


def test_a_journal_that_does_not_belong_is_refused_and_nothing_changes(sample_path: Path) -> None:
    crash_mid_write(sample_path)
    journal = sample_path.with_name(sample_path.name + "-journal")
    data = bytearray(journal.read_bytes())
    data[16:20] = struct.pack(">I", 0x7FFFFFFF)  # "the file had 2³¹ pages": a 12 TB restore
    journal.write_bytes(bytes(data))
    before = _beside(sample_path)
    size = sample_path.stat().st_size
    for read_only in (False, True):
        with pytest.raises(OpenError) as caught:
            Store.open(sample_path, read_only=read_only)
        assert caught.value.reason == "unrecoverable"
        assert "sample.jornada" in str(caught.value) and "left as they were" in str(caught.value)
    with pytest.raises(OpenError):
        check_file(sample_path)
    assert _beside(sample_path) == before and sample_path.stat().st_size == size
    assert sorted(p.name for p in sample_path.parent.iterdir()) == sorted(before)


def test_a_wal_mode_file_is_read_without_files_appearing_beside_it(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    before = _beside(sample_path)
    assert check_file(sample_path).counts["cards"] == 12
    Store.open(sample_path, read_only=True).close()
    assert _beside(sample_path) == before
    store = Store.open(sample_path)  # editing: recovered into the DELETE journal mode Jornada writes
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    store.close()


def test_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jornada"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def attempt() -> None:
        try:
            Store.open(fifo)
        except OpenError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(5)
    assert outcome and outcome[0].reason == "special_file"
    assert "pipe.jornada" in str(outcome[0])


def test_the_journal_of_a_change_going_on_in_another_program_is_not_recovered(sample_path: Path) -> None:
    """A journal is hot only when no program holds it: a writer in the middle of its transaction
    is waited for, or named busy; its file is never replaced under it."""
    other = sqlite3.connect(sample_path, isolation_level=None, timeout=0.1)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE cards SET title = title || '!'")
    assert sample_path.with_name(sample_path.name + "-journal").exists()
    before = _beside(sample_path)
    try:
        facts = check_file(sample_path)  # reads the committed map (the change is not committed yet)
        assert facts.counts["cards"] == 12
        assert _beside(sample_path) == before
        assert not [p for p in sample_path.parent.iterdir() if ".crash-" in p.name]
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_file_sqlite_would_only_read_opens_read_only_instead_of_failing_every_edit(sample_path: Path) -> None:
    data = bytearray(sample_path.read_bytes())
    data[18] = 3  # a write format this SQLite does not know
    sample_path.write_bytes(bytes(data))
    before = digest(sample_path)
    store = Store.open(sample_path)
    assert store.read_only and store.read_only_reason == "unknown_write_format"
    assert len(store.load_workspace().all("cards")) == 12
    store.close()
    assert digest(sample_path) == before


def test_a_folder_where_the_lock_goes_is_named_not_taken_for_another_window(qapp, sample_path: Path) -> None:
    from jornada_desktop.editing.document import Document

    sample_path.with_name(sample_path.name + ".lock").mkdir()
    with pytest.raises(OpenError) as caught:
        Document.open(sample_path, daily_version=False)
    assert caught.value.reason == "lock_unusable" and "already open" not in str(caught.value)
    Document.open(sample_path, read_only=True).close()


def test_a_pipe_given_as_the_json_or_the_workbook_is_refused_at_once(tmp_path: Path, sample_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for flag in ("--json", "--backlog", "--survey"):
        done = subprocess.run([sys.executable, "-m", "jornada_desktop", "import", str(sample_path), flag, str(fifo)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode != 0 and "pipe.json" in done.stderr and "Traceback" not in done.stderr, flag

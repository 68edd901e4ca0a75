"""Faults while working: the disk fills, the file turns read-only, is deleted or moved, its folder goes.

Every failed edit is rolled back in memory and in the undo stack, the user gets one sentence, and
"Save a copy as…" still writes everything from memory.

What is real and what is simulated (the tests run as root, which ignores permission bits):
- disk full: REAL on a tiny tmpfs when the test may mount one (root with CAP_SYS_ADMIN), and
  always also through SQLite's `PRAGMA max_page_count` (SQLite's own SQLITE_FULL path);
- read-only: SIMULATED by swapping the store's connection for a `mode=ro` one (SQLite raises
  SQLITE_READONLY exactly as for a file that lost its write permission);
- deleted, moved, folder removed: REAL (unlink, rename, rmtree of the open file's folder).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from jornada_desktop.editing.document import Document
from jornada_desktop.model import edits
from jornada_desktop.store import OpenError, Store, WriteError
from jornada_desktop.store.connection import connect
from jornada_desktop.store.schema import ENTITY_TABLES
from tests.helpers import digest, file_rows


def _state(path: Path) -> dict[str, list[dict]]:
    return {t: file_rows(path, t) for t in ENTITY_TABLES}


def _model(document: Document) -> dict[str, list[dict]]:
    return {t: document.ws.rows(t) for t in ENTITY_TABLES}


def _big_card_ops(document: Document, size: int = 60_000) -> list:
    ws = document.ws
    jid = ws.journeys()[0].id
    fields = {"journey_id": jid, "stage_id": ws.stages(jid)[0].id, "lane_id": ws.lanes(jid)[0].id,
              "kind": "touchpoint", "title": "Grande", "body": "x" * size}
    return edits.insert_card_ops(ws, fields, 0, "2024-01-01T00:00:00Z")


class Watch:
    """What the document told the UI: messages and reverted change sets."""

    def __init__(self, document: Document) -> None:
        self.messages: list[str] = []
        self.reverted: list = []
        self.changed: list = []
        document.write_failed.connect(self.messages.append)
        document.reverted.connect(self.reverted.append)
        document.changed.connect(self.changed.append)


def _assert_failed_cleanly(document: Document, watch: Watch, before_file: dict, before_model: dict,
                           words: str) -> None:
    assert watch.messages and words in watch.messages[-1], watch.messages
    assert "Traceback" not in watch.messages[-1]
    assert watch.reverted, "views were not told to put the failed edit back"
    assert _model(document) == before_model  # memory rolled back…
    if document.path.exists():
        assert _state(document.path) == before_file  # …and the file was not changed


def _read_only_connection(document: Document) -> sqlite3.Connection:
    """SIMULATION of a file that became read-only: writes now get SQLITE_READONLY."""
    writable = document.store.conn
    document.store.conn = connect(document.path, read_only=True)
    document.store.conn.execute("PRAGMA query_only=OFF")
    document.store.db.conn = document.store.conn
    return writable


def _give_back(document: Document, writable: sqlite3.Connection) -> None:
    document.store.conn.close()
    document.store.conn = writable
    document.store.db.conn = writable


# ---- disk full ------------------------------------------------------------

def test_disk_full_simulated_with_max_page_count(qapp, document: Document) -> None:
    watch = Watch(document)
    before_file, before_model = _state(document.path), _model(document)
    pages = document.store.conn.execute("PRAGMA page_count").fetchone()[0]
    document.store.conn.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own SQLITE_FULL
    assert not document.push("Add touchpoint", _big_card_ops(document))
    _assert_failed_cleanly(document, watch, before_file, before_model, "the disk is full")
    assert document.undo_stack.count() == 0 and not watch.changed
    # Small edits that fit still work, and the undo stack is usable.
    document.store.conn.execute("PRAGMA max_page_count=1073741823")
    assert document.push("Add touchpoint", _big_card_ops(document))
    document.undo_stack.undo()
    assert _state(document.path) == before_file


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A REAL 320 KiB filesystem (tmpfs), when this process may mount one; skipped otherwise."""
    mount = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a tiny filesystem here; disk full is covered by max_page_count")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_on_a_real_tiny_filesystem(qapp, sample_path: Path, tiny_disk: Path, tmp_path: Path) -> None:
    path = tiny_disk / "map.jornada"
    shutil.copy(sample_path, path)
    document = Document.open(path, daily_version=False)
    try:
        watch = Watch(document)
        failed_at = None
        for i in range(40):  # fill the disk with acknowledged edits until one does not fit
            before_file, before_model = _state(path), _model(document)
            depth = document.undo_stack.count()
            if not document.push("Add touchpoint", _big_card_ops(document, 30_000 + i)):
                failed_at = i
                break
        assert failed_at is not None and failed_at > 0
        _assert_failed_cleanly(document, watch, before_file, before_model, "the disk is full")
        assert document.undo_stack.count() == depth
        Store.open(path, read_only=True).close()  # still a good file
        # A version cannot be saved on the full disk: a sentence, no half file left behind.
        with pytest.raises(WriteError) as info:
            for _ in range(5):
                document.save_version("full")
        assert "could not be saved" in str(info.value)
        assert not [p for p in (tiny_disk / "map.jornada.versions").iterdir() if p.name.startswith(".")]
        # Save a copy elsewhere works from memory; on the full disk it fails with a sentence.
        copy = document.save_copy(tmp_path / "copy.jornada")
        assert _state(copy) == _model(document)
        with pytest.raises(OpenError) as info:
            document.save_copy(tiny_disk / "copy.jornada")
        assert "could not be created" in str(info.value)
        assert not (tiny_disk / "copy.jornada").exists()
        # Undo frees room: the disk-full state is not a dead end.
        document.undo_stack.undo()
        assert _state(path) == _model(document)
    finally:
        document.close()


# ---- read-only ------------------------------------------------------------

def test_file_becomes_read_only(qapp, document: Document) -> None:
    watch = Watch(document)
    before_file, before_model = _state(document.path), _model(document)
    writable = _read_only_connection(document)
    try:
        ops = edits.update_ops(document.ws, "cards", 1, {"title": "não salvo"}, "t")
        assert not document.push("Rename", ops)
        _assert_failed_cleanly(document, watch, before_file, before_model, "read-only")
        assert document.undo_stack.count() == 0
    finally:
        _give_back(document, writable)


def test_failed_undo_and_redo_keep_the_stack_true_to_the_file(qapp, document: Document) -> None:
    watch = Watch(document)
    start = _state(document.path)
    assert document.push("Rename 1", edits.update_ops(document.ws, "cards", 1, {"title": "A"}, "t"))
    assert document.push("Rename 2", edits.update_ops(document.ws, "cards", 2, {"title": "B"}, "t"))
    after = _state(document.path)
    writable = _read_only_connection(document)
    try:
        document.undo_stack.undo()  # cannot be written
        assert watch.messages and "read-only" in watch.messages[-1]
        assert document.undo_stack.index() == 2  # still says: both edits are in the file
        assert document.undo_stack.undoText() == "Rename 2"
        assert _state(document.path) == after and _model(document) == after
    finally:
        _give_back(document, writable)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert _state(document.path) == start and document.undo_stack.index() == 0
    writable = _read_only_connection(document)
    try:
        document.undo_stack.redo()  # cannot be written
        assert document.undo_stack.index() == 0 and document.undo_stack.redoText() == "Rename 1"
        assert _state(document.path) == start and _model(document) == start
    finally:
        _give_back(document, writable)
    document.undo_stack.setIndex(2)
    assert _state(document.path) == after


# ---- deleted, moved, folder gone -------------------------------------------

@pytest.mark.parametrize("fault", ["deleted", "moved", "folder_removed", "folder_moved", "replaced"])
def test_file_goes_away_while_open(qapp, sample_path: Path, tmp_path: Path, fault: str) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "mapa.jornada"
    shutil.move(sample_path, path)
    document = Document.open(path, daily_version=False)
    try:
        watch = Watch(document)
        assert document.push("Rename", edits.update_ops(document.ws, "cards", 1, {"title": "salvo"}, "t"))
        before_model = _model(document)
        moved_to = tmp_path / "elsewhere.jornada"
        if fault == "deleted":
            path.unlink()
        elif fault == "moved":
            path.rename(moved_to)
        elif fault == "folder_removed":
            shutil.rmtree(folder)
        elif fault == "folder_moved":
            folder.rename(tmp_path / "work2")
            moved_to = tmp_path / "work2" / "mapa.jornada"
        else:
            data = path.read_bytes()
            path.unlink()
            path.write_bytes(data)  # another program saved its own copy over it
        kept = digest(moved_to) if moved_to.exists() else None
        ops = edits.update_ops(document.ws, "cards", 2, {"title": "perdido?"}, "t")
        assert not document.push("Rename", ops)
        words = "replaced by another file" if fault == "replaced" else "moved or deleted"
        assert watch.messages and words in watch.messages[-1] and "Save a copy as" in watch.messages[-1]
        assert _model(document) == before_model and watch.reverted
        if kept is not None:
            assert digest(moved_to) == kept  # the moved file was not written behind the user's back
        # Save a copy as… writes everything (including the last acknowledged edit) from memory.
        copy = document.save_copy(tmp_path / "resgate.jornada")
        assert _state(copy) == before_model
        assert next(r for r in file_rows(copy, "cards") if r["id"] == 1)["title"] == "salvo"
        Store.open(copy).close()
    finally:
        document.close()


def test_save_copy_refuses_the_open_file_and_replaces_others_whole(qapp, document: Document,
                                                                    tmp_path: Path) -> None:
    with pytest.raises(OpenError) as info:
        document.save_copy(document.path)
    assert "open file itself" in str(info.value)
    other = tmp_path / "old.jornada"
    other.write_text("an older copy")
    document.save_copy(other)
    assert _state(other) == _model(document)
    meta = dict(sqlite3.connect(other).execute("SELECT key, value FROM meta").fetchall())
    assert meta.get("created_with", "").startswith("Jornada")
    assert not list(tmp_path.glob(".old.jornada*"))


def test_import_is_refused_when_its_version_cannot_be_kept(qapp, document: Document, tmp_path: Path) -> None:
    from jornada_desktop.exports.errors import ExportError
    from jornada_desktop.exports.json_io import export_journey_json, import_journey_json
    from jornada_desktop.store import snapshots

    source = export_journey_json(document.ws, document.ws.journeys()[0].id, tmp_path / "j.json")
    shutil.rmtree(snapshots.versions_dir(document.path), ignore_errors=True)
    snapshots.versions_dir(document.path).write_text("a file where the versions folder goes")
    before = digest(document.path)
    with pytest.raises(ExportError) as info:
        import_journey_json(document, source)
    assert "version could not be saved" in str(info.value) and "not made" in str(info.value)
    assert digest(document.path) == before and document.undo_stack.count() == 0

"""Versions: backup-API copies beside the file, listing, thinning, the daily one, restore as one undo."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jornada_desktop.editing.document import Document
from jornada_desktop.model import edits
from jornada_desktop.store import Store, WriteError, snapshots
from jornada_desktop.store.schema import ENTITY_TABLES
from tests.helpers import digest, file_rows

NOW = datetime(2025, 3, 20, 15, 0, tzinfo=UTC)


def _state(path: Path) -> dict[str, list[dict]]:
    return {t: file_rows(path, t) for t in ENTITY_TABLES}


def _rename(document: Document, card_id: int, title: str) -> None:
    assert document.push("Rename", edits.update_ops(document.ws, "cards", card_id, {"title": title}, "t"))


def test_save_version_is_a_full_copy_beside_the_file(qapp, sample_path: Path) -> None:
    document = Document.open(sample_path, daily_version=False)
    try:
        before = digest(sample_path)
        version = document.save_version("Antes do workshop")
        assert digest(sample_path) == before  # taking a version never touches the file
        assert version.path.parent == sample_path.with_name("sample.jornada.versions")
        assert _state(version.path) == _state(sample_path)
        meta = dict(sqlite3.connect(version.path).execute("SELECT key, value FROM meta").fetchall())
        assert meta["version_label"] == "Antes do workshop" and meta["version_kind"] == "manual"
        listed = snapshots.list_versions(sample_path)
        assert [(v.path, v.label, v.kind) for v in listed] == [(version.path, "Antes do workshop", "manual")]
        # A version is a Jornada file of its own, with every check of an untrusted file.
        Store.open(version.path, read_only=True).close()
    finally:
        document.close()


def test_listing_ignores_foreign_files(qapp, sample_path: Path) -> None:
    folder = snapshots.versions_dir(sample_path)
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / "20250101-000000-000000-evil.jornada").write_text("x")
    (folder / "20251399-000000-000000-manual.jornada").write_text("x")
    (folder / "20250101-000000-000000-manual.jornada").write_bytes(b"not sqlite")
    versions = snapshots.list_versions(sample_path)
    assert [v.kind for v in versions] == ["manual"] and versions[0].label == ""
    with pytest.raises(snapshots.OpenError):
        snapshots.load_version(versions[0])


def test_versions_folder_that_cannot_be_made(qapp, qtbot, sample_path: Path) -> None:
    snapshots.versions_dir(sample_path).write_text("a file where the folder should be")
    document = Document.open(sample_path)  # the daily version fails; the file still opens
    try:
        with qtbot.waitSignal(document.warning, timeout=5000) as said:  # once the map is on screen
            pass
        assert "could not be saved" in said.args[0]
        assert document.startup_warnings and "could not be saved" in document.startup_warnings[0]
        with pytest.raises(WriteError) as info:
            document.save_version("x")
        assert "sample.jornada.versions" in str(info.value)
    finally:
        document.close()


def test_daily_version_once_a_day(qapp, sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Document.open(sample_path).close()
    Document.open(sample_path).close()
    daily = [v for v in snapshots.list_versions(sample_path) if v.kind == "daily"]
    assert len(daily) == 1
    Document.open(sample_path, read_only=True).close()
    assert len(snapshots.list_versions(sample_path)) == 1
    # Noon tomorrow (UTC): an hour later is still the same day in every time zone, whatever the
    # time the test runs at (from 23:00 UTC "tomorrow + 1 hour" used to be the day after).
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    store = Store.open(sample_path)
    try:
        assert snapshots.take_daily_version(store, tomorrow) is not None
        assert snapshots.take_daily_version(store, tomorrow + timedelta(hours=1)) is None
    finally:
        store.close()
    assert len(snapshots.list_versions(sample_path)) == 2


def _daily(path: Path) -> list[snapshots.Version]:
    return [v for v in snapshots.list_versions(path) if v.kind == snapshots.DAILY]


def test_daily_version_is_kept_after_the_first_frame_without_any_edit(qapp, qtbot, sample_path: Path) -> None:
    document = Document.open(sample_path)
    try:
        assert _daily(sample_path) == []  # not while the window draws the map
        qtbot.waitUntil(lambda: len(_daily(sample_path)) == 1, timeout=5000)
        assert _state(_daily(sample_path)[0].path) == _state(sample_path)
    finally:
        document.close()
    assert len(_daily(sample_path)) == 1


def test_daily_version_holds_the_file_as_it_was_before_a_quick_first_edit(qapp, sample_path: Path) -> None:
    before = _state(sample_path)
    document = Document.open(sample_path)
    try:
        card = next(c for c in document.ws.cards(document.ws.journeys()[0].id) if c.parent_id is None)
        _rename(document, card.id, "Editado antes da versão do dia")  # before the event loop ran at all
        versions = _daily(sample_path)
        assert len(versions) == 1
        assert _state(versions[0].path) == before
        assert next(r for r in file_rows(sample_path, "cards") if r["id"] == card.id)["title"] == "Editado antes da versão do dia"
    finally:
        document.close()
    assert len(_daily(sample_path)) == 1


def test_read_only_and_opted_out_opens_keep_no_daily_version(qapp, qtbot, sample_path: Path) -> None:
    Document.open(sample_path, read_only=True).close()
    document = Document.open(sample_path, daily_version=False)
    qtbot.wait(400)
    document.close()
    assert _daily(sample_path) == []


def test_restore_is_one_undoable_step(qapp, sample_path: Path) -> None:
    document = Document.open(sample_path, daily_version=False)
    try:
        original = _state(sample_path)
        version = document.save_version("v1")
        _rename(document, 1, "Mudou")
        ops = edits.delete_ops(document.ws, "stages", [document.ws.stages(1)[0].id], "t")
        assert document.push("Delete stage", ops)
        assert _state(sample_path) != original
        edited = _state(sample_path)
        depth = document.undo_stack.count()
        assert document.restore_version(version, "Restore version “v1”")
        assert _state(sample_path) == original
        assert document.undo_stack.count() == depth + 1
        assert document.undo_stack.undoText() == "Restore version “v1”"
        kinds = [v.kind for v in snapshots.list_versions(sample_path)]
        assert kinds.count("before_restore") == 1  # the state before the restore was kept
        before_restore = next(v for v in snapshots.list_versions(sample_path) if v.kind == "before_restore")
        assert _state(before_restore.path) == edited
        document.undo_stack.undo()
        assert _state(sample_path) == edited
        document.undo_stack.redo()
        assert _state(sample_path) == original
    finally:
        document.close()


def test_restoring_a_damaged_version_changes_nothing(qapp, sample_path: Path) -> None:
    document = Document.open(sample_path, daily_version=False)
    try:
        version = document.save_version("v")
        version.path.write_bytes(version.path.read_bytes()[:5000])
        before = digest(sample_path)
        with pytest.raises(snapshots.OpenError):
            document.restore_version(version, "Restore")
        assert digest(sample_path) == before and document.undo_stack.count() == 0
    finally:
        document.close()


# ---- thinning -------------------------------------------------------------

def test_thin_keeps_last_ten_then_daily_then_weekly() -> None:
    hourly = [NOW - timedelta(hours=h) for h in range(24 * 40)]  # 40 days, one an hour
    kept = sorted((hourly[i] for i in snapshots.thin(hourly, NOW)), reverse=True)
    assert kept[:10] == hourly[:10]
    days = {t.date() for t in kept}
    assert all((NOW - timedelta(days=d)).date() in days for d in range(7))
    assert max(NOW - t for t in kept) < timedelta(weeks=4)
    for week in range(4):
        assert any(timedelta(weeks=week) <= NOW - t < timedelta(weeks=week + 1) for t in kept)
    assert len(kept) <= 10 + 7 + 4


def test_thin_keeps_everything_when_few() -> None:
    times = [NOW - timedelta(days=100 * i) for i in range(5)]
    assert snapshots.thin(times, NOW) == set(range(5))
    assert snapshots.thin([], NOW) == set()


@settings(max_examples=200)
@given(st.lists(st.integers(0, 60 * 24 * 60), max_size=80))
def test_thin_properties(minutes_ago: list[int]) -> None:
    times = [NOW - timedelta(minutes=m) for m in minutes_ago]
    keep = snapshots.thin(times, NOW)
    newest = sorted(range(len(times)), key=lambda i: times[i], reverse=True)[:10]
    assert {times[i] for i in newest} <= {times[i] for i in keep}
    assert len(keep) <= 10 + 7 + 4
    for day in range(7):
        date = (NOW - timedelta(days=day)).date()
        if any(t.date() == date for t in times):
            assert any(times[i].date() == date for i in keep)
    old = [i for i in keep if NOW - times[i] >= timedelta(weeks=4)]
    assert all(i in newest for i in old)
    assert snapshots.thin([times[i] for i in sorted(keep)], NOW) == set(range(len(keep)))  # stable


def test_prune_thins_only_automatic_versions(qapp, sample_path: Path) -> None:
    store = Store.open(sample_path)
    try:
        for day in range(60):
            snapshots.save_version(store, "", "daily", NOW - timedelta(days=day))
        snapshots.save_version(store, "Marco", "manual", NOW - timedelta(days=300))
        gone = snapshots.prune(sample_path, NOW)
    finally:
        store.close()
    left = snapshots.list_versions(sample_path)
    assert len(gone) == 60 - len([v for v in left if v.automatic])
    assert any(v.label == "Marco" for v in left)
    assert len(left) <= 10 + 7 + 4 + 1
    assert all(NOW - v.created < timedelta(weeks=4) for v in left if v.automatic)

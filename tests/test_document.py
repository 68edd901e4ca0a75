"""The document: one undoable, durable step per edit; the lock; failures leave memory = file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jornada_desktop.editing.document import Document, LockedError
from jornada_desktop.editing.file_lock import lock_path
from jornada_desktop.model import edits
from jornada_desktop.model.ops import Update
from jornada_desktop.store.store import rows_equal_model
from tests.helpers import file_rows


def test_push_writes_before_signal_and_undo_restores(qapp, document: Document, qtbot) -> None:
    path = document.path
    seen: list[str] = []

    def on_changed(change) -> None:
        # The row is already in the file when the signal arrives.
        seen.append(next(r["title"] for r in file_rows(path, "cards") if r["id"] == 1))

    document.changed.connect(on_changed)
    old = document.ws.get("cards", 1).title
    ops = edits.update_ops(document.ws, "cards", 1, {"title": "Anúncio novo"}, edits.utc_now())
    assert document.push("Rename", ops)
    assert seen == ["Anúncio novo"]
    document.undo_stack.undo()
    assert next(r for r in file_rows(path, "cards") if r["id"] == 1)["title"] == old
    document.undo_stack.redo()
    assert next(r for r in file_rows(path, "cards") if r["id"] == 1)["title"] == "Anúncio novo"
    assert rows_equal_model(document.store, document.ws)


def test_invalid_edit_is_refused_and_not_pushed(qapp, document: Document) -> None:
    messages: list[str] = []
    document.write_failed.connect(messages.append)
    before = file_rows(document.path, "cards")
    assert not document.push("Bad", [Update("cards", 1, {"emotion": 5})])
    assert document.undo_stack.count() == 0
    assert file_rows(document.path, "cards") == before
    assert messages and "emotion" in messages[0]


def test_write_failure_rolls_memory_back(qapp, document: Document) -> None:
    messages: list[str] = []
    document.write_failed.connect(messages.append)
    # Simulate the file going away under us: the store's connection fails on write.
    document.store.conn.close()
    ops = edits.update_ops(document.ws, "cards", 1, {"title": "lost?"}, edits.utc_now())
    assert not document.push("Rename", ops)
    assert document.ws.get("cards", 1).title != "lost?"
    assert document.undo_stack.count() == 0
    assert messages and "could not be saved" in messages[0]


def test_second_opener_is_refused_with_the_holder(qapp, sample_path: Path) -> None:
    first = Document.open(sample_path)
    script = (
        "import sys\n"
        "from jornada_desktop.editing.document import Document, LockedError\n"
        f"try:\n    Document.open({str(sample_path)!r})\nexcept LockedError as e:\n"
        "    print('LOCKED', e.holder.pid if e.holder else '-', e)\n    sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "already open in another Jornada" in result.stdout
    import os

    assert f"LOCKED {os.getpid()}" in result.stdout
    first.close()
    assert not lock_path(sample_path).exists()


def test_same_process_second_open_is_locked(qapp, sample_path: Path) -> None:
    first = Document.open(sample_path)
    with pytest.raises(LockedError):
        Document.open(sample_path)
    ro = Document.open(sample_path, read_only=True)  # the alternative offered to the user
    assert ro.read_only
    ro.close()
    first.close()


def test_stale_lock_from_a_dead_process_is_taken_over(qapp, sample_path: Path) -> None:
    # A process that took the lock and died without releasing it.
    script = (
        "import os\nfrom PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(lock_path(sample_path))!r})\nassert lock.tryLock(0)\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert lock_path(sample_path).exists()
    doc = Document.open(sample_path)
    assert doc.lock is not None and doc.lock.held
    doc.close()


def test_deleting_a_copied_journey_with_linked_improvements(qapp, document: Document) -> None:
    """A duplicated journey carries improvements and metrics linked to its own cards; deleting it
    removes every one of its rows in one step, and undo puts all of them back."""
    from jornada_desktop.editing.commands import JourneyEditor

    path = document.path
    editor = JourneyEditor(document)
    original = document.ws.journeys()[0].id
    linked = [i for i in document.ws.improvements(original) if i.card_id is not None]
    assert linked, "the sample links improvements to cards"
    tables = ("journeys", "stages", "lanes", "cards", "improvements", "metrics")
    before = {t: file_rows(path, t) for t in tables}
    copy = editor.duplicate_journey(original, "Cópia")
    assert copy is not None
    copied = [r for r in file_rows(path, "improvements") if r["journey_id"] == copy]
    assert len(copied) == len(document.ws.improvements(original))
    assert all(r["card_id"] is None or
               next(c for c in file_rows(path, "cards") if c["id"] == r["card_id"])["journey_id"] == copy
               for r in copied)
    assert editor.delete_journey(copy)
    assert {t: file_rows(path, t) for t in tables} == before
    document.undo_stack.undo()
    assert len([r for r in file_rows(path, "improvements") if r["journey_id"] == copy]) == len(copied)
    document.undo_stack.undo()
    assert {t: file_rows(path, t) for t in tables} == before

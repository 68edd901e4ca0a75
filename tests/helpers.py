"""Shared test helpers (import as `from tests.helpers import ...` or `from helpers import ...`)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def file_rows(path: Path, table: str) -> list[dict]:
    """Every row of a table of a `.jornada` file, read with plain sqlite3, by id."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        conn.close()


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes (to prove a file was left unchanged)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load_workspace(path: Path):  # noqa: ANN201 - a Workspace
    """The workspace of a `.jornada` file, read-only (the file is closed again)."""
    from jornada_desktop.store import Store

    store = Store.open(path, read_only=True)
    try:
        return store.load_workspace()
    finally:
        store.close()


def crash_mid_write(path: Path) -> None:
    """A writer killed in the middle of a transaction: a hot journal beside the file."""
    import subprocess
    import sys

    script = f"""
import os, sqlite3
conn = sqlite3.connect({str(path)!r}, isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN")
conn.execute("UPDATE cards SET title = 'half-written' || id")
conn.execute("INSERT INTO meta(key, value) VALUES ('x', zeroblob(200000))")
os._exit(9)
"""
    subprocess.run([sys.executable, "-c", script], check=False)
    assert path.with_name(path.name + "-journal").exists()  # the crash left it hot


def open_presentation(qtbot, document, size: tuple[int, int] = (1280, 800), ask: bool = False):  # noqa: ANN001, ANN201
    """Presentation mode on the document's first journey, shown and active, with the keyboard in the
    capture box (`ask=True`: still asking who is in the room); no snapshot question at the end."""
    from PySide6.QtWidgets import QApplication

    from jornada_desktop.widgets.workshop.presentation import PresentationWindow

    window = PresentationWindow(document, 1)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.capture_field.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    window.ask_snapshot = lambda: False
    if not ask:
        window.hide_room()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.capture_field)
    return window

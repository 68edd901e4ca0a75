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

"""A quick look into a `.jornada` file without opening it: a few tables (for the start screen, what
needs attention), read through a read-only hardened connection. Nothing is written and nothing is
created beside the file; a file that cannot plainly be read as it is (not a Jornada file, another
format version, left unfinished by a crash, damaged, busy) gives None, never an error: opening it
is where it is checked and explained."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from jornada_desktop.model.entities import ENTITY_BY_TABLE
from jornada_desktop.model.validation import validate
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store.connection import connect
from jornada_desktop.store.errors import OpenError
from jornada_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from jornada_desktop.store.store import _leftovers, _probe_header, _wal_mode

ATTENTION_TABLES = ("journeys", "metrics", "measurements", "improvements")
MAX_PEEK_ROWS = 200_000  # rows read of one file, all tables together (a bigger file is skipped)


def peek(path: str | Path, tables: Sequence[str] = ATTENTION_TABLES) -> Workspace | None:
    """A workspace holding only these tables of a file (from format version 2 on), or None."""
    path = Path(path)
    try:
        head = _probe_header(path)
    except OpenError:
        return None
    if _wal_mode(head) or _leftovers(path):  # recovered when it is opened, not here
        return None
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        if not 2 <= conn.execute("PRAGMA user_version").fetchone()[0] <= SCHEMA_VERSION:
            return None
        ws = Workspace()
        read = 0
        for table in tables:
            etype = ENTITY_BY_TABLE[table]
            cursor = conn.execute(f"SELECT {', '.join(etype.columns())} FROM {table} ORDER BY id")
            for row in cursor:
                read += 1
                entity = etype(*row)
                if read > MAX_PEEK_ROWS or validate(entity):
                    return None
                ws._put(entity)
        return ws
    except (sqlite3.Error, UnicodeDecodeError, TypeError, ValueError):
        return None
    finally:
        conn.close()

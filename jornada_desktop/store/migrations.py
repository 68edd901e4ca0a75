"""Numbered migrations that move an older `.jornada` file forward, after a backup copy."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from jornada_desktop.store.schema import (
    SCHEMA_VERSION,
    V2_INDEXES_SQL,
    V2_TABLES_SQL,
    V3_INDEXES_SQL,
    V3_TABLES_SQL,
)

Migration = Callable[[sqlite3.Connection], None]


def new_uuid() -> str:
    """A random identity: 32 lowercase hexadecimal digits."""
    return uuid.uuid4().hex


def to_v2(conn: sqlite3.Connection) -> None:
    """Version 2: identities for the file and each journey; participants, votes, the agenda."""
    conn.execute("ALTER TABLE journeys ADD COLUMN uuid TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE metrics ADD COLUMN review_days INTEGER "
                 "CHECK (review_days IS NULL OR review_days BETWEEN 1 AND 3660)")
    for (journey_id,) in conn.execute("SELECT id FROM journeys").fetchall():
        conn.execute("UPDATE journeys SET uuid = ? WHERE id = ?", (new_uuid(), journey_id))
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('file_uuid', ?)", (new_uuid(),))
    for sql in V2_TABLES_SQL.values():
        conn.execute(sql)
    for sql in V2_INDEXES_SQL.values():
        conn.execute(sql)


def to_v3(conn: sqlite3.Connection) -> None:
    """Version 3: quotes from research data; the room (its settings, contributions, feelings)."""
    conn.execute("ALTER TABLE participants ADD COLUMN secret TEXT NOT NULL DEFAULT ''")
    for sql in V3_TABLES_SQL.values():
        conn.execute(sql)
    for sql in V3_INDEXES_SQL.values():
        conn.execute(sql)


# MIGRATIONS[n] moves a file from version n - 1 to version n (each tested on a file of n - 1).
MIGRATIONS: dict[int, Migration] = {2: to_v2, 3: to_v3}


def backup_path(path: Path, from_version: int) -> Path:
    """Where the copy taken before migrating a file from a version goes (beside the file)."""
    return path.with_name(f"{path.name}.v{from_version}.bak")


def backup_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the open database to a file with SQLite's backup API (consistent, page by page)."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(str(tmp))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    tmp.replace(target)


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    from_version: int,
    migrations: dict[int, Migration] | None = None,
    to_version: int = SCHEMA_VERSION,
) -> Path | None:
    """Run the migrations from `from_version` up in one transaction; return the backup's path."""
    steps = MIGRATIONS if migrations is None else migrations
    if from_version >= to_version:
        return None
    missing = [n for n in range(from_version + 1, to_version + 1) if n not in steps]
    if missing:
        raise RuntimeError(f"no migration to version {missing[0]}")
    target = backup_path(path, from_version)
    backup_copy(conn, target)
    apply_steps(conn, from_version, steps, to_version)
    return target


def apply_steps(conn: sqlite3.Connection, from_version: int, steps: dict[int, Migration],
                to_version: int = SCHEMA_VERSION) -> None:
    """Run the migrations after `from_version` in one transaction (all or nothing), no backup."""
    missing = [n for n in range(from_version + 1, to_version + 1) if n not in steps]
    if missing:
        raise RuntimeError(f"no migration to version {missing[0]}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for n in range(from_version + 1, to_version + 1):
            steps[n](conn)
        conn.execute(f"PRAGMA user_version={int(to_version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def upgraded_copy(conn: sqlite3.Connection, from_version: int, migrations: dict[int, Migration] | None = None,
                  to_version: int = SCHEMA_VERSION) -> sqlite3.Connection:
    """A copy of an older file in memory, migrated: how an older file is read without changing it."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(mem)
        mem.execute("PRAGMA trusted_schema=OFF")
        mem.execute("PRAGMA foreign_keys=ON")
        apply_steps(mem, from_version, MIGRATIONS if migrations is None else migrations, to_version)
        mem.execute("PRAGMA query_only=ON")
    except BaseException:
        mem.close()
        raise
    return mem

"""Numbered migrations that move an older `.jornada` file forward, after a backup copy."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from jornada_desktop.store.schema import SCHEMA_VERSION

Migration = Callable[[sqlite3.Connection], None]

# MIGRATIONS[n] moves a file from version n - 1 to version n. Version 1 is the first release,
# so there is nothing to migrate yet; the machinery is tested with migrations made in tests.
MIGRATIONS: dict[int, Migration] = {}


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
    conn.execute("BEGIN IMMEDIATE")
    try:
        for n in range(from_version + 1, to_version + 1):
            steps[n](conn)
        conn.execute(f"PRAGMA user_version={int(to_version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target

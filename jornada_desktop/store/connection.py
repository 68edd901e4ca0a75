"""Opening SQLite connections to `.jornada` files safely: read-only probes and hardened settings."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

SQLITE_HEADER = b"SQLite format 3\x00"


def file_uri(path: Path, mode: str) -> str:
    """A `file:` URI for a path (every special character escaped) with an open mode."""
    # (bytes: a name with a byte that is not UTF-8 is quoted as the file system has it)
    return f"file:{quote(os.fsencode(path.absolute()))}?mode={mode}"


def harden(conn: sqlite3.Connection) -> None:
    """Settings for untrusted files: no functions from the schema, defensive mode where offered."""
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    setconfig = getattr(conn, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)
    # No extension loading, ever (it is off by default; say so explicitly where possible).
    enable = getattr(conn, "enable_load_extension", None)
    if enable is not None:
        enable(False)


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A hardened connection; a writable one is set up for durability (DELETE journal, FULL sync)."""
    mode = "ro" if read_only else "rw"
    conn = sqlite3.connect(file_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False)
    try:
        harden(conn)
        conn.execute("PRAGMA busy_timeout=2000")
        conn.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
        else:
            conn.execute("PRAGMA query_only=ON")
    except BaseException:
        conn.close()
        raise
    return conn

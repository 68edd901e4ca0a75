"""The `.jornada` file: safe opening of untrusted files, creation, loading and the one write path."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
import time
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jornada_desktop.model.entities import ENTITY_BY_TABLE
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.image_safety import MAX_PHOTO_BYTES
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.validation import table_phrase, validate
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store import migrations as mig
from jornada_desktop.store.connection import SQLITE_HEADER, connect, harden
from jornada_desktop.store.errors import OpenError, WriteError
from jornada_desktop.store.lean_imports import sqlite_utils
from jornada_desktop.store.schema import (
    APPLICATION_ID,
    ENTITY_TABLES,
    INDEXES_SQL,
    SCHEMA_VERSION,
    TABLES_SQL,
    columns_missing_in_version,
    tables_of_version,
)

MAX_NAME_BYTES = 255 - len(".versions")  # the longest name with a journal, a lock and versions beside it
MAX_BLOB_BYTES = MAX_PHOTO_BYTES  # a persona photo larger than this is refused when loading (one limit)


@dataclass(frozen=True)
class FileFacts:
    """What a check of a file found: schema version, counts and the quick_check result."""

    path: Path
    schema_version: int
    integrity: str
    counts: dict[str, int]


def _name(path: Path) -> str:
    return f"“{path.name}”"


def _probe_header(path: Path) -> bytes:
    """Refuse paths that are not SQLite files, reading only the first bytes; return them."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise OpenError(f"The file {_name(path)} does not exist (it may have been moved or deleted).",
                        "missing") from None
    except PermissionError:
        raise OpenError(f"You do not have permission to reach {_name(path)} (its folder cannot be opened).",
                        "permission") from None
    except OSError as exc:
        raise OpenError(f"{_name(path)} could not be read ({exc.strerror or exc}).", "unreadable") from None
    if stat.S_ISDIR(mode):
        raise OpenError(f"{_name(path)} is a folder, not a Jornada file.", "directory")
    if not stat.S_ISREG(mode):  # a pipe or a device would block or never end
        raise OpenError(f"{_name(path)} is not a regular file (it is a pipe, a device or a socket); "
                        "it was not opened.", "special_file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except PermissionError:
        raise OpenError(f"You do not have permission to read {_name(path)}.", "permission") from None
    except OSError as exc:
        raise OpenError(f"{_name(path)} could not be read ({exc.strerror or exc}).", "unreadable") from None
    if not head:
        raise OpenError(f"{_name(path)} is empty (0 bytes); it is not a Jornada file.", "empty")
    if not head.startswith(SQLITE_HEADER):
        raise OpenError(f"{_name(path)} is not a Jornada file (it is not an SQLite database).", "not_sqlite")
    if len(head) < 100:
        raise OpenError(f"{_name(path)} is damaged: the file is cut short.", "corrupt")
    return head


def _wal_mode(head: bytes) -> bool:
    """Whether the header says the database is in WAL mode (Jornada writes DELETE-journal files)."""
    return head[18] == 2 or head[19] == 2


def _needs_recovery(path: Path, head: bytes) -> bool:
    """Whether a crash left the file unfinished: a hot rollback journal (no writer holds it; a
    journal of a transaction going on in another program is not hot), a WAL, or WAL mode."""
    if _wal_mode(head) or _exists(path.with_name(path.name + "-wal")):
        return True
    if not _exists(path.with_name(path.name + "-journal")):
        return False
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        return True
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return False  # readable as it is: the journal is not hot
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or getattr(exc, "sqlite_errorcode", 0) == 5:
            raise OpenError(f"{_name(path)} is being changed by another program right now; try again in a "
                            "moment.", "busy") from None
        return True  # a read-only connection may not roll back a hot journal
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


def _leftovers(path: Path) -> list[Path]:
    """What a crash (or another program) left beside the file: a rollback journal, a WAL and its index."""
    return [p for p in (path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm")) if _exists(p)]


def _exists(path: Path) -> bool:
    """Whether something is at a path (a name too long to exist does not)."""
    try:
        return path.exists()
    except OSError:
        return False


def _recover_copy(path: Path, folder: Path) -> Path:
    """Copy the file with the journal or WAL a crash left beside it into a private folder and let
    SQLite finish the recovery there (roll the journal back, or fold the WAL in, then DELETE journal
    mode). The original and its leftovers are only read. Return the recovered copy."""
    copy = folder / "map.jornada"
    try:
        shutil.copyfile(path, copy)
        extra = 0
        for suffix in ("-journal", "-wal"):
            src = path.with_name(path.name + suffix)
            if src.exists() and stat.S_ISREG(src.stat().st_mode):
                shutil.copyfile(src, folder / f"map.jornada{suffix}")
                extra += src.stat().st_size
    except OSError as exc:
        raise OpenError(f"{_name(path)} could not be copied to recover it ({exc.strerror or exc}).",
                        "unreadable") from None
    limit = path.stat().st_size + extra + 1024 * 1024
    try:
        conn = sqlite3.connect(str(copy), isolation_level=None)
        try:
            harden(conn)
            conn.execute("PRAGMA schema_version").fetchone()  # the first read finishes the recovery
            if copy.stat().st_size > limit:  # a journal that does not belong: it "restored" a giant file
                raise sqlite3.DatabaseError("the journal left beside it does not belong to it")
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise OpenError(
            f"{_name(path)} was left unfinished by a crash, and what was left beside it could not be "
            f"used to recover it ({exc}). The file and what is beside it were left as they were; "
            "open a version of the file, or ask for help.", "unrecoverable") from None
    for suffix in ("-journal", "-wal", "-shm"):
        (folder / f"map.jornada{suffix}").unlink(missing_ok=True)
    return copy

def _check_schema(conn: sqlite3.Connection, path: Path, version: int = SCHEMA_VERSION) -> None:
    """Refuse files whose structure is not what a file of its version holds (missing tables, triggers, views)."""
    objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    foreign = [f"{t} {n}" for t, n, _ in objects if t in ("trigger", "view")]
    virtual = conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND upper(sql) LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    foreign += [f"virtual table {row[0]}" for row in virtual]
    if foreign:
        raise OpenError(
            f"{_name(path)} contains parts Jornada never makes ({', '.join(foreign[:3])}); "
            "it was not opened, for safety.",
            "foreign_objects",
        )
    tables = {n for t, n, _ in objects if t == "table"}
    expected = tables_of_version(version)
    missing = [t for t in expected if t not in tables]
    if missing:
        raise OpenError(
            f"{_name(path)} is incomplete: the table “{missing[0]}” is missing.", "missing_table"
        )
    later = columns_missing_in_version(version)
    for table, etype in ENTITY_BY_TABLE.items():
        if table not in expected:
            continue
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        lacking = [c for c in etype.columns() if c not in have and (table, c) not in later]
        if lacking:
            raise OpenError(
                f"{_name(path)} is incomplete: the column “{lacking[0]}” of “{table}” is missing.",
                "missing_column",
            )


_SQL_TYPES = {int: ("integer",), str: ("text",), bytes: ("blob",), float: ("real", "integer")}


@cache
def _type_checks() -> dict[str, dict[str, tuple[str, ...]]]:
    """For each entity table, the SQLite storage classes each column may hold (from the model)."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for table, etype in ENTITY_BY_TABLE.items():
        hints = typing.get_type_hints(etype)
        columns: dict[str, tuple[str, ...]] = {}
        for column in etype.columns():
            hint = hints[column]
            args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
            allowed: tuple[str, ...] = ()
            for arg in args:
                allowed += ("null",) if arg is type(None) else _SQL_TYPES[arg]
            columns[column] = allowed
        out[table] = columns
    return out


_TYPE_WORDS = {"integer": "a whole number", "text": "text", "blob": "binary data", "real": "a number",
               "null": "nothing"}


def _check_types(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file whose columns hold values of the wrong kind (text where a number belongs, …)."""
    checks = _type_checks()
    parts = []
    for table, columns in checks.items():
        tests = " OR ".join(
            f"typeof([{column}]) NOT IN ({', '.join(repr(a) for a in allowed)})"
            for column, allowed in columns.items()
        )
        parts.append(f"SELECT * FROM (SELECT '{table}', id FROM [{table}] WHERE {tests} LIMIT 1)")
    bad = conn.execute(" UNION ALL ".join(parts) + " LIMIT 1").fetchone()  # one query for all tables
    if bad is None:
        return
    table, row_id = bad
    kinds = {type(None): "null", int: "integer", str: "text", bytes: "blob", float: "real"}
    for column, allowed in checks[table].items():
        found = conn.execute(f"SELECT [{column}] FROM [{table}] WHERE id = ?", (row_id,)).fetchone()
        if found is None:  # the row cannot be found again by its id: a damaged index
            raise OpenError(f"{_name(path)} is damaged: a row of “{table}” cannot be found by its id.", "corrupt")
        value = found[0]
        kind = kinds.get(type(value), "blob")
        if kind not in allowed:
            raise OpenError(
                f"{_name(path)} holds invalid data in “{table}” (row {row_id}): the column "
                f"“{column}” holds {_TYPE_WORDS[kind]} where {_TYPE_WORDS[allowed[0]]} belongs.",
                "bad_data",
            )
    raise OpenError(f"{_name(path)} holds invalid data in “{table}” (row {row_id}).", "bad_data")


def _probe(conn: sqlite3.Connection, path: Path) -> tuple[int, str]:
    """quick_check, application_id and user_version; return (version, quick_check)."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except UnicodeDecodeError:  # the report quotes damaged bytes
        raise OpenError(f"{_name(path)} is damaged (the integrity check failed).", "corrupt") from None
    except sqlite3.DatabaseError as exc:
        raise OpenError(f"{_name(path)} is damaged and cannot be read ({exc}).", "corrupt") from None
    check = "\n".join(str(r[0]) for r in result)
    if check != "ok":
        raise OpenError(f"{_name(path)} is damaged (the integrity check failed).", "corrupt")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise OpenError(
            f"{_name(path)} is an SQLite database of another application, not a Jornada file.",
            "foreign_app",
        )
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise OpenError(
            f"{_name(path)} was saved by a newer version of Jornada (file format {version}); "
            f"this version reads formats up to {SCHEMA_VERSION}. Please update Jornada.",
            "newer",
        )
    if version < 1:
        raise OpenError(f"{_name(path)} is damaged: its format version ({version}) is not valid.", "corrupt")
    return version, check


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of a file, or None when nothing is at that path."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _memory_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """The contents of a connection copied into memory (read-only)."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.backup(mem)
    mem.execute("PRAGMA trusted_schema=OFF")
    mem.execute("PRAGMA query_only=ON")
    return mem


def check_file(path: Path, name: str | None = None) -> FileFacts:
    """Check a file without changing it: header, quick_check, identity, version and row counts.

    A file a crash left unfinished is checked as it would be once recovered (on a private copy:
    nothing is created beside it). `name` names the file in sentences (a copy's original name).
    """
    path = Path(path)
    head = _probe_header(path)
    if name is None and _needs_recovery(path, head):
        with tempfile.TemporaryDirectory(prefix="jornada-check-") as folder:
            facts = check_file(_recover_copy(path, Path(folder)), name=path.name)
        return FileFacts(path, facts.schema_version, facts.integrity, facts.counts)
    if name is not None:  # a private copy: the sentences name the person's file
        try:
            return check_file(path)
        except OpenError as exc:
            raise OpenError(str(exc).replace(_name(path), f"“{name}”"), exc.reason) from None
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise OpenError(f"{_name(path)} could not be opened ({exc}).", "unreadable") from None
    try:
        version, check = _probe(conn, path)
        _check_schema(conn, path, version)
        if version < SCHEMA_VERSION:  # read as it would be after the upgrade, the file untouched
            conn = _upgraded(conn, path, version)
        _check_types(conn, path)
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ENTITY_TABLES}
        return FileFacts(path, version, check, counts)
    except sqlite3.DatabaseError as exc:
        raise OpenError(f"{_name(path)} is damaged and cannot be read ({exc}).", "corrupt") from None
    finally:
        conn.close()


def _upgraded(conn: sqlite3.Connection, path: Path, version: int,
              migrations: dict[int, mig.Migration] | None = None,
              schema_version: int = SCHEMA_VERSION) -> sqlite3.Connection:
    """An older file's contents upgraded in memory (the file untouched); the file's connection closes."""
    try:
        upgraded = mig.upgraded_copy(conn, version, migrations, schema_version)
    except sqlite3.DatabaseError as exc:
        raise OpenError(f"{_name(path)} is damaged and cannot be read ({exc}).", "corrupt") from None
    conn.close()
    return upgraded


def _rows(cursor: sqlite3.Cursor, path: Path, table: str) -> typing.Iterator[tuple]:
    """The rows of a cursor; text that is not valid UTF-8 (or a read error) becomes a sentence."""
    while True:
        try:
            row = cursor.fetchone()
        except sqlite3.DatabaseError as exc:
            what = "text that is not valid UTF-8" if "decode" in str(exc).lower() else f"damage ({exc})"
            raise OpenError(f"{_name(path)} holds {what} in “{table}”; it was not opened.", "bad_data") from None
        if row is None:
            return
        yield row


class Store:
    """An open `.jornada` file: the only code that reads and writes its rows."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, read_only_reason: str = "") -> None:
        self.path = path
        self.conn = conn
        self._db: Any = None
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.migrated_backup: Path | None = None
        self.notice: str = ""  # a sentence about the opening (a crash recovered), for the person
        self._identity = _identity(path)
        self.closed = False
        # Called once, just before the first write through this store (the day's version).
        self.before_first_write: Callable[[], None] | None = None
        self.written = False  # something was written through this store since it was opened
        # When versions are kept automatically: a policy of store.snapshots.POLICIES (the window
        # sets the person's preference; "daily" is the day's first opening).
        self.version_policy = "daily"
        # Called once, just before the connection closes (a version on close); what it raises is
        # the caller's business, the connection closes anyway.
        self.before_close: Callable[[], None] | None = None

    @property
    def db(self) -> Any:
        """The sqlite-utils view of the connection, made on first use (the writes use it)."""
        if self._db is None:
            self._db = sqlite_utils().Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    def ensure_in_place(self) -> None:
        """Raise WriteError when the file was moved, deleted or replaced since it was opened.

        SQLite would go on writing to a deleted file (lost when closed) or to a moved one (with
        its crash journal in the old folder), so writes stop and the user is told to save a copy.
        """
        now = _identity(self.path)
        if now is None or now != self._identity:
            what = "moved or deleted" if now is None else "replaced by another file"
            raise WriteError(
                f"{_name(self.path)} was {what} while it was open, so the change was not saved. "
                "Use “Save a copy as…” to keep your work.",
                "moved" if now is None else "replaced", self.path.name,
            )

    # ---- opening -------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        migrations: dict[int, mig.Migration] | None = None,
        schema_version: int = SCHEMA_VERSION,
    ) -> Store:
        """Open a file after checking it; a file in a read-only place opens read-only."""
        path = Path(path)
        head = _probe_header(path)
        reason = ""
        if not read_only and not _writable(path):
            read_only, reason = True, "read_only_place"
        if not read_only and (head[18] > 2 or head[19] > 2):
            # a format SQLite itself only reads (or a damaged header): edits would all fail
            read_only, reason = True, "unknown_write_format"
        if not read_only and len(os.fsencode(path.name)) > MAX_NAME_BYTES:
            # SQLite could not make the crash journal beside it: every edit would fail
            read_only, reason = True, "long_name"
        if _needs_recovery(path, head):
            # Left by a crash (or a WAL-mode file): recovered on a private copy, checked there, and only
            # then put in place (a read-only open reads the copy and leaves everything as it was).
            return cls._open_recovered(path, read_only, reason, migrations, schema_version)
        probe_ro = True  # the file is checked as it is, through a read-only connection, before any write
        try:
            conn = connect(path, read_only=probe_ro)
        except sqlite3.Error as exc:
            raise OpenError(f"{_name(path)} could not be opened ({exc}).", "unreadable") from None
        try:
            try:
                version, _ = _probe(conn, path)
                _check_schema(conn, path, version)
            except sqlite3.DatabaseError as exc:
                raise OpenError(f"{_name(path)} is damaged and cannot be read ({exc}).", "corrupt") from None
            if version < schema_version and read_only:
                # Read-only: the file stays as it is; an upgraded copy in memory is what is read.
                conn = _upgraded(conn, path, version, migrations, schema_version)
                return cls(path, conn, read_only, reason)
            if not read_only and probe_ro:
                conn.close()
                conn = connect(path, read_only=False)
            store = cls(path, conn, read_only, reason)
            if version < schema_version:
                store.migrated_backup = mig.migrate(conn, path, version, migrations, schema_version)
            return store
        except BaseException:
            conn.close()
            raise

    @classmethod
    def _open_recovered(cls, path: Path, read_only: bool, reason: str,
                        migrations: dict[int, mig.Migration] | None, schema_version: int) -> Store:
        """Open a file a crash left unfinished: recover a private copy, check it, then use it."""
        if read_only:  # nothing is created beside the file
            with tempfile.TemporaryDirectory(prefix="jornada-recover-") as folder:
                copy = _recover_copy(path, Path(folder))
                check_file(copy, name=path.name)
                conn = connect(copy, read_only=True)
                try:
                    version = conn.execute("PRAGMA user_version").fetchone()[0]
                    mem = (mig.upgraded_copy(conn, version, migrations, schema_version) if version < schema_version
                           else _memory_copy(conn))
                finally:
                    conn.close()
            store = cls(path, mem, True, reason)
            store.notice = Sentence("%1 was left unfinished by a crash; it is shown as it was before the "
                                    "unfinished change. Open it for editing to recover it.", path.name)
            return store
        folder = path.with_name(f".{path.name}.recovering")
        shutil.rmtree(folder, ignore_errors=True)
        try:
            folder.mkdir()
        except OSError as exc:
            raise OpenError(f"{_name(path)} could not be recovered here ({exc.strerror or exc}).",
                            "unreadable") from None
        try:
            copy = _recover_copy(path, folder)
            check_file(copy, name=path.name)
            kept = path.with_name(f"{path.name}.crash-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}")
            try:
                kept.mkdir()
                for src in [path, *_leftovers(path)]:
                    shutil.copy2(src, kept / src.name)
                with open(copy, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(copy, path)  # (a journal still beside it would restore the same pages: harmless)
                for leftover in _leftovers(path):
                    leftover.unlink(missing_ok=True)
            except OSError as exc:
                raise OpenError(f"{_name(path)} could not be recovered here ({exc.strerror or exc}); "
                                "it was left as it was.", "unreadable") from None
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        store = cls.open(path, read_only=False, migrations=migrations, schema_version=schema_version)
        store.notice = Sentence("%1 was left unfinished by a crash and has been recovered as it was before "
                                "the unfinished change; the file as the crash left it is kept in %2.",
                                path.name, kept.name)
        return store

    @classmethod
    def create(cls, path: str | Path, rows: dict[str, list[dict[str, Any]]] | None = None,
               meta: dict[str, str] | None = None) -> Store:
        """Create a new file (refusing to overwrite), filled with rows, written whole then renamed."""
        path = Path(path)
        if len(os.fsencode(path.name)) > MAX_NAME_BYTES:
            raise OpenError(f"The name {_name(path)[:60]}… is too long: Jornada keeps files beside the map with "
                            f"longer names; choose a name of at most {MAX_NAME_BYTES} bytes.", "name_too_long")
        if path.exists():
            raise OpenError(f"{_name(path)} already exists; choose another name.", "exists")
        if not path.parent.is_dir():
            raise OpenError(f"The folder “{path.parent}” does not exist.", "missing_folder")
        tmp = path.with_name(f".{path.name}.creating")
        tmp.unlink(missing_ok=True)
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=DELETE")
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("BEGIN")
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                for sql in TABLES_SQL.values():
                    conn.execute(sql)
                for sql in INDEXES_SQL.values():
                    conn.execute(sql)
                meta = dict(meta or {})
                if not meta.get("file_uuid"):
                    meta["file_uuid"] = mig.new_uuid()
                for key, value in meta.items():
                    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))
                db = sqlite_utils().Database(conn, recursive_triggers=False, execute_plugins=False)
                for table in ENTITY_TABLES:
                    table_rows = (rows or {}).get(table)
                    if table == "journeys" and table_rows:
                        table_rows = [r if r.get("uuid") else {**r, "uuid": mig.new_uuid()} for r in table_rows]
                    if table_rows:
                        db[table].insert_all(table_rows, batch_size=500)
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise OpenError(f"{_name(path)} could not be created ({exc.strerror or exc}).", "create_failed") from None
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            why = "the disk is full" if "full" in str(exc).lower() else str(exc)
            raise OpenError(f"{_name(path)} could not be created ({why}).", "create_failed") from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    def close(self) -> None:
        """Close the connection (every edit is already committed), after the `before_close` hook."""
        hook, self.before_close = self.before_close, None
        try:
            if hook is not None and not self.closed:
                hook()
        finally:
            self.conn.close()
            self.closed = True

    def _first_write(self) -> None:
        self.written = True
        hook, self.before_first_write = self.before_first_write, None
        if hook is not None:
            hook()

    # ---- reading -------------------------------------------------------
    def meta(self) -> dict[str, str]:
        """The key/value pairs of the meta table."""
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    def load_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every entity row, one query per table."""
        out: dict[str, list[dict[str, Any]]] = {}
        for table, etype in ENTITY_BY_TABLE.items():
            cols = ", ".join(etype.columns())
            out[table] = list(self.db.query(f"SELECT {cols} FROM {table} ORDER BY id"))
        return out

    def load_workspace(self) -> Workspace:
        """The whole file in memory, each row checked against the model's rules."""
        try:
            _check_types(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise OpenError(f"{_name(self.path)} is damaged and cannot be read ({exc}).", "corrupt") from None
        ws = Workspace()
        for table in ENTITY_TABLES:
            etype = ENTITY_BY_TABLE[table]
            names = etype.columns()
            photo_at = names.index("photo") if "photo" in names else -1
            # plain tuples in the class's field order: no dict per row (10,000 cards open ~15% faster)
            cursor = self.conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY id")
            for row in _rows(cursor, self.path, table):
                photo = row[photo_at] if photo_at >= 0 else None
                if photo is not None and (not isinstance(photo, bytes) or len(photo) > MAX_BLOB_BYTES):
                    raise OpenError(
                        f"{_name(self.path)} holds a persona photo that is not an image or is too "
                        "large; it was not opened.",
                        "bad_data",
                    )
                entity = etype(*row)
                problems = validate(entity, ws)
                if problems:
                    raise OpenError(
                        f"{_name(self.path)} holds invalid data in “{table}” (row {row[0]}): "
                        f"{problems[0]}",
                        "bad_data",
                    )
                ws._put(entity)
        return ws

    # ---- writing -------------------------------------------------------
    def apply(self, ops: Sequence[Op]) -> None:
        """Write ops in one transaction, committed (and synced) before returning."""
        if self.read_only:
            raise WriteError(Sentence("This file is open read-only; the change was not saved."), "read_only_file")
        if not ops:
            return
        self._first_write()
        self.ensure_in_place()
        try:
            with self.db.atomic():
                pending: list[dict[str, Any]] = []
                pending_table = ""
                for op in ops:
                    if isinstance(op, Insert) and op.table == pending_table:
                        pending.append(op.row)
                        continue
                    if pending:
                        self.db[pending_table].insert_all(pending, batch_size=500)
                        pending = []
                    pending_table = ""
                    if isinstance(op, Insert):
                        pending_table, pending = op.table, [op.row]
                    elif isinstance(op, Update):
                        columns = ENTITY_BY_TABLE[op.table].columns()
                        names = [k for k in op.changes if k in columns and k != "id"]
                        sets = ", ".join(f"[{k}] = ?" for k in names)
                        cur = self.conn.execute(
                            f"UPDATE [{op.table}] SET {sets} WHERE id = ?",
                            [op.changes[k] for k in names] + [op.id],
                        )
                        if cur.rowcount != 1:
                            raise WriteError(Sentence("%1 %2 is missing from the file.", table_phrase(op.table), str(op.id)))
                    elif isinstance(op, Delete):
                        cur = self.conn.execute(f"DELETE FROM [{op.table}] WHERE id = ?", (op.id,))
                        if cur.rowcount != 1:
                            raise WriteError(Sentence("%1 %2 is missing from the file.", table_phrase(op.table), str(op.id)))
                if pending:
                    self.db[pending_table].insert_all(pending, batch_size=500)
        except WriteError:
            raise
        except sqlite3.Error as exc:
            raise WriteError(describe_write_error(self.path, exc), write_error_reason(exc), self.path.name) from exc
        except OSError as exc:
            raise WriteError(Sentence("The change could not be saved to %1: %2.", _name(self.path),
                                      exc.strerror or str(exc))) from exc

    def set_meta(self, key: str, value: str) -> None:
        """Set one meta value (its own transaction)."""
        if self.read_only:
            raise WriteError(Sentence("This file is open read-only; the change was not saved."), "read_only_file")
        self._first_write()
        self.ensure_in_place()
        try:
            with self.db.atomic():
                self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
        except sqlite3.Error as exc:
            raise WriteError(describe_write_error(self.path, exc), write_error_reason(exc), self.path.name) from exc

    def backup_to(self, target: Path) -> None:
        """Copy the file, consistently, to another path with SQLite's backup API."""
        mig.backup_copy(self.conn, target)


def write_error_reason(exc: sqlite3.Error) -> str:
    """The stable code of a failed write (see WriteError)."""
    text = str(exc).lower()
    for words, reason in ((("full",), "disk_full"), (("readonly", "read-only"), "read_only"),
                          (("disk i/o", "unable to open"), "unreachable"), (("locked", "busy"), "busy")):
        if any(w in text for w in words):
            return reason
    return "other"


def describe_write_error(path: Path, exc: sqlite3.Error) -> str:
    """A sentence for a failed write, from SQLite's error."""
    text = str(exc).lower()
    if "full" in text:
        why = "the disk is full"
    elif "readonly" in text or "read-only" in text:
        why = "the file cannot be written any more (it became read-only)"
    elif "disk i/o" in text or "unable to open" in text:
        why = "the file or its folder is no longer reachable (moved, deleted or on a lost drive)"
    elif "locked" in text or "busy" in text:
        why = "another program is using the file"
    elif "constraint" in text:
        why = f"the change breaks a rule of the file ({exc})"
    else:
        why = str(exc)
    return f"The change could not be saved to {_name(path)}: {why}. Nothing was changed."


def rows_equal_model(store: Store, ws: Workspace) -> bool:
    """Whether the file's rows equal the workspace's (used by checks and tests)."""
    rows = store.load_rows()
    return all(rows[t] == ws.rows(t) for t in ENTITY_TABLES)


__all__ = ["FileFacts", "OpenError", "Store", "ValidationError", "WriteError", "check_file"]

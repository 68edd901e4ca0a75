"""Versions of a `.jornada` file: labelled copies (SQLite backup API) in `<name>.versions/`, thinned.

A version is a complete `.jornada` file, so it can also be opened on its own. Its label, kind and
time are in its `meta` table (`version_label`, `version_kind`, `version_created`) and its time and
kind in its file name, so listing does not need to trust the files. Restoring one is a diff between
the open workspace and the version's, applied as one undoable edit by the editing layer.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from jornada_desktop.model.entities import ENTITY_BY_TABLE
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.workspace import REFERENCES, Workspace
from jornada_desktop.store.connection import connect
from jornada_desktop.store.errors import OpenError, WriteError
from jornada_desktop.store.schema import ENTITY_TABLES
from jornada_desktop.store.store import Store

MANUAL = "manual"
DAILY = "daily"
BEFORE_IMPORT = "before_import"
BEFORE_RESTORE = "before_restore"
OPENED = "opened"  # the file as it was when opened (policy on_open)
CLOSED = "closed"  # the file as it was when closed after a session that changed it (policy on_close)
KINDS = (MANUAL, DAILY, BEFORE_IMPORT, BEFORE_RESTORE, OPENED, CLOSED)

# When a version is kept without being asked (Settings.snapshot_policy): when the file closes,
# every time it opens, at the day's first opening, or never. Versions before an import or a
# restore are kept whatever the policy: they are what makes those edits safe to undo.
POLICY_ON_CLOSE, POLICY_ON_OPEN, POLICY_DAILY, POLICY_NEVER = "on_close", "on_open", "daily", "never"
POLICIES = (POLICY_ON_CLOSE, POLICY_ON_OPEN, POLICY_DAILY, POLICY_NEVER)

KEEP_LAST = 10
KEEP_DAYS = 7
KEEP_WEEKS = 4

_NAME_RE = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z_]+)\.jornada$")
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Version:
    """One stored version: its file, when it was taken (UTC), its kind and label."""

    path: Path
    created: datetime
    kind: str
    label: str = ""

    @property
    def automatic(self) -> bool:
        """Whether Jornada took it by itself (these are thinned; manual ones are kept)."""
        return self.kind != MANUAL


def versions_dir(path: Path) -> Path:
    """The folder beside a file that holds its versions: `<name>.versions/`."""
    path = Path(path)
    return path.with_name(path.name + ".versions")


def _read_label(path: Path) -> str:
    """The label stored in a version file ('' when it cannot be read: the file is not trusted)."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        return ""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'version_label'").fetchone()
        return str(row[0])[:500] if row and row[0] is not None else ""
    except sqlite3.Error:
        return ""
    finally:
        conn.close()


def list_versions(path: Path, *, labels: bool = True) -> list[Version]:
    """The versions of a file, newest first (files whose names Jornada did not make are ignored)."""
    folder = versions_dir(path)
    out: list[Version] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME_RE.match(entry.name)
        if not match or match.group(2) not in KINDS or not entry.is_file():
            continue
        try:
            created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        label = _read_label(entry) if labels else ""
        out.append(Version(entry, created, match.group(2), label))
    out.sort(key=lambda v: v.created, reverse=True)
    return out


def save_version(store: Store, label: str = "", kind: str = MANUAL, now: datetime | None = None) -> Version:
    """Copy the open file into its versions folder with SQLite's backup API; raise WriteError on failure."""
    if kind not in KINDS:
        raise ValueError(f"unknown version kind {kind!r}")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    folder = versions_dir(store.path)
    target = folder / f"{now.strftime(_STAMP)}-{kind}.jornada"
    tmp = folder / f".{target.name}.tmp"
    try:
        folder.mkdir(exist_ok=True)
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            dest.execute("BEGIN")
            for key, value in (("version_label", label[:500]), ("version_kind", kind),
                               ("version_created", now.isoformat()), ("version_of", store.path.name)):
                dest.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
            dest.execute("COMMIT")
        finally:
            dest.close()
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise WriteError(Sentence("The version could not be saved in “%1”: %2.", folder.name, why)) from None
    return Version(target, now, kind, label[:500])


def thin(created: Sequence[datetime], now: datetime, *, keep_last: int = KEEP_LAST,
         keep_days: int = KEEP_DAYS, keep_weeks: int = KEEP_WEEKS) -> set[int]:
    """Indexes of the times to keep: the newest `keep_last`, then the newest of each of the last
    `keep_days` days and of each of the last `keep_weeks` weeks (7-day spans back from `now`)."""
    order = sorted(range(len(created)), key=lambda i: created[i], reverse=True)
    keep = set(order[:keep_last])
    days: dict[date, int] = {}
    weeks: dict[int, int] = {}
    for i in order:  # newest first, so the first one met in a bucket is its newest
        age = now - created[i]
        day_age = (now.date() - created[i].date()).days
        if 0 <= day_age < keep_days:
            days.setdefault(created[i].date(), i)
        if timedelta(0) <= age < timedelta(weeks=keep_weeks):
            weeks.setdefault(age.days // 7, i)
    return keep | set(days.values()) | set(weeks.values())


def prune(path: Path, now: datetime | None = None) -> list[Version]:
    """Delete the automatic versions `thin` does not keep (manual ones stay); return those deleted."""
    now = (now or datetime.now(UTC)).astimezone()
    automatic = [v for v in list_versions(path, labels=False) if v.automatic]
    keep = thin([v.created.astimezone(now.tzinfo) for v in automatic], now)
    gone: list[Version] = []
    for i, version in enumerate(automatic):
        if i not in keep:
            try:
                version.path.unlink()
                gone.append(version)
            except OSError:
                pass
    return gone


def delete_version(version: Version) -> None:
    """Remove one version file (a person's choice in the versions dialog)."""
    try:
        version.path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise WriteError(Sentence("The version could not be deleted: %1.", exc.strerror or str(exc))) from None


def has_daily_version(path: Path, today: date | None = None) -> bool:
    """Whether a daily version was already taken today (local time)."""
    today = today or datetime.now().astimezone().date()
    return any(v.kind == DAILY and v.created.astimezone().date() == today
               for v in list_versions(path, labels=False))


def take_daily_version(store: Store, now: datetime | None = None) -> Version | None:
    """The version kept when a file opens, as `store.version_policy` says; thin the old ones.

    "daily" (a store's default): at the first opening of a day, the file as it was that morning;
    "on_open": the file as it was at every opening; "on_close" and "never": none. (The document
    calls this just after opening, or before the session's first write, whichever comes first.)
    """
    local_now = (now or datetime.now(UTC)).astimezone()
    policy = store.version_policy
    if store.read_only or policy not in (POLICY_DAILY, POLICY_ON_OPEN):
        return None
    if policy == POLICY_DAILY and has_daily_version(store.path, local_now.date()):
        return None
    version = save_version(store, "", DAILY if policy == POLICY_DAILY else OPENED, local_now)
    prune(store.path, local_now)
    return version


def take_closing_version(store: Store, policy: str | None = None, now: datetime | None = None) -> Version | None:
    """With the policy "on_close", keep the file as it is now, when this session changed it.

    Called just before the file closes (`follow_policy` makes the store call it); thins old ones.
    """
    policy = store.version_policy if policy is None else policy
    if policy != POLICY_ON_CLOSE or store.read_only or store.closed or not store.written:
        return None
    local_now = (now or datetime.now(UTC)).astimezone()
    version = save_version(store, "", CLOSED, local_now)
    prune(store.path, local_now)
    return version


def follow_policy(store: Store, policy: str | Callable[[], str]) -> None:
    """Keep versions of an open file as a snapshot policy says (one of POLICIES).

    `policy` may be a function, asked again when the file closes (a preference changed while the
    file was open counts). A version that cannot be kept at close does not stop the closing.
    """
    def current() -> str:
        value = policy() if callable(policy) else policy
        return value if value in POLICIES else POLICY_DAILY

    store.version_policy = current()

    def at_close() -> None:
        store.version_policy = current()
        with contextlib.suppress(WriteError, OSError):
            take_closing_version(store)

    store.before_close = at_close


def load_version(version: Version) -> Workspace:
    """A version's content, read with every check an untrusted file gets; raise OpenError."""
    store = Store.open(version.path, read_only=True)
    try:
        return store.load_workspace()
    finally:
        store.close()


def _card_depth(ws: Workspace, card_id: int) -> int:
    depth, seen = 0, {card_id}
    card = ws.get("cards", card_id)
    while card is not None and card.parent_id is not None and card.parent_id not in seen:
        seen.add(card.parent_id)
        card = ws.get("cards", card.parent_id)
        depth += 1
    return depth


def _ordered(ws: Workspace, table: str, ids: Iterable[int]) -> list[int]:
    """Ids parents first (notes after the cards they hang on)."""
    ids = sorted(ids)
    if table == "cards":
        ids.sort(key=lambda i: _card_depth(ws, i))
    return ids


def restore_ops(current: Workspace, target: Workspace) -> list[Op]:
    """The ops that turn `current` into `target` row for row, in an order every check accepts.

    Rows whose links changed (another journey, stage, lane, parent, …) or that only `current` has
    are deleted, with every row that refers to them, children first; then the rows `target` has
    and memory lacks are inserted, parents first; rows that differ only in plain values get an
    update. (An id can name different things in the two: ids freed by undo are used again.)
    """
    links = {table: [c for (t, c) in REFERENCES if t == table] for table in ENTITY_TABLES}
    doomed: set[tuple[str, int]] = set()
    pending: list[tuple[str, int]] = []
    updated: list[Op] = []
    for table in ENTITY_TABLES:
        have, want = current.tables[table], target.tables[table]
        columns = [c for c in ENTITY_BY_TABLE[table].columns() if c != "id"]
        for i, old in have.items():
            new = want.get(i)
            if new is None or any(getattr(old, c) != getattr(new, c) for c in links[table]):
                pending.append((table, i))
                continue
            changes = {c: getattr(new, c) for c in columns if getattr(old, c) != getattr(new, c)}
            if changes:
                updated.append(Update(table, i, changes))
    while pending:  # whatever refers to a leaving row leaves too (it comes back if target has it)
        key = pending.pop()
        if key not in doomed:
            doomed.add(key)
            pending.extend(current.referrers(*key))
    updated = [op for op in updated if (op.table, op.id) not in doomed]
    ops: list[Op] = []
    for table in reversed(ENTITY_TABLES):
        ids = [i for (t, i) in doomed if t == table]
        ops.extend(Delete(table, i) for i in reversed(_ordered(current, table, ids)))
    for table in ENTITY_TABLES:
        have, want = current.tables[table], target.tables[table]
        ids = [i for i in want if i not in have or (table, i) in doomed]
        ops.extend(Insert(table, want[i].to_row()) for i in _ordered(target, table, ids))
    ops.extend(updated)
    return ops


__all__ = [
    "BEFORE_IMPORT", "BEFORE_RESTORE", "CLOSED", "DAILY", "KINDS", "MANUAL", "OPENED", "POLICIES", "OpenError",
    "Version", "delete_version", "follow_policy", "has_daily_version", "list_versions", "load_version", "prune",
    "restore_ops", "save_version", "take_closing_version", "take_daily_version", "thin", "versions_dir",
]

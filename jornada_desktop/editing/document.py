"""The open document: the workspace in memory, the file, the lock and the undo stack of one session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jornada_desktop.editing.file_lock import FileLock, LockHolder
from jornada_desktop.editing.structure_lock import lock_violation
from jornada_desktop.messages import error_text, sentence_text
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store import OpenError, Store, StoreError, WriteError, snapshots
from jornada_desktop.store.schema import ENTITY_TABLES

# How long after opening the day's version is kept (the first frame is drawn by then).
DAILY_VERSION_DELAY_MS = 250


class LockedError(OpenError):
    """The file is open in another Jornada; `holder` says who holds it."""

    def __init__(self, message: str, holder: LockHolder | None, path: Path | None = None) -> None:
        super().__init__(message, "locked")
        self.holder = holder
        self.path = path


@dataclass
class ChangeSet:
    """What one applied edit touched: ids per table that were added, updated or removed."""

    ops: Sequence[Op]
    added: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    removed: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, ops: Sequence[Op]) -> ChangeSet:
        """Summarise a list of ops."""
        cs = cls(ops)
        for op in ops:
            if isinstance(op, Insert):
                cs.added.setdefault(op.table, set()).add(op.id)
                cs.removed.get(op.table, set()).discard(op.id)
            elif isinstance(op, Update):
                cs.updated.setdefault(op.table, set()).add(op.id)
            elif isinstance(op, Delete):
                cs.removed.setdefault(op.table, set()).add(op.id)
                cs.added.get(op.table, set()).discard(op.id)
        for table, ids in cs.removed.items():
            cs.updated.get(table, set()).difference_update(ids)
        return cs

    def touches(self, *tables: str) -> bool:
        """Whether any of these tables changed."""
        return any(t in self.added or t in self.updated or t in self.removed for t in tables)

    def ids(self, table: str) -> set[int]:
        """The ids of a table's rows that were added, updated or removed."""
        return self.added.get(table, set()) | self.updated.get(table, set()) | self.removed.get(table, set())

    def updated_columns(self, table: str) -> set[str]:
        """The columns an update of this table's rows changed (views skip work the rest does not need)."""
        return {name for op in self.ops if isinstance(op, Update) and op.table == table for name in op.changes}


class Document(QObject):
    """The only writer of a `.jornada` file: applies ops to the file, then to memory, then signals."""

    changed = Signal(object)  # ChangeSet, emitted after the edit is committed to the file
    write_failed = Signal(str)  # a sentence for the user; nothing was changed
    read_only_changed = Signal(bool)
    # ChangeSet of an edit that was refused or could not be written: memory is as it was before;
    # views that moved something ahead of the edit (a drag) put those ids back from `ws`.
    reverted = Signal(object)
    warning = Signal(str)  # a sentence about something that went wrong beside the edits (the day's version)

    def __init__(self, store: Store, workspace: Workspace, lock: FileLock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ws = workspace
        self.lock = lock
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        self.undo_stack.indexChanged.connect(self._resync_undo_stack)
        self._needs_resync = False
        self._resyncing = False
        self.last_write_error = ""
        self.startup_warnings: list[str] = []
        self._daily_pending = False  # the day's version is still to be kept (see `open`)
        try:
            self.meta_at_open = store.meta()
        except Exception:  # noqa: BLE001 - only used to label a copy; never stops the opening
            self.meta_at_open = {}

    # ---- opening and closing -----------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, parent: QObject | None = None,
             daily_version: bool = True, take_over_lock: bool = False) -> Document:
        """Open a file for editing (or read-only); raise OpenError with a sentence when it cannot.

        The first writable open of a day keeps a version of the file as it was (see snapshots).
        `take_over_lock` removes another holder's lock first: only when the person confirmed that
        the other Jornada is gone (for example a crashed computer on a shared folder).
        """
        path = Path(path)
        lock: FileLock | None = None
        store = Store.open(path, read_only=read_only)
        try:
            if not store.read_only:
                lock = FileLock(path)
                if not (lock.acquire() or (take_over_lock and lock.take_over())):
                    if lock.unusable():
                        raise OpenError(
                            f"“{path.name}” cannot be opened for editing: its lock “{lock.path.name}” cannot be "
                            "made beside it (something else has that name, or the folder cannot be written). "
                            "You can open it read-only.", "lock_unusable")
                    holder = lock.holder()
                    who = f" (process {holder.pid} on {holder.hostname})" if holder else ""
                    raise LockedError(
                        f"“{path.name}” is already open in another Jornada window{who}. "
                        "You can open it read-only.",
                        holder,
                        path,
                    )
            workspace = store.load_workspace()
        except BaseException:
            store.close()
            if lock is not None:
                lock.release()
            raise
        document = cls(store, workspace, lock, parent)
        if store.notice:  # a crash recovered: the window says so
            document.startup_warnings.append(sentence_text(store.notice))
        if daily_version and not store.read_only:
            # The day's version is the file as it was: kept just after the map is on screen (copying
            # a big file takes longer than drawing it), and in any case before this session's
            # first write or at close, whichever comes first.
            document._daily_pending = True
            store.before_first_write = document.keep_daily_version
            QTimer.singleShot(DAILY_VERSION_DELAY_MS, document, document.keep_daily_version)
        return document

    def keep_daily_version(self) -> None:
        """Keep the day's version of the file now, if it is still to be kept (see `open`)."""
        if not self._daily_pending:
            return
        self._daily_pending = False
        self.store.before_first_write = None
        try:
            snapshots.take_daily_version(self.store)
        except StoreError as exc:  # the file is open anyway: say it
            self.startup_warnings.append(error_text(exc))
            self.warning.emit(error_text(exc))

    @property
    def path(self) -> Path:
        """The file's path."""
        return self.store.path

    @property
    def read_only(self) -> bool:
        """Whether edits are refused."""
        return self.store.read_only

    def close(self) -> None:
        """Close the file and release the lock (every edit is already in the file)."""
        try:
            if not self.store.closed:
                self.keep_daily_version()  # (a file opened and closed untouched is kept too)
        finally:  # whatever happened to the version, the file is closed and its lock released
            self.undo_stack.clear()
            self.store.close()
            if self.lock is not None:
                self.lock.release()

    # ---- the write path -------------------------------------------------
    def apply(self, ops: Sequence[Op]) -> list[Op]:
        """Check ops on the model, commit them to the file, then signal; return their inverse.

        Raises ValidationError (nothing changed) or WriteError (memory rolled back to the file).
        """
        if not ops:
            return []
        if self.read_only:
            raise WriteError(Sentence("This file is open read-only; the change was not saved."), "read_only_file")
        locked = lock_violation(self.ws, ops)
        if locked:  # stages and lanes of a journey in a workshop stay put, whoever asks
            self.reverted.emit(ChangeSet.of(ops))
            raise ValidationError([locked])
        try:
            inverse = self.ws.apply(ops)
        except ValidationError:
            self.reverted.emit(ChangeSet.of(ops))
            raise
        try:
            self.store.apply(ops)
        except BaseException as exc:
            self.ws.apply(inverse)
            if isinstance(exc, WriteError):
                self.last_write_error = str(exc)
            self.reverted.emit(ChangeSet.of(ops))
            raise
        self.changed.emit(ChangeSet.of(ops))
        return inverse

    def push(self, text: str, ops: Sequence[Op], *, keep_version: str | None = None,
             merge_key: object = None) -> bool:
        """Apply ops as one undoable step named `text`; False (and a message) when nothing was saved.

        `keep_version` (a kind from store.snapshots, e.g. "before_import") keeps a version of the
        file first; when that version cannot be saved, nothing is applied.
        `merge_key` (any hashable, e.g. one per field being typed into) folds this edit into the
        step on top of the stack when that step has the same key: text saved while typing, a
        pause at a time, stays one undo step.
        """
        if not ops:
            return False
        if keep_version is not None and not self.read_only:
            try:
                self.save_version("", keep_version)
            except StoreError as exc:
                self.write_failed.emit(error_text(exc) + " " + QCoreApplication.translate(
                    "Document", "The change was not made, so that it can be undone safely."))
                return False
        command = OpsCommand(self, text, list(ops), merge_key)
        self.undo_stack.push(command)
        return command.ok

    def _resync_undo_stack(self, index: int) -> None:
        """After an undo or redo failed to write, move the stack's index back to the file's state."""
        if not self._needs_resync or self._resyncing:
            return
        self._needs_resync = False
        stack = self.undo_stack
        target = stack.count()
        for i in range(stack.count()):
            if not _is_applied(stack.command(i), i < index):
                target = i
                break
        if target != index:
            self._resyncing = True
            try:
                stack.setIndex(target)  # the commands' redo/undo are no-ops: they know their state
            finally:
                self._resyncing = False

    # ---- copies and versions ---------------------------------------------
    def save_copy(self, path: str | Path) -> Path:
        """Write the workspace in memory to a new file (works when the open file is gone).

        Raises OpenError with a sentence; an existing file at `path` is replaced only once the copy
        is complete, and never the open file itself.
        """
        path = Path(path)
        try:
            same = path.exists() and self.path.exists() and path.samefile(self.path)
        except OSError:
            same = False
        if same:
            raise OpenError(f"“{path.name}” is the open file itself; choose another name for the copy.",
                            "exists")
        rows = {t: self.ws.rows(t) for t in ENTITY_TABLES}
        meta = {k: v for k, v in self.meta_at_open.items() if not k.startswith("version_")}
        target = path if not path.exists() else path.with_name(f".{path.name}.saving")
        if target != path:
            target.unlink(missing_ok=True)
        Store.create(target, rows, meta).close()
        if target != path:
            try:
                target.replace(path)
            except OSError as exc:
                target.unlink(missing_ok=True)
                raise OpenError(f"“{path.name}” could not be replaced ({exc.strerror or exc}).",
                                "create_failed") from None
        return path

    def save_version(self, label: str = "", kind: str = snapshots.MANUAL) -> snapshots.Version:
        """Keep a labelled version of the file beside it (raises WriteError with a sentence)."""
        self.keep_daily_version()  # (the day's one first, when it is still to be kept)
        self.store.ensure_in_place()
        version = snapshots.save_version(self.store, label, kind)
        snapshots.prune(self.path)
        return version

    def restore_version(self, version: snapshots.Version, text: str) -> bool:
        """Make the file equal to a version as one undoable step, after keeping the present state.

        Raises OpenError when the version cannot be read, WriteError when the present cannot be kept.
        """
        target = snapshots.load_version(version)
        ops = snapshots.restore_ops(self.ws, target)
        if not ops:
            return True
        self.save_version(version.label, snapshots.BEFORE_RESTORE)
        return self.push(text, ops)


def _restores_present(ws: Workspace, ops: Sequence[Op]) -> bool:
    """Whether applying `ops` would leave every row as it is now (edit times aside)."""
    rows: dict[tuple[str, int], dict | None] = {}

    def present(table: str, row_id: int) -> dict | None:
        entity = ws.get(table, row_id)
        return None if entity is None else {k: getattr(entity, k) for k in entity.__dataclass_fields__}

    for op in ops:
        key = (op.table, op.id)
        state = rows[key] if key in rows else present(*key)
        if isinstance(op, Insert):
            state = dict(op.row)
        elif isinstance(op, Delete):
            state = None
        elif state is not None:
            state = {**state, **op.changes}
        rows[key] = state
    ignored = {"updated_at", "created_at"}
    for (table, row_id), state in rows.items():
        now = present(table, row_id)
        if (state is None) != (now is None):
            return False
        if state is not None and now is not None and any(
                state.get(k) != v for k, v in now.items() if k not in ignored):
            return False
    return True


def _is_applied(command: QUndoCommand, default: bool) -> bool:
    """Whether a command's effect is in the file (for macros: any of their edits)."""
    if isinstance(command, OpsCommand):
        return command.applied
    children = [command.child(i) for i in range(command.childCount())]
    known = [c.applied for c in children if isinstance(c, OpsCommand)]
    return any(known) if known else default


class OpsCommand(QUndoCommand):
    """One undoable edit: row ops forward, and their inverse recorded when first applied.

    `applied` says whether the edit is in the file. When an undo or redo cannot be written, the
    command stays as it was and the document moves the stack's index back, calling redo/undo
    again, which do nothing because `applied` already matches.
    """

    # Qt merges a pushed command into the one on top when both give the same id(): every command
    # with a merge key answers this id, and mergeWith then compares the keys themselves.
    MERGE_ID = 0x4A52

    def __init__(self, document: Document, text: str, ops: list[Op], merge_key: object = None) -> None:
        super().__init__(text)
        self.document = document
        self.forward = ops
        self.backward: list[Op] = []
        self.ok = False
        self.applied = False
        self._pushed = False
        self.merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt override
        """The merge id (-1: never merged)."""
        return -1 if self.merge_key is None else self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        """Fold a later edit with the same merge key into this one (both are in the file)."""
        if (not isinstance(other, OpsCommand) or other.merge_key is None or other.merge_key != self.merge_key
                or not (self.applied and other.applied)):
            return False
        # Undoing the pair undoes the later edit first; redo is recomputed by the next undo.
        self.backward = [*other.backward, *self.backward]
        self.forward = [*self.forward, *other.forward]
        if _restores_present(self.document.ws, self.backward):
            self.setObsolete(True)  # typed and put back (or added and discarded): no step at all
        return True

    def _run(self, ops: list[Op]) -> list[Op] | None:
        try:
            return self.document.apply(ops)
        except (WriteError, ValidationError) as exc:
            if not self._pushed:
                self.setObsolete(True)  # a first try that failed never enters the stack
            else:
                self.document._needs_resync = True
            self.document.write_failed.emit(error_text(exc))
            return None

    def redo(self) -> None:
        """Apply the edit (first time from push, later from redo)."""
        if self.applied:
            return
        result = self._run(self.forward)
        self._pushed = True
        if result is not None:
            self.backward = result
            self.ok = self.applied = True
        else:
            self.ok = False

    def undo(self) -> None:
        """Apply the inverse of the edit."""
        if not self.applied:
            return
        result = self._run(self.backward)
        if result is not None:
            self.forward = result
            self.applied = False

"""The open document: the workspace in memory, the file, the lock and the undo stack of one session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jornada_desktop.editing.file_lock import FileLock, LockHolder
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.ops import Delete, Insert, Op, Update
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store import OpenError, Store, WriteError


class LockedError(OpenError):
    """The file is open in another Jornada; `holder` says who holds it."""

    def __init__(self, message: str, holder: LockHolder | None) -> None:
        super().__init__(message, "locked")
        self.holder = holder


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


class Document(QObject):
    """The only writer of a `.jornada` file: applies ops to the file, then to memory, then signals."""

    changed = Signal(object)  # ChangeSet, emitted after the edit is committed to the file
    write_failed = Signal(str)  # a sentence for the user; nothing was changed
    read_only_changed = Signal(bool)

    def __init__(self, store: Store, workspace: Workspace, lock: FileLock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ws = workspace
        self.lock = lock
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)

    # ---- opening and closing -----------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, parent: QObject | None = None) -> Document:
        """Open a file for editing (or read-only); raise OpenError with a sentence when it cannot."""
        path = Path(path)
        lock: FileLock | None = None
        store = Store.open(path, read_only=read_only)
        try:
            if not store.read_only:
                lock = FileLock(path)
                if not lock.acquire():
                    holder = lock.holder()
                    who = f" (process {holder.pid} on {holder.hostname})" if holder else ""
                    raise LockedError(
                        f"“{path.name}” is already open in another Jornada window{who}. "
                        "You can open it read-only.",
                        holder,
                    )
            workspace = store.load_workspace()
        except BaseException:
            store.close()
            if lock is not None:
                lock.release()
            raise
        return cls(store, workspace, lock, parent)

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
            raise WriteError("This file is open read-only; the change was not saved.")
        inverse = self.ws.apply(ops)
        try:
            self.store.apply(ops)
        except BaseException:
            self.ws.apply(inverse)
            raise
        self.changed.emit(ChangeSet.of(ops))
        return inverse

    def push(self, text: str, ops: Sequence[Op]) -> bool:
        """Apply ops as one undoable step named `text`; False (and a message) when nothing was saved."""
        if not ops:
            return False
        command = OpsCommand(self, text, list(ops))
        self.undo_stack.push(command)
        return command.ok


class OpsCommand(QUndoCommand):
    """One undoable edit: row ops forward, and their inverse recorded when first applied."""

    def __init__(self, document: Document, text: str, ops: list[Op]) -> None:
        super().__init__(text)
        self.document = document
        self.forward = ops
        self.backward: list[Op] = []
        self.ok = False

    def _run(self, ops: list[Op]) -> list[Op] | None:
        try:
            return self.document.apply(ops)
        except (WriteError, ValidationError) as exc:
            self.setObsolete(True)
            self.document.write_failed.emit(str(exc))
            return None

    def redo(self) -> None:
        """Apply the edit (first time from push, later from redo)."""
        result = self._run(self.forward)
        if result is not None:
            self.backward = result
            self.ok = True
        else:
            self.ok = False

    def undo(self) -> None:
        """Apply the inverse of the edit."""
        result = self._run(self.backward)
        if result is not None:
            self.forward = result

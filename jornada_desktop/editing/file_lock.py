"""One Jornada per file: a QLockFile beside the open file; a stale lock from a crash is taken over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class LockHolder:
    """Who holds a file's lock: process id, host, application and since when (UTC)."""

    pid: int
    hostname: str
    app: str
    since: datetime | None


def lock_path(path: Path) -> Path:
    """The lock file of a document (beside it, removed when it is closed)."""
    return path.with_name(path.name + ".lock")


class FileLock:
    """The lock that keeps a second Jornada from writing the same file."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(Path(path))
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone (checked by Qt)

    def acquire(self) -> bool:
        """Take the lock now (taking over a stale one); False when another live process holds it."""
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError and self._lock.removeStaleLockFile():
            return self._lock.tryLock(0)
        return False

    def unusable(self) -> bool:
        """Whether the lock cannot be taken at all (a folder in its place, a folder that cannot be
        written), as opposed to another Jornada holding it."""
        return self.path.is_dir() or self._lock.error() == QLockFile.LockError.PermissionError

    def holder(self) -> LockHolder | None:
        """Who holds the lock now, if anyone else does."""
        info = self._lock.getLockInfo()
        # PySide6 returns (pid, hostname, appname), or a leading success flag in some versions.
        if len(info) == 4:
            ok, pid, host, app = info
            if not ok:
                return None
        else:
            pid, host, app = info
        if not pid:
            return None
        try:
            since = datetime.fromtimestamp(self.path.stat().st_mtime, UTC)
        except OSError:
            since = None
        return LockHolder(int(pid), str(host), str(app), since)

    def take_over(self) -> bool:
        """Remove another holder's lock and take it (only when the person says that holder is gone)."""
        self.path.unlink(missing_ok=True)
        return self._lock.tryLock(0)

    def release(self) -> None:
        """Give the lock back."""
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._lock.isLocked()

"""Atomic writes: every export goes to a temporary file beside the target, then is renamed into place."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from jornada_desktop.exports.errors import ExportError
from jornada_desktop.model.sentences import Phrase, Sentence

_REASONS = {
    errno.EACCES: Phrase("permission denied"),
    errno.EPERM: Phrase("permission denied"),
    errno.ENOSPC: Phrase("the disk is full"),
    errno.EROFS: Phrase("the disk is read-only"),
    errno.ENOENT: Phrase("the folder does not exist"),
    errno.EISDIR: Phrase("a folder has that name"),
    errno.ENOTDIR: Phrase("part of the path is not a folder"),
    errno.ENAMETOOLONG: Phrase("the name is too long"),
}


def describe_os_error(path: Path, exc: OSError) -> Sentence:
    """A sentence saying why a file could not be written (the system's own words when it is unusual)."""
    reason = _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return Sentence("“%1” could not be written: %2. Any previous file there was left as it was.",
                    Path(path).name, reason)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success rename it over `target`, else delete it.

    A failure (an exception inside the block or a failed rename) leaves any previous file at
    `target` untouched and no temporary file behind; OS errors become ExportError sentences.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}.", suffix=f".tmp{target.suffix}",
                                        dir=folder)
    except OSError as exc:
        raise ExportError(describe_os_error(target, exc)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise ExportError(Sentence("“%1” could not be written: nothing was produced.", target.name))
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise ExportError(describe_os_error(target, exc)) from exc
    except BaseException:
        _discard(tmp)
        raise


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def write_atomically(target: str | Path, writer: Callable[[Path], None]) -> Path:
    """Call `writer(temp_path)` and move the result to `target` atomically; return `target`."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)


def write_bytes_atomically(target: str | Path, data: bytes) -> Path:
    """Write bytes to `target` atomically."""
    return write_atomically(target, lambda tmp: tmp.write_bytes(data))

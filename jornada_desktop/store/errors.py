"""Errors of the store: each carries one sentence a person understands."""

from __future__ import annotations


class StoreError(Exception):
    """Base of the store's errors; `str(error)` is the sentence to show."""


class OpenError(StoreError):
    """The file cannot be opened as a Jornada document; `reason` is a stable code for tests."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class WriteError(StoreError):
    """An edit could not be written; the file was left as it was before the edit.

    `reason` is a stable code (disk_full, read_only, unreachable, busy, moved, replaced, other) and
    `name` the file's name, so the interface can say it in its own language.
    """

    def __init__(self, message: str, reason: str = "other", name: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.name = name

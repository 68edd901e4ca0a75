"""Errors of the exports layer: each carries one sentence a person understands."""

from __future__ import annotations


class ExportError(Exception):
    """An export or import could not be done; `str(error)` is the sentence to show."""

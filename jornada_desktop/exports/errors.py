"""Errors of the exports layer: each carries one sentence a person understands."""

from __future__ import annotations


class ExportError(Exception):
    """An export or import could not be done; `str(error)` is the sentence to show.

    The sentence is a `model.sentences.Sentence` (English, with its template), so that the
    interface can show it in its own language: `jornada_desktop.messages.error_text(error)`.
    """


class JourneyNotChosen(ExportError):
    """An import cannot tell which journey of the file the data belongs to: the caller may choose one."""


class WrongMap(ExportError):
    """A workbook exported from another file or journey (or that does not say which): its rows are
    not matched by id. Importing it anyway is a separate choice that matches rows by their content."""

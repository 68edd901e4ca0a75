"""Sentences from the layers below the UI, in the interface's language.

The model and the store have no Qt and speak English; each OpenError carries a stable `reason`.
Where the interface is not English, the sentence for that reason is translated here, with the
file's name; the English sentence (which may name a table or a version) stays as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

CONTEXT = "OpenError"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# reason -> sentence with %1 for the file's name (the texts are extracted for translation)
_SENTENCES = {
    "missing": lambda: _tr("The file %1 does not exist (it may have been moved or deleted)."),
    "directory": lambda: _tr("%1 is a folder, not a Jornada file."),
    "permission": lambda: _tr("You do not have permission to read %1."),
    "unreadable": lambda: _tr("%1 could not be read."),
    "empty": lambda: _tr("%1 is empty (0 bytes); it is not a Jornada file."),
    "not_sqlite": lambda: _tr("%1 is not a Jornada file (it is not an SQLite database)."),
    "corrupt": lambda: _tr("%1 is damaged and cannot be read."),
    "foreign_app": lambda: _tr("%1 is an SQLite database of another application, not a Jornada file."),
    "foreign_objects": lambda: _tr("%1 contains parts Jornada never makes; it was not opened, for safety."),
    "missing_table": lambda: _tr("%1 is incomplete: a table Jornada needs is missing."),
    "missing_column": lambda: _tr("%1 is incomplete: a column Jornada needs is missing."),
    "bad_data": lambda: _tr("%1 holds invalid data."),
    "newer": lambda: _tr("%1 was saved by a newer version of Jornada. Please update Jornada."),
    "exists": lambda: _tr("%1 already exists; choose another name."),
    "missing_folder": lambda: _tr("The folder of %1 does not exist."),
    "create_failed": lambda: _tr("%1 could not be created."),
}


def open_error_text(error: Exception, path: str | Path | None = None) -> str:
    """The sentence for a file that could not be opened, in the interface's language."""
    make = _SENTENCES.get(getattr(error, "reason", ""))
    probe = "%1 could not be read."
    if make is None or path is None or _tr(probe) == probe:
        return str(error)  # an English interface keeps the detailed sentence of the store
    return make().replace("%1", Path(path).name)

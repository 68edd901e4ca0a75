"""Sentences from the layers below the UI, in the interface's language.

The model, the store and the exports have no Qt and speak English. Two ways bring their
sentences into the interface's language:

- each OpenError and WriteError carries a stable `reason`; where the interface is not English,
  the sentence for that reason is translated here, with the file's name;
- an ExportError's sentence and a ValidationError's messages are `model.sentences.Sentence`s,
  which keep their English template and values: `error_text` translates the template (collected
  from the code by `tools/ts_fill.py extract`) and puts the values back, numbers the locale's way.

An English interface keeps the detailed English sentence as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from jornada_desktop.model.sentences import Phrase, capitalised, fill

CONTEXT = "Messages"  # no entries of its own: the translator falls back to the common ones


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
    "special_file": lambda: _tr("%1 is not a regular file (it is a pipe, a device or a socket); it was not opened."),
    "unrecoverable": lambda: _tr("%1 was left unfinished by a crash, and what was left beside it could not be "
                                 "used to recover it. The file and what is beside it were left as they were; "
                                 "open a version of the file, or ask for help."),
    "busy": lambda: _tr("%1 is being changed by another program right now; try again in a moment."),
    "lock_unusable": lambda: _tr("%1 cannot be opened for editing: its lock cannot be made beside it (something "
                                 "else has that name, or the folder cannot be written). You can open it read-only."),
    "name_too_long": lambda: _tr("The name %1 is too long: Jornada keeps files beside the map with longer "
                                 "names; choose a shorter name."),
}


_WRITE_SENTENCES = {
    "disk_full": lambda: _tr("The change could not be saved to %1: the disk is full. Nothing was changed."),
    "read_only": lambda: _tr("The change could not be saved to %1: the file cannot be written any more "
                             "(it became read-only). Nothing was changed."),
    "unreachable": lambda: _tr("The change could not be saved to %1: the file or its folder is no longer "
                               "reachable (moved, deleted or on a lost drive). Nothing was changed."),
    "busy": lambda: _tr("The change could not be saved to %1: another program is using the file. "
                        "Nothing was changed."),
    "moved": lambda: _tr("%1 was moved or deleted while it was open, so the change was not saved. "
                         "Use “Save a copy as…” to keep your work."),
    "replaced": lambda: _tr("%1 was replaced by another file while it was open, so the change was not saved. "
                            "Use “Save a copy as…” to keep your work."),
}


def _english_interface() -> bool:
    probe = "%1 could not be read."
    return _tr(probe) == probe


def open_error_text(error: Exception, path: str | Path | None = None) -> str:
    """The sentence for a file that could not be opened, in the interface's language."""
    make = _SENTENCES.get(getattr(error, "reason", ""))
    if make is None or path is None or _english_interface():
        return str(error)  # an English interface keeps the detailed sentence of the store
    return make().replace("%1", f"“{Path(path).name}”")


def write_error_text(error: Exception) -> str:
    """The sentence for an edit that could not be saved, in the interface's language."""
    make = _WRITE_SENTENCES.get(getattr(error, "reason", ""))
    name = getattr(error, "name", "")
    if make is None or not name or _english_interface():
        return str(error)
    return make().replace("%1", f"“{name}”")


def _translated(value: object) -> str:
    if isinstance(value, Phrase):
        text = fill(_tr(value.template), [_translated(a) for a in value.args])
        return capitalised(text) if value.capital else text
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def sentence_text(sentence: str) -> str:
    """A sentence of the layers below in the interface's language (any other text as it is)."""
    if not isinstance(sentence, Phrase) or _english_interface():
        return str(sentence)
    return _translated(sentence)


def error_text(error: BaseException) -> str:
    """The sentence of an error of the layers below (ExportError, ValidationError, WriteError…),
    in the interface's language."""
    if getattr(error, "reason", "") in _WRITE_SENTENCES:
        return write_error_text(error)
    messages = getattr(error, "messages", None)
    if isinstance(messages, list) and messages:
        texts = [sentence_text(m) for m in messages]
        whole = all(t.endswith((".", "?", "!")) for t in texts)  # whole sentences: one after the other
        return (" " if whole else "; ").join(texts)
    if len(error.args) == 1 and isinstance(error.args[0], Phrase):
        return sentence_text(error.args[0])
    return str(error)

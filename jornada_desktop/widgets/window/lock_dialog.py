"""The question shown when a file is open in another Jornada: who holds it, since when, what to do."""

from __future__ import annotations

import socket
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from jornada_desktop.editing.file_lock import LockHolder


class LockChoice(Enum):
    """What the person chose for a locked file."""

    CANCEL = "cancel"
    READ_ONLY = "read_only"
    TAKE_OVER = "take_over"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LockDialog", text)


def holder_text(holder: LockHolder | None) -> str:
    """One sentence about the holder of a lock: process, computer and since when."""
    if holder is None:
        return _tr("Another Jornada window is using it.")
    same_host = holder.hostname in ("", socket.gethostname())
    where = _tr("on this computer") if same_host else _tr("on the computer “%1”").replace("%1", holder.hostname)
    text = _tr("It is open in another Jornada window (process %1, %2)").replace("%1", str(holder.pid))
    text = text.replace("%2", where)
    if holder.since is not None:
        since = QDateTime.fromSecsSinceEpoch(int(holder.since.timestamp())).toLocalTime()
        text += _tr(" since %1").replace("%1", QLocale().toString(since, QLocale.FormatType.ShortFormat))
    return text + "."


def ask_about_lock(parent: QWidget | None, file_name: str, holder: LockHolder | None) -> LockChoice:
    """Ask what to do with a locked file: open read-only (the default), take over, or cancel.

    Taking over is offered only when the holder is on another computer (a crash there leaves a lock
    this computer cannot check); a lock of a dead process on this computer is taken over silently.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("File in use"))
    box.setText(_tr("“%1” is already open for editing.").replace("%1", file_name))
    box.setInformativeText(
        holder_text(holder) + " " + _tr("You can open it read-only now and edit it when the other window closes.")
    )
    read_only = box.addButton(_tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    take_over = None
    if holder is not None and holder.hostname not in ("", socket.gethostname()):
        take_over = box.addButton(_tr("&Take over (the other computer is off)"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.setObjectName("lockQuestion")
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if take_over is not None and clicked is take_over:
        return LockChoice.TAKE_OVER
    return LockChoice.CANCEL

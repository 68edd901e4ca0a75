"""Asked before a backlog import whose workbook lost rows: which rows, and whether to delete them here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class DeletionsDialog(QDialog):
    """Asked before a backlog import whose workbook lost rows: the rows, and whether to delete them."""

    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        from jornada_desktop.exports.backlog_import import short_value

        super().__init__(parent)
        self.setObjectName("backlogDeletions")
        self.setWindowTitle(self.tr("Import backlog"))
        doomed = result.deletable()
        kept = [m for m in result.missing if m.changed_here]
        intro = QLabel(self.tr("%n improvement(s) of this journey are no longer in the workbook: their rows "
                               "were deleted there.", "", len(result.missing)))
        intro.setWordWrap(True)
        listing = QPlainTextEdit()
        listing.setReadOnly(True)
        listing.setPlainText("\n".join(f"{m.improvement_id}  {short_value(m.title)}"
                                        + ("  " + self.tr("(changed here since the export: kept)") if m.changed_here
                                           else "") for m in result.missing))
        listing.setMaximumHeight(160)
        listing.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the keyboard starts on the choice
        self.delete_box = QCheckBox(self.tr("&Delete the %n improvement(s) here too", "", len(doomed)))
        self.delete_box.setChecked(False)
        note = QLabel(self.tr("A version of the file is kept before the import, and Undo takes it back."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listing)
        layout.addWidget(self.delete_box)
        if kept:
            layout.addWidget(QLabel(self.tr("Improvements changed here since the export are never deleted.")))
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.delete_box.setFocus()

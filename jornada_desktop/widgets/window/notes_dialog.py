"""The notes attached to one card: read, add, edit and delete them (each an undoable edit)."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.commands import JourneyEditor


class NotesDialog(QDialog):
    """A card's sticky notes, edited through the journey editor."""

    def __init__(self, editor: JourneyEditor, card_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.card_id = card_id
        card = editor.ws.get("cards", card_id)
        self.setWindowTitle(self.tr("Notes on “%1”").replace("%1", card.title if card else ""))
        self.resize(460, 420)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._show_current)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setPlaceholderText(self.tr("Write a note…"))
        self.add_button = QPushButton(self.tr("&Add as new note"))
        self.add_button.clicked.connect(self._add)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(self._save)
        self.delete_button = QPushButton(self.tr("&Delete note"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Notes attached to this card:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(close)
        editor.document.changed.connect(self._changed)
        self._fill()

    def _fill(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for note in self.editor.ws.notes_of(self.card_id):
            item = QListWidgetItem(note.body or note.title)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
            if note.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has = self.list.currentItem() is not None
        self.save_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _changed(self, _change: Any) -> None:
        current = self.list.currentItem()
        if self.editor.ws.get("cards", self.card_id) is None:
            self.reject()
            return
        self._fill(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _show_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            note = self.editor.ws.get("cards", item.data(Qt.ItemDataRole.UserRole))
            self.text.setPlainText(note.body if note else "")
        self.save_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)

    def _add(self) -> None:
        note_id = self.editor.add_note(self.card_id, self.text.toPlainText())
        if note_id is not None:
            self.text.clear()
            self._fill(note_id)

    def _save(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.text.toPlainText().strip():
            self.editor.edit_note(item.data(Qt.ItemDataRole.UserRole), self.text.toPlainText())

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.editor.delete_note(item.data(Qt.ItemDataRole.UserRole))
            self.text.clear()

    def done(self, result: int) -> None:
        """Stop following the document when closed."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.editor.document.changed.disconnect(self._changed)
        super().done(result)

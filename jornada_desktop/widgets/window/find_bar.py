"""The find bar (Ctrl+F): type to search a journey's cards, notes, improvements and quotes; step through hits."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.icons import icon
from jornada_desktop.model.search import Match, find, step


class FindBar(QFrame):
    """A bar under the canvas: a search field, previous/next, the hit count and a close button."""

    match_selected = Signal(object)  # Match: the hit to show (select the card / improvement)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.document: Document | None = None
        self.journey_id: int | None = None
        self.matches: list[Match] = []
        self.current = -1
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.previous_button = QToolButton()
        self.previous_button.setIcon(icon("previous"))
        self.next_button = QToolButton()
        self.next_button.setIcon(icon("next"))
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("close"))
        self.find_label = QLabel()
        self.find_label.setBuddy(self.field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.find_label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addStretch(0)
        layout.addWidget(self.close_button)
        self._retranslate()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _text: self._debounce.start())
        self.field.returnPressed.connect(self._return_pressed)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        for keys, slot in ((QKeySequence.StandardKey.FindNext, self.next),
                           (QKeySequence.StandardKey.FindPrevious, self.previous)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_count()

    def _retranslate(self) -> None:
        self.find_label.setText(self.tr("&Find:"))
        self.field.setPlaceholderText(self.tr("Find in cards, notes, improvements and quotes"))
        self.field.setAccessibleName(self.tr("Find text"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self._update_count()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language switch."""
        if event.type() == event.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ---- context -------------------------------------------------------------
    def set_context(self, document: Document | None, journey_id: int | None) -> None:
        """Search this document's journey from now on (refreshes the hits)."""
        if self.document is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.document.changed.disconnect(self._document_changed)
        self.document = document
        self.journey_id = journey_id
        if document is not None:
            document.changed.connect(self._document_changed)
        self.search()

    def _document_changed(self, change: ChangeSet) -> None:
        if self.isVisible() and self.field.text() and change.touches("cards", "improvements", "quotes"):
            self.search(keep_position=True)

    # ---- searching -----------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with the field focused and its text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.search()

    def close_bar(self) -> None:
        """Hide the bar."""
        self.hide()
        self.closed.emit()

    def search(self, keep_position: bool = False) -> list[Match]:
        """Run the search for the field's text; select the first hit (or keep the current one)."""
        self._debounce.stop()
        previous = self.matches[self.current] if keep_position and 0 <= self.current < len(self.matches) else None
        if self.document is None or self.journey_id is None:
            self.matches = []
        else:
            self.matches = find(self.document.ws, self.journey_id, self.field.text())
        self.current = -1
        if previous is not None and previous in self.matches:
            self.current = self.matches.index(previous)
        elif self.matches and not keep_position:
            self.current = 0
            self.match_selected.emit(self.matches[0])
        self._update_count()
        return self.matches

    def next(self) -> Match | None:
        """Go to the next hit (wrapping around)."""
        return self._go(True)

    def previous(self) -> Match | None:
        """Go to the previous hit (wrapping around)."""
        return self._go(False)

    def _go(self, forward: bool) -> Match | None:
        if self._debounce.isActive():  # typed but not searched yet: the first hit is the next one
            self.search()
            return self.current_match()
        self.current = step(len(self.matches), self.current, forward)
        self._update_count()
        match = self.current_match()
        if match is not None:
            self.match_selected.emit(match)
        return match

    def current_match(self) -> Match | None:
        """The hit being shown, if any."""
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    def _return_pressed(self) -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous()
        else:
            self.next()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Esc closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _update_count(self) -> None:
        has_text = bool(self.field.text().strip())
        if not self.matches:
            text = self.tr("No matches") if has_text else ""
        else:
            locale = QLocale()
            text = self.tr("%1 of %2").replace("%1", locale.toString(self.current + 1)).replace(
                "%2", locale.toString(len(self.matches)))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        self.next_button.setEnabled(bool(self.matches))
        self.previous_button.setEnabled(bool(self.matches))

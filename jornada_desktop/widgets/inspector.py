"""The inspector: every field of the selected card (title, description, channel, department, emotion,
evidence, colour, persona, kind), each committed as one undoable edit when it is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.canvas.painting import channel_icon, face_icon, kind_icon
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import Card
from jornada_desktop.model.workspace import Workspace


class _TextEdit(QPlainTextEdit):
    """A multi-line editor that reports when it is left."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Leaving commits."""
        super().focusOutEvent(event)
        self.left.emit()


class Inspector(QWidget):
    """Shows one card's fields and emits the changes typed into them."""

    changes_requested = Signal(int, dict)  # card id, {field: value}
    notes_requested = Signal(int)  # card id

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.lang = lang
        self.card: Card | None = None
        self._filling = False
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Select a card to see and edit its details."))
        self.placeholder.setWordWrap(True)  # a narrow panel wraps it instead of scrolling sideways
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setStyleSheet("color:#52606D; padding:8px;")
        self.stack.addWidget(self.placeholder)
        # The card's form (~70 widgets, ~25 ms with the style sheet) is built when the first card
        # is shown: at start-up nothing is selected.
        self.form: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def ensure_form(self) -> QWidget:
        """The card's form, built on first use."""
        if self.form is None:
            self.form = self._build_form()
            self.stack.addWidget(self.form)
        return self.form

    def _build_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for code in v.CARD_KINDS:
            self.kind.addItem(kind_icon(code, 18), v.label(v.CARD_KINDS, code, self.lang), code)
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind.currentData()))
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self._commit_text("title", self.title.text()))
        self.body = _TextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(70)
        self.body.left.connect(lambda: self._commit("body", self.body.toPlainText()))
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.channel.addItem("", None)
        for code in v.CHANNELS:
            self.channel.addItem(channel_icon(code), v.label(v.CHANNELS, code, self.lang), code)
        self.channel.activated.connect(lambda _i: self._commit_channel())
        self.channel.lineEdit().editingFinished.connect(self._commit_channel)
        self.department = QLineEdit()
        self.department.editingFinished.connect(lambda: self._commit("department", self.department.text().strip()))
        self.emotion = QComboBox()
        self.emotion.addItem(self.tr("No emotion"), None)
        for value in range(2, -3, -1):
            self.emotion.addItem(face_icon(value), f"{v.emotion_label(value, self.lang)} ({value:+d})", value)
        self.emotion.activated.connect(lambda _i: self._commit("emotion", self.emotion.currentData()))
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("Not stated"), None)
        for code in v.EVIDENCE:
            self.evidence.addItem(v.label(v.EVIDENCE, code, self.lang), code)
        self.evidence.activated.connect(lambda _i: self._commit("evidence", self.evidence.currentData()))
        self.persona = QComboBox()
        self.persona.activated.connect(lambda _i: self._commit("persona_id", self.persona.currentData()))
        self.color_button = QPushButton()
        self.color_button.setAccessibleName(self.tr("Card colour"))
        self.color_button.clicked.connect(self._pick_color)
        self.color_reset = QPushButton(self.tr("Automatic"))
        self.color_reset.clicked.connect(lambda: self._commit("color", None))
        colors = QHBoxLayout()
        colors.setContentsMargins(0, 0, 0, 0)
        colors.addWidget(self.color_button, 1)
        colors.addWidget(self.color_reset)
        self.notes_button = QPushButton()
        self.notes_button.clicked.connect(lambda: self.card and self.notes_requested.emit(self.card.id))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Description"), self.body)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("De&partment"), self.department)
        form.addRow(self.tr("&Emotion"), self.emotion)
        form.addRow(self.tr("E&vidence"), self.evidence)
        color_label = QLabel(self.tr("Colou&r"))
        color_label.setBuddy(self.color_button)  # (a row of two buttons has no buddy: the "&" showed)
        form.addRow(color_label, colors)
        form.addRow(self.tr("Pe&rsona"), self.persona)
        form.addRow(self.tr("Notes"), self.notes_button)
        for label, widget in ((self.tr("Kind"), self.kind), (self.tr("Title"), self.title),
                              (self.tr("Description"), self.body), (self.tr("Channel"), self.channel),
                              (self.tr("Department"), self.department), (self.tr("Emotion"), self.emotion),
                              (self.tr("Evidence"), self.evidence), (self.tr("Persona"), self.persona)):
            widget.setAccessibleName(label)
        return form_widget

    # ---- showing ------------------------------------------------------------------------------
    def show_cards(self, ws: Workspace | None, card_ids: list[int]) -> None:
        """Show the one selected card (or a hint for none or several)."""
        card = ws.get("cards", card_ids[0]) if ws is not None and len(card_ids) == 1 else None
        if card is None:
            self.card = None
            if len(card_ids) > 1:
                self.placeholder.setText(self.tr("%n cards selected.", "", len(card_ids)))
            else:
                self.placeholder.setText(self.tr("Select a card to see and edit its details."))
            self.stack.setCurrentIndex(0)
            return
        assert ws is not None
        self.ensure_form()
        self.card = card
        self._fill(ws, card)
        self.stack.setCurrentWidget(self.form)

    def _fill(self, ws: Workspace, card: Card) -> None:
        self._filling = True
        focused = self.focusWidget()
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(card.kind)))
            if focused is not self.title:
                self.title.setText(card.title)
            if focused is not self.body:
                self.body.setPlainText(card.body)
            index = self.channel.findData(card.channel)
            if index >= 0:
                self.channel.setCurrentIndex(index)
            else:
                self.channel.setEditText(card.channel or "")
            if focused is not self.department:
                self.department.setText(card.department)
            departments = sorted({c.department for c in ws.all("cards") if c.department})
            self.department.setCompleter(QCompleter(departments, self.department))
            self.emotion.setCurrentIndex(max(0, self.emotion.findData(card.emotion)))
            self.evidence.setCurrentIndex(max(0, self.evidence.findData(card.evidence)))
            self.persona.clear()
            self.persona.addItem(self.tr("No persona"), None)
            for persona in ws.personas():
                self.persona.addItem(persona.name, persona.id)
            self.persona.setCurrentIndex(max(0, self.persona.findData(card.persona_id)))
            color = card.color or ""
            self.color_button.setText(color or self.tr("Automatic (by kind)"))
            swatch = color or "#FFFFFF"
            self.color_button.setStyleSheet(f"text-align:left; padding:4px; border-left: 14px solid {swatch};")
            self.color_reset.setEnabled(bool(card.color))
            count = len(ws.notes_of(card.id))
            self.notes_button.setText(self.tr("%n note(s)…", "", count) if count else self.tr("Add a note…"))
        finally:
            self._filling = False

    # ---- committing ------------------------------------------------------------------------------
    def _commit(self, name: str, value: Any) -> None:
        if self._filling or self.card is None:
            return
        if getattr(self.card, name) != value:
            self.changes_requested.emit(self.card.id, {name: value})

    def _commit_text(self, name: str, text: str) -> None:
        text = text.strip()
        if not text and self.card is not None and self.card.kind != "note":
            self.title.setText(self.card.title)  # a title cannot be empty: put it back
            return
        self._commit(name, text)

    def _commit_channel(self) -> None:
        if self._filling:
            return
        text = self.channel.currentText().strip()
        code = None
        for i in range(self.channel.count()):
            if self.channel.itemText(i) == text:
                code = self.channel.itemData(i)
                break
        else:
            code = text or None
        self._commit("channel", code)

    def _pick_color(self) -> None:
        if self.card is None:
            return
        start = QColor(self.card.color) if self.card.color else QColor("#2F6FB3")
        color = QColorDialog.getColor(start, self, self.tr("Card colour"))
        if color.isValid():
            self._commit("color", color.name().upper())

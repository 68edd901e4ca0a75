"""The inspector: every field of the selected card (title, description, channel, department, emotion,
evidence, colour, persona, kind), and what customers said about it (its quotes, with "Mark observed").

A typed field is saved after a pause in typing (`PAUSE_MS`), when it is left or Enter is pressed,
and whenever the window asks (`commit_typing`: closing, opening another file or journey, undo);
all the saves of one stint in one field are one undo step. Undo and redo keys in a field undo
the document (after saving the field), never only the field's own text."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.canvas.painting import channel_icon, face_icon, kind_icon
from jornada_desktop.i18n import show_date
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.curves import curve_personas, journey_persona_colors
from jornada_desktop.model.entities import Card
from jornada_desktop.model.ratings import SCENARIOS, rating_value
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

    changes_requested = Signal(int, dict, object)  # card id, {field: value}, merge key (or None)
    notes_requested = Signal(int)  # card id
    observed_requested = Signal(int)  # card id: set its evidence to observed (from its quotes)
    rating_requested = Signal(int, object, str, object)  # card id, persona id (None: everyone), scenario, value
    undo_requested = Signal()  # the undo key in a field: the document's undo, not the field's
    redo_requested = Signal()

    PAUSE_MS = 1000
    QUOTES_SHOWN = 50  # quotes listed for one card (the rest counted)
    TYPED = ("title", "body", "channel", "department")

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.lang = lang
        self.card: Card | None = None
        self._filling = False
        self._dirty: set[str] = set()  # typed fields not saved yet
        self._stints = itertools.count(1)
        self._stint = next(self._stints)  # the saves of one stint in a field are one undo step
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(self.PAUSE_MS)
        self._pause.timeout.connect(self.save_typing)
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
        self.title.editingFinished.connect(lambda: self._finish_field("title"))
        self.title.textEdited.connect(lambda _t: self._typed("title"))
        self.body = _TextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(70)
        self.body.left.connect(lambda: self._finish_field("body"))
        self.body.textChanged.connect(lambda: self._typed("body"))
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.channel.addItem("", None)
        for code in v.CHANNELS:
            self.channel.addItem(channel_icon(code), v.label(v.CHANNELS, code, self.lang), code)
        self.channel.activated.connect(lambda _i: self._finish_field("channel"))
        self.channel.lineEdit().editingFinished.connect(lambda: self._finish_field("channel"))
        self.channel.lineEdit().textEdited.connect(lambda _t: self._typed("channel"))
        self.department = QLineEdit()
        self.department.editingFinished.connect(lambda: self._finish_field("department"))
        self.department.textEdited.connect(lambda _t: self._typed("department"))
        for typed in (self.title, self.body, self.channel.lineEdit(), self.department):
            typed.installEventFilter(self)
        self.emotion = QComboBox()
        self.emotion.addItem(self.tr("No emotion"), None)
        for value in range(2, -3, -1):
            self.emotion.addItem(face_icon(value), f"{v.emotion_label(value, self.lang)} ({value:+d})", value)
        self.emotion.activated.connect(lambda _i: self._commit("emotion", self.emotion.currentData()))
        self.emotion_to_be = self._face_picker()
        self.emotion_to_be.activated.connect(
            lambda _i: self._commit("emotion_to_be", self.emotion_to_be.currentData()))
        # How each persona of the journey feels here, as-is and to-be (built per card: the personas
        # of the journey change).
        self.ratings_box = QGroupBox(self.tr("How each persona feels here"))
        self.ratings_grid = QGridLayout(self.ratings_box)
        self.ratings_grid.setContentsMargins(6, 6, 6, 6)
        self.rating_pickers: dict[tuple[int, str], QComboBox] = {}
        self._rated_personas: list[tuple[int, str, str]] = []
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
        form.addRow(self.tr("Emotion, to-&be"), self.emotion_to_be)
        form.addRow(self.tr("E&vidence"), self.evidence)
        color_label = QLabel(self.tr("Colou&r"))
        color_label.setBuddy(self.color_button)  # (a row of two buttons has no buddy: the "&" showed)
        form.addRow(color_label, colors)
        form.addRow(self.tr("Pe&rsona"), self.persona)
        form.addRow(self.tr("Notes"), self.notes_button)
        form.addRow(self.ratings_box)
        # What customers said here (survey comments, interviews): shown when the card has quotes.
        self.quotes_box = QGroupBox()
        quotes_layout = QVBoxLayout(self.quotes_box)
        quotes_layout.setContentsMargins(6, 6, 6, 6)
        self.quotes_list = QListWidget()
        self.quotes_list.setObjectName("quotesList")
        self.quotes_list.setWordWrap(True)
        self.quotes_list.setAlternatingRowColors(True)
        self.quotes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.quotes_list.setMaximumHeight(220)
        self.quotes_list.setAccessibleName(self.tr("Quotes"))
        self.observed_button = QPushButton(self.tr("Mark &observed"))
        self.observed_button.setToolTip(self.tr("These quotes are evidence: set the card's evidence to Observed"))
        self.observed_button.clicked.connect(lambda: self.card and self.observed_requested.emit(self.card.id))
        quotes_layout.addWidget(self.quotes_list)
        quotes_layout.addWidget(self.observed_button)
        form.addRow(self.quotes_box)
        for combo in (self.kind, self.channel, self.emotion, self.emotion_to_be, self.evidence, self.persona):
            # (a long entry would widen the dock past a 1024-pixel screen: the fields follow the dock)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for label, widget in ((self.tr("Kind"), self.kind), (self.tr("Title"), self.title),
                              (self.tr("Description"), self.body), (self.tr("Channel"), self.channel),
                              (self.tr("Department"), self.department), (self.tr("Emotion"), self.emotion),
                              (self.tr("Emotion, to-be"), self.emotion_to_be),
                              (self.tr("Evidence"), self.evidence), (self.tr("Persona"), self.persona)):
            widget.setAccessibleName(label)
        return form_widget

    # ---- showing ------------------------------------------------------------------------------
    def show_cards(self, ws: Workspace | None, card_ids: list[int]) -> None:
        """Show the one selected card (or a hint for none or several)."""
        card = ws.get("cards", card_ids[0]) if ws is not None and len(card_ids) == 1 else None
        if self.card is not None and (card is None or card.id != self.card.id):
            self.save_typing()  # what was typed for the card shown before goes to that card
            self._dirty.clear()
            self._stint = next(self._stints)
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
        try:
            # A field keeps what is typed in it until that is saved, and keeps its cursor when it
            # already shows the card's value (a save made during a pause in typing).
            self.kind.setCurrentIndex(max(0, self.kind.findData(card.kind)))
            if "title" not in self._dirty and self.title.text().strip() != card.title:
                self.title.setText(card.title)
            if "body" not in self._dirty and self.body.toPlainText() != card.body:
                self.body.setPlainText(card.body)
            if "channel" not in self._dirty and self._channel_value() != card.channel:
                index = self.channel.findData(card.channel)
                if index >= 0:
                    self.channel.setCurrentIndex(index)
                else:
                    self.channel.setEditText(card.channel or "")
            if "department" not in self._dirty and self.department.text().strip() != card.department:
                self.department.setText(card.department)
            departments = sorted({c.department for c in ws.all("cards") if c.department})
            self.department.setCompleter(QCompleter(departments, self.department))
            self.emotion.setCurrentIndex(max(0, self.emotion.findData(card.emotion)))
            self.emotion_to_be.setCurrentIndex(max(0, self.emotion_to_be.findData(card.emotion_to_be)))
            self._fill_ratings(ws, card)
            self.evidence.setCurrentIndex(max(0, self.evidence.findData(card.evidence)))
            self.persona.clear()
            self.persona.addItem(self.tr("No persona"), None)
            for persona in ws.personas():
                self.persona.addItem(persona.name, persona.id)
            self.persona.setCurrentIndex(max(0, self.persona.findData(card.persona_id)))
            color = card.color or ""
            self.color_button.setText(color or self.tr("By kind"))  # (short: the dock may be narrow)
            self.color_button.setToolTip(color or self.tr("Automatic (by kind)"))
            swatch = color or "#FFFFFF"
            self.color_button.setStyleSheet(f"text-align:left; padding:4px; border-left: 14px solid {swatch};")
            self.color_reset.setEnabled(bool(card.color))
            count = len(ws.notes_of(card.id))
            self.notes_button.setText(self.tr("%n note(s)…", "", count) if count else self.tr("Add a note…"))
            self._fill_quotes(ws, card)
        finally:
            self._filling = False

    def _fill_quotes(self, ws: Workspace, card: Card) -> None:
        """The card's quotes, each with its source and date, and whether it can be marked observed."""
        quotes = ws.quotes_of(card.id)
        self.quotes_box.setVisible(bool(quotes))
        self.quotes_box.setTitle(self.tr("What customers said (%n quote(s))", "", len(quotes)))
        self.quotes_list.clear()
        for quote in quotes[:self.QUOTES_SHOWN]:
            text = quote.text if len(quote.text) <= 400 else quote.text[:400] + "…"
            where = " · ".join(p for p in (quote.source, show_date(quote.said_on)) if p)
            item = QListWidgetItem(f"“{text}”" + (f"\n— {where}" if where else ""))
            item.setToolTip(quote.text[:2000])
            item.setData(Qt.ItemDataRole.UserRole, quote.id)
            self.quotes_list.addItem(item)
        if len(quotes) > self.QUOTES_SHOWN:
            more = QListWidgetItem(self.tr("… and %n more", "", len(quotes) - self.QUOTES_SHOWN))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.quotes_list.addItem(more)
        observed = card.evidence == "observed"
        self.observed_button.setEnabled(not observed)
        self.observed_button.setText(self.tr("Observed") if observed else self.tr("Mark &observed"))

    def _face_picker(self) -> QComboBox:
        picker = QComboBox()
        # (short: two side by side fit a narrow dock; the face and the word say the value)
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker.setMinimumContentsLength(4)
        picker.addItem(self.tr("No emotion"), None)
        for value in range(2, -3, -1):
            picker.addItem(face_icon(value), f"{v.emotion_label(value, self.lang)} ({value:+d})", value)
        return picker

    def _fill_ratings(self, ws: Workspace, card: Card) -> None:
        """A row per persona of the journey: as-is and to-be pickers (faces), each its own step."""
        colors = journey_persona_colors(ws, card.journey_id)
        personas = [(p.id, p.name, colors.get(p.id, p.color)) for p in curve_personas(ws, card.journey_id)]
        if personas != self._rated_personas:
            self._rated_personas = personas
            while self.ratings_grid.count():
                item = self.ratings_grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
            self.rating_pickers.clear()
            for col, text in ((0, self.tr("As-is")), (1, self.tr("To-be"))):
                self.ratings_grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
            for n, (pid, name, color) in enumerate(personas):  # the name over its two pickers
                label = QLabel(f"<span style='color:{color}'>●</span> {name}")
                self.ratings_grid.addWidget(label, 1 + 2 * n, 0, 1, 2)
                row = 2 + 2 * n
                for col, scenario in enumerate(SCENARIOS):
                    picker = self._face_picker()
                    picker.setAccessibleName(self.tr("%1, %2").replace("%1", name).replace(
                        "%2", self.tr("as-is") if scenario == "as_is" else self.tr("to-be")))
                    picker.activated.connect(lambda _i, p=pid, s=scenario, w=picker: self._rate(p, s, w))
                    self.ratings_grid.addWidget(picker, row, col)
                    self.rating_pickers[(pid, scenario)] = picker
            if not personas:
                hint = QLabel(self.tr("Add personas to the journey to rate it for each."))
                hint.setWordWrap(True)
                self.ratings_grid.addWidget(hint, 1, 0, 1, 2)
        for (pid, scenario), picker in self.rating_pickers.items():
            picker.setCurrentIndex(max(0, picker.findData(rating_value(ws, card.id, pid, scenario))))

    def _rate(self, persona_id: int, scenario: str, picker: QComboBox) -> None:
        if not self._filling and self.card is not None:
            self.rating_requested.emit(self.card.id, persona_id, scenario, picker.currentData())

    # ---- committing ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Undo and redo keys in a typed field act on the document (the field is saved first)."""
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
            if undo or redo:
                if kind == QEvent.Type.ShortcutOverride:
                    event.ignore()  # not the field's: the window's Undo / Redo shortcut takes it
                else:  # (no shortcut took it, e.g. nothing to undo yet but the typed text)
                    (self.undo_requested if undo else self.redo_requested).emit()
                return True
        return super().eventFilter(watched, event)

    def _typed(self, name: str) -> None:
        if self._filling or self.card is None:
            return
        self._dirty.add(name)
        self._pause.start()

    def save_typing(self) -> None:
        """Save every field typed into and not saved yet (the fields keep their text and focus)."""
        self._pause.stop()
        for name in [n for n in self.TYPED if n in self._dirty]:
            self._save_field(name, final=False)

    def commit_typing(self) -> None:
        """Save what is typed and end the stint: the next keystroke starts a new undo step."""
        self.save_typing()
        self._stint = next(self._stints)

    def _finish_field(self, name: str) -> None:
        """Enter, leaving the field, or picking from its list: save it and end its stint."""
        if self._filling or self.card is None:
            return
        self._dirty.add(name)
        self._save_field(name, final=True)
        self._stint = next(self._stints)

    def _save_field(self, name: str, final: bool) -> None:
        self._dirty.discard(name)
        if self.card is None:
            return
        if name == "title":
            text = self.title.text().strip()
            if not text and self.card.kind != "note":
                if final:
                    self.title.setText(self.card.title)  # a title cannot be empty: put it back
                return
            self._commit("title", text)
        elif name == "body":
            self._commit("body", self.body.toPlainText())
        elif name == "department":
            self._commit("department", self.department.text().strip())
        elif name == "channel":
            self._commit("channel", self._channel_value())

    def _commit(self, name: str, value: Any) -> None:
        if self._filling or self.card is None:
            return
        if getattr(self.card, name) != value:
            key = ("inspector", id(self), self.card.id, name, self._stint) if name in self.TYPED else None
            self.changes_requested.emit(self.card.id, {name: value}, key)

    def _channel_value(self) -> str | None:
        text = self.channel.currentText().strip()
        for i in range(self.channel.count()):
            if self.channel.itemText(i) == text:
                return self.channel.itemData(i)
        return text or None

    def _pick_color(self) -> None:
        if self.card is None:
            return
        start = QColor(self.card.color) if self.card.color else QColor("#2F6FB3")
        color = QColorDialog.getColor(start, self, self.tr("Card colour"))
        if color.isValid():
            self._commit("color", color.name().upper())

"""The form of one improvement (new or existing), and the actions that create improvements."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.i18n import current_language, date_pattern
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.backlog import improvement_for_card_ops, new_improvement_ops
from jornada_desktop.model.edits import update_ops, utc_now
from jornada_desktop.model.entities import Improvement
from jornada_desktop.model.priority import priority_score


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImprovementEditor", text)


class DateField(QWidget):
    """An optional date: a check box ("set") and a calendar pop-up; value is YYYY-MM-DD or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())  # the locale's way (stored as YYYY-MM-DD)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def set_value(self, text: str | None) -> None:
        """Show a stored date (or none)."""
        date = QDate.fromString(text or "", "yyyy-MM-dd")
        self.enabled.setChecked(date.isValid())
        if date.isValid():
            self.edit.setDate(date)

    def value(self) -> str | None:
        """The date as YYYY-MM-DD, or None when unset."""
        return self.edit.date().toString("yyyy-MM-dd") if self.enabled.isChecked() else None


class ImprovementEditor(QDialog):
    """Edit every field of an improvement; `fields()` gives the values to store."""

    def __init__(self, document: Document, journey_id: int, item: Improvement | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("New improvement") if item is None else _tr("Edit improvement"))
        self.setObjectName("improvementEditor")
        ws = document.ws
        lang = current_language()
        item = item or Improvement(id=0, journey_id=journey_id)
        form = QFormLayout(self)
        self.title = QLineEdit(item.title)
        self.title.setPlaceholderText(_tr("What should change?"))
        self.description = QPlainTextEdit(item.description)
        self.description.setFixedHeight(80)
        self.stage = QComboBox()
        self.stage.addItem(_tr("(no stage)"), None)
        for stage in ws.stages(journey_id):
            self.stage.addItem(stage.name, stage.id)
        self.stage.setCurrentIndex(max(0, self.stage.findData(item.stage_id)))
        self.card = QComboBox()
        self.card.addItem(_tr("(no card)"), None)
        stage_pos = {s.id: s.position for s in ws.stages(journey_id)}
        cards = sorted((c for c in ws.cards(journey_id) if c.parent_id is None and c.title),
                       key=lambda c: (stage_pos.get(c.stage_id, 0), c.lane_id, c.position))
        for card in cards:
            self.card.addItem(f"{card.title} — {v.label(v.CARD_KINDS, card.kind, lang)}", card.id)
        self.card.setCurrentIndex(max(0, self.card.findData(item.card_id)))
        self.impact = QSpinBox()
        self.impact.setRange(1, 5)
        self.impact.setValue(item.impact)
        self.effort = QSpinBox()
        self.effort.setRange(1, 5)
        self.effort.setValue(item.effort)
        self.votes = QSpinBox()
        self.votes.setRange(0, 100_000)
        self.votes.setValue(item.votes)
        self.score = QLabel()
        for spin in (self.impact, self.effort, self.votes):
            spin.valueChanged.connect(self._update_score)
        self.status = QComboBox()
        for code in v.IMPROVEMENT_STATUS:
            self.status.addItem(v.label(v.IMPROVEMENT_STATUS, code, lang), code)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        self.owner = QLineEdit(item.owner)
        self.department = QLineEdit(item.department)
        self.due_date = DateField()
        self.due_date.set_value(item.due_date)
        self.follow_up = DateField()
        self.follow_up.set_value(item.follow_up)
        # (not `self.metric`: that would hide QWidget.metric(), which Qt calls while painting)
        self.metric_edit = QLineEdit(item.metric)
        self.target = QLineEdit(item.target)
        form.addRow(_tr("Title"), self.title)
        form.addRow(_tr("Description"), self.description)
        form.addRow(_tr("Stage"), self.stage)
        form.addRow(_tr("Linked card"), self.card)
        form.addRow(_tr("Impact (1–5)"), self.impact)
        form.addRow(_tr("Effort (1–5)"), self.effort)
        form.addRow(_tr("Votes"), self.votes)
        form.addRow(_tr("Priority"), self.score)
        form.addRow(_tr("Status"), self.status)
        form.addRow(_tr("Owner"), self.owner)
        form.addRow(_tr("Department"), self.department)
        form.addRow(_tr("Due date"), self.due_date)
        form.addRow(_tr("Follow-up"), self.follow_up)
        form.addRow(_tr("Metric"), self.metric_edit)
        form.addRow(_tr("Target"), self.target)
        self.error = QLabel()
        self.error.setStyleSheet("color:#A61B1B")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._update_score()
        self.title.setFocus()

    def _update_score(self) -> None:
        score = priority_score(self.impact.value(), self.effort.value(), self.votes.value())
        self.score.setText(QLocale().toString(score, "g", 6))

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(_tr("Please give the improvement a title."))
            self.title.setFocus()
            return
        self.accept()

    def fields(self) -> dict[str, Any]:
        """The values of the form, ready for the planners."""
        return {
            "title": self.title.text().strip(), "description": self.description.toPlainText(),
            "stage_id": self.stage.currentData(), "card_id": self.card.currentData(),
            "impact": self.impact.value(), "effort": self.effort.value(), "votes": self.votes.value(),
            "status": self.status.currentData(), "owner": self.owner.text().strip(),
            "department": self.department.text().strip(), "due_date": self.due_date.value(),
            "follow_up": self.follow_up.value(), "metric": self.metric_edit.text().strip(),
            "target": self.target.text().strip(),
        }


def improvement_fields_ops(document: Document, journey_id: int, fields: dict[str, Any],
                           item_id: int | None = None) -> list:
    """Ops that store a form's fields: a new improvement, or the changed fields of an existing one."""
    ws = document.ws
    card = ws.get("cards", fields.get("card_id"))
    if card is not None and fields.get("stage_id") is None:
        fields = {**fields, "stage_id": card.stage_id}
    if item_id is None:
        return new_improvement_ops(ws, journey_id, fields, utc_now())
    return update_ops(ws, "improvements", item_id, fields, utc_now())


def create_improvement_for_card(document: Document, card_id: int, title: str | None = None) -> int | None:
    """Add an improvement linked to a card and its stage (one undoable edit); its id, or None.

    The canvas calls this from a card's or pain point's context menu. The title defaults to
    "Improve: <card title>".
    """
    card = document.ws.get("cards", card_id)
    if card is None or document.read_only:
        return None
    if title is None:
        title = _tr("Improve: %1").replace("%1", card.title or _tr("card"))
    ops = improvement_for_card_ops(document.ws, card_id, title[:500], utc_now())
    if not ops or not document.push(_tr("Add improvement"), ops):
        return None
    return ops[0].id


def edit_improvement(document: Document, journey_id: int, item_id: int | None,
                     parent: QWidget | None = None, card_id: int | None = None) -> int | None:
    """Open the form for a new (None) or existing improvement and store it; the id, or None.

    A new improvement can start linked to a card (its stage, title and department filled in).
    """
    item = document.ws.get("improvements", item_id) if item_id is not None else None
    card = document.ws.get("cards", card_id) if card_id is not None else None
    if item is None and card is not None:
        item = Improvement(id=0, journey_id=journey_id, card_id=card.id, stage_id=card.stage_id,
                           title=_tr("Improve: %1").replace("%1", card.title or _tr("card"))[:500],
                           department=card.department)
    dialog = ImprovementEditor(document, journey_id, item, parent)
    if item_id is None:
        dialog.setWindowTitle(_tr("New improvement"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    ops = improvement_fields_ops(document, journey_id, dialog.fields(), item_id)
    if not ops:
        return item_id
    text = _tr("Add improvement") if item_id is None else _tr("Edit improvement")
    if not document.push(text, ops):
        return None
    return ops[0].id if item_id is None else item_id

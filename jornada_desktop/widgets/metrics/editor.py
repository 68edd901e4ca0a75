"""The form of one metric (NPS, CES, CSAT, times, conversion, retention, custom) and its scope."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.i18n import current_language
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.edits import new_row, update_ops, utc_now
from jornada_desktop.model.entities import Metric
from jornada_desktop.model.metrics_status import lower_is_better
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.widgets.backlog.editor import DateField

DEFAULT_UNITS = {"nps": "", "ces": "1-7", "csat": "%", "first_response_time": "min", "resolution_time": "h",
                 "conversion": "%", "retention": "%", "custom": ""}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricEditor", text)


def parse_number(text: str) -> float | None:
    """A number typed in the user's or the C locale ("1,5" or "1.5"); None for empty; ValueError else."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise ValueError(text) from None


def format_number(value: float | None) -> str:
    """A stored number as the user reads it (no trailing .0)."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 12)


class MetricEditor(QDialog):
    """Edit every field of a metric; `fields()` gives the values to store."""

    def __init__(self, document: Document, journey_id: int, metric: Metric | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricEditor")
        self.setWindowTitle(_tr("New metric") if metric is None else _tr("Edit metric"))
        ws = document.ws
        lang = current_language()
        self.is_new = metric is None
        metric = metric or Metric(id=0, journey_id=journey_id, kind="nps")
        form = QFormLayout(self)
        self.kind = QComboBox()
        for code in v.METRIC_KINDS:
            self.kind.addItem(v.label(v.METRIC_KINDS, code, lang), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(metric.kind)))
        self.name = QLineEdit(metric.name)
        self.stage = QComboBox()
        self.stage.addItem(_tr("(whole journey)"), None)
        for stage in ws.stages(journey_id):
            self.stage.addItem(stage.name, stage.id)
        self.stage.setCurrentIndex(max(0, self.stage.findData(metric.stage_id)))
        self.card = QComboBox()
        self.card.addItem(_tr("(no touchpoint)"), None)
        stage_pos = {s.id: s.position for s in ws.stages(journey_id)}
        for card in sorted((c for c in ws.cards(journey_id) if c.kind == "touchpoint" and c.parent_id is None),
                           key=lambda c: (stage_pos.get(c.stage_id, 0), c.position)):
            self.card.addItem(card.title, card.id)
        self.card.setCurrentIndex(max(0, self.card.findData(metric.card_id)))
        self.unit = QLineEdit(metric.unit if not self.is_new else DEFAULT_UNITS.get(metric.kind, ""))
        self.unit.setToolTip(_tr("Add ↓ or “lower is better” when a smaller value is the better one."))
        self.target = QLineEdit(format_number(metric.target))
        self.actual = QLineEdit(format_number(metric.actual))
        self.direction = QLabel()
        self.direction.setStyleSheet("color:#666")
        self.measured_at = DateField()
        self.measured_at.set_value(metric.measured_at)
        self.source = QLineEdit(metric.source)
        self.source.setPlaceholderText(_tr("e.g. quarterly survey"))
        # Review cadence: 0 shows "never"; the start screen and the dashboard list a metric whose
        # last measurement is older than this.
        self.review = QSpinBox()
        self.review.setObjectName("reviewDays")
        self.review.setRange(0, 3660)
        self.review.setSpecialValueText(_tr("never"))
        self.review.setSuffix(_tr(" days"))
        self.review.setValue(metric.review_days or 0)
        self.review.setToolTip(_tr("How often this metric should be measured again; when its last measurement "
                                   "is older, it is listed as needing attention"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.unit.textChanged.connect(self._show_direction)
        form.addRow(_tr("Kind"), self.kind)
        form.addRow(_tr("Name"), self.name)
        form.addRow(_tr("Stage"), self.stage)
        form.addRow(_tr("Touchpoint"), self.card)
        form.addRow(_tr("Unit"), self.unit)
        form.addRow(_tr("Target"), self.target)
        form.addRow(_tr("Actual"), self.actual)
        form.addRow("", self.direction)
        form.addRow(_tr("Measured on"), self.measured_at)
        form.addRow(_tr("Source"), self.source)
        form.addRow(_tr("Review every"), self.review)
        self.error = QLabel()
        self.error.setStyleSheet("color:#A61B1B")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_direction()

    def _kind_changed(self) -> None:
        if self.is_new:
            self.unit.setText(DEFAULT_UNITS.get(self.kind.currentData(), ""))
        self._show_direction()

    def _show_direction(self) -> None:
        lower = lower_is_better(self.kind.currentData(), self.unit.text())
        self.direction.setText(_tr("Lower is better") if lower else _tr("Higher is better"))

    def _accept(self) -> None:
        try:
            self.fields()
        except ValueError:
            self.error.setText(_tr("Target and actual must be numbers, such as 42 or 4.5 (or left empty)."))
            return
        self.accept()

    def fields(self) -> dict[str, Any]:
        """The form's values (raises ValueError when a number cannot be read)."""
        return {
            "kind": self.kind.currentData(), "name": self.name.text().strip(),
            "stage_id": self.stage.currentData(), "card_id": self.card.currentData(),
            "unit": self.unit.text().strip(), "target": parse_number(self.target.text()),
            "actual": parse_number(self.actual.text()), "measured_at": self.measured_at.value(),
            "source": self.source.text().strip(), "review_days": self.review.value() or None,
        }


def metric_ops(document: Document, journey_id: int, fields: dict[str, Any], metric_id: int | None = None) -> list[Op]:
    """Ops storing a metric: a new row, or the changed fields; a touchpoint's stage fills the stage."""
    ws = document.ws
    card = ws.get("cards", fields.get("card_id"))
    if card is not None:
        fields = {**fields, "stage_id": card.stage_id}
    if metric_id is None:
        return [Insert("metrics", new_row(ws, "metrics", {**fields, "journey_id": journey_id}, utc_now()))]
    return update_ops(ws, "metrics", metric_id, fields, utc_now())


def edit_metric(document: Document, journey_id: int, metric_id: int | None, parent: QWidget | None = None) -> int | None:
    """Open the form for a new (None) or existing metric and store it; its id, or None."""
    metric = document.ws.get("metrics", metric_id) if metric_id is not None else None
    dialog = MetricEditor(document, journey_id, metric, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    ops = metric_ops(document, journey_id, dialog.fields(), metric_id)
    if not ops:
        return metric_id
    if not document.push(_tr("Add metric") if metric_id is None else _tr("Edit metric"), ops):
        return None
    return ops[0].id if metric_id is None else metric_id  # type: ignore[union-attr]

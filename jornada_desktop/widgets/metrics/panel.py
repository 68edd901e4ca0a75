"""The metrics panel: a journey's metrics with their scope, target, actual and status colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.i18n import current_language, show_date
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.edits import delete_ops, utc_now
from jornada_desktop.model.entities import Metric
from jornada_desktop.model.measurements import current_value, latest, trend
from jornada_desktop.model.metrics_status import metric_status, status_color
from jornada_desktop.widgets.metrics.editor import edit_metric, format_number
from jornada_desktop.widgets.window.hooks import FollowsJourney

COLUMNS = ("kind", "name", "scope", "target", "actual", "history", "status", "unit", "measured_at", "source")
SPARK_SIZE = (64, 18)
HISTORY_ROLE = Qt.ItemDataRole.UserRole + 3  # the sparkline's values, oldest first


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsPanel", text)


def status_title(status: str) -> str:
    """The translated name of a metric status."""
    return {"met": _tr("On target"), "near": _tr("Close to target"), "missed": _tr("Off target"),
            "unknown": _tr("No target or value")}[status]


def metric_scope(document: Document, metric: Metric) -> str:
    """Where a metric applies: the touchpoint, the stage, or the whole journey."""
    card = document.ws.get("cards", metric.card_id)
    if card is not None:
        return card.title
    stage = document.ws.get("stages", metric.stage_id)
    return stage.name if stage is not None else _tr("Whole journey")



def sparkline_pixmap(values: list[float], color: str, target: float | None, ratio: float = 1.0) -> QPixmap:
    """A small picture of a metric's history for a table cell (its target dotted)."""
    from PySide6.QtCore import QRectF

    from jornada_desktop.canvas.painting import draw_sparkline

    width, height = SPARK_SIZE
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_sparkline(painter, QRectF(0, 0, width, height), values, QColor(color).darker(115), target)
    painter.end()
    return pixmap


class MetricsPanel(FollowsJourney, QWidget):
    """Lists and edits the metrics of the current journey."""

    card_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsPanel")
        self.document: Document | None = None
        self.journey_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New metric…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_metric)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("metricsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Metric"), self.tr("Name"), self.tr("Applies to"), self.tr("Target"), self.tr("Actual"),
            self.tr("History"), self.tr("Status"), self.tr("Unit"), self.tr("Measured on"), self.tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches("metrics", "measurements", "stages", "journeys"):
            self.refresh()
        elif change.touches("cards") and self.document is not None and self.journey_id is not None:
            # a card edit matters only to the metrics measured on that card (their scope names it)
            cards = change.ids("cards")
            if any(m.card_id in cards for m in self.document.ws.metrics(self.journey_id)):
                self.refresh()

    def refresh(self) -> None:
        """Fill the table again from the workspace, keeping the selection."""
        keep = self.selected_id()
        self.table.setSortingEnabled(False)
        metrics = []
        if self.document is not None and self.journey_id is not None \
                and self.document.ws.get("journeys", self.journey_id) is not None:
            metrics = self.document.ws.metrics(self.journey_id)
        self.table.setRowCount(len(metrics))
        lang = current_language()
        ws = self.document.ws if self.document is not None else None
        for row, metric in enumerate(metrics):
            # Judged on the latest measurement when it has a history (else the value typed in).
            actual = current_value(ws, metric)
            newest = latest(ws, metric.id)
            status = metric_status(metric.kind, metric.unit, metric.target, actual)
            arrow = {1: " ▲", -1: " ▼", 0: ""}[trend(ws, metric.id)]
            values = {
                "kind": v.label(v.METRIC_KINDS, metric.kind, lang), "name": metric.name,
                "scope": metric_scope(self.document, metric), "target": format_number(metric.target),
                "actual": format_number(actual) + arrow, "history": "", "status": status_title(status),
                "unit": metric.unit,
                "measured_at": show_date(newest.measured_on if newest is not None else metric.measured_at),
                "source": newest.source if newest is not None and newest.source else metric.source,
            }
            history = ws.measurements_of(metric.id)
            for col, name in enumerate(COLUMNS):
                item = QTableWidgetItem(values[name])
                item.setData(Qt.ItemDataRole.UserRole, metric.id)
                if name in ("target", "actual"):
                    number = metric.target if name == "target" else actual
                    if number is not None and not (name == "actual" and arrow):  # sorts by value
                        item.setData(Qt.ItemDataRole.DisplayRole, float(number))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if name == "actual" and history:  # the history, newest last
                    item.setToolTip("\n".join(
                        f"{x.period or show_date(x.measured_on) or '—'}: {format_number(x.value)}"
                        + (f" (n={x.sample})" if x.sample is not None else "") for x in history[-12:]))
                if name == "history" and len(history) > 1:
                    values_line = [x.value for x in history[-12:]]
                    item.setData(HISTORY_ROLE, values_line)
                    item.setData(Qt.ItemDataRole.DecorationRole,
                                 sparkline_pixmap(values_line, status_color(metric.kind, metric.unit, metric.target,
                                                                            actual), metric.target, self.devicePixelRatioF()))
                    item.setToolTip(self.tr("The last %n measurement(s), oldest first; the dotted line is the target",
                                            "", len(values_line)))
                if name == "status":
                    color = QColor(status_color(metric.kind, metric.unit, metric.target, actual))
                    item.setBackground(QBrush(color))
                    item.setForeground(QBrush(QColor("#FFFFFF")))
                    item.setData(Qt.ItemDataRole.UserRole + 2, status)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        if keep is not None:
            self.select_metric(keep)
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The selected metric's id."""
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_metric(self, metric_id: int) -> bool:
        """Select a metric's row."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == metric_id:
                self.table.selectRow(row)
                return True
        return False

    def status_of(self, metric_id: int) -> tuple[str, str] | None:
        """(status code, background colour) shown for a metric, or None when it is not listed."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COLUMNS.index("status"))
            if item.data(Qt.ItemDataRole.UserRole) == metric_id:
                return item.data(Qt.ItemDataRole.UserRole + 2), item.background().color().name().upper()
        return None

    def _writable(self) -> bool:
        return self.document is not None and self.journey_id is not None and not self.document.read_only

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self._writable())
        self.edit_button.setEnabled(self._writable() and self.selected_id() is not None)
        self.delete_button.setEnabled(self._writable() and self.selected_id() is not None)

    def new_metric(self) -> int | None:
        """Open the form for a new metric."""
        if not self._writable():
            return None
        new_id = edit_metric(self.document, self.journey_id, None, self)
        if new_id is not None:
            self.select_metric(new_id)
        return new_id

    def edit_selected(self) -> None:
        """Open the form of the selected metric."""
        metric_id = self.selected_id()
        if metric_id is not None and self._writable():
            edit_metric(self.document, self.journey_id, metric_id, self)

    def delete_selected(self) -> None:
        """Delete the selected metric (one undoable edit)."""
        metric_id = self.selected_id()
        if metric_id is not None and self._writable():
            self.document.push(self.tr("Delete metric"),
                               delete_ops(self.document.ws, "metrics", [metric_id], utc_now()))

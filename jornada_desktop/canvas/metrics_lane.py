"""The journey's metrics drawn in its metrics lanes: one chip per metric, coloured by its status,
with its latest measured value, a trend arrow and a sparkline of its history.

A metric of a stage (or of a touchpoint, placed in the touchpoint's stage) sits in that stage's
cell; a metric of the whole journey sits in the first column, marked "Journey". `MetricsLane(scene)`
follows the scene's `layout_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jornada_desktop.canvas import painting, style
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import Metric
from jornada_desktop.model.measurements import current_value, history_values, trend
from jornada_desktop.model.metrics_status import metric_status, status_color

CHIP_H = 24.0
CHIP_GAP = 4.0
SPARK_W = 46.0  # the sparkline at the chip's right end
ARROWS = {1: "▲", -1: "▼", 0: ""}
Z_CHIP = 2.0  # over the grid, under the cards


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsLane", text)


def _number(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(float(value), "g", 6)


def chip_text(metric: Metric, lang: str, journey_wide: bool, actual: float | None = None, arrow: str = "") -> str:
    """"NPS 32 / 50" (the latest value / target, with the unit; "NPS 40 ▲ / 50" when it rose since the
    measurement before), prefixed "Journey · " for a whole-journey metric."""
    name = v.label(v.METRIC_KINDS, metric.kind, lang) if metric.kind != "custom" or not metric.name else metric.name
    unit = f" {metric.unit}" if metric.unit else ""
    value = metric.actual if actual is None else actual
    text = f"{name} {_number(value)}{(' ' + arrow) if arrow else ''} / {_number(metric.target)}{unit}"
    return (_tr("Journey") + " · " + text) if journey_wide else text


class MetricChipItem(QGraphicsItem):
    """A metric as a pill: status dot, name, actual / target."""

    def __init__(self, metric_id: int) -> None:
        super().__init__()
        self.metric_id = metric_id
        self.text = ""
        self.color = QColor("#9AA0A6")
        self.status = "unknown"
        self.history: list[float] = []  # the sparkline's values, oldest first
        self.target: float | None = None
        self.setZValue(Z_CHIP)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_metric(self, text: str, status: str, color: str, tooltip: str, history: list[float] | None = None,
                   target: float | None = None) -> None:
        """Show a metric's text and status, and its history as a sparkline."""
        self.text, self.status, self.color = text, status, QColor(color)
        self.history, self.target = list(history or []), target
        self.setToolTip(tooltip)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The pill."""
        return QRectF(0, 0, style.CARD_W, CHIP_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A white pill with a coloured border and dot, and the text."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect().adjusted(0.75, 0.75, -0.75, -0.75)
        fill = QColor(self.color)
        fill.setAlpha(28)
        painter.setPen(QPen(self.color, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, CHIP_H / 2, CHIP_H / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawEllipse(QPointF(12, CHIP_H / 2), 5, 5)
        font = style.font("small")
        m = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(style.INK)
        spark = len(self.history) >= 2
        room = rect.width() - 30 - (SPARK_W + 4 if spark else 0)
        painter.drawText(QPointF(22, CHIP_H / 2 + (m.ascent() - m.descent()) / 2),
                         m.elidedText(self.text, Qt.TextElideMode.ElideRight, room))
        if spark:
            box = QRectF(rect.right() - SPARK_W - 12, 5, SPARK_W, CHIP_H - 10)
            painting.draw_sparkline(painter, box, self.history, self.color.darker(120), self.target)


def status_name(status: str) -> str:
    """The translated name of a metric status (for tooltips)."""
    return {"met": _tr("on target"), "near": _tr("close to target"), "missed": _tr("off target"),
            "unknown": _tr("no target or value")}[status]


class MetricsLane(QObject):
    """Keeps a chip per metric in each metrics lane of a JourneyScene."""

    def __init__(self, scene: QObject) -> None:
        super().__init__(scene)
        self.scene = scene
        self.chips: dict[tuple[int, int], MetricChipItem] = {}  # (lane id, metric id)
        scene.layout_changed.connect(self.sync)  # type: ignore[attr-defined]
        self.sync()

    def _placement(self, metric: Metric) -> tuple[int | None, bool]:
        """(stage id or None, whether the metric is for the whole journey)."""
        ws = self.scene.ws  # type: ignore[attr-defined]
        card = ws.get("cards", metric.card_id)
        if card is not None:
            return card.stage_id, False
        if metric.stage_id is not None:
            return metric.stage_id, False
        return None, True

    def sync(self) -> None:
        """Create, place and remove the chips."""
        scene = self.scene
        ws, layout, lang = scene.ws, scene.layout, scene.lang  # type: ignore[attr-defined]
        lanes = [ln for ln in layout.lanes if ln.kind == "metrics"]
        metrics = ws.metrics(scene.journey_id) if lanes and ws.get("journeys", scene.journey_id) else []  # type: ignore[attr-defined]
        wanted: set[tuple[int, int]] = set()
        for lane in lanes:
            r = layout.lane_index(lane.id)
            top, height = layout.row_y[r], layout.row_h[r]
            stacks: dict[int, int] = {}
            for metric in metrics:
                stage_id, journey_wide = self._placement(metric)
                column = 0 if journey_wide and layout.stages else layout.stage_index(stage_id) if stage_id else None
                if column is None:
                    continue
                cell_cards = layout.cells.get((layout.stages[column].id, lane.id), [])
                first = top + style.CELL_PAD + len(cell_cards) * (style.CARD_H + style.CARD_GAP)
                k = stacks.get(column, 0)
                stacks[column] = k + 1
                y = first + k * (CHIP_H + CHIP_GAP)
                if y + CHIP_H > top + height and k > 0:  # no room left in the cell: show it in the panel
                    continue
                key = (lane.id, metric.id)
                wanted.add(key)
                chip = self.chips.get(key)
                if chip is None:
                    chip = self.chips[key] = MetricChipItem(metric.id)
                    scene.addItem(chip)  # type: ignore[attr-defined]
                actual = current_value(ws, metric)  # the latest measurement, else the value typed in
                arrow = ARROWS[trend(ws, metric.id)]
                history = history_values(ws, metric.id)
                status = metric_status(metric.kind, metric.unit, metric.target, actual)
                tooltip = "\n".join(x for x in (
                    metric.name or v.label(v.METRIC_KINDS, metric.kind, lang),
                    f"{_tr('Actual')}: {_number(actual)}  ·  {_tr('Target')}: {_number(metric.target)}"
                    f"{(' ' + metric.unit) if metric.unit else ''}",
                    status_name(status), metric.source, metric.measured_at or "",
                    (_tr("History") + ": " + ", ".join(_number(x) for x in history)) if len(history) > 1 else "")
                    if x)
                chip.set_metric(chip_text(metric, lang, journey_wide, actual, arrow), status,
                                status_color(metric.kind, metric.unit, metric.target, actual), tooltip,
                                history, metric.target)
                chip.setPos(layout.col_x[column] + style.CELL_PAD, y)
        for key in [k for k in self.chips if k not in wanted]:
            scene.removeItem(self.chips.pop(key))  # type: ignore[attr-defined]

"""The insights dashboard: four charts of the current journey, each exportable as PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.i18n import current_language
from jornada_desktop.model.insights import Insights, journey_insights
from jornada_desktop.widgets.insights.charts import CHART_KEYS, ChartError, chart_title, draw_chart, save_png
from jornada_desktop.widgets.window.hooks import FollowsJourney

WATCHED = ("cards", "stages", "improvements", "personas", "journey_personas", "journeys", "ratings", "metrics",
           "measurements")



class ChartPanel(QWidget):
    """One chart embedded (FigureCanvasQTAgg) with its "Save PNG…" button."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.key = key
        self.setObjectName(f"chart_{key}")
        self.figure = Figure(figsize=(5, 3.2), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(320, 220)
        self.save_button = QPushButton(self.tr("Save PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def draw(self, data: Insights, lang: str) -> None:
        """Draw the chart from the figures."""
        draw_chart(self.figure, self.key, data, lang)
        self.canvas.draw_idle()


class Dashboard(FollowsJourney, QWidget):
    """Average emotion per stage and persona, happiness index, pain points, backlog by status."""

    WATCHED = WATCHED

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsDashboard")
        self.document: Document | None = None
        self.journey_id: int | None = None
        self.data: Insights | None = None
        self._dirty = True
        self.charts: dict[str, ChartPanel] = {}
        # Whose figures: everyone or one persona, as-is or to-be (the emotion and happiness charts).
        self.persona_combo = QComboBox()
        self.persona_combo.setObjectName("dashboardPersona")
        self.persona_combo.setAccessibleName(self.tr("Persona"))
        self.scenario_combo = QComboBox()
        self.scenario_combo.setObjectName("dashboardScenario")
        self.scenario_combo.setAccessibleName(self.tr("Scenario"))
        self.scenario_combo.addItem(self.tr("As-is (today)"), "as_is")
        self.scenario_combo.addItem(self.tr("To-be (the future aimed at)"), "to_be")
        for combo in (self.persona_combo, self.scenario_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        persona_label = QLabel(self.tr("&Persona:"))
        persona_label.setBuddy(self.persona_combo)
        scenario_label = QLabel(self.tr("&Scenario:"))
        scenario_label.setBuddy(self.scenario_combo)
        bar = QHBoxLayout()
        for widget in (persona_label, self.persona_combo, scenario_label, self.scenario_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addLayout(bar)
        grid = QGridLayout()
        outer.addLayout(grid, 1)
        for n, key in enumerate(CHART_KEYS):
            panel = ChartPanel(key, self)
            panel.save_button.clicked.connect(lambda _c=False, k=key: self.save_dialog(k))
            grid.addWidget(panel, n // 2, n % 2)
            self.charts[key] = panel
        # What needs attention: metrics due for review, improvements past their follow-up date.
        box = QWidget(self)
        box.setObjectName("attentionPanel")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(2, 2, 2, 2)
        title = QLabel(self.tr("Needs attention"))
        title.setStyleSheet("font-weight: bold")
        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.setWordWrap(True)
        self.attention.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attention.setAccessibleName(self.tr("Needs attention"))
        box_layout.addWidget(title)
        box_layout.addWidget(self.attention, 1)
        grid.addWidget(box, len(CHART_KEYS) // 2, len(CHART_KEYS) % 2)
        self.persona_combo.currentIndexChanged.connect(lambda _i: self._schedule())
        self.scenario_combo.currentIndexChanged.connect(lambda _i: self._schedule())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

    def follow(self) -> None:
        """Redraw later (when shown, after a short pause): computing the figures takes a while."""
        self._schedule()

    def _schedule(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Redraw when shown after changes made while hidden."""
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def _fill_personas(self, ws: Any) -> None:
        """The persona choices: everyone, then the journey's personas (the choice kept when it stays)."""
        from jornada_desktop.model.curves import curve_personas

        chosen = self.persona_combo.currentData()
        personas = curve_personas(ws, self.journey_id) if ws is not None and self.journey_id is not None else []
        from jornada_desktop.model.insights import ROOM

        wanted = [(self.tr("Everyone"), None)] + [(p.name, p.id) for p in personas]
        if ws is not None and self.journey_id is not None and ws.feelings(self.journey_id):
            wanted.append((self.tr("The room (phones)"), ROOM))  # what the workshop felt, per stage
        current = [(self.persona_combo.itemText(i), self.persona_combo.itemData(i))
                   for i in range(self.persona_combo.count())]
        if wanted == current:
            return
        self.persona_combo.blockSignals(True)
        self.persona_combo.clear()
        for text, pid in wanted:
            self.persona_combo.addItem(text, pid)
        self.persona_combo.setCurrentIndex(max(0, self.persona_combo.findData(chosen)) if chosen is not None else 0)
        self.persona_combo.blockSignals(False)

    def _fill_attention(self, ws: Any) -> None:
        """List the metrics due for review and the improvements past their follow-up date."""
        import datetime as dt

        from jornada_desktop.i18n import show_date
        from jornada_desktop.model.attention import needs_attention

        self.attention.clear()
        if ws is None or self.journey_id is None or ws.get("journeys", self.journey_id) is None:
            return
        items = needs_attention(ws, self.journey_id, dt.date.today())
        for entry in items:
            if entry.kind == "metric":
                text = (self.tr("Metric “%1” is due for review (last measured %2)").replace("%2", show_date(entry.since))
                        if entry.since else self.tr("Metric “%1” is due for review (never measured)"))
            else:
                text = self.tr("Improvement “%1”: follow-up was due %2").replace("%2", show_date(entry.since))
            item = QListWidgetItem(text.replace("%1", entry.title))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.row_id))
            self.attention.addItem(item)
        if not items:
            self.attention.addItem(QListWidgetItem(self.tr("Nothing is overdue.")))

    def refresh(self) -> None:
        """Compute the figures and draw every chart."""
        self._dirty = False
        ws = self.document.ws if self.document is not None else None
        self._fill_personas(ws if ws is not None and self.journey_id is not None
                            and ws.get("journeys", self.journey_id) is not None else None)
        self._fill_attention(ws)
        if ws is None or self.journey_id is None or ws.get("journeys", self.journey_id) is None:
            self.data = None
            for panel in self.charts.values():
                panel.figure.clear()
                panel.canvas.draw_idle()
            return
        self.data = journey_insights(ws, self.journey_id, self.persona_combo.currentData(),
                                     self.scenario_combo.currentData() or "as_is")
        lang = current_language()
        for panel in self.charts.values():
            panel.draw(self.data, lang)

    def save_chart(self, key: str, path: str | Path) -> Path:
        """Write one chart as PNG (raises ChartError with a sentence)."""
        if self._dirty or self.data is None:
            self.refresh()
        return save_png(self.charts[key].figure, path)

    def save_dialog(self, key: str) -> Path | None:
        """Ask where, then save one chart as PNG."""
        folder = self.document.path.parent if self.document is not None else Path.home()
        suggested = str(folder / f"{chart_title(key)}.png")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), suggested, self.tr("PNG image (*.png)"))
        if not name:
            return None
        try:
            return self.save_chart(key, name)
        except ChartError as exc:
            QMessageBox.warning(self, self.tr("Save chart"), str(exc))
            return None


def dashboard_window(parent: QWidget | None = None) -> Dashboard:
    """A dashboard shown as its own window (a tool window over the main window)."""
    dashboard = Dashboard(parent)
    dashboard.setWindowFlag(Qt.WindowType.Window, True)
    dashboard.setWindowTitle(dashboard.tr("Insights"))
    dashboard.resize(1100, 980)
    return dashboard

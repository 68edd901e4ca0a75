"""The insights dashboard draws the sample journey's hand-counted figures and saves each chart as PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from jornada_desktop.model.edits import update_ops, utc_now
from jornada_desktop.widgets.insights.charts import CHART_KEYS, ChartError, chart_figure
from jornada_desktop.widgets.insights.dashboard import Dashboard


def _bars(panel) -> list[float]:
    """The heights of a vertical bar chart's bars."""
    return [round(float(p.get_height()), 4) for p in panel.figure.axes[0].patches]


def test_charts_show_the_sample_figures(qtbot, document) -> None:
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    dashboard.set_journey(document, document.ws.journeys()[0].id)
    dashboard.refresh()
    assert _bars(dashboard.charts["happiness"]) == [100.0, 50.0, 0.0, 100.0, 0.0]
    assert _bars(dashboard.charts["pain_points"]) == [0, 1, 1, 0, 0]
    backlog_ax = dashboard.charts["backlog"].figure.axes[0]
    assert [p.get_width() for p in backlog_ax.patches] == [1, 1, 0, 0]
    emotion_ax = dashboard.charts["emotion"].figure.axes[0]
    lines = {line.get_label(): list(line.get_ydata()) for line in emotion_ax.get_lines() if line.get_label()[0] != "_"}
    assert lines == {"All touchpoints": [1.0, 0.5, -1.0, 2.0, -1.0], "Ana Souza": [1.0, 0.5, -1.0, 2.0, -1.0]}
    # An edit (and its undo) redraws: the first touchpoint becomes angry.
    jid = dashboard.journey_id
    first = next(c for c in document.ws.cards(jid) if c.title == "Anúncio nas redes sociais")
    document.push("angry", update_ops(document.ws, "cards", first.id, {"emotion": -2}, utc_now()))
    dashboard.refresh()
    assert _bars(dashboard.charts["happiness"])[0] == 0.0
    document.undo_stack.undo()
    dashboard.refresh()
    assert _bars(dashboard.charts["happiness"])[0] == 100.0


def test_each_chart_saves_as_png(qtbot, document, tmp_path: Path) -> None:
    tmp_path = tmp_path / "charts"
    tmp_path.mkdir()
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    dashboard.set_journey(document, document.ws.journeys()[0].id)
    for key in CHART_KEYS:
        path = dashboard.save_chart(key, tmp_path / f"{key}.png")
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 300
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{k}.png" for k in CHART_KEYS)
    with pytest.raises(ChartError, match="could not be written"):
        dashboard.save_chart("backlog", tmp_path / "no-such-folder" / "x.png")


def test_standalone_figures_for_the_workbook(document) -> None:
    from jornada_desktop.model.insights import journey_insights

    data = journey_insights(document.ws, document.ws.journeys()[0].id)
    figure = chart_figure("pain_points", data, "pt_BR")
    assert [p.get_height() for p in figure.axes[0].patches] == [0, 1, 1, 0, 0]

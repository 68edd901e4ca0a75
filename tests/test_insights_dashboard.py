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


def test_the_happiness_index_per_persona_and_scenario_chosen_with_keys(qtbot, sample_path: Path) -> None:
    """View ▸ Insights dashboard, then the persona and scenario pickers from the keyboard: the
    charts show that persona's ratings in that scenario, counted by hand."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from jornada_desktop.model.ratings import set_rating_ops
    from jornada_desktop.widgets.personas.editor import persona_ops
    from tests.canvas_helpers import open_window

    window = open_window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    assert document.push("add", persona_ops(document, {"name": "Bruno", "color": "#1F77B4"}, None, jid))
    bruno = next(p for p in document.ws.personas() if p.name == "Bruno")
    stages = document.ws.stages(jid)
    touch = [c for c in document.ws.cards(jid) if c.kind == "touchpoint" and c.parent_id is None]
    first = sorted((c for c in touch if c.stage_id == stages[1].id), key=lambda c: c.id)[:2]
    third = next(c for c in touch if c.stage_id == stages[2].id)
    assert len(first) == 2
    for card, scenario, value in ((first[0], "as_is", 2), (first[1], "as_is", -1), (third, "as_is", 1),
                                  (first[0], "to_be", 1), (third, "to_be", -2)):
        assert document.push("rate", set_rating_ops(document.ws, card.id, bruno.id, scenario, value, utc_now()))
    window.dashboard_hooks.action.trigger()  # View ▸ Insights dashboard
    dashboard = window.dashboard_hooks.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None)
    assert dashboard.persona_combo.currentText() == "Everyone"
    assert [dashboard.persona_combo.itemText(i) for i in range(dashboard.persona_combo.count())] == [
        "Everyone", "Ana Souza", "Bruno"]
    dashboard.activateWindow()
    dashboard.persona_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dashboard.persona_combo)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)  # the last persona: Bruno
    qtbot.waitUntil(lambda: dashboard.data.persona_id == bruno.id)
    assert dashboard.data.happiness == (None, 0.5, 1.0, None, None)  # +2 and −1; +1 in the third stage
    assert _bars(dashboard.charts["happiness"]) == [0.0, 50.0, 100.0, 0.0, 0.0]
    lines = {line.get_label() for line in dashboard.charts["emotion"].figure.axes[0].get_lines()
             if line.get_label()[0] != "_"}
    assert lines == {"All touchpoints", "Bruno"}
    assert dashboard.charts["happiness"].figure.axes[0].get_title() == "Bruno, as-is"
    dashboard.scenario_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dashboard.scenario_combo)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # to-be
    qtbot.waitUntil(lambda: dashboard.data.scenario == "to_be")
    assert dashboard.data.happiness == (None, 1.0, 0.0, None, None)
    assert dashboard.charts["happiness"].figure.axes[0].get_title() == "Bruno, to-be"
    # A rating changed in the file redraws the chosen persona's figures.
    assert document.push("rate", set_rating_ops(document.ws, third.id, bruno.id, "to_be", 2, utc_now()))
    qtbot.waitUntil(lambda: dashboard.data.happiness == (None, 1.0, 1.0, None, None))
    dashboard.close()

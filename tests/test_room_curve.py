"""The room's feelings, rated from the phones, drawn as a dotted curve in the emotions lane (stage
averages), named in the legend with how many people rated, and toggled from the Curves menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from jornada_desktop.canvas.persona_curves import CurveLegendItem
from jornada_desktop.model import room as model
from jornada_desktop.model.curves import room_series
from jornada_desktop.model.edits import utc_now
from tests.canvas_helpers import open_window


def _feel(document, name: str, values: dict[int, int]) -> None:  # noqa: ANN001
    ws, journey = document.ws, document.ws.journeys()[0].id
    ops, pid = model.join_ops(ws, journey, name, model.token_hash(name + "-token"), utc_now())
    document.apply(ops)
    who = ws.get("participants", pid)
    for n, (stage, value) in enumerate(values.items()):
        body = {"key": f"{name}-feel-{n:04d}", "stage_id": stage, "value": value}
        assert document.push("feeling", model.feeling_ops(ws, journey, who, body, utc_now()))


def test_the_room_curve_averages_the_phones_feelings(qtbot, sample_path: Path) -> None:
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, sample_path)
    install_workshop_features(window)
    document = window.document
    stages = [s.id for s in document.ws.stages(window.current_journey)]
    assert room_series(document.ws, window.current_journey) == []
    _feel(document, "Ana", {stages[0]: 2, stages[2]: -2})
    _feel(document, "Bia", {stages[0]: 0})
    (series,) = room_series(document.ws, window.current_journey)
    assert series.points == ((0, 1.0), (2, -2.0)) and series.name == "2"
    curves = window.scene.persona_curves
    qtbot.waitUntil(lambda: bool(curves.items_for("room")))
    item = curves.items_for("room")[0]
    assert len(item.points) == 2
    legend = next(i for i in window.scene.items() if isinstance(i, CurveLegendItem) and i.isVisible())
    assert any(style == Qt.PenStyle.DotLine and "2" in label for label, _c, style in legend.entries)
    # The Curves menu (its last entry, from the keyboard) hides it, and brings it back.
    strip = window.persona_hooks.strip
    for shown in (False, True):
        menu = strip.curves_menu
        menu.popup(strip.curves_button.mapToGlobal(strip.curves_button.rect().bottomLeft()))
        qtbot.waitExposed(menu)
        qtbot.keyClick(menu, Qt.Key.Key_Up)  # (from nothing selected: the last entry)
        assert menu.activeAction() is strip.toggles["room"]
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        assert bool(curves.items_for("room")) is shown


def test_the_dashboard_shows_how_the_room_felt(qtbot, sample_path: Path) -> None:
    """The insights dashboard offers "The room (phones)" once phones rated stages: its happiness
    index is the share of positive feelings per stage, counted by hand, and its emotion line."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, sample_path)
    document = window.document
    stages = [s.id for s in document.ws.stages(window.current_journey)]
    _feel(document, "Ana", {stages[0]: 2, stages[1]: -1})
    _feel(document, "Bia", {stages[0]: -2, stages[1]: -2})
    _feel(document, "Caio", {stages[0]: 1})
    window.dashboard_hooks.action.trigger()  # View ▸ Insights dashboard
    dashboard = window.dashboard_hooks.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None)
    combo = dashboard.persona_combo
    assert combo.itemText(combo.count() - 1) == "The room (phones)"
    dashboard.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    from jornada_desktop.model.insights import ROOM

    qtbot.waitUntil(lambda: dashboard.data.persona_id == ROOM)
    assert dashboard.data.happiness == (round(2 / 3, 4), 0.0, None, None, None)
    lines = {line.get_label() for line in dashboard.charts["emotion"].figure.axes[0].get_lines()
             if line.get_label()[0] != "_"}
    assert lines == {"All touchpoints", "The room (phones)"}
    assert dashboard.charts["happiness"].figure.axes[0].get_title() == "The room, as-is"

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

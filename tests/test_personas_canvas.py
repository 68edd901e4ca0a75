"""In the window: a curve per persona drawn in the emotions lane, toggles, legend, the strip; undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from jornada_desktop.canvas.persona_curves import CurveLegendItem, SeriesCurveItem
from jornada_desktop.model.edits import update_ops, utc_now
from jornada_desktop.widgets.personas.editor import persona_ops
from jornada_desktop.widgets.personas.photo import load_photo
from tests.canvas_helpers import open_window
from tests.helpers import file_rows


def _window(qtbot, path: Path):
    window = open_window(qtbot, path)
    return window


def _photo(tmp_path: Path, name: str, color: str) -> bytes:
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    path = tmp_path / f"{name}.png"
    image.save(str(path))
    return load_photo(path)


def test_two_personas_two_curves(qtbot, sample_path: Path, tmp_path: Path) -> None:
    window = _window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    ws = document.ws  # (the sample's to-be examples cleared: this test sets its own)
    assert document.push("clear", [op for c in ws.cards(jid)
                                   for op in update_ops(ws, "cards", c.id, {"emotion_to_be": None}, utc_now())])
    ana = document.ws.personas()[0]
    assert document.push("photo", update_ops(document.ws, "personas", ana.id,
                                             {"photo": _photo(tmp_path, "ana", "#AA3333")}, utc_now()))
    assert document.push("add", persona_ops(document, {"name": "Bruno", "color": "#1F77B4",
                                                       "photo": _photo(tmp_path, "bruno", "#3333AA")}, None, jid))
    bruno = next(p for p in document.ws.personas() if p.name == "Bruno")
    # Bruno lives the same journey differently: happy where Ana is sad, and the reverse.
    touch = {c.title: c for c in document.ws.cards(jid)}
    for title, emotion in (("Pergunta sobre entrega no chat", 2), ("Paga no portal de autoatendimento", -2)):
        assert document.push("bruno", update_ops(document.ws, "cards", touch[title].id,
                                                 {"persona_id": bruno.id, "emotion": emotion}, utc_now()))
    rows = {r["name"]: r for r in file_rows(document.path, "personas")}
    assert rows["Ana Souza"]["photo"].startswith(b"\x89PNG") and rows["Bruno"]["photo"].startswith(b"\x89PNG")
    curves = window.scene.persona_curves
    ana_items, bruno_items = curves.items_for(f"persona:{ana.id}"), curves.items_for(f"persona:{bruno.id}")
    assert len(ana_items) == 1 and len(bruno_items) == 1  # one emotions lane in the sample
    layout = window.scene.layout
    lane = layout.emotion_lanes()[0]
    # Bruno: Decisão (+2) and Compra (−2); Ana lost those touchpoints.
    assert [p.y() for p in bruno_items[0].points] == [layout.level_y(lane.id, 2), layout.level_y(lane.id, -2)]
    ana_marks = ana_items[0].series.marks
    assert len(ana_items[0].points) == len(ana_marks) == 5 and ana_items[0].series.color == "#E45756"
    assert [p.x() for p in ana_items[0].points] == sorted(p.x() for p in ana_items[0].points)  # reading order
    strip_ = window.persona_hooks.strip
    strip_.toggles["summary"].setChecked(True)  # the stage averages instead: three stages of Ana's
    assert len(curves.items_for(f"persona:{ana.id}")[0].points) == 3
    strip_.toggles["summary"].setChecked(False)
    assert bruno_items[0].series.color == "#1F77B4"
    items = [i for i in window.scene.items() if isinstance(i, SeriesCurveItem)]
    assert {i.series.key for i in items} == {f"persona:{ana.id}", f"persona:{bruno.id}"}
    legend = next(i for i in window.scene.items() if isinstance(i, CurveLegendItem))
    assert [e[0] for e in legend.entries] == ["Ana Souza", "Bruno"]
    # The strip shows both; the toggles hide and show the families.
    strip = window.persona_hooks.strip
    assert set(strip.buttons) == {ana.id, bruno.id}
    strip.toggles["personas"].setChecked(False)
    assert not [i for i in window.scene.items() if isinstance(i, SeriesCurveItem)]
    assert not legend.isVisible()
    strip.toggles["to_be"].setChecked(True)
    assert not [i for i in window.scene.items() if isinstance(i, SeriesCurveItem)]  # no to-be values yet
    assert document.push("to-be", update_ops(document.ws, "cards", touch["Liga sobre atraso na entrega"].id,
                                             {"emotion_to_be": 1}, utc_now()))
    to_be = curves.items_for("to_be")
    assert len(to_be) == 1 and [p.y() for p in to_be[0].points] == [layout.level_y(lane.id, 1)]
    strip.toggles["as_is"].setChecked(True)
    strip.toggles["personas"].setChecked(True)
    shown = {i.series.key for i in window.scene.items() if isinstance(i, SeriesCurveItem)}
    # everyone's as-is and to-be, Ana and Bruno as-is, and Ana's to-be (the card is hers), dashed
    assert shown == {"as_is", "to_be", f"persona:{ana.id}", f"persona:{bruno.id}", f"persona:{ana.id}:to_be"}
    # Undo takes Bruno's last card back: his curve keeps one point.
    document.undo_stack.undo()  # the to-be value
    document.undo_stack.undo()  # Compra back to Ana
    assert len(curves.items_for(f"persona:{bruno.id}")[0].points) == 1
    window.grab().save(str(tmp_path / "window.png"))


def test_new_scene_keeps_the_toggles(qtbot, sample_path: Path) -> None:
    window = _window(qtbot, sample_path)
    window.persona_hooks.strip.toggles["as_is"].setChecked(True)
    jid = window.current_journey
    window.show_journey(None)
    window.show_journey(jid)
    assert window.scene.persona_curves.visible["as_is"] is True
    assert len(window.scene.persona_curves.items_for("as_is")) == 1

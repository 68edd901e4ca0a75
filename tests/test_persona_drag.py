"""Dragging a persona's point on the canvas sets that persona's rating of that touchpoint: real mouse
events on the view's viewport, nothing written while the button is down, one undo step per drop,
the rows read from the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent

from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.ratings import set_rating_ops
from jornada_desktop.widgets.personas.editor import persona_ops
from tests.canvas_helpers import mouse, open_window
from tests.helpers import digest, file_rows

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton


def _ratings(path: Path, persona_id: int) -> dict[tuple[int, str], int]:
    return {(r["card_id"], r["scenario"]): r["value"] for r in file_rows(path, "ratings")
            if r["persona_id"] == persona_id}


def _setup(qtbot, path: Path):  # noqa: ANN202
    """The sample in a window, with Bruno rating two touchpoints where no face sits."""
    window = open_window(qtbot, path)
    document, jid = window.document, window.current_journey
    assert document.push("add", persona_ops(document, {"name": "Bruno", "color": "#1F77B4"}, None, jid))
    bruno = next(p for p in document.ws.personas() if p.name == "Bruno")
    touch = {c.title: c for c in document.ws.cards(jid)}
    chat, pay = touch["Pergunta sobre entrega no chat"], touch["Paga no portal de autoatendimento"]
    for card, value in ((chat, -2), (pay, -1)):
        assert card.emotion != value  # Bruno's point is not under everyone's face
        assert document.push("rate", set_rating_ops(document.ws, card.id, bruno.id, "as_is", value, utc_now()))
    return window, bruno, chat, pay


def _point(window, key: str, card_id: int) -> QPoint:  # noqa: ANN001
    item = window.scene.persona_curves.items_for(key)[0]
    point = item.points[item.card_ids.index(card_id)]
    window.view.centerOn(point)
    return window.view.mapFromScene(point)


def test_dragging_a_persona_point_rates_the_touchpoint_in_one_step(qtbot, sample_path: Path) -> None:
    window, bruno, chat, _pay = _setup(qtbot, sample_path)
    document, viewport = window.document, window.view.viewport()
    layout = window.scene.layout
    lane = layout.emotion_lanes()[0]
    start = _point(window, f"persona:{bruno.id}", chat.id)
    levels = round((layout.level_y(lane.id, -2) - layout.level_y(lane.id, 1)) * window.view.transform().m22())
    steps = 3 * round(2 / 0.6)
    depth, before = document.undo_stack.count(), digest(document.path)
    mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, steps + 1):  # up three levels (−2 → +1), the button held
        mouse(viewport, QMouseEvent.Type.MouseMove, start - QPoint(0, round(levels * i / steps)), NONE, LEFT)
    item = window.scene.persona_curves.items_for(f"persona:{bruno.id}")[0]
    assert item.preview == 1 and item.moving  # the face shows where it would go …
    assert digest(document.path) == before and document.undo_stack.count() == depth  # … nothing written
    end = start - QPoint(0, levels)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, end, LEFT, NONE)
    assert document.undo_stack.count() == depth + 1
    assert _ratings(document.path, bruno.id)[(chat.id, "as_is")] == 1
    item = window.scene.persona_curves.items_for(f"persona:{bruno.id}")[0]
    assert item.points[item.card_ids.index(chat.id)].y() == layout.level_y(lane.id, 1)  # the curve follows
    document.undo_stack.undo()
    assert _ratings(document.path, bruno.id)[(chat.id, "as_is")] == -2
    document.undo_stack.redo()
    assert _ratings(document.path, bruno.id)[(chat.id, "as_is")] == 1


def test_a_drop_on_the_same_level_or_a_click_writes_nothing(qtbot, sample_path: Path) -> None:
    window, bruno, _chat, pay = _setup(qtbot, sample_path)
    document, viewport = window.document, window.view.viewport()
    start = _point(window, f"persona:{bruno.id}", pay.id)
    depth, before = document.undo_stack.count(), digest(document.path)
    mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for dy in (3, 6, 9, 6, 3):  # a wobble that stays within half a level
        mouse(viewport, QMouseEvent.Type.MouseMove, start + QPoint(0, dy), NONE, LEFT)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, start + QPoint(0, 3), LEFT, NONE)
    mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, start, LEFT, NONE)
    assert document.undo_stack.count() == depth and digest(document.path) == before
    assert _ratings(document.path, bruno.id)[(pay.id, "as_is")] == -1


def test_dragging_a_to_be_point_of_the_cards_own_persona_sets_the_cards_to_be(qtbot, sample_path: Path) -> None:
    """Ana is the sample cards' own persona: her rating is the card's emotion, so her to-be point
    dragged down sets the card's emotion_to_be (a row of cards, not of ratings)."""
    window = open_window(qtbot, sample_path)
    document = window.document
    window.persona_hooks.strip.toggles["to_be"].setChecked(False)
    ana = document.ws.personas()[0]
    item = window.scene.persona_curves.items_for(f"persona:{ana.id}:to_be")[0]
    card_id = item.card_ids[0]
    old = next(r for r in file_rows(document.path, "cards") if r["id"] == card_id)["emotion_to_be"]
    assert old is not None and old > -2
    start = _point(window, f"persona:{ana.id}:to_be", card_id)
    step = round(40 * window.view.transform().m22())
    depth = document.undo_stack.count()
    mouse(viewport := window.view.viewport(), QMouseEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 9):
        mouse(viewport, QMouseEvent.Type.MouseMove, start + QPoint(0, round(step * i / 8)), NONE, LEFT)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, start + QPoint(0, step), LEFT, NONE)
    assert document.undo_stack.count() == depth + 1
    assert next(r for r in file_rows(document.path, "cards") if r["id"] == card_id)["emotion_to_be"] == old - 1
    assert not [r for r in file_rows(document.path, "ratings") if r["persona_id"] == ana.id]


def test_a_read_only_file_lets_no_point_move(qtbot, sample_path: Path) -> None:
    window, bruno, chat, _pay = _setup(qtbot, sample_path)
    document = window.document
    document.store.read_only = True  # (as a file opened read-only)
    start = _point(window, f"persona:{bruno.id}", chat.id)
    before = digest(document.path)
    mouse(viewport := window.view.viewport(), QMouseEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 9):
        mouse(viewport, QMouseEvent.Type.MouseMove, start - QPoint(0, 10 * i), NONE, LEFT)
    mouse(viewport, QMouseEvent.Type.MouseButtonRelease, start - QPoint(0, 80), LEFT, NONE)
    item = window.scene.persona_curves.items_for(f"persona:{bruno.id}")[0]
    assert item.dragged is None and item.points[item.card_ids.index(chat.id)].y() == \
        window.scene.layout.level_y(window.scene.layout.emotion_lanes()[0].id, -2)
    assert digest(document.path) == before

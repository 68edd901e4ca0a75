"""Real mouse drags on the canvas: each gesture is one undo step, written at release, checked in the file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent

from tests.canvas_helpers import by_title, card_point, cell_point, click, drag, mouse, open_window
from tests.helpers import digest, file_rows


def _ids(path, table: str) -> dict[str, int]:
    key = "name" if table == "stages" else "title"
    return {r[key]: r["id"] for r in file_rows(path, table)}


def test_drag_card_to_another_cell_then_undo(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages, lanes = _ids(sample_path, "stages"), _ids(sample_path, "lanes")
    before = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    assert (before["stage_id"], before["lane_id"]) == (stages["Conscientização"], lanes["Ações do cliente"])
    view = window.view.viewport()
    start = card_point(window, before["id"])
    end = cell_point(window, stages["Decisão"], lanes["Ações do cliente"])
    left = Qt.MouseButton.LeftButton
    mouse(view, QMouseEvent.Type.MouseButtonPress, start, left, left)
    for i in range(1, 11):
        p = start + (end - start) * (i / 10)
        mouse(view, QMouseEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())), Qt.MouseButton.NoButton, left)
        # Nothing is written while the mouse is down.
        assert by_title(file_rows(sample_path, "cards"), "Segue a marca") == before
    mouse(view, QMouseEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)

    after = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    assert (after["stage_id"], after["lane_id"], after["position"]) == (stages["Decisão"], lanes["Ações do cliente"], 0)
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.text(0) == "Move action"
    # The item followed the file.
    item = window.scene.card_items[before["id"]]
    assert window.scene.layout.cell_at(item.sceneBoundingRect().center().x(),
                                       item.sceneBoundingRect().center().y()) == (stages["Decisão"],
                                                                                 lanes["Ações do cliente"])
    stack.undo()
    restored = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    assert {k: restored[k] for k in ("stage_id", "lane_id", "position")} == \
        {k: before[k] for k in ("stage_id", "lane_id", "position")}


def test_drop_position_sets_order_inside_a_cell(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    rows = file_rows(sample_path, "cards")
    first, second = by_title(rows, "Liga sobre atraso na entrega"), by_title(rows, "Pesquisa de satisfação (NPS)")
    assert (first["position"], second["position"]) == (0, 1)
    # Drag the second card above the first one (to the top of the same cell).
    item = window.scene.card_items[first["id"]].sceneBoundingRect()
    target = window.view.mapFromScene(item.center().x(), item.top() + 4)
    drag(window.view.viewport(), card_point(window, second["id"]), target)
    rows = file_rows(sample_path, "cards")
    assert by_title(rows, "Pesquisa de satisfação (NPS)")["position"] == 0
    assert by_title(rows, "Liga sobre atraso na entrega")["position"] == 1
    assert window.document.undo_stack.count() == 1


def test_drag_ending_where_it_began_writes_nothing(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Newsletter com cupom")
    before_bytes = digest(sample_path)
    before_rows = file_rows(sample_path, "cards")
    start = card_point(window, card["id"])
    view = window.view.viewport()
    left = Qt.MouseButton.LeftButton
    mouse(view, QMouseEvent.Type.MouseButtonPress, start, left, left)
    for p in (start + QPoint(30, 10), start + QPoint(120, 40), start + QPoint(60, 20), start + QPoint(2, 1)):
        mouse(view, QMouseEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left)
    assert window.scene.card_drag.active  # it really was a drag
    mouse(view, QMouseEvent.Type.MouseButtonRelease, start + QPoint(2, 1), left, Qt.MouseButton.NoButton)
    assert window.document.undo_stack.count() == 0
    assert digest(sample_path) == before_bytes
    assert file_rows(sample_path, "cards") == before_rows
    # The card is back in its slot.
    x, y = window.scene.layout.card_xy[card["id"]]
    assert window.scene.card_items[card["id"]].pos().toTuple() == (x, y)


def test_multi_selection_moves_together(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages, lanes = _ids(sample_path, "stages"), _ids(sample_path, "lanes")
    rows = file_rows(sample_path, "cards")
    a, b = by_title(rows, "Anúncio nas redes sociais"), by_title(rows, "Compara preços no site")
    view = window.view.viewport()
    click(view, card_point(window, a["id"]))
    click(view, card_point(window, b["id"]), Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.canvas.selected_ids()) == sorted([a["id"], b["id"]])
    drag(view, card_point(window, b["id"]), cell_point(window, stages["Compra"], lanes["Oportunidades"]))
    rows = file_rows(sample_path, "cards")
    moved = [by_title(rows, "Anúncio nas redes sociais"), by_title(rows, "Compara preços no site")]
    assert {(r["stage_id"], r["lane_id"]) for r in moved} == {(stages["Compra"], lanes["Oportunidades"])}
    assert [r["position"] for r in moved] == [0, 1]  # reading order kept
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.text(0) == "Move 2 cards"
    window.document.undo_stack.undo()
    rows = file_rows(sample_path, "cards")
    assert by_title(rows, "Anúncio nas redes sociais")["stage_id"] == stages["Conscientização"]
    assert by_title(rows, "Compara preços no site")["stage_id"] == stages["Consideração"]


def test_rubber_band_selects_cards(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages, lanes = _ids(sample_path, "stages"), _ids(sample_path, "lanes")
    x, y, w, h = window.scene.layout.cell_rect((stages["Pós-compra"], lanes["Pontos de contato"]))
    start = window.view.mapFromScene(x + 3, y + 3)
    end = window.view.mapFromScene(x + w - 3, y + h - 3)
    drag(window.view.viewport(), start, end)
    titles = {window.scene.card_items[i].card.title for i in window.canvas.selected_ids()}
    assert titles == {"Liga sobre atraso na entrega", "Pesquisa de satisfação (NPS)"}
    assert window.document.undo_stack.count() == 0


def test_stage_reorder_by_dragging_its_header(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = _ids(sample_path, "stages")
    header = window.scene.stage_items[stages["Conscientização"]].sceneBoundingRect()
    start = window.view.mapFromScene(header.center())
    target = window.scene.stage_items[stages["Decisão"]].sceneBoundingRect()
    end = window.view.mapFromScene(target.center().x() + 20, header.center().y())
    drag(window.view.viewport(), start, end)
    order = [r["name"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])]
    assert order == ["Consideração", "Decisão", "Conscientização", "Compra", "Pós-compra"]
    assert window.document.undo_stack.text(0) == "Reorder stages"
    window.document.undo_stack.undo()
    order = [r["name"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])]
    assert order == ["Conscientização", "Consideração", "Decisão", "Compra", "Pós-compra"]


def test_lane_reorder_by_dragging_its_header(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    lanes = _ids(sample_path, "lanes")
    header = window.scene.lane_items[lanes["Métricas"]].sceneBoundingRect()
    start = window.view.mapFromScene(header.center())
    top = window.scene.lane_items[lanes["Pontos de contato"]].sceneBoundingRect()
    end = window.view.mapFromScene(header.center().x(), top.top() + 5)
    drag(window.view.viewport(), start, end, steps=12)
    order = [r["title"] for r in sorted(file_rows(sample_path, "lanes"), key=lambda r: r["position"])]
    assert order[0] == "Métricas"
    assert window.document.undo_stack.count() == 1


def test_emotion_marker_drag_changes_the_card(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Pergunta sobre entrega no chat")
    assert card["emotion"] == -1
    marker = next(m for (_lane, cid), m in window.scene.marker_items.items() if cid == card["id"])
    start = window.view.mapFromScene(marker.scenePos())
    up_two = window.scene.layout.level_y(marker.lane_id, 1)
    end = window.view.mapFromScene(marker.scenePos().x(), up_two)
    left = Qt.MouseButton.LeftButton
    view = window.view.viewport()
    mouse(view, QMouseEvent.Type.MouseButtonPress, start, left, left)
    path_before = window.scene.curve_items[marker.lane_id].path
    for i in range(1, 7):
        p = start + (end - start) * (i / 6)
        mouse(view, QMouseEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())), Qt.MouseButton.NoButton, left)
    # The curve followed live, the file did not change yet.
    assert window.scene.curve_items[marker.lane_id].path != path_before
    assert marker.preview == 1
    assert by_title(file_rows(sample_path, "cards"), "Pergunta sobre entrega no chat")["emotion"] == -1
    mouse(view, QMouseEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)
    assert by_title(file_rows(sample_path, "cards"), "Pergunta sobre entrega no chat")["emotion"] == 1
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert by_title(file_rows(sample_path, "cards"), "Pergunta sobre entrega no chat")["emotion"] == -1
    assert marker.pos().y() == window.scene.layout.level_y(marker.lane_id, -1)


def test_emotion_marker_drag_back_to_its_level_writes_nothing(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    before = digest(sample_path)
    marker = next(iter(window.scene.marker_items.values()))
    start = window.view.mapFromScene(marker.scenePos())
    view = window.view.viewport()
    left = Qt.MouseButton.LeftButton
    mouse(view, QMouseEvent.Type.MouseButtonPress, start, left, left)
    mouse(view, QMouseEvent.Type.MouseMove, start + QPoint(0, 60), Qt.MouseButton.NoButton, left)
    assert marker.preview != marker.value  # the drag previewed another level on the way
    mouse(view, QMouseEvent.Type.MouseMove, start + QPoint(0, 3), Qt.MouseButton.NoButton, left)
    mouse(view, QMouseEvent.Type.MouseButtonRelease, start + QPoint(0, 3), left, Qt.MouseButton.NoButton)
    assert window.document.undo_stack.count() == 0
    assert digest(sample_path) == before

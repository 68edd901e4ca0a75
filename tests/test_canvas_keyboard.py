"""The canvas with the keyboard alone: arrows, Enter on an empty cell, F2, Alt+arrows, Delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.canvas_helpers import by_title, open_window
from tests.helpers import file_rows


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):  # noqa: ANN001
    qtbot.keyClick(window.view, key, modifier)


def test_arrows_walk_cards_and_enter_on_empty_cell_creates_one(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Right)  # nothing selected: the first cell's first card
    assert [window.scene.card_items[i].card.title for i in window.canvas.selected_ids()] == \
        ["Anúncio nas redes sociais"]
    _key(qtbot, window, Qt.Key.Key_Right)
    assert [window.scene.card_items[i].card.title for i in window.canvas.selected_ids()] == \
        ["Compara preços no site"]
    _key(qtbot, window, Qt.Key.Key_Down)
    assert [window.scene.card_items[i].card.title for i in window.canvas.selected_ids()] == \
        ["Newsletter com cupom"]
    _key(qtbot, window, Qt.Key.Key_Down)  # the actions lane of stage 2 is empty: the cell itself
    assert window.canvas.selected_ids() == []
    stages = {r["name"]: r["id"] for r in file_rows(sample_path, "stages")}
    lanes = {r["title"]: r["id"] for r in file_rows(sample_path, "lanes")}
    assert window.scene.current_cell == (stages["Consideração"], lanes["Ações do cliente"])
    assert window.scene.focus_item.isVisible()
    _key(qtbot, window, Qt.Key.Key_Return)
    editor = window.view.editor
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "Le avaliacoes")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    card = by_title(file_rows(sample_path, "cards"), "Le avaliacoes")
    assert (card["stage_id"], card["lane_id"], card["kind"]) == \
        (stages["Consideração"], lanes["Ações do cliente"], "action")
    assert window.document.undo_stack.count() == 1


def test_escape_in_new_card_editor_creates_nothing(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = [r["id"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])]
    lanes = [r["id"] for r in sorted(file_rows(sample_path, "lanes"), key=lambda r: r["position"])]
    window.scene.set_current_cell((stages[2], lanes[1]))
    window.view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Return)
    qtbot.keyClicks(window.view.editor, "never")
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)
    assert window.document.undo_stack.count() == 0
    assert "never" not in {r["title"] for r in file_rows(sample_path, "cards")}


def test_f2_renames_and_alt_arrows_move_and_delete_key_deletes(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    window.scene.select_cards([card["id"]])
    window.view.setFocus()
    _key(qtbot, window, Qt.Key.Key_F2)
    editor = window.view.editor
    assert editor is not None and editor.text() == "Segue a marca"
    editor.selectAll()
    qtbot.keyClicks(editor, "Segue a marca no Instagram")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    row = by_title(file_rows(sample_path, "cards"), "Segue a marca no Instagram")
    assert window.document.undo_stack.text(0) == "Edit action"
    window.view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = by_title(file_rows(sample_path, "cards"), "Segue a marca no Instagram")
    stages = [r["id"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])]
    assert moved["stage_id"] == stages[1] and moved["lane_id"] == row["lane_id"]
    assert window.canvas.selected_ids() == [card["id"]]
    _key(qtbot, window, Qt.Key.Key_Delete)
    assert not [r for r in file_rows(sample_path, "cards") if r["id"] == card["id"]]
    # Undo everything back to the start with the keyboard.
    for _ in range(3):
        _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert by_title(file_rows(sample_path, "cards"), "Segue a marca")["stage_id"] == stages[0]
    assert window.document.undo_stack.index() == 0


def test_ctrl_d_duplicates_and_ctrl_a_selects_all(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.view.setFocus()
    _key(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.canvas.selected_ids()) == 12
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    window.scene.select_cards([card["id"]])
    _key(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len([r for r in file_rows(sample_path, "cards") if r["title"] == "Segue a marca"]) == 2


def test_zoom_keys_and_fit(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.view.setFocus()
    window.view.set_zoom(1.0)
    _key(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    rect = window.scene.export_rect()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(rect.adjusted(2, 2, -2, -2))
    zoom = window.view.zoom()
    window.actions_by_name["zoom_in"].trigger()
    assert window.view.zoom() > zoom


def test_ctrl_wheel_zooms_around_the_cursor(qtbot, sample_path):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, sample_path)
    view = window.view
    view.set_zoom(1.0)  # the map is larger than the view, so there is room to keep the point still
    point = QPoint(400, 300)
    before = view.mapToScene(point)
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    zoom = view.zoom()
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > zoom
    after = view.mapToScene(point)
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2

"""Nothing typed is lost: Enter in an in-place editor, pauses in typing, closing the window.

Every gesture here is real events to the focused widget (keys) or to the canvas viewport (mouse);
every check reads the rows in the file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.canvas_helpers import (
    by_title,
    card_point,
    cell_point,
    click,
    double_click,
    open_window,
    press,
    type_keys,
)
from tests.helpers import file_rows

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


def _ids(path, table, key):  # noqa: ANN001, ANN202
    rows = sorted(file_rows(path, table), key=lambda r: r["position"])
    return [r["id"] for r in rows] if key is None else {r[key]: r["id"] for r in rows}


def _titles_in_cell(path, stage_id, lane_id):  # noqa: ANN001, ANN202
    rows = [r for r in file_rows(path, "cards") if (r["stage_id"], r["lane_id"]) == (stage_id, lane_id)
            and r["parent_id"] is None]
    return [r["title"] for r in sorted(rows, key=lambda r: r["position"])]


def test_enter_adds_one_card_at_a_time_and_opens_the_next(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages, lanes = _ids(sample_path, "stages", None), _ids(sample_path, "lanes", None)
    cell = (stages[2], lanes[1])
    before = _titles_in_cell(sample_path, *cell)
    double_click(window.view.viewport(), cell_point(window, *cell, fy=0.9))
    assert window.view.editor is not None and QApplication.focusWidget() is window.view.editor
    type_keys(qtbot, "Alpha")
    press(qtbot, ENTER)
    type_keys(qtbot, "Beta")
    press(qtbot, ENTER)
    assert _titles_in_cell(sample_path, *cell) == [*before, "Alpha", "Beta"]
    # capture goes on in an empty editor; Escape ends it without a card
    assert window.view.editor is not None and window.view.editor.text() == ""
    type_keys(qtbot, "Gamma")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.view.editor is None
    assert _titles_in_cell(sample_path, *cell) == [*before, "Alpha", "Beta"]
    # typing now (focus on the canvas) changes no card
    type_keys(qtbot, "zz")
    assert _titles_in_cell(sample_path, *cell) == [*before, "Alpha", "Beta"]
    assert [window.document.undo_stack.text(i) for i in range(window.document.undo_stack.count())] == \
        ["Add action", "Add action"]


def test_enter_after_a_rename_never_reaches_the_canvas(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    click(window.view.viewport(), card_point(window, card["id"]))
    press(qtbot, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is window.view.editor
    type_keys(qtbot, "Curte o post")
    press(qtbot, ENTER)
    assert window.view.editor is None and QApplication.focusWidget() is window.view
    type_keys(qtbot, "Beta")  # the old defect: a second editor opened by the Return took this
    assert by_title(file_rows(sample_path, "cards"), "Curte o post")["id"] == card["id"]
    assert "Beta" not in {r["title"] for r in file_rows(sample_path, "cards")}


def test_stage_rename_by_double_click_then_enter(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = _ids(sample_path, "stages", "name")
    item = window.scene.stage_items[stages["Decisão"]]
    double_click(window.view.viewport(), window.view.mapFromScene(item.sceneBoundingRect().center()))
    assert QApplication.focusWidget() is window.view.editor
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "Escolha")
    press(qtbot, ENTER)
    type_keys(qtbot, "x")
    press(qtbot, ENTER)
    names = [r["name"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])]
    assert names[2] == "Escolha" and len(names) == 5


def test_a_pause_in_typing_saves_the_new_card_and_the_rest_is_one_step(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages, lanes = _ids(sample_path, "stages", None), _ids(sample_path, "lanes", None)
    cell = (stages[4], lanes[0])
    before = _titles_in_cell(sample_path, *cell)
    double_click(window.view.viewport(), cell_point(window, *cell, fy=0.95))
    type_keys(qtbot, "Pesquisa")
    qtbot.waitUntil(lambda: _titles_in_cell(sample_path, *cell) == [*before, "Pesquisa"], timeout=3000)
    assert window.view.editor is not None  # still typing
    type_keys(qtbot, " NPS")
    press(qtbot, ENTER)
    assert _titles_in_cell(sample_path, *cell) == [*before, "Pesquisa NPS"]
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Add touchpoint"
    press(qtbot, Qt.Key.Key_Escape)  # end the capture
    window.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _titles_in_cell(sample_path, *cell) == before


def test_escape_after_a_pause_takes_the_saved_card_away(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages, lanes = _ids(sample_path, "stages", None), _ids(sample_path, "lanes", None)
    cell = (stages[4], lanes[0])
    before = _titles_in_cell(sample_path, *cell)
    double_click(window.view.viewport(), cell_point(window, *cell, fy=0.95))
    type_keys(qtbot, "Talvez")
    qtbot.waitUntil(lambda: "Talvez" in _titles_in_cell(sample_path, *cell), timeout=3000)
    press(qtbot, Qt.Key.Key_Escape)
    assert _titles_in_cell(sample_path, *cell) == before
    assert window.document.undo_stack.count() == 0  # nothing to undo: nothing happened


def test_new_card_editor_open_when_the_window_closes_keeps_the_card(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages, lanes = _ids(sample_path, "stages", None), _ids(sample_path, "lanes", None)
    window.scene.set_current_cell((stages[0], lanes[2]))
    window.view.setFocus()
    press(qtbot, ENTER, CTRL)
    type_keys(qtbot, "Ultima ideia")
    window.close()
    assert "Ultima ideia" in _titles_in_cell(sample_path, stages[0], lanes[2])


def _select_and_focus_description(qtbot, window, title):  # noqa: ANN001, ANN202
    card = by_title(file_rows(window.document.path, "cards"), title)
    click(window.view.viewport(), card_point(window, card["id"]))
    body = window.inspector.body
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is body
    return card


def test_description_typed_then_window_closed_is_in_the_file(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = _select_and_focus_description(qtbot, window, "Segue a marca")
    type_keys(qtbot, "Viu no feed")
    window.close()
    assert by_title(file_rows(sample_path, "cards"), "Segue a marca")["body"].endswith("Viu no feed")
    assert card["body"] == "" or not card["body"].endswith("Viu no feed")


def test_description_is_saved_after_a_pause_as_one_undo_step(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = _select_and_focus_description(qtbot, window, "Segue a marca")

    def body() -> str:
        return by_title(file_rows(sample_path, "cards"), "Segue a marca")["body"]

    type_keys(qtbot, "abc")
    qtbot.waitUntil(lambda: body().endswith("abc"), timeout=3000)
    type_keys(qtbot, "def")
    qtbot.waitUntil(lambda: body().endswith("abcdef"), timeout=3000)
    assert QApplication.focusWidget() is window.inspector.body  # still typing, cursor kept
    assert window.inspector.body.toPlainText().endswith("abcdef")
    assert window.document.undo_stack.count() == 1
    # Ctrl+Z in the field undoes the document: file, canvas and field agree
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert body() == card["body"]
    assert window.inspector.body.toPlainText() == card["body"]
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert body().endswith("abcdef")
    assert window.inspector.body.toPlainText() == body()


def test_undo_key_in_a_title_field_with_unsaved_text_undoes_the_document(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    click(window.view.viewport(), card_point(window, card["id"]))
    title = window.inspector.title
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_End)
    type_keys(qtbot, " hoje")
    press(qtbot, Qt.Key.Key_Z, CTRL)  # at once: nothing saved yet
    assert by_title(file_rows(sample_path, "cards"), "Segue a marca")["id"] == card["id"]
    assert title.text() == "Segue a marca"
    assert window.scene.card_items[card["id"]].card.title == "Segue a marca"


def test_ctrl_y_redoes_on_the_canvas(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    click(window.view.viewport(), card_point(window, card["id"]))
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert any(r["id"] == card["id"] for r in file_rows(sample_path, "cards"))
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert not any(r["id"] == card["id"] for r in file_rows(sample_path, "cards"))


def test_clicking_into_the_inspector_while_renaming_saves_and_leaves_the_focus_there(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    click(window.view.viewport(), card_point(window, card["id"]))
    press(qtbot, Qt.Key.Key_F2)
    type_keys(qtbot, "Curte")
    qtbot.mouseClick(window.inspector.body.viewport(), Qt.MouseButton.LeftButton)
    assert by_title(file_rows(sample_path, "cards"), "Curte")["id"] == card["id"]
    assert QApplication.focusWidget() is window.inspector.body

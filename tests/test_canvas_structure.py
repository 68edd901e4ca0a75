"""Stages and lanes from their header menus: add, rename, recolour, hide, delete (asking first), undo."""

from __future__ import annotations

from tests.canvas_helpers import open_window
from tests.helpers import file_rows


def _menu_action(menu, text: str):  # noqa: ANN001, ANN201 - QMenu, QAction
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no menu entry {text!r} in {[a.text() for a in menu.actions()]}")


def test_delete_stage_with_cards_asks_then_undo_brings_all_back(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = {r["name"]: r["id"] for r in file_rows(sample_path, "stages")}
    doomed = stages["Pós-compra"]
    cards_before = file_rows(sample_path, "cards")
    stages_before = file_rows(sample_path, "stages")
    in_stage = [c for c in cards_before if c["stage_id"] == doomed]
    assert len(in_stage) == 3
    questions = []
    window.canvas.confirm = lambda title, question: questions.append(question) or False
    menu = window.canvas.build_header_menu("stage", doomed)
    _menu_action(menu, "Delete stage…").trigger()
    assert len(questions) == 1 and "3" in questions[0]
    assert file_rows(sample_path, "stages") == stages_before  # refused: nothing written
    window.canvas.confirm = lambda title, question: True
    _menu_action(menu, "Delete stage…").trigger()
    assert doomed not in {r["id"] for r in file_rows(sample_path, "stages")}
    assert not [c for c in file_rows(sample_path, "cards") if c["stage_id"] == doomed]
    assert doomed not in window.scene.stage_items
    assert all(c["id"] not in window.scene.card_items for c in in_stage)
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.text(0) == "Delete stage"
    window.document.undo_stack.undo()
    assert file_rows(sample_path, "stages") == stages_before
    assert file_rows(sample_path, "cards") == cards_before
    assert doomed in window.scene.stage_items
    assert all(c["id"] in window.scene.card_items for c in in_stage)


def test_delete_empty_lane_does_not_ask(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    lanes = {r["title"]: r["id"] for r in file_rows(sample_path, "lanes")}
    window.canvas.confirm = lambda *_: (_ for _ in ()).throw(AssertionError("asked"))
    assert window.canvas.delete_structure("lanes", lanes["Métricas"])
    assert "Métricas" not in {r["title"] for r in file_rows(sample_path, "lanes")}
    assert [r["position"] for r in sorted(file_rows(sample_path, "lanes"), key=lambda r: r["position"])] == \
        list(range(6))


def test_add_stage_after_and_rename_in_place(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = {r["name"]: r["id"] for r in file_rows(sample_path, "stages")}
    menu = window.canvas.build_header_menu("stage", stages["Decisão"])
    _menu_action(menu, "Add stage after").trigger()
    rows = sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])
    assert [r["name"] for r in rows][3] == "New stage"
    editor = window.view.editor
    assert editor is not None
    editor.setText("Checkout")
    editor.finish()
    rows = sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])
    assert [r["name"] for r in rows] == ["Conscientização", "Consideração", "Decisão", "Checkout", "Compra",
                                         "Pós-compra"]
    assert [window.document.undo_stack.text(i) for i in range(2)] == ["Add stage", "Rename stage"]


def test_recolour_stage_and_hide_lane(qtbot, sample_path, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    window = open_window(qtbot, sample_path)
    stages = {r["name"]: r["id"] for r in file_rows(sample_path, "stages")}
    lanes = {r["title"]: r["id"] for r in file_rows(sample_path, "lanes")}
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#aa3366")))
    _menu_action(window.canvas.build_header_menu("stage", stages["Compra"]), "Colour…").trigger()
    assert next(r for r in file_rows(sample_path, "stages") if r["id"] == stages["Compra"])["color"] == "#AA3366"
    _menu_action(window.canvas.build_header_menu("lane", lanes["Departamentos"]), "Hide lane").trigger()
    assert next(r for r in file_rows(sample_path, "lanes") if r["id"] == lanes["Departamentos"])["hidden"] == 1
    assert not window.scene.lane_items[lanes["Departamentos"]].isVisible()
    assert window.scene.layout.lane_index(lanes["Departamentos"]) is None
    # Show it again from the "Show hidden" submenu.
    hidden = window.canvas.build_hidden_menu(window)
    hidden.actions()[0].trigger()
    assert next(r for r in file_rows(sample_path, "lanes") if r["id"] == lanes["Departamentos"])["hidden"] == 0


def test_hide_stage_in_view_only(qtbot, sample_path):
    from tests.helpers import digest

    window = open_window(qtbot, sample_path)
    before = digest(sample_path)
    stages = {r["name"]: r["id"] for r in file_rows(sample_path, "stages")}
    _menu_action(window.canvas.build_header_menu("stage", stages["Decisão"]), "Hide in this view").trigger()
    assert window.scene.layout.stage_index(stages["Decisão"]) is None
    assert window.scene.layout.stage_index(stages["Compra"]) == 2
    assert digest(sample_path) == before


def test_add_lane_of_a_kind_from_the_menu(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    lanes = {r["title"]: r["id"] for r in file_rows(sample_path, "lanes")}
    menu = window.canvas.build_header_menu("lane", lanes["Pontos de dor"])
    above = next(a for a in menu.actions() if a.text() == "Add lane above").menu()
    next(a for a in above.actions() if a.text() == "Backstage").trigger()
    window.view.close_editor(commit=False)
    rows = sorted(file_rows(sample_path, "lanes"), key=lambda r: r["position"])
    assert [(r["kind"], r["title"]) for r in rows][3] == ("backstage", "Backstage")
    assert window.document.undo_stack.count() == 1


def test_text_edits_repaint_the_card_and_moves_still_relayout(qtbot, sample_path):
    """A title or channel edit updates the card item in place (nothing else moves); a move relayouts."""
    window = open_window(qtbot, sample_path)
    scene, document = window.scene, window.document
    card = next(c for c in document.ws.cards(window.current_journey) if c.parent_id is None)
    others = {cid: item.pos() for cid, item in scene.card_items.items() if cid != card.id}
    window.editor.update_card(card.id, {"title": "Título novo", "channel": "telefone"})
    assert scene.card_items[card.id].card.title == "Título novo"
    assert scene.card_items[card.id].card.channel == "telefone"
    assert next(r for r in file_rows(sample_path, "cards") if r["id"] == card.id)["title"] == "Título novo"
    assert {cid: item.pos() for cid, item in scene.card_items.items() if cid != card.id} == others
    window.document.undo_stack.undo()
    assert scene.card_items[card.id].card.title == card.title
    # a touchpoint on the experience curve: its marker's tooltip follows a new title
    marked = next(key for key in scene.marker_items)
    window.editor.update_card(marked[1], {"title": "Novo nome no gráfico"})
    assert scene.marker_items[marked].toolTip().startswith("Novo nome no gráfico")
    # a move to another lane still lays the map out again
    other_lane = next(ln.id for ln in document.ws.lanes(window.current_journey) if ln.id != card.lane_id)
    window.editor.update_card(card.id, {"lane_id": other_lane})
    assert scene.layout.card_xy[card.id] != (others.get(card.id) or (None, None))
    assert card.id in scene.layout.cells[(card.stage_id, other_lane)]

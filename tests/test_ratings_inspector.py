"""The inspector rates a touchpoint for each persona of the journey, as-is and to-be, from the
keyboard too; each pick is one undo step and a row of the file; the persona's curve follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.canvas_helpers import open_window
from tests.helpers import file_rows


def test_rate_a_touchpoint_for_each_persona_as_is_and_to_be(qtbot, sample_path) -> None:
    window = open_window(qtbot, sample_path)
    ws = window.document.ws
    jid = window.current_journey
    ana = ws.personas()[0]
    from jornada_desktop.model.edits import update_ops, utc_now

    card = next(c for c in ws.cards(jid) if c.kind == "touchpoint")  # (tied to nobody: Ana rates it herself)
    assert window.document.push("untie", update_ops(ws, "cards", card.id, {"persona_id": None}, utc_now()))
    window.scene.select_cards([card.id])
    inspector = window.inspector
    qtbot.waitUntil(lambda: inspector.card is not None and inspector.card.id == card.id)
    as_is, to_be = inspector.rating_pickers[(ana.id, "as_is")], inspector.rating_pickers[(ana.id, "to_be")]
    assert as_is.currentData() is None and to_be.currentData() is None
    steps = window.document.undo_stack.count()
    # With the keyboard: focus the to-be picker, choose "happy" (the first face) and confirm.
    to_be.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is to_be)
    qtbot.keyClick(to_be, Qt.Key.Key_Down)  # "No emotion" → the first face, +2
    rows = [r for r in file_rows(sample_path, "ratings") if r["card_id"] == card.id]
    assert [(r["persona_id"], r["scenario"], r["value"]) for r in rows] == [(ana.id, "to_be", 2)]
    assert window.document.undo_stack.count() == steps + 1
    as_is.setCurrentIndex(as_is.findData(-2))
    as_is.activated.emit(as_is.currentIndex())  # (a mouse pick emits activated)
    rows = {(r["persona_id"], r["scenario"]): r["value"] for r in file_rows(sample_path, "ratings")
            if r["card_id"] == card.id}
    assert rows == {(ana.id, "to_be"): 2, (ana.id, "as_is"): -2}
    curves = window.scene.persona_curves
    assert any(m.card_id == card.id and m.value == -2 for m in curves.items_for(f"persona:{ana.id}")[0].series.marks)
    # Everyone's to-be emotion is the card's own, now settable.
    everyone = inspector.emotion_to_be
    everyone.setCurrentIndex(everyone.findData(1))
    everyone.activated.emit(everyone.currentIndex())
    assert next(r for r in file_rows(sample_path, "cards") if r["id"] == card.id)["emotion_to_be"] == 1
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert [r for r in file_rows(sample_path, "ratings") if r["card_id"] == card.id][0]["scenario"] == "to_be"
    assert as_is.currentData() is None  # the inspector follows the undo


def test_a_rated_card_shows_a_dot_per_persona_that_rated_it(qtbot, sample_path) -> None:
    from jornada_desktop.model.edits import new_row, utc_now
    from jornada_desktop.model.ops import Insert

    window = open_window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    ws = document.ws
    bruno = new_row(ws, "personas", {"name": "Bruno", "color": "#1F77B4"}, utc_now())
    assert document.push("bruno", [Insert("personas", bruno)])
    card = next(c for c in ws.cards(jid) if c.kind == "touchpoint")
    item = window.scene.card_items[card.id]
    assert item.raters == ()
    assert window.editor.set_rating(card.id, bruno["id"], "to_be", 1)
    assert item.raters == (("#1F77B4", "Bruno"),) and "Bruno" in item.tooltip_text()
    window.document.undo_stack.undo()
    assert item.raters == ()

"""Dropping a card kind from the palette creates the card in the cell under the drop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from jornada_desktop.canvas.mime import PALETTE_MIME
from tests.canvas_helpers import by_title, cell_point, open_window
from tests.helpers import digest, file_rows


def _drop(window, kind: str, point) -> QDropEvent:  # noqa: ANN001
    view = window.view.viewport()
    mime = QMimeData()
    mime.setData(PALETTE_MIME, kind.encode())
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, move)
    drop = QDropEvent(QPointF(point), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, drop)
    return drop


def test_palette_drop_creates_the_card_in_that_cell(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = {r["name"]: r["id"] for r in file_rows(sample_path, "stages")}
    lanes = {r["title"]: r["id"] for r in file_rows(sample_path, "lanes")}
    before = len(file_rows(sample_path, "cards"))
    drop = _drop(window, "pain_point", cell_point(window, stages["Compra"], lanes["Pontos de dor"]))
    assert drop.isAccepted()
    window.view.close_editor(commit=False)
    rows = file_rows(sample_path, "cards")
    assert len(rows) == before + 1
    new = max(rows, key=lambda r: r["id"])
    assert (new["kind"], new["stage_id"], new["lane_id"], new["position"]) == \
        ("pain_point", stages["Compra"], lanes["Pontos de dor"], 0)
    assert new["title"] == "New pain point"
    assert window.document.undo_stack.count() == 1
    assert window.canvas.selected_ids() == [new["id"]]


def test_palette_drop_then_typed_title_and_undo(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = {r["name"]: r["id"] for r in file_rows(sample_path, "stages")}
    lanes = {r["title"]: r["id"] for r in file_rows(sample_path, "lanes")}
    # Drop on the upper part of a cell that has two cards: the new card goes first.
    _drop(window, "touchpoint", cell_point(window, stages["Pós-compra"], lanes["Pontos de contato"], fy=0.04))
    editor = window.view.editor
    assert editor is not None and editor.isVisible()
    editor.setText("Chatbot de rastreio")
    editor.finish()
    rows = file_rows(sample_path, "cards")
    new = by_title(rows, "Chatbot de rastreio")
    assert new["position"] == 0
    assert by_title(rows, "Liga sobre atraso na entrega")["position"] == 1
    assert window.document.undo_stack.count() == 2  # the card, then its title
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert not [r for r in file_rows(sample_path, "cards") if r["id"] == new["id"]]
    assert by_title(file_rows(sample_path, "cards"), "Liga sobre atraso na entrega")["position"] == 0


def test_drop_outside_the_grid_or_of_unknown_kind_writes_nothing(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    before = digest(sample_path)
    corner = window.view.mapFromScene(QPointF(20, 20))
    _drop(window, "touchpoint", corner)
    stages = [r["id"] for r in file_rows(sample_path, "stages")]
    lanes = [r["id"] for r in file_rows(sample_path, "lanes")]
    drop = _drop(window, "<script>", cell_point(window, stages[0], lanes[0]))
    assert not drop.isAccepted()
    assert digest(sample_path) == before
    assert window.document.undo_stack.count() == 0


def test_palette_offers_the_kinds_as_drag_data(qtbot):
    from jornada_desktop.widgets.window.palette import KINDS, CardPalette

    palette = CardPalette()
    qtbot.addWidget(palette)
    assert palette.count() == len(KINDS)
    mime = palette.mimeData([palette.item(2)])
    assert bytes(mime.data(PALETTE_MIME).data()).decode() == KINDS[2]

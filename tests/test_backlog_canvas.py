"""In the window: improvements from a card's menu, badges on cards, jump from the backlog to a card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from jornada_desktop.canvas.improvement_badges import ImprovementBadgeItem
from jornada_desktop.widgets.backlog.editor import ImprovementEditor, create_improvement_for_card
from tests.canvas_helpers import open_window
from tests.helpers import file_rows


def _window(qtbot, path: Path):
    window = open_window(qtbot, path)
    return window


def _card(window, title: str) -> int:
    return next(c.id for c in window.document.ws.cards(window.current_journey) if c.title == title)


def test_card_menu_adds_a_linked_improvement(qtbot, sample_path: Path, monkeypatch) -> None:
    window = _window(qtbot, sample_path)
    opportunity = _card(window, "Avisos proativos de entrega")
    menu = window.canvas.build_card_menu(opportunity)
    entry = next(a for a in menu.actions() if a.text() == "Add improvement…")
    assert entry.isEnabled()
    monkeypatch.setattr(ImprovementEditor, "exec", lambda self: QDialog.DialogCode.Accepted)
    entry.trigger()
    row = file_rows(sample_path, "improvements")[-1]
    card = window.document.ws.get("cards", opportunity)
    assert (row["card_id"], row["stage_id"], row["title"]) == (opportunity, card.stage_id,
                                                               "Improve: Avisos proativos de entrega")
    panel = window.backlog_hooks.panel
    assert panel.selected_ids() == [row["id"]]
    window.document.undo_stack.undo()
    assert len(file_rows(sample_path, "improvements")) == 2


def test_badges_count_improvements_on_cards(qtbot, sample_path: Path) -> None:
    window = _window(qtbot, sample_path)
    document = window.document
    opportunity = _card(window, "Avisos proativos de entrega")
    pain = _card(window, "Tempo de espera no telefone")

    def badge(card_id: int) -> ImprovementBadgeItem | None:
        children = window.scene.card_items[card_id].childItems()
        found = [c for c in children if isinstance(c, ImprovementBadgeItem)]
        return found[0] if found else None

    assert badge(pain) is not None and badge(pain).count == 1  # the sample's call-back item
    assert badge(opportunity) is None
    create_improvement_for_card(document, opportunity)
    create_improvement_for_card(document, opportunity, "Rastreio no app")
    assert badge(opportunity).count == 2 and badge(opportunity).text() == "2"
    document.undo_stack.undo()
    assert badge(opportunity).count == 1
    document.undo_stack.undo()
    assert badge(opportunity) is None


def test_double_click_in_backlog_selects_the_card(qtbot, sample_path: Path) -> None:
    window = _window(qtbot, sample_path)
    panel = window.backlog_hooks.panel
    window.backlog_hooks.dock.raise_()
    item = next(i for i in window.document.ws.improvements(window.current_journey) if i.title.startswith("Mostrar"))
    assert panel.select_improvement(item.id)
    rect = panel.table.visualRect(panel.table.currentIndex())
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.scene.selected_card_ids() == [item.card_id]


def test_matrix_opens_in_the_window_and_follows_the_backlog(qtbot, sample_path: Path) -> None:
    window = _window(qtbot, sample_path)
    hooks = window.backlog_hooks
    hooks.show_matrix()
    item = window.document.ws.improvements(window.current_journey)[1]
    hooks.panel.select_improvement(item.id)
    assert hooks.matrix.selected_id == item.id
    hooks.matrix.improvement_picked.emit(window.document.ws.improvements(window.current_journey)[0].id)
    assert hooks.panel.selected_ids() == [window.document.ws.improvements(window.current_journey)[0].id]

"""The backlog panel: sort, filters, edits and improvements from cards, each in the file and undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from jornada_desktop.widgets.backlog.editor import create_improvement_for_card, improvement_fields_ops
from jornada_desktop.widgets.backlog.model import COLUMNS, ID_ROLE, OVERDUE_ROLE
from jornada_desktop.widgets.backlog.panel import BacklogPanel
from tests.helpers import file_rows


def _panel(qtbot, document) -> BacklogPanel:
    panel = BacklogPanel()
    qtbot.addWidget(panel)
    panel.set_journey(document, document.ws.journeys()[0].id)
    return panel


def _titles(panel: BacklogPanel) -> list[str]:
    col = COLUMNS.index("title")
    return [panel.proxy.index(r, col).data() for r in range(panel.proxy.rowCount())]


def _card(document, title: str) -> int:
    return next(c.id for c in document.ws.cards(document.ws.journeys()[0].id) if c.title == title)


def test_sort_and_filter(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    jid = document.ws.journeys()[0].id
    callback = "Retorno de ligação em vez de espera na linha"  # 5/2/3 votes: 9.5
    shipping = "Mostrar o frete na página do produto"  # 4/3/1 vote: 5.5
    ops = improvement_fields_ops(document, jid, {"title": "Chat com humano", "impact": 3, "effort": 1,
                                                 "owner": "Atendimento", "status": "done"})
    assert document.push("add", ops)
    # Sorted by priority, highest first: 9.5, 5.5, then 2·3 − 1 = 5.
    assert _titles(panel) == [callback, shipping, "Chat com humano"]
    panel.table.sortByColumn(COLUMNS.index("priority"), Qt.SortOrder.AscendingOrder)
    assert _titles(panel) == ["Chat com humano", shipping, callback]
    panel.table.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert _titles(panel) == ["Chat com humano", shipping, callback]
    panel.table.sortByColumn(COLUMNS.index("stage"), Qt.SortOrder.AscendingOrder)
    assert _titles(panel)[:2] == [shipping, callback]  # Consideração before Decisão; no stage last
    # Filters: status, stage, owner, search; and back to all.
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("in_progress"))
    assert _titles(panel) == [shipping]
    panel.status_filter.setCurrentIndex(0)
    decisao = next(s.id for s in document.ws.stages(jid) if s.name == "Decisão")
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData(decisao))
    assert _titles(panel) == [callback]
    panel.stage_filter.setCurrentIndex(0)
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findData("Atendimento"))
    assert _titles(panel) == ["Chat com humano"]
    panel.owner_filter.setCurrentIndex(0)
    panel.search.setText("FRETE")
    assert _titles(panel) == [shipping]
    panel.search.setText("espera no telefone")  # the linked card's title is searched too
    assert _titles(panel) == [callback]
    panel.search.clear()
    assert len(_titles(panel)) == 3


def test_cell_edit_is_written_and_undoable(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, COLUMNS.index("title")).data().startswith("Mostrar"))
    item_id = panel.proxy.index(row, 0).data(ID_ROLE)
    assert panel.proxy.setData(panel.proxy.index(row, COLUMNS.index("effort")), 1)
    assert panel.proxy.setData(panel.proxy.index(row, COLUMNS.index("owner")), "Ana")
    rows = {r["id"]: r for r in file_rows(document.path, "improvements")}
    assert (rows[item_id]["effort"], rows[item_id]["owner"]) == (1, "Ana")
    assert panel.model.index(panel.model.row_of(item_id), 0).data() == "7.5"  # 2 × 4 − 1 + 0.5
    document.undo_stack.undo()
    document.undo_stack.undo()
    rows = {r["id"]: r for r in file_rows(document.path, "improvements")}
    assert (rows[item_id]["effort"], rows[item_id]["owner"]) == (3, "Comércio eletrônico")
    # A bad date is refused with a sentence and the file keeps its value.
    messages: list[str] = []
    document.write_failed.connect(messages.append)
    assert not panel.proxy.setData(panel.proxy.index(row, COLUMNS.index("due_date")), "31/12/2027")
    assert messages and "YYYY-MM-DD" in messages[0]
    assert {r["id"]: r for r in file_rows(document.path, "improvements")}[item_id]["due_date"] == "2027-03-31"


def test_improvement_from_a_pain_point(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    card_id = _card(document, "Frete só aparece no fim")
    card = document.ws.get("cards", card_id)
    new_id = create_improvement_for_card(document, card_id)
    assert new_id is not None
    row = {r["id"]: r for r in file_rows(document.path, "improvements")}[new_id]
    assert (row["card_id"], row["stage_id"], row["department"]) == (card_id, card.stage_id, "Comércio eletrônico")
    assert "Frete só aparece no fim" in row["title"]
    assert panel.model.row_of(new_id) >= 0
    document.undo_stack.undo()
    assert new_id not in {r["id"] for r in file_rows(document.path, "improvements")}
    assert panel.model.row_of(new_id) == -1


def test_overdue_highlight(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    panel.model.today = date(2027, 1, 20)  # the sample's follow-ups are on 2027-01-15
    states = {panel.model.improvement(r).status: panel.model.index(r, 0).data(OVERDUE_ROLE)
              for r in range(panel.model.rowCount())}
    assert states == {"open": True, "in_progress": True}
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    panel.model.today = date(2027, 1, 1)
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_double_click_jumps_to_the_card(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    panel.show()
    callback = next(i for i in document.ws.improvements(panel.journey_id) if i.title.startswith("Retorno"))
    panel.select_improvement(callback.id)
    index = panel.table.currentIndex()
    rect = panel.table.visualRect(index)
    with qtbot.waitSignal(panel.card_requested) as blocker:
        # A real double click is press, release, double-click event (the view checks the press).
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [callback.card_id]


def test_delete_is_undoable(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    before = file_rows(document.path, "improvements")
    panel.select_improvement(before[0]["id"])
    panel.delete_selected()
    assert [r["id"] for r in file_rows(document.path, "improvements")] == [before[1]["id"]]
    document.undo_stack.undo()
    assert file_rows(document.path, "improvements") == before


def test_sort_follows_an_edited_value_and_undo(qtbot, document) -> None:
    """Sort keys are cached for speed; an edit or an undo re-sorts with the new values."""
    panel = _panel(qtbot, document)
    jid = document.ws.journeys()[0].id
    callback = "Retorno de ligação em vez de espera na linha"  # 9.5
    shipping = "Mostrar o frete na página do produto"  # 5.5
    assert _titles(panel)[:2] == [callback, shipping]
    item = next(i for i in document.ws.improvements(jid) if i.title == shipping)
    assert panel.select_improvement(item.id)
    assert document.push("votes", improvement_fields_ops(document, jid, {"votes": 20}, item.id))
    assert [r["votes"] for r in file_rows(document.path, "improvements") if r["id"] == item.id] == [20]
    assert _titles(panel)[:2] == [shipping, callback]
    assert panel.selected_ids() == [item.id]  # the selection moved with its row
    assert panel.table.currentIndex().row() == 0
    document.undo_stack.undo()
    assert _titles(panel)[:2] == [callback, shipping]
    assert panel.selected_ids() == [item.id]
    # Sorting by another column and back keeps following the values.
    panel.table.sortByColumn(COLUMNS.index("votes"), Qt.SortOrder.AscendingOrder)
    votes = [panel.proxy.index(r, COLUMNS.index("votes")).data(Qt.ItemDataRole.EditRole)
             for r in range(panel.proxy.rowCount())]
    assert votes == sorted(votes)


def test_columns_fit_their_texts_and_dots_once_shown(qtbot, document) -> None:
    """Columns are measured when the panel is first shown: texts and vote dots fit their cells."""
    from jornada_desktop.widgets.backlog.voting import dots_width

    panel = _panel(qtbot, document)
    header = panel.table.horizontalHeader()
    panel.resize(1400, 400)
    panel.show()
    qtbot.waitExposed(panel)
    metrics = panel.table.fontMetrics()
    votes = COLUMNS.index("votes")
    rows = range(panel.proxy.rowCount())
    assert rows
    most = max(panel.proxy.index(r, votes).data(Qt.ItemDataRole.EditRole) for r in rows)
    assert header.sectionSize(votes) >= dots_width(most, metrics) > dots_width(0, metrics)
    for name in ("card", "stage", "owner"):
        column = COLUMNS.index(name)
        widest = max(metrics.horizontalAdvance(str(panel.proxy.index(r, column).data() or "")) for r in rows)
        assert header.sectionSize(column) >= widest, name

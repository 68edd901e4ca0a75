"""Dot voting: each click a durable, undoable vote; the per-participant limit; reset."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jornada_desktop.widgets.backlog.panel import BacklogPanel
from tests.helpers import file_rows


def _votes(document) -> dict[str, int]:
    return {r["title"][:7]: r["votes"] for r in file_rows(document.path, "improvements")}


def _click(qtbot, panel: BacklogPanel, improvement_id: int) -> None:
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(improvement_id), 1))
    rect = panel.table.visualRect(row)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_votes_by_click_with_a_limit_undo_and_reset(qtbot, document) -> None:
    panel = BacklogPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 400)
    panel.show()
    jid = document.ws.journeys()[0].id
    panel.set_journey(document, jid)
    items = {i.title[:7]: i.id for i in document.ws.improvements(jid)}
    assert _votes(document) == {"Retorno": 3, "Mostrar": 1}
    panel.voting_toggle.setChecked(True)
    panel.participant.setText("Bia")
    panel.limit.setValue(2)
    _click(qtbot, panel, items["Mostrar"])
    _click(qtbot, panel, items["Mostrar"])
    assert _votes(document) == {"Retorno": 3, "Mostrar": 3}
    assert panel.voting.remaining() == 0
    _click(qtbot, panel, items["Retorno"])  # refused: Bia used both votes
    assert _votes(document) == {"Retorno": 3, "Mostrar": 3}
    assert "Bia" in panel.remaining.text()
    document.undo_stack.undo()  # gives one vote back
    assert _votes(document) == {"Retorno": 3, "Mostrar": 2}
    assert panel.voting.remaining() == 1
    _click(qtbot, panel, items["Retorno"])
    assert _votes(document) == {"Retorno": 4, "Mostrar": 2}
    panel.participant.setText("Caio")  # the next participant has a fresh allowance
    assert panel.voting.remaining() == 2
    _click(qtbot, panel, items["Retorno"])
    assert _votes(document) == {"Retorno": 5, "Mostrar": 2}
    # Clicking in normal mode does not vote.
    panel.voting_toggle.setChecked(False)
    _click(qtbot, panel, items["Retorno"])
    assert _votes(document) == {"Retorno": 5, "Mostrar": 2}
    # Reset: one undoable edit.
    assert panel.voting.reset(list(items.values()))
    assert _votes(document) == {"Retorno": 0, "Mostrar": 0}
    document.undo_stack.undo()
    assert _votes(document) == {"Retorno": 5, "Mostrar": 2}


def test_votes_survive_reopening(qtbot, document, sample_path) -> None:
    from jornada_desktop.editing.document import Document

    panel = BacklogPanel()
    qtbot.addWidget(panel)
    jid = document.ws.journeys()[0].id
    panel.set_journey(document, jid)
    target = document.ws.improvements(jid)[1].id
    for _ in range(4):
        assert panel.vote(target)
    panel.set_journey(None, None)
    document.close()
    reopened = Document.open(sample_path, read_only=True)
    try:
        assert reopened.ws.get("improvements", target).votes == 5
    finally:
        reopened.close()

"""The room in presentation mode: who is there (asked at the start, colours in order, nobody carried
over to the next session) and dot voting that cannot misfire (explicit + / −, fixed order while a
round is open, allowances, ranked results, a round undone in one step). Real keys and clicks; the
rows are read from the file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from jornada_desktop.model import workshop as w
from jornada_desktop.widgets.workshop.presentation import PresentationWindow
from jornada_desktop.widgets.workshop.room import COL_ITEM, COL_MINUS, COL_PLUS
from tests.helpers import file_rows, open_presentation


def _window(qtbot, document) -> PresentationWindow:
    return open_presentation(qtbot, document, (1280, 800), ask=True)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_session_starts_by_asking_who_is_there(qtbot, document) -> None:
    window = _window(qtbot, document)
    panel = window.people_panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.name_field)
    assert window.room_tabs.isVisible() and window.room_tabs.currentWidget() is panel
    names = ["Maria", "Joao", "Ana", "Bia", "Caio", "Duda", "Eva", "Fabio", "Gil", "Hugo", "Iris", "Juca"]
    for name in names:
        _type(qtbot, name)
        _key(qtbot, Qt.Key.Key_Return)
    rows = file_rows(document.path, "participants")
    assert [r["name"] for r in rows] == names
    assert [r["color"] for r in rows] == list(w.PALETTE)  # twelve people, twelve colours
    _type(qtbot, "maria")  # a name on the list picks that person; nobody is added twice
    _key(qtbot, Qt.Key.Key_Return)
    assert len(file_rows(document.path, "participants")) == 12 and "Maria" in panel.hint.text()
    assert window.participant() == "Maria"
    _type(qtbot, "Juca")
    _key(qtbot, Qt.Key.Key_Return)
    _type(qtbot, "Ze")
    _key(qtbot, Qt.Key.Key_Escape)  # clears the half-typed name
    assert panel.name_field.text() == ""
    _key(qtbot, Qt.Key.Key_Escape)  # then back to capturing cards
    assert not window.room_tabs.isVisible() and QApplication.focusWidget() is window.capture_field
    # The last name added is the current participant; the next card carries name and colour.
    assert window.participant() == "Juca"
    _type(qtbot, "Fila grande")
    _key(qtbot, Qt.Key.Key_Return)
    card = next(r for r in file_rows(document.path, "cards") if r["title"] == "Fila grande")
    assert card["participant"] == "Juca" and card["color"] == w.PALETTE[11]
    # Picking someone else in the capture bar: their cards, their colour.
    combo = window.participant_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the facilitator, then down to Maria
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    combo.activated.emit(combo.currentIndex())  # (offscreen, arrow keys on a closed combo do not activate)
    assert window.participant() == "Maria" and QApplication.focusWidget() is window.capture_field
    window.close()
    # The next session asks again and credits nobody until someone is picked.
    again = _window(qtbot, document)
    assert again.participant() == "" and again.room_tabs.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.people_panel.name_field)  # asked again
    _key(qtbot, Qt.Key.Key_Escape)  # nobody picked: on to capturing
    assert QApplication.focusWidget() is again.capture_field
    _type(qtbot, "Sem dono")
    _key(qtbot, Qt.Key.Key_Return)
    card = next(r for r in file_rows(document.path, "cards") if r["title"] == "Sem dono")
    assert card["participant"] == "" and card["color"] is None


def test_rename_and_remove_from_the_list(qtbot, document) -> None:
    window = _window(qtbot, document)
    panel = window.people_panel
    for name in ("Maria", "Joao"):
        _type(qtbot, name)
        _key(qtbot, Qt.Key.Key_Return)
    window.capture("Ideia do Joao")
    panel.people.setFocus()
    panel.people.setCurrentRow(1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.people)
    _key(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not panel.people, "F2 opened no editor"
    editor.selectAll()
    _type(qtbot, "Joao Pedro")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r["name"] for r in file_rows(document.path, "participants")] == ["Maria", "Joao Pedro"])
    card = next(r for r in file_rows(document.path, "cards") if r["title"] == "Ideia do Joao")
    assert card["participant"] == "Joao Pedro"  # the card follows the rename
    panel.people.setFocus()
    panel.people.setCurrentRow(0)
    _key(qtbot, Qt.Key.Key_Delete)
    assert [r["name"] for r in file_rows(document.path, "participants")] == ["Joao Pedro"]
    document.undo_stack.undo()
    assert [r["name"] for r in file_rows(document.path, "participants")] == ["Maria", "Joao Pedro"]


def _cell_center(table, row: int, col: int) -> QPoint:
    return table.visualRect(table.model().index(row, col)).center()


def test_votes_only_by_the_plus_and_minus_controls_in_a_fixed_order(qtbot, document) -> None:
    window = _window(qtbot, document)
    for name in ("Maria", "Joao"):
        _type(qtbot, name)
        _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_Escape)
    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the ballot
    voting = window.voting_panel
    table = voting.table
    assert window.room_tabs.isVisible() and QApplication.focusWidget() is table
    voting.allowance.setValue(2)
    qtbot.mouseClick(voting.open_button, Qt.MouseButton.LeftButton)
    rounds = file_rows(document.path, "vote_rounds")
    assert len(rounds) == 1 and rounds[0]["allowance"] == 2 and rounds[0]["closed_at"] is None
    order = [voting.model.target_at(r) for r in range(voting.model.rowCount())]
    assert order == w.ballot(document.ws, 1)
    # Selecting rows by clicking their text casts nothing.
    for row in (0, 3, 1):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(table, row, COL_ITEM))
    assert file_rows(document.path, "votes") == []
    # Joao (current: the last added) votes twice for row 3 with the + control; the order stays.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(table, 3, COL_PLUS))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(table, 3, COL_PLUS))
    assert [voting.model.target_at(r) for r in range(voting.model.rowCount())] == order
    votes = file_rows(document.path, "votes")
    joao = file_rows(document.path, "participants")[1]["id"]
    target = order[3]
    column = "card_id" if target.table == "cards" else "improvement_id"
    assert [(v["participant_id"], v[column]) for v in votes] == [(joao, target.id)] * 2
    assert "0 left" in voting.remaining_label.text() or "0 restante" in voting.remaining_label.text()
    # A third vote is refused and says why.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(table, 0, COL_PLUS))
    assert len(file_rows(document.path, "votes")) == 2 and "Joao" in voting.remaining_label.text()
    # − takes one back; Maria votes with the keyboard on the focused row.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(table, 3, COL_MINUS))
    assert len(file_rows(document.path, "votes")) == 1
    voting.voter.setCurrentIndex(voting.voter.findText("Maria"))
    table.setFocus()
    table.setCurrentIndex(voting.model.index(1, COL_ITEM))
    _key(qtbot, Qt.Key.Key_Plus)
    _key(qtbot, Qt.Key.Key_Plus)
    assert window.participant() == "Maria"
    assert len(file_rows(document.path, "votes")) == 3
    assert [voting.model.target_at(r) for r in range(voting.model.rowCount())] == order
    # Closing the round ranks the items: Maria's two votes first, Joao's one next.
    qtbot.mouseClick(voting.close_button, Qt.MouseButton.LeftButton)
    assert file_rows(document.path, "vote_rounds")[0]["closed_at"]
    assert voting.model.target_at(0) == order[1] and voting.model.target_at(1) == order[3]
    assert w.round_results(document.ws, rounds[0]["id"]) == [(order[1], 2), (order[3], 1)]
    # Voting on a closed round: nothing, and the panel says to open one.
    _key(qtbot, Qt.Key.Key_Plus)
    assert len(file_rows(document.path, "votes")) == 3
    # Discarding the round is one step, and one undo brings it all back.
    qtbot.mouseClick(voting.discard_button, Qt.MouseButton.LeftButton)
    assert file_rows(document.path, "votes") == [] and file_rows(document.path, "vote_rounds") == []
    document.undo_stack.undo()
    assert len(file_rows(document.path, "votes")) == 3 and len(file_rows(document.path, "vote_rounds")) == 1


def test_improvement_votes_count_in_the_backlog_total(qtbot, document) -> None:
    window = _window(qtbot, document)
    _key(qtbot, Qt.Key.Key_Escape)
    window.show_room(1)
    voting = window.voting_panel
    voting.allowance.setValue(0)  # no limit
    qtbot.mouseClick(voting.open_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(voting.model.rowCount()) if voting.model.target_at(r).table == "improvements")
    target = voting.model.target_at(row)
    before = next(r["votes"] for r in file_rows(document.path, "improvements") if r["id"] == target.id)
    voting.table.setCurrentIndex(voting.model.index(row, COL_ITEM))
    voting.table.setFocus()
    for _ in range(3):
        _key(qtbot, Qt.Key.Key_Plus)
    _key(qtbot, Qt.Key.Key_Minus)
    after = next(r["votes"] for r in file_rows(document.path, "improvements") if r["id"] == target.id)
    assert after == before + 2
    assert [v["participant_id"] for v in file_rows(document.path, "votes")] == [None, None]

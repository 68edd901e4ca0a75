"""The structure lock: while a journey's structure is locked, no path can move, rename, add or delete
its stages and lanes (the rows in the file stay as they were); cards can still be added."""

from __future__ import annotations

from jornada_desktop.model.edits import delete_ops, insert_card_ops, new_row, reorder_ops, update_ops, utc_now
from jornada_desktop.model.ops import Insert, Update
from tests.helpers import file_rows


def _lock(document, on: bool = True) -> None:
    assert document.push("lock", [Update("journeys", 1, {"structure_locked": int(on)})])
    assert file_rows(document.path, "journeys")[0]["structure_locked"] == int(on)


def test_locked_structure_refuses_moves_renames_adds_and_deletes(document) -> None:
    ws = document.ws
    stamp = utc_now()
    stages_before = file_rows(document.path, "stages")
    lanes_before = file_rows(document.path, "lanes")
    cards_before = file_rows(document.path, "cards")
    ids = [s.id for s in ws.stages(1)]
    _lock(document)
    messages: list[str] = []
    document.write_failed.connect(messages.append)
    attempts = {
        "move stage": reorder_ops(ws, "stages", [ids[1], ids[0], *ids[2:]]),
        "move lane": reorder_ops(ws, "lanes", [ln.id for ln in reversed(ws.lanes(1))]),
        "rename stage": update_ops(ws, "stages", ids[0], {"name": "Outro nome"}, stamp),
        "rename lane": update_ops(ws, "lanes", ws.lanes(1)[0].id, {"title": "Outra raia"}, stamp),
        "delete stage": delete_ops(ws, "stages", [ids[0]], stamp),
        "delete lane": delete_ops(ws, "lanes", [ws.lanes(1)[-1].id], stamp),
        "add stage": [Insert("stages", new_row(ws, "stages", {"journey_id": 1, "position": 9, "name": "Nova"},
                                               stamp))],
    }
    for what, ops in attempts.items():
        assert ops, what
        assert document.push(what, ops) is False, what
    assert file_rows(document.path, "stages") == stages_before
    assert file_rows(document.path, "lanes") == lanes_before
    assert file_rows(document.path, "cards") == cards_before  # deleting a stage would take its cards
    assert len(messages) == len(attempts)
    assert all("locked" in m for m in messages)
    assert document.undo_stack.count() == 1  # only the lock itself


def test_cards_can_still_be_added_and_hiding_a_lane_is_allowed(document) -> None:
    ws = document.ws
    _lock(document)
    stage, lane = ws.stages(1)[0], ws.lanes(1)[0]
    ops = insert_card_ops(ws, {"journey_id": 1, "stage_id": stage.id, "lane_id": lane.id,
                               "kind": "touchpoint", "title": "Ideia do grupo"}, None, utc_now())
    assert document.push("add", ops)
    assert any(r["title"] == "Ideia do grupo" for r in file_rows(document.path, "cards"))
    hide = update_ops(ws, "lanes", ws.lanes(1)[-1].id, {"hidden": 1}, utc_now())
    assert document.push("hide", hide)
    assert file_rows(document.path, "lanes")[-1]["hidden"] == 1


def test_undo_of_an_earlier_rename_is_refused_while_locked_and_works_after_unlock(document) -> None:
    ws = document.ws
    stage_id = ws.stages(1)[0].id
    old_name = ws.get("stages", stage_id).name
    assert document.push("rename", update_ops(ws, "stages", stage_id, {"name": "Descoberta"}, utc_now()))
    _lock(document)
    document.undo_stack.undo()  # undoes the lock: allowed
    assert file_rows(document.path, "journeys")[0]["structure_locked"] == 0
    _lock(document)  # a new lock step (the redo branch is gone)
    document.undo_stack.undo()  # back to unlocked
    document.undo_stack.undo()  # the rename's undo, now allowed
    assert [r["name"] for r in file_rows(document.path, "stages") if r["id"] == stage_id] == [old_name]


def test_deleting_a_whole_locked_journey_is_not_a_lock_violation(document) -> None:
    from jornada_desktop.editing.structure_lock import lock_violation

    ws = document.ws
    _lock(document)
    assert lock_violation(ws, delete_ops(ws, "journeys", [1], utc_now())) is None
    assert lock_violation(ws, delete_ops(ws, "stages", [ws.stages(1)[0].id], utc_now()))

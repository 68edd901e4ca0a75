"""A deterministic stream of random edits built with the model's planners (the same ops the UI pushes).

`random_edit(ws, rng, n)` looks only at the workspace and the random generator, so a child process
and its parent (or a Document and a bare Workspace) that start from equal rows with equal seeds
plan exactly the same edits. Used by the crash trials, the property tests and the restore tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from jornada_desktop.model import edits
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.workspace import Workspace

LANE_KINDS = ("touchpoints", "actions", "pain_points", "opportunities", "notes")
CARD_KINDS = ("touchpoint", "action", "pain_point", "opportunity", "text")
WORDS = ("Anúncio", "Loja", "Checkout", "Frete", "Suporte", "E-mail", "App", "Fila", "NPS", "Cupom")


def stamp_of(n: int) -> str:
    """A fixed timestamp per step (so replays produce identical rows)."""
    return f"2024-01-01T00:{n // 60 % 60:02d}:{n % 60:02d}Z"


def _text(rng: random.Random, size: int = 3) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, size)))


def _journey(ws: Workspace, rng: random.Random) -> int | None:
    journeys = ws.journeys()
    return rng.choice(journeys).id if journeys else None


def _add_journey(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    jid = ws.next_id("journeys")
    # (the identity drawn from the script's generator: a replay makes the same rows)
    ops: list[Op] = [Insert("journeys", edits.new_row(ws, "journeys", {"title": _text(rng), "position":
                                                                       len(ws.journeys()),
                                                                       "uuid": f"{rng.getrandbits(128):032x}"},
                                                      stamp))]
    ops.append(Insert("stages", {**edits.new_row(ws, "stages", {"name": "Etapa"}, stamp), "journey_id": jid}))
    ops.append(Insert("lanes", {**edits.new_row(ws, "lanes", {"title": "Pontos", "kind": "touchpoints"}, stamp),
                                "journey_id": jid}))
    return ops


def _add_card(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    jid = _journey(ws, rng)
    if jid is None:
        return _add_journey(ws, rng, stamp)
    stages, lanes = ws.stages(jid), ws.lanes(jid)
    if not stages or not lanes:
        return _add_stage(ws, rng, stamp) if not stages else _add_lane(ws, rng, stamp)
    stage, lane = rng.choice(stages), rng.choice(lanes)
    fields = {"journey_id": jid, "stage_id": stage.id, "lane_id": lane.id, "kind": rng.choice(CARD_KINDS),
              "title": _text(rng), "body": _text(rng, 40) * rng.randint(1, 30),
              "emotion": rng.choice([None, -2, -1, 0, 1, 2])}
    return edits.insert_card_ops(ws, fields, rng.randint(0, 4), stamp)


def _add_note(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    cards = [c for c in ws.all("cards") if c.parent_id is None]
    if not cards:
        return _add_card(ws, rng, stamp)
    parent = rng.choice(cards)
    fields = {"journey_id": parent.journey_id, "stage_id": parent.stage_id, "lane_id": parent.lane_id,
              "kind": "note", "title": "", "body": _text(rng, 6), "parent_id": parent.id}
    return edits.insert_card_ops(ws, fields, None, stamp)


def _update_card(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    cards = ws.all("cards")
    if not cards:
        return _add_card(ws, rng, stamp)
    card = rng.choice(cards)
    changes = {"body": _text(rng, 20)}
    if card.kind != "note":
        changes["title"] = _text(rng)
        changes["emotion"] = rng.choice([None, -2, -1, 0, 1, 2])
    return edits.update_ops(ws, "cards", card.id, changes, stamp)


def _move_cards(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    cards = [c for c in ws.all("cards") if c.parent_id is None]
    if not cards:
        return _add_card(ws, rng, stamp)
    first = rng.choice(cards)
    same = [c for c in cards if c.journey_id == first.journey_id]
    chosen = rng.sample(same, min(len(same), rng.randint(1, 3)))
    stage = rng.choice(ws.stages(first.journey_id))
    lane = rng.choice(ws.lanes(first.journey_id))
    moves = [(c.id, (stage.id, lane.id), rng.randint(0, 5)) for c in chosen]
    return edits.move_cards_ops(ws, moves, stamp)


def _delete_card(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    cards = ws.all("cards")
    if not cards:
        return _add_card(ws, rng, stamp)
    return edits.delete_ops(ws, "cards", [rng.choice(cards).id], stamp)


def _add_stage(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    jid = _journey(ws, rng)
    if jid is None:
        return _add_journey(ws, rng, stamp)
    row = {**edits.new_row(ws, "stages", {"name": _text(rng, 2)}, stamp), "journey_id": jid,
           "position": len(ws.stages(jid))}
    return [Insert("stages", row)]


def _add_lane(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    jid = _journey(ws, rng)
    if jid is None:
        return _add_journey(ws, rng, stamp)
    row = {**edits.new_row(ws, "lanes", {"title": _text(rng, 2), "kind": rng.choice(LANE_KINDS)}, stamp),
           "journey_id": jid, "position": len(ws.lanes(jid))}
    return [Insert("lanes", row)]


def _rename_stage(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    stages = ws.all("stages")
    if not stages:
        return _add_stage(ws, rng, stamp)
    return edits.update_ops(ws, "stages", rng.choice(stages).id, {"name": _text(rng, 2)}, stamp)


def _reorder_stages(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    jid = _journey(ws, rng)
    if jid is None:
        return _add_journey(ws, rng, stamp)
    ids = [s.id for s in ws.stages(jid)]
    rng.shuffle(ids)
    return edits.reorder_ops(ws, "stages", ids)


def _delete_structure(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    table = rng.choice(["stages", "lanes"])
    rows = ws.all(table)
    if len(rows) < 3:
        return _add_stage(ws, rng, stamp) if table == "stages" else _add_lane(ws, rng, stamp)
    return edits.delete_ops(ws, table, [rng.choice(rows).id], stamp)


def _add_improvement(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    jid = _journey(ws, rng)
    if jid is None:
        return _add_journey(ws, rng, stamp)
    cards = sorted(ws.cards(jid), key=lambda c: c.id)  # ws.cards has no order; the replay needs one
    card = rng.choice(cards) if cards and rng.random() < 0.6 else None
    fields = {"journey_id": jid, "title": _text(rng), "impact": rng.randint(1, 5), "effort": rng.randint(1, 5),
              "card_id": card.id if card else None, "stage_id": card.stage_id if card else None}
    return [Insert("improvements", edits.new_row(ws, "improvements", fields, stamp))]


def _update_improvement(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    items = ws.all("improvements")
    if not items:
        return _add_improvement(ws, rng, stamp)
    item = rng.choice(items)
    changes = {"votes": item.votes + 1, "status": rng.choice(["open", "in_progress", "done", "dismissed"]),
               "impact": rng.randint(1, 5)}
    return edits.update_ops(ws, "improvements", item.id, changes, stamp)


def _delete_improvement(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    items = ws.all("improvements")
    if not items:
        return _add_improvement(ws, rng, stamp)
    return edits.delete_ops(ws, "improvements", [rng.choice(items).id], stamp)


def _clone_journey(ws: Workspace, rng: random.Random, stamp: str) -> list[Op]:
    jid = _journey(ws, rng)
    if jid is None or len(ws.journeys()) > 3:
        return _add_card(ws, rng, stamp)
    return edits.clone_journey_ops(ws, jid, _text(rng), len(ws.journeys()), stamp,
                                   identity=f"{rng.getrandbits(128):032x}")


PLANNERS: dict[str, tuple[Callable[[Workspace, random.Random, str], list[Op]], int]] = {
    "Add touchpoint": (_add_card, 8),
    "Add note": (_add_note, 2),
    "Edit touchpoint": (_update_card, 6),
    "Move touchpoints": (_move_cards, 6),
    "Delete touchpoint": (_delete_card, 3),
    "Add stage": (_add_stage, 2),
    "Add lane": (_add_lane, 1),
    "Rename stage": (_rename_stage, 2),
    "Reorder stages": (_reorder_stages, 1),
    "Delete stage or lane": (_delete_structure, 1),
    "Add improvement": (_add_improvement, 3),
    "Edit improvement": (_update_improvement, 3),
    "Delete improvement": (_delete_improvement, 1),
    "Add journey": (_add_journey, 1),
    "Duplicate journey": (_clone_journey, 1),
}


def random_edit(ws: Workspace, rng: random.Random, n: int) -> tuple[str, list[Op]]:
    """Plan edit number n: (undo text, ops); the ops may be empty when nothing would change."""
    names = list(PLANNERS)
    name = rng.choices(names, weights=[PLANNERS[k][1] for k in names])[0]
    return name, PLANNERS[name][0](ws, rng, stamp_of(n))


def copy_workspace(ws: Workspace) -> Workspace:
    """An independent workspace with the same rows."""
    return Workspace.from_rows({t: ws.rows(t) for t in ws.tables})


class ModelStack:
    """The pure replay: a Workspace and a list of (forward, backward) ops with an index."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.steps: list[list[list[Op]]] = []
        self.index = 0

    def push(self, ops: list[Op]) -> None:
        backward = self.ws.apply(ops)
        del self.steps[self.index:]
        self.steps.append([ops, backward])
        self.index += 1

    def undo(self) -> None:
        if self.index:
            self.index -= 1
            step = self.steps[self.index]
            step[0] = self.ws.apply(step[1])

    def redo(self) -> None:
        if self.index < len(self.steps):
            step = self.steps[self.index]
            step[1] = self.ws.apply(step[0])
            self.index += 1

"""The workshop's rows: participant colours, voting rounds with allowances, the agenda (pure model)."""

from __future__ import annotations

import itertools

from jornada_desktop.model import workshop as w
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.interchange import journey_from_dict
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.templates import load_template

# ---- colour-vision simulation (Machado, Oliveira & Fernandes 2009, severity 1) and CIELAB ----
_CVD = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritan": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(hex_color: str, kind: str) -> tuple[float, float, float]:
    rgb = [_linear(int(hex_color[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(max(sum(m * c for m, c in zip(row, rgb, strict=True)), 0.0), 1.0) for row in _CVD[kind])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def test_palette_has_twelve_colours_told_apart_with_colour_blindness() -> None:
    assert len(set(w.PALETTE)) == 12
    worst = min(
        sum((a - b) ** 2 for a, b in zip(_lab(p, kind), _lab(q, kind), strict=True)) ** 0.5
        for kind in _CVD for p, q in itertools.combinations(w.PALETTE, 2)
    )
    assert worst >= 15.0, worst


def _ws() -> tuple[Workspace, int]:
    ws = Workspace()
    ws.apply(journey_from_dict(ws, load_template("compra", "en"), utc_now(), position=0))
    return ws, ws.journeys()[0].id


def test_twelve_participants_get_twelve_colours_in_order() -> None:
    ws, jid = _ws()
    stamp = utc_now()
    names = ["Maria", "Joao", "Ana", "Bia", "Caio", "Duda", "Eva", "Fabio", "Gil", "Hugo", "Iris", "Juca"]
    for name in names:
        ws.apply(w.add_participant_ops(ws, jid, name, stamp))
    people = ws.participants(jid)
    assert [p.name for p in people] == names
    assert [p.color for p in people] == list(w.PALETTE)  # Maria and Joao no longer share one
    # The same name again (any case or accents) adds nobody; a thirteenth person reuses the first colour.
    assert w.add_participant_ops(ws, jid, "  joão ", stamp) == []
    assert w.add_participant_ops(ws, jid, "MARIA", stamp) == []
    ws.apply(w.add_participant_ops(ws, jid, "Kim", stamp))
    assert ws.participants(jid)[-1].color == w.PALETTE[0]
    # A colour freed by someone leaving goes to the next newcomer.
    ws.apply(w.remove_participant_ops(ws, people[2].id))
    ws.apply(w.add_participant_ops(ws, jid, "Lia", stamp))
    assert ws.participants(jid)[-1].color == w.PALETTE[2]
    assert [p.position for p in ws.participants(jid)] == list(range(12 + 1))


def test_votes_respect_the_allowance_and_come_back_when_withdrawn() -> None:
    ws, jid = _ws()
    stamp = utc_now()
    ws.apply(w.add_participant_ops(ws, jid, "Maria", stamp))
    maria = ws.participants(jid)[0].id
    ws.apply(w.open_round_ops(ws, jid, "Round 1", 2, stamp))
    rnd = ws.open_round(jid)
    card, improvement = w.ballot(ws, jid)[0], w.ballot(ws, jid)[-1]
    before = ws.get("improvements", improvement.id).votes
    ws.apply(w.cast_vote_ops(ws, rnd.id, maria, card, stamp))
    ws.apply(w.cast_vote_ops(ws, rnd.id, maria, improvement, stamp))
    assert w.remaining_votes(ws, rnd.id, maria) == 0
    assert w.cast_vote_ops(ws, rnd.id, maria, card, stamp) == []  # no third vote
    assert ws.get("improvements", improvement.id).votes == before + 1
    assert w.remaining_votes(ws, rnd.id, None) == 2  # someone else's allowance is untouched
    ws.apply(w.withdraw_vote_ops(ws, rnd.id, maria, improvement, stamp))
    assert ws.get("improvements", improvement.id).votes == before
    assert w.remaining_votes(ws, rnd.id, maria) == 1
    assert w.withdraw_vote_ops(ws, rnd.id, maria, improvement, stamp) == []  # nothing of hers left there
    ws.apply(w.close_round_ops(ws, rnd.id, stamp))
    assert ws.open_round(jid) is None
    assert w.cast_vote_ops(ws, rnd.id, maria, card, stamp) == []  # a closed round takes no votes


def test_results_rank_and_a_round_is_discarded_in_one_step() -> None:
    ws, jid = _ws()
    stamp = utc_now()
    ws.apply(w.open_round_ops(ws, jid, "", 0, stamp))
    rnd = ws.open_round(jid)
    items = w.ballot(ws, jid)
    a, b, imp = items[0], items[1], items[-1]
    totals = ws.get("improvements", imp.id).votes
    for target in (b, a, b, imp, b, a):
        ws.apply(w.cast_vote_ops(ws, rnd.id, None, target, stamp))
    assert w.round_results(ws, rnd.id) == [(b, 3), (a, 2), (imp, 1)]
    assert ws.get("improvements", imp.id).votes == totals + 1
    ops = w.discard_round_ops(ws, rnd.id, stamp)
    undo = ws.apply(ops)
    assert ws.all("votes") == [] and ws.all("vote_rounds") == []
    assert ws.get("improvements", imp.id).votes == totals
    ws.apply(undo)  # one step back brings every vote back
    assert len(ws.all("votes")) == 6 and ws.get("improvements", imp.id).votes == totals + 1


def test_opening_a_round_closes_the_open_one_and_deleting_a_card_takes_its_votes() -> None:
    ws, jid = _ws()
    stamp = utc_now()
    ws.apply(w.open_round_ops(ws, jid, "1", 3, stamp))
    first = ws.open_round(jid)
    card = w.ballot(ws, jid)[0]
    ws.apply(w.cast_vote_ops(ws, first.id, None, card, stamp))
    ws.apply(w.open_round_ops(ws, jid, "2", 3, stamp))
    assert ws.get("vote_rounds", first.id).closed_at == stamp and ws.open_round(jid).id != first.id
    from jornada_desktop.model.edits import delete_ops
    ws.apply(delete_ops(ws, "cards", [card.id], stamp))
    assert ws.all("votes") == []


def test_agenda_steps_in_order() -> None:
    ws, jid = _ws()
    stamp = utc_now()
    for title, minutes in (("Capture", 10), ("Vote", 5), ("Discuss", 10)):
        ws.apply(w.add_step_ops(ws, jid, title, minutes, stamp))
    assert [(s.title, s.minutes, s.position) for s in ws.agenda(jid)] == [
        ("Capture", 10, 0), ("Vote", 5, 1), ("Discuss", 10, 2)]
    ws.apply(w.remove_step_ops(ws, ws.agenda(jid)[0].id))
    assert [(s.title, s.position) for s in ws.agenda(jid)] == [("Vote", 0), ("Discuss", 1)]
    assert w.add_step_ops(ws, jid, "   ", 5, stamp) == []

"""Each persona's rating of each touchpoint, as-is and to-be: opposite experiences stay opposite,
the curves go through the touchpoints in reading order, and the comparison ranks the gaps."""

from __future__ import annotations

from jornada_desktop.model import ratings as r
from jornada_desktop.model.curves import persona_series
from jornada_desktop.model.edits import new_row, utc_now
from jornada_desktop.model.interchange import journey_from_dict
from jornada_desktop.model.ops import Insert
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.templates import load_template


def _ws() -> tuple[Workspace, int, list[int], list[int]]:
    ws = Workspace()
    ws.apply(journey_from_dict(ws, load_template("compra", "en"), utc_now(), position=0))
    jid = ws.journeys()[0].id
    people = []
    for name in ("Phone lover", "Bot lover"):
        row = new_row(ws, "personas", {"name": name, "color": "#0072B2"}, utc_now())
        ws.apply([Insert("personas", row)])
        people.append(row["id"])
    cards = [c.id for c, _, _ in r.touchpoints_in_order(ws, jid)]
    return ws, jid, people, cards


def test_opposite_experiences_stay_opposite() -> None:
    ws, jid, (phone, bot), cards = _ws()
    stamp = utc_now()
    call, chat = cards[0], cards[1]  # two touchpoints (of the first stage, or the first two read)
    for who, first, second in ((phone, 2, -2), (bot, -2, 2)):
        ws.apply(r.set_rating_ops(ws, call, who, "as_is", first, stamp))
        ws.apply(r.set_rating_ops(ws, chat, who, "as_is", second, stamp, reason="slow"))
    series = {s.persona_id: s for s in persona_series(ws, jid)}
    assert [m.value for m in series[phone].marks] == [2, -2]
    assert [m.value for m in series[bot].marks] == [-2, 2]
    assert [m.card_id for m in series[phone].marks] == [call, chat]  # reading order
    gaps = r.compare(ws, jid, (phone, "as_is"), (bot, "as_is"))
    assert [(g.card_id, g.a, g.b, g.size) for g in gaps] == [(call, 2, -2, 4), (chat, -2, 2, 4)]
    assert ws.ratings_of(chat)[0].reason == "slow"


def test_set_change_and_clear_one_rating_in_one_step_each() -> None:
    ws, jid, (phone, _bot), cards = _ws()
    stamp = utc_now()
    card = cards[2]
    assert r.rating_value(ws, card, phone, "to_be") is None
    ops = r.set_rating_ops(ws, card, phone, "to_be", 1, stamp)
    assert len(ops) == 1 and isinstance(ops[0], Insert)
    undo = ws.apply(ops)
    assert r.rating_value(ws, card, phone, "to_be") == 1
    assert r.set_rating_ops(ws, card, phone, "to_be", 1, stamp) == []  # no change, no step
    ws.apply(r.set_rating_ops(ws, card, phone, "to_be", -1, stamp))
    assert r.rating_value(ws, card, phone, "to_be") == -1
    ws.apply(r.set_rating_ops(ws, card, phone, "to_be", None, stamp))
    assert r.rating_value(ws, card, phone, "to_be") is None and ws.ratings(jid) == []
    assert ws.apply(ops) and ws.apply(undo) == ops  # undo is the inverse
    # Everyone's rating is the card's own emotion.
    ws.apply(r.set_rating_ops(ws, card, None, "to_be", 2, stamp))
    assert ws.get("cards", card).emotion_to_be == 2 and r.rating_value(ws, card, None, "to_be") == 2


def test_the_cards_own_persona_rates_through_the_card() -> None:
    ws, jid, _people, cards = _ws()
    tied = next(c for c in ws.cards(jid) if c.persona_id is not None and c.emotion is not None)
    assert r.rating_value(ws, tied.id, tied.persona_id, "as_is") == tied.emotion
    ws.apply(r.set_rating_ops(ws, tied.id, tied.persona_id, "as_is", -2, utc_now()))
    assert ws.get("cards", tied.id).emotion == -2 and ws.ratings(jid) == []


def test_deleting_a_persona_or_a_card_takes_its_ratings() -> None:
    from jornada_desktop.model.edits import delete_ops

    ws, jid, (phone, bot), cards = _ws()
    stamp = utc_now()
    ws.apply(r.set_rating_ops(ws, cards[0], phone, "as_is", 1, stamp))
    ws.apply(r.set_rating_ops(ws, cards[1], bot, "as_is", 1, stamp))
    ws.apply(delete_ops(ws, "personas", [phone], stamp))
    ws.apply(delete_ops(ws, "cards", [cards[1]], stamp))
    assert ws.ratings(jid) == []


def test_ratings_travel_in_the_journey_json() -> None:
    from jornada_desktop.model.interchange import journey_to_dict

    ws, jid, (phone, bot), cards = _ws()
    stamp = utc_now()
    ws.apply(r.set_rating_ops(ws, cards[0], phone, "as_is", 2, stamp, reason="quick answer"))
    ws.apply(r.set_rating_ops(ws, cards[1], bot, "to_be", -1, stamp))
    data = journey_to_dict(ws, jid)
    assert len(data["ratings"]) == 2
    other = Workspace()
    other.apply(journey_from_dict(other, data, stamp, position=0))

    def seen(w: Workspace) -> set:
        return {(w.get("cards", x.card_id).title, w.get("personas", x.persona_id).name, x.scenario, x.value, x.reason)
                for x in w.all("ratings")}

    assert seen(other) == seen(ws)

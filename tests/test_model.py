"""The pure journey model: validation messages, the workspace and the edit planners."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jornada_desktop.model import edits
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import Card, Improvement, Journey, Lane, Stage
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.ops import Insert
from jornada_desktop.model.validation import validate
from jornada_desktop.model.workspace import Workspace

STAMP = "2026-11-22T10:00:00Z"


def two_journeys() -> Workspace:
    ws = Workspace()
    ops = [
        Insert("journeys", Journey(1, title="A").to_row()),
        Insert("journeys", Journey(2, title="B", position=1).to_row()),
        Insert("stages", Stage(1, journey_id=1, name="Conscientização").to_row()),
        Insert("stages", Stage(2, journey_id=1, name="Consideração", position=1).to_row()),
        Insert("stages", Stage(3, journey_id=2, name="Other").to_row()),
        Insert("lanes", Lane(1, journey_id=1, kind="touchpoints", title="Pontos").to_row()),
        Insert("lanes", Lane(2, journey_id=2, kind="touchpoints", title="Pontos").to_row()),
    ]
    ws.apply(ops)
    return ws


def test_vocabulary_labels_in_both_languages() -> None:
    assert v.emotion_label(2, "pt_BR") == "feliz"
    assert v.emotion_label(-2, "en") == "angry"
    assert v.label(v.CHANNELS, "self_service", "pt_BR") == "Portal de autoatendimento"
    assert v.label(v.LANE_KINDS, "pain_points", "en") == "Pain points"
    assert set(v.LANE_KINDS) >= {"touchpoints", "actions", "channels", "emotions", "pain_points",
                                 "expectations", "opportunities", "departments", "backstage", "metrics",
                                 "notes", "text"}


def test_validation_messages_are_sentences() -> None:
    ws = two_journeys()
    assert "The card's title cannot be empty." in validate(Card(9, 1, 1, 1, title="  "), ws)
    msgs = validate(Card(9, 1, 1, 1, title="x", emotion=3), ws)
    assert any("emotion must be a whole number from -2 to 2" in m for m in msgs)
    assert any("Unknown lane kind" in m for m in validate(Lane(5, 1, kind="weird", title="x"), ws))
    msgs = validate(Card(9, journey_id=1, stage_id=3, lane_id=1, title="x"), ws)
    assert "The stage 3 belongs to another journey." in msgs
    assert any("impact" in m for m in validate(Improvement(1, 1, title="x", impact=9), ws))
    assert validate(Card(9, 1, 1, 1, title="ok", emotion=-2, channel="email"), ws) == []


def test_apply_is_all_or_nothing() -> None:
    ws = two_journeys()
    before = {t: ws.rows(t) for t in ws.tables}
    good = Insert("cards", Card(1, 1, 1, 1, title="ok").to_row())
    bad = Insert("cards", Card(2, 1, 3, 1, title="bad").to_row())
    with pytest.raises(ValidationError):
        ws.apply([good, bad])
    assert {t: ws.rows(t) for t in ws.tables} == before


def test_delete_stage_takes_its_cards_and_clears_links() -> None:
    ws = two_journeys()
    for title in ("a", "b"):
        ws.apply(edits.insert_card_ops(ws, {"journey_id": 1, "stage_id": 1, "lane_id": 1, "title": title},
                                       None, STAMP))
    ws.apply([Insert("improvements", Improvement(1, 1, card_id=1, stage_id=1, title="fix").to_row())])
    before = {t: ws.rows(t) for t in ws.tables}
    ops = edits.delete_ops(ws, "stages", [1], STAMP)
    inverse = ws.apply(ops)
    assert ws.get("stages", 1) is None and not ws.cards(1)
    imp = ws.get("improvements", 1)
    assert imp.card_id is None and imp.stage_id is None  # the backlog item stays, unlinked
    assert [s.position for s in ws.stages(1)] == [0]
    ws.apply(inverse)
    assert {t: ws.rows(t) for t in ws.tables} == before


def test_move_cards_renumbers_both_cells() -> None:
    ws = two_journeys()
    for title in "abc":
        ws.apply(edits.insert_card_ops(ws, {"journey_id": 1, "stage_id": 1, "lane_id": 1, "title": title},
                                       None, STAMP))
    ws.apply(edits.move_cards_ops(ws, [(1, (2, 1), 0)], STAMP))
    assert [c.title for c in ws.cards_in_cell(1, 1)] == ["b", "c"]
    assert [c.position for c in ws.cards_in_cell(1, 1)] == [0, 1]
    assert [c.title for c in ws.cards_in_cell(2, 1)] == ["a"]
    assert edits.move_cards_ops(ws, [(1, (2, 1), 0)], STAMP) == []  # already there: nothing to do


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from([1, 2]), st.integers(0, 6)), max_size=12))
def test_move_keeps_positions_dense(moves: list[tuple[int, int, int]]) -> None:
    ws = two_journeys()
    for title in "abcdef":
        ws.apply(edits.insert_card_ops(ws, {"journey_id": 1, "stage_id": 1, "lane_id": 1, "title": title},
                                       0, STAMP))
    for card_index, stage_id, index in moves:
        ws.apply(edits.move_cards_ops(ws, [(card_index + 1, (stage_id, 1), index)], STAMP))
    for stage_id in (1, 2):
        assert [c.position for c in ws.cards_in_cell(stage_id, 1)] == list(
            range(len(ws.cards_in_cell(stage_id, 1))))
    assert len(ws.cards(1)) == 6


def test_clone_journey_copies_everything() -> None:
    ws = two_journeys()
    ws.apply(edits.insert_card_ops(ws, {"journey_id": 1, "stage_id": 2, "lane_id": 1, "title": "x"}, None, STAMP))
    ws.apply(edits.clone_journey_ops(ws, 1, "A (copy)", 2, STAMP))
    copy = [j for j in ws.journeys() if j.title == "A (copy)"][0]
    assert [s.name for s in ws.stages(copy.id)] == ["Conscientização", "Consideração"]
    (card,) = ws.cards(copy.id)
    assert card.title == "x" and ws.get("stages", card.stage_id).journey_id == copy.id

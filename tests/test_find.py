"""Find across cards, notes and improvements; the find bar cycles through the hits."""

from __future__ import annotations

from jornada_desktop.model.edits import insert_card_ops, utc_now
from jornada_desktop.model.search import (
    CardFilter,
    SavedView,
    dump_saved_views,
    find,
    fold,
    matching_ids,
    parse_saved_views,
    step,
)
from tests.helpers import file_rows


def test_fold_ignores_case_and_accents() -> None:
    assert fold("AÇÃO Pós") == "acao pos"


def test_find_cards_and_improvements_in_reading_order(document) -> None:
    ws = document.ws
    hits = find(ws, 1, "FRETE")
    cards = {r["id"]: r for r in file_rows(document.path, "cards")}
    improvements = {r["id"]: r for r in file_rows(document.path, "improvements")}
    assert hits, "the sample mentions frete"
    for hit in hits:
        row = (cards if hit.table == "cards" else improvements)[hit.id]
        assert fold(row[hit.field][hit.start:hit.start + hit.length]) == "frete"
    assert matching_ids(hits, "cards") == [c["id"] for c in cards.values() if "frete" in fold(c["title"] + c["body"])]
    assert matching_ids(hits, "improvements") == [
        i["id"] for i in improvements.values() if "frete" in fold(i["title"] + i["description"])
    ]
    # improvements come after every card
    tables = [h.table for h in hits]
    assert tables == sorted(tables)


def test_find_reaches_notes_and_accented_text(document) -> None:
    ws = document.ws
    parent = ws.cards_in_cell(1, 1)[0]
    ops = insert_card_ops(ws, {"journey_id": 1, "stage_id": parent.stage_id, "lane_id": parent.lane_id,
                               "kind": "note", "title": "", "body": "Cliente não encontrou o botão",
                               "parent_id": parent.id}, None, utc_now())
    document.push("note", ops)
    note_id = ops[-1].id
    assert [r for r in file_rows(document.path, "cards") if r["id"] == note_id][0]["parent_id"] == parent.id
    hits = find(ws, 1, "nao encontrou")
    assert [(h.id, h.is_note, h.field) for h in hits] == [(note_id, True, "body")]
    assert find(ws, 1, "   ") == []


def test_step_wraps_both_ways() -> None:
    assert [step(3, i) for i in (-1, 0, 1, 2)] == [0, 1, 2, 0]
    assert [step(3, i, forward=False) for i in (-1, 0, 2)] == [2, 2, 1]
    assert step(0, 5) == -1


def test_find_bar_cycles_through_matches(qtbot, document) -> None:
    from jornada_desktop.widgets.window.find_bar import FindBar

    bar = FindBar()
    qtbot.addWidget(bar)
    bar.set_context(document, 1)
    bar.open_bar()
    shown = []
    bar.match_selected.connect(shown.append)
    qtbot.keyClicks(bar.field, "entrega")
    qtbot.waitUntil(lambda: bool(bar.matches))
    expected = find(document.ws, 1, "entrega")
    assert len(expected) >= 3 and bar.matches == expected
    assert bar.current == 0 and shown == [expected[0]]
    for i in range(1, len(expected)):
        assert bar.next() == expected[i]
    assert bar.next() == expected[0]  # wraps to the first
    assert bar.previous() == expected[-1]  # and back to the last
    assert bar.count_label.text() == f"{len(expected)} of {len(expected)}"
    assert shown[-1] == expected[-1]
    bar.field.setText("zzz-nothing")
    bar.search()
    assert bar.matches == [] and bar.next() is None
    assert bar.count_label.text() == "No matches"


def test_find_bar_follows_edits(qtbot, document) -> None:
    from jornada_desktop.widgets.window.find_bar import FindBar

    bar = FindBar()
    qtbot.addWidget(bar)
    bar.set_context(document, 1)
    bar.show()
    bar.field.setText("pinguim")
    bar.search()
    assert bar.matches == []
    ops = insert_card_ops(document.ws, {"journey_id": 1, "stage_id": 1, "lane_id": 1, "kind": "touchpoint",
                                        "title": "Pinguim no caixa"}, None, utc_now())
    document.push("add", ops)
    assert [m.id for m in bar.matches] == [ops[-1].id]
    assert any(r["title"] == "Pinguim no caixa" for r in file_rows(document.path, "cards"))


def test_filter_and_saved_views_round_trip(document) -> None:
    ws = document.ws
    f = CardFilter(channels={"phone"})
    shown = f.visible_cards(ws, 1)
    assert shown == {c.id for c in ws.cards(1) if c.channel == "phone"}
    assert CardFilter().visible_cards(ws, 1) == {c.id for c in ws.cards(1)}
    views = [SavedView(1, "Telefone", f), SavedView(1, "Dores", CardFilter(lanes={4}))]
    document.store.set_meta("saved_views", dump_saved_views(views))
    stored = {r["key"]: r["value"] for r in _meta_rows(document.path)}
    assert parse_saved_views(stored["saved_views"]) == views
    assert parse_saved_views("{not json") == [] and parse_saved_views('[{"journey_id": "x"}]') == []


def _meta_rows(path):
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return [{"key": k, "value": v} for k, v in conn.execute("SELECT key, value FROM meta")]
    finally:
        conn.close()

"""Find and filter in the main window: Ctrl+F selects the cards of the hits; filters dim the rest;
saved views live in the file's meta table."""

from __future__ import annotations

import json
import sqlite3

from jornada_desktop.model.search import SAVED_VIEWS_KEY, CardFilter, find
from jornada_desktop.widgets.window.filter_panel import DIMMED_OPACITY


def _window(qtbot, path):
    from jornada_desktop.widgets.window.main_window import MainWindow
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = MainWindow()
    qtbot.addWidget(window)
    features = install_workshop_features(window)
    window.show()
    assert window.open_path(path)
    return window, features


def test_ctrl_f_opens_the_find_bar_and_selects_each_hit(qtbot, sample_path) -> None:
    window, features = _window(qtbot, sample_path)
    window.actions_by_name["find"].trigger()
    bar = features.find_bar
    assert bar.isVisible() and window.focusWidget() is bar.field
    qtbot.keyClicks(bar.field, "entrega")
    qtbot.waitUntil(lambda: bool(bar.matches))
    hits = find(window.document.ws, window.current_journey, "entrega")
    assert bar.matches == hits
    seen = []
    for _ in hits:
        match = bar.current_match()
        if match.table == "cards":
            assert window.scene.selected_card_ids() == [match.id]
            seen.append(match.id)
        bar.next()
    assert bar.current == 0  # round the ring
    assert len(set(seen)) >= 3


def test_filter_dims_cards_and_saved_views_round_trip(qtbot, sample_path) -> None:
    window, features = _window(qtbot, sample_path)
    panel = features.filter_panel
    window.actions_by_name["filter"].trigger()
    assert features.filter_dock.isVisible()
    panel.set_filter(CardFilter(channels={"email"}))
    scene = window.scene
    email = {c.id for c in window.document.ws.cards(1) if c.channel == "email" and c.parent_id is None}
    assert email
    for card_id, item in scene.card_items.items():
        assert item.opacity() == (1.0 if card_id in email else DIMMED_OPACITY)
    assert panel.save_view("Só e-mail")
    conn = sqlite3.connect(sample_path)
    stored = json.loads(conn.execute("SELECT value FROM meta WHERE key = ?", (SAVED_VIEWS_KEY,)).fetchone()[0])
    conn.close()
    assert stored == [{"journey_id": 1, "name": "Só e-mail", "filter": {"channels": ["email"], "evidence": [],
                                                                         "lanes": [], "personas": []}}]
    panel.clear()
    assert all(item.opacity() == 1.0 for item in scene.card_items.values())
    assert panel.apply_view("Só e-mail")
    assert {i for i, item in scene.card_items.items() if item.opacity() == 1.0} == email


def test_filter_follows_a_card_whose_channel_or_evidence_changes(qtbot, sample_path) -> None:
    window, features = _window(qtbot, sample_path)
    panel, scene = features.filter_panel, window.scene
    panel.set_filter(CardFilter(channels={"email"}))
    other = next(c for c in window.document.ws.cards(1) if c.channel not in (None, "email") and c.parent_id is None)
    assert scene.card_items[other.id].opacity() == DIMMED_OPACITY
    assert window.editor.update_card(other.id, {"channel": "email"})
    assert scene.card_items[other.id].opacity() == 1.0
    assert sqlite3.connect(sample_path).execute("SELECT channel FROM cards WHERE id = ?", (other.id,)).fetchone() \
        == ("email",)
    window.document.undo_stack.undo()
    assert scene.card_items[other.id].opacity() == DIMMED_OPACITY
    panel.set_filter(CardFilter(evidence={"observed"}))
    shown = next(c for c in window.document.ws.cards(1) if c.evidence == "observed" and c.parent_id is None)
    assert scene.card_items[shown.id].opacity() == 1.0
    assert window.editor.update_card(shown.id, {"evidence": "assumed"})
    assert scene.card_items[shown.id].opacity() == DIMMED_OPACITY


def test_filtering_by_a_persona_isolates_its_curves(qtbot, sample_path) -> None:
    from jornada_desktop.canvas.persona_curves import SeriesCurveItem
    from jornada_desktop.model.edits import new_row, utc_now
    from jornada_desktop.model.ops import Insert
    from jornada_desktop.model.ratings import set_rating_ops

    window, features = _window(qtbot, sample_path)
    document = window.document
    ws = document.ws
    ana = ws.personas()[0]
    bruno = new_row(ws, "personas", {"name": "Bruno", "color": "#1F77B4"}, utc_now())
    assert document.push("bruno", [Insert("personas", bruno)])
    card = next(c for c in ws.cards(1) if c.kind == "touchpoint")
    assert document.push("rate", set_rating_ops(ws, card.id, bruno["id"], "as_is", -2, utc_now()))

    def drawn() -> set[int]:
        return {i.series.persona_id for i in window.scene.items()
                if isinstance(i, SeriesCurveItem) and i.series.kind == "persona"}

    assert drawn() == {ana.id, bruno["id"]}
    window.actions_by_name["filter"].trigger()
    features.filter_panel.set_filter(CardFilter(personas={bruno["id"]}))
    assert drawn() == {bruno["id"]}
    features.filter_panel.clear()
    assert drawn() == {ana.id, bruno["id"]}

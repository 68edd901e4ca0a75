"""Dashboard figures and emotion curves computed from the sample purchase journey, by hand count."""

from __future__ import annotations

from pathlib import Path

from jornada_desktop.model.curves import all_series, curve_points, stage_averages
from jornada_desktop.model.edits import new_row, update_ops
from jornada_desktop.model.insights import (
    backlog_by_status,
    happiness_index,
    improvement_counts,
    insight_tables,
    journey_insights,
    pain_points_per_stage,
)
from jornada_desktop.model.ops import Insert
from jornada_desktop.store import Store


def _load(path: Path):
    store = Store.open(path, read_only=True)
    try:
        return store.load_workspace()
    finally:
        store.close()


def test_sample_figures_match_a_hand_count(sample_path: Path) -> None:
    ws = _load(sample_path)
    jid = ws.journeys()[0].id
    # Stages: Conscientização, Consideração, Decisão, Compra, Pós-compra.
    # Touchpoint emotions: s1 c1=+1 | s2 c3=0 c4=+1 | s3 c5=-1 | s4 c7=+2 | s5 c9=-2 c10=0
    # (the pain points c12=-1 in s2 and c6=-2 in s3 are not on the curve).
    assert stage_averages(ws, jid) == [1.0, 0.5, -1.0, 2.0, -1.0]
    # Touchpoints only: s1 1/1, s2 1/2, s3 0/1, s4 1/1, s5 0/2 positive.
    assert happiness_index(ws, jid) == [1.0, 0.5, 0.0, 1.0, 0.0]
    assert pain_points_per_stage(ws, jid) == [0, 1, 1, 0, 0]
    assert backlog_by_status(ws, jid) == {"open": 1, "in_progress": 1, "done": 0, "dismissed": 0}
    data = journey_insights(ws, jid)
    assert data.stages == ("Conscientização", "Consideração", "Decisão", "Compra", "Pós-compra")
    everyone, ana = data.emotion
    assert everyone.persona_id is None and everyone.values == (1.0, 0.5, -1.0, 2.0, -1.0)
    # Every touchpoint of the sample is Ana's, so her curve is the same.
    assert ana.name == "Ana Souza" and ana.values == (1.0, 0.5, -1.0, 2.0, -1.0)
    assert ana.color == "#E45756"


def test_improvement_counts_and_tables(sample_path: Path) -> None:
    ws = _load(sample_path)
    jid = ws.journeys()[0].id
    cards = {c.title: c.id for c in ws.cards(jid)}
    counts = improvement_counts(ws, jid)
    assert counts == {cards["Tempo de espera no telefone"]: 1, cards["Frete só aparece no fim"]: 1}
    tables = {t["key"]: t for t in insight_tables(ws, jid, "pt_BR")}
    assert tables["pain_points"]["rows"][1] == ["Consideração", 1]
    assert tables["backlog"]["rows"][0] == ["Aberto", 1]
    assert tables["emotion"]["headers"] == ["Etapa", "Todos os pontos de contato", "Ana Souza"]
    assert tables["emotion"]["rows"][2] == ["Decisão", -1.0, -1.0]
    assert insight_tables(ws, jid, "en")[3]["rows"][1] == ["In progress", 1]


def test_to_be_and_second_persona_curves(sample_path: Path) -> None:
    ws = _load(sample_path)
    jid = ws.journeys()[0].id
    stamp = "2026-01-01T00:00:00Z"
    ws.apply([op for c in ws.cards(jid) for op in update_ops(ws, "cards", c.id, {"emotion_to_be": None}, stamp)])
    assert curve_points(ws, jid, "emotion_to_be") == ()  # (the sample's to-be examples cleared: set here)
    bruno = new_row(ws, "personas", {"name": "Bruno", "color": "#1F77B4"}, stamp)
    ws.apply([Insert("personas", bruno)])
    touch = sorted((c for c in ws.cards(jid) if c.kind == "touchpoint"), key=lambda c: c.id)
    ops = update_ops(ws, "cards", touch[0].id, {"persona_id": bruno["id"], "emotion_to_be": 2}, stamp)
    ops += update_ops(ws, "cards", touch[-1].id, {"emotion_to_be": 1}, stamp)
    ws.apply(ops)
    series = {s.key: s for s in all_series(ws, jid)}
    assert series["to_be"].points == ((0, 2.0), (4, 1.0))
    assert series[f"persona:{bruno['id']}"].points == ((0, 1.0),)
    # Ana lost the first card to Bruno.
    ana = next(s for s in series.values() if s.name == "Ana Souza")
    assert ana.points == ((1, 0.5), (2, -1.0), (3, 2.0), (4, -1.0))

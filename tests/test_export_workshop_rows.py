"""The workshop's votes, the metrics' history and the personas' ratings leave in the workbook
(a sheet each) and as CSV; who added each card is in the touchpoints sheet and CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from jornada_desktop.exports.csv_export import csv_bytes
from jornada_desktop.exports.excel import export_workbook
from jornada_desktop.model import workshop as w
from jornada_desktop.model.edits import new_row, update_ops, utc_now
from jornada_desktop.model.ops import Insert
from jornada_desktop.model.ratings import set_rating_ops
from tests.helpers import load_workspace


def _rich(sample_path: Path):  # noqa: ANN202 - a Workspace with votes, a history and ratings
    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    stamp = utc_now()
    ws.apply(w.add_participant_ops(ws, jid, "Maria", stamp))
    ws.apply(w.open_round_ops(ws, jid, "Rodada 1", 3, stamp))
    rnd = ws.open_round(jid)
    maria = ws.participants(jid)[0].id
    target = w.ballot(ws, jid)[0]
    ws.apply(w.cast_vote_ops(ws, rnd.id, maria, target, stamp))
    ws.apply(w.cast_vote_ops(ws, rnd.id, None, w.ballot(ws, jid)[-1], stamp))
    metric = ws.metrics(jid)[0]
    ws.apply([Insert("measurements", new_row(ws, "measurements", {
        "journey_id": jid, "metric_id": metric.id, "value": 42.0, "measured_on": "2026-11-01", "period": "2026-11",
        "sample": 120, "source": "=HYPERLINK(1)"}, stamp))])
    card = ws.get("cards", target.id)
    ws.apply(update_ops(ws, "cards", card.id, {"participant": "Maria"}, stamp))
    bruno = new_row(ws, "personas", {"name": "Bruno", "color": "#1F77B4"}, stamp)
    ws.apply([Insert("personas", bruno)])
    ws.apply(set_rating_ops(ws, card.id, bruno["id"], "to_be", 2, stamp, reason="rápido"))
    return ws, jid, card


def test_the_workbook_has_votes_measurements_and_ratings(sample_path: Path, tmp_path: Path) -> None:
    ws, jid, card = _rich(sample_path)
    path = export_workbook(ws, jid, tmp_path / "w.xlsx", "pt_BR")
    book = load_workbook(path)
    votes = list(book["Votos"].iter_rows(values_only=True))
    assert votes[0][:3] == ("Rodada", "Quem votou", "Cartão ou melhoria")
    assert [(r[0], r[1], r[2]) for r in votes[1:]] == [("Rodada 1", "Maria", card.title),
                                                        ("Rodada 1", "Facilitador", votes[2][2])]
    history = list(book["Medições"].iter_rows(values_only=True))
    assert history[1][3] == "2026-11" and history[1][5] == 42.0 and history[1][6] == 120
    assert book["Medições"].cell(2, 8).data_type == "s"  # a formula-looking source stays text
    ratings = list(book["Avaliações"].iter_rows(values_only=True))
    assert ratings[1][1:] == (card.title, "Bruno", "Futuro", 2, "rápido")
    touch = list(book["Pontos de contato"].iter_rows(values_only=True))
    assert touch[0][-1] == "Adicionado por" and any(r[4] == card.title and r[-1] == "Maria" for r in touch[1:])


def test_the_csv_files_carry_them_too(sample_path: Path) -> None:
    ws, jid, card = _rich(sample_path)
    for what, first in (("votes", "Round"), ("measurements", "Metric"), ("ratings", "Stage")):
        text = csv_bytes(ws, jid, what, "en").decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0][0] == first and len(rows) >= 2, what
    pt = list(csv.reader(io.StringIO(csv_bytes(ws, jid, "votes", "pt_BR").decode("utf-8-sig")), delimiter=";"))
    assert pt[1][:2] == ["Rodada 1", "Maria"]


def test_the_metrics_sheet_has_a_line_chart_per_metric_against_its_target(sample_path: Path, tmp_path: Path) -> None:
    import datetime as dt

    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    stamp = utc_now()
    first, second = ws.metrics(jid)[:2]
    ws.apply(update_ops(ws, "metrics", first.id, {"target": 50.0, "name": "=NPS da compra"}, stamp))
    ws.apply(update_ops(ws, "metrics", second.id, {"target": None}, stamp))
    history = {first.id: [("2026-09-01", 31.0), ("2026-10-01", 44.5), ("2026-11-01", 52.0)],
               second.id: [("2026-10-15", 4.2), ("2026-11-15", 3.9)]}
    for metric_id, points in history.items():
        for day, value in points:
            ws.apply([Insert("measurements", new_row(ws, "measurements", {
                "journey_id": jid, "metric_id": metric_id, "value": value, "measured_on": day,
                "period": day[:7]}, stamp))])
    for lang, metrics_name, sheet_name in (("pt_BR", "Métricas", "Medições"), ("en", "Metrics", "Measurements")):
        book = load_workbook(export_workbook(ws, jid, tmp_path / f"{lang}.xlsx", lang))
        charts = book[metrics_name]._charts
        assert [c.tagname for c in charts] == ["lineChart", "lineChart"]
        rows = list(book[sheet_name].iter_rows(values_only=True))
        for chart, metric_id in zip(charts, history, strict=True):
            refs = [s.val.numRef.f for s in chart.series]
            cats = chart.series[0].cat.numRef.f
            start, end = _rows_of(refs[0])
            # the chart reads exactly this metric's measurements, oldest first …
            assert [r[5] for r in rows[start - 1:end]] == [v for _, v in history[metric_id]]
            assert [r[4] for r in rows[start - 1:end]] == [dt.datetime.fromisoformat(d) for d, _ in history[metric_id]]
            assert cats.endswith(f"$E${start}:$E${end}")
            assert chart.x_axis.delete is False and chart.y_axis.delete is False
        value, goal = charts[0].series
        start, end = _rows_of(goal.val.numRef.f)
        assert [r[9] for r in rows[start - 1:end]] == [50.0] * 3  # … against its target, dashed
        assert goal.graphicalProperties.line.prstDash == "dash" and value.graphicalProperties.line.prstDash != "dash"
        assert "=NPS da compra" in "".join(r.t for p in charts[0].title.tx.rich.p for r in (p.r or []))
        assert len(charts[1].series) == 1  # no target, no target line


def _rows_of(ref: str) -> tuple[int, int]:
    """The first and last row of a one-column reference such as 'Sheet'!$F$2:$F$4."""
    cells = ref.split("!")[1].replace("$", "").split(":")
    return int("".join(ch for ch in cells[0] if ch.isdigit())), int("".join(ch for ch in cells[1] if ch.isdigit()))

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

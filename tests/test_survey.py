"""Survey answers in: CSV files as Excel writes them in pt_BR and en, columns guessed from the
headers, bad rows reported by row, and NPS / CSAT / CES checked against hand-computed values."""

from __future__ import annotations

from datetime import date

import pytest

from jornada_desktop.model import survey as s


def test_nps_csat_ces_against_hand_computed_values() -> None:
    # 10 answers: promoters 9,9,10,10 (4), passives 7,8 (2), detractors 0,3,6,6 (4) → 40% − 40% = 0
    assert s.nps([9, 9, 10, 10, 7, 8, 0, 3, 6, 6]) == 0.0
    # 5 answers: 3 promoters, 1 passive, 1 detractor → 60% − 20% = 40
    assert s.nps([10, 9, 9, 8, 2]) == 40.0
    assert s.nps([0, 1, 2]) == -100.0
    # CSAT: 4 and 5 out of 1..5 → 3 of 4 = 75%
    assert s.csat([5, 4, 4, 2]) == 75.0
    assert s.csat([1, 2, 3]) == 0.0
    # CES: the mean, 1..7
    assert s.ces([2, 3, 4, 7]) == 4.0
    assert s.ces([1, 2]) == 1.5


def test_a_pt_br_excel_csv_reads_right() -> None:
    # Windows-1252, semicolons, decimal commas, dd/mm/yyyy, a blank line, Portuguese headers.
    text = ("Data;Etapa;Ponto de contato;Nota;Comentário\r\n"
            "03/11/2026;Compra;Checkout;9;Rápido\r\n"
            "\r\n"
            "15/11/2026;Compra;Checkout;6,0;Frete caro\r\n"
            "02/12/2026;Compra;Checkout;10;\r\n"
            "05/12/2026;Pós-compra;Entrega;abc;?\r\n"
            "06/12/2026;Pós-compra;Entrega;11;fora\r\n"
            "31/02/2026;Pós-compra;Entrega;8;data ruim\r\n").encode("cp1252")
    decoded = s.decode(text)
    assert "Comentário" in decoded
    reading = s.read_answers(s.rows_of(decoded), "nps")
    assert reading.headers[3] == "Nota" and reading.rows == 6
    assert [a.score for a in reading.answers] == [9, 6, 10, 8]
    assert reading.answers[0].when == date(2026, 11, 3) and reading.answers[0].comment == "Rápido"
    problems = dict(reading.problems)
    assert set(problems) == {6, 7, 8}  # the file's rows: not a number, outside 0–10, not a date
    assert "abc" in problems[6] and "0–10" in problems[7] and "31/02/2026" in problems[8]
    figures = s.figures(reading.answers, "nps")
    assert [(f.stage, f.period, f.value, f.sample) for f in figures] == [
        ("Compra", "2026-11", 0.0, 2),  # 9 promoter, 6 detractor
        ("Compra", "2026-12", 100.0, 1),
        ("Pós-compra", "", 0.0, 1),  # 8: passive; its date was not a date
    ]


def test_an_english_csv_with_bom_and_commas() -> None:
    text = s.decode("\ufeffScore,Date,Stage,Comment\n5,2026-10-01,Support,\"Fast, friendly\"\n3,2026-10-02,Support,\n"
                    .encode("utf-8"))
    assert s.sniff_separator(text) == ","
    reading = s.read_answers(s.rows_of(text), "csat")
    assert [a.comment for a in reading.answers] == ["Fast, friendly", ""]
    assert s.figures(reading.answers, "csat")[0].value == 50.0


def test_columns_from_a_typed_mapping_and_numbers_either_way() -> None:
    headers = ["resposta_id", "quão fácil", "etapa"]
    assert s.parse_mapping("score=Quão fácil, stage=ETAPA", headers) == {"score": 1, "stage": 2}
    with pytest.raises(ValueError):
        s.parse_mapping("score=nope", headers)
    assert s.parse_number("1.234,5") == 1234.5 and s.parse_number("1,234.5") == 1234.5
    assert s.parse_number("") is None and s.parse_number("nan") is None
    reading = s.read_answers([["a", "b"], ["1", "2"]], "ces")
    assert reading.problems == [(1, "no column holds the scores")] and reading.answers == []


def test_figures_become_measurements_on_the_right_metrics() -> None:
    from jornada_desktop.model.edits import utc_now
    from jornada_desktop.model.interchange import journey_from_dict
    from jornada_desktop.model.measurements import current_value, due_for_review, latest, survey_ops, trend
    from jornada_desktop.model.workspace import Workspace
    from jornada_desktop.templates import load_template

    ws = Workspace()
    ws.apply(journey_from_dict(ws, load_template("compra", "pt_BR"), utc_now(), position=0))
    jid = ws.journeys()[0].id
    text = ("Data;Etapa;Nota\n03/11/2026;Compra;9\n15/11/2026;Compra;6\n02/12/2026;Compra;10\n"
            "02/12/2026;Compra;9\n05/12/2026;Marte;5\n")
    reading = s.read_answers(s.rows_of(text), "nps")
    plan = survey_ops(ws, jid, "nps", s.figures(reading.answers, "nps"), "pesquisa.csv", utc_now())
    assert plan.measurements == 3 and plan.metrics_added == 2  # Compra (a new NPS metric) and the journey
    assert plan.notes == ["There is no stage “Marte”: its answers count for the whole journey"]
    ws.apply(plan.ops)
    compra = next(st for st in ws.stages(jid) if st.name == "Compra")
    metric = next(m for m in ws.metrics(jid) if m.kind == "nps" and m.stage_id == compra.id)
    assert [(x.period, x.value, x.sample) for x in ws.measurements_of(metric.id)] == [
        ("2026-11", 0.0, 2), ("2026-12", 100.0, 2)]
    assert latest(ws, metric.id).value == 100.0 and current_value(ws, metric) == 100.0 and trend(ws, metric.id) == 1
    from dataclasses import replace
    from datetime import date

    from jornada_desktop.model.ops import Update
    ws.apply([Update("metrics", metric.id, {"review_days": 30})])
    assert [m.id for m in due_for_review(ws, jid, date(2027, 1, 15))] == [metric.id]
    assert due_for_review(ws, jid, date(2026, 12, 15)) == []
    assert replace(metric, review_days=None).review_days is None


def test_reading_a_long_survey_holds_its_tallies_not_its_rows(tmp_path) -> None:
    """Ten times the rows take about the same memory: the rows are read one at a time and tallied."""
    import contextlib
    import tracemalloc

    from jornada_desktop.exports.survey_import import SurveyFile

    def peak(rows: int) -> int:
        path = tmp_path / f"{rows}.csv"
        with path.open("w", encoding="cp1252", newline="") as f:
            f.write("Data;Etapa;Nota;Observação\r\n")
            for n in range(rows):
                f.write(f"{1 + n % 28:02d}/{1 + n % 12:02d}/2026;Etapa {n % 7};{n % 11};\r\n")
        tracemalloc.start()
        try:
            source = SurveyFile(path)
            with contextlib.closing(source.rows()) as lines:
                reading = s.read_answers(lines, "nps", keep=False)
            _, top = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert reading.counted == rows and len(reading.tallies) == 7 * 12 and source.fraction == 1.0
        return top

    small, big = peak(20_000), peak(200_000)  # (past the first 256 KB, read a piece at a time)
    assert big < small * 1.5, (small, big)

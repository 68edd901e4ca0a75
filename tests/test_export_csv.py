"""CSV files that hold in Excel and LibreOffice: RFC 4180 quoting, `;` and decimal comma in pt_BR, `,`
in English, and no field that can start a formula whatever separator a spreadsheet guesses (Python's
csv module under comma, semicolon and tab; LibreOffice headless, where installed, with its default
separators and with formulas evaluated)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jornada_desktop.exports.cells import csv_safe, csv_text
from jornada_desktop.exports.csv_export import csv_bytes, csv_line, export_csv
from jornada_desktop.exports.tables import BACKLOG_COLUMNS
from jornada_desktop.model.edits import new_row
from jornada_desktop.model.ops import Insert
from tests.export_data import HOSTILE, edit_file
from tests.helpers import load_workspace
from tests.lo_helpers import convert

SEPARATORS = (",", ";", "\t")
FORMULA = ("=", "+", "-", "@")
PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*%?")
NASTY = ["\t=1+1", "Detalhe\n=2+3", "Custo, -10% no frete", "a;b;=HYPERLINK(\"x\")", ' "=1" ', "\r=3",
         "Linha 1\r\n@SUM(A1)", "9,5", "x\t+1"]


def _starts_formula(field: str) -> bool:
    text = field.lstrip()
    return text.startswith(FORMULA) and not PLAIN_NUMBER.fullmatch(text.rstrip())


def _add_nasty_rows(path: Path) -> None:
    def plan(ws, stamp):
        jid, first = ws.journeys()[0].id, ws.next_id("improvements")
        texts = [*NASTY, *HOSTILE]
        return [Insert("improvements", new_row(ws, "improvements", {
            "journey_id": jid, "title": text, "description": f"Descrição, com vírgula; e ponto e vírgula\n{text}",
            "owner": text, "votes": i}, stamp, first + i)) for i, text in enumerate(texts)]

    edit_file(path, plan)


@pytest.fixture
def nasty(sample_path: Path) -> Path:
    _add_nasty_rows(sample_path)
    return sample_path


def _text(data: bytes) -> str:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    return data.decode("utf-8-sig")


def test_portuguese_csv_keeps_its_columns_and_decimal_commas(nasty: Path) -> None:
    ws = load_workspace(nasty)
    text = _text(csv_bytes(ws, ws.journeys()[0].id, "backlog", "pt_BR"))
    assert text.splitlines()[0].startswith("id;Título;Descrição;")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert all(len(r) == len(BACKLOG_COLUMNS) for r in rows), [len(r) for r in rows]
    assert rows[1][7] == "9,5"
    assert '"9,5"' in text  # a decimal comma is quoted, so a comma-splitting reader keeps it whole
    by_id = {r[0]: r for r in rows[1:]}
    for i, source in enumerate([*NASTY, *HOSTILE]):
        title = by_id[str(3 + i)][1]
        assert title.replace("'", "") == source.replace("'", ""), (title, source)  # only apostrophes added


def test_english_csv_uses_commas(nasty: Path) -> None:
    ws = load_workspace(nasty)
    text = _text(csv_bytes(ws, ws.journeys()[0].id, "backlog", "en"))
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=","))
    assert rows[0][:3] == ["id", "Title", "Description"] and rows[1][7] == "9.5"
    assert all(len(r) == len(BACKLOG_COLUMNS) for r in rows)


@pytest.mark.parametrize("lang", ["pt_BR", "en"])
@pytest.mark.parametrize("what", ["backlog", "touchpoints"])
def test_no_field_starts_a_formula_under_any_separator(nasty: Path, lang: str, what: str) -> None:
    ws = load_workspace(nasty)
    text = _text(csv_bytes(ws, ws.journeys()[0].id, what, lang))
    for sep in SEPARATORS:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep):
            bad = [f for f in row if _starts_formula(f)]
            assert not bad, (sep, bad)


def test_the_rules_of_one_field() -> None:
    assert csv_text("\t=1+1") == "'\t'=1+1"  # the tab was given an apostrophe, unquoted: a live formula
    assert csv_text("Detalhe\n=2+3") == "Detalhe\n'=2+3"
    assert csv_text("  =1") == "'  =1" and csv_text("plain, text") == "plain, text"
    assert csv_line(["'=1", "a,b", 'say "x"', "plain", "9,5"], ";") == '"\'=1";"a,b";"say ""x""";plain;"9,5"\r\n'
    assert csv_safe(-2) == "-2" and csv_safe(None) == ""


@settings(max_examples=400, deadline=None)
@given(fields=st.lists(st.text(alphabet="=+-@,;\t\r\n\" a1'", max_size=10), min_size=1, max_size=4),
       sep=st.sampled_from([",", ";"]))
def test_any_text_under_any_separator_starts_no_formula(fields: list[str], sep: str) -> None:
    data = csv_line(["id", "a", "b"], sep) + csv_line(["7", *[csv_safe(f) for f in fields], "-2", "9,5"], sep)
    for reader_sep in SEPARATORS:
        for row in csv.reader(io.StringIO(data, newline=""), delimiter=reader_sep):
            assert not [f for f in row if _starts_formula(f)], (reader_sep, row)
    whole = next(r for r in csv.reader(io.StringIO(data, newline=""), delimiter=sep) if r[0] == "7")
    assert [f.replace("'", "") for f in whole[1:-2]] == [f.replace("'", "") for f in fields]


@pytest.mark.parametrize("separators", ["44/59/9", "44", "59", "9"], ids=["default", "comma", "semicolon", "tab"])
def test_libreoffice_evaluates_no_formula_and_keeps_the_columns(nasty: Path, tmp_path: Path, separators: str) -> None:
    ws = load_workspace(nasty)
    target = export_csv(ws, ws.journeys()[0].id, tmp_path / "backlog.csv", "backlog", "pt_BR")
    # separators, quote, UTF-8, from line 1, …, Brazilian Portuguese, …, evaluate formulas: on
    infilter = f"CSV:{separators},34,76,1,,1046,false,false,false,false,false,-1,true"
    book = openpyxl.load_workbook(convert(target, "xlsx", tmp_path, infilter))
    sheet = book.active
    formulas = [c.value for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert not formulas
    if separators in ("44/59/9", "59"):  # LibreOffice's default and the file's own: every row aligned
        statuses = {"Aberto", "Em andamento", "Concluído", "Descartado"}
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        assert len(rows) == 2 + len(NASTY) + len(HOSTILE)
        for row in rows:
            assert isinstance(row[0], int) and row[9] in statuses, row
        assert rows[0][7] == 9.5  # the decimal comma read as a number

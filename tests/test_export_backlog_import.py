"""Backlog re-import: updates by id, new rows, conflicts, unknown ids, never deletes, one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from jornada_desktop.editing.document import Document
from jornada_desktop.exports.backlog_import import import_backlog, plan_backlog_import
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.excel import export_workbook
from jornada_desktop.model.edits import update_ops, utc_now
from jornada_desktop.store import Store
from tests.export_data import HOSTILE, add_hostile_rows, edit_file
from tests.helpers import digest, file_rows

SHEET = "Backlog de melhorias"


def _export(path: Path, out: Path, lang: str = "pt_BR") -> Path:
    store = Store.open(path, read_only=True)
    ws = store.load_workspace()
    store.close()
    return export_workbook(ws, ws.journeys()[0].id, out, lang, chart_picture=False)


def _rows_by_id(path: Path) -> dict[int, dict]:
    return {r["id"]: r for r in file_rows(path, "improvements")}


def _find_row(sheet, ident: int) -> int:
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == ident:
            return row[0].row
    raise AssertionError(ident)


@pytest.fixture
def book(sample_path: Path, tmp_path: Path) -> Path:
    return _export(sample_path, tmp_path / "backlog.xlsx")


def test_edits_update_rows_add_new_and_are_one_undo_step(qapp, sample_path: Path, book: Path) -> None:
    before = _rows_by_id(sample_path)
    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    r = _find_row(sheet, 1)
    sheet[f"J{r}"] = "Concluído"          # status by its label
    sheet[f"K{r}"] = "Maria"               # owner
    sheet[f"M{r}"] = "31/12/2027"          # due date as text, day first in Portuguese
    sheet[f"F{r}"] = 2                     # impact
    sheet[f"G{r}"] = "4"                   # effort as text
    new = sheet.max_row + 1
    sheet[f"B{new}"] = "Chat com humano em 1 minuto"
    sheet[f"D{new}"] = "Decisão"
    sheet[f"F{new}"] = 5
    sheet[f"J{new}"] = "in progress"
    sheet[f"M{new}"] = dt.datetime(2027, 6, 1)
    wb.save(book)

    doc = Document.open(sample_path)
    try:
        result = import_backlog(doc, book)
        assert result.updated == [1] and result.added == 1 and not result.conflicts
        assert doc.undo_stack.count() == 1
        rows = _rows_by_id(sample_path)
        assert rows[1]["status"] == "done" and rows[1]["owner"] == "Maria"
        assert rows[1]["due_date"] == "2027-12-31"
        assert (rows[1]["impact"], rows[1]["effort"]) == (2, 4)
        assert rows[1]["title"] == before[1]["title"]  # untouched fields stay
        assert rows[2] == before[2]                      # an unedited row is not rewritten
        added = rows[max(rows)]
        assert added["title"] == "Chat com humano em 1 minuto"
        assert added["status"] == "in_progress" and added["impact"] == 5 and added["effort"] == 3
        assert added["due_date"] == "2027-06-01"
        stage_ids = {r["id"]: r["name"] for r in file_rows(sample_path, "stages")}
        assert stage_ids[added["stage_id"]] == "Decisão"
        doc.undo_stack.undo()
        assert _rows_by_id(sample_path) == before
    finally:
        doc.close()


def test_conflicts_and_unknown_ids_are_reported_and_nothing_deleted(qapp, sample_path: Path, book: Path) -> None:
    # Here: improvement 2's owner and title change after the export.
    edit_file(sample_path, lambda ws, stamp: update_ops(ws, "improvements", 2,
                                                        {"owner": "Here", "title": "Título novo"}, stamp))
    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    r2 = _find_row(sheet, 2)
    sheet[f"K{r2}"] = "There"        # edited on both sides: conflict
    sheet[f"J{r2}"] = "Descartado"    # edited only there: applied
    r1 = _find_row(sheet, 1)
    sheet.delete_rows(r1)             # a removed row never deletes anything
    extra = sheet.max_row + 1
    sheet[f"A{extra}"] = 999
    sheet[f"B{extra}"] = "Ghost"
    wb.save(book)
    doc = Document.open(sample_path)
    try:
        result = import_backlog(doc, book)
    finally:
        doc.close()
    rows = _rows_by_id(sample_path)
    assert set(rows) == {1, 2}
    assert rows[2]["owner"] == "Here" and rows[2]["title"] == "Título novo"  # kept: title only changed here
    assert rows[2]["status"] == "dismissed"
    assert [(c.improvement_id, c.field, c.here, c.there) for c in result.conflicts] == [
        (2, "owner", "Here", "There")]
    assert [ident for _, ident in result.unknown_ids] == [999]
    assert "conflict" in result.summary() and "999" in result.summary()


def test_hostile_and_long_text_survive_a_round_trip_unchanged(qapp, sample_path: Path, tmp_path: Path) -> None:
    ids = add_hostile_rows(sample_path)
    book = _export(sample_path, tmp_path / "b.xlsx")
    before = digest(sample_path)
    store = Store.open(sample_path, read_only=True)
    plan = plan_backlog_import(store.load_workspace(), book)
    store.close()
    assert plan.ops == [] and not plan.conflicts and not plan.problems
    assert plan.unchanged == 2 + len(HOSTILE) + 1
    assert digest(sample_path) == before
    assert ids["long_improvement"] in _rows_by_id(sample_path)


def test_formulas_text_dates_and_bad_cells(qapp, sample_path: Path, book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    r1, r2 = _find_row(sheet, 1), _find_row(sheet, 2)
    sheet[f"K{r1}"] = "=A1&\"x\""        # a real formula: not imported
    sheet[f"F{r2}"] = 9                  # impact out of range: row skipped
    sheet.merge_cells(f"O{r1}:P{r1}")
    wb.save(book)
    store = Store.open(sample_path, read_only=True)
    plan = plan_backlog_import(store.load_workspace(), book)
    store.close()
    text = "\n".join(plan.problems)
    assert "held a formula" in text and "impact 9 is not from 1 to 5" in text
    assert plan.updated == [] and plan.ops == []


def test_a_million_empty_rows_stop_the_read(qapp, sample_path: Path, book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    sheet["B1048576"] = "far away"
    wb.save(book)
    store = Store.open(sample_path, read_only=True)
    plan = plan_backlog_import(store.load_workspace(), book)
    store.close()
    assert plan.added == 0 and plan.unchanged == 2


def test_missing_meta_sheet_is_imported_by_content_only(qapp, sample_path: Path, book: Path) -> None:
    from jornada_desktop.exports.errors import WrongMap

    wb = openpyxl.load_workbook(book)
    del wb["_jornada"]
    del wb["Mapa"]
    sheet = wb[SHEET]
    sheet[f"K{_find_row(sheet, 1)}"] = "Nova dona"
    wb.save(book)
    store = Store.open(sample_path, read_only=True)
    ws = store.load_workspace()
    store.close()
    with pytest.raises(WrongMap, match="does not say which map it was exported from"):
        plan_backlog_import(ws, book)  # its ids alone could be any map's
    plan = plan_backlog_import(ws, book, by_content=True)
    assert plan.updated == [1] and plan.ops[0].changes["owner"] == "Nova dona" and plan.added == 0


def test_a_workbook_that_is_not_ours(sample_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Amount"])
    wb.active.append(["x", 1])
    wb.save(other)
    store = Store.open(sample_path, read_only=True)
    ws = store.load_workspace()
    store.close()
    with pytest.raises(ExportError, match="not made by Jornada"):
        plan_backlog_import(ws, other)
    text = tmp_path / "notes.xlsx"
    text.write_text("hello")
    with pytest.raises(ExportError, match="not an Excel workbook"):
        plan_backlog_import(ws, text)
    with pytest.raises(ExportError, match="does not exist"):
        plan_backlog_import(ws, tmp_path / "missing.xlsx")


def test_english_workbook_month_first_dates(qapp, sample_path: Path, tmp_path: Path) -> None:
    book = _export(sample_path, tmp_path / "en.xlsx", "en")
    wb = openpyxl.load_workbook(book)
    sheet = wb["Improvement backlog"]
    r = _find_row(sheet, 2)
    sheet[f"N{r}"] = "03/04/2027"
    sheet[f"J{r}"] = "Done"
    wb.save(book)
    store = Store.open(sample_path, read_only=True)
    ws = store.load_workspace()
    store.close()
    plan = plan_backlog_import(ws, book, stamp=utc_now())
    changes = plan.ops[0].changes
    assert changes["follow_up"] == "2027-03-04" and changes["status"] == "done"


def test_a_workbook_saved_as_ods_by_libreoffice_is_imported(qapp, sample_path: Path, book: Path,
                                                             tmp_path: Path) -> None:
    """Seen: a valid .ods was refused as 'damaged or password-protected'."""
    from tests.lo_helpers import convert

    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    sheet[f"K{_find_row(sheet, 1)}"] = "Dona no LibreOffice"
    sheet[f"J{_find_row(sheet, 2)}"] = "Concluído"
    sheet.append([None, "Nova, do .ods", "linha 1\nlinha  2"])
    wb.save(book)
    ods = convert(book, "ods", tmp_path / "out" if (tmp_path / "out").mkdir() is None else tmp_path)
    assert ods.suffix == ".ods"
    doc = Document.open(sample_path)
    try:
        result = import_backlog(doc, ods)
    finally:
        doc.close()
    assert sorted(result.updated) == [1, 2] and result.added == 1 and not result.problems, result.summary()
    rows = _rows_by_id(sample_path)
    assert rows[1]["owner"] == "Dona no LibreOffice" and rows[2]["status"] == "done"
    assert rows[3]["title"] == "Nova, do .ods" and rows[3]["description"] == "linha 1\nlinha  2"

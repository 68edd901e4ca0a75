"""Backlog rows that survive sorting: every edit lands on its improvement whatever columns or rows a
stakeholder sorted (openpyxl, and LibreOffice headless where installed); rows torn apart by a sort
of some columns are reported and not imported; rows deleted are listed and deleted only when asked;
a text cut on export is never written back over the whole one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from jornada_desktop.editing.document import Document
from jornada_desktop.exports.backlog_import import import_backlog, plan_backlog_import
from jornada_desktop.exports.excel import export_workbook
from jornada_desktop.model.edits import new_row, update_ops
from jornada_desktop.model.ops import Insert
from tests.export_data import LONG_NOTE, edit_file
from tests.helpers import digest, file_rows, load_workspace
from tests.lo_helpers import lo_sort

SHEET = "Backlog de melhorias"
# column letters of the Portuguese backlog sheet
ID, TITLE, OWNER, STATUS, IMPACT, SYNC = "A", "B", "K", "J", "F", "Q"
TITLES = ["Chat em 1 minuto", "Frete no topo", "Rastreio por SMS", "Cupom de retorno", "FAQ de trocas"]


def _more_improvements(path: Path) -> None:
    def plan(ws, stamp):
        ops = []
        jid = ws.journeys()[0].id
        first = ws.next_id("improvements")
        for i, title in enumerate(TITLES):
            row = new_row(ws, "improvements", {"journey_id": jid, "title": title, "owner": f"Dono {i}",
                                               "impact": 1 + i % 5, "effort": 5 - i % 5}, stamp, first + i)
            ops.append(Insert("improvements", row))
        return ops

    edit_file(path, plan)


@pytest.fixture
def many(sample_path: Path) -> Path:
    _more_improvements(sample_path)
    return sample_path


def _export(path: Path, out: Path) -> Path:
    ws = load_workspace(path)
    return export_workbook(ws, ws.journeys()[0].id, out, "pt_BR", chart_picture=False)


def _rows(book: Path) -> tuple[openpyxl.Workbook, object, list[int]]:
    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    rows = [r for r in range(2, sheet.max_row + 1) if sheet[f"B{r}"].value]
    return wb, sheet, rows


def _edit(sheet, rows: list[int]) -> dict[int, str]:
    """Give every row a new owner naming its improvement; the owners each should end with."""
    wanted = {}
    for r in rows:
        ident = sheet[f"A{r}"].value
        sheet[f"{OWNER}{r}"] = f"Owner of {ident}"
        wanted[ident] = f"Owner of {ident}"
    return wanted


def _sort_columns(sheet, rows: list[int], first: str, last: str, key: str) -> None:
    """Sort the cells of columns first..last of these rows by column `key`, descending (as a person
    sorting a selection that leaves the other columns where they are)."""
    a, b = openpyxl.utils.column_index_from_string(first), openpyxl.utils.column_index_from_string(last)
    k = openpyxl.utils.column_index_from_string(key) - a
    block = [[sheet.cell(r, c).value for c in range(a, b + 1)] for r in rows]
    block.sort(key=lambda values: str(values[k]), reverse=True)
    for r, values in zip(rows, block, strict=True):
        for offset, value in enumerate(values):
            sheet.cell(r, a + offset).value = value


def _owners(path: Path) -> dict[int, str]:
    return {r["id"]: r["owner"] for r in file_rows(path, "improvements")}


@pytest.mark.parametrize("first, last", [("A", "P"), ("B", "Q"), ("B", "P"), ("A", "Q")],
                         ids=["visible-columns", "all-but-id", "all-but-id-and-sync", "whole-rows"])
def test_every_edit_lands_after_a_sort(qapp, many: Path, tmp_path: Path, first: str, last: str) -> None:
    book = _export(many, tmp_path / "b.xlsx")
    wb, sheet, rows = _rows(book)
    wanted = _edit(sheet, rows)
    _sort_columns(sheet, rows, first, last, TITLE)
    assert [sheet[f"B{r}"].value for r in rows] != [r["title"] for r in file_rows(many, "improvements")]
    wb.save(book)
    doc = Document.open(many)
    try:
        result = import_backlog(doc, book)
    finally:
        doc.close()
    assert not result.conflicts and not result.problems and not result.missing, result.summary()
    assert sorted(result.updated) == sorted(wanted) and result.added == 0
    owners = _owners(many)
    assert {i: owners[i] for i in wanted} == wanted


def test_a_row_torn_by_sorting_some_columns_is_skipped_and_said(qapp, many: Path, tmp_path: Path) -> None:
    book = _export(many, tmp_path / "b.xlsx")
    wb, sheet, rows = _rows(book)
    _sort_columns(sheet, rows, "B", "E", TITLE)  # title … touchpoint moved, the rest stayed
    wb.save(book)
    before = digest(many)
    plan = plan_backlog_import(load_workspace(many), book)
    assert plan.ops == [] and not plan.missing, plan.summary()
    torn = [p for p in plan.problems if "belong to different improvements" in p]
    assert torn and len(torn) + plan.unchanged == len(rows)
    assert digest(many) == before


def test_filtered_and_moved_rows_keep_their_edits(qapp, many: Path, tmp_path: Path) -> None:
    book = _export(many, tmp_path / "b.xlsx")
    wb, sheet, rows = _rows(book)
    wanted = _edit(sheet, rows)
    for r in rows[::2]:
        sheet.row_dimensions[r].hidden = True  # filtered out: still in the workbook
    # a row cut from the top and pasted below the table, without its hidden sync cell
    top = rows[0]
    far = sheet.max_row + 3
    for c in range(1, 17):
        sheet.cell(far, c).value = sheet.cell(top, c).value
        sheet.cell(top, c).value = None
    wb.save(book)
    store = load_workspace(many)
    plan = plan_backlog_import(store, book)
    assert not plan.missing and not plan.conflicts and not plan.problems, plan.summary()
    assert sorted(plan.updated) == sorted(wanted)


def test_sorted_in_libreoffice_every_edit_still_lands(qapp, many: Path, tmp_path: Path) -> None:
    book = _export(many, tmp_path / "b.xlsx")
    wb, sheet, rows = _rows(book)
    wanted = _edit(sheet, rows)
    wb.save(book)
    for cell_range, name in ((f"A{rows[0]}:P{rows[-1]}", "visible.xlsx"), (f"B{rows[0]}:Q{rows[-1]}", "noid.xlsx")):
        sorted_book = tmp_path / name
        lo_sort(book, sorted_book, SHEET, cell_range, column=1 if cell_range.startswith("A") else 0)
        check = openpyxl.load_workbook(sorted_book)[SHEET]
        titles = [check[f"B{r}"].value for r in rows]
        assert titles == sorted(titles, key=str.casefold, reverse=True), titles  # LibreOffice sorted them
        plan = plan_backlog_import(load_workspace(many), sorted_book)
        assert not plan.conflicts and not plan.problems and not plan.missing, plan.summary()
        assert sorted(plan.updated) == sorted(wanted), plan.summary()
    doc = Document.open(many)
    try:
        import_backlog(doc, tmp_path / "noid.xlsx")
    finally:
        doc.close()
    owners = _owners(many)
    assert {i: owners[i] for i in wanted} == wanted


def test_deleted_rows_are_listed_and_deleted_only_when_asked(qapp, many: Path, tmp_path: Path) -> None:
    book = _export(many, tmp_path / "b.xlsx")
    wb, sheet, rows = _rows(book)
    gone = [sheet[f"A{r}"].value for r in rows[1:3]]
    sheet.delete_rows(rows[1], 2)
    wb.save(book)
    # improvement gone[1] is edited here after the export: its deletion is not offered
    edit_file(many, lambda ws, stamp: update_ops(ws, "improvements", gone[1], {"owner": "Mudou aqui"}, stamp))
    doc = Document.open(many)
    try:
        result = import_backlog(doc, book)
        assert [(m.improvement_id, m.changed_here) for m in result.missing] == [(gone[0], False), (gone[1], True)]
        assert result.deletable() == [gone[0]] and result.deleted == []
        assert "its row was deleted in the workbook; kept" in result.summary()
        assert {r["id"] for r in file_rows(many, "improvements")} >= set(gone)
        result = import_backlog(doc, book, apply_deletions=True)
        assert result.deleted == [gone[0]]
        ids = {r["id"] for r in file_rows(many, "improvements")}
        assert gone[0] not in ids and gone[1] in ids
        assert doc.undo_stack.count() == 1
        versions = list((many.parent / (many.name + ".versions")).glob("*"))
        assert versions, "a version of the file is kept before the import"
        doc.undo_stack.undo()
        assert gone[0] in {r["id"] for r in file_rows(many, "improvements")}
    finally:
        doc.close()


def test_a_cut_text_is_never_written_back_over_the_whole(qapp, many: Path, tmp_path: Path) -> None:
    ident = next(r["id"] for r in file_rows(many, "improvements") if r["title"] == TITLES[0])
    edit_file(many, lambda ws, stamp: update_ops(ws, "improvements", ident, {"description": LONG_NOTE}, stamp))
    book = _export(many, tmp_path / "b.xlsx")
    wb, sheet, rows = _rows(book)
    r = next(r for r in rows if sheet[f"A{r}"].value == ident)
    cut = sheet[f"C{r}"].value
    assert "texto cortado" in cut and len(cut) < len(LONG_NOTE)
    sheet[f"C{r}"] = "EDIT: " + cut  # edited with the marker kept
    wb.save(book)
    doc = Document.open(many)
    try:
        result = import_backlog(doc, book)
        assert [(c.improvement_id, c.field, c.length) for c in result.cut_texts] == [(ident, "description", 40_000)]
        assert result.updated == [] and "not imported" in result.summary()
        full = {x["id"]: x["description"] for x in file_rows(many, "improvements")}
        assert full[ident] == LONG_NOTE
        # the marker removed alone: nothing to import
        sheet[f"C{r}"] = cut.split(" … [texto cortado")[0]
        wb.save(book)
        result = import_backlog(doc, book)
        assert result.updated == [] and not result.cut_texts
        assert {x["id"]: x["description"] for x in file_rows(many, "improvements")}[ident] == LONG_NOTE
        # the marker removed and the text rewritten: the person's new text is imported
        sheet[f"C{r}"] = "Um texto novo e curto."
        wb.save(book)
        result = import_backlog(doc, book)
        assert result.updated == [ident]
        assert {x["id"]: x["description"] for x in file_rows(many, "improvements")}[ident] == "Um texto novo e curto."
    finally:
        doc.close()

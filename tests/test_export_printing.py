"""The workbook as LibreOffice prints it (skipped without LibreOffice and poppler): the sample's map
on at most two A4 pages, the backlog one page wide with its header on every page, each sheet
starting on its own page with the map's name and the page number, the charts on one page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from jornada_desktop.exports.excel import export_workbook
from tests.helpers import load_workspace
from tests.lo_helpers import convert


def _pages(pdf: Path) -> list[str]:
    """The text of each page, laid out as printed."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def _sheet_of(page: str) -> str:
    """The sheet a page belongs to: its header names it at the right."""
    return page.strip().splitlines()[0].split("  ")[-1].strip()


def test_the_sample_workbook_prints_on_few_pages_one_wide(sample_path: Path, tmp_path: Path) -> None:
    ws = load_workspace(sample_path)
    book = export_workbook(ws, ws.journeys()[0].id, tmp_path / "mapa.xlsx", "pt_BR", chart_picture=False)
    pages = _pages(convert(book, "pdf", tmp_path))
    sheets = [_sheet_of(p) for p in pages]
    assert sheets.count("Mapa") <= 2, sheets
    import openpyxl

    visible = [n for n in openpyxl.load_workbook(book, read_only=True).sheetnames if not n.startswith("_")]
    assert sheets == visible, sheets  # one page each (30 pages before the page setup)
    for name in ("Leia-me", "Mapa", "Pontos de contato", "Backlog de melhorias", "Gráficos"):
        assert name in sheets
    for number, page in enumerate(pages, 1):
        assert page.strip().startswith("Jornada de compra"), page[:80]  # the map's name in the header
        assert f"Página {number} de {len(pages)}" in page
    backlog = pages[sheets.index("Backlog de melhorias")]
    header = next(line for line in backlog.splitlines() if line.strip().startswith("id"))
    for title in ("Título", "Etapa", "Status", "Prazo", "Meta"):  # the last column on the same page
        assert title in header, header
    mapa = pages[sheets.index("Mapa")]
    for lane in ("Pontos de contato", "Ações do cliente", "Pontos de dor"):
        assert lane in mapa


def test_a_long_backlog_repeats_its_header_on_every_page(sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.model.edits import new_row
    from jornada_desktop.model.ops import Insert
    from tests.export_data import edit_file

    def plan(ws, stamp):
        jid, first = ws.journeys()[0].id, ws.next_id("improvements")
        return [Insert("improvements", new_row(ws, "improvements", {
            "journey_id": jid, "title": f"Melhoria {i}", "description": "Uma descrição longa " * 6}, stamp, first + i))
            for i in range(120)]

    edit_file(sample_path, plan)
    ws = load_workspace(sample_path)
    book = export_workbook(ws, ws.journeys()[0].id, tmp_path / "longo.xlsx", "pt_BR", chart_picture=False)
    pages = [p for p in _pages(convert(book, "pdf", tmp_path)) if _sheet_of(p) == "Backlog de melhorias"]
    assert len(pages) > 2
    for page in pages:
        header = next((line for line in page.splitlines() if line.strip().startswith("id ")), "")
        assert "Título" in header and "Meta" in header, page[:300]

"""Workbooks read with bounded memory (zip bombs refused before inflating, rows and cells counted),
and the workbook export on a full disk (one sentence, the previous file kept, no zip left half-open)."""

from __future__ import annotations

import errno
import gc
import re
import sys
import zipfile
from pathlib import Path

import pytest

from jornada_desktop.exports import workbook_limits
from jornada_desktop.exports.errors import ExportError
from tests.helpers import digest

SPACES = b" " * (1 << 20)


def _survey_workbook(path: Path, rows: int = 3) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.append(["nota", "etapa"])
    for n in range(rows):
        sheet.append([n % 11, "Compra"])
    wb.save(path)
    return path


def _bomb(path: Path, part: str, megabytes: int) -> Path:
    """The workbook with `part` padded by `megabytes` MB of blanks: a few hundred KB on disk."""
    source = path.with_suffix(".src.xlsx")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename != part:
                new.writestr(info, data)
                continue
            head, mark, tail = data.partition(b"<sheetData>")
            assert mark, part
            packed = zipfile.ZipInfo(part)
            packed.compress_type = zipfile.ZIP_DEFLATED
            with new.open(packed, "w", force_zip64=True) as out:
                out.write(head + mark)
                for _ in range(megabytes):
                    out.write(SPACES)
                out.write(tail)
    source.unlink()
    return path


def _sentence(text: str) -> None:
    assert "Traceback" not in text and "\n" not in text.strip() and len(text) < 400, text


def test_a_survey_workbook_that_unpacks_to_gigabytes_is_refused_before_inflating(tmp_path: Path) -> None:
    from jornada_desktop.exports.survey_import import read_rows

    book = _bomb(_survey_workbook(tmp_path / "respostas.xlsx"), "xl/worksheets/sheet1.xml", 420)
    assert book.stat().st_size < 2 * 1024 * 1024  # small on disk, 420 MB inside
    before = digest(book)
    with pytest.raises(ExportError) as info:
        read_rows(book)
    text = str(info.value)
    _sentence(text)
    assert "respostas.xlsx" in text and f"{workbook_limits.MAX_PART_BYTES // 2**20} MB" in text
    assert "xl/worksheets/sheet1.xml" in text
    assert digest(book) == before


def test_the_backlog_import_refuses_a_bomb_naming_the_file_and_the_limit(document, tmp_path: Path) -> None:
    from jornada_desktop.exports.backlog_import import import_backlog
    from jornada_desktop.exports.excel import export_workbook

    book = export_workbook(document.ws, document.ws.journeys()[0].id, tmp_path / "backlog.xlsx", "pt_BR",
                           chart_picture=False)
    sheets = sorted(n for n in zipfile.ZipFile(book).namelist() if n.startswith("xl/worksheets/sheet"))
    _bomb(book, sheets[3], 410)
    state = digest(document.path)
    with pytest.raises(ExportError) as info:
        import_backlog(document, book)
    _sentence(str(info.value))
    assert "backlog.xlsx" in str(info.value) and "MB" in str(info.value)
    assert digest(document.path) == state


def test_all_parts_together_have_a_ceiling_too(tmp_path: Path, monkeypatch) -> None:
    from jornada_desktop.exports.survey_import import read_rows

    book = _survey_workbook(tmp_path / "a.xlsx")
    monkeypatch.setattr(workbook_limits, "MAX_TOTAL_BYTES", 4096)  # the parts of a small workbook pass 4 KB
    with pytest.raises(ExportError, match=r"“a\.xlsx” would unpack to more than 0 MB"):
        read_rows(book)


def test_rows_past_the_ceiling_are_refused_with_a_sentence_not_cut_silently(tmp_path: Path, monkeypatch) -> None:
    from jornada_desktop.exports import survey_import

    book = _survey_workbook(tmp_path / "longa.xlsx", rows=30)
    assert len(survey_import.read_rows(book)) == 31
    monkeypatch.setattr(survey_import, "MAX_ROWS", 20)
    with pytest.raises(ExportError) as info:
        survey_import.read_rows(book)
    assert str(info.value).startswith("“longa.xlsx” has more than 21 rows")
    csv = tmp_path / "longa.csv"
    csv.write_text("nota;etapa\n" + "9;Compra\n\n" * 30, encoding="utf-8")
    with pytest.raises(ExportError, match="has more than 21 rows"):
        survey_import.read_rows(csv)


def test_a_sheet_declaring_every_column_is_read_to_its_last_cell_only(tmp_path: Path, monkeypatch) -> None:
    """A sheet whose dimension says A1:XFD… (16,384 columns) is not padded out to that width, and
    the cells read are counted against a ceiling."""
    from jornada_desktop.exports import survey_import

    book = _survey_workbook(tmp_path / "larga.xlsx", rows=5)
    source = book.with_suffix(".src.xlsx")
    book.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="A1:B6" ?/>', b'<dimension ref="A1:XFD6"/>', data)
                assert b"XFD6" in data
            new.writestr(info, data)
    rows = survey_import.read_rows(book)
    assert [len(r) for r in rows] == [2] * 6
    monkeypatch.setattr(workbook_limits, "MAX_CELLS", 7)
    with pytest.raises(ExportError, match=r"“larga\.xlsx” has more than 7 cells"):
        survey_import.read_rows(book)


def test_the_workbook_export_on_a_full_disk(document, tmp_path: Path, monkeypatch) -> None:
    """A disk that fills up halfway through the zip: one sentence naming the file and the full disk,
    the previous workbook kept, nothing left beside it, and no "Exception ignored in ZipFile.__del__"."""
    from jornada_desktop.exports import excel

    target = tmp_path / "out" / "mapa.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"previous workbook")

    class FullDisk:
        """A file that takes 20 KB, then says the disk is full."""

        def __init__(self, path: Path) -> None:
            self.handle = open(path, "wb")  # noqa: SIM115
            self.left = 20_000

        def write(self, data: bytes) -> int:
            if len(data) > self.left:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.left -= len(data)
            return self.handle.write(data)

        def __getattr__(self, name: str):  # noqa: ANN204 - tell, seek, flush, close
            return getattr(self.handle, name)

    monkeypatch.setattr(excel, "open_for_writing", FullDisk)
    ignored: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: ignored.append(f"{u.exc_value!r} in {u.object!r}"))
    with pytest.raises(ExportError) as info:
        excel.export_workbook(document.ws, document.ws.journeys()[0].id, target, "en", chart_picture=False)
    text = str(info.value)
    del info  # its traceback holds the zip: let it go, and see what its finaliser says
    gc.collect()
    assert ignored == []
    assert text == ("“mapa.xlsx” could not be written: the disk is full. "
                               "Any previous file there was left as it was.")
    assert target.read_bytes() == b"previous workbook"
    assert [p.name for p in target.parent.iterdir()] == ["mapa.xlsx"]

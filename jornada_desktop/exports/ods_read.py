"""Reading an OpenDocument spreadsheet (.ods) for the backlog import: LibreOffice saves a workbook
that way when a person chooses its own format. Only what the import needs: sheet names and cell
values (text, numbers, dates, booleans; formulas marked), streamed from content.xml."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import iterparse

ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_CONTENT_BYTES = 512 * 1024 * 1024  # content.xml unpacked; a bigger one is refused
MAX_REPEAT = 1_024  # repeated rows or cells drawn out at most this far (sheets end in 1M empty rows)
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T_TABLE, T_ROW, T_CELL, T_COVERED = (f"{{{_TABLE}}}{n}" for n in ("table", "table-row", "table-cell",
                                                                  "covered-table-cell"))
T_P, T_S, T_TAB, T_BREAK = (f"{{{_TEXT}}}{n}" for n in ("p", "s", "tab", "line-break"))


def is_ods(path: Path) -> bool:
    """Whether a file is an OpenDocument spreadsheet (a zip whose mimetype says so)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").strip() == ODS_MIME
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


@dataclass(frozen=True)
class OdsCell:
    """A cell as the import reads it: its value, and data_type 'f' for a formula."""

    value: Any
    data_type: str = "s"


def _paragraph(p: Any) -> str:
    """The text of one text:p, with its spaces, tabs and line breaks."""
    parts: list[str] = [p.text or ""]
    for child in p:
        if child.tag == T_S:
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or 1))
        elif child.tag == T_TAB:
            parts.append("\t")
        elif child.tag == T_BREAK:
            parts.append("\n")
        else:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _value(cell: Any) -> OdsCell:
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    formula = cell.get(f"{{{_TABLE}}}formula")
    text = "\n".join(_paragraph(p) for p in cell if p.tag == T_P)
    if formula:
        return OdsCell(formula, "f")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(f"{{{_OFFICE}}}value", "nan"))
        return OdsCell(int(number) if number.is_integer() else number, "n")
    if kind == "date":
        raw = cell.get(f"{{{_OFFICE}}}date-value", "")
        try:
            return OdsCell(dt.datetime.fromisoformat(raw), "d")
        except ValueError:
            return OdsCell(text)
    if kind == "boolean":
        return OdsCell(cell.get(f"{{{_OFFICE}}}boolean-value") == "true", "b")
    return OdsCell(text if text else None)


class _Limited:
    """A stream that refuses to give more than `limit` bytes (a zip bomb stops here)."""

    def __init__(self, raw: BinaryIO, limit: int) -> None:
        self.raw, self.left = raw, limit

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n if n >= 0 else 1 << 20)
        self.left -= len(data)
        if self.left < 0:
            raise ValueError("content.xml is too big")
        return data


class OdsBook:
    """The sheets of an .ods file, read row by row (the same calls the import makes of openpyxl)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive = zipfile.ZipFile(path)
        info = self.archive.getinfo("content.xml")
        if info.file_size > MAX_CONTENT_BYTES:
            raise ValueError("content.xml is too big")
        self.sheetnames = self._sheet_names()

    def close(self) -> None:
        """Close the file."""
        self.archive.close()

    def __getitem__(self, name: str) -> OdsSheet:
        return OdsSheet(self, name)

    def _sheet_names(self) -> list[str]:
        names: list[str] = []
        with self.archive.open("content.xml") as raw:
            for event, element in iterparse(_Limited(raw, MAX_CONTENT_BYTES), events=("start", "end")):
                if element.tag == T_TABLE and event == "start":
                    names.append(element.get(f"{{{_TABLE}}}name", ""))
                elif element.tag == T_ROW and event == "end":
                    element.clear()
        return names

    def rows(self, sheet: str, min_row: int = 1, max_row: int | None = None,
             max_col: int | None = None) -> Iterator[list[OdsCell]]:
        """The rows of a sheet from `min_row`, each a list of cells (at most `max_col`)."""
        width = max_col or MAX_REPEAT
        number = 0
        with self.archive.open("content.xml") as raw:
            inside = False
            for event, element in iterparse(_Limited(raw, MAX_CONTENT_BYTES), events=("start", "end")):
                if element.tag == T_TABLE:
                    if event == "start" and element.get(f"{{{_TABLE}}}name") == sheet:
                        inside = True
                    elif event == "end" and inside:
                        return
                    continue
                if not inside or event != "end" or element.tag != T_ROW:
                    continue
                cells: list[OdsCell] = []
                for cell in element:
                    if cell.tag not in (T_CELL, T_COVERED) or len(cells) >= width:
                        continue
                    repeat = min(int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1") or 1), width - len(cells))
                    value = _value(cell)
                    cells.extend([value] * repeat)
                repeat = min(int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1") or 1), MAX_REPEAT)
                element.clear()
                for _ in range(repeat):
                    number += 1
                    if max_row is not None and number > max_row:
                        return
                    if number >= min_row:
                        yield list(cells)


class OdsSheet:
    """One sheet of an OdsBook with openpyxl's `iter_rows` (cells, or values only)."""

    def __init__(self, book: OdsBook, name: str) -> None:
        self.book, self.title = book, name

    def iter_rows(self, min_row: int = 1, max_row: int | None = None, max_col: int | None = None,
                  values_only: bool = False) -> Iterator[Any]:
        """Rows as lists of cells (or of values)."""
        for row in self.book.rows(self.title, min_row, max_row, max_col):
            yield [c.value for c in row] if values_only else row

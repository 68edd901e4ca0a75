"""Reading workbooks (.xlsx, .ods) with bounded memory: a workbook is a zip, and a small zip can
unpack to gigabytes. Each part's declared size is checked before anything is inflated (Python's
zipfile never inflates a part past the size it declares), and the rows and cells read are counted,
so a hostile workbook is refused with a sentence instead of filling the memory."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

from jornada_desktop.exports.errors import ExportError
from jornada_desktop.model.sentences import Sentence

MB: Final = 1024 * 1024
MAX_PART_BYTES: Final = 400 * MB  # one sheet's XML unpacked (a 1,000,000-row survey is ~250 MB)
MAX_STRINGS_BYTES: Final = 100 * MB  # the shared strings, which openpyxl holds in memory whole
MAX_TOTAL_BYTES: Final = 800 * MB  # every part together
MAX_PARTS: Final = 5_000
MAX_COLUMNS: Final = 256  # columns read of a row (sheets often declare all 16,384)
MAX_CELLS: Final = 20_000_000  # cells read of a sheet, empty cells at a row's end not counted
_STRINGS_PARTS: Final = ("xl/sharedStrings.xml",)


def check_archive(path: Path) -> None:
    """Refuse a workbook whose parts would unpack past the ceilings, before inflating any of them."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ExportError(Sentence("“%1” is not a workbook that can be read (it may be damaged).", path.name)) from None
    if len(parts) > MAX_PARTS:
        raise ExportError(Sentence("“%1” holds more than %2 parts; it was not read.", path.name, MAX_PARTS))
    total = 0
    for part in parts:
        limit = MAX_STRINGS_BYTES if part.filename in _STRINGS_PARTS else MAX_PART_BYTES
        if part.file_size > limit:
            raise ExportError(Sentence(
                "“%1” would unpack to more than %2 MB (its part “%3”); it was not read, so that it cannot "
                "fill the memory. Save it again from the spreadsheet program, or split it.",
                path.name, limit // MB, part.filename[:60]))
        total += part.file_size
    if total > MAX_TOTAL_BYTES:
        raise ExportError(Sentence(
            "“%1” would unpack to more than %2 MB; it was not read, so that it cannot fill the memory. "
            "Save it again from the spreadsheet program, or split it.", path.name, MAX_TOTAL_BYTES // MB))


class CellBudget:
    """Counts the cells read of one workbook and refuses past the ceiling with a sentence."""

    def __init__(self, path: Path, limit: int | None = None) -> None:
        self.path, self.limit, self.used = path, limit or MAX_CELLS, 0

    def take(self, row: Iterable[Any]) -> list[Any]:
        """The row without its trailing empty cells, counted against the budget."""
        cells = list(row)
        while cells and (cells[-1] is None or getattr(cells[-1], "value", 0) is None):
            cells.pop()
        self.used += len(cells)
        if self.used > self.limit:
            raise ExportError(Sentence("“%1” has more than %2 cells; it was not read to the end. Split it into "
                                       "smaller workbooks.", self.path.name, f"{self.limit:,}"))
        return cells


def bounded_rows(rows: Iterable[Iterable[Any]], path: Path, max_rows: int,
                 budget: CellBudget | None = None) -> Iterator[list[Any]]:
    """The rows of a sheet (trailing empty cells dropped), refused past `max_rows` rows with content
    or past the budget's cells, each with a sentence naming the file and the limit."""
    budget = budget or CellBudget(path)
    seen = 0
    for row in rows:
        cells = budget.take(row)
        if cells:
            seen += 1
            if seen > max_rows:
                raise ExportError(Sentence("“%1” has more than %2 rows; it was not read to the end. Split it into "
                                           "smaller files.", path.name, f"{max_rows:,}"))
        yield cells

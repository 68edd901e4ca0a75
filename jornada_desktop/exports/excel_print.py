"""How the workbook's sheets print: page setup, repeated titles, header and footer, row heights.

openpyxl's write-only sheets write their properties (fit to page) and each row's height when the
first row, or that row, is appended: `page_setup` runs right after a sheet is made and
`fit_height` before each row goes in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.properties import PageSetupProperties

from jornada_desktop.exports.cells import clean_text
from jornada_desktop.exports.strings import t

POINTS_PER_LINE = 15.0  # an 11 pt line with its leading
MAX_ROW_POINTS = 409.0  # Excel's highest row
CHARS_PER_WIDTH = 1.15  # average characters of text per unit of column width (the width of a "0")
A4 = 9  # the paper size code of A4 in SpreadsheetML


def _header_text(text: str) -> str:
    """Text for a page header: & starts a code there, so it is doubled; kept short."""
    return clean_text(text)[:80].replace("&", "&&")


def page_setup(ws: Any, lang: str, map_name: str, *, title_rows: str | None = "1:1",
               title_cols: str | None = "A:A", one_page: bool = False) -> None:
    """Landscape A4, one page wide (one page at all with `one_page`), the title rows and column
    repeated on every page, the map's name in the header and the page number in the footer."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = A4
    setup.fitToWidth = 1
    setup.fitToHeight = 1 if one_page else 0
    ws.print_options.horizontalCentered = False
    margins = ws.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.25
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.oddHeader.left.text = _header_text(map_name)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = "&A"  # the sheet's name
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = t("print.page", lang).replace("%1", "&P").replace("%2", "&N")
    ws.oddFooter.center.size = 9


def text_lines(text: str, width: float) -> int:
    """How many lines a wrapped text takes in a column of this width."""
    per_line = max(1, int(width * CHARS_PER_WIDTH))
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))


def fit_height(ws: Any, row: int, values: Sequence[Any], widths: Sequence[float],
               wrapped: Sequence[bool] | None = None, min_lines: int = 1) -> int:
    """Give row `row` the height its wrapped texts need (set before the row is appended); the
    number of lines."""
    lines = min_lines
    for i, value in enumerate(values):
        if i >= len(widths) or (wrapped is not None and not wrapped[i]):
            continue
        text = value if type(value) is str else getattr(value, "value", None)
        if type(text) is str and (len(text) > widths[i] or "\n" in text):
            lines = max(lines, text_lines(text, widths[i]))
    if lines > 1:
        set_row_height(ws, row, min(MAX_ROW_POINTS, lines * POINTS_PER_LINE + 3))
    return lines


def set_row_height(ws: Any, row: int, points: float) -> None:
    """A row's height in points, on a write-only sheet (before the row goes in).

    The writer only reads the row's attributes (`ht`, `customHeight`) from `row_dimensions`; a
    plain mapping of them costs a tenth of openpyxl's RowDimension object, made per tall row.
    """
    ws.row_dimensions[row] = {"ht": f"{points:g}", "customHeight": "1"}

"""Reading the backlog sheet of a workbook back (read-only, streaming, tolerant of what people do to it)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.ods_read import OdsBook, is_ods
from jornada_desktop.exports.strings import all_labels
from jornada_desktop.exports.tables import BACKLOG_COLUMNS
from jornada_desktop.exports.workbook_limits import MAX_COLUMNS, check_archive
from jornada_desktop.model.sentences import Phrase, Sentence

MAX_WORKBOOK_BYTES = 200 * 1024 * 1024
MAX_ROWS = 100_000
EMPTY_RUN_STOP = 1_000  # a long run of empty rows ends the table (sheets padded to 1M rows)
HEADER_SEARCH_ROWS = 20
META_SHEET = "_jornada"
WORKBOOK_FORMAT = "jornada-workbook"


def _norm(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold() if text is not None else ""


HEADER_FIELDS: dict[str, str] = {}
for _column in (*BACKLOG_COLUMNS, "sync"):
    for _label in all_labels(f"col.{_column}"):
        HEADER_FIELDS[_norm(_label)] = _column
HEADER_FIELDS[_norm("due date")] = "due_date"
BACKLOG_SHEET_NAMES = {_norm(x) for x in all_labels("sheet.backlog")}


META_ROW_KEY = "improvement"  # a meta row holding the sync cell of one exported row
HIDDEN_SHEETS = (META_SHEET, "_lists")


@dataclass
class BacklogSheet:
    """The rows of a workbook's backlog sheet: (spreadsheet row number, field -> raw cell value),
    with the workbook's facts (`meta`) and the sync cell of every row exported (`exported`)."""

    meta: dict[str, Any]
    sheet_title: str
    columns: dict[str, int]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    exported: list[str] = field(default_factory=list)


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ExportError(Sentence("“%1” does not exist.", path.name)) from None
    except OSError as exc:
        raise ExportError(Sentence("“%1” could not be read (%2).", path.name, exc.strerror or str(exc))) from None
    if path.is_dir():
        raise ExportError(Sentence("“%1” is a folder, not a workbook.", path.name))
    if not path.is_file():  # a pipe or a device: reading would block or never end
        raise ExportError(Sentence("“%1” is not a regular file (a pipe or a device); it was not read.", path.name))
    if size > MAX_WORKBOOK_BYTES:
        raise ExportError(Sentence("“%1” is larger than %2 MB; it was not read.", path.name, MAX_WORKBOOK_BYTES // 2**20))
    if not zipfile.is_zipfile(path):
        raise ExportError(Sentence("“%1” is not an Excel workbook (.xlsx), so its backlog cannot be imported.",
                                   path.name))
    check_archive(path)  # declared sizes, before anything is inflated
    if is_ods(path):  # LibreOffice's own format: a valid file, not a damaged workbook
        try:
            return OdsBook(path)
        except Exception:  # noqa: BLE001 - a damaged or oversized archive
            raise ExportError(Sentence("“%1” is an OpenDocument spreadsheet that could not be read (it may be "
                                       "damaged or too big).", path.name)) from None
    try:
        return load_workbook(path, read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise ExportError(Sentence("“%1” is not an Excel workbook that can be read (it may be damaged "
                                   "or password-protected).", path.name)) from None


def _read_meta(wb: Any) -> tuple[dict[str, Any], list[str]]:
    """The facts of the hidden meta sheet (its first rows) and the exported rows' sync cells."""
    if META_SHEET not in wb.sheetnames:
        return {}, []
    meta: dict[str, Any] = {}
    exported: list[str] = []
    for n, row in enumerate(wb[META_SHEET].iter_rows(max_col=2, values_only=True)):
        if n > MAX_ROWS:
            break
        if not row or not isinstance(row[0], str):
            continue
        value = row[1] if len(row) > 1 else None
        if row[0] == META_ROW_KEY:
            if isinstance(value, str):
                exported.append(value)
        elif n <= 50:
            meta[row[0]] = value
    return meta, exported


def _find_header(sheet: Any) -> tuple[int, dict[str, int]] | None:
    for n, row in enumerate(sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, max_col=MAX_COLUMNS,
                                                       values_only=True), 1):
        columns: dict[str, int] = {}
        for i, value in enumerate(row):
            name = HEADER_FIELDS.get(_norm(value))
            if name and name not in columns:
                columns[name] = i
        if "title" in columns and ("id" in columns or "status" in columns):
            return n, columns
    return None


def read_backlog_sheet(path: str | Path) -> BacklogSheet:
    """The backlog rows of a Jornada workbook; ExportError with a sentence when it is not one."""
    path = Path(path)
    wb = _open(path)
    try:
        meta, exported = _read_meta(wb)
        ours = meta.get("format") == WORKBOOK_FORMAT
        candidates = [n for n in wb.sheetnames if _norm(n) in BACKLOG_SHEET_NAMES]
        candidates += [n for n in wb.sheetnames if n not in candidates and n not in HIDDEN_SHEETS]
        for name in candidates:
            sheet = wb[name]
            found = _find_header(sheet)
            if found is None:
                continue
            header_row, columns = found
            if not ours and "sync" not in columns and "id" not in columns:
                continue
            result = BacklogSheet(meta, name, columns, exported=exported)
            _read_rows(sheet, header_row, result)
            return result
    except ExportError:
        raise
    except Exception:  # noqa: BLE001 - a damaged part of the zip shows up while streaming
        raise ExportError(Sentence("“%1” could not be read to the end; it may be damaged.", path.name)) from None
    finally:
        wb.close()
    if ours:
        raise ExportError(Sentence("“%1” was made by Jornada but its improvement backlog sheet is missing "
                                   "or its header row was changed.", path.name))
    raise ExportError(Sentence("“%1” was not made by Jornada: it has no improvement backlog sheet "
                               "with an id and a title column.", path.name))


def _read_rows(sheet: Any, header_row: int, result: BacklogSheet) -> None:
    empty_run = 0
    width = max(result.columns.values()) + 1
    for number, row in enumerate(sheet.iter_rows(min_row=header_row + 1, max_col=width), header_row + 1):
        values = {name: (_value(row[i]) if i < len(row) else None) for name, i in result.columns.items()}
        # A row whose cells were cut away leaves its hidden sync cell (and a priority formula)
        # behind: that is an empty row, not a new improvement without a title.
        if all(_blank(x) for name, x in values.items() if name not in ("sync", "priority")):
            empty_run += 1
            if empty_run >= EMPTY_RUN_STOP:
                break
            continue
        empty_run = 0
        if len(result.rows) >= MAX_ROWS:
            result.notes.append(Sentence("Only the first %1 rows were read.", MAX_ROWS))
            break
        result.rows.append((number, values))


class Formula(str):
    """A cell that holds a formula (its text); never imported as a value."""


def _value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" and value is not None:
        return Formula(str(value))
    return value


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---- cell values -----------------------------------------------------------
class CellProblem(ValueError):
    """A cell whose value cannot be used; the message (a Phrase) names the column and the value."""


def as_text(value: Any) -> str:
    """A cell as text (numbers without a trailing .0, dates as YYYY-MM-DD)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def as_int(value: Any, what: str, lo: int, hi: int | None) -> int | None:
    """A whole number in a range, or None for an empty cell."""
    if _blank(value):
        return None
    number: Any = value
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise CellProblem(Phrase("%1 “%2” is not a number", what, str(value))) from None
    if isinstance(number, bool) or not isinstance(number, int | float) or number != number:
        raise CellProblem(Phrase("%1 “%2” is not a number", what, str(value)))
    if float(number) != int(number):
        raise CellProblem(Phrase("%1 “%2” is not a whole number", what, str(value)))
    number = int(number)
    if number < lo or (hi is not None and number > hi):
        if hi is not None:
            raise CellProblem(Phrase("%1 %2 is not from %3 to %4", what, number, lo, hi))
        raise CellProblem(Phrase("%1 %2 is not at least %3", what, number, lo))
    return number


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$"), "ymd"),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), "ymd"),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), "local"),
)


def as_date(value: Any, what: str, lang: str) -> str | None:
    """A date cell (a date, an Excel serial number or text) as YYYY-MM-DD; None when empty."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:
            from openpyxl.utils.datetime import from_excel

            return from_excel(value).date().isoformat()
        raise CellProblem(Phrase("%1 %2 is not a date", what, str(value)))
    text = str(value).strip()
    for pattern, order in _DATE_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        a, b, c = (int(x) for x in m.groups()[:3])
        if order == "ymd":
            y, mo, d = a, b, c
        elif lang.lower().startswith("pt"):
            d, mo, y = a, b, c
        else:
            mo, d, y = a, b, c
            if mo > 12 >= d:  # clearly day first
                d, mo = mo, d
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            break
    raise CellProblem(Phrase("%1 “%2” is not a date (use YYYY-MM-DD)", what, text[:40]))

"""CSV files of the backlog and of the touchpoints: UTF-8 with BOM, RFC 4180, safe from CSV injection.

Portuguese files use `;` between fields and a decimal comma (as Excel and LibreOffice expect in a
Brazilian locale); English files use `,` and a decimal point. Every field holding a comma, a
semicolon, a tab, a quote or a line end is quoted, whatever the separator, so a spreadsheet that
splits on comma, semicolon and tab at once (LibreOffice's default) still sees the same columns;
and no text can start a formula under any of those separators (`cells.csv_text`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from jornada_desktop.exports.atomic import write_bytes_atomically
from jornada_desktop.exports.cells import csv_quoted, csv_safe
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.tables import (
    BACKLOG_COLUMNS,
    MEASUREMENT_COLUMNS,
    QUOTE_COLUMNS,
    RATING_COLUMNS,
    TOUCHPOINT_COLUMNS,
    VOTE_COLUMNS,
    JourneyView,
    backlog_rows,
    header,
    measurement_rows,
    quote_rows,
    rating_rows,
    touchpoint_rows,
    vote_rows,
)
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.workspace import Workspace

CSV_KINDS = ("backlog", "touchpoints")


def _is_pt(lang: str) -> bool:
    return lang.lower().startswith("pt")


def separator(lang: str) -> str:
    """The field separator of a language's CSV: `;` in Portuguese (decimal comma), `,` else."""
    return ";" if _is_pt(lang) else ","


def _field(value: Any, lang: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not isinstance(value, bool):
        text = f"{value:g}" if value.is_integer() else repr(value)
        return text.replace(".", ",") if _is_pt(lang) else text
    return csv_safe(value)


def csv_line(fields: list[str], sep: str) -> str:
    """One record: fields quoted as RFC 4180 says, separated, ended by CRLF."""
    return sep.join(csv_quoted(f) for f in fields) + "\r\n"


CSV_TABLES = {  # what else a CSV can hold: the workshop's votes, the metrics' history, the personas' ratings,
    "votes": (VOTE_COLUMNS, vote_rows),  # what customers said
    "measurements": (MEASUREMENT_COLUMNS, measurement_rows),
    "ratings": (RATING_COLUMNS, rating_rows),
    "quotes": (QUOTE_COLUMNS, quote_rows),
}


def csv_bytes(ws: Workspace, journey_id: int, what: str = "backlog", lang: str = "en") -> bytes:
    """The CSV of a journey's backlog or touchpoints: BOM, header row, `;` in Portuguese, `,` else."""
    if ws.get("journeys", journey_id) is None:
        raise ExportError(Sentence("The journey %1 does not exist in this file.", str(journey_id)))
    view = JourneyView(ws, journey_id)
    if what == "backlog":
        labels, rows = header(BACKLOG_COLUMNS, lang), backlog_rows(view, lang)
    elif what == "touchpoints":
        labels, rows = header(TOUCHPOINT_COLUMNS, lang), touchpoint_rows(view, lang)
    elif what in CSV_TABLES:
        columns, make = CSV_TABLES[what]
        labels, rows = header(columns, lang), make(view, lang)
    else:
        raise ExportError(Sentence("Unknown CSV content “%1”: choose backlog, touchpoints, votes, measurements, "
                                   "ratings or quotes.", str(what)))
    sep = separator(lang)
    lines = [csv_line([csv_safe(x) for x in labels], sep)]
    lines.extend(csv_line([_field(x, lang) for x in row], sep) for row in rows)
    return ("\ufeff" + "".join(lines)).encode("utf-8", "replace")


def export_csv(ws: Workspace, journey_id: int, target: str | Path, what: str = "backlog",
               lang: str = "en") -> Path:
    """Write the backlog or touchpoints CSV to `target`, atomically."""
    return write_bytes_atomically(target, csv_bytes(ws, journey_id, what, lang))

"""Survey answers from a CSV or XLSX file into a journey's metrics, as one undoable step with a
version of the file kept first (the reading and the arithmetic are `model.survey`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jornada_desktop.editing.document import Document
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.workbook_limits import MAX_COLUMNS, bounded_rows, check_archive
from jornada_desktop.model import survey
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.measurements import survey_ops
from jornada_desktop.model.sentences import Sentence

MAX_ROWS = 1_000_000


@dataclass
class SurveyResult:
    """What an import did."""

    answers: int
    measurements: int
    metrics_added: int
    problems: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """A few lines for the command line."""
        lines = [f"{self.answers} answer(s) read: {self.measurements} measurement(s) added"
                 f"{f', {self.metrics_added} metric(s) made' if self.metrics_added else ''}."]
        lines += [f"Row {row}: {why}." for row, why in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(f"… and {len(self.problems) - 50} more rows left out.")
        lines += [note[:1].upper() + note[1:] + "." for note in self.notes]
        return "\n".join(lines)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    strftime = getattr(value, "strftime", None)
    return strftime("%Y-%m-%d") if strftime else str(value)


def read_rows(path: Path) -> list[list[str]]:
    """The rows of a CSV (any of Excel's encodings and separators) or of an XLSX's first sheet; a
    workbook is checked before it is inflated, and rows and cells past the ceilings are refused."""
    try:
        if path.stat().st_size > survey.MAX_BYTES:
            raise ExportError(Sentence("“%1” is larger than %2 MB; it was not read.", path.name,
                                       survey.MAX_BYTES // 2**20))
        if not path.is_file():
            raise ExportError(Sentence("“%1” is not a file.", path.name))
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            check_archive(path)  # declared sizes, before anything is inflated
            book = load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0]
                cells = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
                return [[_cell_text(v) for v in row] for row in bounded_rows(cells, path, MAX_ROWS + 1)]
            finally:
                book.close()
        text = survey.decode(path.read_bytes())
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(Sentence("“%1” could not be read (%2).", path.name, exc.strerror or str(exc))) from None
    except Exception:  # noqa: BLE001 - a damaged workbook
        raise ExportError(Sentence("“%1” is not a CSV file or an Excel workbook that can be read.", path.name)) from None
    return list(bounded_rows(survey.rows_of(text), path, MAX_ROWS + 1))


def import_survey(document: Document, journey_id: int, path: str | Path, kind: str,
                  mapping: str | dict[str, int] | None = None) -> SurveyResult:
    """Read a survey file and add its figures as measurements (one undoable step, a version kept first)."""
    path = Path(path)
    if kind not in survey.SCALES:
        raise ExportError(Sentence("Unknown survey kind “%1” (use nps, csat or ces).", kind))
    rows = read_rows(path)
    if not rows:
        raise ExportError(Sentence("“%1” is empty.", path.name))
    columns = mapping if isinstance(mapping, dict) else None  # (the dialog's columns, chosen by number)
    if isinstance(mapping, str) and mapping:
        try:
            columns = survey.parse_mapping(mapping, rows[0])
        except ValueError as exc:
            raise ExportError(Sentence("“%1”: %2.", path.name, str(exc))) from None
    reading = survey.read_answers(rows, kind, columns)
    if not reading.answers:
        why = reading.problems[0][1] if reading.problems else "no answers"
        raise ExportError(Sentence("“%1” has no answer that can be counted (%2).", path.name, why))
    plan = survey_ops(document.ws, journey_id, kind, survey.figures(reading.answers, kind), path.name, utc_now())
    failures: list[str] = []
    document.write_failed.connect(failures.append)
    try:
        ok = document.push(f"Import survey ({kind.upper()})", plan.ops, keep_version="before_import")
    finally:
        document.write_failed.disconnect(failures.append)
    if not ok:
        raise ExportError(failures[0] if failures else Sentence("The survey could not be saved; nothing was changed."))
    return SurveyResult(len(reading.answers), plan.measurements, plan.metrics_added, reading.problems, plan.notes)

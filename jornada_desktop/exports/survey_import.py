"""Survey answers from a CSV or XLSX file into a journey's metrics and quotes, as one undoable step
with a version of the file kept first (the reading and the arithmetic are `model.survey`).

A file is read one row at a time and tallied as it goes: a million rows take the memory of their
tallies (per stage, touchpoint and month) and of the comments kept as quotes (capped), not of the
rows. A reading can be followed (`progress(fraction)`) and cancelled (`progress` raises
`survey.Cancelled`): nothing is written until the whole file has been read."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Final

from jornada_desktop.editing.document import Document
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.workbook_limits import MAX_CELLS, MAX_COLUMNS, bounded_rows, check_archive
from jornada_desktop.model import survey
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.measurements import survey_ops
from jornada_desktop.model.quotes import Places, quote_ops
from jornada_desktop.model.sentences import Sentence

MAX_ROWS = 1_000_000
FIELD_LIMIT: Final = 16 * 2**20  # characters of one CSV cell (a longer comment is cut when imported)
_CHUNK: Final = 256 * 1024  # bytes decoded at a time while checking the encoding


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    strftime = getattr(value, "strftime", None)
    return strftime("%Y-%m-%d") if strftime else str(value)


class _Counted(io.RawIOBase):
    """A binary file that counts the bytes read from it (how far a reading has come)."""

    def __init__(self, raw: io.RawIOBase) -> None:
        super().__init__()
        self.raw, self.read_bytes = raw, 0

    def readable(self) -> bool:
        """Yes."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Read into the buffer, counting."""
        n = self.raw.readinto(buffer) or 0
        self.read_bytes += n
        return n

    def close(self) -> None:
        """Close the file under it too."""
        self.raw.close()
        super().close()


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as it, else Windows-1252 (Excel in pt_BR)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as f:
        try:
            while chunk := f.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


class SurveyFile:
    """A survey file read one row at a time: a CSV (any of Excel's encodings and separators) or an
    XLSX's first sheet, checked before it is inflated; rows and cells past the ceilings are refused."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            if not self.path.is_file():
                raise ExportError(Sentence("“%1” is not a file.", self.path.name))
            self.size = self.path.stat().st_size
        except OSError as exc:
            raise ExportError(Sentence("“%1” could not be read (%2).", self.path.name,
                                       exc.strerror or str(exc))) from None
        if self.size > survey.MAX_BYTES:
            raise ExportError(Sentence("“%1” is larger than %2 MB; it was not read.", self.path.name,
                                       survey.MAX_BYTES // 2**20))
        self.is_workbook = self.path.suffix.lower() in (".xlsx", ".xlsm")
        self._fraction = 0.0
        self._counted: _Counted | None = None

    def rows(self) -> Iterator[list[str]]:
        """The file's rows as text, one at a time (ExportError with a sentence when it cannot be read)."""
        name = self.path.name
        try:
            if self.is_workbook:  # (empty cells at a row's end are dropped before they become text)
                for cells in bounded_rows(self._workbook_rows(), self.path, MAX_ROWS + 1):
                    yield [_cell_text(v) for v in cells]
            else:
                yield from self._csv_rows()
        except (ExportError, survey.Cancelled, GeneratorExit):
            raise
        except OSError as exc:
            raise ExportError(Sentence("“%1” could not be read (%2).", name, exc.strerror or str(exc))) from None
        except Exception:  # noqa: BLE001 - a damaged workbook
            raise ExportError(Sentence("“%1” is not a CSV file or an Excel workbook that can be read.", name)) from None
        self._fraction, self._counted = 1.0, None

    @property
    def fraction(self) -> float:
        """How far the reading of rows() has come, 0 … 1."""
        if self._counted is not None:
            return min(1.0, self._counted.read_bytes / self.size) if self.size else 1.0
        return self._fraction

    def _csv_rows(self) -> Iterator[list[str]]:
        """The rows of a CSV, refused past MAX_ROWS rows or MAX_CELLS cells (counted here rather than
        through `bounded_rows`: this loop is a million rows long)."""
        encoding = _encoding(self.path)
        with self.path.open("rb") as f:
            raw = f.read(64 * 1024)
        if len(raw) == 64 * 1024 and b"\n" in raw:
            raw = raw[:raw.rfind(b"\n")]  # whole lines only
        separator = survey.sniff_separator(raw.decode(encoding, errors="ignore"))
        if csv.field_size_limit() < FIELD_LIMIT:
            csv.field_size_limit(FIELD_LIMIT)
        counted = self._counted = _Counted(io.FileIO(self.path, "rb"))
        max_rows, max_cells = MAX_ROWS + 1, MAX_CELLS
        seen = cells = 0
        with io.TextIOWrapper(io.BufferedReader(counted, 256 * 1024), encoding=encoding, errors="replace",
                              newline="") as text:
            reader = csv.reader(text, delimiter=separator)
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error:
                    raise ExportError(Sentence("“%1” could not be read past its line %2: a cell there is longer "
                                               "than %3 characters.", self.path.name, reader.line_num,
                                               FIELD_LIMIT)) from None
                if row:
                    seen += 1
                    cells += len(row)
                    if seen > max_rows:
                        raise ExportError(Sentence("“%1” has more than %2 rows; it was not read to the end. Split "
                                                   "it into smaller files.", self.path.name, f"{max_rows:,}"))
                    if cells > max_cells:
                        raise ExportError(Sentence("“%1” has more than %2 cells; it was not read to the end. Split "
                                                   "it into smaller workbooks.", self.path.name, f"{max_cells:,}"))
                yield row

    def _workbook_rows(self) -> Iterator[tuple[object, ...]]:
        from openpyxl import load_workbook

        check_archive(self.path)  # declared sizes, before anything is inflated
        book = load_workbook(self.path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            total = sheet.max_row or 0
            for n, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
                self._fraction = min(1.0, n / total) if total else 0.0
                yield row
        finally:
            book.close()


def read_rows(path: Path, limit: int | None = None) -> list[list[str]]:
    """The first `limit` rows of a survey file (all of them when None; see SurveyFile)."""
    with contextlib.closing(SurveyFile(path).rows()) as rows:
        return list(islice(rows, limit))


@dataclass
class SurveyResult:
    """What an import did."""

    answers: int
    measurements: int
    metrics_added: int
    quotes: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problem_count: int = 0
    comments_left: int = 0

    def summary(self) -> str:
        """A few lines for the command line."""
        lines = [f"{self.answers} answer(s) read: {self.measurements} measurement(s) added"
                 f"{f', {self.metrics_added} metric(s) made' if self.metrics_added else ''}"
                 f"{f', {self.quotes} quote(s) added' if self.quotes else ''}."]
        lines += [f"Row {row}: {why}." for row, why in self.problems[:50]]
        if self.problem_count > 50:
            lines.append(f"… and {self.problem_count - 50} more rows reported.")
        if self.comments_left:
            lines.append(f"{self.comments_left} more comment(s) were not kept as quotes "
                         f"(at most {survey.MAX_QUOTES:,} from one file).")
        lines += [note[:1].upper() + note[1:] + "." for note in self.notes]
        return "\n".join(lines)


def import_survey(document: Document, journey_id: int, path: str | Path, kind: str,
                  mapping: str | dict[str, int] | None = None,
                  progress: Callable[[float], None] | None = None) -> SurveyResult:
    """Read a survey file and add its figures as measurements and its comments as quotes (one undoable
    step, a version kept first). `progress(fraction)` is called as the file is read; when it raises
    survey.Cancelled, the import stops and nothing is written."""
    if kind not in survey.SCALES:
        raise ExportError(Sentence("Unknown survey kind “%1” (use nps, csat or ces).", kind))
    source = SurveyFile(path)
    name = source.path.name
    places = Places(document.ws, journey_id)
    with contextlib.closing(source.rows()) as rows:
        headers = next(rows, None)
        if headers is None:
            raise ExportError(Sentence("“%1” is empty.", name))
        columns = mapping if isinstance(mapping, dict) else None  # (the dialog's columns, chosen by number)
        if isinstance(mapping, str) and mapping:
            try:
                columns = survey.parse_mapping(mapping, headers)
            except ValueError as exc:
                raise ExportError(Sentence("“%1”: %2.", name, str(exc))) from None
        tick = (lambda _n: progress(source.fraction)) if progress is not None else None
        reading = survey.read_answers(chain([headers], rows), kind, columns, keep=False, place=places.names,
                                      tick=tick)
    if not reading.counted:
        why = reading.problems[0][1] if reading.problems else "no answers"
        raise ExportError(Sentence("“%1” has no answer that can be counted (%2).", name, why))
    stamp = utc_now()
    plan = survey_ops(document.ws, journey_id, kind, reading.figures(kind), name, stamp)
    quotes = quote_ops(document.ws, places, reading.comments, name, stamp)
    failures: list[str] = []
    document.write_failed.connect(failures.append)
    try:
        ok = document.push(f"Import survey ({kind.upper()})", plan.ops + quotes.ops, keep_version="before_import")
    finally:
        document.write_failed.disconnect(failures.append)
    if not ok:
        raise ExportError(failures[0] if failures else Sentence("The survey could not be saved; nothing was changed."))
    problems = sorted(reading.problems + quotes.problems)
    return SurveyResult(reading.counted, plan.measurements, plan.metrics_added, len(quotes.ops), problems,
                        places.notes + plan.notes, reading.problem_count + len(quotes.problems),
                        reading.comments_left)

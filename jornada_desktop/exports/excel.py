"""The stakeholder workbook (openpyxl, write-only): read me, map, touchpoints, backlog, personas,
metrics, emotions and charts, every user text a text cell, every sheet set up to print, written
atomically. The backlog sheet and the hidden sheets are in `excel_backlog`, the charts in
`excel_charts`, the page setup and row heights in `excel_print`."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import get_column_letter, quote_sheetname

from jornada_desktop import __version__
from jornada_desktop.exports import excel_styles as st
from jornada_desktop.exports.atomic import atomic_path
from jornada_desktop.exports.backlog_sync import sync_value
from jornada_desktop.exports.cells import clean_text, needs_quote_prefix, safe_sheet_title
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.excel_backlog import LISTS_SHEET, DropDownLists, write_backlog_sheet
from jornada_desktop.exports.excel_charts import (
    CHART_ROWS,
    add_metric_history_charts,
    emotion_chart,
    write_charts_sheet,
)
from jornada_desktop.exports.excel_print import (
    MAX_ROW_POINTS,
    POINTS_PER_LINE,
    fit_height,
    page_setup,
    set_row_height,
    text_lines,
)
from jornada_desktop.exports.strings import t
from jornada_desktop.exports.tables import (
    MEASUREMENT_COLUMNS,
    METRIC_COLUMNS,
    PERSONA_COLUMNS,
    QUOTE_COLUMNS,
    RATING_COLUMNS,
    TOUCHPOINT_COLUMNS,
    VOTE_COLUMNS,
    JourneyView,
    emotion_columns,
    emotion_series,
    header,
    measurement_rows,
    metric_rows,
    persona_rows,
    quote_rows,
    rating_rows,
    touchpoint_rows,
    vote_rows,
)
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.workspace import Workspace

META_SHEET = "_jornada"
META_ROW_KEY = "improvement"  # a row of the meta sheet holding one exported row's sync cell
WORKBOOK_FORMAT = "jornada-workbook"
WORKBOOK_VERSION = 2
MAP_MAX_COLUMNS_PER_STAGE = 3
MAP_CARD_WIDTH = 24.0
Progress = Callable[[int, str], None]  # percent, step


class Cells:
    """Makes cells of one write-only sheet: text always text (never a formula), shared styles."""

    def __init__(self, ws: Any, lang: str) -> None:
        self.ws = ws
        self.lang = lang
        self._styles: dict[str, Any] = {}

    def _style(self, cell: Any, style: str) -> None:
        """Give a cell a named style by copying a template's style array (no lookup per cell)."""
        template = self._styles.get(style)
        if template is None:
            probe = WriteOnlyCell(self.ws)
            probe.style = style
            template = self._styles[style] = probe._style
        cell._style = copy.copy(template)

    def text(self, value: Any, style: str | None = None) -> Any:
        """A text cell; plain strings pass as they are when they need nothing else (fast path)."""
        s = clean_text(value, self.lang)
        quote = needs_quote_prefix(s)
        if style is None and not quote:
            return s
        cell = WriteOnlyCell(self.ws, value=s)
        cell.data_type = "s"  # a leading "=" made openpyxl guess a formula: it is text
        if style is not None:
            self._style(cell, style)
        if quote:
            cell.quotePrefix = True
        return cell

    def wrapped(self, text: str) -> Any:
        """A clean text that needs no quote prefix (a plain string of `row`), in the wrap style
        (made without openpyxl's value checks: big maps have a hundred thousand of these)."""
        template = self._styles.get(st.WRAP)
        if template is None:
            self._style(WriteOnlyCell(self.ws), st.WRAP)
            template = self._styles[st.WRAP]
        cell = Cell(self.ws, row=1, column=1, style_array=template)  # (as WriteOnlyCell makes them)
        cell._value = text
        cell.data_type = "s"
        return cell

    def styled(self, value: Any, style: str) -> Any:
        """A number or date cell with a named style (text goes through `text`)."""
        if isinstance(value, str):
            return self.text(value, style)
        cell = WriteOnlyCell(self.ws, value=value)
        self._style(cell, style)
        return cell

    def value(self, value: Any) -> Any:
        """Any exported value: text as text, dates with the date style, numbers as numbers."""
        if type(value) is str:
            return self.text(value)
        if value is None or isinstance(value, bool):
            return None if value is None else int(value)
        if isinstance(value, int | float):
            return value if not (isinstance(value, float) and not math.isfinite(value)) else None
        if isinstance(value, dt.date):
            return self.styled(value, st.DATE)
        return self.text(value)

    def row(self, values: list[Any]) -> list[Any]:
        """A row of exported values."""
        return [self.value(x) for x in values]

    def header(self, labels: list[str]) -> list[Any]:
        """A header row."""
        return [self.text(x, st.HEADER) for x in labels]


def _widths(ws: Any, widths: list[float]) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width


def wrap_and_fit(ws: Any, row: int, cells: Cells, out: list[Any], widths: list[float], wrapped: list[bool]) -> None:
    """Give the wrap style to the texts of wrapping columns that need it (longer than the column, or
    of several lines: a style per cell costs, a short text needs none) and the row the height they
    need. `out` is a row of `Cells.row`: its plain strings are clean texts that need no quote."""
    lines = 1
    for i, text in enumerate(out):
        if wrapped[i] and type(text) is str and (len(text) > widths[i] or "\n" in text):
            out[i] = cells.wrapped(text)
            lines = max(lines, text_lines(text, widths[i]))
    if lines > 1:
        set_row_height(ws, row, min(MAX_ROW_POINTS, lines * POINTS_PER_LINE + 3))


def _list_sheet(wb: Workbook, title: str, lang: str, map_name: str, labels: list[str], rows: list[list[Any]],
                widths: list[float], wrap: set[int] | None = None) -> Any:
    """A sheet with a header row, frozen, with an autofilter, and rows as tall as their wrapped texts
    (a text wraps when it is longer than its column or has several lines)."""
    ws = wb.create_sheet(title)
    page_setup(ws, lang, map_name)
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    cells = Cells(ws, lang)
    fit_height(ws, 1, labels, widths)
    ws.append(cells.header(labels))
    wrapped = [i in (wrap or set()) for i in range(len(labels))]
    for row_no, values in enumerate(rows, 2):
        out = cells.row(values)
        wrap_and_fit(ws, row_no, cells, out, widths, wrapped)
        ws.append(out)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(labels))}{max(len(rows) + 1, 2)}"
    return ws


class WorkbookWriter:
    """Builds the workbook of one journey."""

    def __init__(self, ws: Workspace, journey_id: int, lang: str = "en", *, source_name: str = "",
                 chart_picture: bool = True, progress: Progress | None = None, file_uuid: str = "") -> None:
        if ws.get("journeys", journey_id) is None:
            raise ExportError(Sentence("The journey %1 does not exist in this file.", str(journey_id)))
        self.view = JourneyView(ws, journey_id)
        self.ws = ws
        self.file_uuid = file_uuid
        self.sync_values: dict[int, str] = {}  # improvement id -> its row's sync cell, for the meta sheet
        self.lang = "pt_BR" if lang.lower().startswith("pt") else "en"
        self.source_name = source_name
        self.chart_picture = chart_picture
        self.progress = progress or (lambda _p, _s: None)
        self.exported_at = utc_now()
        self.titles: set[str] = set()

    def _title(self, key: str) -> str:
        title = safe_sheet_title(t(key, self.lang), self.titles)
        self.titles.add(title)
        return title

    @property
    def map_name(self) -> str:
        """The journey's title, as page headers show it."""
        return self.view.journey.title

    def build(self) -> Workbook:
        """The whole workbook in memory (write-only sheets are streamed on save)."""
        wb = Workbook(write_only=True)
        st.register_styles(wb, self.lang)
        wb.properties.creator = f"Jornada {__version__}"
        wb.properties.title = clean_text(self.view.journey.title, self.lang)[:200]
        self.titles = {META_SHEET, LISTS_SHEET}
        names = {k: self._title(k) for k in ("sheet.readme", "sheet.map", "sheet.touchpoints",
                                             "sheet.backlog", "sheet.personas", "sheet.metrics",
                                             "sheet.emotions", "sheet.charts", "sheet.votes",
                                             "sheet.measurements", "sheet.ratings", "sheet.quotes")}
        self.progress(5, "readme")
        self._readme(wb, names["sheet.readme"])
        self.progress(15, "map")
        self._map(wb, names["sheet.map"])
        self.progress(40, "touchpoints")
        _list_sheet(wb, names["sheet.touchpoints"], self.lang, self.map_name, header(TOUCHPOINT_COLUMNS, self.lang),
                    touchpoint_rows(self.view, self.lang),
                    [20, 18, 18, 14, 30, 44, 14, 16, 8, 13, 16, 12, 36, 16], wrap={0, 1, 2, 4, 5, 7, 10, 12, 13})
        self.progress(65, "backlog")
        lists = DropDownLists.of(self.ws, self.view.journey_id)
        write_backlog_sheet(self, wb, names["sheet.backlog"], lists.refs())
        self.progress(80, "personas")
        _list_sheet(wb, names["sheet.personas"], self.lang, self.map_name, header(PERSONA_COLUMNS, self.lang),
                    persona_rows(self.view, self.lang), [20, 18, 36, 36, 36, 36, 22, 9], wrap={0, 1, 2, 3, 4, 5, 6})
        metrics_sheet = _list_sheet(wb, names["sheet.metrics"], self.lang, self.map_name,
                                    header(METRIC_COLUMNS, self.lang), metric_rows(self.view, self.lang),
                                    [16, 26, 18, 26, 9, 10, 10, 12, 13, 20], wrap={1, 2, 3, 9})
        add_metric_history_charts(self, metrics_sheet, names["sheet.measurements"])
        _list_sheet(wb, names["sheet.measurements"], self.lang, self.map_name, header(MEASUREMENT_COLUMNS, self.lang),
                    measurement_rows(self.view, self.lang), [22, 18, 26, 10, 13, 10, 9, 20, 30, 10],
                    wrap={0, 1, 2, 7, 8})
        self.progress(90, "emotions")
        self._emotions(wb, names["sheet.emotions"])
        _list_sheet(wb, names["sheet.ratings"], self.lang, self.map_name, header(RATING_COLUMNS, self.lang),
                    rating_rows(self.view, self.lang), [18, 30, 20, 10, 9, 36], wrap={0, 1, 2, 5})
        _list_sheet(wb, names["sheet.quotes"], self.lang, self.map_name, header(QUOTE_COLUMNS, self.lang),
                    quote_rows(self.view, self.lang), [18, 26, 18, 12, 22, 70], wrap={0, 1, 2, 4, 5})
        _list_sheet(wb, names["sheet.votes"], self.lang, self.map_name, header(VOTE_COLUMNS, self.lang),
                    vote_rows(self.view, self.lang), [14, 18, 36, 16, 18, 22], wrap={1, 2, 4})
        write_charts_sheet(self, wb, names["sheet.charts"], names["sheet.backlog"], names["sheet.metrics"])
        self._meta(wb)
        lists.write(wb, self.lang)  # hidden, after the sheets a person reads
        return wb

    # ---- sheets --------------------------------------------------------
    def _readme(self, wb: Workbook, title: str) -> None:
        ws = wb.create_sheet(title)
        lang = self.lang
        page_setup(ws, lang, self.map_name, title_rows=None, title_cols=None, one_page=True)
        c = Cells(ws, lang)
        widths = [24, 16, 60, 4]
        _widths(ws, widths)
        journey = self.view.journey
        personas = ", ".join(p.name for p in self.view.personas())
        ws.append([c.text(f"{t('readme.title', lang)}: {journey.title}", st.TITLE)])
        ws.merged_cells.add("A1:C1")
        ws.append([])
        facts = [
            ("readme.journey", journey.title),
            ("readme.kind", v.label(v.JOURNEY_KINDS, journey.kind, lang)),
            ("readme.description", journey.description),
            ("readme.personas", personas),
            ("readme.exported", self.exported_at.replace("T", " ").replace("Z", " UTC")),
            ("readme.version", __version__),
            ("readme.source", self.source_name),
        ]
        row = 3
        for key, value in facts:
            out = [c.text(t(key, lang), st.LABEL), None, c.text(value, st.WRAP)]
            fit_height(ws, row, out, widths)
            ws.append(out)
            row += 1
        ws.append([])
        ws.append([c.text(t("readme.scale", lang), st.LABEL)])
        ws.append(c.header([t("readme.value", lang), t("readme.label", lang)]))
        for value in sorted(v.EMOTIONS, reverse=True):
            face = f"{st.EMOTION_FACE[value]} {v.emotion_label(value, lang)}"
            ws.append([c.styled(value, st.emotion_style(value)), c.text(face, st.emotion_style(value))])
        ws.append([])
        hint_row = row + 1 + 2 + len(v.EMOTIONS) + 1
        hint = t("readme.reimport", lang)
        # A write-only sheet writes a row's height when the row goes in: set it first.
        ws.row_dimensions[hint_row].height = text_lines(hint, sum(widths[:3])) * POINTS_PER_LINE + 4
        ws.append([c.text(hint, st.WRAP)])
        ws.merged_cells.add(f"A{hint_row}:C{hint_row}")
        ws.append([])
        ws.append([c.text(t("readme.glossary", lang), st.LABEL)])
        ws.append(c.header([t("readme.sheet", lang), t("readme.column", lang), t("readme.meaning", lang)]))
        touch, backlog, emo, met = (t(k, lang) for k in ("sheet.touchpoints", "sheet.backlog",
                                                         "sheet.emotions", "sheet.metrics"))
        glossary = [
            (touch, "col.emotion", "gl.emotion"), (touch, "col.evidence", "gl.evidence"),
            (backlog, "col.id", "gl.id"), (backlog, "col.impact", "gl.impact"),
            (backlog, "col.effort", "gl.effort"), (backlog, "col.priority", "gl.priority"),
            (backlog, "col.status", "gl.status"), (backlog, "col.due_date", "gl.due_date"),
            (met, "col.gap", "gl.gap"), (emo, "col.as_is", "gl.emotions"),
        ]
        for sheet, col, meaning in glossary:
            ws.append([c.text(sheet), c.text(t(col, lang)), c.text(t(meaning, lang), st.WRAP)])
        if self.chart_picture:
            self._curve_picture(ws)

    def _curve_picture(self, ws: Any) -> None:
        from openpyxl.drawing.image import Image

        from jornada_desktop.exports.emotion_chart import emotion_curve_png, has_points

        stages, series = emotion_series(self.view, self.lang)
        if not stages or not has_points(series):
            return
        png = emotion_curve_png(stages, series, self.lang, t("readme.curve", self.lang))
        image = Image(io.BytesIO(png))
        image.anchor = "E3"
        ws.add_image(image)

    def _map(self, wb: Workbook, title: str) -> None:
        ws = wb.create_sheet(title)
        page_setup(ws, self.lang, self.map_name, title_rows="1:2", title_cols="A:A")
        c = Cells(ws, self.lang)
        w, jid = self.ws, self.view.journey_id
        stages = w.stages(jid)
        lanes = [ln for ln in w.lanes(jid) if not ln.hidden]
        cells = {(s.id, ln.id): w.cards_in_cell(s.id, ln.id) for s in stages for ln in lanes}
        span = {s.id: max(1, min(MAP_MAX_COLUMNS_PER_STAGE,
                                 max((len(cells[(s.id, ln.id)]) for ln in lanes), default=1)))
                for s in stages}
        first_col: dict[int, int] = {}
        col = 2
        for s in stages:
            first_col[s.id] = col
            col += span[s.id]
        last_col = col - 1
        widths = [20.0] + [MAP_CARD_WIDTH] * max(0, last_col - 1)
        _widths(ws, widths)
        ws.freeze_panes = "B3"
        ws.row_dimensions[1].height = 24
        ws.append([c.text(self.view.journey.title, st.TITLE)])
        if last_col > 1:
            ws.merged_cells.add(f"A1:{get_column_letter(last_col)}1")
        head: list[Any] = [None] * last_col
        head[0] = c.text("", st.STAGE)
        for s in stages:
            first = first_col[s.id]
            head[first - 1] = c.text(s.name, st.STAGE)
            for extra in range(first + 1, first + span[s.id]):
                head[extra - 1] = c.text("", st.STAGE)
            if span[s.id] > 1:
                ws.merged_cells.add(f"{get_column_letter(first)}2:{get_column_letter(first + span[s.id] - 1)}2")
        stage_widths = [20.0] + [MAP_CARD_WIDTH * span[s.id] for s in stages]
        fit_height(ws, 2, [""] + [s.name for s in stages], stage_widths)
        ws.append(head)
        row_no = 3
        for lane in lanes:
            band = max(1, max((math.ceil(len(cells[(s.id, lane.id)]) / span[s.id]) for s in stages),
                              default=1))
            grid: list[list[Any]] = [[None] * last_col for _ in range(band)]
            grid[0][0] = c.text(lane.title, st.LANE)
            for s in stages:
                for index, card in enumerate(cells[(s.id, lane.id)]):
                    r, k = divmod(index, span[s.id])
                    grid[r][first_col[s.id] - 1 + k] = self._card_cell(c, card)
            for offset, line in enumerate(grid):
                # the lane's name is merged down its band: its lines count only on one row
                values = ([None] if band > 1 else [line[0]]) + line[1:]
                fit_height(ws, row_no + offset, values, widths)
                ws.append(line)
            if band > 1:
                ws.merged_cells.add(f"A{row_no}:A{row_no + band - 1}")
            row_no += band

    def _card_cell(self, c: Cells, card: Any) -> Any:
        text = card.title or card.body
        if card.emotion is None:
            return c.text(text, st.CARD)
        face = st.EMOTION_FACE.get(card.emotion, "")
        label = card.emotion_label or v.emotion_label(card.emotion, self.lang)
        return c.text(f"{text}\n{face} {label} ({card.emotion:+d})", st.emotion_style(card.emotion))

    def _emotions(self, wb: Workbook, title: str) -> None:
        """A row per stage, a column per curve (everyone's, then each persona as-is and to-be), a
        chart of everyone's curves and one chart per persona (as-is solid, to-be dashed)."""
        ws = wb.create_sheet(title)
        page_setup(ws, self.lang, self.map_name, one_page=True)
        c = Cells(ws, self.lang)
        stages, columns = emotion_columns(self.view, self.lang)
        widths = [24.0] + [16.0] * len(columns)
        _widths(ws, widths)
        ws.freeze_panes = "B2"
        labels = [t("col.stage", self.lang)] + [col.name for col in columns]
        fit_height(ws, 1, labels, widths)
        ws.append(c.header(labels))
        for i, stage in enumerate(stages):
            ws.append([c.text(stage)] + [col.values[i] for col in columns])
        if not stages:
            return
        anchor = get_column_letter(len(columns) + 3)
        everyone = [col for col in columns if col.persona_id is None]
        ws.add_chart(emotion_chart(ws, self.lang, len(stages), [col.color for col in everyone],
                                   dashed=[col.scenario == "to_be" for col in everyone]), f"{anchor}2")
        row = 2 + CHART_ROWS
        for n, col in enumerate(columns):
            if col.persona_id is None or col.scenario != "as_is":
                continue
            persona = self.ws.get("personas", col.persona_id)
            title_text = t("chart.persona_curve", self.lang).replace("%1", persona.name if persona else "")
            ws.add_chart(emotion_chart(ws, self.lang, len(stages), [col.color, col.color], first_col=2 + n,
                                       title=title_text, dashed=[False, True]), f"{anchor}{row}")
            row += CHART_ROWS

    def _meta(self, wb: Workbook) -> None:
        ws = wb.create_sheet(META_SHEET)
        ws.sheet_state = "hidden"
        c = Cells(ws, self.lang)
        journey = self.view.journey
        for key, value in (("format", WORKBOOK_FORMAT), ("version", WORKBOOK_VERSION),
                           ("file_uuid", self.file_uuid), ("journey_uuid", getattr(journey, "uuid", "")),
                           ("journey_id", journey.id), ("journey_title", journey.title),
                           ("exported_at", self.exported_at), ("lang", self.lang),
                           ("app_version", __version__), ("source", self.source_name)):
            ws.append([key, c.value(value)])
        # What was exported, row by row: the import finds each row's fingerprint here whatever
        # was done to the backlog sheet, and tells which rows were deleted from it.
        for item in self.ws.improvements(journey.id):
            sync = self.sync_values.get(item.id) or sync_value(self.ws, item, self.lang)
            ws.append([META_ROW_KEY, sync])


def export_workbook(ws: Workspace, journey_id: int, target: str | Path, lang: str = "en", *,
                    source_name: str = "", chart_picture: bool = True,
                    progress: Progress | None = None, file_uuid: str = "") -> Path:
    """Write the journey's workbook to `target` atomically; raise ExportError with a sentence.

    `file_uuid` (the file's identity, from its meta table) and the journey's own uuid go into the
    hidden sheet: the import refuses a workbook of another file or journey by them.
    """
    writer = WorkbookWriter(ws, journey_id, lang, source_name=source_name, chart_picture=chart_picture,
                            progress=progress, file_uuid=file_uuid)
    wb = writer.build()
    try:
        with atomic_path(target) as tmp:
            save_workbook(wb, tmp)
    except BaseException:
        _discard(wb)
        raise
    writer.progress(100, "done")
    return Path(target)


def open_for_writing(path: Path) -> BinaryIO:
    """The file a workbook is written into (a test replaces it with one that fills up)."""
    return open(path, "wb")  # noqa: SIM115 - closed by save_workbook


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save a workbook into `path`; a failed write (a full disk) raises once and leaves no zip
    half-open behind (openpyxl's own save leaves one, whose finaliser then prints "Exception ignored")."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    handle = open_for_writing(path)
    archive: ZipFile | None = None
    try:
        archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True)
        ExcelWriter(wb, archive).save()  # writes every part, then closes the archive
    except BaseException:
        if archive is not None:
            archive._writing = False  # a part's writer cut short still says it is writing
            with contextlib.suppress(Exception):
                archive.close()  # writes again and fails again: the archive is marked closed all the same
            archive.fp = None
        raise
    finally:
        handle.close()


def _discard(wb: Workbook) -> None:
    """Close the row streams of an unsaved write-only workbook quietly."""
    for sheet in wb.worksheets:
        rows = getattr(sheet, "_rows", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()


def sheet_ref(title: str, cell_range: str) -> str:
    """A reference to a range of a sheet, quoted as formulas need it."""
    return f"{quote_sheetname(title)}!{cell_range}"

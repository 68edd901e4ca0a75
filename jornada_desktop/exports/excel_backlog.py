"""The backlog sheet of the workbook: the table to edit and import back, with its drop-downs, date
checks, input hints and status colours, and the hidden sheet of lists the drop-downs read."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from jornada_desktop.exports.backlog_sync import sync_value
from jornada_desktop.exports.cells import clean_text
from jornada_desktop.exports.excel_print import fit_height, page_setup
from jornada_desktop.exports.strings import t
from jornada_desktop.exports.tables import BACKLOG_COLUMNS, backlog_rows, header
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.workspace import Workspace

if TYPE_CHECKING:
    from openpyxl import Workbook

    from jornada_desktop.exports.excel import WorkbookWriter

LISTS_SHEET = "_lists"
MAX_LIST = 2_000
BACKLOG_SPARE_ROWS = 500  # validation and formatting reach this far below the data, for new rows
BACKLOG_WIDTHS = [7, 30, 44, 18, 24, 8, 8, 10, 7, 14, 16, 16, 11, 15, 14, 14, 10]
WRAPPED = ("title", "description", "stage", "touchpoint", "owner", "department", "metric", "target")
FIRST_DATE = 36526  # 2000-01-01 as a spreadsheet serial number
LAST_DATE = 73051  # 2100-01-01


def unique_titles(names: list[str]) -> list[str]:
    """Names that identify one thing (a name given twice matches nothing on import), in order."""
    counts: dict[str, int] = {}
    for name in names:
        key = name.strip().casefold()
        if key:
            counts[key] = counts.get(key, 0) + 1
    out: list[str] = []
    for name in names:
        if counts.get(name.strip().casefold()) == 1:
            out.append(clean_text(name.strip()))
    return out


@dataclass(frozen=True)
class DropDownLists:
    """The values of the stage and touchpoint drop-downs, kept on a hidden sheet."""

    stages: list[str]
    touchpoints: list[str]

    @classmethod
    def of(cls, ws: Workspace, journey_id: int) -> DropDownLists:
        """The journey's stage names and card titles that name one thing each (at most MAX_LIST
        of each: a longer drop-down helps nobody, and a name typed is checked on import anyway)."""
        return cls(unique_titles([s.name for s in ws.stages(journey_id)])[:MAX_LIST],
                   unique_titles([c.title for c in ws.cards(journey_id)])[:MAX_LIST])

    def refs(self) -> dict[str, str]:
        """The range of each list that has values ('stage', 'touchpoint'), as a validation reads it."""
        refs = {}
        for key, values, col in (("stage", self.stages, "A"), ("touchpoint", self.touchpoints, "B")):
            if values:
                refs[key] = f"{quote_sheetname(LISTS_SHEET)}!${col}$2:${col}${len(values) + 1}"
        return refs

    def write(self, wb: Workbook, lang: str) -> None:
        """The hidden list sheet."""
        from jornada_desktop.exports.excel import Cells

        ws = wb.create_sheet(LISTS_SHEET)
        ws.sheet_state = "hidden"
        c = Cells(ws, lang)
        ws.append([t("col.stage", lang), t("col.touchpoint", lang)])
        stages, cards = self.stages, self.touchpoints
        for i in range(max(len(stages), len(cards))):
            ws.append([c.text(stages[i]) if i < len(stages) else None,
                       c.text(cards[i]) if i < len(cards) else None])


def _hint(key: str, lang: str) -> tuple[str, str]:
    """The input hint of a column: its name (a title of at most 32 characters) and what the import does."""
    return t(f"col.{key}", lang)[:32], t(f"hint.{key}", lang)[:255]


def write_backlog_sheet(writer: WorkbookWriter, wb: Workbook, title: str, lists: dict[str, str]) -> None:
    """The improvement backlog: one row per improvement (id, fields, hidden sync cell), as a table."""
    from jornada_desktop.exports.excel import Cells, wrap_and_fit

    lang = writer.lang
    labels = header(BACKLOG_COLUMNS, lang) + [t("col.sync", lang)]
    ws = wb.create_sheet(title)
    page_setup(ws, lang, writer.view.journey.title, title_rows="1:1", title_cols="A:B")
    for i, width in enumerate(BACKLOG_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    sync_col = get_column_letter(len(labels))
    ws.column_dimensions[sync_col].hidden = True
    ws.freeze_panes = "C2"
    c = Cells(ws, lang)
    head = c.header(labels)
    fit_height(ws, 1, labels, BACKLOG_WIDTHS)
    ws.append(head)
    items = writer.ws.improvements(writer.view.journey_id)
    wrapped = [name in WRAPPED for name in BACKLOG_COLUMNS]
    for row_no, (values, item) in enumerate(zip(backlog_rows(writer.view, lang), items, strict=True), 2):
        out = c.row(values)
        wrap_and_fit(ws, row_no, c, out, BACKLOG_WIDTHS, wrapped)
        sync = writer.sync_values[item.id] = sync_value(writer.ws, item, lang)
        out.append(sync)
        ws.append(out)
    last = max(len(items) + 1, 2)
    if not items:
        ws.append([None] * len(labels))
    table = Table(displayName="Backlog", ref=f"A1:{sync_col}{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table._initialise_columns()
    for column, name in zip(table.tableColumns, labels, strict=True):
        column.name = clean_text(name, lang)
    with warnings.catch_warnings():  # openpyxl warns in write-only mode; the columns are set above
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    reach = last + BACKLOG_SPARE_ROWS
    col = {name: get_column_letter(i + 1) for i, name in enumerate(BACKLOG_COLUMNS)}
    col["sync"] = sync_col
    _validations(ws, col, reach, lang, lists)
    _formatting(ws, col, reach, lang)


def _validations(ws: Any, col: dict[str, str], reach: int, lang: str, lists: dict[str, str]) -> None:
    """Drop-downs (status, impact, effort, stage, touchpoint), date checks and an input hint on
    every column saying what the import does with it."""

    def rule(name: str, **kwargs: Any) -> None:
        title, prompt = _hint(name, lang)
        dv = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=title, prompt=prompt, **kwargs)
        if kwargs.get("type"):
            dv.showErrorMessage = True
            dv.errorTitle = title
        dv.add(f"{col[name]}2:{col[name]}{reach}")
        ws.data_validations.append(dv)

    status_labels = [v.label(v.IMPROVEMENT_STATUS, s, lang) for s in v.IMPROVEMENT_STATUS]
    rule("status", type="list", formula1='"' + ",".join(status_labels) + '"', error=t("gl.status", lang))
    rule("impact", type="list", formula1='"1,2,3,4,5"', error=t("gl.impact", lang))
    rule("effort", type="list", formula1='"1,2,3,4,5"', error=t("gl.effort", lang))
    for name in ("stage", "touchpoint"):
        if name in lists:  # a name typed that is not in the list is only warned about: the import says why
            rule(name, type="list", formula1=lists[name], errorStyle="warning", error=t(f"err.{name}", lang))
        else:
            rule(name)
    for name in ("due_date", "follow_up"):
        rule(name, type="date", operator="between", formula1=str(FIRST_DATE), formula2=str(LAST_DATE),
             errorStyle="warning", error=t("err.date", lang))
    rule("votes", type="whole", operator="greaterThanOrEqual", formula1="0", error=t("err.votes", lang))
    for name in ("id", "title", "description", "priority", "owner", "department", "metric", "target", "sync"):
        rule(name)


def _formatting(ws: Any, col: dict[str, str], reach: int, lang: str) -> None:
    """Status colours and overdue dates in red."""
    ws.conditional_formatting = ConditionalFormattingList()
    status_range = f"{col['status']}2:{col['status']}{reach}"
    fills = {"done": "C6EFCE", "in_progress": "FFEB9C", "dismissed": "D9D9D9", "open": "DDEBF7"}
    for code, fill in fills.items():
        literal = '"' + v.label(v.IMPROVEMENT_STATUS, code, lang).replace('"', '""') + '"'
        ws.conditional_formatting.add(status_range, CellIsRule(
            operator="equal", formula=[literal], fill=PatternFill("solid", bgColor=fill)))
    done = v.label(v.IMPROVEMENT_STATUS, "done", lang)
    dismissed = v.label(v.IMPROVEMENT_STATUS, "dismissed", lang)
    due, status = col["due_date"], col["status"]
    overdue = f'AND(ISNUMBER({due}2),{due}2<TODAY(),${status}2<>"{done}",${status}2<>"{dismissed}")'
    rule = FormulaRule(formula=[overdue], stopIfTrue=False)
    rule.dxf = DifferentialStyle(font=Font(bold=True, color="9C0006"), fill=PatternFill("solid", bgColor="FFC7CE"))
    ws.conditional_formatting.add(f"{due}2:{due}{reach}", rule)

"""Native charts of the workbook (Excel and LibreOffice draw them from cells): the backlog by status,
impact × effort, metrics against their targets, and the emotion curve. Each has a title and
axes that are shown (openpyxl hides axes unless told otherwise)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, LineChart, Reference, ScatterChart, Series
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.shapes import GraphicalProperties

from jornada_desktop.exports.cells import clean_text
from jornada_desktop.exports.excel_print import page_setup
from jornada_desktop.exports.strings import t
from jornada_desktop.model import vocabulary as v

if TYPE_CHECKING:
    from openpyxl import Workbook

    from jornada_desktop.exports.excel import WorkbookWriter

CHART_W, CHART_H = 16.0, 8.5  # centimetres
CHART_ROWS = 18  # rows of the sheet one chart takes, with a gap
POINT_COLOUR = "2F6FB0"


class _SheetName:
    """What a chart's Reference needs of a sheet written earlier: its title."""

    def __init__(self, title: str) -> None:
        self.title = title


def show_axes(chart: Any, x_title: str, y_title: str) -> None:
    """Axis titles, axes shown, category labels below the plot (not across it at zero)."""
    chart.x_axis.title = x_title
    chart.y_axis.title = y_title
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.tickLblPos = "low"
    chart.y_axis.tickLblPos = "nextTo"
    chart.legend.position = "b"


def emotion_chart(ws: Any, lang: str, stages: int, colors: list[str], *, first_col: int = 2,
                  title: str | None = None, dashed: list[bool] | None = None) -> Any:
    """An emotion chart: one line per column from `first_col` (one per colour) across the stages,
    −2..+2; a dashed line for each to-be column (colour is never the only cue)."""
    chart = LineChart()
    chart.title = clean_text(title or t("readme.curve", lang))
    show_axes(chart, t("col.stage", lang), t("col.emotion", lang))
    chart.y_axis.scaling.min = -2
    chart.y_axis.scaling.max = 2
    chart.y_axis.majorUnit = 1
    chart.height, chart.width = CHART_H, CHART_W
    data = Reference(ws, min_col=first_col, max_col=first_col + len(colors) - 1, min_row=1, max_row=1 + stages)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=1 + stages))
    for n, (s, color) in enumerate(zip(chart.series, colors, strict=False)):
        s.marker.symbol = "circle"
        s.smooth = False
        if color and color.startswith("#") and len(color) == 7:
            s.graphicalProperties.line.solidFill = color[1:]
            s.graphicalProperties.line.width = 28575
        if dashed and n < len(dashed) and dashed[n]:
            s.graphicalProperties.line.dashStyle = "dash"
    return chart


def write_charts_sheet(writer: WorkbookWriter, wb: Workbook, title: str, backlog_title: str,
                       metrics_title: str) -> None:
    """A sheet of charts with the small tables they draw; the scatter and the metrics chart read the
    backlog and metrics sheets themselves, so they follow the stakeholders' edits there."""
    from jornada_desktop.exports.excel import Cells

    lang = writer.lang
    ws = wb.create_sheet(title)
    page_setup(ws, lang, writer.view.journey.title, title_rows=None, title_cols=None, one_page=True)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 14
    c = Cells(ws, lang)
    items = writer.ws.improvements(writer.view.journey_id)
    metrics = writer.ws.metrics(writer.view.journey_id)
    ws.append(c.header([t("col.status", lang), t("chart.count", lang)]))
    for code in v.IMPROVEMENT_STATUS:
        ws.append([c.text(v.label(v.IMPROVEMENT_STATUS, code, lang)), sum(i.status == code for i in items)])
    bar = BarChart()
    bar.type = "col"
    bar.title = t("chart.by_status", lang)
    show_axes(bar, t("col.status", lang), t("chart.count", lang))
    bar.legend = None
    bar.y_axis.majorUnit = 1
    bar.y_axis.scaling.min = 0
    bar.height, bar.width = CHART_H, CHART_W
    bar.add_data(Reference(ws, min_col=2, min_row=1, max_row=1 + len(v.IMPROVEMENT_STATUS)), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=2, max_row=1 + len(v.IMPROVEMENT_STATUS)))
    bar.dataLabels = DataLabelList(showVal=True, showCatName=False, showSerName=False, showLegendKey=False,
                                   showPercent=False)
    ws.add_chart(bar, "D1")
    if items:
        ws.add_chart(_matrix(lang, backlog_title, len(items)), f"D{1 + CHART_ROWS}")
    if any(m.target is not None or m.actual is not None for m in metrics):
        ws.add_chart(_metrics(lang, metrics_title, len(metrics)), f"D{1 + 2 * CHART_ROWS}")


def _matrix(lang: str, backlog_title: str, rows: int) -> Any:
    """Impact (up) against effort (across), one point per improvement, read from the backlog sheet."""
    from jornada_desktop.exports.tables import BACKLOG_COLUMNS

    chart = ScatterChart()
    chart.title = t("chart.matrix", lang)
    chart.style = 13
    show_axes(chart, t("col.effort", lang), t("col.impact", lang))
    chart.x_axis.tickLblPos = "nextTo"
    for axis in (chart.x_axis, chart.y_axis):
        axis.scaling.min = 0
        axis.scaling.max = 6
        axis.majorUnit = 1
    chart.legend = None
    chart.height, chart.width = CHART_H, CHART_W
    backlog = _SheetName(backlog_title)
    effort = BACKLOG_COLUMNS.index("effort") + 1
    impact = BACKLOG_COLUMNS.index("impact") + 1
    xs = Reference(backlog, min_col=effort, min_row=2, max_row=rows + 1)
    ys = Reference(backlog, min_col=impact, min_row=2, max_row=rows + 1)
    series = Series(ys, xs, title=t("chart.improvements", lang))
    series.marker.symbol = "circle"
    series.marker.size = 9
    series.marker.graphicalProperties = GraphicalProperties(solidFill=POINT_COLOUR)
    series.marker.graphicalProperties.line.solidFill = POINT_COLOUR
    series.graphicalProperties.line.noFill = True
    chart.series.append(series)
    return chart


def _metrics(lang: str, metrics_title: str, rows: int) -> Any:
    """Each metric's target beside its actual value, read from the metrics sheet."""
    from jornada_desktop.exports.tables import METRIC_COLUMNS

    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = t("chart.metrics", lang)
    show_axes(chart, t("col.metric", lang), t("chart.value", lang))
    chart.height, chart.width = CHART_H, CHART_W
    target = METRIC_COLUMNS.index("target") + 1
    actual = METRIC_COLUMNS.index("actual") + 1
    name = METRIC_COLUMNS.index("name") + 1

    sheet = _SheetName(metrics_title)
    for col in (target, actual):
        chart.add_data(Reference(sheet, min_col=col, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=name, min_row=2, max_row=rows + 1))
    return chart


MAX_HISTORY_CHARTS = 40  # one chart per metric with measurements, at most
HISTORY_COLOUR, TARGET_COLOUR = "2F6FB0", "C0392B"


def add_metric_history_charts(writer: WorkbookWriter, sheet: Any, measurements_title: str) -> int:
    """On the metrics sheet, right of its table: a line chart per metric of its measurements over time
    against its target (dashed), read from the measurements sheet's rows of that metric. The number
    of charts."""
    from openpyxl.utils import get_column_letter

    from jornada_desktop.exports.tables import MEASUREMENT_COLUMNS, METRIC_COLUMNS, metric_blocks

    lang = writer.lang
    source = _SheetName(measurements_title)
    value = MEASUREMENT_COLUMNS.index("value") + 1
    target = MEASUREMENT_COLUMNS.index("target") + 1
    when = MEASUREMENT_COLUMNS.index("measured_at") + 1
    anchor_col = get_column_letter(len(METRIC_COLUMNS) + 2)
    blocks = metric_blocks(writer.view)[:MAX_HISTORY_CHARTS]
    for n, (metric, first, last) in enumerate(blocks):
        chart = LineChart()
        name = metric.name or v.label(v.METRIC_KINDS, metric.kind, lang)
        chart.title = clean_text(name)[:250]
        show_axes(chart, t("col.measured_at", lang), t("chart.value", lang))
        chart.height, chart.width = CHART_H, CHART_W
        rows = {"min_row": first + 1, "max_row": last + 1}
        series = Series(Reference(source, min_col=value, **rows), title=t("col.value", lang))
        series.marker.symbol = "circle"
        series.smooth = False
        series.graphicalProperties.line.solidFill = HISTORY_COLOUR
        series.graphicalProperties.line.width = 28575
        chart.series.append(series)
        if metric.target is not None:
            goal = Series(Reference(source, min_col=target, **rows), title=t("col.target", lang))
            goal.marker.symbol = "none"
            goal.smooth = False
            goal.graphicalProperties.line.solidFill = TARGET_COLOUR
            goal.graphicalProperties.line.dashStyle = "dash"
            chart.series.append(goal)
        chart.set_categories(Reference(source, min_col=when, **rows))
        chart.x_axis.number_format = "dd/mm/yyyy" if lang == "pt_BR" else "yyyy-mm-dd"
        sheet.add_chart(chart, f"{anchor_col}{1 + n * CHART_ROWS}")
    return len(blocks)

"""Shared named styles of the workbook (created once per workbook, never per cell) and the emotion palette."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.workbook import Workbook

EMOTION_FILL = {-2: "F4A6A6", -1: "F9CB9C", 0: "E3E3E3", 1: "CDE8B5", 2: "93D69A"}
EMOTION_FACE = {-2: "😠", -1: "🙁", 0: "😐", 1: "🙂", 2: "😄"}
HEADER_FILL = "2F4858"
STAGE_FILL = "D9E2EC"
LANE_FILL = "EEF2F6"

FONT_NAME = "Calibri"  # Excel's; LibreOffice draws it with the metric-compatible Carlito
FONT_SIZE = 11.0

HEADER = "jornada header"
TITLE = "jornada title"
LABEL = "jornada label"
WRAP = "jornada wrap"
DATE = "jornada date"
STAGE = "jornada stage"
LANE = "jornada lane"
CARD = "jornada card"


def emotion_style(value: int) -> str:
    """The named style of a card cell with an emotion."""
    return f"jornada emotion {value:+d}"


def date_format(lang: str) -> str:
    """The number format of dates in a language."""
    return "dd/mm/yyyy" if lang.lower().startswith("pt") else "yyyy-mm-dd"


def font(size: float = FONT_SIZE, **kwargs: object) -> Font:
    """The workbook's font (a style without a font name is drawn in a serif font by LibreOffice)."""
    return Font(name=FONT_NAME, size=size, **kwargs)  # type: ignore[arg-type]


def register_styles(wb: Workbook, lang: str) -> None:
    """Add every named style the exports use to a workbook."""
    thin = Side(style="thin", color="B0B8C0")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top_wrap = Alignment(wrap_text=True, vertical="top")
    styles = [
        NamedStyle(HEADER, font=font(bold=True, color="FFFFFF"), fill=PatternFill("solid", fgColor=HEADER_FILL),
                   alignment=Alignment(wrap_text=True, vertical="center"), border=box),
        NamedStyle(TITLE, font=font(16, bold=True)),
        NamedStyle(LABEL, font=font(bold=True), alignment=Alignment(vertical="top")),
        NamedStyle(WRAP, font=font(), alignment=top_wrap),
        NamedStyle(DATE, font=font(), number_format=date_format(lang), alignment=Alignment(vertical="top")),
        NamedStyle(STAGE, font=font(bold=True), fill=PatternFill("solid", fgColor=STAGE_FILL),
                   alignment=Alignment(horizontal="center", vertical="center", wrap_text=True), border=box),
        NamedStyle(LANE, font=font(bold=True), fill=PatternFill("solid", fgColor=LANE_FILL),
                   alignment=Alignment(vertical="top", wrap_text=True), border=box),
        NamedStyle(CARD, font=font(), alignment=top_wrap, border=box),
    ]
    for value, color in EMOTION_FILL.items():
        styles.append(NamedStyle(emotion_style(value), font=font(), fill=PatternFill("solid", fgColor=color),
                                 alignment=top_wrap, border=box))
    for style in styles:
        wb.add_named_style(style)

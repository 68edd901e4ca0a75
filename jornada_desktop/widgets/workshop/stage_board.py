"""The current stage made readable for the room: every lane of one stage on the screen at once.

The map's columns stack a cell's cards one under another, so a stage with eight cards per cell is
several screens tall: fitted to a projector its text shrinks to a few pixels. Here each lane is a
row and its cards flow left to right in as many columns as the width allows; the text takes the
largest size at which every lane fits the screen, and never less than `MIN_TEXT_PX` (below that the
board scrolls instead). Ctrl+± (and Ctrl+wheel) make the text larger or smaller from there.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from jornada_desktop.canvas import style
from jornada_desktop.editing.document import Document
from jornada_desktop.model import vocabulary as v

MIN_TEXT_PX = 16  # the smallest card text the room is shown (px on screen)
MAX_TEXT_PX = 40
LANE_TITLE_W = 0.2  # share of the width for the lane titles (at most 240 px)
PAD = 6.0
GAP = 6.0


@dataclass(frozen=True)
class Chip:
    """One card (or metric) drawn in a lane row."""

    card_id: int | None
    text: str
    color: QColor
    detail: str = ""  # who added it, or an emotion's word


@dataclass(frozen=True)
class BoardLayout:
    """Where everything of the board goes at one size: the text size, lane rows and chip rects."""

    text_px: int
    lines: int  # lines of a card's title on a chip (2 with who added it, or 1 when that fits better)
    height: float
    lanes: list[tuple[int, QRectF]]  # lane id, its row
    chips: list[tuple[Chip, QRectF]]


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(6, round(px)))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def title_width(width: float) -> float:
    """The width of the lane titles' column."""
    return min(200.0, width * LANE_TITLE_W)


def _title_font(title: str, px: float, width: float) -> QFont:
    """A lane title's font: the text size, smaller until its longest word fits the column."""
    longest = max(title.split() or [title], key=len)
    size = px
    while size > 11:
        font = _font(size, True)
        if QFontMetricsF(font).horizontalAdvance(longest) <= width:
            return font
        size -= 1
    return _font(11, True)


def plan(counts: list[int], width: float, height: float, scale: float = 1.0) -> tuple[int, int, int, float]:
    """The text size, title lines, columns and total height at which rows of chips (counts per
    lane) fit `height`.

    The largest size from MAX_TEXT_PX down to the floor at which every lane fits, with two lines
    of title and who added the card, else one line; else the floor with one line (the board then
    scrolls). The floor is MIN_TEXT_PX, raised by the card text size preference. `scale` (Ctrl+±)
    multiplies the size found.
    """
    room = max(1.0, width - title_width(width) - 2 * PAD)
    # The card text size preference raises the floor (11 pt is the standard: 16 px).
    floor = max(MIN_TEXT_PX, round(MIN_TEXT_PX * style.card_text_size() / style.CARD_TEXT_STANDARD))
    best = {n: next((px for px in range(max(MAX_TEXT_PX, floor), floor - 1, -1)
                     if _total_height(counts, room, px, n) <= height), 0) for n in (1, 2)}
    # Two lines (more of each card, and who added it) unless that costs too much size.
    if best[2] and (best[2] >= 20 or best[2] >= 0.8 * best[1]):
        chosen, lines = best[2], 2
    else:
        chosen, lines = best[1] or floor, 1
    px = max(8, round(chosen * scale))
    return px, lines, _columns(room, px), _total_height(counts, room, px, lines)


def _columns(room: float, px: float) -> int:
    chip_w = px * 12  # about eighteen characters a line
    return max(1, int((room + GAP) // (chip_w + GAP)))


def chip_height(px: float, lines: int) -> float:
    """A chip's height: its title's lines, who added it (with two lines), padding."""
    return lines * px * 1.3 + (px * 1.05 if lines > 1 else 0) + 2 * 5


def _total_height(counts: list[int], room: float, px: float, lines: int) -> float:
    cols = _columns(room, px)
    rows = sum(max(1, math.ceil(n / cols)) for n in counts)
    return rows * (chip_height(px, lines) + GAP) + len(counts) * (2 * PAD - GAP + PAD / 2) + 2 * PAD


class StageBoard(QWidget):
    """Paints one stage's lanes as rows of card chips; a click on a row picks that cell."""

    cell_clicked = Signal(int, int)  # stage id, lane id
    zoom_requested = Signal(int)  # +1 / -1 (Ctrl+wheel)

    def __init__(self, document: Document, journey_id: int, lanes: Callable[[], list],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageBoard")
        self.document, self.journey_id, self.lanes = document, journey_id, lanes
        self.stage_id: int | None = None
        self.lane_id: int | None = None
        self.stage_index = 0
        self.scale = 1.0
        self.viewport_height = 600.0  # the height the board should fit (the scroll area's)
        self.lang = style.ui_lang()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._layout: BoardLayout | None = None

    # ---- state ------------------------------------------------------------------------------
    def show_stage(self, stage_id: int | None, index: int, lane_id: int | None) -> None:
        """The stage shown and the lane with the capture cursor."""
        self.stage_id, self.stage_index, self.lane_id = stage_id, index, lane_id
        self.relayout()

    def set_scale(self, scale: float) -> None:
        """Text larger or smaller than the size that fits (Ctrl+±)."""
        self.scale = max(0.5, min(3.0, scale))
        self.relayout()

    def fit_height(self, height: float) -> None:
        """The height to fit every lane into (the visible part of the scroll area)."""
        if abs(height - self.viewport_height) > 0.5:
            self.viewport_height = height
            self.relayout()

    def relayout(self) -> None:
        """Lay the board out again (after an edit, a new stage, a new size) and repaint."""
        self._layout = None
        layout = self.board_layout()
        self.setMinimumHeight(int(math.ceil(layout.height)))
        self.update()

    # ---- what is shown ----------------------------------------------------------------------------
    def _chips(self, lane) -> list[Chip]:  # noqa: ANN001 - a Lane
        ws = self.document.ws
        if self.stage_id is None:
            return []
        chips = []
        if lane.kind == "metrics":
            for m in ws.metrics(self.journey_id):
                if m.stage_id == self.stage_id:
                    name = m.name or v.label(v.METRIC_KINDS, m.kind, self.lang)
                    value = "" if m.actual is None else f"{m.actual:g}"
                    target = "" if m.target is None else f" / {m.target:g}"
                    chips.append(Chip(None, f"{name}: {value}{target}", QColor(style.LANE_COLORS["metrics"])))
        for card in ws.cards_in_cell(self.stage_id, lane.id):
            color = QColor(card.color) if card.color else style.kind_color(card.kind)
            detail = card.participant
            if card.emotion is not None:
                color = QColor(style.EMOTION_COLORS.get(card.emotion, color))
                word = v.emotion_label(card.emotion, self.lang)
                detail = f"{word} · {detail}" if detail else word
            chips.append(Chip(card.id, card.title or card.body[:80], color, detail))
        return chips

    def board_layout(self) -> BoardLayout:
        """The layout at the widget's width and the height it should fit."""
        if self._layout is not None:
            return self._layout
        lanes = self.lanes()
        chips = [self._chips(lane) for lane in lanes]
        width = float(max(self.width(), 320))
        px, lines, cols, total = plan([len(c) for c in chips], width, self.viewport_height, self.scale)
        title_w = title_width(width)
        x0 = title_w + PAD
        room = width - title_w - 2 * PAD
        chip_w = (room - (cols - 1) * GAP) / cols
        chip_h = chip_height(px, lines)
        y = PAD
        lane_rects: list[tuple[int, QRectF]] = []
        placed: list[tuple[Chip, QRectF]] = []
        for lane, lane_chips in zip(lanes, chips, strict=True):
            rows = max(1, math.ceil(len(lane_chips) / cols))
            height = rows * (chip_h + GAP) - GAP + 2 * PAD
            lane_rects.append((lane.id, QRectF(0, y - PAD / 2, width, height + PAD / 2)))
            for n, chip in enumerate(lane_chips):
                r, c = divmod(n, cols)
                placed.append((chip, QRectF(x0 + c * (chip_w + GAP), y + PAD + r * (chip_h + GAP), chip_w, chip_h)))
            y += height + PAD / 2
        self._layout = BoardLayout(px, lines, y + PAD, lane_rects, placed)  # (y + PAD == total)
        return self._layout

    def lane_rect(self, lane_id: int) -> QRectF | None:
        """The row of a lane."""
        return next((r for i, r in self.board_layout().lanes if i == lane_id), None)

    def chip_rect(self, card_id: int) -> QRectF | None:
        """Where a card's chip is."""
        return next((r for c, r in self.board_layout().chips if c.card_id == card_id), None)

    # ---- Qt ------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the lanes need."""
        return QSize(800, int(self.board_layout().height))

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """A new width means new columns."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Lane titles on the left, the cards of each lane as chips to their right."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), style.CANVAS_BG)
        layout = self.board_layout()
        px = layout.text_px
        lanes = {lane.id: lane for lane in self.lanes()}
        title_w = title_width(self.width())
        lines = layout.lines
        stage_color = style.stage_color(self.stage_index, None)
        chip_font, small_font = _font(px), _font(px * 0.8)
        for lane_id, rect in layout.lanes:
            lane = lanes.get(lane_id)
            if lane is None:
                continue
            accent = QColor(style.LANE_COLORS.get(lane.kind, style.KIND_COLORS["text"]))
            band = QColor(accent)
            band.setAlpha(22)
            painter.fillRect(rect.adjusted(0, 0, 0, -2), band)
            painter.fillRect(QRectF(0, rect.top(), 6, rect.height() - 2), accent)
            painter.setPen(QColor("#1F2933"))
            painter.setFont(_title_font(lane.title, px, title_w - 20))
            painter.drawText(QRectF(14, rect.top() + PAD / 2, title_w - 20, rect.height() - PAD),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             lane.title)
            if lane_id == self.lane_id:  # the lane the next card goes to
                painter.setPen(QPen(stage_color, 4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(3, 3, -3, -5), 6, 6)
        for chip, rect in layout.chips:
            fill = QColor(chip.color)
            fill.setAlpha(36)
            painter.setPen(QPen(chip.color, 2))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 6, 6)
            painter.fillRect(QRectF(rect.left(), rect.top() + 4, 5, rect.height() - 8), chip.color)
            inner = rect.adjusted(12, 5, -8, -5)
            painter.setPen(QColor("#1F2933"))
            painter.setFont(chip_font)
            lines_h = lines * px * 1.3
            text = QFontMetricsF(chip_font).elidedText(chip.text, Qt.TextElideMode.ElideRight,
                                                       inner.width() * lines - (px if lines > 1 else 0))
            flags = Qt.AlignmentFlag.AlignLeft | (Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap if lines > 1
                                                  else Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), lines_h), int(flags), text)
            if chip.detail and lines > 1:
                painter.setFont(small_font)
                painter.setPen(QColor("#52606D"))
                painter.drawText(QRectF(inner.left(), inner.top() + lines_h, inner.width(), px * 1.1),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 QFontMetricsF(small_font).elidedText(chip.detail, Qt.TextElideMode.ElideRight,
                                                                      inner.width()))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on a lane's row puts the capture cursor in that cell."""
        y = event.position().y()
        for lane_id, rect in self.board_layout().lanes:
            if rect.top() <= y <= rect.bottom() and self.stage_id is not None:
                self.cell_clicked.emit(self.stage_id, lane_id)
                return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+wheel makes the text larger or smaller; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_requested.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

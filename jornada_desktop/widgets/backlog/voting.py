"""Votes drawn as dots in the backlog table (cast in voting rounds: widgets/workshop/room.py)."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

DOT_COLOR = QColor("#D6336C")
MAX_DOTS = 10


DOT_SIZE = 9.0
DOT_GAP = 3.0
DOT_MARGIN = 4


def dots_width(votes: int, metrics: QFontMetrics) -> int:
    """The width a cell needs to draw this many votes as dots (and "+n" past ten)."""
    dots = min(max(votes, 0), MAX_DOTS)
    width = 2 * DOT_MARGIN + dots * (DOT_SIZE + DOT_GAP)
    if votes > MAX_DOTS:
        width += metrics.horizontalAdvance(f"+{votes - MAX_DOTS}")
    return int(width + 0.5)


class DotsDelegate(QStyledItemDelegate):
    """Draws a number of votes as dots (at most ten, then "+n")."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Wide enough for the dots."""
        hint = super().sizeHint(option, index)
        votes = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(votes, int):
            hint.setWidth(max(hint.width(), dots_width(votes, option.fontMetrics)))
        return hint

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Paint the cell background, then one dot per vote."""
        votes = index.data(Qt.ItemDataRole.EditRole)
        if not isinstance(votes, int):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setClipRect(option.rect)  # a narrow column cuts the dots, never its neighbour
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(DOT_MARGIN, 0, -DOT_MARGIN, 0)
        size = min(DOT_SIZE, rect.height() - 6.0)
        x = float(rect.left())
        y = rect.center().y() - size / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(DOT_COLOR)
        for _ in range(min(votes, MAX_DOTS)):
            painter.drawEllipse(QRectF(x, y, size, size))
            x += size + DOT_GAP
        if votes > MAX_DOTS:
            painter.setPen(option.palette.text().color())
            painter.drawText(QRectF(x, rect.top(), rect.right() - x, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), f"+{votes - MAX_DOTS}")
        painter.restore()

    def displayText(self, value: object, locale: object) -> str:  # noqa: N802 - Qt override
        """No text: the dots say it."""
        return ""

"""The grid under the cards: cell backgrounds and lines, drawn only where exposed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jornada_desktop.canvas import style
from jornada_desktop.canvas.layout import GridLayout


class GridItem(QGraphicsItem):
    """Every cell of the journey in one item (cheap for thousands of cells: it paints the exposed part)."""

    def __init__(self, layout_source: Callable[[], GridLayout]) -> None:
        super().__init__()
        self._layout = layout_source
        self._rect = QRectF()
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def sync(self) -> None:
        """Follow the layout's size."""
        layout = self._layout()
        rect = QRectF(style.LANE_HEADER_W, style.STAGE_HEADER_H,
                      max(0.0, layout.width - style.LANE_HEADER_W),
                      max(0.0, layout.height - style.STAGE_HEADER_H))
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The cells' area."""
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the cells that intersect the exposed rectangle."""
        layout = self._layout()
        exposed = option.exposedRect.intersected(self._rect)
        if exposed.isEmpty() or not layout.stages or not layout.lanes:
            return
        c0 = layout.column_at(max(exposed.left(), layout.col_x[0])) or 0
        c1 = layout.column_at(min(exposed.right(), self._rect.right() - 0.5))
        r0 = layout.row_at(max(exposed.top(), layout.row_y[0])) or 0
        r1 = layout.row_at(min(exposed.bottom(), self._rect.bottom() - 0.5))
        c1 = len(layout.stages) - 1 if c1 is None else c1
        r1 = len(layout.lanes) - 1 if r1 is None else r1
        for r in range(r0, r1 + 1):
            lane = layout.lanes[r]
            fill = style.CELL_BG if r % 2 == 0 else style.CELL_BG_ALT
            if lane.kind == "emotions":
                fill = QColor("#FFFBF3")
            y, h = layout.row_y[r], layout.row_h[r]
            painter.fillRect(QRectF(layout.col_x[c0], y, (c1 - c0 + 1) * style.COLUMN_W, h), fill)
        pen = QPen(style.GRID_LINE, 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        top, bottom = self._rect.top(), self._rect.bottom()
        left, right = self._rect.left(), self._rect.right()
        lines = [QLineF(layout.col_x[c] + style.COLUMN_W, top, layout.col_x[c] + style.COLUMN_W, bottom)
                 for c in range(c0, c1 + 1)]
        lines += [QLineF(left, layout.row_y[r] + layout.row_h[r], right, layout.row_y[r] + layout.row_h[r])
                  for r in range(r0, r1 + 1)]
        painter.drawLines(lines)

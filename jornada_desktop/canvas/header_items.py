"""Stage headers across the top, lane headers down the left, and the corner where they meet.

Headers stay visible while scrolling (the scene pins them to the view's edges) and can be dragged
to reorder; their menus and renames are asked of the scene, which emits intents.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jornada_desktop.canvas import painting, style
from jornada_desktop.canvas.card_item import wrap_lines
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import Lane, Stage

Z_HEADER = 20.0
Z_CORNER = 30.0
Z_DRAGGED_HEADER = 25.0


class HeaderItem(QGraphicsItem):
    """Common behaviour of stage and lane headers: size, drag along one axis, menu, rename."""

    axis = "x"

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.setZValue(Z_HEADER)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._press: QPointF | None = None
        self._origin = QPointF()
        self.dragging = False

    @property
    def entity_id(self) -> int:
        """The id of the stage or lane shown."""
        raise NotImplementedError

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The header's rectangle."""
        return QRectF(0, 0, self.width, self.height)

    def set_height(self, height: float) -> None:
        """Change the height (lane rows grow with their cards)."""
        if height != self.height:
            self.prepareGeometryChange()
            self.height = height
            self.update()

    # ---- dragging --------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Get ready to drag the header."""
        if event.button() != Qt.MouseButton.LeftButton or getattr(self.scene(), "read_only", False):
            event.ignore()
            return
        self._press = event.scenePos()
        self._origin = self.pos()
        self.dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Follow the mouse along the header's axis and show where it would land."""
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if not self.dragging:
            screen = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if screen.manhattanLength() < QApplication.startDragDistance():
                return
            scene = self.scene()
            if scene is not None and scene.refuse_if_locked():  # type: ignore[attr-defined]
                self._press = None  # the header stays put, and the window says why
                return
            self.dragging = True
            self.setZValue(Z_DRAGGED_HEADER)
            self.setOpacity(0.85)
        if self.axis == "x":
            self.setPos(self._origin.x() + delta.x(), self.pos().y())
        else:
            self.setPos(self.pos().x(), self._origin.y() + delta.y())
        scene = self.scene()
        if scene is not None:
            scene.header_drag_moved(self)  # type: ignore[attr-defined]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Drop the header: the scene emits the new order (or nothing when it did not change)."""
        was_dragging = self.dragging
        self._press = None
        self.dragging = False
        self.setZValue(Z_HEADER)
        self.setOpacity(1.0)
        scene = self.scene()
        if scene is not None and was_dragging:
            scene.header_drag_finished(self)  # type: ignore[attr-defined]

    def cancel_drag(self) -> None:
        """Put the header back where it was (Escape)."""
        if self.dragging:
            self.dragging = False
            self._press = None
            self.setZValue(Z_HEADER)
            self.setOpacity(1.0)
            self.setPos(self._origin)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Rename in place (refused before any editor opens while the structure is locked)."""
        scene = self.scene()
        if scene is not None and not scene.refuse_if_locked():  # type: ignore[attr-defined]
            scene.header_rename_requested.emit(self.kind_name, self.entity_id)  # type: ignore[attr-defined]

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Ask the window for this header's menu."""
        scene = self.scene()
        if scene is not None:
            scene.header_menu_requested.emit(self.kind_name, self.entity_id, event.screenPos())  # type: ignore[attr-defined]
        event.accept()

    @property
    def kind_name(self) -> str:
        """'stage' or 'lane'."""
        return "stage" if self.axis == "x" else "lane"


class StageHeaderItem(HeaderItem):
    """The header of one stage column: its colour, number and name."""

    axis = "x"

    def __init__(self, stage: Stage, index: int, card_count: int = 0) -> None:
        super().__init__(style.COLUMN_W, style.STAGE_HEADER_H)
        self.stage = stage
        self.index = index
        self.card_count = card_count
        self.setToolTip(stage.name + (f"\n{stage.description}" if stage.description else ""))

    @property
    def entity_id(self) -> int:
        """The stage's id."""
        return self.stage.id

    def set_stage(self, stage: Stage, index: int, card_count: int) -> None:
        """Show a new version of the stage."""
        if (stage, index, card_count) != (self.stage, self.index, self.card_count):
            self.stage, self.index, self.card_count = stage, index, card_count
            self.setToolTip(stage.name + (f"\n{stage.description}" if stage.description else ""))
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the header."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect()
        accent = style.stage_color(self.index, self.stage.color)
        painter.fillRect(rect, style.HEADER_BG)
        painter.fillRect(QRectF(0, 0, rect.width(), 5), accent)
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        # number in a disc, then the name
        disc = QRectF(12, 20, 28, 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(disc)
        painter.setPen(Qt.GlobalColor.white)
        painter.setFont(style.font("badge"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(self.index + 1))
        f = style.font("header")
        m = QFontMetricsF(f)
        painter.setFont(f)
        painter.setPen(style.HEADER_INK)
        name_rect = QRectF(48, 8, rect.width() - 56, rect.height() - 14)
        lines = wrap_lines(self.stage.name, f, name_rect.width(), 2)
        y = name_rect.center().y() - len(lines) * m.lineSpacing() / 2
        for line in lines:
            painter.drawText(QPointF(name_rect.left(), y + m.ascent()), line)
            y += m.lineSpacing()


class LaneHeaderItem(HeaderItem):
    """The header of one lane row: kind colour, title, kind; the emotion scale for an emotions lane."""

    axis = "y"

    def __init__(self, lane: Lane, height: float, lang: str = "en", band: float = 0.0) -> None:
        super().__init__(style.LANE_HEADER_W, height)
        self.lane = lane
        self.lang = lang
        self.band = band
        self.setToolTip(lane.title)

    @property
    def entity_id(self) -> int:
        """The lane's id."""
        return self.lane.id

    def set_lane(self, lane: Lane, height: float, band: float) -> None:
        """Show a new version of the lane."""
        if (lane, band) != (self.lane, self.band):
            self.lane, self.band = lane, band
            self.setToolTip(lane.title)
            self.update()
        self.set_height(height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the header."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect()
        accent = style.lane_color(self.lane.kind)
        painter.fillRect(rect, style.HEADER_BG)
        painter.fillRect(QRectF(0, 0, 5, rect.height()), accent)
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        f = style.font("lane")
        m = QFontMetricsF(f)
        painter.setFont(f)
        painter.setPen(style.HEADER_INK)
        y = 14.0
        for line in wrap_lines(self.lane.title, f, rect.width() - 28, 3):
            painter.drawText(QPointF(16, y + m.ascent()), line)
            y += m.lineSpacing()
        kind = v.label(v.LANE_KINDS, self.lane.kind, self.lang)
        if kind.lower() != self.lane.title.lower():
            small = style.font("small")
            sm = QFontMetricsF(small)
            painter.setFont(small)
            painter.setPen(style.INK_SOFT)
            painter.drawText(QPointF(16, y + 2 + sm.ascent()),
                             sm.elidedText(kind, Qt.TextElideMode.ElideRight, rect.width() - 28))
        if self.band:
            self._paint_scale(painter, rect)

    def _paint_scale(self, painter: QPainter, rect: QRectF) -> None:
        """Faces with their labels at each emotion level, right-aligned next to the grid."""
        top = (style.EMOTION_BAND_H - 4 * style.EMOTION_LEVEL_H) / 2
        small = style.font("small")
        sm = QFontMetricsF(small)
        painter.setFont(small)
        for value in range(2, -3, -1):
            y = top + (2 - value) * style.EMOTION_LEVEL_H
            painting.draw_face(painter, QPointF(rect.width() - 20, y), 18, value)
            text = v.emotion_label(value, self.lang)
            painter.setPen(style.INK_SOFT)
            painter.drawText(QPointF(rect.width() - 34 - sm.horizontalAdvance(text), y + sm.ascent() / 2 - 1), text)


class CornerItem(QGraphicsItem):
    """The top-left corner over the crossing of the two header bands: the journey's title."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.title = title
        self.setZValue(Z_CORNER)

    def set_title(self, title: str) -> None:
        """Show another journey title."""
        if title != self.title:
            self.title = title
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The corner's rectangle."""
        return QRectF(0, 0, style.LANE_HEADER_W, style.STAGE_HEADER_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the corner."""
        rect = self.boundingRect()
        painter.fillRect(rect, style.HEADER_BG.darker(104))
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        small = style.font("small")
        painter.setFont(small)
        painter.setPen(style.INK_SOFT)
        label = QCoreApplication.translate("CornerItem", "Stages → / Lanes ↓")
        painter.drawText(rect.adjusted(14, 0, -8, -10), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         label)
        f = style.font("lane")
        painter.setFont(f)
        painter.setPen(style.HEADER_INK)
        lines = wrap_lines(self.title, f, rect.width() - 22, 1)
        if lines:
            painter.drawText(QPointF(14, 14 + QFontMetricsF(f).ascent()), lines[0])

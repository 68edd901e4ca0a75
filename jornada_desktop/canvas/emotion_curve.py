"""The emotions lane: one face marker per touchpoint with an emotion, joined by the experience curve.

Markers are drawn faces (no emoji font) with their label (feliz … irritado / happy … angry), so
colour is never the only cue. Dragging a marker up or down previews the new level live (the curve
follows); on release the scene emits `emotion_changed(card_id, value)` when the level changed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jornada_desktop.canvas import painting, style
from jornada_desktop.model import vocabulary as v

Z_CURVE = 3.0
PIECE = 48  # a curve through more points is drawn in pieces of this many segments, the exposed ones
Z_MARKER = 4.0
Z_MARKER_DRAGGED = 16.0


class EmotionCurveItem(QGraphicsItem):
    """The level guides of an emotions lane's band and the smooth curve through its markers."""

    def __init__(self, lane_id: int, width: float, level_ys: list[float]) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.width = width
        self.level_ys = level_ys  # item y of the levels +2 … -2
        self.path = QPainterPath()
        self.local: list[QPointF] = []  # the curve's points in item coordinates, left to right
        self.xs: list[float] = []
        self._pieces: dict[int, QPainterPath] = {}  # a long curve in pieces, made when first drawn
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The band's rectangle."""
        return QRectF(0, 0, self.width, style.EMOTION_BAND_H)

    def set_geometry(self, width: float, level_ys: list[float]) -> None:
        """Follow a change of the grid's width."""
        if width != self.width or level_ys != self.level_ys:
            self.prepareGeometryChange()
            self.width, self.level_ys = width, level_ys
            self.update()

    def set_points(self, points: list[QPointF]) -> None:
        """Draw the curve through these scene points (left to right)."""
        local = sorted((self.mapFromScene(p) for p in points), key=lambda p: p.x())
        if local != self.local:
            self.local = local
            self.xs = [p.x() for p in local]
            self._pieces.clear()
            self.path = painting.smooth_path(local) if len(local) <= PIECE else QPainterPath()
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the guides and the curve."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # The canvas view does not save the painter's state between items (DontSavePainterState):
        # whatever brush the item painted before left behind would fill the curve's path (a red
        # blob under the curve whenever a face or a persona's dot was drawn just before it).
        painter.setBrush(Qt.BrushStyle.NoBrush)
        guide = QPen(style.GRID_LINE, 1, Qt.PenStyle.DashLine)
        for value, y in zip(range(2, -3, -1), self.level_ys, strict=False):
            pen = QPen(guide)
            if value == 0:
                pen.setColor(style.INK_FAINT)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        if len(self.local) < 2:
            return
        if len(self.local) <= PIECE:
            pieces = [self.path]
        else:  # a long curve (a big map): only the pieces in the exposed part, each made once
            exposed = option.exposedRect if option is not None and not option.exposedRect.isEmpty() \
                else self.boundingRect()
            first = max(0, bisect_left(self.xs, exposed.left() - 10) - 2)
            last = min(len(self.local) - 1, bisect_right(self.xs, exposed.right() + 10) + 1)
            pieces = []
            for k in range(first // PIECE, max(first, last - 1) // PIECE + 1):
                piece = self._pieces.get(k)
                if piece is None:
                    piece = self._pieces[k] = painting.smooth_path(self.local, k * PIECE, (k + 1) * PIECE)
                pieces.append(piece)
        halo = QColor(style.CURVE_COLOR)
        halo.setAlpha(50)
        # (pieces meet end to end: a round cap on the see-through halo would darken each joint)
        cap = Qt.PenCapStyle.RoundCap if len(pieces) == 1 and len(self.local) <= PIECE else Qt.PenCapStyle.FlatCap
        for pen in (QPen(halo, 9, Qt.PenStyle.SolidLine, cap),
                    QPen(style.CURVE_COLOR, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)):
            painter.setPen(pen)
            for piece in pieces:
                painter.drawPath(piece)


class EmotionMarkerItem(QGraphicsItem):
    """A touchpoint's face on the curve, with its label; drag it up or down to change the emotion."""

    def __init__(self, card_id: int, lane_id: int, value: int, title: str, lang: str = "en") -> None:
        super().__init__()
        self.card_id = card_id
        self.lane_id = lane_id
        self.value = value
        self.preview = value
        self.title = title
        self.lang = lang
        self.dragging = False
        self._press_y = 0.0
        self._origin_y = 0.0
        self.setZValue(Z_MARKER)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(f"{self.title}\n{v.emotion_label(self.value, self.lang)}")

    def set_value(self, value: int, title: str) -> None:
        """Show a new valence and title."""
        if (value, title) != (self.value, self.title) or self.preview != value:
            self.value = self.preview = value
            self.title = title
            self._update_tooltip()
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """Face and label."""
        r = style.FACE_D / 2
        return QRectF(-48, -r - 2, 96, style.FACE_D + 22)

    def shape(self) -> QPainterPath:
        """The face is what can be grabbed."""
        path = QPainterPath()
        r = style.FACE_D / 2 + 3
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the face and its label on a light pill (readable over the curve)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painting.draw_face(painter, QPointF(0, 0), style.FACE_D, self.preview)
        text = v.emotion_label(self.preview, self.lang)
        f = style.font("badge")
        m = QFontMetricsF(f)
        w = m.horizontalAdvance(text) + 10
        r = QRectF(-w / 2, style.FACE_D / 2 + 2, w, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawPath(painting.badge_path(r))
        painter.setFont(f)
        painter.setPen(style.INK)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)

    # ---- dragging ---------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Get ready to drag the marker."""
        if event.button() != Qt.MouseButton.LeftButton or getattr(self.scene(), "read_only", False):
            event.ignore()
            return
        self._press_y = event.scenePos().y()
        self._origin_y = self.pos().y()
        self.dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Follow the mouse vertically inside the band; the curve follows live."""
        scene = self.scene()
        if scene is None:
            return
        if not self.dragging:
            moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if abs(moved.y()) < QApplication.startDragDistance() / 2:
                return
            self.dragging = True
            self.setZValue(Z_MARKER_DRAGGED)
        top, bottom = scene.emotion_range(self.lane_id)  # type: ignore[attr-defined]
        y = min(max(self._origin_y + event.scenePos().y() - self._press_y, top), bottom)
        self.setPos(self.pos().x(), y)
        preview = scene.emotion_value_at(self.lane_id, y)  # type: ignore[attr-defined]
        if preview != self.preview:
            self.preview = preview
            self.update()
        scene.marker_moved(self)  # type: ignore[attr-defined]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Snap to the level and emit the change (nothing when the level is the same)."""
        if not self.dragging:
            return
        self.dragging = False
        self.setZValue(Z_MARKER)
        scene = self.scene()
        if scene is not None:
            scene.marker_released(self)  # type: ignore[attr-defined]

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Select the marker's card."""
        scene = self.scene()
        if scene is not None:
            scene.select_cards([self.card_id])  # type: ignore[attr-defined]

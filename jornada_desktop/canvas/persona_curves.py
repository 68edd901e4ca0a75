"""More emotion curves in the emotions lanes: one per persona and scenario, and the as-is / to-be pair.

A persona's curve goes through each touchpoint that persona rated, in reading order (spread across
the stage's column), as-is solid and to-be dashed; with the summary option it goes through the
stage averages instead, like the as-is / to-be pair of everyone (`jornada_desktop.model.curves`).
A legend in the band names the curves shown, in a corner where it covers no point.
`PersonaCurves(scene)` follows the scene's `layout_changed` and draws nothing the user toggled off.

A persona's point can be dragged up or down to set that persona's rating of that touchpoint in
that scenario: only the item moves while the mouse is down (a face shows the level it would take);
on release `PersonaCurves.rating_dragged(card_id, persona_id, scenario, value)` is emitted once,
when the level changed, and the window pushes it as one undo step.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jornada_desktop.canvas import painting, style
from jornada_desktop.model.curves import CurveSeries, all_series

Z_SERIES = 3.5  # above the experience curve (3), under its markers (4)
Z_LEGEND = 4.5
Z_DRAGGED = 16.0
FAMILIES = ("as_is", "to_be", "personas", "summary", "room")  # (summary: personas by stage average)
DOT = 7.0
GRAB = DOT / 2 + 4  # how far from a point's centre it can be grabbed
WINDOWED = 64  # a curve through more points draws only its exposed segments
CHUNK = 32  # segments per cached piece of a long curve (a drag rebuilds only the pieces it bends)
DENSE = 48  # more dots than this in the exposed part: drawn in one call as round points


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaCurves", text)


def family(series: CurveSeries) -> str:
    """The toggle a series belongs to: as_is, to_be, personas or room."""
    return "personas" if series.kind == "persona" else series.kind


def series_label(series: CurveSeries) -> str:
    """The legend's name of a series."""
    if series.kind == "as_is":
        return _tr("As-is (average)")
    if series.kind == "to_be":
        return _tr("To-be (average)")
    if series.kind == "room":
        people = int(series.name or 0)
        if people == 1:
            return _tr("The room (1 person)")
        return _tr("The room (%1 people)").replace("%1", str(people))
    if series.scenario == "to_be":
        return _tr("%1 (to-be)").replace("%1", series.name)
    return series.name


def dashed(series: CurveSeries) -> bool:
    """To-be curves are dashed (colour is never the only cue)."""
    return series.kind == "to_be" or series.scenario == "to_be"


def line_style(series: CurveSeries) -> Qt.PenStyle:
    """Solid for today, dashed for the to-be, dotted for the room's feelings."""
    if series.kind == "room":
        return Qt.PenStyle.DotLine
    return Qt.PenStyle.DashLine if dashed(series) else Qt.PenStyle.SolidLine


_SPRITES: dict[tuple[str, float], tuple[QPixmap, int]] = {}


def _dot_sprite(color: str, scale: float) -> tuple[QPixmap, int]:
    """A curve's dot (its colour in a white ring) drawn at `scale` device pixels per scene unit."""
    key = (color, round(scale, 2))
    sprite = _SPRITES.get(key)
    if sprite is None:
        if len(_SPRITES) > 256:
            _SPRITES.clear()
        side = max(2, math.ceil((DOT + 4) * scale))
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.scale(scale, scale)
        centre = QPointF(side / scale / 2, side / scale / 2)
        p.setPen(QPen(QColor("#FFFFFF"), 1.5))
        p.setBrush(QColor(color))
        p.drawEllipse(centre, DOT / 2 + 1, DOT / 2 + 1)
        p.end()
        sprite = _SPRITES[key] = (pixmap, side)
    return sprite


class SeriesCurveItem(QGraphicsItem):
    """One curve through scene points, with a dot at each point (dashed for to-be). A persona's
    points (`card_ids`, one per point) can be dragged up or down to rate that touchpoint.

    A curve can go through thousands of touchpoints: a long one draws only the segments and dots of
    the exposed part, so a drag repaints a few segments around the point held."""

    def __init__(self, lane_id: int, series: CurveSeries) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.series = series
        self.points: list[QPointF] = []
        self.xs: list[float] = []  # the points' x, left to right (for the exposed part)
        self.card_ids: list[int] = []  # the touchpoint of each point; empty: the points are averages
        self.band = (0.0, 0.0)  # the y range of the emotion levels
        self.path = QPainterPath()
        self.bounds = QRectF()
        self.dragged: int | None = None  # the index of the point held down
        self.preview: int | None = None  # the level the held point would take
        self.moving = False
        self._origin = QPointF()
        self._press_y = 0.0
        self.lengths: list[float] = []  # the curve's length (chords) up to each point: the dash phase
        self._shape: tuple[tuple[int, int, bool], QPainterPath] | None = None
        self._chunks: dict[int, QPainterPath] = {}  # a long curve's pieces, made when first drawn
        self.setZValue(Z_SERIES)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def set_points(self, series: CurveSeries, points: list[QPointF], card_ids: list[int] | None = None,
                   band: tuple[float, float] | None = None) -> None:
        """Follow new values and positions (scene coordinates); a point held down stays held."""
        self.series = series
        self.setToolTip(series_label(series))
        ids = list(card_ids or [])
        if self.dragged is not None:
            return  # the release settles it
        if points != self.points or ids != self.card_ids or (band is not None and band != self.band):
            self.prepareGeometryChange()
            self.points = points
            self.xs = [p.x() for p in points]
            if any(a > b for a, b in zip(self.xs, self.xs[1:], strict=False)):  # (never in reading order)
                self.xs = []
            self.card_ids = ids
            self.band = band if band is not None else self.band
            # (a long curve is drawn in pieces: its whole path is never needed)
            self.path = painting.smooth_path(points) if len(points) <= WINDOWED else QPainterPath()
            self._chunks.clear()
            self.lengths = [0.0]
            for a, b in zip(points, points[1:], strict=False):
                self.lengths.append(self.lengths[-1] + painting.distance(a, b))
            self.bounds = self._bounds()
        draggable = bool(self.card_ids) and len(self.card_ids) == len(self.points)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton if draggable else Qt.MouseButton.NoButton)
        if draggable:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.unsetCursor()
        self.update()

    def _bounds(self) -> QRectF:
        if not self.points:
            return QRectF()
        if self.path.isEmpty():  # a long curve: the box of its points (the curve stays between them)
            ys = [p.y() for p in self.points]
            box = QRectF(QPointF(min(self.xs or [p.x() for p in self.points]), min(ys)),
                         QPointF(max(self.xs or [p.x() for p in self.points]), max(ys)))
        else:
            box = self.path.boundingRect()
        top, bottom = self.band
        if bottom > top:  # a point can be dragged anywhere in the band: no geometry change while it moves
            box = box.united(QRectF(box.left(), top, max(box.width(), 1.0), bottom - top))
        margin = style.FACE_D
        return box.adjusted(-margin - 40, -margin, margin + 40, margin + 20)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The curve, its dots and the band a dragged point moves in."""
        return self.bounds

    def shape(self) -> QPainterPath:
        """The dots of a draggable curve are what can be grabbed; the line itself is not (a click on
        it reaches the card under it). Made once per change of points (the view asks on every
        mouse move), not while a point is dragged."""
        key = (id(self.points), len(self.points), self.acceptedMouseButtons() == Qt.MouseButton.NoButton)
        if self._shape is None or self._shape[0] != key:
            self._shape = (key, self._make_shape())
        return self._shape[1]

    def _make_shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.acceptedMouseButtons() == Qt.MouseButton.NoButton:
            stroker = QPainterPathStroker()
            stroker.setWidth(3)
            return stroker.createStroke(self.path if not self.path.isEmpty() else painting.smooth_path(self.points))
        for p in self.points:
            path.addEllipse(p, GRAB, GRAB)
        return path

    def point_at(self, pos: QPointF) -> int | None:
        """The index of the point under a scene position (the nearest when dots overlap)."""
        best, best_d = None, GRAB * GRAB
        lo, hi = self._span(pos.x() - GRAB, pos.x() + GRAB)
        for n in range(lo, hi):
            p = self.points[n]
            d = (p.x() - pos.x()) ** 2 + (p.y() - pos.y()) ** 2
            if d <= best_d:
                best, best_d = n, d
        return best

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the curve in the series' colour and the dots in the exposed part; a point being
        dragged shows the face of its level."""
        if not self.points:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        color = QColor(self.series.color)
        pen = QPen(color, 2.5, line_style(self.series), Qt.PenCapStyle.RoundCap)
        exposed = option.exposedRect if option is not None and not option.exposedRect.isEmpty() else self.bounds
        lo, hi = self._span(exposed.left() - DOT, exposed.right() + DOT)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(self.points) > WINDOWED and len(self.xs) == len(self.points):
            # A long curve: only its pieces in the exposed part, each made once (a dashed one keeps
            # its phase: each piece starts its dashes where the curve's length says).
            first, last = max(0, lo - 2), min(len(self.points) - 1, hi + 1)
            patterned = line_style(self.series) != Qt.PenStyle.SolidLine
            for k in range(first // CHUNK, max(first, last - 1) // CHUNK + 1):
                piece = self._chunks.get(k)
                if piece is None:
                    piece = self._chunks[k] = painting.smooth_path(self.points, k * CHUNK, (k + 1) * CHUNK)
                if patterned and k * CHUNK < len(self.lengths):
                    pen.setDashOffset(self.lengths[k * CHUNK] / pen.widthF())
                painter.setPen(pen)
                painter.drawPath(piece)
        else:
            painter.setPen(pen)
            painter.drawPath(self.path)
        dots = self.points[lo:hi]
        scale = painter.worldTransform().m11() * (painter.device().devicePixelRatioF() if painter.device() else 1.0)
        if len(dots) > DENSE and painter.paintEngine() is not None \
                and painter.paintEngine().type() == QPaintEngine.Type.Raster and 0.05 < scale < 16:
            # Many dots close together (a big map on screen): one dot picture at the screen's
            # resolution, stamped at each point (an antialiased ellipse each costs ten times more).
            sprite, side = _dot_sprite(self.series.color, scale)
            half = side / 2
            painter.save()
            painter.scale(1 / scale, 1 / scale)
            draw = painter.drawPixmap
            for p in dots:
                draw(QPointF(p.x() * scale - half, p.y() * scale - half), sprite)
            painter.restore()
        else:
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(color)
            radius = DOT / 2 + 1
            for p in dots:
                painter.drawEllipse(p, radius, radius)
        if self.dragged is not None and self.moving and self.preview is not None:
            centre = self.points[self.dragged]
            painting.draw_face(painter, centre, style.FACE_D * 0.8, self.preview)
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, style.FACE_D * 0.4 + 2, style.FACE_D * 0.4 + 2)

    def _bent(self, index: int) -> None:
        """Point `index` moved: remake what its neighbouring segments are drawn from."""
        if len(self.points) <= WINDOWED:
            self.path = painting.smooth_path(self.points)
            return
        lo, hi = self._around(index)  # (segments lo … hi - 1 see the point)
        for k in range(lo // CHUNK, hi // CHUNK + 1):
            self._chunks.pop(k, None)

    def _span(self, left: float, right: float) -> tuple[int, int]:
        """The indexes of the points whose x lies from `left` to `right` (all when unsorted)."""
        if len(self.xs) != len(self.points):
            return 0, len(self.points)
        return bisect_left(self.xs, left), bisect_right(self.xs, right)

    def _around(self, index: int) -> tuple[int, int]:
        """The points whose segments change when point `index` moves."""
        return max(0, index - 2), min(len(self.points) - 1, index + 2)

    def _dirty_rect(self, index: int) -> QRectF:
        lo, hi = self._around(index)
        top, bottom = self.band
        rect = QRectF(QPointF(self.points[lo].x(), min(top, self.points[index].y())),
                      QPointF(self.points[hi].x(), max(bottom, self.points[index].y())))
        return rect.adjusted(-style.FACE_D - 6, -style.FACE_D - 6, style.FACE_D + 6, style.FACE_D + 6)

    # ---- dragging a persona's point -------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Hold the point under the mouse (a read-only file or a picture for export: nothing)."""
        scene = self.scene()
        index = self.point_at(event.scenePos())
        if (event.button() != Qt.MouseButton.LeftButton or index is None or scene is None
                or getattr(scene, "read_only", True) or getattr(scene, "export_mode", False)):
            event.ignore()
            return
        self.dragged, self.moving = index, False
        self._origin = QPointF(self.points[index])

        self._press_y = event.scenePos().y()
        self.preview = scene.emotion_value_at(self.lane_id, self._origin.y())  # type: ignore[attr-defined]
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Follow the mouse up and down inside the band; the curve follows, nothing is written."""
        scene = self.scene()
        if self.dragged is None or scene is None:
            return
        if not self.moving:
            moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if abs(moved.y()) < QApplication.startDragDistance() / 2:
                return
            self.moving = True
            self.setZValue(Z_DRAGGED)
        top, bottom = scene.emotion_range(self.lane_id)  # type: ignore[attr-defined]
        y = min(max(self._origin.y() + event.scenePos().y() - self._press_y, top), bottom)
        index = self.dragged
        before = self._dirty_rect(index)
        self.points[index] = QPointF(self.points[index].x(), y)
        self._bent(index)
        self.preview = scene.emotion_value_at(self.lane_id, y)  # type: ignore[attr-defined]
        self.update(before.united(self._dirty_rect(index)))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Put the point back and ask for the new rating (once, and only when the level changed)."""
        index, moving, preview = self.dragged, self.moving, self.preview
        scene = self.scene()
        self.dragged, self.moving, self.preview = None, False, None
        self.setZValue(Z_SERIES)
        if index is None or scene is None:
            return
        self.update(self._dirty_rect(index))
        self.points[index] = QPointF(self._origin)  # the curve as it was, until the file says otherwise
        self._bent(index)
        self.update(self._dirty_rect(index))
        old = scene.emotion_value_at(self.lane_id, self._origin.y())  # type: ignore[attr-defined]
        curves = getattr(scene, "persona_curves", None)
        if moving and preview is not None and preview != old and curves is not None and index < len(self.card_ids):
            curves.rating_dragged.emit(self.card_ids[index], self.series.persona_id, self.series.scenario, preview)


class CurveLegendItem(QGraphicsItem):
    """The names and colours of the curves shown in a band."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[str, str, Qt.PenStyle]] = []  # (label, colour, line style)
        self.setZValue(Z_LEGEND)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_entries(self, entries: list[tuple[str, str, Qt.PenStyle]]) -> None:
        """Show these entries (label, colour, line style)."""
        if entries != self.entries:
            self.prepareGeometryChange()
            self.entries = entries
        self.setVisible(bool(entries))
        self.update()

    def size(self) -> tuple[float, float]:
        """Width and height of the legend box."""
        m = QFontMetricsF(style.font("small"))
        width = max((m.horizontalAdvance(label) for label, _, _ in self.entries), default=0.0) + 44
        return width, 8 + 18 * len(self.entries)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The legend box."""
        w, h = self.size()
        return QRectF(0, 0, w, h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A light box with one line sample and name per curve."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        font = style.font("small")
        m = QFontMetricsF(font)
        painter.setFont(font)
        y = 4.0
        for label, color, pen_style in self.entries:
            mid = y + 9
            painter.setPen(QPen(QColor(color), 2.5, pen_style))
            painter.drawLine(QPointF(8, mid), QPointF(32, mid))
            painter.setPen(style.INK)
            painter.drawText(QPointF(38, mid + (m.ascent() - m.descent()) / 2), label)
            y += 18


class PersonaCurves(QObject):
    """Keeps the extra curves and legends of a JourneyScene in step with its layout and the toggles."""

    rating_dragged = Signal(int, int, str, int)  # card id, persona id, scenario, new value

    def __init__(self, scene: QObject, visible: dict[str, bool] | None = None) -> None:
        super().__init__(scene)
        self.scene = scene
        self.visible = {"as_is": False, "to_be": False, "personas": True, "summary": False, "room": True,
                        **(visible or {})}
        self.isolated: set[int] = set()  # personas whose curves alone are drawn (the filter); empty: all
        self.curves: dict[tuple[int, str], SeriesCurveItem] = {}
        self.legends: dict[int, CurveLegendItem] = {}
        scene.layout_changed.connect(self.sync)  # type: ignore[attr-defined]
        self.sync()

    def set_visible(self, family_key: str, on: bool) -> None:
        """Show or hide a family of curves (as_is, to_be, personas)."""
        if family_key not in FAMILIES:
            raise ValueError(f"Unknown curve family {family_key!r}.")
        self.visible[family_key] = on
        self.sync()

    def set_isolated(self, persona_ids: set[int]) -> None:
        """Draw only these personas' curves (the persona filter); an empty set draws every persona's."""
        if persona_ids != self.isolated:
            self.isolated = set(persona_ids)
            self.sync()

    def shown_series(self) -> list[CurveSeries]:
        """The series drawn now (toggled on, with at least one point)."""
        scene = self.scene
        if scene.ws.get("journeys", scene.journey_id) is None:  # type: ignore[attr-defined]
            return []
        series = all_series(scene.ws, scene.journey_id)  # type: ignore[attr-defined]
        return [s for s in series if self.visible[family(s)] and s.points
                and not (self.isolated and s.kind == "persona" and s.persona_id not in self.isolated)]

    def _positions(self, layout: object, lane_id: int, s: CurveSeries,
                   stage_ids: list[int]) -> tuple[list[QPointF], list[int]]:
        """Where a series' points go in a lane, with the touchpoint of each: each rated touchpoint
        across its stage's column, or (the summary, and everyone's curves: no touchpoints) the stage
        averages at the columns' middles."""
        points: list[QPointF] = []
        card_ids: list[int] = []
        if s.kind == "persona" and s.marks and not self.visible["summary"]:
            for mark in s.marks:
                column = layout.stage_index(stage_ids[mark.stage_index])  # type: ignore[attr-defined]
                if column is not None:  # a hidden stage has no column
                    x = layout.col_x[column] + style.COLUMN_W * mark.across  # type: ignore[attr-defined]
                    points.append(QPointF(x, layout.level_y(lane_id, mark.value)))  # type: ignore[attr-defined]
                    card_ids.append(mark.card_id)
            return points, card_ids
        for index, value in s.points:
            column = layout.stage_index(stage_ids[index])  # type: ignore[attr-defined]
            if column is not None:
                x = layout.col_x[column] + style.COLUMN_W / 2  # type: ignore[attr-defined]
                points.append(QPointF(x, layout.level_y(lane_id, value)))  # type: ignore[attr-defined]
        return points, card_ids

    def sync(self) -> None:
        """Create, move and remove the curve and legend items."""
        scene = self.scene
        layout = scene.layout  # type: ignore[attr-defined]
        series = self.shown_series()
        stage_ids = [s.id for s in scene.ws.stages(scene.journey_id)] if series else []  # type: ignore[attr-defined]
        wanted: set[tuple[int, str]] = set()
        lanes = layout.emotion_lanes()
        for lane in lanes:
            band = (layout.level_y(lane.id, 2), layout.level_y(lane.id, -2))
            entries: list[tuple[str, str, Qt.PenStyle]] = []
            taken: list[QPointF] = []
            for s in series:
                points, card_ids = self._positions(layout, lane.id, s, stage_ids)
                if not points:
                    continue
                taken += points
                key = (lane.id, s.key)
                wanted.add(key)
                item = self.curves.get(key)
                if item is None:
                    item = self.curves[key] = SeriesCurveItem(lane.id, s)
                    scene.addItem(item)  # type: ignore[attr-defined]
                item.set_points(s, points, card_ids, band)
                entries.append((series_label(s), s.color, line_style(s)))
            legend = self.legends.get(lane.id)
            if legend is None:
                legend = self.legends[lane.id] = CurveLegendItem()
                scene.addItem(legend)  # type: ignore[attr-defined]
            legend.set_entries(entries)
            legend.setPos(self._legend_corner(layout, lane.id, legend, taken))
        for key in [k for k in self.curves if k not in wanted]:
            scene.removeItem(self.curves.pop(key))  # type: ignore[attr-defined]
        lane_ids = {ln.id for ln in lanes}
        for lane_id in [i for i in self.legends if i not in lane_ids]:
            scene.removeItem(self.legends.pop(lane_id))  # type: ignore[attr-defined]

    @staticmethod
    def _legend_corner(layout: object, lane_id: int, legend: CurveLegendItem, taken: list[QPointF]) -> QPointF:
        """The first corner of the band (top right, top left, bottom right, bottom left) where the
        legend covers no point of a curve; the top right when every corner would."""
        r = layout.lane_index(lane_id)  # type: ignore[attr-defined]
        width, height = legend.size()
        top, bottom = layout.row_y[r] + 6, layout.row_y[r] + layout.row_h[r] - height - 6  # type: ignore[attr-defined]
        right, left = layout.width - width - 8, style.LANE_HEADER_W + 8  # type: ignore[attr-defined]
        corners = [QPointF(right, top), QPointF(left, top), QPointF(right, bottom), QPointF(left, bottom)]
        for corner in corners:
            box = QRectF(corner, legend.boundingRect().size()).adjusted(-DOT, -DOT, DOT, DOT)
            if not any(box.contains(p) for p in taken):
                return corner
        return corners[0]

    def items_for(self, series_key: str) -> list[SeriesCurveItem]:
        """The curve items of one series (one per emotions lane)."""
        return [item for (_, key), item in self.curves.items() if key == series_key]

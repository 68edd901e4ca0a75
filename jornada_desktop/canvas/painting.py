"""Small drawings made with QPainter: emotion faces, channel icons and card-kind glyphs (no icon fonts)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from jornada_desktop.canvas import style

_INK = QColor("#2B2B2B")
_ORIGIN = QPointF(0, 0)
_FACES: dict[tuple[int, float], tuple] = {}  # the parts of a face per (value, diameter), made once


def _face_parts(value: int, diameter: float) -> tuple:
    """Pens, points and the mouth of a face centred on (0, 0)."""
    key = (value, diameter)
    parts = _FACES.get(key)
    if parts is None:
        if len(_FACES) > 256:  # diameters follow zoom levels in a few places: keep it small
            _FACES.clear()
        r = diameter / 2
        fill = style.EMOTION_COLORS[value]
        outline = QPen(fill.darker(150), max(1.0, diameter / 18))
        eye_r = max(1.2, diameter / 13)
        eye_y = -r * 0.22
        eyes = (QPointF(-r * 0.36, eye_y), QPointF(r * 0.36, eye_y))
        stroke = QPen(_INK, max(1.2, diameter / 12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        brows = []
        if value == -2:  # frowning brows
            for sign in (-1, 1):
                brows.append(QLineF(QPointF(sign * r * 0.58, eye_y - r * 0.32), QPointF(sign * r * 0.16, eye_y - r * 0.14)))
        mouth_y = r * 0.38
        half = r * 0.42
        bend = value * r * 0.16  # positive: smile (control point below the corners)
        mouth = QPainterPath(QPointF(-half, mouth_y - bend / 2))
        mouth.quadTo(QPointF(0, mouth_y + bend * 1.5), QPointF(half, mouth_y - bend / 2))
        parts = _FACES[key] = (r, fill, outline, eye_r, eyes, stroke, brows, mouth)
    return parts


def draw_face(painter: QPainter, center: QPointF, diameter: float, value: int) -> None:
    """An emotion face for a valence -2..+2: coloured disc, eyes, a mouth that bends with the value."""
    r, fill, outline, eye_r, eyes, stroke, brows, mouth = _face_parts(max(-2, min(2, int(value))), float(diameter))
    painter.save()
    painter.translate(center)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(outline)
    painter.setBrush(fill)
    painter.drawEllipse(_ORIGIN, r, r)
    painter.setBrush(_INK)
    painter.setPen(Qt.PenStyle.NoPen)
    for eye in eyes:
        painter.drawEllipse(eye, eye_r, eye_r)
    painter.setPen(stroke)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if brows:
        painter.drawLines(brows)
    painter.drawPath(mouth)
    painter.restore()


def _pen(color: QColor, width: float) -> QPen:
    return QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def draw_channel_icon(painter: QPainter, rect: QRectF, channel: str | None, color: QColor) -> None:
    """A line icon for a channel code (e-mail, phone, chat, …); a letter in a circle for other codes."""
    if not channel:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    s = min(rect.width(), rect.height())
    x, y = rect.center().x() - s / 2, rect.center().y() - s / 2
    w = max(1.2, s / 11)
    painter.setPen(_pen(color, w))
    painter.setBrush(Qt.BrushStyle.NoBrush)

    def p(fx: float, fy: float) -> QPointF:
        return QPointF(x + fx * s, y + fy * s)

    if channel == "email":
        painter.drawRoundedRect(QRectF(p(0.08, 0.2), p(0.92, 0.8)), s * 0.06, s * 0.06)
        painter.drawPolyline([p(0.1, 0.24), p(0.5, 0.54), p(0.9, 0.24)])
    elif channel == "phone":
        path = QPainterPath(p(0.22, 0.12))
        path.cubicTo(p(0.02, 0.3), p(0.3, 0.78), p(0.78, 0.9))
        painter.setPen(_pen(color, w * 2.2))
        painter.drawPath(path)
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(p(0.24, 0.16), s * 0.11, s * 0.08)
        painter.drawEllipse(p(0.76, 0.85), s * 0.09, s * 0.11)
    elif channel == "chat":
        path = QPainterPath()
        path.addRoundedRect(QRectF(p(0.08, 0.14), p(0.92, 0.68)), s * 0.14, s * 0.14)
        painter.drawPath(path)
        painter.drawPolyline([p(0.3, 0.68), p(0.24, 0.88), p(0.48, 0.68)])
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        for fx in (0.32, 0.5, 0.68):
            painter.drawEllipse(p(fx, 0.41), s * 0.05, s * 0.05)
    elif channel == "social":
        a, b, c = p(0.74, 0.2), p(0.26, 0.5), p(0.74, 0.8)
        painter.drawLine(a, b)
        painter.drawLine(b, c)
        painter.setBrush(color)
        for q in (a, b, c):
            painter.drawEllipse(q, s * 0.12, s * 0.12)
    elif channel == "website":
        center = p(0.5, 0.5)
        painter.drawEllipse(center, s * 0.4, s * 0.4)
        painter.drawEllipse(center, s * 0.17, s * 0.4)
        painter.drawLine(p(0.1, 0.5), p(0.9, 0.5))
    elif channel == "app":
        painter.drawRoundedRect(QRectF(p(0.28, 0.08), p(0.72, 0.92)), s * 0.08, s * 0.08)
        painter.setBrush(color)
        painter.drawEllipse(p(0.5, 0.8), s * 0.04, s * 0.04)
    elif channel == "self_service":
        painter.drawRoundedRect(QRectF(p(0.08, 0.14), p(0.92, 0.66)), s * 0.05, s * 0.05)
        painter.drawLine(p(0.5, 0.66), p(0.5, 0.84))
        painter.drawLine(p(0.3, 0.86), p(0.7, 0.86))
    elif channel == "in_person":
        painter.drawEllipse(p(0.5, 0.3), s * 0.17, s * 0.17)
        path = QPainterPath(p(0.16, 0.92))
        path.cubicTo(p(0.18, 0.52), p(0.82, 0.52), p(0.84, 0.92))
        painter.drawPath(path)
    elif channel == "waiting":
        painter.drawEllipse(p(0.5, 0.5), s * 0.4, s * 0.4)
        painter.drawPolyline([p(0.5, 0.24), p(0.5, 0.5), p(0.7, 0.62)])
    elif channel == "other":
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        for fx in (0.2, 0.5, 0.8):
            painter.drawEllipse(p(fx, 0.5), s * 0.08, s * 0.08)
    else:
        painter.drawEllipse(p(0.5, 0.5), s * 0.42, s * 0.42)
        f = style.font("badge")
        f.setPixelSize(max(6, round(s * 0.5)))
        painter.setFont(f)
        painter.drawText(QRectF(p(0, 0), p(1, 1)), Qt.AlignmentFlag.AlignCenter, channel[:1].upper())
    painter.restore()


def draw_kind_glyph(painter: QPainter, rect: QRectF, kind: str) -> None:
    """A little card in a kind's colour (sticky note for notes, text lines for text)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    color = style.kind_color(kind)
    r = rect.adjusted(1, 3, -1, -3)
    if kind == "note":
        painter.setPen(QPen(style.NOTE_BORDER.darker(120), 1))
        painter.setBrush(style.NOTE_BG)
        painter.drawRect(r)
    elif kind == "text":
        painter.setPen(_pen(color, max(1.5, r.height() / 8)))
        for i in range(3):
            yy = r.top() + r.height() * (0.25 + 0.25 * i)
            painter.drawLine(QPointF(r.left() + 2, yy), QPointF(r.right() - 2 - (i == 2) * r.width() * 0.3, yy))
    else:
        painter.setPen(QPen(style.CARD_BORDER, 1))
        painter.setBrush(style.CARD_BG)
        painter.drawRoundedRect(r, 2, 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(QRectF(r.left(), r.top(), max(3.0, r.width() * 0.16), r.height()))
    painter.restore()


def _icon(size: int, draw) -> QIcon:  # noqa: ANN001 - a drawing callback
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)


def face_icon(value: int, size: int = 20) -> QIcon:
    """An icon of an emotion face, for widgets (combo boxes, menus)."""
    return _icon(size, lambda p, r: draw_face(p, r.center(), size - 2, value))


def channel_icon(channel: str, size: int = 18) -> QIcon:
    """An icon of a channel, for widgets."""
    return _icon(size, lambda p, r: draw_channel_icon(p, r, channel, style.INK_SOFT))


def kind_icon(kind: str, size: int = 22) -> QIcon:
    """An icon of a card kind, for the palette."""
    return _icon(size, lambda p, r: draw_kind_glyph(p, r, kind))


def smooth_path(points: list[QPointF], start: int = 0, stop: int | None = None) -> QPainterPath:
    """A smooth curve through points, left to right (Catmull-Rom turned into cubic Béziers); with
    `start`/`stop`, only the segments from point `start` to point `stop` (the same shape as in the
    whole curve: each segment sees its neighbours)."""
    path = QPainterPath()
    if not points:
        return path
    stop = len(points) - 1 if stop is None else min(stop, len(points) - 1)
    start = max(0, min(start, stop))
    path.moveTo(points[start])
    if len(points) == 1:
        return path
    for i in range(start, stop):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = QPointF(p1.x() + (p2.x() - p0.x()) / 6, p1.y() + (p2.y() - p0.y()) / 6)
        c2 = QPointF(p2.x() - (p3.x() - p1.x()) / 6, p2.y() - (p3.y() - p1.y()) / 6)
        # Keep the curve from overshooting between two points (no false peaks).
        lo, hi = min(p1.y(), p2.y()), max(p1.y(), p2.y())
        c1.setY(min(max(c1.y(), lo), hi))
        c2.setY(min(max(c2.y(), lo), hi))
        path.cubicTo(c1, c2, p2)
    return path


def badge_path(rect: QRectF) -> QPainterPath:
    """A pill shape for badges."""
    path = QPainterPath()
    radius = rect.height() / 2
    path.addRoundedRect(rect, radius, radius)
    return path


def distance(a: QPointF, b: QPointF) -> float:
    """The distance between two points."""
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def draw_sparkline(painter: QPainter, rect: QRectF, values: list[float], color: QColor,
                   target: float | None = None) -> None:
    """A small line of values across `rect` (oldest left), scaled to their range (and the target's,
    drawn as a dotted line), the newest value a dot. Nothing for fewer than two values."""
    if len(values) < 2 or rect.width() <= 4 or rect.height() <= 4:
        return
    lo, hi = min(values), max(values)
    if target is not None:
        lo, hi = min(lo, target), max(hi, target)
    span = (hi - lo) or 1.0
    inner = rect.adjusted(2, 2, -3, -2)

    def at(n: int, value: float) -> QPointF:
        return QPointF(inner.left() + inner.width() * n / (len(values) - 1),
                       inner.bottom() - inner.height() * (value - lo) / span)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if target is not None:
        y = at(0, target).y()
        painter.setPen(QPen(QColor("#8A9199"), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y))
    line = QPainterPath()
    line.moveTo(at(0, values[0]))
    for n, value in enumerate(values[1:], 1):
        line.lineTo(at(n, value))
    painter.setPen(QPen(color, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(line)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(at(len(values) - 1, values[-1]), 2.2, 2.2)
    painter.restore()

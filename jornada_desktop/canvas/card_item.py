"""A card on the canvas: title, channel icon, department, emotion face, note count, evidence badge.

Painting is cached per item (DeviceCoordinateCache), so moving a card repaints from a pixmap.
The item never edits anything: mouse gestures go to its scene, which emits intents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jornada_desktop.canvas import painting, style
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import Card

if TYPE_CHECKING:
    from jornada_desktop.canvas.scene import JourneyScene

SELECTION_MARGIN = 3.0
_shapes: dict[str, QPainterPath] = {}  # the card's constant outlines, made once


def _stripe() -> QPainterPath:
    """The accent stripe at the card's left edge, following its rounded corners."""
    key = f"stripe {style.CARD_H}"  # (cards grow with the card text size)
    path = _shapes.get(key)
    if path is None:
        card = QPainterPath()
        card.addRoundedRect(QRectF(0, 0, style.CARD_W, style.CARD_H).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        edge = QPainterPath()
        edge.addRect(QRectF(0, 0, 6, style.CARD_H))
        path = _shapes[key] = card.intersected(edge)
    return path


def _note_lines() -> int:
    """How many lines of a sticky note's text fit on it (4 at the standard text size)."""
    return max(1, min(4, int((style.CARD_H - 20) / style.metrics("note").lineSpacing())))


def _evidence_color(code: str) -> QColor:
    return _EVIDENCE_COLORS.get(code, style.INK_SOFT)


_EVIDENCE_COLORS = {"observed": QColor("#2E7D32"), "assumed": QColor("#B26A00"), "proposed": QColor("#1D4ED8")}
_CARD_PEN = QPen(style.CARD_BORDER, 1)
_NOTE_BADGE_PEN = QPen(style.NOTE_BORDER.darker(130), 1)
_RATER_PEN = QPen(QColor("#FFFFFF"), 1.2)
_AA = QPainter.RenderHint.Antialiasing
_TEXT_AA = QPainter.RenderHint.TextAntialiasing
_ELIDE = Qt.TextElideMode.ElideRight
_CENTER = Qt.AlignmentFlag.AlignCenter
_NO_PEN = Qt.PenStyle.NoPen
_SELECTED = QStyle.StateFlag.State_Selected
# Painting a map asks for the same few texts elided to the same widths (channel labels,
# departments) and the same badges again and again: kept here, per font role.
_elided: dict[tuple[str, str, float], str] = {}
_badges: dict[tuple[str, str], tuple[float, QPen, QColor, QColor]] = {}


def _elide(role: str, text: str, width: float) -> str:
    key = (role, text, width)
    out = _elided.get(key)
    if out is None:
        if len(_elided) > 4096:
            _elided.clear()
        out = _elided[key] = style.metrics(role).elidedText(text, _ELIDE, width)
    return out


def _evidence_badge(code: str, text: str) -> tuple[float, QPen, QColor, QColor]:
    """Width, outline, fill and ink of an evidence badge."""
    key = (code, text)
    badge = _badges.get(key)
    if badge is None:
        color = _evidence_color(code)
        pen = QPen(color, 1.2)
        if code == "assumed":
            pen.setStyle(Qt.PenStyle.DashLine)
        fill = QColor(color)
        fill.setAlpha(22)
        badge = _badges[key] = (style.metrics("badge").horizontalAdvance(text) + 12, pen, fill, color)
    return badge


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Text broken into at most `max_lines` lines of a width; the last one elided when text remains."""
    text = " ".join(text.split())
    if not text or max_lines <= 0:
        return []
    metrics = QFontMetricsF(font)  # (the font may be any: not the cached metrics of a role)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1 and start + length < len(text):
            lines.append(metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start:start + length].rstrip())
    layout.endLayout()
    return lines


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardItem", text)


class CardItem(QGraphicsItem):
    """One card placed in a cell (or a sticky note)."""

    def __init__(self, card: Card, note_count: int = 0, lang: str = "en") -> None:
        super().__init__()
        self.card = card
        self.note_count = note_count
        self.raters: tuple[tuple[str, str], ...] = ()  # (colour, name) of the personas that rated it
        self.lang = lang
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)
        self._lines: list[str] | None = None  # wrapped title, computed at first paint

    @property
    def card_id(self) -> int:
        """The id of the card shown."""
        return self.card.id

    def set_raters(self, raters: tuple[tuple[str, str], ...]) -> None:
        """The personas that rated this touchpoint (colour, name): a dot each, in the top row."""
        if raters != self.raters:
            self.raters = raters
            self.update()

    def set_card(self, card: Card, note_count: int | None = None) -> None:
        """Show a new version of the card; repaints only when something visible changed."""
        count = self.note_count if note_count is None else note_count
        if card == self.card and count == self.note_count:
            return
        self.card = card
        self.note_count = count
        self._lines = None
        self.update()

    def restyle(self) -> None:
        """Follow a new card text size (the card's height and its wrapped lines change)."""
        self.prepareGeometryChange()
        self._lines = None
        self.update()

    def _text_lines(self) -> list[str]:
        if self._lines is None:
            c = self.card
            is_note = c.kind == "note"
            text = (c.title or c.body) if is_note else c.title
            max_lines = _note_lines() if is_note else 2
            width = style.CARD_W - 24 - (30 if is_note and c.emotion is not None else 0)
            self._lines = wrap_lines(text, style.shared_font("note" if is_note else "title"), width, max_lines)
        return self._lines

    def tooltip_text(self) -> str:
        """The card's full text and facts, for the tooltip (asked by the scene when it is shown)."""
        c = self.card
        parts = [f"<b>{_escape(c.title)}</b>" if c.title else ""]
        if c.body:
            parts.append(_escape(c.body).replace("\n", "<br>"))
        facts = []
        if c.channel:
            facts.append(_tr("Channel: %1").replace("%1", _escape(v.label(v.CHANNELS, c.channel, self.lang))))
        if c.department:
            facts.append(_tr("Department: %1").replace("%1", _escape(c.department)))
        if c.participant:
            facts.append(_tr("Added by: %1").replace("%1", _escape(c.participant)))
        if self.raters:
            facts.append(_tr("Rated by: %1").replace("%1", _escape(", ".join(name for _c, name in self.raters))))
        if c.emotion is not None:
            facts.append(_tr("Emotion: %1").replace("%1", v.emotion_label(c.emotion, self.lang)))
        if c.evidence:
            facts.append(_tr("Evidence: %1").replace("%1", v.label(v.EVIDENCE, c.evidence, self.lang)))
        if self.note_count:
            facts.append(QCoreApplication.translate("CardItem", "%n note(s)", "", self.note_count))
        if facts:
            parts.append("<span style='color:#52606D'>" + " · ".join(facts) + "</span>")
        return "<p>" + "<br>".join(p for p in parts if p) + "</p>"

    # ---- geometry ---------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The card's rectangle with room for the selection outline."""
        m = SELECTION_MARGIN
        return QRectF(-m, -m, style.CARD_W + 2 * m, style.CARD_H + 2 * m)

    def shape(self) -> QPainterPath:
        """The card's clickable outline."""
        path = QPainterPath()
        path.addRect(QRectF(0, 0, style.CARD_W, style.CARD_H))
        return path

    def notes_badge_rect(self) -> QRectF:
        """Where the note-count badge is drawn (clicking it opens the card's notes)."""
        return QRectF(style.CARD_W - 46, style.CARD_H - 24, 36, 18)

    # ---- painting ---------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the card (cached by Qt per device transform)."""
        c = self.card
        painter.setRenderHint(_AA, True)
        painter.setRenderHint(_TEXT_AA, True)
        rect = QRectF(0, 0, style.CARD_W, style.CARD_H)
        if c.kind == "note":
            self._paint_note(painter, rect)
        else:
            accent = style.kind_color(c.kind, c.color)
            painter.setPen(_CARD_PEN)
            painter.setBrush(style.CARD_BG)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.setPen(_NO_PEN)
            painter.setBrush(accent)
            painter.drawPath(_stripe())
            self._paint_body(painter)
        if option.state & _SELECTED:
            scene = self.scene()
            if not (scene is not None and getattr(scene, "export_mode", False)):
                painter.setPen(QPen(style.SELECTION, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7)

    def _paint_note(self, painter: QPainter, rect: QRectF) -> None:
        fold = 14.0
        path = QPainterPath(rect.topLeft())
        path.lineTo(rect.right(), rect.top())
        path.lineTo(rect.right(), rect.bottom() - fold)
        path.lineTo(rect.right() - fold, rect.bottom())
        path.lineTo(rect.left(), rect.bottom())
        path.closeSubpath()
        painter.setPen(QPen(style.NOTE_BORDER, 1))
        painter.setBrush(QColor(self.card.color) if self.card.color else style.NOTE_BG)
        painter.drawPath(path)
        painter.setBrush(style.NOTE_BORDER)
        painter.drawPolygon([QPointF(rect.right(), rect.bottom() - fold), QPointF(rect.right() - fold, rect.bottom()),
                             QPointF(rect.right() - fold, rect.bottom() - fold)])
        painter.setFont(style.shared_font("note"))
        painter.setPen(style.INK)
        metrics = style.metrics("note")
        y = 12.0
        for line in self._text_lines():
            painter.drawText(QPointF(12, y + metrics.ascent()), line)
            y += metrics.lineSpacing()
        if self.card.emotion is not None:
            painting.draw_face(painter, QPointF(rect.right() - 20, 20), 22, self.card.emotion)

    def _paint_body(self, painter: QPainter) -> None:
        c = self.card
        lang = self.lang
        left = 16.0
        right = style.CARD_W - 10
        # top row: channel icon and label, emotion face at the right
        small_m = style.metrics("small")
        face_w = 0.0
        if c.emotion is not None:
            face_w = 26.0
            painting.draw_face(painter, QPointF(right - 11, 17), 22, c.emotion)
        if self.raters:  # a dot per persona that rated it, left of the face
            painter.setPen(_RATER_PEN)
            x_dot = right - face_w - 6
            for color, _name in self.raters[:5]:
                painter.setBrush(QColor(color))
                painter.drawEllipse(QPointF(x_dot, 17), 4.5, 4.5)
                x_dot -= 11
            face_w += 11 * min(len(self.raters), 5) + 4
        x = left
        if c.channel:
            top_text = v.label(v.CHANNELS, c.channel, lang)
            painting.draw_channel_icon(painter, QRectF(left, 9, 16, 16), c.channel, style.INK_SOFT)
            x += 21
        else:
            top_text = v.label(v.CARD_KINDS, c.kind, lang)
        painter.setFont(style.shared_font("small"))
        painter.setPen(style.INK_SOFT)
        small_mid = (small_m.ascent() - small_m.descent()) / 2
        painter.drawText(QPointF(x, 17 + small_mid), _elide("small", top_text, right - face_w - x))
        # title, two lines at most
        tm = style.metrics("title")
        painter.setFont(style.shared_font("title"))
        painter.setPen(style.INK)
        y = 32.0 + tm.ascent()
        step = tm.lineSpacing()
        for line in self._text_lines():
            painter.drawText(QPointF(left, y), line)
            y += step
        # bottom row: department at the left, badges at the right
        base = style.CARD_H - 15
        badge_x = right
        painter.setFont(style.shared_font("badge"))
        if c.evidence:
            text = v.label(v.EVIDENCE, c.evidence, lang)
            w, pen, fill, ink = _evidence_badge(c.evidence, text)
            r = QRectF(badge_x - w, base - 9, w, 18)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPath(painting.badge_path(r))
            painter.setPen(ink)
            painter.drawText(r, _CENTER, text)
            badge_x -= w + 6
        if self.note_count:
            r = QRectF(badge_x - 36, base - 9, 36, 18)
            painter.setPen(_NOTE_BADGE_PEN)
            painter.setBrush(style.NOTE_BG)
            painter.drawPath(painting.badge_path(r))
            painting.draw_kind_glyph(painter, QRectF(r.left() + 4, r.top() + 2, 12, 14), "note")
            painter.setPen(style.INK)
            painter.drawText(QRectF(r.left() + 16, r.top(), 18, r.height()), _CENTER, str(min(self.note_count, 99)))
            badge_x -= 42
        foot = " · ".join(t for t in (c.department, c.participant) if t)  # who added it, not by colour alone
        if foot:
            painter.setFont(style.shared_font("small"))
            painter.setPen(style.INK_SOFT)
            painter.drawText(QPointF(left, base + small_mid), _elide("small", foot, badge_x - left - 4))

    # ---- gestures (forwarded to the scene) ------------------------------------------------
    def _journey_scene(self) -> JourneyScene | None:
        return self.scene()  # type: ignore[return-value]

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Select (Qt's rules for Ctrl+click) and get ready to drag."""
        scene = self._journey_scene()
        if (event.button() == Qt.MouseButton.LeftButton and self.note_count
                and self.notes_badge_rect().contains(event.pos()) and scene is not None):
            scene.notes_requested.emit(self.card.id)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and scene is not None:
            scene.card_drag.press(self, event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Move the selection with the mouse (nothing is written until release)."""
        scene = self._journey_scene()
        if scene is not None:
            scene.card_drag.move(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Drop the selection: the scene emits one intent."""
        scene = self._journey_scene()
        dragged = scene is not None and scene.card_drag.release(event)
        if not dragged:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Edit the title in place."""
        scene = self._journey_scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.title_edit_requested.emit(self.card.id)

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Ask for the card's menu (the window builds it)."""
        scene = self._journey_scene()
        if scene is None:
            return
        if not self.isSelected():
            scene.clearSelection()
            self.setSelected(True)
        scene.card_menu_requested.emit(self.card.id, event.screenPos())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

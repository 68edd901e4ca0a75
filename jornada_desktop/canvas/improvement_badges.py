"""A badge on each card that carries improvements of the backlog (opportunities above all): the count.

`ImprovementBadges(scene)` follows the scene's `layout_changed`; each badge is a child of its card
item, so it moves, hides and exports with the card.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jornada_desktop.canvas import painting, style
from jornada_desktop.model.insights import improvement_counts

BADGE_COLOR = QColor("#2E8B57")
BADGE_H = 20.0


class ImprovementBadgeItem(QGraphicsItem):
    """A green pill at a card's top-right corner: an up arrow and the number of improvements."""

    def __init__(self, count: int, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.count = 0
        self._width = 28.0
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_count(count)

    def set_count(self, count: int) -> None:
        """Show another count."""
        if count != self.count:
            self.prepareGeometryChange()
            self.count = count
            self._width = style.metrics("badge").horizontalAdvance(self.text()) + 28
            self.setToolTip(QCoreApplication.translate(
                "ImprovementBadges", "%n improvement(s) in the backlog", "", count))
            self.setPos(style.CARD_W - self.width() + 6, -BADGE_H / 2)
            self.update()

    def text(self) -> str:
        """The number shown."""
        return str(min(self.count, 99))

    def width(self) -> float:
        """The pill's width (measured when the count changes: Qt asks for the bounds often)."""
        return self._width

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The pill."""
        return QRectF(0, 0, self.width(), BADGE_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Pill, arrow, number."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect()
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(BADGE_COLOR)
        painter.drawPath(painting.badge_path(rect))
        arrow = QPainterPath()
        arrow.moveTo(QPointF(9, 14))
        arrow.lineTo(QPointF(9, 6))
        arrow.moveTo(QPointF(5.5, 9.5))
        arrow.lineTo(QPointF(9, 6))
        arrow.lineTo(QPointF(12.5, 9.5))
        painter.setPen(QPen(QColor("#FFFFFF"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(arrow)
        painter.setFont(style.shared_font("badge"))
        painter.drawText(QRectF(16, 0, rect.width() - 20, rect.height()), Qt.AlignmentFlag.AlignCenter, self.text())


class ImprovementBadges(QObject):
    """Keeps one badge on each card of the scene that has improvements linked to it."""

    def __init__(self, scene: QObject) -> None:
        super().__init__(scene)
        self.scene = scene
        self.badges: dict[int, ImprovementBadgeItem] = {}
        scene.layout_changed.connect(self.sync)  # type: ignore[attr-defined]
        self.sync()

    def sync(self) -> None:
        """Add, update and remove badges from the workspace's counts."""
        scene = self.scene
        if scene.ws.get("journeys", scene.journey_id) is None:  # type: ignore[attr-defined]
            counts: dict[int, int] = {}
        else:
            counts = improvement_counts(scene.ws, scene.journey_id)  # type: ignore[attr-defined]
        card_items = scene.card_items  # type: ignore[attr-defined]
        for card_id in list(self.badges):
            badge = self.badges[card_id]
            if not shiboken6.isValid(badge):  # its card item is gone, and the badge with it
                del self.badges[card_id]
                continue
            if counts.get(card_id, 0) == 0 or card_items.get(card_id) is not badge.parentItem():
                badge.setParentItem(None)
                if badge.scene() is not None:
                    badge.scene().removeItem(badge)
                del self.badges[card_id]
        for card_id, count in counts.items():
            item = card_items.get(card_id)
            if item is None or count <= 0:
                continue
            badge = self.badges.get(card_id)
            if badge is None:
                self.badges[card_id] = ImprovementBadgeItem(count, item)
            else:
                badge.set_count(count)

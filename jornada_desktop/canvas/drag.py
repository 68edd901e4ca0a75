"""Dragging cards: only the items move while the mouse is down; one intent is emitted at release.

A mouse-move costs a few `setPos` calls and a bisect in the layout (no rebuild, no model access).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsSceneMouseEvent

from jornada_desktop.canvas.layout import Cell

if TYPE_CHECKING:
    from jornada_desktop.canvas.card_item import CardItem
    from jornada_desktop.canvas.scene import JourneyScene

Z_DRAGGED = 15.0

Move = tuple[int, Cell, int]  # (card id, target cell, index in the target cell)


class CardDrag:
    """The state of one card drag (press, moves, release) for a scene."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        self.items: list[CardItem] = []
        self.origins: list[QPointF] = []
        self.press_pos: QPointF | None = None
        self.pressed: CardItem | None = None
        self.active = False
        self.target: tuple[Cell, int] | None = None

    def press(self, item: CardItem, event: QGraphicsSceneMouseEvent) -> None:
        """Remember where the mouse went down (a drag starts once it moved far enough)."""
        self.pressed = item
        self.press_pos = event.scenePos()
        self.active = False
        self.target = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        """Move the dragged items with the mouse and show where they would land."""
        if self.press_pos is None or self.pressed is None or self.scene.read_only:
            return
        if not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if not self.active:
            moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if moved.manhattanLength() < QApplication.startDragDistance():
                return
            self._start()
        delta = event.scenePos() - self.press_pos
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setPos(origin + delta)
        self.target = self.scene.drop_target(event.scenePos(), {i.card_id for i in self.items})
        self.scene.show_drop_hint(self.target, {i.card_id for i in self.items})

    def _start(self) -> None:
        assert self.pressed is not None
        selected = [i for i in self.scene.selected_card_items() if i is not self.pressed]
        if not self.pressed.isSelected():
            selected = []
        self.items = [self.pressed, *selected]
        self.items.sort(key=self.scene.reading_order)
        self.origins = [i.pos() for i in self.items]
        for item in self.items:
            item.setZValue(Z_DRAGGED)
        self.active = True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        """End the drag: emit the moves (the editor ignores a drop where it began). True if it was a drag."""
        was_active = self.active
        if was_active:
            moves = self.planned_moves()
            self._finish()
            if moves:
                self.scene.cards_moved.emit(moves)
        self._reset()
        return was_active

    def planned_moves(self) -> list[Move]:
        """The moves a drop at the current target means: the items in reading order, one after another."""
        if self.target is None:
            return []
        cell, index = self.target
        return [(item.card_id, cell, index + k) for k, item in enumerate(self.items)]

    def cancel(self) -> bool:
        """Abort a drag in progress (Escape): everything goes back. True if there was one."""
        if not self.active:
            return False
        self._finish()
        self._reset()
        return True

    def _finish(self) -> None:
        for item in self.items:
            item.setZValue(1)
        self.scene.show_drop_hint(None, set())
        self.scene.place_cards([i.card_id for i in self.items])

    def _reset(self) -> None:
        self.items = []
        self.origins = []
        self.press_pos = None
        self.pressed = None
        self.active = False
        self.target = None

"""The view over a journey scene: zoom, pan, keyboard movement, in-place editing, palette drops.

- Ctrl+wheel zooms around the cursor; `fit()` (Ctrl+0) shows the whole map.
- Space+drag or middle-drag pans; a drag on empty space draws a rubber band; Ctrl+click adds.
- Arrow keys move the selection between cards (and empty cells); Alt+arrows move the selected
  cards; Enter (or F2) edits the selected card's title, and Enter on an empty cell starts a new
  card there; Escape cancels a drag or an edit.
- A card kind dragged from the palette (mime type `PALETTE_MIME`) is created where it is dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QWidget

from jornada_desktop.canvas import navigation, style
from jornada_desktop.canvas.layout import Cell
from jornada_desktop.canvas.mime import PALETTE_MIME
from jornada_desktop.canvas.scene import JourneyScene
from jornada_desktop.model import vocabulary as v

MIN_ZOOM = 0.15
MAX_ZOOM = 3.0
ZOOM_STEP = 1.2

def new_card_label(kind: str) -> str:
    """"New touchpoint", "Nova ação"…: a name per card kind (an article and adjective that agree with
    it in the language, which "New %1" could not)."""
    labels = {
        "touchpoint": QCoreApplication.translate("CardKinds", "New touchpoint"),
        "action": QCoreApplication.translate("CardKinds", "New action"),
        "pain_point": QCoreApplication.translate("CardKinds", "New pain point"),
        "opportunity": QCoreApplication.translate("CardKinds", "New opportunity"),
        "note": QCoreApplication.translate("CardKinds", "New note"),
        "text": QCoreApplication.translate("CardKinds", "New text"),
    }
    return labels.get(kind, QCoreApplication.translate("CardKinds", "New card"))


@dataclass
class TypedText:
    """Text typed in an in-place editor on its way to the file (the `text_typed` signal).

    One editor is one `session`: every save it makes (a pause in typing, then Enter or leaving it)
    is one undo step. A slot that creates a new card writes its id into `entity_id`, so the next
    save of the same editor changes that card instead of adding another.
    """

    target: str  # 'new_card' | 'title' | 'stage' | 'lane'
    entity_id: int | None  # the card, stage or lane (None: a new card not saved yet)
    text: str
    session: tuple[int, int]
    kind: str = ""  # the new card's kind
    cell: Cell | None = None  # the new card's cell
    discard: bool = False  # Escape on a new card already saved: take it away again


class InlineEditor(QLineEdit):
    """A one-line editor laid over the canvas.

    Enter commits and closes it (the key goes nowhere else), Escape cancels, leaving commits, and
    a pause of `PAUSE_MS` in typing saves the text so far (`progress`), so nothing typed is lost
    when the window closes or the power goes.
    """

    PAUSE_MS = 1000
    closed = Signal()  # committed or cancelled: the editor is going away

    def __init__(self, parent: QWidget, commit: Callable[[str, bool], None],
                 progress: Callable[[str], None] | None = None, cancel: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._progress = progress
        self._cancel = cancel
        self._done = False
        self.saved_text = ""  # what `progress` last saved
        self.scene_rect = QRectF()  # where it lies on the map
        self.setObjectName("inlineEditor")
        self.setFrame(True)
        self.setStyleSheet("QLineEdit#inlineEditor { border: 2px solid #2563EB; border-radius: 4px;"
                           " padding: 2px 6px; background: white; color: #1F2933; }")
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(self.PAUSE_MS)
        self.pause.timeout.connect(self.save_progress)
        self.textEdited.connect(lambda _text: self.pause.start())

    def save_progress(self) -> None:
        """Save the text typed so far (the editor stays open)."""
        self.pause.stop()
        text = self.text().strip()
        if self._done or self._progress is None or not text or text == self.saved_text:
            return
        self.saved_text = text
        self._progress(text)

    def finish(self, by_enter: bool = False) -> None:
        """Commit the text (once); `by_enter` when the person pressed Enter."""
        if self._done:
            return
        self._done = True
        self.pause.stop()
        text = self.text().strip() or self.saved_text
        self.hide()
        self.deleteLater()
        self.closed.emit()
        if text:
            self._commit(text, by_enter)

    def cancel(self) -> None:
        """Close without committing (what a pause already saved is put back by `cancel`)."""
        if self._done:
            return
        self._done = True
        self.pause.stop()
        self.hide()
        self.deleteLater()
        self.closed.emit()
        if self._cancel is not None and self.saved_text:
            self._cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter commits, Escape cancels; neither key reaches the canvas below."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.finish(by_enter=True)
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            parent = self.parentWidget()
            self.cancel()
            if parent is not None:
                parent.setFocus()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the editor commits it."""
        super().focusOutEvent(event)
        if not self._done:
            self.finish()


class JourneyView(QGraphicsView):
    """The canvas widget of the window."""

    zoom_changed = Signal(float)
    text_typed = Signal(object)  # TypedText: a title, a stage or lane name, a new card

    def __init__(self, scene: JourneyScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Journey map"))
        self._space = False
        self._pan_from: QPoint | None = None
        self.editor: InlineEditor | None = None
        self._sessions = itertools.count(1)
        if scene is not None:
            self.set_journey_scene(scene)

    # ---- scene -----------------------------------------------------------------------------
    def journey_scene(self) -> JourneyScene | None:
        """The scene shown, if any."""
        scene = self.scene()
        return scene if isinstance(scene, JourneyScene) else None

    def set_journey_scene(self, scene: JourneyScene | None) -> None:
        """Show another journey (or nothing)."""
        self.close_editor(commit=False)
        self.setScene(scene)
        # A scene's background brush paints every exposed pixel, so the viewport is opaque while
        # one is shown: with the app's style sheet (a focus border on views) Qt would otherwise
        # repaint the view's frame, the central widget and the main window under every moved card.
        # Without a scene the styled background must show (an opaque viewport would stay black).
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, scene is not None)
        if scene is not None:
            scene.title_edit_requested.connect(self.edit_title)
            scene.header_rename_requested.connect(self.edit_header)
            scene.cell_activated.connect(self.start_new_card)
            scene.layout_changed.connect(self._pin)
        self.scroll_to_start()
        QTimer.singleShot(0, self.scroll_to_start)  # again once the window has its final size

    def scroll_to_start(self) -> None:
        """Show the map's top-left corner."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._pin()

    def _pin(self) -> None:
        scene = self.journey_scene()
        if scene is not None:
            scene.pin_headers(self.mapToScene(QPoint(0, 0)))

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        """Keep the headers pinned and an open in-place editor over its place while scrolling."""
        super().scrollContentsBy(dx, dy)
        self._pin()
        self._place_editor()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Keep the headers pinned when the window changes size."""
        super().resizeEvent(event)
        self._pin()

    # ---- zoom ------------------------------------------------------------------------------
    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to a factor (clamped), keeping the scene point under `anchor` (viewport) in place."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-6:
            return
        if anchor is None:
            anchor = self.viewport().rect().center()
        before = self.mapToScene(anchor)
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor / current, factor / current)
        after = self.mapToScene(anchor)
        delta = after - before
        self.translate(delta.x(), delta.y())
        self.setTransformationAnchor(old_anchor)
        self._pin()
        self._place_editor()
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        """Zoom in one step around the centre."""
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step around the centre."""
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        """Back to 100 %."""
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole map (never larger than 100 %)."""
        scene = self.journey_scene()
        if scene is None:
            return
        rect = scene.export_rect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        factor = min(view.width() / rect.width(), view.height() / rect.height(), 1.0) * 0.98
        factor = max(MIN_ZOOM, factor)
        current = self.zoom()
        self.scale(factor / current, factor / current)
        self.scroll_to_start()
        self._place_editor()
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+wheel zooms around the cursor; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps), event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    # ---- panning -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Middle button or space+left button pans; otherwise the scene handles the press."""
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self.editor is not None:
            self.close_editor(commit=True)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Pan, or let the scene move what is dragged."""
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """End a pan."""
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton,
                                                             Qt.MouseButton.LeftButton):
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Releasing space ends pan mode."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Forget a held space when focus leaves."""
        self._space = False
        super().focusOutEvent(event)

    # ---- keyboard ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows, Alt+arrows, Enter, F2, Escape and space (pan)."""
        scene = self.journey_scene()
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if scene is None:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and mods == Qt.KeyboardModifier.NoModifier:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        directions = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
                      Qt.Key.Key_Down: "down"}
        if key in directions:
            if mods == Qt.KeyboardModifier.AltModifier:
                self.move_selection(directions[key])
            else:
                self.step_cursor(directions[key], extend=bool(mods & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            selected = scene.selected_card_ids()
            if len(selected) == 1:
                self.edit_title(selected[0])
            elif not selected and scene.current_cell is not None:
                self.start_new_card(scene.current_cell)
            event.accept()
            return
        if key == Qt.Key.Key_F2:
            selected = scene.selected_card_ids()
            if selected:
                self.edit_title(selected[0])
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if not scene.card_drag.cancel():
                scene.clearSelection()
            event.accept()
            return
        super().keyPressEvent(event)

    def _cursor_position(self) -> navigation.Position | None:
        scene = self.journey_scene()
        assert scene is not None
        items = scene.selected_card_items()
        if items:
            card = items[-1].card
            cell = (card.stage_id, card.lane_id)
            ids = scene.layout.cells.get(cell, [])
            return cell, (ids.index(card.id) if card.id in ids else None)
        if scene.current_cell is not None and scene.layout.cell_rect(scene.current_cell) is not None:
            ids = scene.layout.cells.get(scene.current_cell, [])
            return scene.current_cell, (0 if ids else None)
        return None

    def step_cursor(self, direction: str, extend: bool = False) -> None:
        """Move the selection to the next card (or empty cell) in a direction."""
        scene = self.journey_scene()
        if scene is None:
            return
        position = self._cursor_position()
        if position is None:
            position = navigation.first_position(scene.layout)
            if position is None:
                return
        else:
            position = navigation.step(scene.layout, position, direction)
        cell, index = position
        if index is None:
            if not extend:
                scene.clearSelection()
            scene.set_current_cell(cell)
            rect = scene.layout.cell_rect(cell)
            if rect is not None:
                self.ensureVisible(QRectF(*rect), 40, 40)
            return
        card_id = scene.layout.cells[cell][index]
        keep = scene.selected_card_ids() if extend else []
        scene.select_cards([*keep, card_id])
        item = scene.card_items[card_id]
        self.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def move_selection(self, direction: str) -> None:
        """Move the selected cards one cell left/right, or one place up/down (Alt+arrows)."""
        scene = self.journey_scene()
        if scene is None or scene.read_only:
            return
        items = scene.selected_card_items()
        if not items:
            return
        first = items[0].card
        cell = (first.stage_id, first.lane_id)
        ids = [i for i in scene.layout.cells.get(cell, []) if i not in {it.card_id for it in items}]
        index = scene.layout.cells.get(cell, []).index(first.id) if first.id in scene.layout.cells.get(cell, []) else 0
        if direction in ("left", "right"):
            target, _ = navigation.step(scene.layout, (cell, None), direction)
            if target == cell:
                return
            index = min(index, len(scene.layout.cells.get(target, [])))
            cell = target
        elif direction == "up":
            if index > 0:
                index -= 1
            else:
                target, _ = navigation.step(scene.layout, (cell, None), "up")
                if target == cell:
                    return
                cell, index = target, len(scene.layout.cells.get(target, []))
        else:
            if index < len(ids):
                index += 1
            else:
                target, _ = navigation.step(scene.layout, (cell, None), "down")
                if target == cell:
                    return
                cell, index = target, 0
        moves = [(it.card_id, cell, index + k) for k, it in enumerate(items)]
        scene.cards_moved.emit(moves)
        QTimer.singleShot(0, lambda: self._reveal_selection())

    def _reveal_selection(self) -> None:
        scene = self.journey_scene()
        if scene is not None:
            items = scene.selected_card_items()
            if items:
                self.ensureVisible(items[0].sceneBoundingRect(), 60, 60)

    # ---- in-place editing ------------------------------------------------------------------------
    def close_editor(self, commit: bool = True) -> None:
        """Close the in-place editor if open (committing what was typed, unless `commit` is False)."""
        editor, self.editor = self.editor, None
        if editor is not None:
            if commit:
                editor.finish()
            else:
                editor.cancel()

    def save_typing(self) -> None:
        """Save what the open in-place editor holds now, leaving it open."""
        if self.editor is not None:
            self.editor.save_progress()

    def _session(self) -> tuple[int, int]:
        return (id(self), next(self._sessions))

    def _open_editor(self, scene_rect: QRectF, text: str, commit: Callable[[str, bool], None],
                     placeholder: str = "", progress: Callable[[str], None] | None = None,
                     cancel: Callable[[], None] | None = None) -> InlineEditor:
        self.close_editor(commit=True)
        self.ensureVisible(scene_rect, 40, 40)
        editor = InlineEditor(self.viewport(), commit, progress, cancel)
        font = style.font("title")
        font.setPixelSize(max(10, round(font.pixelSize() * self.zoom())))
        editor.setFont(font)
        editor.scene_rect = scene_rect
        self.editor = editor
        self._place_editor()
        editor.setText(text)
        editor.setPlaceholderText(placeholder)
        editor.selectAll()
        editor.show()
        editor.setFocus()
        editor.closed.connect(lambda: self._forget_editor(editor))
        return editor

    def _place_editor(self) -> None:
        """Lay the open editor over its place in the scene (after a scroll or a zoom too)."""
        editor = self.editor
        if editor is None:
            return
        rect = self.mapFromScene(editor.scene_rect).boundingRect()
        height = max(rect.height(), editor.sizeHint().height())
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 160), height)

    def _forget_editor(self, editor: InlineEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def _rename_editor(self, target: str, entity_id: int, current: str, area: QRectF) -> None:
        """An editor over a card title or a header: each save renames, Escape puts the name back."""
        session = self._session()

        def save(text: str) -> None:
            self.text_typed.emit(TypedText(target, entity_id, text, session))

        def commit(text: str, by_enter: bool) -> None:
            save(text)
            if by_enter:  # (left by a click elsewhere: the focus stays where the person put it)
                self.setFocus()

        self._open_editor(area, current, commit, progress=save, cancel=lambda: save(current))

    def edit_title(self, card_id: int) -> None:
        """Edit a card's title in place (double-click, F2, Enter)."""
        scene = self.journey_scene()
        if scene is None or scene.read_only:
            return
        item = scene.card_items.get(card_id)
        if item is None:
            return
        scene.select_cards([card_id])
        rect = item.sceneBoundingRect()
        area = QRectF(rect.left() + 8, rect.top() + 28, rect.width() - 16, 34)
        self._rename_editor("title", card_id, item.card.title, area)

    def edit_header(self, kind: str, entity_id: int) -> None:
        """Rename a stage or a lane in place (not while the structure is locked: it says why)."""
        scene = self.journey_scene()
        if scene is None or scene.read_only or scene.refuse_if_locked():
            return
        items = scene.stage_items if kind == "stage" else scene.lane_items
        item = items.get(entity_id)
        if item is None:
            return
        rect = item.sceneBoundingRect()
        area = QRectF(rect.left() + 8, rect.top() + 12, rect.width() - 16, 36)
        entity = item.stage if kind == "stage" else item.lane  # type: ignore[attr-defined]
        current = entity.name if kind == "stage" else entity.title
        self._rename_editor(kind, entity_id, current, area)

    def start_new_card(self, cell: Cell, kind: str | None = None) -> None:
        """Type the title of a new card at the end of a cell.

        Enter adds it and opens an empty editor for the next card in the same cell (fast
        capture); Escape ends the capture; a pause in typing already saves the card.
        """
        scene = self.journey_scene()
        if scene is None or scene.read_only:
            return
        lane = scene.ws.get("lanes", cell[1])
        if lane is None:
            return
        kind = kind or v.DEFAULT_CARD_KIND_FOR_LANE.get(lane.kind, "touchpoint")
        count = len(scene.layout.cells.get(cell, []))
        y = scene.layout.insertion_y(cell, count) + style.CARD_GAP / 2
        rect = scene.layout.cell_rect(cell)
        if rect is None:
            return
        scene.clearSelection()
        scene.set_current_cell(cell)
        area = QRectF(rect[0] + style.CELL_PAD, y, style.CARD_W, 36)
        draft = TypedText("new_card", None, "", self._session(), kind, cell)

        def save(text: str) -> None:
            draft.text = text
            self.text_typed.emit(draft)

        def commit(text: str, by_enter: bool) -> None:
            save(text)
            if by_enter and self.journey_scene() is scene and draft.entity_id is not None:
                self.start_new_card(cell, kind)  # the next card of the same cell
            elif by_enter:
                self.setFocus()

        def discard() -> None:
            draft.discard = True
            self.text_typed.emit(draft)

        placeholder = self.tr("%1 — type a title, Enter to add").replace("%1", new_card_label(kind))
        self._open_editor(area, "", commit, placeholder, progress=save, cancel=discard)

    # ---- palette drops ----------------------------------------------------------------------------
    def _drop_allowed(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        scene = self.journey_scene()
        return scene is not None and not scene.read_only and event.mimeData().hasFormat(PALETTE_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept card kinds from the palette."""
        if self._drop_allowed(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        """Show the cell and the place the new card would take."""
        scene = self.journey_scene()
        if scene is None or not self._drop_allowed(event):
            event.ignore()
            return
        target = scene.drop_target(self.mapToScene(event.position().toPoint()))
        scene.show_drop_hint(target)
        if target is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        """Hide the hint."""
        scene = self.journey_scene()
        if scene is not None:
            scene.show_drop_hint(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Create a card of the dropped kind in the cell under the drop."""
        scene = self.journey_scene()
        if scene is None or not self._drop_allowed(event):
            event.ignore()
            return
        scene.show_drop_hint(None)
        kind = bytes(event.mimeData().data(PALETTE_MIME).data()).decode("utf-8", "replace").strip()
        if kind not in v.CARD_KINDS:
            event.ignore()
            return
        if scene.request_card(kind, self.mapToScene(event.position().toPoint())):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def viewport_point(self, scene_point: QPointF) -> QPoint:
        """A scene point in viewport coordinates (handy for tests and tools)."""
        return self.mapFromScene(scene_point)

"""The journey canvas: stages across, lanes down, cards in cells, the experience curve.

Use it standalone (for example to export an image)::

    scene = JourneyScene(document, journey_id)   # a Document (follows its changes) or a Workspace
    scene.set_export_mode(True)                  # no selection, focus or drop hints; headers at the edges
    rect = scene.export_rect()                   # the whole map, headers included
    image = QImage(rect.size().toSize(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()

The scene never changes the document. Gestures end in intents (signals): `cards_moved`,
`card_requested`, `stages_reordered`, `lanes_reordered`, `emotion_changed`, plus requests for
menus and in-place editing; the editing layer turns intents into undoable commands. When the
document reports a change, the scene updates only the items concerned (idempotently) and moves
items whose place changed; nothing is rebuilt while the mouse moves.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPixmapCache
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QToolTip,
)

from jornada_desktop.canvas import style
from jornada_desktop.canvas.card_item import CardItem
from jornada_desktop.canvas.drag import CardDrag
from jornada_desktop.canvas.emotion_curve import EmotionCurveItem, EmotionMarkerItem
from jornada_desktop.canvas.grid_item import GridItem
from jornada_desktop.canvas.header_items import CornerItem, HeaderItem, LaneHeaderItem, StageHeaderItem
from jornada_desktop.canvas.layout import Cell, GridLayout, compute_layout
from jornada_desktop.model.entities import Card
from jornada_desktop.model.workspace import Workspace

Z_HINT = 14.0


FACE_CACHE_KB = 128 * 1024


class JourneyScene(QGraphicsScene):
    """The canvas of one journey of a document (or of a bare workspace, for exports)."""

    cards_moved = Signal(object)  # list[(card_id, (stage_id, lane_id), index)]
    card_requested = Signal(object)  # dict: journey_id, stage_id, lane_id, kind, index[, title]
    stages_reordered = Signal(object)  # list of stage ids in the new order
    lanes_reordered = Signal(object)  # list of lane ids in the new order
    emotion_changed = Signal(int, int)  # card id, new valence
    title_edit_requested = Signal(int)  # card id
    header_rename_requested = Signal(str, int)  # 'stage' | 'lane', id
    refused = Signal(str)  # a gesture refused before it began, and why (for the status bar)
    card_menu_requested = Signal(int, object)  # card id, QPoint (screen)
    header_menu_requested = Signal(str, int, object)  # 'stage' | 'lane', id, QPoint (screen)
    cell_menu_requested = Signal(object, object)  # cell, QPoint (screen)
    cell_activated = Signal(object)  # cell: double-click on an empty place of a cell
    notes_requested = Signal(int)  # card id: its note badge was clicked
    current_cell_changed = Signal(object)  # cell or None
    layout_changed = Signal()
    journey_removed = Signal()
    # Cards came onto or left this canvas after a document change (`card_items` holds them now):
    # what counts them follows this, not `Document.changed`, which may reach it first.
    cards_changed = Signal()

    def __init__(self, source: Any, journey_id: int, parent: Any = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self.document = source if hasattr(source, "ws") else None
        self.ws: Workspace = source.ws if self.document is not None else source
        self.journey_id = journey_id
        self.lang = lang or style.ui_lang()
        self.export_mode = False
        # The faces of the emotions lanes are kept as pictures on screen (a drag over them blits
        # instead of redrawing): room for a big map's worth of them (Qt's default is 10 MB).
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), FACE_CACHE_KB))
        self.hidden_stages: set[int] = set()
        self.card_items: dict[int, CardItem] = {}
        self._placed_changed = False  # an item came or went while following a change
        self.stage_items: dict[int, StageHeaderItem] = {}
        self.lane_items: dict[int, LaneHeaderItem] = {}
        self.curve_items: dict[int, EmotionCurveItem] = {}
        self.marker_items: dict[tuple[int, int], EmotionMarkerItem] = {}
        self._note_parent: dict[int, int] = {}
        self.current_cell: Cell | None = None
        self._pin = QPointF(0, 0)
        self.layout: GridLayout = compute_layout(self.ws, journey_id, self.hidden_stages)
        self.card_drag = CardDrag(self)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(style.CANVAS_BG)
        self.grid_item = GridItem(lambda: self.layout)
        self.addItem(self.grid_item)
        journey = self.ws.get("journeys", journey_id)
        self.corner = CornerItem(journey.title if journey else "")
        self.addItem(self.corner)
        self._make_hint_items()
        self._build_cards()
        self._sync_headers()
        self._relayout(self.layout)  # (laid out above; nothing it reads changed since)
        self.selectionChanged.connect(self.selection_changed_hook)
        if self.document is not None:
            self.document.changed.connect(self.apply_change)

    # ---- state ---------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """Whether gestures that change things are refused (read-only file or a bare workspace)."""
        return self.document is None or bool(self.document.read_only)

    def _make_hint_items(self) -> None:
        hint = QColor(style.DROP_HINT)
        hint.setAlpha(28)
        self.drop_cell = QGraphicsRectItem()
        self.drop_cell.setBrush(QBrush(hint))
        self.drop_cell.setPen(QPen(style.DROP_HINT, 1.5, Qt.PenStyle.DashLine))
        self.drop_line = QGraphicsRectItem()
        self.drop_line.setBrush(style.DROP_HINT)
        self.drop_line.setPen(Qt.PenStyle.NoPen)
        self.focus_item = QGraphicsRectItem()
        self.focus_item.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        self.focus_item.setBrush(Qt.BrushStyle.NoBrush)
        self.empty_hint = QGraphicsSimpleTextItem()
        self.empty_hint.setFont(style.font("header"))
        self.empty_hint.setBrush(style.INK_SOFT)
        for item in (self.drop_cell, self.drop_line, self.focus_item):
            item.setZValue(Z_HINT)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setVisible(False)
            self.addItem(item)
        self.empty_hint.setVisible(False)
        self.addItem(self.empty_hint)

    # ---- building and following the document ------------------------------------------------
    def _cards(self) -> list[Card]:
        return self.ws.cards(self.journey_id)

    def _build_cards(self) -> None:
        counts: dict[int, int] = {}
        placed: list[Card] = []
        for card in self._cards():
            if card.parent_id is None:
                placed.append(card)
            else:
                counts[card.parent_id] = counts.get(card.parent_id, 0) + 1
                self._note_parent[card.id] = card.parent_id
        for card in placed:
            item = CardItem(card, counts.get(card.id, 0), self.lang)
            self.card_items[card.id] = item
            self.addItem(item)

    def apply_change(self, change: Any) -> None:
        """Follow a document change (a ChangeSet): update touched items, then move what moved."""
        journey = self.ws.get("journeys", self.journey_id)
        if journey is None:
            had_cards = bool(self.card_items)
            self._remove_everything()
            if had_cards:
                self.cards_changed.emit()
            self.journey_removed.emit()
            return
        self.corner.set_title(journey.title)
        if self._text_only(change):
            # A title, a channel, a colour…: cards keep their size and place, the curve its points,
            # so only those cards repaint (typing in a 10,000-card map stays instant).
            for card_id in change.updated.get("cards", set()):
                item = self.card_items.get(card_id)
                card = self.ws.get("cards", card_id)
                if item is not None and card is not None:
                    item.set_card(card)
                    for lane in self.layout.emotion_lanes():  # the marker's tooltip names the card
                        marker = self.marker_items.get((lane.id, card_id))
                        if marker is not None:
                            marker.set_value(marker.value, card.title)
            return
        added = change.added.get("cards", set())
        updated = change.updated.get("cards", set())
        removed = change.removed.get("cards", set())
        self._placed_changed = False
        parents: set[int] = set()
        for card_id in removed:
            self._drop_card_item(card_id)
            if card_id in self._note_parent:
                parents.add(self._note_parent.pop(card_id))
        for card_id in added | updated:
            card = self.ws.get("cards", card_id)
            old_parent = self._note_parent.pop(card_id, None)
            if old_parent is not None:
                parents.add(old_parent)
            if card is None or card.journey_id != self.journey_id:
                self._drop_card_item(card_id)
                continue
            if card.parent_id is not None:
                self._drop_card_item(card_id)
                self._note_parent[card_id] = card.parent_id
                parents.add(card.parent_id)
                continue
            item = self.card_items.get(card_id)
            if item is None:
                item = CardItem(card, len(self.ws.notes_of(card_id)), self.lang)
                self.card_items[card_id] = item
                self.addItem(item)
                self._placed_changed = True
            else:
                item.set_card(card)
        for parent_id in parents:
            item = self.card_items.get(parent_id)
            if item is not None:
                item.set_card(item.card, len(self.ws.notes_of(parent_id)))
        self.hidden_stages &= {s.id for s in self.ws.stages(self.journey_id)}
        if change.touches("stages", "lanes"):
            self._sync_headers()
        self._relayout()
        if self._placed_changed:
            self.cards_changed.emit()

    # Card fields that change neither a card's place nor its size nor the curves.
    TEXT_FIELDS = frozenset({"title", "body", "channel", "department", "emotion_label", "evidence", "color",
                             "participant", "updated_at"})

    def _text_only(self, change: Any) -> bool:
        """Whether a change only rewrote text-like fields of cards already on this canvas."""
        if change.added or change.removed or set(change.updated) != {"cards"} \
                or not change.updated_columns("cards") <= self.TEXT_FIELDS:
            return False
        for card_id in change.updated["cards"]:
            card = self.ws.get("cards", card_id)
            if card is None or card.journey_id != self.journey_id or card_id not in self.card_items:
                return False
        return True

    def _drop_card_item(self, card_id: int) -> None:
        item = self.card_items.pop(card_id, None)
        if item is not None:
            self.removeItem(item)
            self._placed_changed = True

    def _remove_everything(self) -> None:
        for item in list(self.card_items.values()):
            self.removeItem(item)
        self.card_items.clear()
        self.hidden_stages.clear()
        self.layout = GridLayout([], [], [], [], [], {}, {}, {})
        self._sync_headers()
        self._sync_emotions()
        self.grid_item.sync()

    def _sync_headers(self) -> None:
        """Create, update and remove header items to match the stages and lanes."""
        stages = {s.id for s in self.ws.stages(self.journey_id)}
        lanes = {ln.id for ln in self.ws.lanes(self.journey_id)}
        for table, items in (("stages", self.stage_items), ("lanes", self.lane_items)):
            keep = stages if table == "stages" else lanes
            for entity_id in [i for i in items if i not in keep or self.ws.get(table, i) is None]:
                self.removeItem(items.pop(entity_id))

    def set_stage_hidden(self, stage_id: int, hidden: bool) -> None:
        """Hide or show a stage's column in this view (not saved in the file)."""
        if hidden:
            self.hidden_stages.add(stage_id)
        else:
            self.hidden_stages.discard(stage_id)
        self._relayout()

    def restyle(self) -> None:
        """Follow a new card text size (`style.set_card_text_size`): cards resize, rows follow."""
        for item in self.card_items.values():
            item.restyle()
        self._relayout()

    def refresh(self) -> None:
        """Recompute everything from the workspace (after a change made outside the document)."""
        for item in list(self.card_items.values()):
            self.removeItem(item)
        self.card_items.clear()
        self._note_parent.clear()
        self._build_cards()
        self._sync_headers()
        self._relayout()
        self.cards_changed.emit()

    # ---- layout ---------------------------------------------------------------------------
    def _sync_raters(self) -> None:
        """Each card shows a dot per persona that rated it (in the persona's colour)."""
        colors = {p.id: (link.color or p.color) for link, p in self.ws.journey_personas(self.journey_id)}
        raters: dict[int, list[tuple[str, str]]] = {}
        for rating in self.ws.ratings(self.journey_id):
            persona = self.ws.get("personas", rating.persona_id)
            pair = (colors.get(rating.persona_id, persona.color), persona.name)
            if pair not in raters.setdefault(rating.card_id, []):
                raters[rating.card_id].append(pair)
        for card_id, item in self.card_items.items():
            item.set_raters(tuple(raters.get(card_id, ())))

    def _relayout(self, layout: GridLayout | None = None) -> None:
        """Put every item where the layout says (items already in place are left alone)."""
        if layout is None:
            layout = compute_layout(self.ws, self.journey_id, self.hidden_stages)
        self.layout = layout
        self._sync_raters()
        shown_stages = {s.id for s in layout.stages}
        for card_id, item in self.card_items.items():
            xy = layout.card_xy.get(card_id)
            stage_hidden = item.card.stage_id not in shown_stages
            if xy is None or stage_hidden:
                item.setVisible(False)
                continue
            item.setVisible(True)
            if item.pos().x() != xy[0] or item.pos().y() != xy[1]:
                item.setPos(xy[0], xy[1])
        counts: dict[int, int] = {}
        for (stage_id, _lane_id), ids in layout.cells.items():
            counts[stage_id] = counts.get(stage_id, 0) + len(ids)
        for index, stage in enumerate(layout.stages):
            item = self.stage_items.get(stage.id)
            if item is None:
                item = self.stage_items[stage.id] = StageHeaderItem(stage, index, counts.get(stage.id, 0))
                self.addItem(item)
            item.set_stage(stage, index, counts.get(stage.id, 0))
            item.setVisible(True)
        for stage_id, item in self.stage_items.items():
            if stage_id not in shown_stages:
                item.setVisible(False)
        shown_lanes = {ln.id for ln in layout.lanes}
        for r, lane in enumerate(layout.lanes):
            item = self.lane_items.get(lane.id)
            band = layout.band_h.get(lane.id, 0.0)
            if item is None:
                item = self.lane_items[lane.id] = LaneHeaderItem(lane, layout.row_h[r], self.lang, band)
                self.addItem(item)
            item.set_lane(lane, layout.row_h[r], band)
            item.setVisible(True)
        for lane_id, item in self.lane_items.items():
            if lane_id not in shown_lanes:
                item.setVisible(False)
        self.grid_item.sync()
        self._sync_emotions()
        self._place_headers()
        self._update_empty_hint()
        self.setSceneRect(self.export_rect().adjusted(0, 0, style.MARGIN, style.MARGIN))
        if self.current_cell is not None and layout.cell_rect(self.current_cell) is None:
            self.set_current_cell(None)
        else:
            self._update_focus_item()
        self.layout_changed.emit()

    def _update_empty_hint(self) -> None:
        layout = self.layout
        text = ""
        if not layout.stages and not layout.lanes:
            text = QCoreApplication.translate("JourneyScene", "This journey is empty: add a stage and a lane.")
        elif not layout.stages:
            text = QCoreApplication.translate("JourneyScene", "Add a stage to place cards.")
        elif not layout.lanes:
            text = QCoreApplication.translate("JourneyScene", "Add a lane to place cards.")
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        self.empty_hint.setPos(style.LANE_HEADER_W + 24, style.STAGE_HEADER_H + 24)

    def place_cards(self, card_ids: Iterable[int]) -> None:
        """Put these cards back in their slots (after a drag that was dropped or cancelled)."""
        for card_id in card_ids:
            item = self.card_items.get(card_id)
            xy = self.layout.card_xy.get(card_id)
            if item is not None and xy is not None:
                item.setPos(xy[0], xy[1])

    def export_rect(self) -> QRectF:
        """The whole map, headers included, in scene coordinates."""
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def reading_order(self, item: CardItem) -> tuple[int, int, int, int]:
        """A sort key: stage, lane, position in the cell (for keeping a multi-selection's order)."""
        c = item.card
        return (self.layout.stage_index(c.stage_id) or 0, self.layout.lane_index(c.lane_id) or 0,
                c.position, c.id)

    # ---- headers ----------------------------------------------------------------------------
    def pin_headers(self, top_left: QPointF) -> None:
        """Keep the headers at the view's top and left edges (the view calls this when it scrolls)."""
        self._pin = QPointF(top_left)
        self._place_headers()

    def _place_headers(self) -> None:
        x = 0.0 if self.export_mode else max(0.0, self._pin.x())
        y = 0.0 if self.export_mode else max(0.0, self._pin.y())
        layout = self.layout
        for index, stage in enumerate(layout.stages):
            item = self.stage_items[stage.id]
            if not item.dragging:
                item.setPos(layout.col_x[index], y)
        for r, lane in enumerate(layout.lanes):
            item = self.lane_items[lane.id]
            if not item.dragging:
                item.setPos(x, layout.row_y[r])
        self.corner.setPos(x, y)

    def header_drag_moved(self, item: HeaderItem) -> None:
        """Show where a dragged header would land."""
        order, index = self._header_target(item)
        layout = self.layout
        if isinstance(item, StageHeaderItem):
            x = layout.col_x[0] + index * style.COLUMN_W if layout.col_x else style.LANE_HEADER_W
            self.drop_line.setRect(QRectF(x - 2, item.pos().y(), 4, layout.height - item.pos().y()))
        else:
            y = layout.row_y[index] if index < len(layout.row_y) else layout.height
            self.drop_line.setRect(QRectF(item.pos().x(), y - 2, layout.width - item.pos().x(), 4))
        self.drop_line.setVisible(not self.export_mode)

    def _header_target(self, item: HeaderItem) -> tuple[list[int], int]:
        layout = self.layout
        if isinstance(item, StageHeaderItem):
            ids = [s.id for s in layout.stages]
            centre = item.pos().x() + item.width / 2
            others = [layout.col_x[i] + style.COLUMN_W / 2 for i, s in enumerate(layout.stages) if s.id != item.entity_id]
        else:
            ids = [ln.id for ln in layout.lanes]
            centre = item.pos().y() + item.height / 2
            others = [layout.row_y[i] + layout.row_h[i] / 2 for i, ln in enumerate(layout.lanes)
                      if ln.id != item.entity_id]
        index = sum(1 for c in others if c < centre)
        rest = [i for i in ids if i != item.entity_id]
        order = rest[:index] + [item.entity_id] + rest[index:]
        return order, index

    def structure_locked(self) -> bool:
        """Whether this journey's stages and lanes are locked (Workshop ▸ Lock structure)."""
        return self.ws.structure_locked(self.journey_id)

    def refuse_if_locked(self) -> bool:
        """True, and `refused` with the reason, when the structure is locked."""
        if not self.structure_locked():
            return False
        self.refused.emit(self.tr("The structure is locked: stages and lanes stay as they are. "
                                  "Unlock it in the Workshop menu to move or rename them."))
        return True

    def header_drag_finished(self, item: HeaderItem) -> None:
        """Emit the new order of stages or lanes (nothing when unchanged), then settle the headers."""
        order, _ = self._header_target(item)
        self.drop_line.setVisible(False)
        if isinstance(item, StageHeaderItem):
            # Hidden stages keep their place relative to the shown ones.
            full = [s.id for s in self.ws.stages(self.journey_id)]
            new = _merge_order(full, order)
            if new != full:
                self.stages_reordered.emit(new)
        else:
            full = [ln.id for ln in self.ws.lanes(self.journey_id)]
            new = _merge_order(full, order)
            if new != full:
                self.lanes_reordered.emit(new)
        self._place_headers()

    # ---- emotions ----------------------------------------------------------------------------
    def _sync_emotions(self) -> None:
        layout = self.layout
        lanes = layout.emotion_lanes()
        lane_ids = {ln.id for ln in lanes}
        for lane_id in [i for i in self.curve_items if i not in lane_ids]:
            self.removeItem(self.curve_items.pop(lane_id))
        wanted: set[tuple[int, int]] = set()
        width = len(layout.stages) * style.COLUMN_W
        for lane in lanes:
            r = layout.lane_index(lane.id)
            assert r is not None
            top = layout.row_y[r]
            levels = [layout.level_y(lane.id, value) - top for value in range(2, -3, -1)]
            curve = self.curve_items.get(lane.id)
            if curve is None:
                curve = self.curve_items[lane.id] = EmotionCurveItem(lane.id, width, levels)
                self.addItem(curve)
            curve.set_geometry(width, levels)
            curve.setPos(style.LANE_HEADER_W, top)
            for point in layout.emotion_points:
                key = (lane.id, point.card_id)
                wanted.add(key)
                card = self.ws.get("cards", point.card_id)
                marker = self.marker_items.get(key)
                if marker is None:
                    marker = EmotionMarkerItem(point.card_id, lane.id, point.value, card.title, self.lang)
                    if not self.export_mode:  # (on screen a face is a picture until it changes;
                        # an exported SVG or PDF keeps every face as vectors)
                        marker.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                    self.marker_items[key] = marker
                    self.addItem(marker)
                marker.set_value(point.value, card.title)
                if not marker.dragging:
                    marker.setPos(point.x, layout.level_y(lane.id, point.value))
            self._update_curve(lane.id)
        for key in [k for k in self.marker_items if k not in wanted]:
            self.removeItem(self.marker_items.pop(key))

    def _update_curve(self, lane_id: int) -> None:
        curve = self.curve_items.get(lane_id)
        if curve is not None:
            points = [m.pos() for (lid, _), m in self.marker_items.items() if lid == lane_id]
            curve.set_points(points)

    def emotion_range(self, lane_id: int) -> tuple[float, float]:
        """The y range a marker can be dragged in (level +2 at the top to -2 at the bottom)."""
        return self.layout.level_y(lane_id, 2), self.layout.level_y(lane_id, -2)

    def emotion_value_at(self, lane_id: int, y: float) -> int:
        """The emotion level nearest to a y of an emotions lane."""
        return self.layout.value_at(lane_id, y)

    def marker_moved(self, marker: EmotionMarkerItem) -> None:
        """Redraw the curve live while a marker is dragged."""
        self._update_curve(marker.lane_id)

    def marker_released(self, marker: EmotionMarkerItem) -> None:
        """Emit the new emotion (when it changed) and settle the markers."""
        if marker.preview != marker.value:
            self.emotion_changed.emit(marker.card_id, marker.preview)
        self._sync_emotions()

    # ---- drops and hints ----------------------------------------------------------------------
    def drop_target(self, pos: QPointF, excluding: Collection[int] = ()) -> tuple[Cell, int] | None:
        """The cell and index where cards dropped at a scene point would land, or None."""
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        return cell, self.layout.insertion_index(cell, pos.y(), excluding)

    def show_drop_hint(self, target: tuple[Cell, int] | None, excluding: Collection[int] = ()) -> None:
        """Highlight the target cell and a line where the cards would go (hide with None)."""
        if target is None or self.export_mode:
            self.drop_cell.setVisible(False)
            self.drop_line.setVisible(False)
            return
        cell, index = target
        rect = self.layout.cell_rect(cell)
        if rect is None:
            return
        x, y, w, h = rect
        cell_rect = QRectF(x + 1, y + 1, w - 2, h - 2)
        if self.drop_cell.rect() != cell_rect:
            self.drop_cell.setRect(cell_rect)
        line_y = self.layout.insertion_y(cell, index, excluding)
        line_rect = QRectF(x + style.CELL_PAD, line_y - 2, style.CARD_W, 4)
        if self.drop_line.rect() != line_rect:
            self.drop_line.setRect(line_rect)
        self.drop_cell.setVisible(True)
        self.drop_line.setVisible(True)

    def request_card(self, kind: str, pos: QPointF, title: str | None = None) -> bool:
        """Ask for a new card of a kind in the cell under a scene point; False when there is no cell."""
        target = self.drop_target(pos)
        if target is None or self.read_only:
            return False
        cell, index = target
        self.emit_card_request(kind, cell, index, title)
        return True

    def emit_card_request(self, kind: str, cell: Cell, index: int | None, title: str | None = None) -> None:
        """Emit the intent of a new card in a cell at an index (end of the cell when None)."""
        fields: dict[str, Any] = {"journey_id": self.journey_id, "stage_id": cell[0], "lane_id": cell[1],
                                  "kind": kind, "index": index}
        if title is not None:
            fields["title"] = title
        self.card_requested.emit(fields)

    # ---- selection and the keyboard cursor --------------------------------------------------------
    def selected_card_items(self) -> list[CardItem]:
        """The selected cards, in reading order."""
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        items.sort(key=self.reading_order)
        return items

    def selected_card_ids(self) -> list[int]:
        """The ids of the selected cards, in reading order."""
        return [i.card_id for i in self.selected_card_items()]

    def select_cards(self, card_ids: Iterable[int]) -> None:
        """Select exactly these cards."""
        self.clearSelection()
        last = None
        for card_id in card_ids:
            item = self.card_items.get(card_id)
            if item is not None and item.isVisible():
                item.setSelected(True)
                last = item
        if last is not None:
            self.set_current_cell((last.card.stage_id, last.card.lane_id))

    def set_current_cell(self, cell: Cell | None) -> None:
        """Move the keyboard cursor to a cell (shown with a dashed outline when no card is selected)."""
        if cell != self.current_cell:
            self.current_cell = cell
            self.current_cell_changed.emit(cell)
        self._update_focus_item()

    def _update_focus_item(self) -> None:
        rect = self.layout.cell_rect(self.current_cell) if self.current_cell else None
        show = rect is not None and not self.export_mode and not self.selectedItems()
        if rect is not None:
            x, y, w, h = rect
            self.focus_item.setRect(QRectF(x + 3, y + 3, w - 6, h - 6))
        self.focus_item.setVisible(show)

    def set_export_mode(self, on: bool) -> None:
        """Draw for an image: no selection, cursor or hints, headers at the map's edges."""
        self.export_mode = on
        for item in self.selectedItems():
            item.update()
        cache = QGraphicsItem.CacheMode.NoCache if on else QGraphicsItem.CacheMode.DeviceCoordinateCache
        for marker in self.marker_items.values():  # faces as vectors in an image, pictures on screen
            marker.setCacheMode(cache)
        self.drop_cell.setVisible(False)
        self.drop_line.setVisible(False)
        self._update_focus_item()
        self._place_headers()

    # ---- mouse -----------------------------------------------------------------------------------
    def _card_at(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem | HeaderItem | EmotionMarkerItem | CornerItem):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """A press on an empty place of a cell makes it the current cell."""
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._card_at(event.scenePos()) is None:
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            self.set_current_cell(cell)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        """Double-click on an empty place of a cell: start a new card there."""
        if self._card_at(event.scenePos()) is None and event.button() == Qt.MouseButton.LeftButton:
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            if cell is not None and not self.read_only:
                self.set_current_cell(cell)
                self.cell_activated.emit(cell)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Items get their menus; an empty place of a cell asks for the cell's menu."""
        if self._card_at(event.scenePos()) is not None:
            super().contextMenuEvent(event)
            return
        cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
        if cell is not None:
            self.clearSelection()
            self.set_current_cell(cell)
            self.cell_menu_requested.emit(cell, event.screenPos())
            event.accept()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802 - Qt override
        """Card tooltips are built when asked (so 10,000 cards cost nothing until hovered)."""
        for item in self.items(event.scenePos()):
            if isinstance(item, CardItem):
                QToolTip.showText(event.screenPos(), item.tooltip_text(), event.widget())
                event.accept()
                return
            if isinstance(item, HeaderItem | EmotionMarkerItem):
                break
        super().helpEvent(event)

    def selection_changed_hook(self) -> None:
        """Keep the cursor on the selected card's cell (connected to selectionChanged)."""
        items = self.selected_card_items()
        if items:
            card = items[-1].card
            self.set_current_cell((card.stage_id, card.lane_id))
        else:
            self._update_focus_item()


def _merge_order(full: list[int], shown: list[int]) -> list[int]:
    """The full order of ids after the shown ones were reordered (hidden ones keep their slots)."""
    shown_set = set(shown)
    it = iter(shown)
    return [next(it) if i in shown_set else i for i in full]

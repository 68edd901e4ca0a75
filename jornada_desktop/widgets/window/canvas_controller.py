"""Wires the canvas to the editing layer: scene intents become editor calls; menus, confirmations,
clipboard and the selection-based commands of the window live here."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QColorDialog, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from jornada_desktop.canvas.layout import Cell
from jornada_desktop.canvas.scene import JourneyScene
from jornada_desktop.canvas.view import JourneyView, TypedText, new_card_label
from jornada_desktop.editing import clipboard
from jornada_desktop.editing.commands import JourneyEditor
from jornada_desktop.editing.document import Document
from jornada_desktop.messages import error_text
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.errors import ValidationError


class CanvasController(QObject):
    """The canvas of the current journey and every command that acts on it."""

    selection_changed = Signal(list)  # selected card ids
    refused = Signal(str)  # a gesture the canvas refused before it began, and why
    scene_changed = Signal(object)  # the new JourneyScene or None
    notes_requested = Signal(int)
    cards_changed = Signal()  # cards came onto or left the canvas (after the scene followed an edit)

    def __init__(self, view: JourneyView, parent_widget: QWidget, lang: str = "en") -> None:
        super().__init__(parent_widget)
        self.view = view
        self.parent_widget = parent_widget
        self.lang = lang
        self.document: Document | None = None
        self.editor: JourneyEditor | None = None
        self.scene: JourneyScene | None = None
        self.confirm: Callable[[str, str], bool] = self._ask
        # Other parts add entries to a card's context menu: hook(menu, card_id).
        self.card_menu_hooks: list[Callable[[QMenu, int], None]] = []
        # The keys of the window's actions, shown beside the same commands in context menus.
        self.keys_of: Callable[[str], QKeySequence] = lambda _name: QKeySequence()
        view.text_typed.connect(self._text_typed)

    # ---- document and journey --------------------------------------------------------------
    def set_document(self, document: Document | None, editor: JourneyEditor | None) -> None:
        """Work on another document (the scene is rebuilt by show_journey)."""
        self.show_journey(None)
        self.document = document
        self.editor = editor

    def show_journey(self, journey_id: int | None) -> None:
        """Show a journey of the document on the canvas (None: nothing)."""
        old = self.scene
        if old is not None and journey_id is not None and old.journey_id == journey_id:
            return
        self.scene = None
        if self.document is not None and journey_id is not None:
            scene = JourneyScene(self.document, journey_id, self, lang=self.lang)
            self._connect(scene)
            self.scene = scene
        self.view.set_journey_scene(self.scene)
        if old is not None:
            if self.document is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    self.document.changed.disconnect(old.apply_change)
            old.deleteLater()
        self.scene_changed.emit(self.scene)
        self.selection_changed.emit([])

    def _connect(self, scene: JourneyScene) -> None:
        scene.cards_moved.connect(self._cards_moved)
        scene.card_requested.connect(self._card_requested)
        scene.stages_reordered.connect(lambda ids: self._edit(lambda e: e.reorder("stages", ids)))
        scene.lanes_reordered.connect(lambda ids: self._edit(lambda e: e.reorder("lanes", ids)))
        scene.emotion_changed.connect(lambda cid, value: self._edit(lambda e: e.set_emotion(cid, value)))
        scene.card_menu_requested.connect(self._card_menu)
        scene.header_menu_requested.connect(self._header_menu)
        scene.cell_menu_requested.connect(self._cell_menu)
        scene.notes_requested.connect(self.notes_requested.emit)
        scene.refused.connect(self.refused.emit)
        scene.selectionChanged.connect(self._scene_selection_changed)
        scene.cards_changed.connect(self._scene_cards_changed)

    def _scene_cards_changed(self) -> None:
        if self.sender() is self.scene:  # (not a scene on its way out)
            self.cards_changed.emit()

    def _scene_selection_changed(self) -> None:
        # A scene being destroyed still reports its items leaving the selection: ignore it.
        scene = self.scene
        if scene is None or not isValid(scene) or self.sender() is not scene:
            return
        self.selection_changed.emit(scene.selected_card_ids())

    def _edit(self, action: Callable[[JourneyEditor], Any]) -> Any:
        if self.editor is None:
            return None
        return action(self.editor)

    @staticmethod
    def _ask(title: str, question: str) -> bool:
        answer = QMessageBox.question(QApplication.activeWindow(), title, question)
        return answer == QMessageBox.StandardButton.Yes

    def selected_ids(self) -> list[int]:
        """The selected cards' ids in reading order."""
        return self.scene.selected_card_ids() if self.scene is not None else []

    @property
    def journey_id(self) -> int | None:
        """The journey on the canvas."""
        return self.scene.journey_id if self.scene is not None else None

    # ---- intents from the scene and the view ---------------------------------------------------
    def _cards_moved(self, moves: list[tuple[int, Cell, int]]) -> None:
        self._edit(lambda e: e.move_cards(moves))

    def _card_requested(self, fields: dict[str, Any]) -> None:
        typed = "title" in fields
        new_id = self._edit(lambda e: e.add_card(fields))
        if new_id is None or self.scene is None:
            return
        self.scene.select_cards([new_id])
        if not typed:
            self.view.edit_title(new_id)

    def _text_typed(self, typed: TypedText) -> None:
        """Save what an in-place editor holds: every save of one editor is one undo step."""
        editor, scene = self.editor, self.scene
        if editor is None:
            return
        with editor.merging(("typed", typed.session)):
            if typed.target == "new_card":
                exists = typed.entity_id is not None and editor.ws.get("cards", typed.entity_id) is not None
                if typed.discard:
                    if exists:
                        editor.delete_cards([typed.entity_id])
                elif exists:
                    editor.update_card(typed.entity_id, {"title": typed.text})
                elif scene is not None and typed.cell is not None:
                    typed.entity_id = editor.add_card({
                        "journey_id": scene.journey_id, "stage_id": typed.cell[0], "lane_id": typed.cell[1],
                        "kind": typed.kind, "index": None, "title": typed.text})
                    if typed.entity_id is not None:
                        scene.select_cards([typed.entity_id])
            elif typed.target == "title" and typed.entity_id is not None:
                editor.update_card(typed.entity_id, {"title": typed.text})
            elif typed.entity_id is not None:
                editor.rename("stages" if typed.target == "stage" else "lanes", typed.entity_id, typed.text)

    # ---- commands on the selection --------------------------------------------------------------
    def new_card(self, kind: str | None = None) -> None:
        """Start a new card (of a kind, or the lane's usual kind) in the current cell."""
        if self.scene is None:
            return
        cell = self.scene.current_cell
        ids = self.selected_ids()
        if ids:
            card = self.scene.ws.get("cards", ids[-1])
            cell = (card.stage_id, card.lane_id)
        if cell is None:
            layout = self.scene.layout
            if not layout.stages or not layout.lanes:
                return
            cell = (layout.stages[0].id, layout.lanes[0].id)
        self.view.start_new_card(cell, kind)

    def delete_selection(self) -> None:
        """Delete the selected cards (one undo step)."""
        ids = self.selected_ids()
        if ids:
            self._edit(lambda e: e.delete_cards(ids))

    def duplicate_selection(self) -> None:
        """Duplicate the selected cards next to themselves and select the copies."""
        ids = self.selected_ids()
        new_ids = self._edit(lambda e: e.duplicate_cards(ids)) if ids else []
        if new_ids and self.scene is not None:
            self.scene.select_cards(new_ids)

    def select_all(self) -> None:
        """Select every card of the journey."""
        if self.scene is not None:
            self.scene.select_cards(list(self.scene.card_items))

    def copy(self) -> bool:
        """Put the selected cards on the clipboard (JSON mime type + plain text)."""
        ids = self.selected_ids()
        if not ids or self.document is None:
            return False
        data = clipboard.cards_to_data(self.document.ws, ids, str(self.document.path))
        clipboard.put_on_clipboard(data)
        return True

    def cut(self) -> None:
        """Copy the selected cards, then delete them (one undo step)."""
        ids = self.selected_ids()
        if ids and self.copy() and self.editor is not None:
            from jornada_desktop.editing.commands import kind_text

            kinds = {self.editor.ws.get("cards", i).kind for i in ids}
            kind = kinds.pop() if len(kinds) == 1 else "card"
            self.editor.delete_cards(ids, kind_text("cut", kind, len(ids)))

    def paste(self) -> list[int]:
        """Paste cards from the clipboard after the selected card, or into the current cell."""
        if self.scene is None or self.editor is None:
            return []
        try:
            data = clipboard.from_mime(QApplication.clipboard().mimeData())
        except ValidationError as exc:
            self.editor.document.write_failed.emit(error_text(exc))
            return []
        if not data or not data["cards"]:
            return []
        ws = self.editor.ws
        cell, index = self.scene.current_cell, None
        ids = self.selected_ids()
        if ids:
            card = ws.get("cards", ids[-1])
            cell = (card.stage_id, card.lane_id)
            order = [c.id for c in ws.cards_in_cell(*cell)]
            index = order.index(card.id) + 1 if card.id in order else None
        try:
            ops, new_ids = clipboard.paste_ops(ws, data, self.scene.journey_id, cell, index)
        except ValidationError as exc:
            self.editor.document.write_failed.emit(error_text(exc))
            return []
        kinds = {c.get("kind") for c in data["cards"]}
        kind = kinds.pop() if len(kinds) == 1 else "card"
        if self.editor.paste_ops(ops, len(new_ids), str(kind)):
            self.scene.select_cards(new_ids)
            return new_ids
        return []

    # ---- stages and lanes ---------------------------------------------------------------------------
    def add_stage(self, index: int | None = None) -> None:
        """Add a stage (at the end, or at a column index) and rename it in place."""
        if self.scene is None or self.editor is None:
            return
        new_id = self.editor.add_stage(self.scene.journey_id, index)
        if new_id is not None:
            self.view.edit_header("stage", new_id)

    def add_lane(self, kind: str, index: int | None = None) -> None:
        """Add a lane of a kind (at the end, or at a row index) and rename it in place."""
        if self.scene is None or self.editor is None:
            return
        new_id = self.editor.add_lane(self.scene.journey_id, kind, v.label(v.LANE_KINDS, kind, self.lang), index)
        if new_id is not None:
            self.view.edit_header("lane", new_id)

    def delete_structure(self, table: str, entity_id: int) -> bool:
        """Delete a stage or lane, asking first when cards would go with it."""
        if self.editor is None:
            return False
        count = self.editor.cards_losing(table, entity_id)
        if count:
            entity = self.editor.ws.get(table, entity_id)
            name = entity.name if table == "stages" else entity.title
            if table == "stages":
                question = self.tr("Delete the stage “%1” and its %n card(s)?", "", count)
            else:
                question = self.tr("Delete the lane “%1” and its %n card(s)?", "", count)
            if not self.confirm(self.tr("Delete"), question.replace("%1", name) + "\n"
                                + self.tr("You can undo this with Edit ▸ Undo.")):
                return False
        return bool(self.editor.delete_structure(table, [entity_id]))

    def recolour_stage(self, stage_id: int) -> None:
        """Pick a colour for a stage."""
        if self.editor is None:
            return
        stage = self.editor.ws.get("stages", stage_id)
        color = QColorDialog.getColor(QColor(stage.color or "#2F6FB3"), self.parent_widget,
                                      self.tr("Stage colour"))
        if color.isValid():
            self.editor.recolour_stage(stage_id, color.name().upper())

    # ---- menus -------------------------------------------------------------------------------------
    def _menu_action(self, menu: QMenu, text: str, slot: Callable[[], Any], enabled: bool = True,
                     keys_of: str = "") -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        if keys_of:  # the window action's key, shown (the menu goes when it closes)
            action.setShortcut(self.keys_of(keys_of))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # (the window's action acts)
            action.setShortcutVisibleInContextMenu(True)
        return action

    @staticmethod
    def _run_menu(menu: QMenu, screen_pos: QPoint) -> None:
        menu.exec(screen_pos)
        menu.deleteLater()  # (kept, every menu opened stayed a child of the window)

    def _card_menu(self, card_id: int, screen_pos: QPoint) -> None:
        self._run_menu(self.build_card_menu(card_id), screen_pos)

    def build_card_menu(self, card_id: int) -> QMenu:
        """The context menu of a card."""
        menu = QMenu(self.parent_widget)
        writable = self.document is not None and not self.document.read_only
        self._menu_action(menu, self.tr("Edit title"), lambda: self.view.edit_title(card_id), writable, "edit_title")
        self._menu_action(menu, self.tr("Notes…"), lambda: self.notes_requested.emit(card_id))
        if self.editor is not None:
            card = self.editor.ws.get("cards", card_id)
            emotions = menu.addMenu(self.tr("Emotion"))
            emotions.setEnabled(writable)
            from jornada_desktop.canvas.painting import face_icon

            for value in range(2, -3, -1):
                act = emotions.addAction(face_icon(value), v.emotion_label(value, self.lang))
                act.setCheckable(True)
                act.setChecked(card is not None and card.emotion == value)
                act.triggered.connect(lambda _c=False, val=value: self._edit(lambda e: e.set_emotion(card_id, val)))
            none = emotions.addAction(self.tr("No emotion"))
            none.triggered.connect(lambda: self._edit(lambda e: e.set_emotion(card_id, None)))
        menu.addSeparator()
        self._menu_action(menu, self.tr("Cut"), self.cut, writable, "cut")
        self._menu_action(menu, self.tr("Copy"), self.copy, keys_of="copy")
        self._menu_action(menu, self.tr("Paste"), self.paste, writable, "paste")
        self._menu_action(menu, self.tr("Duplicate"), self.duplicate_selection, writable, "duplicate")
        menu.addSeparator()
        self._menu_action(menu, self.tr("Delete"), self.delete_selection, writable, "delete")
        for hook in self.card_menu_hooks:
            hook(menu, card_id)
        return menu

    def _cell_menu(self, cell: Cell, screen_pos: QPoint) -> None:
        menu = QMenu(self.parent_widget)
        writable = self.document is not None and not self.document.read_only
        from jornada_desktop.canvas.painting import kind_icon

        for kind in v.CARD_KINDS:
            act = menu.addAction(kind_icon(kind), new_card_label(kind))
            act.setEnabled(writable)
            act.triggered.connect(lambda _c=False, k=kind: self.view.start_new_card(cell, k))
        menu.addSeparator()
        self._menu_action(menu, self.tr("Paste"), self.paste, writable, "paste")
        self._run_menu(menu, screen_pos)

    def _header_menu(self, kind: str, entity_id: int, screen_pos: QPoint) -> None:
        self._run_menu(self.build_header_menu(kind, entity_id), screen_pos)

    def build_header_menu(self, kind: str, entity_id: int) -> QMenu:
        """The context menu of a stage or lane header."""
        menu = QMenu(self.parent_widget)
        writable = self.document is not None and not self.document.read_only
        if self.editor is None or self.scene is None:
            return menu
        # While the structure is locked the entries that would change it are greyed out (they
        # were offered, and refused only after the rename box had been typed into).
        structural = writable and not self.scene.structure_locked()
        ws = self.editor.ws
        if kind == "stage":
            order = [s.id for s in ws.stages(self.scene.journey_id)]
            at = order.index(entity_id) if entity_id in order else len(order)
            self._menu_action(menu, self.tr("Add stage before"), lambda: self.add_stage(at), structural)
            self._menu_action(menu, self.tr("Add stage after"), lambda: self.add_stage(at + 1), structural)
            menu.addSeparator()
            self._menu_action(menu, self.tr("Rename…"), lambda: self.view.edit_header("stage", entity_id), structural)
            self._menu_action(menu, self.tr("Colour…"), lambda: self.recolour_stage(entity_id), structural)
            stage = ws.get("stages", entity_id)
            self._menu_action(menu, self.tr("Automatic colour"),
                              lambda: self._edit(lambda e: e.recolour_stage(entity_id, None)),
                              structural and stage is not None and stage.color is not None)
            self._menu_action(menu, self.tr("Hide in this view"),
                              lambda: self.scene and self.scene.set_stage_hidden(entity_id, True))
            self._add_show_hidden(menu)
            menu.addSeparator()
            self._menu_action(menu, self.tr("Delete stage…"), lambda: self.delete_structure("stages", entity_id),
                              structural)
        else:
            order = [ln.id for ln in ws.lanes(self.scene.journey_id)]
            at = order.index(entity_id) if entity_id in order else len(order)
            for label, index in ((self.tr("Add lane above"), at), (self.tr("Add lane below"), at + 1)):
                sub = menu.addMenu(label)
                sub.setEnabled(structural)
                for lane_kind in v.LANE_KINDS:
                    act = sub.addAction(v.label(v.LANE_KINDS, lane_kind, self.lang))
                    act.triggered.connect(lambda _c=False, k=lane_kind, i=index: self.add_lane(k, i))
            menu.addSeparator()
            self._menu_action(menu, self.tr("Rename…"), lambda: self.view.edit_header("lane", entity_id), structural)
            kinds = menu.addMenu(self.tr("Lane type"))
            kinds.setEnabled(structural)
            lane = ws.get("lanes", entity_id)
            for lane_kind in v.LANE_KINDS:
                act = kinds.addAction(v.label(v.LANE_KINDS, lane_kind, self.lang))
                act.setCheckable(True)
                act.setChecked(lane is not None and lane.kind == lane_kind)
                act.triggered.connect(lambda _c=False, k=lane_kind: self._edit(lambda e: e.set_lane_kind(entity_id, k)))
            self._menu_action(menu, self.tr("Hide lane"),
                              lambda: self._edit(lambda e: e.set_lane_hidden(entity_id, True)), writable)
            self._add_show_hidden(menu)
            menu.addSeparator()
            self._menu_action(menu, self.tr("Delete lane…"), lambda: self.delete_structure("lanes", entity_id),
                              structural)
        return menu

    def _add_show_hidden(self, menu: QMenu) -> None:
        sub = self.build_hidden_menu(menu)
        if sub.isEmpty():
            sub.menuAction().setVisible(False)

    def build_hidden_menu(self, parent: QMenu | QWidget) -> QMenu:
        """A submenu that shows hidden lanes (saved) and hidden stages (this view only) again."""
        menu = QMenu(self.tr("Show hidden"), parent)
        if isinstance(parent, QMenu):
            parent.addMenu(menu)
        if self.scene is None or self.editor is None:
            return menu
        writable = self.document is not None and not self.document.read_only
        for lane in self.editor.ws.lanes(self.scene.journey_id):
            if lane.hidden:
                act = menu.addAction(self.tr("Lane “%1”").replace("%1", lane.title))
                act.setEnabled(writable)
                act.triggered.connect(lambda _c=False, lid=lane.id: self._edit(lambda e: e.set_lane_hidden(lid, False)))
        for stage_id in sorted(self.scene.hidden_stages):
            stage = self.editor.ws.get("stages", stage_id)
            if stage is not None:
                act = menu.addAction(self.tr("Stage “%1”").replace("%1", stage.name))
                act.triggered.connect(lambda _c=False, sid=stage_id: self.scene
                                      and self.scene.set_stage_hidden(sid, False))
        return menu

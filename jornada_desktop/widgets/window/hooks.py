"""Base of the parts that install themselves into the main window (personas, backlog, metrics,
dashboard): each follows the window's canvas scene, its file and its current journey."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject


class Shown:
    """The file (held weakly: a closed one is not kept) and journey a part shows now.

    Opening a file announces its first journey, then the file: a part that fills itself on both
    asks `same()` first and fills once.
    """

    def __init__(self) -> None:
        self._document: Callable[[], Any] | None = None
        self._journey: Any = None

    def same(self, document: Any, journey: Any) -> bool:
        """Whether this file (not None) and journey are the ones shown."""
        return (document is not None and self._document is not None
                and self._journey == journey and self._document() is document)

    def remember(self, document: Any, journey: Any) -> None:
        """Note what is shown now."""
        self._document = weakref.ref(document) if document is not None else None
        self._journey = journey


class WindowHooks(QObject):
    """Override `_bind()` (a file or journey was shown) and `_scene_changed(scene)` (a new canvas
    scene, or None), then call `follow_window()` once the parts exist.

    Bound methods, not lambdas: Qt drops the connections when the hooks are deleted.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._bound = Shown()

    def follow_window(self) -> None:
        """Connect to the window and catch up with what it shows now."""
        self.window.canvas.scene_changed.connect(self._scene_changed)
        self.window.document_opened.connect(self._document_opened)
        self.window.journey_changed.connect(self._journey_changed)
        self._scene_changed(self.window.scene)
        self._bind_if_new()

    def _document_opened(self, _document: Any) -> None:
        self._bind_if_new()

    def _journey_changed(self, _journey_id: Any) -> None:
        self._bind_if_new()

    def _bind_if_new(self) -> None:
        """Bind unless this file and journey are bound already (opening a file announces its
        first journey, then the file: each panel was filled twice per open)."""
        document, journey = self.window.document, self.window.current_journey
        if not self._bound.same(document, journey):
            self._bound.remember(document, journey)
            self._bind()

    def _scene_changed(self, scene: Any) -> None:
        """A new canvas scene (or None): decorate it."""

    def _bind(self) -> None:
        """Show the window's current file and journey."""


class FollowsJourney:
    """Mixin of a panel that shows one file's journey and follows the file's edits.

    The panel (a QWidget subclass listing this first) keeps `document` and `journey_id`, names in
    `WATCHED` the tables whose edits it shows, and fills itself in `refresh()` (or schedules that
    in `follow()`); `_document_changed(change)` may be overridden for a finer choice. `set_journey` is what the
    window's hooks call when another file or journey is shown.
    """

    WATCHED: tuple[str, ...] = ()
    document: Any = None
    journey_id: int | None = None

    def set_journey(self, document: Any, journey_id: int | None) -> None:
        """Show a journey of a file (or nothing), and follow that file's edits."""
        if document is not self.document:
            if self.document is not None:
                self.document.changed.disconnect(self._document_changed)
            if document is not None:
                document.changed.connect(self._document_changed)
        self.document = document
        self.journey_id = journey_id
        self.follow()

    def _document_changed(self, change: Any) -> None:
        if change.touches(*self.WATCHED):
            self.follow()

    def follow(self) -> None:
        """Show what the file holds now: `refresh()` at once, unless a panel schedules it."""
        self.refresh()

    def refresh(self) -> None:
        """Fill the panel from `document` and `journey_id`."""


def reveal_card(window: Any, card_id: int) -> bool:
    """Show a card on the canvas: its journey, its stage (even when hidden), selected and centred."""
    document = window.document
    card = document.ws.get("cards", card_id) if document is not None else None
    if card is None:
        return False
    if window.current_journey != card.journey_id:
        window.show_journey(card.journey_id)
    scene = window.scene
    if scene is None:
        return False
    if card.stage_id in scene.hidden_stages:
        scene.set_stage_hidden(card.stage_id, False)
    target = document.ws.get("cards", card.parent_id) if card.parent_id else card
    scene.select_cards([target.id])
    item = scene.card_items.get(target.id)
    if item is None or not item.isVisible():  # in a hidden lane, or filtered out of the canvas
        window.statusBar().showMessage(QCoreApplication.translate("Backlog", "That card is in a hidden lane: show the lane to see it."), 6000)
        return False
    window.view.centerOn(item)
    window.view.setFocus()
    return True

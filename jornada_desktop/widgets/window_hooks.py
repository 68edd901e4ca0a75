"""Base of the parts that install themselves into the main window (personas, backlog, metrics,
dashboard): each follows the window's canvas scene, its file and its current journey."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject


def no_document() -> None:
    """What a weak reference to "no document" returns."""
    return None


class WindowHooks(QObject):
    """Override `_bind()` (a file or journey was shown) and `_scene_changed(scene)` (a new canvas
    scene, or None), then call `follow_window()` once the parts exist.

    Bound methods, not lambdas: Qt drops the connections when the hooks are deleted.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        # What was bound last: (the document, weakly, so a closed file is not kept; journey id).
        self._bound: tuple[Callable[[], Any], Any] | None = None

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
        bound = self._bound
        if document is not None and bound is not None and bound[1] == journey and bound[0]() is document:
            return
        self._bound = (weakref.ref(document) if document is not None else no_document, journey)
        self._bind()

    def _scene_changed(self, scene: Any) -> None:
        """A new canvas scene (or None): decorate it."""

    def _bind(self) -> None:
        """Show the window's current file and journey."""

"""Base of the parts that install themselves into the main window (personas, backlog, metrics,
dashboard): each follows the window's canvas scene, its file and its current journey."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject


class WindowHooks(QObject):
    """Override `_bind()` (a file or journey was shown) and `_scene_changed(scene)` (a new canvas
    scene, or None), then call `follow_window()` once the parts exist.

    Bound methods, not lambdas: Qt drops the connections when the hooks are deleted.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def follow_window(self) -> None:
        """Connect to the window and catch up with what it shows now."""
        self.window.canvas.scene_changed.connect(self._scene_changed)
        self.window.document_opened.connect(self._document_opened)
        self.window.journey_changed.connect(self._journey_changed)
        self._scene_changed(self.window.scene)
        self._bind()

    def _document_opened(self, _document: Any) -> None:
        self._bind()

    def _journey_changed(self, _journey_id: Any) -> None:
        self._bind()

    def _scene_changed(self, scene: Any) -> None:
        """A new canvas scene (or None): decorate it."""

    def _bind(self) -> None:
        """Show the window's current file and journey."""

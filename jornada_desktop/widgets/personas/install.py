"""Puts the persona library, the persona strip and the per-persona curves into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from jornada_desktop.canvas.persona_curves import PersonaCurves
from jornada_desktop.widgets.personas.strip import CURVE_KEYS, PersonaStrip
from jornada_desktop.widgets.window.hooks import WindowHooks

if TYPE_CHECKING:
    from jornada_desktop.widgets.personas.library import PersonaLibrary


def _tr(text: str) -> str:
    return QCoreApplication.translate("Personas", text)


class PersonaHooks(WindowHooks):
    """The window's persona parts: library dock, strip above the canvas, curves on each scene."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.library: PersonaLibrary | None = None  # built when its tab is first shown
        self.dock = window.add_lazy_dock(_tr("Personas"), self._build_library, "personasDock",
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.strip = PersonaStrip()
        layout = window.central_layout
        layout.insertWidget(layout.indexOf(window.view), self.strip)
        self.curves: PersonaCurves | None = None
        self.strip.curve_toggled.connect(self._curve_toggled)
        self.follow_window()

    def _build_library(self) -> PersonaLibrary:
        from jornada_desktop.widgets.personas.library import PersonaLibrary

        self.library = PersonaLibrary()
        self.library.set_journey(self.window.document, self.window.current_journey)
        return self.library

    def _bind(self) -> None:
        document, journey = self.window.document, self.window.current_journey
        if self.library is not None:
            self.library.set_journey(document, journey)
        self.strip.set_journey(document, journey)

    def _visible(self) -> dict[str, bool]:
        return {key: self.strip.curve_visible(key) for key in CURVE_KEYS}

    def _scene_changed(self, scene: Any) -> None:
        self.curves = PersonaCurves(scene, self._visible()) if scene is not None else None
        if scene is not None:
            scene.persona_curves = self.curves

    def _curve_toggled(self, key: str, on: bool) -> None:
        if self.curves is not None:
            self.curves.set_visible(key, on)


def install_personas(window: Any) -> PersonaHooks:
    """Add the persona library dock, the strip over the canvas and the persona curves to a main window."""
    hooks = PersonaHooks(window)
    window.persona_hooks = hooks
    return hooks

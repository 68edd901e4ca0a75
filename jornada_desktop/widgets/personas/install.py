"""Puts the persona library, the persona strip and the per-persona curves into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from jornada_desktop.canvas.persona_curves import PersonaCurves
from jornada_desktop.widgets.personas.strip import CURVE_KEYS, PersonaStrip
from jornada_desktop.widgets.window.hooks import WindowHooks, reveal_card

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
        self.compare_action = QAction(_tr("Compare c&urves…"), window)
        self.compare_action.setObjectName("action_compare_curves")
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.compare_action.setToolTip(_tr("Two curves side by side (persona A and B, or as-is and to-be) and "
                                           "where they differ most"))
        self.compare_action.triggered.connect(lambda _c=False: self.open_compare())
        window.addAction(self.compare_action)
        window.actions_by_name.setdefault("compare_curves", self.compare_action)
        journey_menu = getattr(window, "menus", {}).get("journey")
        if journey_menu is not None:
            journey_menu.addSeparator()
            journey_menu.addAction(self.compare_action)
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
        self.compare_action.setEnabled(document is not None and journey is not None)

    def _visible(self) -> dict[str, bool]:
        return {key: self.strip.curve_visible(key) for key in CURVE_KEYS}

    def _scene_changed(self, scene: Any) -> None:
        self.curves = PersonaCurves(scene, self._visible()) if scene is not None else None
        if scene is not None:
            scene.persona_curves = self.curves
            self.curves.rating_dragged.connect(self._rating_dragged)

    def _rating_dragged(self, card_id: int, persona_id: int, scenario: str, value: int) -> None:
        """A persona's point dropped on a new level: one undo step through the window's editor."""
        editor = getattr(self.window, "editor", None)
        if editor is not None:
            editor.set_rating(card_id, persona_id, scenario, value)

    def open_compare(self) -> Any:
        """The comparison of two curves of the journey shown; a row's card is shown on the map."""
        from jornada_desktop.widgets.personas.compare import CompareDialog

        document, journey = self.window.document, self.window.current_journey
        if document is None or journey is None:
            return None
        dialog = CompareDialog(document, journey, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.card_requested.connect(lambda card_id: reveal_card(self.window, card_id))
        dialog.show()
        return dialog

    def _curve_toggled(self, key: str, on: bool) -> None:
        if self.curves is not None:
            self.curves.set_visible(key, on)


def install_personas(window: Any) -> PersonaHooks:
    """Add the persona library dock, the strip over the canvas and the persona curves to a main window."""
    hooks = PersonaHooks(window)
    window.persona_hooks = hooks
    return hooks

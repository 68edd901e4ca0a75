"""The persona strip on the journey header: the journey's personas as avatars and names, curve toggles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.widgets.personas.photo import avatar_pixmap
from jornada_desktop.widgets.window.hooks import FollowsJourney

AVATAR = 28
CURVE_KEYS = ("as_is", "to_be", "personas", "summary", "room")



def _actions() -> Any:
    """The persona actions module, loaded on first use (its dialogs are not needed to start)."""
    from jornada_desktop.widgets.personas import actions as persona_actions

    return persona_actions


def _edit_persona(*args: Any) -> Any:
    from jornada_desktop.widgets.personas.editor import edit_persona

    return edit_persona(*args)


class PersonaStrip(FollowsJourney, QFrame):
    """Avatars of the journey's personas (click to edit, right-click for more) and the curve toggles."""

    WATCHED = ("personas", "journey_personas", "journeys")

    curve_toggled = Signal(str, bool)  # "as_is" | "to_be" | "personas" | "summary" | "room", shown or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaStrip")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document: Document | None = None
        self.journey_id: int | None = None
        self.buttons: dict[int, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(6)
        self.title = QLabel(self.tr("Personas:"))
        self.title.setStyleSheet("font-weight:bold")
        layout.addWidget(self.title)
        # The avatars never set the window's minimum width (a laptop at 1280 px with side panels
        # open): when their names do not fit, only the faces show (names in the tooltips).
        holder = QWidget()
        self.people = QHBoxLayout(holder)
        self.people.setContentsMargins(0, 0, 0, 0)
        self.people.setSpacing(4)
        self.people_area = QScrollArea()
        self.people_area.setObjectName("personaStripAvatars")
        self.people_area.setFrameShape(QFrame.Shape.NoFrame)
        self.people_area.setWidgetResizable(True)
        self.people_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.people_area.setFixedHeight(AVATAR + 10)
        self.people_area.setWidget(holder)
        layout.addWidget(self.people_area, 1)
        self.empty = QLabel(self.tr("none yet"))
        self.empty.setStyleSheet("color:#777")
        self.people.addWidget(self.empty)
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Add a persona to this journey"))
        self.add_button.setAccessibleName(self.tr("Add a persona to this journey"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.people.addWidget(self.add_button)
        self.people.addStretch(1)
        # The curves shown: checkable entries of one "Curves" button (four check boxes in a row made
        # the window wider than a 1024-pixel screen once a dock was open beside the map).
        self.curves_button = QToolButton()
        self.curves_button.setText(self.tr("Curves"))
        self.curves_button.setToolTip(self.tr("Which emotion curves the map shows"))
        self.curves_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.curves_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.curves_menu = QMenu(self.curves_button)
        self.curves_button.setMenu(self.curves_menu)
        self.toggles: dict[str, QAction] = {
            "as_is": QAction(self.tr("As-is (everyone)"), self),
            "to_be": QAction(self.tr("To-be (everyone)"), self),
            "personas": QAction(self.tr("Per persona"), self),
            "summary": QAction(self.tr("Stage averages"), self),
            "room": QAction(self.tr("The room's feelings"), self),
        }
        self.toggles["as_is"].setToolTip(self.tr("The average emotion of each stage today"))
        self.toggles["to_be"].setToolTip(self.tr("The average to-be emotion of each stage"))
        self.toggles["personas"].setToolTip(self.tr("One curve per persona and scenario through each touchpoint "
                                                    "the persona rated (to-be dashed), in the persona's colour"))
        self.toggles["summary"].setToolTip(self.tr("The personas' curves through the average of each stage "
                                                   "instead of each touchpoint"))
        self.toggles["room"].setToolTip(self.tr("How the people in the workshop room felt at each stage, rated "
                                                "from their phones (dotted)"))
        for key, action in self.toggles.items():
            action.setCheckable(True)
            action.setChecked(key in ("personas", "room"))
            action.toggled.connect(lambda on, k=key: self.curve_toggled.emit(k, on))
            self.curves_menu.addAction(action)
        layout.addWidget(self.curves_button)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Show or hide the persona names to fit the new width."""
        super().resizeEvent(event)
        self._fit_names()

    def _fit_names(self) -> None:
        with_names = sum(AVATAR + b.fontMetrics().horizontalAdvance(b.text()) + 18 for b in self.buttons.values())
        room = self.people_area.viewport().width() - self.add_button.sizeHint().width() - 12
        style = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if with_names + 4 * len(self.buttons) <= room
                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
        for button in self.buttons.values():
            button.setToolButtonStyle(style)

    def curve_visible(self, key: str) -> bool:
        """Whether a curve family is toggled on."""
        return self.toggles[key].isChecked()

    # ---- binding ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the avatars."""
        for button in self.buttons.values():
            self.people.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        links = []
        if self.document is not None and self.journey_id is not None:
            links = self.document.ws.journey_personas(self.journey_id)
        ratio = self.devicePixelRatioF()
        for link, persona in links:
            button = QToolButton(self)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(avatar_pixmap(persona.photo, persona.name, link.color or persona.color, AVATAR, ratio))
            button.setIconSize(QSize(AVATAR, AVATAR))
            button.setText(persona.name)
            button.setAutoRaise(True)
            button.setToolTip(f"{persona.name} — {persona.role}" if persona.role else persona.name)
            button.setAccessibleName(persona.name)
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.clicked.connect(lambda _c=False, pid=persona.id: self._edit(pid))
            button.customContextMenuRequested.connect(lambda _p, pid=persona.id, b=button: self._menu(pid, b))
            self.people.insertWidget(len(self.buttons), button)  # before "none yet" and "+"
            self.buttons[persona.id] = button
        self.empty.setVisible(not links)
        self._fit_names()
        self.add_button.setEnabled(self.document is not None and not self.document.read_only
                                   and self.journey_id is not None)

    # ---- actions ----------------------------------------------------------------------
    def _edit(self, persona_id: int) -> None:
        if self.document is not None and not self.document.read_only:
            _edit_persona(self.document, persona_id, self)

    def _menu(self, persona_id: int, button: QToolButton) -> None:
        if self.document is None or self.journey_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self._edit(persona_id))
        menu.addAction(self.tr("Export sheet…"),
                       lambda: _actions().export_sheet_dialog(self.document, persona_id, self))
        if not self.document.read_only:
            menu.addAction(self.tr("Remove from this journey"),
                           lambda: _actions().set_on_journey(self.document, self.journey_id, persona_id, False))
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        if self.document is None or self.journey_id is None:
            return
        self.add_menu.addAction(self.tr("New persona…"),
                                lambda: _edit_persona(self.document, None, self, self.journey_id))
        on = {p.id for _, p in self.document.ws.journey_personas(self.journey_id)}
        others = [p for p in self.document.ws.personas() if p.id not in on]
        if others:
            self.add_menu.addSeparator()
        ratio = self.devicePixelRatioF()
        for persona in others:
            self.add_menu.addAction(
                avatar_pixmap(persona.photo, persona.name, persona.color, 20, ratio), persona.name,
                lambda pid=persona.id: _actions().set_on_journey(self.document, self.journey_id, pid, True))

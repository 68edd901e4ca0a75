"""Puts the backlog, its impact × effort matrix and the improvement badges into the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from jornada_desktop.canvas.improvement_badges import ImprovementBadges
from jornada_desktop.widgets.backlog.editor import create_improvement_for_card, edit_improvement
from jornada_desktop.widgets.backlog.panel import BacklogPanel
from jornada_desktop.widgets.window.hooks import WindowHooks, reveal_card


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backlog", text)


def _insert_before_first_separator(menu: QMenu, action: QAction) -> None:
    separators = [a for a in menu.actions() if a.isSeparator()]
    if separators:
        menu.insertAction(separators[0], action)
    else:
        menu.addAction(action)


class BacklogHooks(WindowHooks):
    """The window's backlog parts and the wiring between them, the canvas and the document."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.panel = BacklogPanel()
        self.panel.card_requested.connect(lambda card_id: reveal_card(window, card_id))
        self.panel.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        self.panel.voting_requested.connect(lambda: _trigger(window, "voting"))
        self.dock = window.add_dock(_tr("Improvement backlog"), self.panel, "backlogDock",
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        self.matrix = None
        self.matrix_dock = None
        action = QAction(_tr("Impact × effort &matrix"), window)
        action.setObjectName("action_matrix")
        action.triggered.connect(self.show_matrix)
        window.menus["view"].addAction(action)
        self.matrix_action = action
        add = QAction(_tr("Add &improvement for selected card"), window)
        add.setObjectName("action_add_improvement")
        add.triggered.connect(self._add_for_selection)
        window.menus["journey"].addSeparator()
        window.menus["journey"].addAction(add)
        self.add_action = add
        window.canvas.card_menu_hooks.append(self._card_menu)
        self.follow_window()

    def _bind(self) -> None:
        document, journey = self.window.document, self.window.current_journey
        self.panel.set_journey(document, journey)
        self.add_action.setEnabled(document is not None and journey is not None and not document.read_only)
        if self.matrix is not None:
            self.matrix.set_journey(document, journey)

    def _scene_changed(self, scene: Any) -> None:
        if scene is not None:
            scene.improvement_badges = ImprovementBadges(scene)

    def show_matrix(self) -> None:
        """Open the impact × effort matrix (built on first use: matplotlib loads then)."""
        if self.matrix is None:
            from jornada_desktop.widgets.backlog.matrix import MatrixWidget

            self.matrix = MatrixWidget()
            self.matrix.improvement_picked.connect(self.panel.select_improvement)
            self.panel.improvement_selected.connect(self.matrix.select)
            self.matrix_dock = self.window.add_dock(_tr("Impact × effort"), self.matrix, "matrixDock",
                                                    Qt.DockWidgetArea.BottomDockWidgetArea)
            self.window.tabifyDockWidget(self.dock, self.matrix_dock)
            self.matrix.set_journey(self.window.document, self.window.current_journey)
        self.matrix_dock.show()
        self.matrix_dock.raise_()

    def add_for_card(self, card_id: int, ask: bool = True) -> int | None:
        """Add an improvement linked to a card (through the form when `ask`), show it; its id."""
        document = self.window.document
        card = document.ws.get("cards", card_id) if document is not None else None
        if card is None:
            return None
        if document.read_only:  # say so before the form, not after the user typed into it
            self.window.statusBar().showMessage(_tr("This file is open read-only; improvements cannot be added."),
                                                5000)
            return None
        if ask:
            new_id = edit_improvement(document, card.journey_id, None, self.window, card_id=card_id)
        else:
            new_id = create_improvement_for_card(document, card_id)
        if new_id is not None:
            self.dock.show()
            self.dock.raise_()
            self.panel.select_improvement(new_id)
        return new_id

    def _add_for_selection(self) -> None:
        ids = self.window.canvas.selected_ids()
        if len(ids) == 1:
            self.add_for_card(ids[0])
        else:
            self.window.statusBar().showMessage(_tr("Select one card to add an improvement for it."), 5000)

    def _card_menu(self, menu: QMenu, card_id: int) -> None:
        document = self.window.document
        card = document.ws.get("cards", card_id) if document is not None else None
        if card is None or card.kind == "note":
            return
        action = QAction(_tr("Add improvement…"), menu)
        action.setEnabled(not document.read_only)
        action.triggered.connect(lambda: self.add_for_card(card_id))
        _insert_before_first_separator(menu, action)


def install_backlog(window: Any) -> BacklogHooks:
    """Add the backlog dock, the matrix, the card menu entry and the badges to a main window."""
    hooks = BacklogHooks(window)
    window.backlog_hooks = hooks
    return hooks


def _trigger(window: object, name: str) -> None:
    """Trigger one of the window's actions by name (one another feature installed), if it is there."""
    action = getattr(window, "actions_by_name", {}).get(name)
    if action is not None and action.isEnabled():
        action.trigger()

"""The list of the file's journeys: choose one; add, rename, duplicate, delete and reorder them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.icons import icon
from jornada_desktop.model.entities import Journey

ID_ROLE = Qt.ItemDataRole.UserRole


def _button(action: QAction, icon_name: str, fallback: str) -> QToolButton:
    """A small tool button that triggers an action and follows its enabled state."""
    button = QToolButton()
    button.setAutoRaise(True)
    picture = icon(icon_name) if icon_name else None
    if picture is not None and not picture.isNull():
        button.setIcon(picture)
    else:
        button.setText(fallback)
    name = action.text().replace("&", "").rstrip("…")
    button.setToolTip(name)
    button.setAccessibleName(name)
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


class JourneyList(QWidget):
    """The journeys of the open file, in their order; emits intents, never edits."""

    current_changed = Signal(object)  # journey id or None
    add_requested = Signal()
    rename_requested = Signal(int, str)  # id, new title
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    reordered = Signal(object)  # list of journey ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("journeyList")
        self.list.setAccessibleName(self.tr("Journeys"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._current)
        self.list.itemChanged.connect(self._edited)
        self.list.model().rowsMoved.connect(self._moved)
        self._filling = False
        self.add_action = QAction(self.tr("New journey"), self)
        self.add_action.triggered.connect(self.add_requested.emit)
        self.rename_action = QAction(self.tr("Rename journey"), self)
        self.rename_action.triggered.connect(self.start_rename)
        self.duplicate_action = QAction(self.tr("Duplicate journey"), self)
        self.duplicate_action.triggered.connect(lambda: self._emit_for_current(self.duplicate_requested))
        self.delete_action = QAction(self.tr("Delete journey…"), self)
        self.delete_action.triggered.connect(lambda: self._emit_for_current(self.delete_requested))
        self.up_action = QAction(self.tr("Move journey up"), self)
        self.up_action.triggered.connect(lambda: self._shift(-1))
        self.down_action = QAction(self.tr("Move journey down"), self)
        self.down_action.triggered.connect(lambda: self._shift(1))
        delete_key = QAction(self)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_action.trigger)
        self.list.addAction(delete_key)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action, icon_name, text in ((self.add_action, "new", "+"), (self.duplicate_action, "copy", "⧉"),
                                        (self.delete_action, "delete", "−"), (self.up_action, "", "↑"),
                                        (self.down_action, "", "↓")):
            buttons.addWidget(_button(action, icon_name, text))
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    # ---- content ---------------------------------------------------------------------------
    def set_journeys(self, journeys: list[Journey], current: int | None) -> None:
        """Show these journeys and select one (signals are quiet while filling)."""
        self._filling = True
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for journey in journeys:
                item = QListWidgetItem(journey.title)
                item.setData(ID_ROLE, journey.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
                self.list.addItem(item)
                if journey.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
            self._filling = False

    def current_id(self) -> int | None:
        """The selected journey's id."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def ids(self) -> list[int]:
        """The journey ids in the list's order."""
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def select(self, journey_id: int) -> None:
        """Select a journey (emits current_changed when it changes)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == journey_id:
                self.list.setCurrentRow(i)
                return

    def start_rename(self) -> None:
        """Edit the selected journey's title in the list."""
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    # ---- signals -----------------------------------------------------------------------------
    def _current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if not self._filling:
            self.current_changed.emit(item.data(ID_ROLE) if item else None)

    def _edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        title = item.text().strip()
        if title:
            self.rename_requested.emit(item.data(ID_ROLE), title)

    def _moved(self, *_args: QModelIndex | int) -> None:
        if not self._filling:
            self.reordered.emit(self.ids())

    def _emit_for_current(self, signal: Signal) -> None:  # type: ignore[valid-type]
        journey_id = self.current_id()
        if journey_id is not None:
            signal.emit(journey_id)  # type: ignore[attr-defined]

    def _shift(self, step: int) -> None:
        ids = self.ids()
        current = self.current_id()
        if current is None:
            return
        i = ids.index(current)
        j = i + step
        if 0 <= j < len(ids):
            ids[i], ids[j] = ids[j], ids[i]
            self.reordered.emit(ids)

    def _menu(self, pos) -> None:  # noqa: ANN001 - QPoint
        menu = QMenu(self)
        menu.addAction(self.add_action)
        if self.list.itemAt(pos) is not None:
            menu.addAction(self.rename_action)
            menu.addAction(self.duplicate_action)
            menu.addSeparator()
            menu.addAction(self.up_action)
            menu.addAction(self.down_action)
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))

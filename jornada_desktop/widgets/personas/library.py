"""The persona library of the file: every persona, which are on the current journey, and their actions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.widgets.personas import actions
from jornada_desktop.widgets.personas.editor import edit_persona
from jornada_desktop.widgets.personas.photo import avatar_pixmap
from jornada_desktop.widgets.window.hooks import FollowsJourney

AVATAR = 40



class PersonaLibrary(FollowsJourney, QWidget):
    """Lists the file's personas; the tick says "on this journey"; buttons edit, import, copy, export."""

    WATCHED = ("personas", "journey_personas", "journeys")

    persona_selected = Signal(int)  # 0 when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaLibrary")
        self.document: Document | None = None
        self.journey_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        hint = QLabel(self.tr("Tick a persona to show it on this journey."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#666")
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("personaList")
        self.list.setIconSize(QSize(AVATAR, AVATAR))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda item: self.edit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        grid = QGridLayout()
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import from file…"))
        self.copy_button = QPushButton(self.tr("Copy to open file…"))
        self.sheet_button = QPushButton(self.tr("Export sheet…"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(lambda: self.edit(self.current_id()))
        self.delete_button.clicked.connect(self._delete)
        self.import_button.clicked.connect(self._import)
        self.copy_button.clicked.connect(self._copy)
        self.sheet_button.clicked.connect(self._sheet)
        buttons = (self.new_button, self.edit_button, self.delete_button, self.import_button,
                   self.copy_button, self.sheet_button)
        for n, button in enumerate(buttons):
            grid.addWidget(button, n // 2, n % 2)
        layout.addLayout(grid)
        self._update_buttons()

    # ---- binding ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the list again, keeping the current persona."""
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        if self.document is not None:
            ws = self.document.ws
            on = {p.id for _, p in ws.journey_personas(self.journey_id)} if self.journey_id else set()
            ratio = self.devicePixelRatioF()
            for persona in ws.personas():
                text = persona.name if not persona.role else f"{persona.name}\n{persona.role}"
                item = QListWidgetItem(avatar_pixmap(persona.photo, persona.name, persona.color, AVATAR, ratio), text)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                item.setToolTip(persona.quote or persona.name)
                if self.journey_id is not None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if persona.id in on else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if persona.id == keep:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def current_id(self) -> int | None:
        """The persona under the cursor of the list."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_ids(self) -> list[int]:
        """The selected personas (the current one when none is selected)."""
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def _current_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.persona_selected.emit(self.current_id() or 0)

    def _update_buttons(self) -> None:
        writable = self.document is not None and not self.document.read_only
        has = self.current_id() is not None
        self.new_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and has)
        self.delete_button.setEnabled(writable and has)
        self.copy_button.setEnabled(has)
        self.sheet_button.setEnabled(has)

    # ---- actions ----------------------------------------------------------------------
    def _item_changed(self, item: QListWidgetItem) -> None:
        if self.document is None or self.journey_id is None:
            return
        on = item.checkState() == Qt.CheckState.Checked
        if not actions.set_on_journey(self.document, self.journey_id, item.data(Qt.ItemDataRole.UserRole), on):
            self.refresh()

    def new(self) -> int | None:
        """Create a persona (put on the current journey)."""
        if self.document is None:
            return None
        return edit_persona(self.document, None, self, self.journey_id)

    def edit(self, persona_id: int | None) -> None:
        """Open the editor of a persona."""
        if self.document is not None and persona_id is not None and not self.document.read_only:
            edit_persona(self.document, persona_id, self)

    def _delete(self) -> None:
        if self.document is not None and (pid := self.current_id()) is not None:
            actions.delete_persona(self.document, pid, self)

    def _import(self) -> None:
        if self.document is not None:
            actions.import_dialog(self.document, self)

    def _copy(self) -> None:
        if self.document is not None and self.selected_ids():
            actions.copy_dialog(self.document, self.selected_ids(), self)

    def _sheet(self) -> None:
        if self.document is not None and (pid := self.current_id()) is not None:
            actions.export_sheet_dialog(self.document, pid, self)

"""Personas between files: import from another `.jornada` file, copy to another open file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.model.edits import new_row, utc_now
from jornada_desktop.model.entities import Persona
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store import Store
from jornada_desktop.widgets.personas.photo import avatar_pixmap

COPIED_FIELDS = ("name", "role", "quote", "goals", "expectations", "frustrations", "channels", "photo", "color")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaTransfer", text)


def _same(a: Persona, b: Persona) -> bool:
    return all(getattr(a, f) == getattr(b, f) for f in COPIED_FIELDS)


def copy_personas_ops(personas: Iterable[Persona], target: Workspace, stamp: str) -> list[Op]:
    """New rows in the target for these personas (fresh ids); identical ones already there are skipped."""
    ops: list[Op] = []
    existing = target.personas()
    next_id = target.next_id("personas")
    for persona in personas:
        if any(_same(persona, other) for other in existing):
            continue
        fields = {f: getattr(persona, f) for f in COPIED_FIELDS}
        row = new_row(target, "personas", fields, stamp, next_id)
        next_id += 1
        ops.append(Insert("personas", row))
    return ops


def personas_in_file(path: str | Path) -> list[Persona]:
    """The personas of another `.jornada` file, read without changing it (raises OpenError)."""
    store = Store.open(Path(path), read_only=True)
    try:
        return store.load_workspace().personas()
    finally:
        store.close()


def open_documents(exclude: Document | None = None) -> list[Document]:
    """The documents open in the application's windows (their `document` attribute), but one."""
    found: list[Document] = []
    for widget in QApplication.topLevelWidgets():
        document = getattr(widget, "document", None)
        if isinstance(document, Document) and document is not exclude and document not in found:
            found.append(document)
    return found


class PersonaPicker(QDialog):
    """Tick the personas to take (all ticked at first)."""

    def __init__(self, title: str, intro: str, personas: Sequence[Persona], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        ratio = self.devicePixelRatioF()
        for persona in personas:
            item = QListWidgetItem(f"{persona.name} — {persona.role}" if persona.role else persona.name)
            item.setIcon(avatar_pixmap(persona.photo, persona.name, persona.color, 32, ratio))
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 320)

    def chosen_ids(self) -> list[int]:
        """The ids of the ticked personas."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def import_personas(document: Document, personas: Sequence[Persona]) -> int:
    """Add copies of personas to a document as one undoable edit; how many were added."""
    ops = copy_personas_ops(personas, document.ws, utc_now())
    if not ops:
        return 0
    return len(ops) if document.push(_tr("Import personas"), ops, keep_version="before_import") else 0

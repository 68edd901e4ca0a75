"""The persona editor (ui/persona_editor.ui): every field of a persona, its photo and its colour."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.i18n import current_language
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.edits import new_row, update_ops, utc_now
from jornada_desktop.model.entities import Persona
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.widgets.personas.photo import PhotoError, avatar_pixmap, load_photo
from jornada_desktop.widgets.window.preferences import load_form

TEXT_FIELDS = ("quote", "goals", "expectations", "frustrations")
PALETTE = ("#E45756", "#4C78A8", "#54A24B", "#F58518", "#B279A2", "#72B7B2", "#9D755D", "#FF9DA6")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaEditor", text)


def next_color(document: Document) -> str:
    """A palette colour not yet used by the file's personas (cycling when all are)."""
    used = {p.color.upper() for p in document.ws.personas()}
    for color in PALETTE:
        if color.upper() not in used:
            return color
    return PALETTE[len(used) % len(PALETTE)]


class PersonaEditor(QObject):
    """Shows the persona form for a new or existing persona; `fields()` gives the values to store."""

    def __init__(self, persona: Persona | None = None, parent: QWidget | None = None,
                 default_color: str = PALETTE[0]) -> None:
        super().__init__(parent)
        self.dialog: QDialog = load_form("persona_editor.ui", parent)  # type: ignore[assignment]
        self.dialog.setWindowTitle(_tr("New persona") if persona is None else _tr("Edit persona"))
        find = self.dialog.findChild
        self.name_edit: QLineEdit = find(QLineEdit, "nameEdit")
        self.role_edit: QLineEdit = find(QLineEdit, "roleEdit")
        self.texts: dict[str, QPlainTextEdit] = {n: find(QPlainTextEdit, f"{n}Edit") for n in TEXT_FIELDS}
        self.channels: QListWidget = find(QListWidget, "channelsList")
        self.photo_label: QLabel = find(QLabel, "photoLabel")
        self.error_label: QLabel = find(QLabel, "errorLabel")
        self.color_button: QPushButton = find(QPushButton, "colorButton")
        self.remove_photo_button: QPushButton = find(QPushButton, "removePhotoButton")
        find(QPushButton, "choosePhotoButton").clicked.connect(self._choose_photo)
        self.remove_photo_button.clicked.connect(self._remove_photo)
        self.color_button.clicked.connect(self._choose_color)
        buttons: QDialogButtonBox = find(QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.dialog.reject)
        persona = persona or Persona(id=0, color=default_color)
        self.photo: bytes | None = persona.photo
        self.color = persona.color
        self.name_edit.setText(persona.name)
        self.role_edit.setText(persona.role)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(persona, name))
        chosen = [c for c in persona.channels.split(",") if c]
        lang = current_language()
        for code in list(v.CHANNELS) + [c for c in chosen if c not in v.CHANNELS]:
            item = QListWidgetItem(v.label(v.CHANNELS, code, lang))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.channels.addItem(item)
        self._show_photo()
        self.name_edit.setFocus()

    # ---- the photo and the colour ----------------------------------------------------------
    def _show_photo(self) -> None:
        ratio = self.dialog.devicePixelRatioF()
        self.photo_label.setPixmap(avatar_pixmap(self.photo, self.name_edit.text(), self.color, 150, ratio))
        self.remove_photo_button.setEnabled(self.photo is not None)
        swatch = QPixmap(14, 14)
        swatch.fill(QColor(self.color))
        self.color_button.setIcon(QIcon(swatch))

    def set_photo_file(self, path: str | Path) -> bool:
        """Take a photo from an image file; False (and the reason shown) when it cannot be used."""
        try:
            self.photo = load_photo(path)
        except PhotoError as exc:
            self.error_label.setText(str(exc))
            return False
        self.error_label.clear()
        self._show_photo()
        return True

    def _choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.dialog, _tr("Choose a photo"), "",
            _tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"))
        if name:
            self.set_photo_file(name)

    def _remove_photo(self) -> None:
        self.photo = None
        self._show_photo()

    def set_color(self, color: str) -> None:
        """Use a #RRGGBB colour."""
        self.color = QColor(color).name().upper()
        self._show_photo()

    def _choose_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color), self.dialog, _tr("Persona colour"))
        if color.isValid():
            self.set_color(color.name())

    # ---- values -----------------------------------------------------------------------
    def _accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error_label.setText(_tr("Please give the persona a name."))
            self.name_edit.setFocus()
            return
        self.dialog.accept()

    def fields(self) -> dict[str, Any]:
        """The form's values, ready for the planners."""
        codes = [self.channels.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.channels.count())
                 if self.channels.item(i).checkState() == Qt.CheckState.Checked]
        values: dict[str, Any] = {
            "name": self.name_edit.text().strip(), "role": self.role_edit.text().strip(),
            "channels": ",".join(codes), "photo": self.photo, "color": self.color,
        }
        for name, edit in self.texts.items():
            values[name] = edit.toPlainText().strip()
        return values

    def exec(self) -> int:
        """Show the dialog modally."""
        return self.dialog.exec()


def persona_ops(document: Document, fields: dict[str, Any], persona_id: int | None = None,
                journey_id: int | None = None) -> list[Op]:
    """Ops storing a persona's fields: a new persona (put on a journey when given) or the changes."""
    ws, stamp = document.ws, utc_now()
    if persona_id is not None:
        return update_ops(ws, "personas", persona_id, fields, stamp)
    row = new_row(ws, "personas", fields, stamp)
    ops: list[Op] = [Insert("personas", row)]
    if journey_id is not None:
        ops.append(Insert("journey_personas", {"id": ws.next_id("journey_personas"), "journey_id": journey_id,
                                               "persona_id": row["id"], "color": None}))
    return ops


def edit_persona(document: Document, persona_id: int | None, parent: QWidget | None = None,
                 journey_id: int | None = None) -> int | None:
    """Open the editor for a new (None) or existing persona and store it; its id, or None."""
    persona = document.ws.get("personas", persona_id) if persona_id is not None else None
    editor = PersonaEditor(persona, parent, next_color(document))
    if editor.exec() != QDialog.DialogCode.Accepted:
        return None
    ops = persona_ops(document, editor.fields(), persona_id, journey_id)
    if not ops:
        return persona_id
    text = _tr("Add persona") if persona_id is None else _tr("Edit persona")
    if not document.push(text, ops):
        return None
    return ops[0].id if persona_id is None else persona_id  # type: ignore[union-attr]

"""What can be done to a persona from the library or the strip, each edit one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from jornada_desktop.editing.document import Document
from jornada_desktop.i18n import current_language
from jornada_desktop.messages import open_error_text
from jornada_desktop.model.edits import delete_ops, utc_now
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store import OpenError
from jornada_desktop.widgets.personas.transfer import (
    PersonaPicker,
    copy_personas_ops,
    import_personas,
    open_documents,
    personas_in_file,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaActions", text)


def link_ops(ws: Workspace, journey_id: int, persona_id: int) -> list[Op]:
    """Put a persona on a journey (nothing when it is there already)."""
    if any(p.id == persona_id for _, p in ws.journey_personas(journey_id)):
        return []
    return [Insert("journey_personas", {"id": ws.next_id("journey_personas"), "journey_id": journey_id,
                                        "persona_id": persona_id, "color": None})]


def unlink_ops(ws: Workspace, journey_id: int, persona_id: int) -> list[Op]:
    """Take a persona off a journey (its cards keep their persona)."""
    links = [link.id for link, p in ws.journey_personas(journey_id) if p.id == persona_id]
    return delete_ops(ws, "journey_personas", links, utc_now())


def set_on_journey(document: Document, journey_id: int, persona_id: int, on: bool) -> bool:
    """Add a persona to a journey or take it off, as one undoable edit."""
    if on:
        return document.push(_tr("Add persona to journey"), link_ops(document.ws, journey_id, persona_id))
    return document.push(_tr("Remove persona from journey"), unlink_ops(document.ws, journey_id, persona_id))


class _Plurals(QObject):
    """Sentences with a count, in the language's own plural forms (Qt's %n)."""

    def cards_kept(self, count: int) -> str:
        """How many cards keep their place when their persona goes."""
        return self.tr("%n card(s) tied to it will keep their place without a persona.", "", count)


def delete_persona(document: Document, persona_id: int, parent: QWidget | None = None, ask: bool = True) -> bool:
    """Delete a persona (its cards keep their place, without a persona), after asking."""
    persona = document.ws.get("personas", persona_id)
    if persona is None:
        return False
    if ask:
        used = sum(1 for t, _ in document.ws.referrers("personas", persona_id) if t == "cards")
        question = _tr("Delete the persona “%1”?").replace("%1", persona.name)
        if used:
            question += " " + _Plurals().cards_kept(used)
        question += " " + _tr("You can undo it.")
        if QMessageBox.question(parent, _tr("Delete persona"), question) != QMessageBox.StandardButton.Yes:
            return False
    return document.push(_tr("Delete persona"), delete_ops(document.ws, "personas", [persona_id], utc_now()))


def export_sheet_dialog(document: Document, persona_id: int, parent: QWidget | None = None) -> Path | None:
    """Ask where, then write the persona's sheet as PNG or PDF; the path written, or None."""
    persona = document.ws.get("personas", persona_id)
    if persona is None:
        return None
    suggested = str(document.path.with_name(f"{persona.name or 'persona'}.pdf"))
    name, chosen = QFileDialog.getSaveFileName(parent, _tr("Export persona sheet"), suggested,
                                               _tr("PDF document (*.pdf);;PNG image (*.png)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".png", ".pdf"):
        path = path.with_suffix(".png" if "png" in chosen.lower() else ".pdf")
    from jornada_desktop.widgets.personas.sheet import SheetError, export_persona_sheet  # on first use

    try:
        return export_persona_sheet(persona, path, current_language())
    except SheetError as exc:
        QMessageBox.warning(parent, _tr("Export persona sheet"), str(exc))
        return None


def import_dialog(document: Document, parent: QWidget | None = None, path: str | Path | None = None) -> int:
    """Choose a `.jornada` file and the personas to import from it; how many were added."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, _tr("Import personas from a file"), str(document.path.parent),
                                              _tr("Jornada files (*.jornada);;All files (*)"))
        if not path:
            return 0
    try:
        personas = personas_in_file(path)
    except OpenError as exc:
        QMessageBox.warning(parent, _tr("Import personas"), open_error_text(exc, path))
        return 0
    if not personas:
        QMessageBox.information(parent, _tr("Import personas"), _tr("That file has no personas."))
        return 0
    picker = PersonaPicker(_tr("Import personas"), _tr("Personas in “%1”:").replace("%1", Path(path).name),
                           personas, parent)
    if picker.exec() != QDialog.DialogCode.Accepted:
        return 0
    wanted = set(picker.chosen_ids())
    return import_personas(document, [p for p in personas if p.id in wanted])


def copy_to_open_file(document: Document, persona_ids: list[int], target: Document) -> int:
    """Copy personas into another open file (one undoable edit there); how many were added."""
    personas = [p for pid in persona_ids if (p := document.ws.get("personas", pid)) is not None]
    ops = copy_personas_ops(personas, target.ws, utc_now())
    if not ops:
        return 0
    return len(ops) if target.push(_tr("Copy personas"), ops) else 0


def copy_dialog(document: Document, persona_ids: list[int], parent: QWidget | None = None) -> int:
    """Copy personas to one of the other open files (asked when there are several)."""
    targets = [d for d in open_documents(document) if not d.read_only]
    if not targets:
        QMessageBox.information(parent, _tr("Copy personas"),
                                _tr("Open the other file in a second Jornada window first, then copy."))
        return 0
    target = targets[0]
    if len(targets) > 1:
        from PySide6.QtWidgets import QInputDialog

        names = [d.path.name for d in targets]
        name, ok = QInputDialog.getItem(parent, _tr("Copy personas"), _tr("Copy to:"), names, 0, False)
        if not ok:
            return 0
        target = targets[names.index(name)]
    count = copy_to_open_file(document, persona_ids, target)
    if count == 0:
        QMessageBox.information(parent, _tr("Copy personas"),
                                _tr("“%1” already has these personas.").replace("%1", target.path.name))
    return count

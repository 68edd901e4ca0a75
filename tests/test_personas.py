"""Personas: the editor form, photos in the file, journey links, import, copy, sheets; all undoable."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from jornada_desktop.editing.document import Document
from jornada_desktop.widgets.personas import actions
from jornada_desktop.widgets.personas.editor import PersonaEditor, edit_persona, persona_ops
from jornada_desktop.widgets.personas.library import PersonaLibrary
from jornada_desktop.widgets.personas.photo import MAX_SIDE, PhotoError, load_photo
from jornada_desktop.widgets.personas.sheet import SHEET_H, SHEET_W, SheetError, export_persona_sheet
from jornada_desktop.widgets.personas.strip import PersonaStrip
from tests.helpers import digest, file_rows


@pytest.fixture
def photo_file(tmp_path: Path, qapp) -> Path:
    """A 1200 × 800 JPEG."""
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366AA"))
    path = tmp_path / "face.jpg"
    assert image.save(str(path), "JPEG")
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _huge_png(path: Path, width: int, height: int) -> None:
    """A small PNG file whose header claims a huge size (a decompression bomb's shape)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    body = _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + _chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body)


def test_photo_is_scaled_and_stored_as_png_in_the_file(qtbot, document, photo_file: Path) -> None:
    jid = document.ws.journeys()[0].id
    editor = PersonaEditor(None)
    editor.name_edit.setText("Bruno Lima")
    editor.role_edit.setText("Gerente de TI")
    editor.texts["quote"].setPlainText("Sem surpresas.")
    editor.texts["goals"].setPlainText("Resolver rápido")
    editor.channels.item(0).setCheckState(Qt.CheckState.Checked)  # e-mail
    editor.channels.item(2).setCheckState(Qt.CheckState.Checked)  # chat
    editor.set_color("#1f77b4")
    assert editor.set_photo_file(photo_file)
    assert document.push("add", persona_ops(document, editor.fields(), None, jid))
    row = next(r for r in file_rows(document.path, "personas") if r["name"] == "Bruno Lima")
    assert (row["role"], row["quote"], row["goals"]) == ("Gerente de TI", "Sem surpresas.", "Resolver rápido")
    assert (row["channels"], row["color"]) == ("email,chat", "#1F77B4")
    assert row["photo"].startswith(b"\x89PNG")
    stored = QImage.fromData(row["photo"])
    assert (stored.width(), stored.height()) == (MAX_SIDE, round(800 * MAX_SIDE / 1200))
    links = [r for r in file_rows(document.path, "journey_personas") if r["persona_id"] == row["id"]]
    assert len(links) == 1 and links[0]["journey_id"] == jid
    # Reopened, the photo comes back byte for byte.
    reopened = Document.open(document.path, read_only=True)
    try:
        assert reopened.ws.get("personas", row["id"]).photo == row["photo"]
    finally:
        reopened.close()
    document.undo_stack.undo()
    assert all(r["name"] != "Bruno Lima" for r in file_rows(document.path, "personas"))
    assert all(r["persona_id"] != row["id"] for r in file_rows(document.path, "journey_personas"))


def test_bad_photos_are_refused_with_a_sentence(qapp, tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image at all")
    with pytest.raises(PhotoError, match="not an image"):
        load_photo(text)
    huge = tmp_path / "huge.png"
    _huge_png(huge, 20_000, 20_000)
    with pytest.raises(PhotoError, match="too large"):
        load_photo(huge)
    with pytest.raises(PhotoError, match="could not be read"):
        load_photo(tmp_path / "missing.jpg")
    editor = PersonaEditor(None)
    assert not editor.set_photo_file(text)
    assert "not an image" in editor.error_label.text()
    assert editor.photo is None


def test_editor_dialog_edits_an_existing_persona(qtbot, document, monkeypatch) -> None:
    ana = document.ws.personas()[0]

    def fill_and_accept(self: PersonaEditor) -> int:
        assert self.name_edit.text() == "Ana Souza"
        assert [self.channels.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.channels.count())
                if self.channels.item(i).checkState() == Qt.CheckState.Checked] == \
            ["email", "chat", "social", "self_service"]
        self.texts["frustrations"].setPlainText("Filas")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonaEditor, "exec", fill_and_accept)
    assert edit_persona(document, ana.id) == ana.id
    assert file_rows(document.path, "personas")[0]["frustrations"] == "Filas"
    document.undo_stack.undo()
    assert file_rows(document.path, "personas")[0]["frustrations"] == ana.frustrations


def test_library_tick_puts_persona_on_journey_and_strip_shows_it(qtbot, document) -> None:
    jid = document.ws.journeys()[0].id
    assert document.push("add", persona_ops(document, {"name": "Carla", "color": "#54A24B"}))
    carla = next(p for p in document.ws.personas() if p.name == "Carla")
    library, strip = PersonaLibrary(), PersonaStrip()
    qtbot.addWidget(library)
    qtbot.addWidget(strip)
    library.set_journey(document, jid)
    strip.set_journey(document, jid)
    assert set(strip.buttons) == {document.ws.personas()[0].id}
    item = next(library.list.item(i) for i in range(library.list.count())
                if library.list.item(i).data(Qt.ItemDataRole.UserRole) == carla.id)
    assert item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    assert carla.id in {r["persona_id"] for r in file_rows(document.path, "journey_personas")}
    assert carla.id in strip.buttons and strip.buttons[carla.id].text() == "Carla"
    document.undo_stack.undo()
    assert carla.id not in {r["persona_id"] for r in file_rows(document.path, "journey_personas")}
    assert carla.id not in strip.buttons
    document.undo_stack.redo()
    assert actions.set_on_journey(document, jid, carla.id, False)
    assert carla.id not in {r["persona_id"] for r in file_rows(document.path, "journey_personas")}


def test_delete_persona_keeps_cards_and_is_undoable(document) -> None:
    ana = document.ws.personas()[0]
    tied = [r["id"] for r in file_rows(document.path, "cards") if r["persona_id"] == ana.id]
    assert len(tied) == 7
    assert actions.delete_persona(document, ana.id, ask=False)
    assert file_rows(document.path, "personas") == []
    cards = {r["id"]: r for r in file_rows(document.path, "cards")}
    assert all(cards[i]["persona_id"] is None for i in tied)
    document.undo_stack.undo()
    assert [r["name"] for r in file_rows(document.path, "personas")] == ["Ana Souza"]
    assert sorted(r["id"] for r in file_rows(document.path, "cards") if r["persona_id"] == ana.id) == sorted(tied)


def test_import_personas_from_another_file(qtbot, document, blank_path: Path, photo_file: Path,
                                           monkeypatch) -> None:
    other = Document.open(blank_path)
    fields = {"name": "Diego", "role": "Técnico", "color": "#F58518", "photo": load_photo(photo_file)}
    assert other.push("add", persona_ops(other, fields))
    other.close()
    before = digest(blank_path)
    monkeypatch.setattr(actions.PersonaPicker, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert actions.import_dialog(document, None, blank_path) == 1
    assert digest(blank_path) == before  # the source file is only read
    row = next(r for r in file_rows(document.path, "personas") if r["name"] == "Diego")
    assert row["photo"] == fields["photo"] and row["role"] == "Técnico"
    # Importing the same persona again adds nothing.
    assert actions.import_dialog(document, None, blank_path) == 0
    document.undo_stack.undo()
    assert all(r["name"] != "Diego" for r in file_rows(document.path, "personas"))


def test_copy_persona_to_another_open_file(qtbot, document, blank_path: Path) -> None:
    target = Document.open(blank_path)
    try:
        ana = document.ws.personas()[0]
        assert actions.copy_to_open_file(document, [ana.id], target) == 1
        rows = file_rows(blank_path, "personas")
        assert [(r["name"], r["color"]) for r in rows] == [("Ana Souza", "#E45756")]
        assert actions.copy_to_open_file(document, [ana.id], target) == 0
        target.undo_stack.undo()
        assert file_rows(blank_path, "personas") == []
    finally:
        target.close()


def test_persona_sheet_png_and_pdf(qapp, document, tmp_path: Path, photo_file: Path) -> None:
    persona = document.ws.personas()[0].with_changes({"photo": load_photo(photo_file)})
    png = export_persona_sheet(persona, tmp_path / "ana.png", "pt_BR")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (SHEET_W, SHEET_H)
    assert image.pixelColor(10, 10) == QColor("#E45756")  # the persona's colour band
    pdf = export_persona_sheet(persona, tmp_path / "ana.pdf", "pt_BR")
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(SheetError, match=".png or .pdf"):
        export_persona_sheet(persona, tmp_path / "ana.docx")
    with pytest.raises(SheetError, match="could not be written"):
        export_persona_sheet(persona, tmp_path / "missing" / "ana.png")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp files left

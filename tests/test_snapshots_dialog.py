"""The versions dialog and the reliability actions: save, preview, restore (undoable), delete, copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from jornada_desktop.editing.document import Document
from jornada_desktop.model import edits
from jornada_desktop.store import snapshots
from jornada_desktop.store.schema import ENTITY_TABLES
from jornada_desktop.widgets.versions.actions import install_reliability_actions
from jornada_desktop.widgets.versions.dialog import VersionsDialog, render_preview
from tests.helpers import file_rows


def _state(path: Path) -> dict[str, list[dict]]:
    return {t: file_rows(path, t) for t in ENTITY_TABLES}


def _ink(image: QImage) -> int:
    """How many sampled pixels are not white (a blank preview has none)."""
    white = QColor("#FFFFFF").rgb()
    return sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixel(x, y) != white)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict:
    """Scripted answers for the dialog's questions."""
    given = {"label": ("Antes do workshop", True), "question": QMessageBox.StandardButton.Yes}
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: given["label"]))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: given["question"]))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: given.setdefault("warned", a[2])))
    return given


def test_preview_draws_the_journey(qapp, document: Document) -> None:
    journey = document.ws.journeys()[0].id
    image = render_preview(document.ws, journey)
    assert not image.isNull() and _ink(image) > 200


def test_dialog_saves_previews_restores_and_deletes(qapp, qtbot, sample_path: Path, answers: dict,
                                                     tmp_path: Path) -> None:
    document = Document.open(sample_path, daily_version=False)
    try:
        original = _state(sample_path)
        dialog = VersionsDialog(document)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 0 and "No versions yet" in dialog.preview.text()
        assert dialog.save_version()
        assert dialog.list.count() == 1 and "Antes do workshop" in dialog.list.item(0).text()
        pixmap = dialog.preview.pixmap()
        assert pixmap is not None and not pixmap.isNull() and _ink(pixmap.toImage()) > 200
        assert "12 card" in dialog.summary.text()  # ("12 cards" once English plural forms are loaded)
        dialog.grab().save(str(tmp_path / "versions_dialog.png"))
        ops = edits.delete_ops(document.ws, "cards", [1, 2, 3], "t")
        assert document.push("Delete cards", ops)
        dialog.list.setCurrentRow(0)
        assert dialog.restore_current()
        assert _state(sample_path) == original
        assert document.undo_stack.undoText() == "Restore version “Antes do workshop”"
        assert [v.kind for v in snapshots.list_versions(sample_path)] == ["before_restore", "manual"]
        document.undo_stack.undo()
        assert len(file_rows(sample_path, "cards")) == 9
        dialog.reload()
        assert dialog.list.count() == 2
        dialog.list.setCurrentRow(0)
        assert dialog.delete_current()
        assert dialog.list.count() == 1
    finally:
        document.close()


def test_dialog_says_when_a_version_cannot_be_read(qapp, qtbot, document: Document, answers: dict) -> None:
    version = document.save_version("quebrada")
    version.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    dialog = VersionsDialog(document)
    qtbot.addWidget(dialog)
    assert "cannot be read" in dialog.preview.text() and "damaged" in dialog.preview.text()
    before = _state(document.path)
    assert not dialog.restore_current()
    assert "damaged" in answers["warned"]
    assert _state(document.path) == before


def test_read_only_document_cannot_save_or_restore(qapp, qtbot, sample_path: Path) -> None:
    document = Document.open(sample_path, read_only=True)
    try:
        dialog = VersionsDialog(document)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled() and not dialog.restore_button.isEnabled()
    finally:
        document.close()


class _Window(QMainWindow):
    """The least a window needs for the actions: a File menu, a document and a statusbar."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.menus = {"file": self.menuBar().addMenu("&File")}
        self.menus["file"].addAction("Open")
        self.menus["file"].addSeparator()
        self.menus["file"].addAction("Quit")


def test_actions_in_the_file_menu(qapp, qtbot, document: Document, answers: dict, tmp_path: Path) -> None:
    window = _Window(document)
    qtbot.addWidget(window)
    actions = install_reliability_actions(window)
    names = [a.text().replace("&", "") for a in window.menus["file"].actions()]  # accelerators vary
    assert names.index("Save version…") < names.index("Quit")
    assert "Save a copy as…" in names and "Versions…" in names
    assert actions.save_version()
    assert [v.kind for v in snapshots.list_versions(document.path)] == ["manual", "daily"]
    copy = actions.save_copy(tmp_path / "copia.jornada")
    assert copy is not None and _state(copy) == _state(document.path)
    assert actions.save_copy(document.path) is None and "open file itself" in answers["warned"]

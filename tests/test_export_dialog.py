"""File ▸ Export… and the import actions in the main window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from jornada_desktop.widgets.export.dialog import SETTINGS_FOLDER, ExportDialog, safe_file_stem
from tests.canvas_helpers import open_window
from tests.helpers import file_rows


def _names(menu) -> list[str]:
    return [a.objectName() for a in menu.actions()]


def test_file_menu_has_export_and_imports(qtbot, sample_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    names = _names(window.menus["file"])
    for name in ("action_export", "action_import_json", "action_import_backlog"):
        assert name in names
    assert window.export_actions.export_action.isEnabled()


def test_dialog_previews_and_exports_png_with_the_selection(qtbot, sample_path: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    card = next(c for c in window.document.ws.cards(window.current_journey) if c.title == "Segue a marca")
    window.scene.select_cards([card.id])
    dialog = window.export_actions.dialog()
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("png"))
    dialog.selected.setChecked(True)
    dialog.scale.setValue(1.0)
    dialog.update_preview()
    assert dialog.selected.isEnabled() and not dialog.preview.pixmap().isNull()
    assert "pixels" in dialog.size_label.text()
    assert dialog.export_to(tmp_path / "sel.png")
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "sel.png"))
    assert 700 <= image.width() < 1000 and image.height() < 400  # one card and the header, not the map
    assert QSettings("Jornada", "Jornada").value(SETTINGS_FOLDER) == str(tmp_path)
    assert dialog.suggested_path().parent == tmp_path


def test_dialog_shows_the_pixel_cap_and_writes_a_workbook(qtbot, sample_path: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    dialog = ExportDialog(window.document.ws, window.current_journey, [], "pt_BR", "sample.jornada")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("png"))
    dialog.scale.setValue(8.0)
    dialog.update_preview()
    assert "megapixels" in dialog.message.text() and not dialog.export_button.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    dialog.update_preview()
    assert dialog.export_button.isEnabled()
    assert dialog.export_to(tmp_path / "m.xlsx")
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames[0] == "Leia-me"


def test_failed_export_says_why(qtbot, sample_path: Path, tmp_path: Path, monkeypatch) -> None:
    window = open_window(qtbot, sample_path)
    dialog = ExportDialog(window.document.ws, window.current_journey, [], "en")
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    assert not dialog.export_to(tmp_path / "missing folder" / "x.json")
    assert shown and "could not be written" in shown[0]


def test_import_actions_are_one_undo_step_each(qtbot, sample_path: Path, tmp_path: Path, monkeypatch) -> None:
    from jornada_desktop.exports.excel import export_workbook
    from jornada_desktop.exports.json_io import export_journey_json

    window = open_window(qtbot, sample_path)
    ws = window.document.ws
    export_journey_json(ws, window.current_journey, tmp_path / "j.json")
    export_workbook(ws, window.current_journey, tmp_path / "b.xlsx", "en", chart_picture=False)
    wb = openpyxl.load_workbook(tmp_path / "b.xlsx")
    wb["Improvement backlog"]["J2"] = "Done"
    wb.save(tmp_path / "b.xlsx")
    count = window.document.undo_stack.count()
    new_id = window.export_actions.import_json(tmp_path / "j.json")
    assert new_id is not None and window.current_journey == new_id
    assert len(file_rows(sample_path, "journeys")) == 2
    assert window.document.undo_stack.count() == count + 1
    result = window.export_actions.import_backlog(tmp_path / "b.xlsx", ask=False)
    assert result.updated == [1]
    assert file_rows(sample_path, "improvements")[0]["status"] == "done"
    assert window.document.undo_stack.count() == count + 2
    window.document.undo_stack.undo()
    assert file_rows(sample_path, "improvements")[0]["status"] == "open"


def test_safe_file_stem() -> None:
    assert safe_file_stem('a/b:c*"d"') == "a b c d"
    assert safe_file_stem("...") == "jornada"


def _when_modal(handle, after=None) -> None:
    """Run `handle(widget)` on the next modal window once it is shown (a person answering it);
    `after`: a modal window that is closing, not the one to answer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    tries = [0]

    def check() -> None:
        modal = QApplication.activeModalWidget()
        tries[0] += 1
        if tries[0] > 500:
            raise AssertionError("no modal window came")
        if modal is None or modal is after or not modal.isVisible():
            QTimer.singleShot(10, check)
            return
        try:
            handle(modal)
        except BaseException:
            modal.close()  # a failed answer must not leave the test waiting on the window
            raise

    QTimer.singleShot(0, check)


def _click(box, text: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "").startswith(text):
            button.click()
            return
    raise AssertionError([b.text() for b in box.buttons()])


def test_another_maps_workbook_is_refused_then_imported_by_content_on_request(qtbot, sample_path: Path,
                                                                           tmp_path: Path) -> None:
    from jornada_desktop.exports.excel import export_workbook
    from jornada_desktop.templates import create_from_template
    from tests.helpers import load_workspace

    other = tmp_path / "servico.jornada"
    create_from_template(other, "service_desk", "en").close()
    book = export_workbook(load_workspace(other), 1, tmp_path / "servico.xlsx", "en", source_name="servico.jornada")
    window = open_window(qtbot, sample_path)
    before = {r["id"]: r for r in file_rows(sample_path, "improvements")}
    seen: list[str] = []

    def refuse(box) -> None:
        seen.append(box.text())
        _click(box, "Cancel")

    _when_modal(refuse)
    assert window.export_actions.import_backlog(book) is None
    assert "servico.jornada" in seen[0] and "“Jornada de compra”" in seen[0], seen
    assert {r["id"]: r for r in file_rows(sample_path, "improvements")} == before

    def by_content(box) -> None:
        assert box.objectName() == "wrongMapQuestion"
        _when_modal(lambda report: (seen.append(report.text()), report.accept()), after=box)
        _click(box, "Import by content")

    _when_modal(by_content)
    result = window.export_actions.import_backlog(book)
    assert result is not None and result.by_content and result.added >= 1
    assert "matched by their content" in seen[-1]
    rows = {r["id"]: r for r in file_rows(sample_path, "improvements")}
    assert all(rows[i] == row for i, row in before.items())  # nothing of this map was touched by id
    assert all(r["journey_id"] == window.current_journey for r in rows.values())


def test_deleted_rows_are_deleted_only_when_ticked(qtbot, sample_path: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from jornada_desktop.exports.excel import export_workbook

    window = open_window(qtbot, sample_path)
    book = export_workbook(window.document.ws, window.current_journey, tmp_path / "b.xlsx", "en",
                           chart_picture=False)
    wb = openpyxl.load_workbook(book)
    wb["Improvement backlog"].delete_rows(3)  # improvement 2
    wb.save(book)
    listed: list[str] = []

    def cancel(dialog) -> None:
        assert dialog.objectName() == "backlogDeletions"
        dialog.reject()

    _when_modal(cancel)
    assert window.export_actions.import_backlog(book) is None
    assert len(file_rows(sample_path, "improvements")) == 2

    def tick_and_import(dialog) -> None:
        assert not dialog.delete_box.isChecked()  # never ticked for the person
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.delete_box.isChecked)  # (a mnemonic clicks the box a moment later)
        _when_modal(lambda report: (listed.append(report.text()), report.accept()), after=dialog)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)

    _when_modal(tick_and_import)
    count = window.document.undo_stack.count()
    result = window.export_actions.import_backlog(book)
    assert result.deleted == [2] and "deleted here: 1" in listed[-1]
    assert [r["id"] for r in file_rows(sample_path, "improvements")] == [1]
    assert window.document.undo_stack.count() == count + 1
    window.document.undo_stack.undo()
    assert [r["id"] for r in file_rows(sample_path, "improvements")] == [1, 2]

"""File ▸ Import survey results…: the preview, the guessed columns (changed with the keyboard), what
will be computed, and one undoable import with a version kept; the rows in the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.canvas_helpers import open_window
from tests.helpers import file_rows


def test_import_survey_results_from_the_window(qtbot, sample_path: Path, tmp_path: Path) -> None:
    answers = tmp_path / "pesquisa.csv"
    answers.write_bytes("Data;Etapa;Nota;Outra nota\n03/11/2026;Compra;5;1\n04/11/2026;Compra;4;1\n"
                        "05/11/2026;Compra;2;1\n06/11/2026;Compra;x;1\n".encode("cp1252"))
    window = open_window(qtbot, sample_path)
    dialog = window.metrics_hooks.import_survey(str(answers))
    qtbot.addWidget(dialog)
    assert dialog.preview.rowCount() == 4 and dialog.columns["score"].currentText() == "Nota"
    assert dialog.columns["stage"].currentText() == "Etapa" and dialog.columns["date"].currentText() == "Data"
    dialog.kind.setCurrentIndex(dialog.kind.findData("csat"))
    assert dialog.summary.text().startswith("3 answer") and "row 5" in dialog.summary.text()
    # The person picks another column for the score, with the keyboard.
    combo = dialog.columns["score"]
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Outra nota" and dialog.summary.text().startswith("4 answer")
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    steps = window.document.undo_stack.count()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    rows = file_rows(sample_path, "measurements")
    assert [(r["value"], r["period"], r["sample"], r["source"]) for r in rows] == [(66.7, "2026-11", 3, "pesquisa.csv")]
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert file_rows(sample_path, "measurements") == []

"""Compare two curves: persona A against B, biggest gaps first, a row a key away from its card on
the map, the chart as PNG and the table as a workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from jornada_desktop.model.edits import new_row, update_ops, utc_now
from jornada_desktop.model.ops import Insert
from jornada_desktop.model.ratings import set_rating_ops
from jornada_desktop.widgets.personas.compare import CompareDialog
from tests.canvas_helpers import open_window


def test_two_personas_side_by_side_biggest_gap_first(qtbot, sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.widgets.personas.install import install_personas

    window = open_window(qtbot, sample_path)
    hooks = getattr(window, "persona_hooks", None) or install_personas(window)
    document, jid = window.document, window.current_journey
    ws = document.ws
    ana = ws.personas()[0]
    bruno = new_row(ws, "personas", {"name": "Bruno", "color": "#1F77B4"}, utc_now())
    assert document.push("bruno", [Insert("personas", bruno)])
    touch = sorted((c for c in ws.cards(jid) if c.kind == "touchpoint"), key=lambda c: c.id)
    first, second = touch[0], touch[1]
    assert document.push("ana", update_ops(ws, "cards", first.id, {"emotion": 2}, utc_now())
                         + update_ops(ws, "cards", second.id, {"emotion": 1}, utc_now()))
    assert document.push("b1", set_rating_ops(ws, first.id, bruno["id"], "as_is", -2, utc_now()))
    assert document.push("b2", set_rating_ops(ws, second.id, bruno["id"], "as_is", 0, utc_now()))
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    dialog.choose((ana.id, "as_is"), (bruno["id"], "as_is"))
    assert [(g.card_id, g.a, g.b) for g in dialog.gaps] == [(first.id, 2, -2), (second.id, 1, 0)]
    assert dialog.table.item(0, 4).text() == "-4"
    dialog.table.setFocus()
    dialog.table.setCurrentCell(1, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert window.scene.selected_card_ids() == [second.id]
    png = dialog.save_png(tmp_path / "compare.png")
    assert png is not None and not QImage(str(png)).isNull()
    sheet = dialog.save_sheet(tmp_path / "compare.xlsx")
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    assert rows[0][2:4] == (dialog.first.currentText(), dialog.second.currentText())
    assert rows[1][2:] == (2, -2, -4) and rows[1][0] == first.title
    # As-is against to-be of everyone (the sample's to-be examples): biggest gaps first.
    dialog.choose((None, "as_is"), (None, "to_be"))
    sizes = [g.size for g in dialog.gaps]
    assert sizes and sizes == sorted(sizes, reverse=True) and dialog.png_button.isEnabled()
    # Bruno rated nothing to-be: nothing to compare, and nothing to save.
    dialog.choose((ana.id, "to_be"), (bruno["id"], "to_be"))
    assert dialog.gaps == [] and not dialog.png_button.isEnabled() and not dialog.sheet_button.isEnabled()
    hooks.compare_action.setEnabled(True)

"""While the structure is locked the window says so before anything is typed or dragged: no rename
box opens on a stage header, a dragged header stays put with the reason in the status bar, and
the menu entries that would change stages or lanes are greyed out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.canvas_helpers import double_click, drag, open_window
from tests.helpers import digest, file_rows


def _locked_window(qtbot, path):  # noqa: ANN001, ANN202
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, path)
    features = install_workshop_features(window)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert file_rows(path, "journeys")[0]["structure_locked"] == 1
    return window, features


def _header_point(window, stage_id):  # noqa: ANN001, ANN202
    return window.view.mapFromScene(window.scene.stage_items[stage_id].sceneBoundingRect().center())


def test_a_locked_stage_header_opens_no_rename_box_and_says_why(qtbot, sample_path):
    window, _ = _locked_window(qtbot, sample_path)
    stage_id = sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])[1]["id"]
    before = digest(sample_path)
    double_click(window.view.viewport(), _header_point(window, stage_id))
    assert window.view.editor is None
    assert "locked" in window.statusBar().currentMessage()
    assert digest(sample_path) == before


def test_a_locked_stage_header_does_not_move_when_dragged(qtbot, sample_path):
    window, _ = _locked_window(qtbot, sample_path)
    stages = [r["id"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])]
    item = window.scene.stage_items[stages[0]]
    where = item.pos()
    window.statusBar().clearMessage()
    drag(window.view.viewport(), _header_point(window, stages[0]), _header_point(window, stages[2]))
    assert [r["id"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])] == stages
    assert item.pos() == where
    assert "locked" in window.statusBar().currentMessage()


def test_locked_entries_are_greyed_out_before_they_are_chosen(qtbot, sample_path):
    window, _ = _locked_window(qtbot, sample_path)
    stage_id = file_rows(sample_path, "stages")[0]["id"]
    menu = window.canvas.build_header_menu("stage", stage_id)
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert not enabled["Rename…"] and not enabled["Add stage after"] and not enabled["Delete stage…"]
    assert enabled["Hide in this view"]  # a view choice, not the structure
    assert not window.actions_by_name["add_stage"].isEnabled()
    menu.deleteLater()
    # unlocking gives them back
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.actions_by_name["add_stage"].isEnabled()
    menu = window.canvas.build_header_menu("stage", stage_id)
    assert {a.text(): a.isEnabled() for a in menu.actions() if a.text()}["Rename…"]
    menu.deleteLater()


def test_a_banner_over_the_map_and_in_presentation_mode_while_locked(qtbot, sample_path):
    window, features = _locked_window(qtbot, sample_path)
    assert features.lock_banner.isVisible() and "Ctrl+L" in features.lock_banner.text()
    banner_bottom = features.lock_banner.mapTo(window, features.lock_banner.rect().bottomLeft()).y()
    assert banner_bottom <= window.view.mapTo(window, window.view.rect().topLeft()).y()  # above the map
    window.actions_by_name["presentation"].trigger()
    presentation = features.presentation
    qtbot.waitUntil(lambda: presentation.lock_banner.isVisible())
    presentation.ask_snapshot = lambda: False
    presentation.hide_room()
    qtbot.keyClick(presentation.capture_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # unlock
    assert file_rows(sample_path, "journeys")[0]["structure_locked"] == 0
    assert not presentation.lock_banner.isVisible()
    presentation.close()
    assert not features.lock_banner.isVisible()  # the window follows the file

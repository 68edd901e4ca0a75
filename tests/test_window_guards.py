"""Guards around the backlog and import actions of the main window: read-only files, failed
writes reported once, links to cards in hidden lanes, no dialog kept per export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.canvas_helpers import open_window
from tests.helpers import digest, file_rows


def test_read_only_file_refuses_adding_an_improvement_before_the_form(qtbot, sample_path: Path,
                                                                     monkeypatch) -> None:
    from jornada_desktop.widgets.backlog import editor as backlog_editor

    window = open_window(qtbot, sample_path)
    action = next(a for a in window.menus["journey"].actions() if a.objectName() == "action_add_improvement")
    assert action.isEnabled()
    assert window.open_path(sample_path, read_only=True) and window.document.read_only
    assert not action.isEnabled()
    opened: list[int] = []
    monkeypatch.setattr(backlog_editor.ImprovementEditor, "exec",
                        lambda self: opened.append(1) or QDialog.DialogCode.Accepted)
    before = digest(sample_path)
    card = next(c for c in window.document.ws.cards(window.current_journey) if c.parent_id is None)
    assert window.backlog_hooks.add_for_card(card.id) is None
    assert not opened and "read-only" in window.statusBar().currentMessage()
    assert digest(sample_path) == before


def test_failed_import_write_is_reported_once(qtbot, sample_path: Path, tmp_path: Path, monkeypatch) -> None:
    from jornada_desktop.exports.json_io import export_journey_json
    from jornada_desktop.store import WriteError

    window = open_window(qtbot, sample_path)
    document = window.document
    source = export_journey_json(document.ws, window.current_journey, tmp_path / "j.json")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))

    def full_disk(_ops) -> None:  # noqa: ANN001
        raise WriteError("The disk is full; the change was not saved.")

    monkeypatch.setattr(document.store, "apply", full_disk)
    journeys = file_rows(sample_path, "journeys")
    assert window.export_actions.import_json(source) is None
    assert len(shown) == 1 and "disk is full" in shown[0]
    assert file_rows(sample_path, "journeys") == journeys
    # the window's own message still shows for an ordinary failed edit afterwards
    card = next(c for c in document.ws.cards(window.current_journey) if c.parent_id is None)
    window.editor.update_card(card.id, {"title": "x"})
    assert len(shown) == 2


def test_link_to_a_card_in_a_hidden_lane_says_so(qtbot, sample_path: Path) -> None:
    from jornada_desktop.widgets.backlog.install import reveal_card

    window = open_window(qtbot, sample_path)
    card = next(c for c in window.document.ws.cards(window.current_journey) if c.parent_id is None)
    assert reveal_card(window, card.id) and window.scene.selected_card_ids() == [card.id]
    assert window.editor.set_lane_hidden(card.lane_id, True)
    assert not reveal_card(window, card.id)
    assert "hidden lane" in window.statusBar().currentMessage()


def test_export_dialogs_are_not_kept(qtbot, sample_path: Path, monkeypatch) -> None:
    from jornada_desktop.widgets.export.dialog import ExportDialog

    window = open_window(qtbot, sample_path)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    for _ in range(3):
        window.export_actions.export()
    qtbot.wait(10)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ExportDialog) == []

"""The status bar's card count follows every change of the file (issue 14, defect 5): cards
captured in presentation mode and a restored version included.

The count reads the canvas scene (one item per placed card), and the window heard of each change
before the scene had followed it: an edit that did not also change the selection (a capture in
presentation mode, a restore that brings cards back) left the count one change behind.
Gestures are real events: keys to the focused widget, clicks on the canvas viewport.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from tests.canvas_helpers import by_title, card_point, click, open_window, press, type_keys
from tests.helpers import file_rows


def placed_cards(path: Path, journey_id: int) -> int:
    """Cards of a journey in the file (notes hang on cards and are not counted)."""
    return sum(1 for r in file_rows(path, "cards") if r["journey_id"] == journey_id and r["parent_id"] is None)


def count_shown(window) -> int:  # noqa: ANN001 - MainWindow
    """The number of cards the status bar shows ("12 card(s) · 1 selected" → 12)."""
    return int(window.count_label.text().split()[0])


@pytest.fixture
def window(qtbot, sample_path: Path):  # noqa: ANN001, ANN201
    """The window as the app builds it (workshop features included) on the purchase template."""
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    win = open_window(qtbot, sample_path)
    install_workshop_features(win)
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win


def test_count_follows_presentation_captures(qtbot, window, sample_path: Path) -> None:  # noqa: ANN001
    journey = window.current_journey
    before = placed_cards(sample_path, journey)
    assert count_shown(window) == before
    press(qtbot, Qt.Key.Key_F5)  # presentation mode
    presentation = window.workshop.presentation
    assert presentation is not None
    presentation.ask_snapshot = lambda: False  # (the question when leaving is not this test's business)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is presentation.people_panel.name_field)
    press(qtbot, Qt.Key.Key_Escape)  # it asks who is in the room first: nobody named, on to capturing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is presentation.capture_field)
    for text in ("Pergunta o prazo", "Compara com a loja"):
        type_keys(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)
    assert {"Pergunta o prazo", "Compara com a loja"} <= {r["title"] for r in file_rows(sample_path, "cards")}
    assert placed_cards(sample_path, journey) == before + 2
    assert count_shown(window) == before + 2
    press(qtbot, Qt.Key.Key_Escape)  # leave presentation mode
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    assert count_shown(window) == before + 2


def test_count_follows_a_restored_version(qtbot, window, sample_path: Path, monkeypatch) -> None:  # noqa: ANN001
    journey = window.current_journey
    before = placed_cards(sample_path, journey)
    # Delete one card (the day's version is kept first: the file as it was when opened).
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    click(window.view.viewport(), card_point(window, card["id"]))
    press(qtbot, Qt.Key.Key_Delete)
    assert placed_cards(sample_path, journey) == before - 1
    assert count_shown(window) == before - 1
    # File ▸ Versions…, Restore this version (the day's one), Yes, Close.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    done: dict[str, object] = {}

    def in_the_dialog() -> None:
        from jornada_desktop.widgets.versions.dialog import VersionsDialog

        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, VersionsDialog) and w.isVisible()), None)
        if dialog is None:
            return
        timer.stop()
        try:
            done["versions"] = dialog.list.count()
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
            done["restored"] = True
        finally:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Close

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the File menu opens
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    versions = window.reliability.versions_action
    letter = re.search(r"&(\w)", versions.text().replace("&&", "")).group(1).upper()
    timer = QTimer()  # looks for the dialog while it runs (until Escape closes it)
    timer.timeout.connect(in_the_dialog)
    timer.start(20)
    # Its Alt letter in this language: a letter of one entry runs it at once; a letter two
    # entries share selects them by turns, and Enter runs the one selected.
    qtbot.keyClick(menu, getattr(Qt.Key, f"Key_{letter}"))
    if "restored" not in done:
        if menu.activeAction() is not versions:
            qtbot.keyClick(menu, getattr(Qt.Key, f"Key_{letter}"))
        assert menu.activeAction() is versions
        qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "restored" in done)
    assert done["versions"] == 1  # the day's version, kept just before the deletion
    assert placed_cards(sample_path, journey) == before
    assert count_shown(window) == before


def test_count_follows_undo_of_a_deletion(qtbot, window, sample_path: Path) -> None:  # noqa: ANN001
    journey = window.current_journey
    before = placed_cards(sample_path, journey)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    click(window.view.viewport(), card_point(window, card["id"]))
    press(qtbot, Qt.Key.Key_Delete)
    assert (placed_cards(sample_path, journey), count_shown(window)) == (before - 1, before - 1)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the card comes back, not selected
    assert placed_cards(sample_path, journey) == before
    assert count_shown(window) == before

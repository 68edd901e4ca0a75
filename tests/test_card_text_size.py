"""The card text size of the preferences works (issue 14, defect 8): on the canvas at once, in
presentation mode and in image exports (it was saved and never read).

The Preferences dialog is reached with its key (Ctrl+,) and filled from the keyboard (the label's
Alt shortcut, typing, Enter), as a person would.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from jornada_desktop.canvas import style
from jornada_desktop.settings import Settings
from tests.canvas_helpers import by_title, press, type_keys
from tests.helpers import digest, file_rows
from tests.preferences_helpers import app_window, in_preferences

ALT = Qt.KeyboardModifier.AltModifier



@pytest.fixture
def window(qtbot, sample_path: Path):  # noqa: ANN001, ANN201
    """The window as the app builds it, on the purchase template."""
    return app_window(qtbot, sample_path)


def test_card_text_size_applies_at_once_on_canvas_presentation_and_exports(qtbot, window, sample_path: Path,
                                                                            tmp_path: Path) -> None:  # noqa: ANN001
    from jornada_desktop.exports.images import export_image

    card = by_title(file_rows(sample_path, "cards"), "Pesquisa de satisfação (NPS)")
    item = window.scene.card_items[card["id"]]
    height, title_px = item.boundingRect().height(), style.shared_font("title").pixelSize()
    lane_rows = list(window.scene.layout.row_h)
    ws = window.document.ws
    before_png = export_image(ws, window.current_journey, tmp_path / "before.png", "png")
    file_before = digest(sample_path)

    def bigger_text(_dialog: QWidget) -> None:
        press(qtbot, Qt.Key.Key_Z, ALT)  # "Card text si&ze": focus and select the number
        type_keys(qtbot, "20")

    in_preferences(qtbot, window, bigger_text)
    assert Settings().card_font_size == 20
    assert style.card_text_size() == 20
    # The open canvas follows at once: bigger titles, taller cards, taller rows, cards still apart.
    assert window.scene.card_items[card["id"]] is item
    assert style.shared_font("title").pixelSize() > title_px * 1.6
    assert item.boundingRect().height() > height + 15
    assert all(after >= before for after, before in zip(window.scene.layout.row_h, lane_rows, strict=True))
    assert sum(window.scene.layout.row_h) > sum(lane_rows) + 15
    for other in window.scene.card_items.values():
        if other is not item and other.isVisible() and item.isVisible():
            assert not other.sceneBoundingRect().adjusted(3, 3, -3, -3).intersects(
                item.sceneBoundingRect().adjusted(3, 3, -3, -3))
    # Presentation mode (F5) draws the same cards at the same size.
    press(qtbot, Qt.Key.Key_F5)
    presentation = window.workshop.presentation
    presentation.ask_snapshot = lambda: False
    qtbot.waitUntil(lambda: QApplication.focusWidget() is presentation.people_panel.name_field)
    press(qtbot, Qt.Key.Key_Escape)  # (it starts by asking who is in the room)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is presentation.capture_field)
    assert presentation.scene.card_items[card["id"]].boundingRect() == item.boundingRect()
    # The stage board's smallest text grows with the preference (20 pt: 16 × 20 / 11 px).
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert presentation.board.board_layout().text_px >= 29
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    # Image exports draw the same canvas: a taller picture, the same width.
    after_png = export_image(ws, window.current_journey, tmp_path / "after.png", "png")
    small, large = QImage(str(before_png)), QImage(str(after_png))
    assert large.width() == small.width() and large.height() > small.height() + 40
    assert digest(sample_path) == file_before  # a preference is not a change of the map


def test_standard_card_text_size_draws_as_before(qapp) -> None:
    assert style.card_text_size() == 11 and style.CARD_H == 96.0
    assert style.shared_font("title").pixelSize() == 14 and style.shared_font("note").pixelSize() == 12
    style.set_card_text_size(8)
    assert style.CARD_H == 96.0 and style.shared_font("title").pixelSize() == 10  # never shorter
    style.set_card_text_size(36)
    assert style.CARD_H > 150 and style.shared_font("title").pixelSize() == 46


@pytest.mark.parametrize("lang", ["en", "pt_BR"])
def test_each_preference_has_its_own_alt_key(qtbot, lang: str) -> None:
    """Alt+T reached "Theme" or "Card text size" depending on where the focus was (both had T)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from jornada_desktop import i18n
    from jornada_desktop.widgets.window.preferences import PreferencesDialog

    i18n.install_language(QCoreApplication.instance(), lang)
    try:
        prefs = PreferencesDialog(Settings())
        qtbot.addWidget(prefs.dialog)
        texts = [w.text() for w in prefs.dialog.findChildren(QLabel) + prefs.dialog.findChildren(QAbstractButton)]
        keys = [m.group(1).lower() for t in texts for m in [re.search(r"&([^&\s])", t.replace("&&", ""))] if m]
        assert len(keys) >= 6, texts
        assert len(keys) == len(set(keys)), sorted(texts)
    finally:
        i18n.install_language(QCoreApplication.instance(), "en")

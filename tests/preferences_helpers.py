"""Helpers for tests of the preferences: standard preferences around each test, the Preferences
dialog reached with its key and filled from the keyboard, the window as the app builds it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from jornada_desktop.canvas import style
from jornada_desktop.settings import Settings
from tests.canvas_helpers import open_window, press


def reset_preferences() -> None:
    """Back to the standard preferences (QSettings and the card text size outlive a test)."""
    Settings().q.clear()
    style.set_card_text_size(style.CARD_TEXT_STANDARD)


def in_preferences(qtbot, window, fill: Callable[[QWidget], None]) -> None:  # noqa: ANN001
    """Open Preferences with Ctrl+, from the focused widget, let `fill` type into it, press Enter."""
    done: dict[str, object] = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, in_dialog)
            return
        try:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                            and QApplication.focusWidget().window() is dialog)
            fill(dialog)
            press(qtbot, Qt.Key.Key_Return)  # OK, the default button
            done["ok"] = True
        except BaseException as exc:  # noqa: BLE001 - reported below; never leave the dialog open
            done["error"] = repr(exc)
            dialog.reject()

    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    QTimer.singleShot(0, in_dialog)
    press(qtbot, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # runs until Enter
    assert done == {"ok": True}, done
    window.activateWindow()  # (no window manager gives it back offscreen)
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)


def app_window(qtbot, path: Path):  # noqa: ANN001, ANN201 - qtbot, MainWindow
    """A window as the app builds it (with Preferences, presentation mode, the versions) on a file."""
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, path)
    install_workshop_features(window)
    return window

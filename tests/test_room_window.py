"""Workshop ▸ Room… in the window: started with keys and clicks, a phone's card lands on the canvas,
the moderation inbox, the projector screen, and closing the window ends the room."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.canvas_helpers import open_window
from tests.helpers import file_rows
from tests.room_helpers import Phone, raw


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _open_room(qtbot, sample_path: Path):  # noqa: ANN202
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, sample_path)
    features = install_workshop_features(window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_J,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    room = features.room_window
    assert room is not None
    qtbot.waitExposed(room)
    room.address_combo.setCurrentText("127.0.0.1")
    assert room.address_combo.currentText() == "127.0.0.1"
    room.port_spin.setFocus()
    qtbot.keyClick(room.port_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(room.port_spin, str(free_port()))
    return window, features, room


def test_a_phone_card_lands_on_the_canvas_in_its_colour(qtbot, sample_path: Path) -> None:
    window, features, room = _open_room(qtbot, sample_path)
    assert room.url_label.text() == room.tr("The room is closed.") and not room.project_button.isEnabled()
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    assert room.host.running and room.url_label.text().startswith("http://127.0.0.1:")
    assert room.qr._matrix  # the QR code of the address is drawn
    phone = Phone(qtbot, room.host.url)
    color = phone.join("Maria")["color"]
    qtbot.waitUntil(lambda: room.people.count() == 1)
    # The status bar says the room is open, also once its window is closed; a click reopens it.
    room.close()
    status = features.room_status
    assert status.isVisible() and "1" in status.text()
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    assert room.isVisible()
    stage = window.document.ws.stages(window.current_journey)[0].id
    status, answer = phone.send("cards", {"kind": "pain_point", "stage_id": stage, "text": "Site lento"})
    assert status == 201
    card = next(c for c in window.document.ws.all("cards") if c.title == "Site lento")
    assert card.participant == "Maria" and card.color == color
    scene = window.canvas.scene if hasattr(window.canvas, "scene") else window.view.scene()
    qtbot.waitUntil(lambda: card.id in scene.card_items)
    assert [r["title"] for r in file_rows(sample_path, "cards") if r["participant"] == "Maria"] == ["Site lento"]
    # Ctrl+Z in the window takes the phone's card back (one step).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [r for r in file_rows(sample_path, "cards") if r["participant"] == "Maria"]


def test_the_inbox_accepts_and_turns_down_with_clicks(qtbot, sample_path: Path) -> None:
    window, features, room = _open_room(qtbot, sample_path)
    check = room.moderated_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # on its box
    assert room.moderated_check.isChecked()
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    phone = Phone(qtbot, room.host.url)
    phone.join("Bia")
    stage = window.document.ws.stages(window.current_journey)[1].id
    for text in ("Boleto demora", "spam"):
        assert phone.send("cards", {"kind": "note", "stage_id": stage, "text": text})[1]["status"] == "pending"
    qtbot.waitUntil(lambda: room.inbox.count() == 2)
    assert not room.accept_button.isEnabled() and room.accept_all_button.isEnabled()
    second = room.inbox.item(1)
    qtbot.mouseClick(room.inbox.viewport(), Qt.MouseButton.LeftButton, pos=room.inbox.visualItemRect(second).center())
    assert "spam" in second.text() and room.reject_button.isEnabled()
    qtbot.mouseClick(room.reject_button, Qt.MouseButton.LeftButton)
    assert room.inbox.count() == 1
    qtbot.mouseClick(room.accept_all_button, Qt.MouseButton.LeftButton)
    assert room.inbox.count() == 0
    titles = [r["title"] for r in file_rows(sample_path, "cards") if r["participant"] == "Bia"]
    assert titles == ["Boleto demora"]
    assert [c["status"] for c in phone.state()["mine"]] == ["accepted", "rejected"]


def test_the_projector_screen_and_closing_the_window_ends_the_room(qtbot, sample_path: Path) -> None:
    window, features, room = _open_room(qtbot, sample_path)
    qtbot.mouseClick(room.start_button, Qt.MouseButton.LeftButton)
    url = room.host.url
    qtbot.mouseClick(room.project_button, Qt.MouseButton.LeftButton)
    screen = room.join_screen
    assert screen is not None and screen.isVisible()
    assert screen.findChild(type(room.url_label), "roomAddress").text() == url
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: room.join_screen is None)
    path = "/r/" + url.split("/r/")[1]
    assert raw(url, "GET", path)[0] == 200
    window.close()
    try:
        status = raw(url, "GET", path, timeout=2)[0]
    except OSError:
        status = None
    assert status is None  # nothing listens once the window (and its file) closed


def test_a_read_only_file_offers_no_room(qtbot, sample_path: Path) -> None:
    from jornada_desktop.widgets.window.main_window import MainWindow
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = MainWindow()
    qtbot.addWidget(window)
    features = install_workshop_features(window)
    assert window.open_path(sample_path, read_only=True)
    assert not features.room_mode_action.isEnabled()

"""The workshop timer in presentation mode: keys that never type into the capture box, a minutes
field that keeps the keyboard, an agenda kept in the file, and an end that is seen and heard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jornada_desktop.widgets.workshop.presentation import PresentationWindow
from tests.helpers import file_rows, open_presentation


def _window(qtbot, document) -> PresentationWindow:
    return open_presentation(qtbot, document, (1280, 800), ask=False)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_timer_keys_work_from_the_capture_box_without_typing(qtbot, document) -> None:
    window = _window(qtbot, document)
    qtbot.keyClicks(window.capture_field, "meio")
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.countdown.running and window.capture_field.text() == "meio"
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.countdown.running
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # reset: full time, paused
    assert not window.countdown.running and window.countdown.remaining() == window.minutes_spin.value() * 60
    assert window.capture_field.text() == "meio"


def test_minutes_field_keeps_the_keyboard_and_enter_applies(qtbot, document) -> None:
    window = _window(qtbot, document)
    cards = len(file_rows(document.path, "cards"))
    spin = window.minutes_spin
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (spin, spin.lineEdit()))
    spin.lineEdit().selectAll()
    _key(qtbot, Qt.Key.Key_1)
    _key(qtbot, Qt.Key.Key_5)
    assert QApplication.focusWidget() in (spin, spin.lineEdit())
    _key(qtbot, Qt.Key.Key_Return)
    assert spin.value() == 15 and window.countdown.remaining() == 15 * 60
    assert QApplication.focusWidget() is window.capture_field
    assert len(file_rows(document.path, "cards")) == cards  # no card titled "15"


def test_agenda_is_kept_in_the_file_and_steps_set_the_countdown(qtbot, document, monkeypatch) -> None:
    from jornada_desktop.widgets.workshop.room import AgendaPanel

    panel = AgendaPanel(document, 1)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    for title, minutes in (("Capture", 10), ("Vote", 5), ("Discuss", 12)):
        panel.minutes.setValue(minutes)
        panel.step_field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.step_field)
        qtbot.keyClicks(panel.step_field, title)
        _key(qtbot, Qt.Key.Key_Return)
    rows = file_rows(document.path, "agenda_steps")
    assert [(r["title"], r["minutes"], r["position"]) for r in rows] == [
        ("Capture", 10, 0), ("Vote", 5, 1), ("Discuss", 12, 2)]
    assert "27" in panel.total.text()
    panel.close()
    window = _window(qtbot, document)
    assert window.agenda_combo.count() == 4 and window.agenda_combo.isVisibleTo(window)
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.step_index == 0 and window.countdown.remaining() == 10 * 60
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.step_index == 1 and window.minutes_spin.value() == 5
    # The end is seen (the status line names the step and the next) and heard (the bell).
    rings: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: rings.append(True)))
    now = [1000.0]
    window.countdown.clock = lambda: now[0]
    ended: list[bool] = []
    window.countdown.expired.connect(lambda: ended.append(True))
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    now[0] += 5 * 60 + 1
    window.countdown.poll()
    assert ended == [True] and rings == [True]
    assert "Vote" in window.status_label.text() and "Discuss" in window.status_label.text()
    assert window.timer_label.property("expired") is True

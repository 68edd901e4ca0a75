"""Helpers for canvas tests: a window on a file, real mouse events on the view's viewport."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget


def open_window(qtbot, path: Path):  # noqa: ANN001, ANN201 - qtbot fixture, MainWindow
    """A shown main window on a file (closed by qtbot at the end of the test)."""
    from jornada_desktop.widgets.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_path(path)
    window.view.set_zoom(0.6)  # the whole sample map fits, so every target is on screen
    window.view.scroll_to_start()
    return window


def mouse(widget: QWidget, kind: QMouseEvent.Type, pos: QPoint, button: Qt.MouseButton,
          buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Send one hand-built mouse event (moves carry the held buttons, unlike qtbot.mouseMove)."""
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press at start, move in steps with the left button held, release at end."""
    left = Qt.MouseButton.LeftButton
    mouse(widget, QMouseEvent.Type.MouseButtonPress, start, left, left, modifiers)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        mouse(widget, QMouseEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())), Qt.MouseButton.NoButton,
              left, modifiers)
    mouse(widget, QMouseEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton, modifiers)


def click(widget: QWidget, pos: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A left click (press and release at the same place)."""
    left = Qt.MouseButton.LeftButton
    mouse(widget, QMouseEvent.Type.MouseButtonPress, pos, left, left, modifiers)
    mouse(widget, QMouseEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton, modifiers)


def card_point(window, card_id: int) -> QPoint:  # noqa: ANN001 - MainWindow
    """The viewport point at the middle of a card."""
    item = window.scene.card_items[card_id]
    return window.view.mapFromScene(item.sceneBoundingRect().center())


def cell_point(window, stage_id: int, lane_id: int, fy: float = 0.5) -> QPoint:  # noqa: ANN001
    """A viewport point inside a cell (fy: how far down the cell, 0..1)."""
    x, y, w, h = window.scene.layout.cell_rect((stage_id, lane_id))
    return window.view.mapFromScene(QPointF(x + w / 2, y + h * fy))


def by_title(rows: list[dict], title: str) -> dict:
    """The one row with a title."""
    found = [r for r in rows if r.get("title") == title]
    assert len(found) == 1, f"{len(found)} rows titled {title!r}"
    return found[0]


def double_click(widget: QWidget, pos: QPoint) -> None:
    """A left double-click as the platform sends it: press, release, double-click, release."""
    left = Qt.MouseButton.LeftButton
    click(widget, pos)
    mouse(widget, QMouseEvent.Type.MouseButtonDblClick, pos, left, left)
    mouse(widget, QMouseEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton)


def type_keys(qtbot, text: str) -> None:  # noqa: ANN001 - qtbot fixture
    """Type into whatever widget has the keyboard focus now, one key at a time (ASCII)."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClicks(target, char)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """Press a key in whatever widget has the keyboard focus now (shortcuts included)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)

"""Run as a child process: type into the real window with key events, then wait to be killed.

argv: FILE MODE, where MODE is 'description' (the inspector's description of the first card) or
'new_card' (a new card's in-place editor, left open). Prints 'typed' when the last key is sent;
the parent kills the process with SIGKILL a moment later and reads the file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jornada_desktop.app import make_app
from jornada_desktop.widgets.window.main_window import MainWindow

TEXT = "Texto digitado antes da queda"


def main() -> int:
    path, mode = Path(sys.argv[1]), sys.argv[2]
    app = make_app()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    window.open_path(path)

    def type_text() -> None:
        scene = window.scene
        if mode == "description":
            card_id = next(iter(scene.card_items))
            item = scene.card_items[card_id]
            point = window.view.mapFromScene(item.sceneBoundingRect().center())
            QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
            QTest.mouseClick(window.inspector.body.viewport(), Qt.MouseButton.LeftButton)
        else:
            window.view.setFocus()
            QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        for char in TEXT:
            QTest.keyClicks(QApplication.focusWidget(), char)
        print("typed", type(QApplication.focusWidget()).__name__, flush=True)

    QTimer.singleShot(300, type_text)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

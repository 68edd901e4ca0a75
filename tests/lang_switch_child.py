"""Run as a child process: switch the language in Preferences with the window in a state (argv[2]).

States: normal, maximized, fullscreen, floating (a floating dock). Prints 'switched <lang>' when
the new window shows the file; the parent checks the exit status (a crash is a signal).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox

from jornada_desktop import i18n
from jornada_desktop.app import make_app
from jornada_desktop.widgets.window.main_window import MainWindow
from jornada_desktop.widgets.workshop.features import install_workshop_features


def main() -> int:
    path, state = Path(sys.argv[1]), sys.argv[2]
    app = make_app()
    i18n.install_language(app, "en")
    window = MainWindow()
    features = install_workshop_features(window)
    window.open_path(path)
    if state == "maximized":
        window.showMaximized()
    elif state == "fullscreen":
        window.showFullScreen()
    else:
        window.show()
        if state == "floating":
            window.inspector_dock.setFloating(True)
    results: list[object] = []
    features.window_replaced.connect(results.append)

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, answer_dialog)
            return
        combo = dialog.findChild(QComboBox, "languageCombo")
        combo.setCurrentIndex(combo.findData("pt_BR"))
        ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    def open_preferences() -> None:
        QTimer.singleShot(50, answer_dialog)
        window.actions_by_name["preferences"].trigger()

    def check() -> None:
        if not results:
            QTimer.singleShot(100, check)
            return
        new = results[-1]
        shape = "fullscreen" if new.isFullScreen() else "maximized" if new.isMaximized() else "normal"
        floating = new.inspector_dock.isFloating()
        print("switched", i18n.current_language(), new.document is not None and new.document.path.name,
              shape, "floating" if floating else "docked", new.windowTitle(), flush=True)
        new.close()
        app.quit()

    QTimer.singleShot(300, open_preferences)
    QTimer.singleShot(400, check)
    QTimer.singleShot(20000, lambda: (print("timeout", flush=True), app.exit(3)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

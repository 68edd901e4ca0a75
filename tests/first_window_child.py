"""Run as a child process on an offscreen screen of a given size: how the first window looks.

argv: FILE LANG. Prints one JSON line: window state, canvas size, tool-bar actions out of sight,
and the widgets of the inspector and persona panels narrower than they need (cut labels, combo
boxes without room for their arrow) or panels that scroll sideways.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QScrollArea, QWidget

from jornada_desktop import i18n
from jornada_desktop.app import make_app
from jornada_desktop.widgets.window.main_window import MainWindow
from jornada_desktop.widgets.workshop.features import install_workshop_features


def cramped(panel: QWidget) -> list[str]:
    """Visible labels, buttons and combo boxes narrower than their smallest readable size."""
    found = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisibleTo(panel) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            need = widget.minimumSizeHint().width()
            if widget.width() + 1 < need:
                found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')() or widget.objectName()}"
                             f" {widget.width()}<{need}")
    return found


def sideways(dock: QWidget) -> bool:
    """Whether a dock's panel scrolls sideways."""
    return any(area.horizontalScrollBar().isVisible() for area in dock.findChildren(QScrollArea))


def main() -> int:
    path, lang = Path(sys.argv[1]), sys.argv[2]
    app = make_app()
    i18n.install_language(app, lang)
    window = MainWindow()
    install_workshop_features(window)
    window.show_at_start()
    window.open_path(path)

    def report() -> None:
        window.canvas.scene.select_cards([next(iter(window.canvas.scene.card_items))])
        app.processEvents()
        bar = window.toolbar
        out_of_sight = [a.objectName() for a in bar.actions() if not a.isSeparator()
                        and not (bar.widgetForAction(a) and bar.widgetForAction(a).isVisible())]
        personas = window.findChild(QWidget, "personasDock")
        personas.show()
        personas.raise_()
        app.processEvents()
        window.inspector_dock.raise_()
        app.processEvents()
        print(json.dumps({
            "maximized": window.isMaximized(), "window": [window.width(), window.height()],
            "canvas": [window.view.width(), window.view.height()], "out_of_sight": out_of_sight,
            "inspector_cramped": cramped(window.inspector), "inspector_sideways": sideways(window.inspector_dock),
            "personas_sideways": sideways(personas),
            "personas_cramped": cramped(personas.widget()) if personas.widget() else [],
        }), flush=True)
        app.quit()

    QTimer.singleShot(500, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

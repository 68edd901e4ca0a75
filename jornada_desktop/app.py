"""The GUI application: QApplication set-up, translations, the default workspace file, the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from jornada_desktop import __version__
from jornada_desktop.paths import resource
from jornada_desktop.templates import SAMPLE_TEMPLATE, create_from_template

APP_NAME = "Jornada"
ORG_NAME = "Jornada"
WORKSPACE_NAME = "workspace.jornada"


def ui_language(locale: QLocale | None = None) -> str:
    """'pt_BR' for a Portuguese system, 'en' otherwise."""
    name = (locale or QLocale()).name()
    return "pt_BR" if name.startswith("pt") else "en"


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Load Jornada's and Qt's own translations for a language; return them (kept alive by the app)."""
    loaded: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(resource("translations", f"jornada_{lang}.qm"))):
        app.installTranslator(own)
        loaded.append(own)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded


def default_workspace(lang: str) -> Path:
    """The user's workspace file, created from the bundled sample journey on first launch."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / WORKSPACE_NAME
    if not path.exists():
        create_from_template(path, SAMPLE_TEMPLATE, lang).close()
    return path


def make_app(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (created once) with names set for settings and data folders."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_gui(argv: Sequence[str]) -> int:
    """Open the editor on a file, or on the user's workspace when none is given."""
    parser = argparse.ArgumentParser(prog="jornada")
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--read-only", action="store_true", help="open without allowing edits")
    # Hidden: quit by itself after a moment (the frozen app's smoke test; env JORNADA_SMOKE_QUIT_MS).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(list(argv))
    app = make_app(qt_args)
    lang = ui_language()
    install_translations(app, lang)
    from jornada_desktop.widgets.main_window import MainWindow

    window = MainWindow()
    path = args.file
    if path is None:
        try:
            path = default_workspace(lang)
        except Exception as exc:  # noqa: BLE001 - the window shows the reason, never a traceback
            window.show_error(window.tr("Your workspace could not be created: %1").replace("%1", str(exc)))
    window.show()
    if path is not None:
        window.open_path(path, read_only=args.read_only)
    smoke_ms = os.environ.get("JORNADA_SMOKE_QUIT_MS", "1500" if args.smoke_test else "")
    if smoke_ms.isdigit():
        QTimer.singleShot(int(smoke_ms), app.quit)
    return app.exec()

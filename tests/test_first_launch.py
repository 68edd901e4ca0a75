"""`jornada` with no file: the first launch opens the editor on the sample journey (the user's
workspace, created in the data folder); later launches show the start screen."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.helpers import file_rows


def _launch(monkeypatch) -> list:  # noqa: ANN001 - MonkeyPatch
    from jornada_desktop import app as appmod

    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))  # return instead of looping
    before = set(QApplication.topLevelWidgets())
    assert appmod.run_gui([]) == 0
    return [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]


def test_first_launch_opens_the_sample_then_the_start_screen(qapp, monkeypatch) -> None:
    from jornada_desktop import app as appmod
    from jornada_desktop.widgets.window.main_window import MainWindow

    data = Path(os.environ["XDG_DATA_HOME"])  # a fresh folder per test (conftest)
    assert not list(data.rglob("workspace.jornada"))
    shown = _launch(monkeypatch)
    workspace = appmod.workspace_path()
    assert workspace.is_file() and data in workspace.parents
    windows = [w for w in shown if isinstance(w, MainWindow)]
    try:
        assert len(windows) == 1 and windows[0].document is not None
        assert windows[0].document.path.resolve() == workspace.resolve()
        journeys = file_rows(workspace, "journeys")
        assert len(journeys) == 1 and len(file_rows(workspace, "cards")) == 12  # the purchase journey
        assert windows[0].current_journey == journeys[0]["id"]
    finally:
        for w in shown:
            w.close()
    again = _launch(monkeypatch)
    try:
        assert not any(isinstance(w, MainWindow) for w in again)  # the main window waits for a choice
        assert any(w.objectName() == "startScreen" or type(w).__name__ == "StartScreen" for w in again)
    finally:
        for w in again:
            w.close()

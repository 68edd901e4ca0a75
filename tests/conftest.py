"""Test set-up: Qt offscreen before any Qt import, temporary files and documents."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_qt_paths(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and app data of tests away from the user's real folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """A fresh `.jornada` file made from the purchase template (pt_BR)."""
    from jornada_desktop.templates import create_from_template

    path = tmp_path / "sample.jornada"
    create_from_template(path, "compra", "pt_BR").close()
    return path


@pytest.fixture
def blank_path(tmp_path: Path) -> Path:
    """A fresh `.jornada` file made from the blank template (en)."""
    from jornada_desktop.templates import create_from_template

    path = tmp_path / "blank.jornada"
    create_from_template(path, "em_branco", "en").close()
    return path


@pytest.fixture
def document(qapp, sample_path: Path) -> Iterator[object]:
    """The sample file open as a Document (closed after the test)."""
    from jornada_desktop.editing.document import Document

    doc = Document.open(sample_path)
    yield doc
    doc.close()




@pytest.fixture(autouse=True)
def _standard_preferences() -> Iterator[None]:
    """Each test starts from the default preferences: QSettings keeps the file of the first test
    for the whole run (Qt reads its path once) and the card text size is process-wide."""
    from tests.preferences_helpers import reset_preferences

    reset_preferences()
    yield
    reset_preferences()


@pytest.fixture(autouse=True)
def _no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody expected fails the test with its text instead of hanging the suite.

    Tests that expect a message replace these functions themselves (monkeypatch inside the test).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind: str):  # noqa: ANN202
        def box(*args, **_kwargs):  # noqa: ANN002, ANN202
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected QMessageBox.{kind}: {texts}")
        return staticmethod(box)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))

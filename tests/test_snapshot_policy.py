"""The snapshot policy of the preferences decides when a version is kept (issue 14, defect 8:
"keep a version when the file closes" was saved and never read).

The Preferences dialog is reached with its key (Ctrl+,) and filled from the keyboard (Alt+S to
the policy, arrows, Enter); cards are added with a double-click and typing; the checks read the
versions folder beside the file and the versions' rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from jornada_desktop.settings import Settings
from jornada_desktop.store import snapshots
from tests.canvas_helpers import cell_point, double_click, press, type_keys
from tests.helpers import file_rows, load_workspace
from tests.preferences_helpers import app_window, in_preferences

ALT = Qt.KeyboardModifier.AltModifier
POLICY_ROWS = {"on_close": 0, "on_open": 1, "daily": 2, "never": 3}  # the combo's order



@pytest.fixture
def window(qtbot, sample_path: Path):  # noqa: ANN001, ANN201
    """The window as the app builds it, on the purchase template."""
    return app_window(qtbot, sample_path)


def choose_policy(qtbot, policy: str) -> Callable[[QWidget], None]:  # noqa: ANN001
    """Keys that pick a snapshot policy: Alt+S to the combo, Home, Down to the row."""
    def fill(_dialog: QWidget) -> None:
        press(qtbot, Qt.Key.Key_S, ALT)
        press(qtbot, Qt.Key.Key_Home)
        for _ in range(POLICY_ROWS[policy]):
            press(qtbot, Qt.Key.Key_Down)
    return fill


def reopen(window, path: Path, other: Path) -> None:  # noqa: ANN001 - MainWindow
    """Open another file, then this one again (a file is open once: opening it anew means
    closing it first, as File ▸ Open of another map does)."""
    assert window.open_path(other)
    assert window.open_path(path)


def version_kinds(path: Path) -> list[str]:
    """The kinds of the versions kept beside a file, oldest first."""
    return [v.kind for v in reversed(snapshots.list_versions(path, labels=False))]


def add_card(qtbot, window, sample_path: Path, title: str) -> None:  # noqa: ANN001
    """Double-click an empty place of a cell, type a title, Enter, then Escape ends capture."""
    stages = sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])
    lanes = sorted(file_rows(sample_path, "lanes"), key=lambda r: r["position"])
    double_click(window.view.viewport(), cell_point(window, stages[2]["id"], lanes[1]["id"], fy=0.9))
    type_keys(qtbot, title)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert title in {r["title"] for r in file_rows(sample_path, "cards")}


def titles_in(version_path: Path) -> set[str]:
    """The card titles a version file holds."""
    conn = sqlite3.connect(f"file:{version_path}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT title FROM cards")}
    finally:
        conn.close()


def test_on_close_keeps_a_version_of_the_closed_file(qtbot, window, sample_path: Path, blank_path: Path) -> None:  # noqa: ANN001
    in_preferences(qtbot, window, choose_policy(qtbot, "on_close"))
    assert Settings().snapshot_policy == "on_close"
    reopen(window, sample_path, blank_path)  # the policy is read when a file opens
    kinds = version_kinds(sample_path)
    add_card(qtbot, window, sample_path, "Chega pelo correio")
    window.close()
    assert version_kinds(sample_path) == [*kinds, "closed"]
    closed = snapshots.list_versions(sample_path)[0]
    assert "Chega pelo correio" in titles_in(closed.path)  # the file as it was when closed
    assert {c.title for c in load_workspace(closed.path).all("cards")} == \
        {r["title"] for r in file_rows(sample_path, "cards")}


def test_on_close_keeps_nothing_for_a_file_left_unchanged(qtbot, window, sample_path: Path, blank_path: Path) -> None:  # noqa: ANN001
    in_preferences(qtbot, window, choose_policy(qtbot, "on_close"))
    reopen(window, sample_path, blank_path)
    kinds = version_kinds(sample_path)
    window.close()
    assert version_kinds(sample_path) == kinds


def test_a_policy_chosen_while_the_file_is_open_counts_when_it_closes(qtbot, window, sample_path: Path) -> None:  # noqa: ANN001
    add_card(qtbot, window, sample_path, "Liga para a loja")  # (policy daily: the day's version first)
    assert version_kinds(sample_path) == ["daily"]
    in_preferences(qtbot, window, choose_policy(qtbot, "on_close"))
    window.close()
    assert version_kinds(sample_path) == ["daily", "closed"]


def test_on_open_keeps_the_file_as_it_was_at_every_opening(qtbot, window, sample_path: Path, blank_path: Path) -> None:  # noqa: ANN001
    in_preferences(qtbot, window, choose_policy(qtbot, "on_open"))
    for title in ("Primeira visita", "Segunda visita"):
        reopen(window, sample_path, blank_path)
        add_card(qtbot, window, sample_path, title)
    window.close()
    assert version_kinds(sample_path)[-2:] == ["opened", "opened"]
    first, second = reversed(snapshots.list_versions(sample_path)[:2])
    assert "Primeira visita" not in titles_in(first.path)
    assert "Primeira visita" in titles_in(second.path) and "Segunda visita" not in titles_in(second.path)


def test_never_keeps_no_version(qtbot, window, sample_path: Path, blank_path: Path) -> None:  # noqa: ANN001
    in_preferences(qtbot, window, choose_policy(qtbot, "never"))
    reopen(window, sample_path, blank_path)
    kinds = version_kinds(sample_path)
    add_card(qtbot, window, sample_path, "Desiste da compra")
    window.close()
    assert version_kinds(sample_path) == kinds


def test_daily_is_the_default_and_keeps_one_a_day(qtbot, window, sample_path: Path, blank_path: Path) -> None:  # noqa: ANN001
    assert Settings().snapshot_policy == "daily"
    add_card(qtbot, window, sample_path, "Volta amanha")
    reopen(window, sample_path, blank_path)
    add_card(qtbot, window, sample_path, "Volta depois")
    window.close()
    assert version_kinds(sample_path) == ["daily"]

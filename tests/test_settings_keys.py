"""Every stored preference is read by the program (issue 14, defect 8: "Card text size" and the
snapshot policy were saved and never read).

Each key written in jornada_desktop/settings.py must be in its KEYS table, and the accessor that
reads it must be read (`settings.x`, `self.settings.x`, `Settings().x`) somewhere in the package
besides settings.py itself and the Preferences dialog, which only shows and stores the values.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jornada_desktop
from jornada_desktop import settings as settings_module

PACKAGE = Path(jornada_desktop.__file__).parent
ONLY_SHOW_OR_STORE = {PACKAGE / "settings.py", PACKAGE / "widgets" / "preferences.py"}


def keys_written() -> set[str]:
    """The keys settings.py passes to QSettings.setValue."""
    tree = ast.parse((PACKAGE / "settings.py").read_text(encoding="utf-8"))
    keys: set[str] = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "setValue"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            keys.add(node.args[0].value)
    return keys


def _is_settings(node: ast.expr) -> bool:
    """Whether an expression names a Settings object: `settings`, `self.settings`, `Settings()`."""
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Name) and node.func.id == "Settings"
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name.lower().endswith("settings")


def accessors_read() -> dict[str, list[str]]:
    """Where each attribute of a Settings object is read, outside settings.py and preferences.py."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in ONLY_SHOW_OR_STORE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and _is_settings(node.value):
                found.setdefault(node.attr, []).append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_key_written_is_in_the_table() -> None:
    assert keys_written() == set(settings_module.KEYS)


def test_every_key_is_read_somewhere() -> None:
    read = accessors_read()
    unread = [f"{key} (Settings.{accessor})" for key, (accessor, _default) in settings_module.KEYS.items()
              if accessor not in read]
    assert not unread, f"preferences stored but never read: {unread}"


def test_each_accessor_reads_its_key_with_the_tables_default(qapp) -> None:
    from PySide6.QtCore import QSettings

    from jornada_desktop.settings import Settings

    store = QSettings("Jornada", "Jornada")
    store.clear()
    try:
        settings = Settings(store)
        for key, (accessor, default) in settings_module.KEYS.items():
            assert getattr(settings, accessor) == default, key
    finally:
        store.clear()


def test_the_check_finds_a_key_nobody_reads(monkeypatch) -> None:
    """The check itself: a new key whose accessor nobody reads is reported."""
    monkeypatch.setitem(settings_module.KEYS, "canvas/grid_snap", ("grid_snap", True))
    read = accessors_read()
    assert "grid_snap" not in read
    assert "card_font_size" in read and "snapshot_policy" in read

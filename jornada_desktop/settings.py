"""The user's preferences and recent files, stored with QSettings, read through typed accessors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

LANGUAGES = ("", "en", "pt_BR")  # "" follows the system
THEMES = ("system", "light", "dark")
SNAPSHOT_POLICIES = ("on_close", "on_open", "daily", "never")  # see store.snapshots.POLICIES
CARD_FONT_MIN, CARD_FONT_MAX, CARD_FONT_DEFAULT = 8, 36, 11
MAX_RECENT = 10
TIMER_DEFAULT_MINUTES = 10

# Every stored preference: its key, the accessor of `Settings` that reads it, its default.
# Each one must be read by the program somewhere besides this module and the Preferences dialog
# (tests/test_settings_keys.py fails for a key nobody reads).
KEYS: dict[str, tuple[str, object]] = {
    "ui/language": ("language", ""),
    "ui/theme": ("theme", "system"),
    "canvas/card_font_size": ("card_font_size", CARD_FONT_DEFAULT),  # applied by widgets/window/preferences.py
    "files/snapshot_policy": ("snapshot_policy", "daily"),  # followed by widgets/versions/actions.py
    "files/export_folder": ("export_folder", ""),
    "files/recent": ("recent_files", []),
    "workshop/timer_minutes": ("timer_minutes", TIMER_DEFAULT_MINUTES),
}


def default(key: str) -> Any:
    """A key's default value (from KEYS)."""
    return KEYS[key][1]


def _bounded_int(value: object, lo: int, hi: int, fallback: int) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return fallback
    return max(lo, min(hi, number))


def _choice(value: object, choices: tuple[str, ...], fallback: str) -> str:
    return value if isinstance(value, str) and value in choices else fallback


class Settings:
    """Typed access to Jornada's QSettings (invalid stored values read back as defaults)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings("Jornada", "Jornada")

    # ---- appearance and language -------------------------------------
    @property
    def language(self) -> str:
        """'' to follow the system, or 'en' / 'pt_BR'."""
        return _choice(self.q.value("ui/language"), LANGUAGES, default("ui/language"))

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", _choice(value, LANGUAGES, default("ui/language")))

    @property
    def theme(self) -> str:
        """'system' (default), 'light' or 'dark'."""
        return _choice(self.q.value("ui/theme"), THEMES, default("ui/theme"))

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("ui/theme", _choice(value, THEMES, default("ui/theme")))

    @property
    def card_font_size(self) -> int:
        """The point size of card text on the canvas (larger for projectors)."""
        return _bounded_int(self.q.value("canvas/card_font_size"), CARD_FONT_MIN, CARD_FONT_MAX,
                            default("canvas/card_font_size"))

    @card_font_size.setter
    def card_font_size(self, value: int) -> None:
        self.q.setValue("canvas/card_font_size", _bounded_int(value, CARD_FONT_MIN, CARD_FONT_MAX,
                                                              default("canvas/card_font_size")))

    # ---- files -----------------------------------------------------------
    @property
    def snapshot_policy(self) -> str:
        """When to keep a version of the file by itself: 'on_close', 'on_open', 'daily' (default) or 'never'."""
        return _choice(self.q.value("files/snapshot_policy"), SNAPSHOT_POLICIES, default("files/snapshot_policy"))

    @snapshot_policy.setter
    def snapshot_policy(self, value: str) -> None:
        self.q.setValue("files/snapshot_policy", _choice(value, SNAPSHOT_POLICIES, default("files/snapshot_policy")))

    @property
    def export_folder(self) -> str:
        """The folder export dialogs start in ('' for the file's own folder)."""
        value = self.q.value("files/export_folder", default("files/export_folder"))
        return value if isinstance(value, str) else ""

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self.q.setValue("files/export_folder", str(value or ""))

    @property
    def recent_files(self) -> list[str]:
        """Recently opened files, most recent first (missing files included; callers may grey them)."""
        value = self.q.value("files/recent", default("files/recent"))
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> None:
        """Put a file at the top of the recent list."""
        name = str(Path(path).resolve())
        entries = [name, *(p for p in self.recent_files if p != name)]
        self.q.setValue("files/recent", entries[:MAX_RECENT])

    def remove_recent_file(self, path: str | Path) -> None:
        """Drop a file from the recent list."""
        name = str(Path(path).resolve())
        self.q.setValue("files/recent", [p for p in self.recent_files if p != name])

    # ---- workshop ------------------------------------------------------
    @property
    def timer_minutes(self) -> int:
        """The default length of a workshop activity's countdown, in minutes."""
        return _bounded_int(self.q.value("workshop/timer_minutes"), 1, 240, default("workshop/timer_minutes"))

    @timer_minutes.setter
    def timer_minutes(self, value: int) -> None:
        self.q.setValue("workshop/timer_minutes", _bounded_int(value, 1, 240, default("workshop/timer_minutes")))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.q.sync()

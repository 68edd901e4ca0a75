"""Third-party modules loaded without what Jornada does not use from them."""

from __future__ import annotations

import sys
import types

_loaded: dict[str, types.ModuleType] = {}


def sqlite_utils() -> types.ModuleType:
    """The sqlite_utils module, loaded on first use (~70 ms: it brings click, pluggy, dateutil).

    Opening and reading a file use sqlite3 directly; the first write, or the editor's warm-up
    right after its first frame (see app.py), loads it.
    """
    module = _loaded.get("sqlite_utils")
    if module is None:
        module = _loaded["sqlite_utils"] = _import_sqlite_utils()
    return module


def _import_sqlite_utils() -> types.ModuleType:
    """sqlite-utils without numpy and pandas.

    sqlite-utils imports numpy (and pandas) at import time only to map their scalar types to
    column types; Jornada never hands it such values, and numpy costs ~100 ms of every start.
    They are hidden while sqlite-utils loads and importable as usual afterwards (matplotlib).
    """
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment] - makes `import name` raise ImportError
    try:
        import sqlite_utils as module
    finally:
        for name in hidden:
            sys.modules.pop(name, None)
    return module


"""Start-up stays light: the editor's modules load without matplotlib, numpy or openpyxl.

matplotlib alone costs close to a second and numpy about 100 ms; they load when a chart or an
export is first used. (Timings themselves live in `make bench`, not here.)
"""

from __future__ import annotations

import os
import subprocess
import sys


def test_editor_modules_load_without_heavy_libraries() -> None:
    script = (
        "import sys\n"
        "import jornada_desktop.app, jornada_desktop.widgets.window.main_window\n"
        "import jornada_desktop.widgets.workshop.features, jornada_desktop.store\n"
        "print(','.join(m for m in ('numpy', 'matplotlib', 'openpyxl', 'pandas', 'sqlite_utils',\n"
        "                          'importlib.metadata', 'aiohttp', 'segno', 'jornada_desktop.room.server')\n"
        "               if m in sys.modules))\n"
        "import numpy, sqlite_utils\n"  # still importable afterwards, and sqlite-utils works
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert({'a': 1})\n"
        "assert list(db['t'].rows) == [{'a': 1}]\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.strip() == "", f"loaded at start-up: {done.stdout.strip()}"


def test_opening_reads_without_sqlite_utils_and_the_first_write_loads_it(tmp_path) -> None:
    """Opening a file reads it with sqlite3; sqlite-utils loads with the first write, which lands."""
    path = tmp_path / "x.jornada"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from jornada_desktop.templates import create_from_template\n"
        "from jornada_desktop.store import Store\n"
        "from jornada_desktop.model.edits import update_ops, utc_now\n"
        f"path = Path({str(path)!r})\n"
        "create_from_template(path, 'compra')\n"
        "sys.modules.pop('sqlite_utils', None); import jornada_desktop.store.lean_imports as li\n"
        "li._loaded.clear()\n"
        "store = Store.open(path)\n"
        "ws = store.load_workspace(); store.meta()\n"
        "print('after open:', 'sqlite_utils' in sys.modules)\n"
        "journey = ws.journeys()[0]\n"
        "store.apply(update_ops(ws, 'journeys', journey.id, {'title': 'Nova'}, utc_now()))\n"
        "print('after write:', 'sqlite_utils' in sys.modules)\n"
        "store.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.split("\n")[:2] == ["after open: False", "after write: True"]
    import sqlite3

    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT title FROM journeys").fetchall() == [("Nova",)]

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
        "import jornada_desktop.app, jornada_desktop.widgets.main_window\n"
        "import jornada_desktop.widgets.workshop_features, jornada_desktop.store\n"
        "print(','.join(m for m in ('numpy', 'matplotlib', 'openpyxl', 'pandas') if m in sys.modules))\n"
        "import numpy, sqlite_utils\n"  # still importable afterwards, and sqlite-utils works
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert({'a': 1})\n"
        "assert list(db['t'].rows) == [{'a': 1}]\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.strip() == "", f"loaded at start-up: {done.stdout.strip()}"

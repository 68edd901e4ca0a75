"""Child processes of the benchmark: cold start to the window shown, and memory with a map open.

Each child prints one line `BENCH <value>` and exits: the wall-clock time (time.time()) when the
window had painted, or the resident memory in MB once the map is on screen. The parent passes
the file and reads the line. The floor children import nothing of Jornada.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# `jornada FILE` as the user runs it, stopped once the canvas has painted the map.
APP_COLD_START = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from jornada_desktop.canvas import view as viewmod

# Paint events of a viewport reach a filter on the viewport itself (an application-wide filter
# does not see them), so every journey view gets one as it is made.
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.parent().scene() is not None \
                and obj.parent().scene().items():
            QTimer.singleShot(0, done)
        return False

def done():
    print("BENCH", time.time(), flush=True)
    QApplication.instance().exit(0)

probe = Probe()
original_init = viewmod.JourneyView.__init__
def patched(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    self.viewport().installEventFilter(probe)
viewmod.JourneyView.__init__ = patched
from jornada_desktop.__main__ import main
sys.exit(main([sys.argv[1]]))
"""

# A bare PySide6 window, stopped once it has painted.
FLOOR_COLD_START = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            QTimer.singleShot(0, done)
        return False

def done():
    print("BENCH", time.time(), flush=True)
    app.exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(1440, 900)
probe = Probe()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""

APP_MEMORY = r"""
import sys
from pathlib import Path
from jornada_desktop.bench.figures import main_window
from jornada_desktop.bench.timing import PaintProbe, rss_mb, settle
window = main_window()
probe = PaintProbe(window.view.viewport())
assert window.open_path(Path(sys.argv[1]))
probe.wait()
settle(300)
print("BENCH", rss_mb()[0], flush=True)
"""

FLOOR_MEMORY = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QGraphicsView
from jornada_desktop.bench.floors import floor_scene_from_file
from jornada_desktop.bench.timing import PaintProbe, rss_mb, settle
app = QApplication(sys.argv[:1])
view = QGraphicsView()
view.resize(1000, 700)
view.show()
probe = PaintProbe(view.viewport())
view.setScene(floor_scene_from_file(Path(sys.argv[1])))
probe.wait()
settle(300)
print("BENCH", rss_mb()[0], flush=True)
"""

SCRIPTS = {"app-start": APP_COLD_START, "floor-start": FLOOR_COLD_START,
           "app-memory": APP_MEMORY, "floor-memory": FLOOR_MEMORY}


def ensure_bytecode() -> None:
    """Compile Jornada's modules once, as an installed or frozen Jornada has them.

    pip and PyInstaller ship bytecode; a source tree run with PYTHONDONTWRITEBYTECODE=1 (as on
    these machines) would otherwise compile ~90 modules on every start (120–180 ms), which is
    not what a user's start costs. The floor's PySide6 is compiled already, in site-packages.
    """
    import compileall

    import jornada_desktop

    compileall.compile_dir(str(Path(jornada_desktop.__file__).parent), quiet=1)


def child_env(home: Path) -> dict[str, str]:
    """The environment of a child: offscreen, its own HOME (fresh settings), no bytecode writes."""
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                "QT_LOGGING_RULES": "qt.qpa.*=false"})
    env.pop("JORNADA_SMOKE_QUIT_MS", None)
    return env


def run_child(kind: str, path: Path, home: Path, timeout: float = 180) -> float:
    """Run one child; return its value (seconds from spawn to painted for `*-start`, MB for `*-memory`)."""
    home.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    done = subprocess.run([sys.executable, "-c", SCRIPTS[kind], str(path)], env=child_env(home),
                          capture_output=True, text=True, timeout=timeout)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the {kind} child failed ({done.returncode}): {done.stderr[-800:]}")
    value = float(lines[-1].split()[1])
    return value - t0 if kind.endswith("-start") else value


def frozen_app() -> Path:
    """The frozen app `make dist` builds."""
    return Path(__file__).resolve().parents[2] / "dist" / "jornada" / "jornada"


def run_painted(command: list[str], path: Path, home: Path, timeout: float = 180) -> float:
    """Spawn `command FILE` with JORNADA_BENCH_PAINTED set; seconds from spawn to the map painted."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**child_env(home), "JORNADA_BENCH_PAINTED": "1"}
    t0 = time.time()
    done = subprocess.run([*command, str(path)], env=env, capture_output=True, text=True, timeout=timeout)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr[-800:]}")
    return float(lines[-1].split()[1]) - t0

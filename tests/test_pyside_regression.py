"""Guard against PySide6 builds that crash on many void Qt calls (6.12.0 on Python < 3.12).

That combination decrements the refcount of None on every call of a Qt method returning void,
and the interpreter aborts after ~100k calls: a big map would crash the editor while drawing.
The child process makes 200k such calls and must exit cleanly; pyproject.toml excludes the bad
version with an environment marker.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CALLS = 200_000

CHILD = f"""
import sys
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

app = QApplication([])
scene = QGraphicsScene()
item = QGraphicsRectItem(0, 0, 10, 10)
scene.addItem(item)
brush = QBrush(QColor("#336699"))
refs = sys.getrefcount(None)
for i in range({CALLS} // 2):
    item.setPos(QPointF(i % 97, i % 89))
    item.setBrush(brush)
assert item.pos().x() == ({CALLS} // 2 - 1) % 97
print("calls", {CALLS}, "None refcount drift", sys.getrefcount(None) - refs)
"""


def test_many_void_qt_calls_do_not_abort() -> None:
    """200k void calls (setPos, setBrush) finish and the process exits 0."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"calls {CALLS}" in done.stdout


def test_pyproject_excludes_the_crashing_release() -> None:
    """The dependency on PySide6 refuses 6.12.0 where Python is older than 3.12."""
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert "!=6.12.0; python_version < '3.12'" in text.replace('"', "'")

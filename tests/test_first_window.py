"""The first window is the map: maximized on screens up to 1920 wide, the canvas most of it, every
tool of the main tool bar in sight, the inspector and persona panels fitting their docks.

Each case is a child process on an offscreen screen of that size (a fresh user: no stored layout).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", ["en", "pt_BR"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1440, 900), (1920, 1080)])
def test_first_window_is_the_map(sample_path, tmp_path, size, lang):
    width, height = size
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_LOGGING_RULES": "qt.qpa.*=false"}
    done = subprocess.run([sys.executable, "-m", "tests.first_window_child", str(sample_path), lang],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["maximized"]
    canvas_w, canvas_h = seen["canvas"]
    window_w, window_h = seen["window"]
    assert canvas_w > window_w * 0.5 and canvas_h > window_h * 0.8, seen  # (the side columns give way first)
    assert seen["out_of_sight"] == [], seen  # fit, find, filter and presentation included
    assert seen["inspector_cramped"] == [] and seen["personas_cramped"] == [], seen
    assert not seen["inspector_sideways"] and not seen["personas_sideways"], seen

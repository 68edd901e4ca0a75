"""Switching the language rebuilds the window: no crash in any window state (a child process each)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("state", ["normal", "maximized", "fullscreen", "floating"])
def test_language_switch_from_preferences_does_not_crash(sample_path, tmp_path, state):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_LOGGING_RULES": "qt.qpa.*=false"}
    done = subprocess.run([sys.executable, "-m", "tests.lang_switch_child", str(sample_path), state],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr[-2000:]}"
    words = done.stdout.split()
    assert words[:3] == ["switched", "pt_BR", sample_path.name], done.stdout
    expected_shape = {"maximized": "maximized", "fullscreen": "fullscreen"}.get(state, "normal")
    assert words[3] == expected_shape  # the new window in the state the old one was in
    assert words[4] == ("floating" if state == "floating" else "docked")  # docks as they were
    noise = [line for line in done.stderr.splitlines()
             if line.strip() and "This plugin does not support" not in line]  # the offscreen platform's own notes
    assert not noise, noise

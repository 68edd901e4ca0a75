"""LibreOffice headless for the tests that check files in a real spreadsheet (skipped without it).

`soffice` converts files; sorting a range needs LibreOffice's Python bridge (`uno`), which
Debian's python3 has when libreoffice-calc is installed: `lo_sort` runs `lo_sort_child.py` with
that interpreter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"


def soffice() -> str:
    """The soffice program, or skip the test."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def _profile() -> str:
    return Path(tempfile.mkdtemp(prefix="lo-profile-")).as_uri()


def convert(source: Path, fmt: str, out_dir: Path, infilter: str | None = None, timeout: int = 240) -> Path:
    """Convert a file with LibreOffice headless (its own profile each time); the converted file."""
    program = soffice()
    args = [program, f"-env:UserInstallation={_profile()}", "--headless", "--norestore"]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", fmt, "--outdir", str(out_dir), str(source)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)
    target = out_dir / (source.stem + "." + fmt.split(":")[0])
    assert target.exists(), (result.stdout, result.stderr)
    return target


def lo_sort(source: Path, target: Path, sheet: str, cell_range: str, column: int, descending: bool = True) -> None:
    """Sort a range of a sheet in LibreOffice by one of its columns (0 = the range's first) and
    save the workbook as .xlsx, as a person would in Calc."""
    program = soffice()
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run([SYSTEM_PYTHON, "-c", "import uno"],
                                                           capture_output=True).returncode != 0:
        pytest.skip("LibreOffice's Python bridge (uno) is not installed")
    child = Path(__file__).with_name("lo_sort_child.py")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = subprocess.run([SYSTEM_PYTHON, str(child), program, _profile(), str(source), str(target), sheet,
                             cell_range, str(column), "1" if descending else "0"],
                            capture_output=True, text=True, timeout=240, env=env)
    assert result.returncode == 0 and target.exists(), (result.stdout, result.stderr)

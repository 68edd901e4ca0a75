"""`make bench` runs end to end on a tiny map (its timings are never checked here, only its table)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from jornada_desktop.bench import report


def test_benchmark_runs_on_a_tiny_map_and_writes_its_table(tmp_path: Path) -> None:
    out = tmp_path / "benchmarks.md"
    out.write_text("# Notes kept outside the markers\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "jornada_desktop.bench", "--cards", "48", "--small", "24", "--stages", "3",
         "--lanes", "4", "--repeats", "1", "--moves", "3", "--starts", "1", "--out", str(out),
         "--workdir", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Notes kept outside the markers")
    rows = [line for line in text.splitlines()
            if line.startswith("| ") and re.match(r"^\d[\d,]* cards$", line.strip("|").split("|")[1].strip())]
    # every figure on both maps (the cold starts on the small one only; the frozen app's only when
    # `make dist` built it), each with two numbers
    from jornada_desktop.bench import child

    frozen = child.frozen_app().exists()
    figures = len(report.ORDER) - (0 if frozen else 1)
    assert len(rows) == 2 * figures - (2 if frozen else 1), rows
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert re.match(r"^[\d.,]+ (ms|s|MB)$", cells[2]) and re.match(r"^[\d.,]+ (ms|s|MB)$", cells[3]), row
        assert re.match(r"^[\d.,]+×$", cells[4]), row
        assert "did not" not in row, row  # a drag that never started, an item that never moved
    assert "Growth from the small map" in text
    assert "PySide6" in text and "machine:" in text

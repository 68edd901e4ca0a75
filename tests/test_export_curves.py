"""PNG, SVG and PDF draw the curves the screen shows: the "current (average)" curve (as-is,
everyone), the to-be average, each persona's curves and the persona filter, from the window's
Curves menu; the command line chooses them with --curves."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from jornada_desktop.model.curves import AS_IS_COLOR, TO_BE_COLOR
from tests.canvas_helpers import open_window


def _colours(svg: Path) -> set[str]:
    return {c.lower() for c in re.findall(r'stroke="(#[0-9a-fA-F]{6})"', svg.read_text(encoding="utf-8"))}


def _export(window, tmp_path: Path, name: str, fmt: str = "svg") -> Path:  # noqa: ANN001
    dialog = window.export_actions.dialog()
    try:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
        assert dialog.export_to(tmp_path / f"{name}.{fmt}")
    finally:
        dialog.deleteLater()
    return tmp_path / f"{name}.{fmt}"


def test_the_export_dialog_draws_the_curves_the_canvas_shows(qtbot, sample_path: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    window = open_window(qtbot, sample_path)
    ana = window.document.ws.personas()[0]
    ana_colour = next(s.color for s in window.scene.persona_curves.shown_series() if s.persona_id == ana.id)
    plain = _colours(_export(window, tmp_path, "plain"))
    assert ana_colour.lower() in plain and AS_IS_COLOR.lower() not in plain
    toggles = window.persona_hooks.strip.toggles
    toggles["as_is"].trigger()  # Curves ▸ As-is (everyone): the current average on the screen …
    toggles["to_be"].trigger()
    assert {s.kind for s in window.scene.persona_curves.shown_series()} >= {"as_is", "to_be"}
    both = _colours(_export(window, tmp_path, "both"))
    assert {AS_IS_COLOR.lower(), TO_BE_COLOR.lower(), ana_colour.lower()} <= both  # … and in the picture
    toggles["personas"].trigger()  # the personas' curves off on the screen: off in the picture
    averages = _colours(_export(window, tmp_path, "averages"))
    assert AS_IS_COLOR.lower() in averages and ana_colour.lower() not in averages
    png_plain, png_averages = (QImage(str(_export(window, tmp_path, n, "png"))) for n in ("p1", "p2"))
    toggles["as_is"].trigger()
    toggles["to_be"].trigger()
    png_none = QImage(str(_export(window, tmp_path, "p3", "png")))
    assert png_plain == png_averages and png_plain != png_none
    pdf = _export(window, tmp_path, "map", "pdf")
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")


def test_the_persona_filter_isolates_the_exported_curves(qtbot, sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.model.edits import utc_now
    from jornada_desktop.model.ratings import set_rating_ops
    from jornada_desktop.widgets.personas.editor import persona_ops

    window = open_window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    assert document.push("add", persona_ops(document, {"name": "Bruno", "color": "#1F77B4"}, None, jid))
    bruno = next(p for p in document.ws.personas() if p.name == "Bruno")
    card = document.ws.cards(jid)[0]
    assert document.push("rate", set_rating_ops(document.ws, card.id, bruno.id, "as_is", -2, utc_now()))
    ana = document.ws.personas()[0]
    assert "#1f77b4" in _colours(_export(window, tmp_path, "all"))
    window.scene.persona_curves.set_isolated({ana.id})  # (what the filter panel's persona box does)
    alone = _colours(_export(window, tmp_path, "alone"))
    assert "#1f77b4" not in alone and AS_IS_COLOR.lower() not in alone


def test_the_command_line_chooses_the_curves(sample_path: Path, tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}

    def run(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "jornada_desktop", "export", str(sample_path), *extra],
                              capture_output=True, text=True, env=env, timeout=180)

    assert run("-o", str(tmp_path / "a.svg"), "--curves", "as_is,to_be").returncode == 0
    assert run("-o", str(tmp_path / "b.svg")).returncode == 0
    assert {AS_IS_COLOR.lower(), TO_BE_COLOR.lower()} <= _colours(tmp_path / "a.svg")
    assert AS_IS_COLOR.lower() not in _colours(tmp_path / "b.svg")
    wrong = run("-o", str(tmp_path / "c.svg"), "--curves", "as-is,moods")
    assert wrong.returncode == 2 and "“moods” is not a curve" in wrong.stderr and "Traceback" not in wrong.stderr
    assert not (tmp_path / "c.svg").exists()

"""The headless CLI: version, new, info, check, and one line on stderr for bad input."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from jornada_desktop import __version__
from tests.helpers import digest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def jornada(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jornada_desktop", *args], capture_output=True, text=True,
                          cwd=cwd, env=ENV, timeout=120)


def test_version() -> None:
    result = jornada("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"jornada {__version__}"


def test_entry_point_knows_every_command() -> None:
    from jornada_desktop import cli
    from jornada_desktop.__main__ import CLI_COMMANDS

    assert CLI_COMMANDS == cli.COMMANDS


def test_package_metadata_carries_the_version() -> None:
    """pyproject.toml reads the version from jornada_desktop/__init__.py: the two cannot differ."""
    from importlib.metadata import version

    assert __version__ != "" and version("jornada-desktop") == __version__


def test_new_info_check(tmp_path: Path) -> None:
    path = tmp_path / "x.jornada"
    result = jornada("new", str(path), "--template", "compra")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4A524E44
    assert conn.execute("SELECT name FROM stages ORDER BY position").fetchall() == [
        ("Conscientização",), ("Consideração",), ("Decisão",), ("Compra",), ("Pós-compra",)]
    channels = {r[0] for r in conn.execute("SELECT channel FROM cards")}
    assert {"social", "email", "phone", "chat", "self_service", "waiting"} <= channels
    assert conn.execute("SELECT kind FROM metrics ORDER BY id").fetchall() == [("nps",), ("ces",)]
    assert conn.execute("SELECT count(*) FROM improvements").fetchone()[0] == 2
    conn.close()
    info = jornada("info", str(path))
    assert info.returncode == 0
    assert "Conscientização, Consideração, Decisão, Compra, Pós-compra" in info.stdout
    assert "cards: 12" in info.stdout and "improvements: 2" in info.stdout and "Ana Souza" in info.stdout
    check = jornada("check", str(path))
    assert check.returncode == 0 and "integrity ok, schema version 2" in check.stdout


def test_every_template_in_both_languages(tmp_path: Path) -> None:
    from jornada_desktop.store import Store
    from jornada_desktop.templates import TEMPLATE_NAMES, create_from_template

    for name in TEMPLATE_NAMES:
        for lang in ("pt_BR", "en"):
            store = create_from_template(tmp_path / f"{name}.{lang}.jornada", name, lang)
            ws = store.load_workspace()
            store.close()
            (journey,) = ws.journeys()
            assert ws.stages(journey.id) and ws.lanes(journey.id)
    blueprint = Store.open(tmp_path / "blueprint.en.jornada").load_workspace()
    assert [ln.title for ln in blueprint.lanes(1)] == [
        "Customer actions", "Frontstage", "Backstage", "Support processes"]


def test_bad_input_one_line_nonzero(tmp_path: Path) -> None:
    junk = tmp_path / "junk.jornada"
    junk.write_text("hello")
    before = digest(junk)
    for args in (("info", str(junk)), ("check", str(junk)), ("info", str(tmp_path / "missing.jornada")),
                 ("new", str(junk), "--template", "compra"), ("new", str(tmp_path / "y.jornada"),
                                                               "--template", "nope"), ("info",)):
        result = jornada(*args)
        assert result.returncode != 0, args
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert result.stderr.startswith("jornada: ") and "Traceback" not in result.stderr
    assert digest(junk) == before
    assert not (tmp_path / "y.jornada").exists()

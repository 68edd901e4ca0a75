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
    assert check.returncode == 0 and "integrity ok, schema version 3" in check.stdout


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


def test_help_lists_every_command_and_each_command_shows_an_example() -> None:
    from jornada_desktop import cli

    done = jornada("--help")
    assert done.returncode == 0
    for command in (*cli.COMMANDS, "install-desktop", "uninstall-desktop"):
        assert f"\n  {command} " in done.stdout
    for command in ("new", "info", "check", "export", "import"):
        shown = jornada(command, "--help")
        assert shown.returncode == 0 and ("example:\n  jornada " + command in shown.stdout
                                          or "examples:\n  jornada " + command in shown.stdout), command


def test_a_mistyped_command_suggests_the_closest_one() -> None:
    done = jornada("exprot", "x.jornada")
    assert done.returncode == 2 and "“export”" in done.stderr and "Traceback" not in done.stderr
    assert jornada("chek", "x").stderr.count("“check”") == 1


def test_a_file_name_that_is_not_utf8_or_too_long_gets_a_sentence(tmp_path: Path) -> None:
    odd = os.fsdecode(bytes(tmp_path) + b"/mapa-\xff.jornada")
    done = subprocess.run([sys.executable, "-m", "jornada_desktop", "new", odd], capture_output=True,
                          timeout=60)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    info = subprocess.run([sys.executable, "-m", "jornada_desktop", "info", odd], capture_output=True, timeout=60)
    assert info.returncode == 0 and b"Traceback" not in info.stderr and b"mapa-" in info.stdout
    from jornada_desktop.store import Store

    long_name = tmp_path / ("m" * 240 + ".jornada")  # the journal's name would pass 255 bytes
    refused = jornada("new", str(long_name))
    assert refused.returncode == 1 and "too long" in refused.stderr and not long_name.exists()
    (tmp_path / "ok.jornada").rename(long_name) if jornada("new", str(tmp_path / "ok.jornada")).returncode == 0 \
        else None  # such a file made elsewhere opens read-only: an edit could not be saved safely
    store = Store.open(long_name)
    assert store.read_only and store.read_only_reason == "long_name"
    store.close()


def test_survey_answers_become_measurements_from_the_command_line(tmp_path: Path) -> None:
    target = tmp_path / "m.jornada"
    assert jornada("new", str(target), "--template", "compra").returncode == 0
    answers = tmp_path / "respostas.csv"
    answers.write_bytes("Quando;Fase;Quão fácil;Obs\n03/11/2026;Compra;2;ok\n04/11/2026;Compra;5;\n"
                        "05/11/2026;Compra;9;fora da escala\n".encode("cp1252"))
    done = jornada("import", str(target), "--survey", str(answers), "--kind", "ces",
                   "--map", "score=Quão fácil,stage=fase,date=quando")
    assert done.returncode == 0, done.stderr
    assert "Row 4: the score 9 is outside 1–7." in done.stdout
    conn = sqlite3.connect(target)
    rows = conn.execute("SELECT m.kind, x.value, x.period, x.sample FROM measurements x "
                        "JOIN metrics m ON m.id = x.metric_id").fetchall()
    conn.close()
    assert rows == [("ces", 3.5, "2026-11", 2)]  # (2 + 5) / 2
    assert any((tmp_path / "m.jornada.versions").iterdir())  # a version kept first
    bad = jornada("import", str(target), "--survey", str(answers), "--map", "score=nope")
    assert bad.returncode == 1 and "respostas.csv" in bad.stderr and "Traceback" not in bad.stderr

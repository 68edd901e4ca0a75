"""`jornada export` and `jornada import`: headless, one line on stderr for bad input, files unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from jornada_desktop.cli import run
from tests.helpers import digest, file_rows


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_xlsx_csv_json(capsys, sample_path: Path, tmp_path: Path) -> None:
    before = digest(sample_path)
    code, out, err = _run(capsys, "export", sample_path, "--journey", "Jornada de compra", "-o",
                          tmp_path / "m.xlsx", "--lang", "en")
    assert code == 0, err
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames[0] == "Read me"
    code, _, err = _run(capsys, "export", sample_path, "--journey", "1", "--format", "csv", "--what",
                        "touchpoints", "-o", tmp_path / "t.txt", "--lang", "pt_BR")
    assert code == 0, err
    assert (tmp_path / "t.txt").read_bytes().startswith("\ufeffJornada;Etapa".encode())
    code, _, err = _run(capsys, "export", sample_path, "-o", tmp_path / "j.json")
    assert code == 0, err
    assert json.loads((tmp_path / "j.json").read_text("utf-8"))["format"] == "jornada-journey"
    assert digest(sample_path) == before  # exporting never writes the .jornada file


@pytest.mark.parametrize("args, message", [
    (["--journey", "Nope"], "There is no journey “Nope”"),
    (["--format", "xlsx", "--journey", "77"], "There is no journey “77”"),
])
def test_export_bad_input_is_one_line(capsys, sample_path: Path, tmp_path: Path, args, message) -> None:
    out = tmp_path / "m.xlsx"
    out.write_bytes(b"previous")
    code, _, err = _run(capsys, "export", sample_path, *args, "-o", out)
    assert code == 1 and err.count("\n") == 1 and message in err
    assert out.read_bytes() == b"previous"


def test_export_of_a_file_that_is_not_jornada(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jornada"
    bad.write_text("not sqlite")
    code, _, err = _run(capsys, "export", bad, "-o", tmp_path / "x.json")
    assert code == 1 and err.count("\n") == 1 and not (tmp_path / "x.json").exists()


def test_import_json_then_backlog(qapp, capsys, sample_path: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "export", sample_path, "-o", tmp_path / "j.json")
    assert code == 0, err
    code, out, err = _run(capsys, "import", sample_path, "--json", tmp_path / "j.json")
    assert code == 0, err
    assert "Imported the journey" in out
    assert len(file_rows(sample_path, "journeys")) == 2
    assert not (sample_path.parent / (sample_path.name + ".lock")).exists()

    book = tmp_path / "b.xlsx"
    code, _, err = _run(capsys, "export", sample_path, "--journey", "1", "-o", book, "--lang", "pt_BR")
    assert code == 0, err
    wb = openpyxl.load_workbook(book)
    sheet = wb["Backlog de melhorias"]
    sheet["K2"] = "Nova responsável"
    sheet.append([None, "Melhoria nova"])
    wb.save(book)
    code, out, err = _run(capsys, "import", sample_path, "--backlog", book)
    assert code == 0, err
    assert "1 improvement(s) updated, 1 added" in out
    rows = file_rows(sample_path, "improvements")
    assert rows[0]["owner"] == "Nova responsável"
    assert rows[-1]["title"] == "Melhoria nova" and rows[-1]["journey_id"] == 1


def test_import_bad_input_leaves_the_file_unchanged(qapp, capsys, sample_path: Path, tmp_path: Path) -> None:
    before = digest(sample_path)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"format": "jornada-journey", "version": 1, "journey": {"title": 5}}')
    code, _, err = _run(capsys, "import", sample_path, "--json", bad_json)
    assert code == 1 and err.count("\n") == 1 and "must be text" in err
    not_ours = tmp_path / "x.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["a", "b"])
    wb.save(not_ours)
    code, _, err = _run(capsys, "import", sample_path, "--backlog", not_ours)
    assert code == 1 and err.count("\n") == 1 and "not made by Jornada" in err
    code, _, err = _run(capsys, "import", sample_path, "--backlog", tmp_path / "missing.xlsx")
    assert code == 1 and "does not exist" in err
    assert digest(sample_path) == before


def test_import_refuses_a_file_open_elsewhere(qapp, capsys, sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.editing.document import Document

    run(["export", str(sample_path), "-o", str(tmp_path / "j.json")])
    capsys.readouterr()
    holder = Document.open(sample_path)
    try:
        before = digest(sample_path)
        # the import takes the file lock, which the open document holds
        code, _, err = _run(capsys, "import", sample_path, "--json", tmp_path / "j.json")
    finally:
        holder.close()
    assert code == 1 and "already open" in err
    assert digest(sample_path) == before


def test_import_prints_no_qt_warning(sample_path: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from jornada_desktop.exports.excel import export_workbook
    from tests.helpers import load_workspace

    ws = load_workspace(sample_path)
    book = export_workbook(ws, 1, tmp_path / "b.xlsx", "pt_BR", chart_picture=False)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                                                            "QT_LOGGING_RULES")}
    result = subprocess.run([sys.executable, "-m", "jornada_desktop", "import", str(sample_path), "--backlog",
                             str(book)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and "2 unchanged" in result.stdout
    assert result.stderr == ""  # "QObject::startTimer: current thread's event dispatcher …" on every import

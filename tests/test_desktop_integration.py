"""Desktop integration: the files `install` writes, the MIME type's magic, and a clean uninstall."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jornada_desktop import desktop_integration as di

NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_install_writes_menu_entry_icons_and_mime_package(tmp_path: Path) -> None:
    """Every file lands under the data folder, the entry opens .jornada files with this app."""
    home = tmp_path / "share"
    files = di.install(home, command=["/opt/Jornada App/jornada"])
    layout = di.Layout(home)
    assert set(files) == set(layout.files())
    for path in files:
        assert path.is_file() and path.stat().st_size > 0, path
    entry = _entry(layout.desktop_file)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == '"/opt/Jornada App/jornada" %f'
    assert entry["MimeType"] == "application/x-jornada;"
    assert entry["Icon"] == "jornada"
    assert entry["Name[pt_BR]" if "Name[pt_BR]" in entry else "Name"] == "Jornada"
    assert "@" not in layout.desktop_file.read_text(encoding="utf-8")
    assert layout.app_icon.read_bytes().lstrip().startswith(b"<svg")


def test_mime_package_matches_sqlite_header_and_application_id() -> None:
    """The magic is the SQLite header with the big-endian application_id 'JRND' at offset 68."""
    root = ET.parse(di.resource("desktop", "jornada-mime.xml")).getroot()
    mime = root.find(f"{NS}mime-type")
    assert mime is not None and mime.get("type") == di.MIME_TYPE
    assert mime.find(f"{NS}glob").get("pattern") == "*.jornada"
    outer = mime.find(f"{NS}magic/{NS}match")
    assert (outer.get("offset"), outer.get("value")) == ("0", "SQLite format 3\\000")
    inner = outer.find(f"{NS}match")
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    from jornada_desktop.store.schema import APPLICATION_ID

    assert int(inner.get("value"), 16) == APPLICATION_ID == int.from_bytes(b"JRND", "big")


def test_real_file_carries_the_magic_bytes(sample_path: Path) -> None:
    """A file made by Jornada has exactly the bytes the MIME magic looks for."""
    head = sample_path.read_bytes()[:72]
    assert head.startswith(b"SQLite format 3\x00")
    assert head[68:72] == b"JRND"


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_installed_type_is_recognised_by_content(tmp_path: Path, sample_path: Path) -> None:
    """After install, Qt's MIME database knows .jornada files, even renamed, and not other SQLite files."""
    home = tmp_path / "share"
    di.install(home, command=["jornada"])
    assert (home / "mime" / "application" / "x-jornada.xml").is_file()
    renamed = tmp_path / "renamed.bin"
    shutil.copy(sample_path, renamed)
    other = tmp_path / "other.bin"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for p in sys.argv[1:]:\n"
        "    print(db.mimeTypeForFile(p, QMimeDatabase.MatchMode.MatchContent).name())\n"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(home), XDG_DATA_DIRS="/usr/share:/usr/local/share")
    out = subprocess.run([sys.executable, "-c", probe, str(renamed), str(other)], env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout.split()
    assert out[0] == "application/x-jornada"
    assert out[1] != "application/x-jornada"


def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path) -> None:
    """Uninstall leaves other files in the same folders alone."""
    home = tmp_path / "share"
    neighbour = home / "applications" / "other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n", encoding="utf-8")
    written = di.install(home, command=["jornada"])
    removed = di.uninstall(home)
    assert set(removed) == set(written)
    assert not any(p.exists() for p in written)
    assert neighbour.is_file()
    assert di.uninstall(home) == []


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    """Arguments with spaces, quotes, dollars or percent signs are quoted or escaped."""
    assert di._desktop_quote("/usr/bin/jornada") == "/usr/bin/jornada"
    assert di._desktop_quote("/a b/jornada") == '"/a b/jornada"'
    assert di._desktop_quote('/a"b') == '"/a\\"b"'
    assert di._desktop_quote("/x$y") == '"/x\\$y"'
    assert di._desktop_quote("/50%") == "/50%%"


def test_command_line_install_and_uninstall(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The module's command line installs into --data-home and says what it did."""
    home = tmp_path / "share"
    assert di.main(["install", "--data-home", str(home)]) == 0
    assert di.Layout(home).desktop_file.is_file()
    entry = _entry(di.Layout(home).desktop_file)
    assert Path(entry["TryExec"]).name in ("jornada", "python", Path(sys.executable).name)
    assert "Installed" in capsys.readouterr().out
    assert di.main(["uninstall", "--data-home", str(home)]) == 0
    assert not di.Layout(home).desktop_file.exists()

"""Linux desktop integration: a menu entry, the app icon and the `.jornada` file type, per user.

`python -m jornada_desktop.desktop_integration install` (or `make install-desktop`) writes into
$XDG_DATA_HOME (~/.local/share): applications/jornada.desktop, the icon in the hicolor theme and
mime/packages/jornada.xml (application/x-jornada: an SQLite file whose application_id at offset 68
is 0x4A524E44), then refreshes the MIME and desktop databases when their tools are installed.
`uninstall` removes exactly those files.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jornada_desktop.paths import resource

MIME_TYPE = "application/x-jornada"
DESKTOP_FILE = "jornada.desktop"
MIME_PACKAGE = "jornada.xml"
ICON_NAME = "jornada"
MIME_ICON_NAME = "application-x-jornada"


@dataclass(frozen=True)
class Layout:
    """Where each installed file goes under one data folder (XDG_DATA_HOME)."""

    data_home: Path

    @property
    def desktop_file(self) -> Path:
        """The menu entry."""
        return self.data_home / "applications" / DESKTOP_FILE

    @property
    def mime_package(self) -> Path:
        """The shared-mime-info package describing `.jornada` files."""
        return self.data_home / "mime" / "packages" / MIME_PACKAGE

    @property
    def app_icon(self) -> Path:
        """The application icon (scalable, hicolor theme)."""
        return self.data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"

    @property
    def mime_icon(self) -> Path:
        """The icon of `.jornada` files in file managers."""
        return self.data_home / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_ICON_NAME}.svg"

    def files(self) -> tuple[Path, ...]:
        """Every file `install` writes."""
        return (self.desktop_file, self.mime_package, self.app_icon, self.mime_icon)


def default_data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this Jornada: the frozen binary, the `jornada` script, or python -m."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).with_name("jornada")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("jornada")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "jornada_desktop"]


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (double quotes, escaped specials)."""
    if arg and not any(ch in arg for ch in ' \t\n"\'\\><~|&;$*?#()`='):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    """The text of jornada.desktop for a launch command."""
    template = resource("desktop", "jornada.desktop.in").read_text(encoding="utf-8")
    exec_line = " ".join(_desktop_quote(a) for a in command)
    return template.replace("@EXEC@", exec_line).replace("@TRYEXEC@", command[0])


def app_icon_source() -> Path:
    """The SVG app icon shipped in resources (icons/jornada.svg, else desktop/jornada.svg)."""
    for candidate in (resource("icons", f"{ICON_NAME}.svg"), resource("desktop", f"{ICON_NAME}.svg")):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("Jornada's application icon is missing from resources/.")


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def refresh_databases(layout: Layout) -> list[str]:
    """Run update-mime-database and update-desktop-database (and the icon cache) where installed."""
    ran: list[str] = []
    jobs = [
        ("update-mime-database", [str(layout.data_home / "mime")]),
        ("update-desktop-database", ["-q", str(layout.data_home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(layout.data_home / "icons" / "hicolor")]),
    ]
    for tool, args in jobs:
        exe = shutil.which(tool)
        if exe is None:
            continue
        target = Path(args[-1])
        if not target.is_dir():
            continue
        subprocess.run([exe, *args], check=False, capture_output=True, timeout=120)
        ran.append(tool)
    return ran


def install(data_home: Path | None = None, command: Sequence[str] | None = None) -> list[Path]:
    """Install the menu entry, icons and MIME type for the current user; return the files written."""
    layout = Layout(data_home or default_data_home())
    icon = app_icon_source().read_bytes()
    _write(layout.desktop_file, desktop_entry(list(command or launch_command())).encode("utf-8"))
    _write(layout.mime_package, resource("desktop", "jornada-mime.xml").read_bytes())
    _write(layout.app_icon, icon)
    _write(layout.mime_icon, icon)
    refresh_databases(layout)
    return list(layout.files())


def uninstall(data_home: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; return the files that were removed."""
    layout = Layout(data_home or default_data_home())
    removed = []
    for path in layout.files():
        if path.exists():
            path.unlink()
            removed.append(path)
    refresh_databases(layout)
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: install | uninstall [--data-home DIR]."""
    parser = argparse.ArgumentParser(prog="jornada-desktop-integration",
                                     description="Add Jornada to the desktop menu and register .jornada files.")
    parser.add_argument("action", choices=["install", "uninstall"])
    parser.add_argument("--data-home", type=Path, help="instead of $XDG_DATA_HOME (~/.local/share)")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not sys.platform.startswith("linux") and args.data_home is None:
        print("Desktop integration is for Linux; see the README for Windows and macOS.", file=sys.stderr)
        return 1
    try:
        if args.action == "install":
            files = install(args.data_home)
            print("Installed " + ", ".join(str(p) for p in files))
            print(f"Menu entry runs: {shlex.join(launch_command())}")
        else:
            files = uninstall(args.data_home)
            print("Removed " + (", ".join(str(p) for p in files) or "nothing (it was not installed)"))
    except OSError as exc:
        print(f"jornada: the desktop integration failed: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

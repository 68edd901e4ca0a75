"""Where `resources/` and `ui/` are, whether run from the source tree, a wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_MARKERS = {"resources": "templates", "ui": "."}


@cache
def _root_candidates() -> tuple[Path, ...]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle))  # PyInstaller: resources/ and ui/ beside the code
    found.append(_PACKAGE / "_data")  # wheel: copied into the package
    found.append(_PACKAGE.parent)  # source tree or editable install: the repository root
    return tuple(found)


def _locate(name: str) -> Path:
    for root in _root_candidates():
        candidate = root / name
        if candidate.is_dir() and (candidate / _MARKERS[name]).exists():
            return candidate
    raise FileNotFoundError(f"Jornada's {name}/ folder was not found; the installation is incomplete.")


def resources_dir() -> Path:
    """The `resources/` folder (icons, styles, translations, templates)."""
    return _locate("resources")


def ui_dir() -> Path:
    """The `ui/` folder of Qt Designer forms."""
    return _locate("ui")


def resource(*parts: str) -> Path:
    """A path inside `resources/`."""
    return resources_dir().joinpath(*parts)


def ui_form(name: str) -> Path:
    """The path of a Qt Designer form in `ui/`."""
    return ui_dir() / name

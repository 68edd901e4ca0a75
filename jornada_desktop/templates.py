"""The bundled journey templates (JSON data files in `resources/templates/`) and new files from them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jornada_desktop import __version__
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.interchange import journey_from_dict
from jornada_desktop.model.ops import Insert
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.paths import resource
from jornada_desktop.store import Store

TEMPLATE_NAMES = ("compra", "pos_venda", "prestador", "service_desk", "blueprint", "em_branco")
SAMPLE_TEMPLATE = "compra"
ALIASES = {
    "purchase": "compra", "jornada_de_compra": "compra", "post_sale": "pos_venda", "pos-venda": "pos_venda",
    "pós-venda": "pos_venda", "provider": "prestador", "service-desk": "service_desk",
    "servicedesk": "service_desk", "service_blueprint": "blueprint", "blank": "em_branco",
    "em-branco": "em_branco", "vazio": "em_branco",
}


class TemplateError(ValueError):
    """An unknown template name or a template file that cannot be read."""


@dataclass(frozen=True)
class TemplateInfo:
    """A template's name and its title in one language."""

    name: str
    title: str
    path: Path


def canonical_name(name: str) -> str:
    """The template's file name for a name or an alias (case and accents as typed are tolerated)."""
    key = name.strip().lower().replace(" ", "_")
    key = ALIASES.get(key, key)
    if key not in TEMPLATE_NAMES:
        raise TemplateError(f"There is no template “{name}”. Known templates: {', '.join(TEMPLATE_NAMES)}.")
    return key


def template_path(name: str, lang: str = "pt_BR") -> Path:
    """The JSON file of a template in a language (pt_BR unless the language is English)."""
    suffix = "en" if lang.lower().startswith("en") else "pt_BR"
    return resource("templates", f"{canonical_name(name)}.{suffix}.json")


def load_template(name: str, lang: str = "pt_BR") -> dict[str, Any]:
    """The journey JSON of a template."""
    path = template_path(name, lang)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"The template “{name}” could not be read ({exc}).") from None


def list_templates(lang: str = "pt_BR") -> list[TemplateInfo]:
    """Every bundled template with its title in a language, in gallery order."""
    return [
        TemplateInfo(name, load_template(name, lang)["journey"]["title"], template_path(name, lang))
        for name in TEMPLATE_NAMES
    ]


def create_from_template(path: str | Path, name: str, lang: str = "pt_BR") -> Store:
    """Create a new `.jornada` file holding one journey made from a template; return it open."""
    data = load_template(name, lang)
    ws = Workspace()
    ops = journey_from_dict(ws, data, utc_now(), position=0)
    ws.apply(ops)
    rows: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        assert isinstance(op, Insert)
        rows.setdefault(op.table, []).append(op.row)
    meta = {"created_with": f"Jornada {__version__}", "created_at": utc_now(),
            "template": canonical_name(name), "language": lang}
    return Store.create(path, rows, meta)

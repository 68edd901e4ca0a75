"""Maintenance of the Qt translation files in resources/translations/.

    python tools/ts_fill.py list pt_BR            # unfinished messages as JSON lines (context, source)
    python tools/ts_fill.py apply pt_BR FILE.json # fill translations from [{"context", "source", "translation"}]
    python tools/ts_fill.py english               # jornada_en.ts: plural forms and source == translation

A JSON entry's "translation" is a string, or a list of [singular, plural] for %n messages; an entry
without "context" applies to that source text in every context.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _load(lang: str) -> tuple[ET.ElementTree, Path]:
    path = ROOT / f"jornada_{lang}.ts"
    return ET.parse(path), path


def _save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished"


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def list_unfinished(lang: str) -> None:
    """Print the unfinished messages of a language, one JSON object a line."""
    tree, _ = _load(lang)
    for context, message in _messages(tree):
        if _unfinished(message):
            entry = {"context": context, "source": message.findtext("source")}
            if message.get("numerus") == "yes":
                entry["numerus"] = True
            print(json.dumps(entry, ensure_ascii=False))


def apply(lang: str, mapping_file: Path) -> None:
    """Fill translations from a JSON list of entries."""
    entries = json.loads(mapping_file.read_text(encoding="utf-8"))
    exact = {(e["context"], e["source"]): e["translation"] for e in entries if "context" in e}
    anywhere = {e["source"]: e["translation"] for e in entries if "context" not in e}
    tree, path = _load(lang)
    filled = 0
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        value = exact.get((context, source), anywhere.get(source))
        if value is not None:
            _set(message, value)
            filled += 1
    _save(tree, path)
    print(f"{filled} messages filled in {path.name}", file=sys.stderr)


def _english_forms(source: str) -> list[str]:
    singular = re.sub(r"\(s\)", "", source)
    singular = re.sub(r"\((\w+)\|(\w+)\)", r"\1", singular)  # "(is|are)" style alternatives
    plural = re.sub(r"\(s\)", "s", source)
    plural = re.sub(r"\((\w+)\|(\w+)\)", r"\2", plural)
    return [singular, plural]


def english() -> None:
    """Finish jornada_en.ts: source text as translation, plural forms built from "(s)"."""
    tree, path = _load("en")
    for _context, message in _messages(tree):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            _set(message, _english_forms(source))
        elif _unfinished(message):
            _set(message, source)
    _save(tree, path)


def main(argv: list[str]) -> int:
    """Run one command."""
    if len(argv) >= 2 and argv[0] == "list":
        list_unfinished(argv[1])
    elif len(argv) >= 3 and argv[0] == "apply":
        apply(argv[1], Path(argv[2]))
    elif argv[:1] == ["english"]:
        english()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

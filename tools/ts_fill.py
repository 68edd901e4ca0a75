"""Maintenance of the Qt translation files in resources/translations/.

    python tools/ts_fill.py list pt_BR            # unfinished messages as JSON lines (context, source)
    python tools/ts_fill.py apply pt_BR FILE.json # fill translations from [{"context", "source", "translation"}]
    python tools/ts_fill.py english               # jornada_en.ts: plural forms and source == translation
    python tools/ts_fill.py memory pt_BR          # reuse a finished translation of the same source text
    python tools/ts_fill.py extract               # add strings passed to helpers `_tr(...)`/`tr(...)`

`extract` covers what pyside6-lupdate cannot see: a module's own `_tr(text)` helper that calls
QCoreApplication.translate with a fixed context, and the templates of the layers without Qt
(`Sentence("...")`, `Phrase("...")` of jornada_desktop.model.sentences, which
jornada_desktop.messages translates). Those strings go in the empty context, where
jornada_desktop.i18n.JornadaTranslator looks when a context has no translation.

A JSON entry's "translation" is a string, or a list of [singular, plural] for %n messages; an entry
without "context" applies to that source text in every context.
"""

from __future__ import annotations

import ast
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


def memory(lang: str) -> None:
    """Fill unfinished messages whose source text is translated in another context of the same file."""
    tree, path = _load(lang)
    known: dict[tuple[str, bool], ET.Element] = {}
    for _context, message in _messages(tree):
        if not _unfinished(message):
            known.setdefault((message.findtext("source") or "", message.get("numerus") == "yes"),
                             message.find("translation"))
    filled = 0
    for _context, message in _messages(tree):
        key = (message.findtext("source") or "", message.get("numerus") == "yes")
        if _unfinished(message) and key in known:
            done = known[key]
            forms = [f.text or "" for f in done.findall("numerusform")]
            _set(message, forms if forms else (done.text or ""))
            filled += 1
    _save(tree, path)
    print(f"{filled} messages filled from memory in {path.name}", file=sys.stderr)


HELPERS = frozenset({"_tr", "tr", "Sentence", "Phrase"})
CODE = ROOT.parent.parent / "jornada_desktop"


def helper_strings() -> set[str]:
    """Literal first arguments of calls to the translation helpers in the code."""
    found: set[str] = set()
    for path in sorted(CODE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in HELPERS
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value.strip()):
                found.add(node.args[0].value)
    return found


def extract() -> None:
    """Put the helper strings in the empty context of both files (reviving ones lupdate set aside)."""
    sources = helper_strings()
    for lang in ("pt_BR", "en"):
        tree, path = _load(lang)
        root = tree.getroot()
        context = next((c for c in root.iter("context") if (c.findtext("name") or "") == ""), None)
        if context is None:
            context = ET.Element("context")
            ET.SubElement(context, "name").text = ""
            root.insert(0, context)
        existing = {m.findtext("source"): m for m in context.iter("message")}
        added = revived = 0
        for source in sorted(sources):
            message = existing.get(source)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", {"type": "unfinished"})
                added += 1
                continue
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                has_text = bool((translation.text or "").strip() or translation.findall("numerusform"))
                translation.attrib.pop("type")
                if not has_text:
                    translation.set("type", "unfinished")
                revived += 1
        _save(tree, path)
        print(f"{path.name}: {added} helper strings added, {revived} kept", file=sys.stderr)


def main(argv: list[str]) -> int:
    """Run one command."""
    if len(argv) >= 2 and argv[0] == "list":
        list_unfinished(argv[1])
    elif len(argv) >= 3 and argv[0] == "apply":
        apply(argv[1], Path(argv[2]))
    elif len(argv) >= 2 and argv[0] == "memory":
        memory(argv[1])
    elif argv[:1] == ["extract"]:
        extract()
    elif argv[:1] == ["english"]:
        english()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

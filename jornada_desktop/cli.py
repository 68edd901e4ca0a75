"""The headless command line: version, new, info, check (no display needed, no Qt widgets)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from jornada_desktop import __version__
from jornada_desktop.model import vocabulary as v
from jornada_desktop.store import OpenError, Store, StoreError, check_file
from jornada_desktop.templates import TEMPLATE_NAMES, TemplateError, canonical_name, create_from_template

COMMANDS = ("new", "info", "check", "export", "import")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line on stderr, exit 2
        self.exit(2, f"jornada: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser of the headless subcommands."""
    parser = _Parser(prog="jornada", description="Jornada, the customer-journey map editor.")
    parser.add_argument("--version", action="version", version=f"jornada {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    new = sub.add_parser("new", help="create a .jornada file from a template")
    new.add_argument("file", type=Path)
    new.add_argument("--template", default="em_branco", help=f"one of {', '.join(TEMPLATE_NAMES)}")
    new.add_argument("--lang", default="pt_BR", choices=["pt_BR", "en"])
    info = sub.add_parser("info", help="list a file's journeys, stages, lanes and counts")
    info.add_argument("file", type=Path)
    info.add_argument("--lang", default="en", choices=["pt_BR", "en"])
    check = sub.add_parser("check", help="check a file's integrity and schema version")
    check.add_argument("file", type=Path)
    from jornada_desktop.exports.cli_commands import add_parsers

    add_parsers(sub)
    return parser


def _new(args: argparse.Namespace) -> int:
    name = canonical_name(args.template)
    store = create_from_template(args.file, name, args.lang)
    ws = store.load_workspace()
    store.close()
    cards = len(ws.tables["cards"])
    print(f"Created {args.file} from the template “{name}” ({cards} cards).")
    return 0


def _info(args: argparse.Namespace) -> int:
    store = Store.open(args.file, read_only=True)
    try:
        ws = store.load_workspace()
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        store.close()
    personas = ws.personas()
    print(f"{args.file}: Jornada file, format {version}")
    print(f"personas: {len(personas)}" + (f" ({', '.join(p.name for p in personas)})" if personas else ""))
    print(f"journeys: {len(ws.journeys())}")
    for j in ws.journeys():
        print(f"- journey {j.id}: {j.title} [{v.label(v.JOURNEY_KINDS, j.kind, args.lang)}]")
        stages = ws.stages(j.id)
        lanes = ws.lanes(j.id)
        print(f"  stages ({len(stages)}): {', '.join(s.name for s in stages)}")
        print(f"  lanes ({len(lanes)}): {', '.join(f'{ln.title} ({ln.kind})' for ln in lanes)}")
        print(f"  cards: {len(ws.cards(j.id))}")
        print(f"  improvements: {len(ws.improvements(j.id))}")
        print(f"  metrics: {len(ws.metrics(j.id))}")
        jp = ws.journey_personas(j.id)
        print(f"  personas: {', '.join(p.name for _, p in jp) or '-'}")
    return 0


def _check(args: argparse.Namespace) -> int:
    facts = check_file(args.file)
    store = Store.open(args.file, read_only=True)
    try:
        store.load_workspace()
    finally:
        store.close()
    print(f"{args.file}: integrity {facts.integrity}, schema version {facts.schema_version}")
    return 0


def run(argv: Sequence[str]) -> int:
    """Run a headless subcommand; bad input gives one line on stderr and a non-zero exit."""
    args = build_parser().parse_args(list(argv))
    from jornada_desktop.exports.cli_commands import run_export, run_import
    from jornada_desktop.exports.errors import ExportError
    from jornada_desktop.model.errors import ValidationError

    handlers = {"new": _new, "info": _info, "check": _check, "export": run_export, "import": run_import}
    try:
        return handlers[args.command](args)
    except (OpenError, StoreError, TemplateError, ExportError, ValidationError) as exc:
        print("jornada: " + " ".join(str(exc).split()), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"jornada: {exc.strerror or exc}", file=sys.stderr)
        return 1

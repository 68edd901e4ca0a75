"""The headless command line: version, new, info, check (no display needed, no Qt widgets)."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from jornada_desktop import __version__
from jornada_desktop.model import vocabulary as v
from jornada_desktop.store import OpenError, Store, StoreError, check_file
from jornada_desktop.templates import TEMPLATE_NAMES, TemplateError, canonical_name, create_from_template

COMMANDS = ("new", "info", "check", "export", "import", "room")


# Every command with its line for `jornada --help` (the editor's own use comes first).
OVERVIEW = """\
usage: jornada [FILE] [--read-only]     open the editor (on FILE, a .jornada map)
       jornada COMMAND [OPTIONS]        run a command without a window

commands:
  new               create a .jornada file from a template
  info              list a file's journeys, stages, lanes and counts
  check             check a file's integrity and format version
  export            write a map as PNG, SVG, PDF, an Excel workbook, CSV or JSON
  import            add a journey from JSON, or read a workbook's backlog back
  room              open a workshop room that participants join from their phones
  install-desktop   add Jornada to the Linux applications menu and open .jornada files with it
  uninstall-desktop remove it from the menu again

options:
  -h, --help        show this help (jornada COMMAND --help: that command's options, with an example)
  --version         show the version
  --read-only       open the editor without allowing edits
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line on stderr, exit 2
        self.exit(2, f"jornada: {message}\n")


def _example(text: str) -> dict[str, object]:
    return {"epilog": "example:\n  " + text, "formatter_class": argparse.RawDescriptionHelpFormatter}


def build_parser() -> argparse.ArgumentParser:
    """The parser of the headless subcommands."""
    parser = _Parser(prog="jornada", description="Jornada, the customer-journey map editor.")
    parser.add_argument("--version", action="version", version=f"jornada {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    new = sub.add_parser("new", help="create a .jornada file from a template",
                         description="Create a .jornada file from one of the bundled templates.",
                         **_example("jornada new compra.jornada --template compra --lang pt_BR"))
    new.add_argument("file", type=Path, help="the file to create (it must not exist yet)")
    new.add_argument("--template", default="em_branco", help=f"one of {', '.join(TEMPLATE_NAMES)}")
    new.add_argument("--lang", default="pt_BR", choices=["pt_BR", "en"], help="the template's language")
    info = sub.add_parser("info", help="list a file's journeys, stages, lanes and counts",
                          description="List a file's personas and journeys, with their stages, lanes and counts.",
                          **_example("jornada info compra.jornada --lang pt_BR"))
    info.add_argument("file", type=Path, help="a .jornada file (read only, never changed)")
    info.add_argument("--lang", default="en", choices=["pt_BR", "en"], help="the language of the labels")
    check = sub.add_parser("check", help="check a file's integrity and format version",
                           description="Check a file's integrity, format version and every row, without "
                                       "changing it. The exit status is 0 when it is sound.",
                           **_example("jornada check compra.jornada"))
    check.add_argument("file", type=Path, help="a .jornada file (read only, never changed)")
    from jornada_desktop.exports.cli_commands import add_parsers

    add_parsers(sub)
    from jornada_desktop.room.cli import add_parser as add_room_parser

    add_room_parser(sub)
    return parser


def suggestion(word: str) -> str | None:
    """The command a mistyped word most likely meant (None when nothing is close)."""
    names = [*COMMANDS, "install-desktop", "uninstall-desktop"]
    close = difflib.get_close_matches(word.lower(), names, n=1, cutoff=0.6)
    return close[0] if close else None


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
    for stream in (sys.stdout, sys.stderr):  # a file name with a byte that is not UTF-8 still prints
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(list(argv))
    from jornada_desktop.exports.cli_commands import run_export, run_import
    from jornada_desktop.exports.errors import ExportError
    from jornada_desktop.model.errors import ValidationError
    from jornada_desktop.room.cli import run_room

    handlers = {"new": _new, "info": _info, "check": _check, "export": run_export, "import": run_import,
                "room": run_room}
    try:
        return handlers[args.command](args)
    except (OpenError, StoreError, TemplateError, ExportError, ValidationError) as exc:
        print("jornada: " + " ".join(str(exc).split()), file=sys.stderr)
        return 1
    except OSError as exc:
        what = f"“{os.fsdecode(exc.filename)}”: " if exc.filename else ""
        print(f"jornada: {what}{(exc.strerror or str(exc)).lower()}", file=sys.stderr)
        return 1
    except MemoryError:
        print("jornada: there is not enough memory for this file; nothing was changed.", file=sys.stderr)
        return 1

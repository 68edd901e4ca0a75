"""The headless `jornada export` and `jornada import` subcommands (added to the parser in cli.py)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from jornada_desktop.exports.errors import ExportError, WrongMap
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.workspace import Workspace

FORMATS = ("png", "svg", "pdf", "xlsx", "csv", "json")
IMAGE_FORMATS = ("png", "svg", "pdf")
PAGE_SIZES = ("A4", "A3", "Letter")


CURVE_NAMES = ("as_is", "to_be", "personas", "summary", "room")


def _curves(text: str) -> set[str]:
    """The --curves list: names separated by commas, or none."""
    names = {n.strip().lower().replace("-", "_") for n in text.split(",") if n.strip()}
    if names == {"none"}:
        return set()
    wrong = sorted(names - set(CURVE_NAMES))
    if wrong:
        raise argparse.ArgumentTypeError(f"“{wrong[0]}” is not a curve (use {', '.join(CURVE_NAMES)} or none)")
    return names


def add_parsers(sub: Any) -> None:
    """Add `export` and `import` to the CLI's subparsers."""
    export = sub.add_parser(
        "export", help="export a journey as an image, workbook, CSV or JSON",
        epilog="examples:\n  jornada export compra.jornada -o compra.png --scale 2\n"
               "  jornada export compra.jornada -o partes.xlsx --lang pt_BR\n"
               "  jornada export compra.jornada -o parede.pdf --tiles 3",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    export.add_argument("file", type=Path)
    export.add_argument("--journey", help="the journey's title or id (needed when the file has several)")
    export.add_argument("--format", choices=FORMATS, help="default: from the output's extension")
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    export.add_argument("--scale", type=float, default=None, help="PNG/SVG scale (default 1; 2 = twice as big)")
    export.add_argument("--dpi", type=float, default=None, help="PNG resolution (96 = scale 1)")
    export.add_argument("--page", default="A4", type=_page_size, help="PDF page: A4, A3 or Letter")
    orientation = export.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_true", default=True,
                             help="PDF pages in landscape (the default)")
    orientation.add_argument("--portrait", dest="landscape", action="store_false", help="PDF pages upright")
    export.add_argument("--tiles", type=int, default=1,
                        help="PDF: split the map over N pages across (a wall poster; 1 = fit to one page)")
    export.add_argument("--curves", type=_curves, default=None, metavar="LIST",
                        help="images: the emotion curves drawn besides each touchpoint's face, any of "
                             "as_is (the current average), to_be, personas, summary (the personas' stage "
                             "averages), room (the workshop room's feelings per stage), or none (default: personas,room)")
    export.add_argument("--what", choices=("backlog", "touchpoints", "votes", "measurements", "ratings", "quotes"),
                        default="backlog", help="CSV content")
    export.add_argument("--lang", choices=("pt_BR", "en"), default=None,
                        help="language of sheet names and headers (default: the system's)")
    imp = sub.add_parser(
        "import", help="add a journey from JSON, read a workbook's backlog back, or add survey results",
        epilog="examples:\n  jornada import compra.jornada --json outra.json\n"
               "  jornada import compra.jornada --backlog devolvida.xlsx --apply-deletions\n"
               "  jornada import compra.jornada --survey respostas.csv --kind nps --map \"score=nota,stage=etapa\"",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("file", type=Path)
    source = imp.add_mutually_exclusive_group(required=True)
    source.add_argument("--json", type=Path, help="a journey JSON file, added as a new journey")
    source.add_argument("--backlog", type=Path, help="a workbook exported by Jornada, merged into its journey")
    source.add_argument("--survey", type=Path,
                        help="survey answers (CSV or XLSX) added as measurements per stage, touchpoint and month")
    imp.add_argument("--kind", choices=("nps", "csat", "ces"), default="nps",
                     help="survey: the scale of the scores (NPS 0–10, CSAT 1–5, CES 1–7)")
    imp.add_argument("--map", dest="mapping",
                     help="survey: which column is which, e.g. \"score=nota,stage=etapa,date=data\" "
                          "(default: guessed from the headers)")
    imp.add_argument("--journey", help="backlog: the journey to merge into (default: the workbook's); "
                                       "survey: the journey it is about (default: the first)")
    imp.add_argument("--apply-deletions", action="store_true",
                     help="backlog: also delete the improvements whose rows were deleted from the workbook "
                          "(never one changed in the file since the export); without it they are only listed")
    imp.add_argument("--match-by-content", action="store_true",
                     help="backlog: import a workbook exported from another file or journey, matching its rows "
                          "to this journey's improvements by their title or description (never by id)")


def _page_size(text: str) -> str:
    for name in PAGE_SIZES:
        if text.casefold() == name.casefold():
            return name
    raise argparse.ArgumentTypeError(f"unknown page size {text!r} (choose A4, A3 or Letter)")


def default_lang() -> str:
    """'pt_BR' when the environment's language is Portuguese, 'en' otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "pt_BR" if value.lower().startswith("pt") else "en"
    return "en"


def find_journey(ws: Workspace, ref: str | None) -> int:
    """The id of the journey named or numbered `ref` (the only one when `ref` is None)."""
    journeys = ws.journeys()
    if ref is None:
        if len(journeys) == 1:
            return journeys[0].id
        names = ", ".join(f"{j.id} “{j.title}”" for j in journeys[:10])
        raise ExportError(Sentence("The file has %1 journeys; choose one with --journey (%2).", len(journeys), names))
    text = ref.strip()
    if text.isdigit() and ws.get("journeys", int(text)) is not None:
        return int(text)
    same = [j.id for j in journeys if j.title.strip().casefold() == text.casefold()]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        raise ExportError(Sentence("Several journeys are called “%1”; use the id instead (%2).",
                                   text, ", ".join(map(str, same))))
    raise ExportError(Sentence("There is no journey “%1” in this file.", text))


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise ExportError(Sentence("Say which format to write with --format (png, svg, pdf, xlsx, csv or json)."))


def run_export(args: argparse.Namespace) -> int:
    """`jornada export`: write one journey in one format; the .jornada file is only read."""
    from jornada_desktop.store import Store

    fmt = _format_of(args)
    lang = args.lang or default_lang()
    if args.output.exists() and args.output.is_dir():
        raise ExportError(Sentence("“%1” is a folder; give the name of the file to write.", str(args.output)))
    store = Store.open(args.file, read_only=True)
    try:
        ws = store.load_workspace()
        file_uuid = str(store.meta().get("file_uuid") or "")
    finally:
        store.close()
    jid = find_journey(ws, args.journey)
    if fmt == "xlsx":
        from jornada_desktop.exports.excel import export_workbook

        export_workbook(ws, jid, args.output, lang, source_name=args.file.name, file_uuid=file_uuid)
    elif fmt == "csv":
        from jornada_desktop.exports.csv_export import export_csv

        export_csv(ws, jid, args.output, args.what, lang)
    elif fmt == "json":
        from jornada_desktop.exports.json_io import export_journey_json

        export_journey_json(ws, jid, args.output)
    else:
        _export_image(ws, jid, fmt, args, lang)
    print(f"Wrote {args.output}")
    return 0


def _export_image(ws: Workspace, jid: int, fmt: str, args: argparse.Namespace, lang: str) -> None:
    app = ensure_gui_app()
    from jornada_desktop.exports import images
    from jornada_desktop.i18n import install_language

    # The canvas draws its own words (the corner's "Stages → / Lanes ↓") through Qt's translators:
    # the image speaks the language asked for, not the English of a process without one.
    install_language(app, lang)

    options = images.ImageOptions(
        scale=args.scale if args.scale is not None else (args.dpi / 96.0 if args.dpi else 1.0),
        page=args.page, landscape=args.landscape, tiles_across=max(1, args.tiles), lang=lang,
    )
    if args.curves is not None:
        options.curves = {key: key in args.curves for key in images.DEFAULT_CURVES}
    images.export_image(ws, jid, args.output, fmt, options)


def ensure_gui_app() -> Any:
    """A QApplication for drawing without a display (offscreen when there is no screen)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "jornada"])


def ensure_core_app() -> Any:
    """The process's Qt application object (a QCoreApplication when there is none: no display needed)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "jornada"])


def run_import(args: argparse.Namespace) -> int:
    """`jornada import`: add a JSON journey or merge a backlog workbook, as one transaction."""
    from jornada_desktop.editing.document import Document

    source: Path = args.json or args.backlog or args.survey
    if not source.exists():
        raise ExportError(Sentence("“%1” does not exist.", str(source)))
    # The document schedules the day's version on Qt's event loop: without an application object
    # Qt printed "QObject::startTimer: current thread's event dispatcher has already been destroyed"
    # on every import (the version itself is kept before the first write either way).
    _app = ensure_core_app()  # alive until the import ends
    document = Document.open(args.file)
    try:
        if args.survey is not None:
            from jornada_desktop.exports.survey_import import import_survey

            jid = find_journey(document.ws, args.journey) if args.journey else document.ws.journeys()[0].id
            print(import_survey(document, jid, args.survey, args.kind, args.mapping).summary())
            return 0
        if args.json is not None:
            from jornada_desktop.exports.json_io import import_journey_json

            jid = import_journey_json(document, args.json)
            journey = document.ws.get("journeys", jid)
            print(f"Imported the journey “{journey.title}” (id {jid}) into {args.file}.")
            return 0
        from jornada_desktop.exports.backlog_import import import_backlog

        jid = find_journey(document.ws, args.journey) if args.journey else None
        try:
            result = import_backlog(document, args.backlog, jid, apply_deletions=args.apply_deletions,
                                    by_content=args.match_by_content)
        except WrongMap as exc:
            raise ExportError(Sentence("%1 (Add --match-by-content to do so.)", str(exc))) from None
        print(result.summary())
        return 0
    finally:
        document.close()

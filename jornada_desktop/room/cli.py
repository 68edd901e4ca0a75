"""`jornada room FILE --address ADDR`: a room without a window, for scripted workshops and tests.

The participants' address is the first line printed; the room serves until SIGINT or SIGTERM,
then closes every phone's session and the file (everything they sent is already in it).
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    """Add `room` to the CLI's subparsers."""
    room = sub.add_parser(
        "room", help="open a workshop room that participants join from their phones",
        description="Serve a journey's room on one address of this computer: participants open the "
                    "printed address (or scan its QR code in the editor) and add cards, rate stages "
                    "and vote. Every contribution is written to FILE before the phone is told. "
                    "Stop with Ctrl+C.",
        epilog="example:\n  jornada room oficina.jornada --address 192.168.0.10 --port 8765",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    room.add_argument("file", type=Path, help="the .jornada file (opened for editing, locked while served)")
    room.add_argument("--address", required=True,
                      help="the address of this computer to listen on (only that interface; 127.0.0.1 for tests)")
    room.add_argument("--port", type=int, default=8765, help="the port (default 8765; 0 = any free port)")
    room.add_argument("--journey", help="the journey's title or id (needed when the file has several)")
    room.add_argument("--moderated", action="store_true", help="contributions wait for the facilitator")
    room.add_argument("--silent", action="store_true",
                      help="silent brainstorming: phones see only their own contributions until revealed")


def run_room(args: argparse.Namespace) -> int:
    """Serve the room until interrupted; 1 with a sentence when it cannot start."""
    import ipaddress

    from jornada_desktop.editing.document import Document
    from jornada_desktop.exports.cli_commands import ensure_core_app, find_journey
    from jornada_desktop.exports.errors import ExportError
    from jornada_desktop.model.sentences import Sentence
    from jornada_desktop.room.host import RoomHost

    try:
        ipaddress.ip_address(args.address)
    except ValueError:
        raise ExportError(Sentence("“%1” is not an IP address of this computer (for example 192.168.0.10).",
                                   args.address)) from None
    if not 0 <= args.port <= 65535:
        raise ExportError(Sentence("A port is a number from 1 to 65535 (got %1).", args.port))
    app = ensure_core_app()
    document = Document.open(args.file)
    try:
        journey_id = find_journey(document.ws, args.journey)
        host = RoomHost(document, journey_id)
        problems: list[str] = []
        host.failed.connect(problems.append)
        if not host.start(args.address, args.port, moderated=args.moderated or None, silent=args.silent or None):
            raise ExportError(Sentence("%1", problems[-1] if problems else "The room could not start."))
        print(host.url, flush=True)
        journey = document.ws.get("journeys", journey_id)
        print(f"Room of “{journey.title}” in {args.file}: participants open the address above. "
              "Stop with Ctrl+C.", flush=True)
        host.failed.connect(lambda text: (print(f"jornada: {text}", file=sys.stderr, flush=True), app.exit(1)))

        def finish(*_: object) -> None:
            app.exit(0)

        previous = {s: signal.signal(s, finish) for s in (signal.SIGINT, signal.SIGTERM)}
        # Python runs signal handlers between bytecodes: a timer lets it in while Qt's loop waits.
        from PySide6.QtCore import QTimer

        tick = QTimer()
        tick.timeout.connect(lambda: None)
        tick.start(200)
        try:
            status = app.exec()
        finally:
            tick.stop()
            for s, handler in previous.items():
                signal.signal(s, handler)
            host.stop()
        people = sum(1 for p in document.ws.participants(journey_id) if p.secret)
        cards = sum(1 for c in document.ws.contributions(journey_id) if c.action == "card")
        print(f"Room closed: {people} participant(s), {cards} contribution(s), all in {args.file}.", flush=True)
        return status
    finally:
        document.close()

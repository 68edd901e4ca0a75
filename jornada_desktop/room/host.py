"""The room on the facilitator's side: starts and stops the server, and puts what phones send into
the file through the document's one write path, in the window's thread.

A phone's request reaches `_take` through a queued signal; it is planned (`model.room`), pushed as
one undo step named after its author, and answered only once `Document.push` says it is in the
file. A resent request (same idempotency key) is answered as received without a second edit.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import ipaddress
import socket
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.model import room as model
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.room import Refusal
from jornada_desktop.paths import resource

ROOM_TABLES = ("participants", "contributions", "stage_feelings", "rooms", "stages", "journeys",
               "vote_rounds", "votes", "cards", "improvements")
DEFAULT_PORT = 8765


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoomHost", text)


def _interface_addresses() -> list[str]:
    """Each network interface's IPv4 address (Linux: one SIOCGIFADDR question per interface)."""
    found: list[str] = []
    try:
        import fcntl
        import struct
    except ImportError:  # not a Unix
        return found
    for _index, name in socket.if_nameindex():
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            try:
                packed = fcntl.ioctl(s.fileno(), 0x8915, struct.pack("256s", name.encode()[:15]))
            except OSError:  # an interface without an IPv4 address
                continue
            found.append(socket.inet_ntoa(packed[20:24]))
    return found


def lan_addresses() -> list[str]:
    """The machine's IPv4 addresses a phone on the same network can reach, private ones first,
    loopback last. (Plain Python: the bundle leaves Qt's network module out.)"""
    found = _interface_addresses()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    except OSError:
        pass
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # the address of the default
        try:  # route, if there is one (a UDP "connect" sends nothing)
            probe.connect(("192.0.2.1", 9))
            found.append(probe.getsockname()[0])
        except OSError:
            pass
    usable = {a for a in found if not ipaddress.ip_address(a).is_loopback and not ipaddress.ip_address(a).is_unspecified}
    private = sorted((a for a in usable if ipaddress.ip_address(a).is_private), key=ipaddress.ip_address)
    others = sorted((a for a in usable if a not in private), key=ipaddress.ip_address)
    return [*private, *others, "127.0.0.1"]


class RoomHost(QObject):
    """One journey's room: the server, the bridge from it and what the facilitator does with it."""

    arrived = Signal(str, object, object)  # action, payload, future: emitted by the server's thread
    status_changed = Signal()  # started, stopped, people, inbox: the panels refresh
    failed = Signal(str)  # a sentence for the facilitator
    contribution_added = Signal(int)  # a card id that came from a phone (the canvas may show it)

    def __init__(self, document: Document, journey_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id = journey_id
        self.server = None
        self.current_stage: int | None = None
        self._version = 0
        self.arrived.connect(self._take)
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(50)
        self._publish_timer.timeout.connect(self.publish)
        document.changed.connect(self._document_changed)
        self._server_failed = _Relay(self)
        self._server_failed.said.connect(self._on_server_failure)

    # ---- starting and stopping -----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    def room(self) -> Any:
        return self.document.ws.room(self.journey_id)

    def start(self, address: str, port: int = DEFAULT_PORT, *, moderated: bool | None = None,
              silent: bool | None = None) -> bool:
        """Open the room on one address (the code is the journey's, made the first time); False and
        `failed` with a sentence when it cannot listen or the file cannot be written."""
        from jornada_desktop.room.server import RoomServer  # aiohttp loads only when a room opens

        if self.running:
            return True
        if self.document.read_only:
            self.failed.emit(_tr("This file is open read-only: a room needs to write what participants send."))
            return False
        changes = {k: v for k, v in (("moderated", moderated), ("silent", silent)) if v is not None}
        existing = self.room()
        code = existing.code if existing is not None else model.new_code()
        server = RoomServer(address, port, code, self._submit, resource("room"),
                            on_failure=self._server_failed.say)
        try:  # listen first: an address that cannot be used leaves the file as it was
            server.start()
        except OSError as exc:
            self.failed.emit(self._listen_sentence(address, port, exc))
            return False
        if existing is None or changes:
            if existing is None:
                changes["code"] = code
            try:
                self.document.apply(model.settings_ops(self.document.ws, self.journey_id, utc_now(), **changes))
            except Exception as exc:  # noqa: BLE001 - a sentence, whatever the write failed with
                server.stop()
                self.failed.emit(_tr("The room could not be opened: %1").replace("%1", str(exc)))
                return False
        self.server = server
        self.publish()
        self.status_changed.emit()
        return True

    def _listen_sentence(self, address: str, port: int, exc: OSError) -> str:
        import errno

        if exc.errno == errno.EADDRINUSE:
            return _tr("Port %1 is already used by another program on this computer; choose another port.").replace(
                "%1", str(port))
        if exc.errno in (errno.EADDRNOTAVAIL, errno.EINVAL):
            return _tr("This computer has no address %1 any more (the network changed?); choose another.").replace(
                "%1", address)
        if exc.errno == errno.EACCES:
            return _tr("Port %1 needs administrator rights; choose a port above 1024.").replace("%1", str(port))
        return _tr("The room could not listen on %1:%2 (%3).").replace("%1", address).replace(
            "%2", str(port)).replace("%3", exc.strerror or str(exc))

    def stop(self) -> None:
        """Close the room: every phone's session ends; the file keeps everything they sent."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.status_changed.emit()

    def _on_server_failure(self, text: str) -> None:
        self.server = None
        self.failed.emit(_tr("The room stopped: %1. Start it again: participants keep the same address.")
                         .replace("%1", text))
        self.status_changed.emit()

    # ---- facilitator's settings and moderation -------------------------------------------------
    def set_current_stage(self, stage_id: int | None) -> None:
        """The stage the facilitator shows (phones open on it)."""
        if stage_id != self.current_stage:
            self.current_stage = stage_id
            self.publish()

    def set_setting(self, name: str, value: bool) -> bool:
        """Moderated, silent or revealed (the room's settings, not map edits: no undo step)."""
        ops = model.settings_ops(self.document.ws, self.journey_id, utc_now(), **{name: value})
        try:
            self.document.apply(ops)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(str(exc))
            return False
        self._pushed(True)
        self.status_changed.emit()
        return True

    def accept(self, contribution_ids: list[int]) -> bool:
        """Put waiting cards on the map (one undo step, however many)."""
        ws = self.document.ws
        ops: list = []
        inverses: list = []
        try:  # each planned on the workspace as the ones before it leave it, then put back
            for cid in contribution_ids:
                planned = model.accept_ops(ws, cid, utc_now())
                if planned:
                    inverses.append(ws.apply(planned))
                    ops += planned
        finally:
            for inverse in reversed(inverses):
                ws.apply(inverse)
        if not ops:
            return False
        text = _tr("Accept a participant's card") if len(inverses) == 1 else _tr("Accept participants' cards")
        return self._pushed(self.document.push(text, ops))

    def _pushed(self, ok: bool) -> bool:
        """After a facilitator's room action: the phones hear of it now, not after the pause."""
        if ok:
            self._publish_timer.stop()
            self.publish()
        return ok

    def reject(self, contribution_id: int) -> bool:
        ops = model.reject_ops(self.document.ws, contribution_id)
        return bool(ops) and self._pushed(self.document.push(_tr("Turn down a participant's card"), ops))

    def remove_participant(self, participant_id: int) -> bool:
        who = self.document.ws.get("participants", participant_id)
        ops = model.remove_ops(self.document.ws, participant_id)
        if who is None or not ops:
            return False
        return self._pushed(self.document.push(_tr("Remove %1 from the room").replace("%1", who.name), ops))

    # ---- what phones see -----------------------------------------------------------------------
    def _document_changed(self, change: ChangeSet) -> None:
        if self.server is not None and change.touches(*ROOM_TABLES):
            self._publish_timer.start()
        if change.touches("participants", "contributions", "rooms"):
            self.status_changed.emit()
        if self.server is not None and self.document.ws.get("journeys", self.journey_id) is None:
            self.stop()

    def publish(self) -> None:
        """Hand the server the room's state as it is now."""
        if self.server is None:
            return
        self._version += 1
        self.server.publish(model.snapshot(self.document.ws, self.journey_id, self._version, self.current_stage))

    # ---- phones' requests ----------------------------------------------------------------------
    def _submit(self, action: str, payload: dict) -> concurrent.futures.Future:
        """Called on the server's thread: queue the request to the window's thread."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        self.arrived.emit(action, payload, future)
        return future

    def _take(self, action: str, payload: dict, future: concurrent.futures.Future) -> None:
        if future.done():
            return
        try:
            result = self._plan_and_push(action, payload)
        except Refusal as refusal:
            result = (refusal.status, {"error": refusal.code, "message": refusal.message})
        except Exception as exc:  # noqa: BLE001 - a phone gets a status, never a traceback
            result = (500, {"error": "internal", "message": type(exc).__name__})
        if result[0] < 300:
            self._publish_timer.stop()
            self.publish()  # the phone's next look already shows it
        # (the phone may have stopped waiting: it resends with the same key and is told it arrived)
        with contextlib.suppress(concurrent.futures.InvalidStateError):
            future.set_result(result)

    def _plan_and_push(self, action: str, payload: dict) -> tuple[int, dict]:
        doc, ws = self.document, self.document.ws
        if self.server is None or self.document.store.closed:
            raise Refusal(503, "closed", "The room is closed.")
        if doc.read_only:
            raise Refusal(503, "read_only", "The facilitator's file is read-only.")
        stamp = utc_now()
        if action == "join":
            ops, pid = model.join_ops(ws, self.journey_id, payload["name"], payload["secret"], stamp)
            self._write(ops)
            who = ws.get("participants", pid)
            self.status_changed.emit()
            return 201, {"participant": pid, "name": who.name, "color": who.color}
        who = ws.get("participants", payload["participant"])
        if who is None or who.journey_id != self.journey_id:
            raise Refusal(401, "not_joined", "You are no longer in the room: join again.")
        body = payload["body"]
        key = model.check_key(body.get("key"))
        seen = model.find_key(ws, self.journey_id, key)
        if seen is not None:
            if seen.participant_id != who.id:
                raise Refusal(409, "key_taken", "That key was used by someone else.")
            return 200, {"id": seen.id, "status": seen.status, "duplicate": True}
        room = self.room()
        if action == "cards":
            ops = model.card_ops(ws, self.journey_id, who, body, bool(room and room.moderated), stamp)
            text = _tr("Card from %1 (room)")
        elif action == "votes":
            ops = model.vote_ops(ws, self.journey_id, who, body, stamp, model.hidden_for(ws, self.journey_id, who.id))
            text = _tr("Vote from %1 (room)") if body.get("take_back") is not True else _tr("Vote taken back by %1 (room)")
        elif action == "feelings":
            ops = model.feeling_ops(ws, self.journey_id, who, body, stamp)
            text = _tr("Feeling from %1 (room)")
        else:
            raise Refusal(404, "not_found", "There is nothing here.")
        if not doc.push(text.replace("%1", who.name), ops):
            raise Refusal(503, "not_saved", "The facilitator's computer could not save it; send again.")
        stored = model.find_key(ws, self.journey_id, key)
        if stored is None:  # pragma: no cover - pushed but not there: never acknowledge
            raise Refusal(503, "not_saved", "The facilitator's computer could not save it; send again.")
        if stored.card_id is not None and action == "cards":
            self.contribution_added.emit(stored.card_id)
        return 201, {"id": stored.id, "status": stored.status}

    def _write(self, ops: list) -> None:
        """A room write that is not a map edit (a phone joining): in the file, no undo step."""
        try:
            self.document.apply(ops)
        except Exception:  # noqa: BLE001 - the phone is told; the window already heard write_failed
            raise Refusal(503, "not_saved", "The facilitator's computer could not save it; try again.") from None


class _Relay(QObject):
    """Carries a sentence from the server's thread to the window's (a queued signal)."""

    said = Signal(str)

    def say(self, text: str) -> None:
        self.said.emit(text)

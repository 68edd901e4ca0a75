"""The room's web server: aiohttp on its own thread and event loop, serving the participant page.

It never touches the file. A phone's request that changes something is handed to `submit` (the
window's thread plans it, pushes it through the document's write path and answers once it is in
the file); what phones are shown comes from the latest `Snapshot` the window published, filtered
per participant (`model.room.phone_view`). Every path carries the room code, compared in constant
time; anything else is a 404 that says nothing.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from jornada_desktop.model import room as model
from jornada_desktop.model.room import Refusal, Snapshot

MAX_BODY = 8 * 1024  # bytes of a request body
CONTRIBUTIONS_PER_MINUTE = 30  # cards a phone may send a minute
ACTIONS_PER_MINUTE = 120  # votes and feelings a phone may send a minute
JOINS_PER_MINUTE = 20  # joins from one address a minute
ANSWER_TIMEOUT = 15.0  # seconds the window has to put a request into the file
PUSH_INTERVAL = 0.1  # at most ten state pushes a second to one phone
KEEPALIVE = 15.0  # a comment on every live stream this often, so that proxies and phones keep it

Submit = Callable[[str, dict[str, Any]], "concurrent.futures.Future[tuple[int, dict[str, Any]]]"]

HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the room code is in the address: never sent elsewhere
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
STATIC = {"app.js": "application/javascript", "style.css": "text/css", "index.html": "text/html"}


class _Limiter:
    """A sliding window of recent events per key."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.events: dict[object, deque[float]] = {}

    def allow(self, key: object) -> bool:
        now = time.monotonic()
        recent = self.events.setdefault(key, deque())
        while recent and now - recent[0] > 60.0:
            recent.popleft()
        if len(recent) >= self.per_minute:
            return False
        recent.append(now)
        return True


def _refused(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": code, "message": message}, status=status, headers=HEADERS)


class RoomServer:
    """One room on one address and port; start() listens, stop() ends every phone's session."""

    def __init__(self, address: str, port: int, code: str, submit: Submit, static_dir: Path,
                 on_failure: Callable[[str], None] | None = None) -> None:
        self.address = address
        self.port = port
        self.code = code
        self.submit = submit
        self.static_dir = static_dir
        self.on_failure = on_failure
        self._snapshot: Snapshot | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._stopping: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._changed: asyncio.Condition | None = None
        self._streams = 0
        self._cards = _Limiter(CONTRIBUTIONS_PER_MINUTE)
        self._actions = _Limiter(ACTIONS_PER_MINUTE)
        self._joins = _Limiter(JOINS_PER_MINUTE)
        self._pages = {name: (self.static_dir / name).read_bytes() for name in STATIC}

    # ---- from the window's thread ----------------------------------------------------------
    @property
    def url(self) -> str:
        """The participants' address of the room."""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"http://{host}:{self.port}/r/{self.code}/"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def live_streams(self) -> int:
        """How many phones hold a live connection now."""
        return self._streams

    def start(self, timeout: float = 10.0) -> None:
        """Listen on the address (raises OSError when it cannot); returns once the port is open."""
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="jornada-room", daemon=True)
        self._thread.start()
        try:
            ready.result(timeout)
        except BaseException:
            self._thread.join(timeout)
            self._thread = None
            raise

    def publish(self, snap: Snapshot) -> None:
        """Hand the server the room's newest state (phones are told within PUSH_INTERVAL)."""
        self._snapshot = snap
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(self._wake)

    def stop(self, timeout: float = 10.0) -> None:
        """End every phone's session and stop listening (idempotent)."""
        loop, thread = self._loop, self._thread
        if loop is not None and self._stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._stopping.set)
        if thread is not None:
            thread.join(timeout)
        self._thread = None

    # ---- the server's thread ---------------------------------------------------------------
    def _run(self, ready: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(ready))
        except BaseException as exc:  # a failure once running: say it to the facilitator
            if not ready.done():
                ready.set_exception(exc)
            elif self.on_failure is not None:
                self.on_failure(str(exc) or type(exc).__name__)
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()

    async def _serve(self, ready: concurrent.futures.Future[None]) -> None:
        self._task = asyncio.current_task()
        self._stopping = asyncio.Event()
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_route("*", "/r/{code}", self._redirect)
        app.router.add_route("*", "/r/{code}/", self._page)
        app.router.add_route("*", "/r/{code}/{name:app\\.js|style\\.css}", self._static)
        app.router.add_route("*", "/r/{code}/api/{what}", self._api)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        self._runner = runner
        try:
            site = web.TCPSite(runner, self.address, self.port, reuse_address=True, backlog=256)
            await site.start()
            sockets = getattr(site._server, "sockets", None) or []  # the port chosen when asked for 0
            if sockets:
                self.port = sockets[0].getsockname()[1]
            ready.set_result(None)
            await self._stopping.wait()
        finally:
            await self._wake_all_for_exit()
            await runner.cleanup()

    def _wake(self) -> None:
        if self._changed is not None:
            asyncio.ensure_future(self._notify())

    async def _notify(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def _wake_all_for_exit(self) -> None:
        if self._changed is not None:
            async with self._changed:
                self._changed.notify_all()

    # ---- requests ----------------------------------------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        code = request.match_info.get("code")
        if code is None or not model.same_secret(code, self.code):
            return _refused(404, "not_found", "There is nothing here.")
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return _refused(413, "too_large", "The request is too large.")
        except web.HTTPException as exc:
            return _refused(exc.status, "http", exc.reason or "")

    async def _redirect(self, request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={**HEADERS, "Location": f"/r/{self.code}/"})

    async def _page(self, request: web.Request) -> web.StreamResponse:
        if request.method not in ("GET", "HEAD"):
            return _refused(405, "method", "Not allowed.")
        return web.Response(body=self._pages["index.html"], content_type="text/html", charset="utf-8",
                            headers=HEADERS)

    async def _static(self, request: web.Request) -> web.StreamResponse:
        if request.method not in ("GET", "HEAD"):
            return _refused(405, "method", "Not allowed.")
        name = request.match_info["name"]
        return web.Response(body=self._pages[name], content_type=STATIC[name], charset="utf-8", headers=HEADERS)

    def _participant(self, request: web.Request) -> int:
        token = request.headers.get("X-Room-Token") or request.query.get("token") or ""
        snap = self._snapshot
        if not token or len(token) > 200 or snap is None:
            raise Refusal(401, "not_joined", "Join the room first.")
        pid = snap.data["secrets"].get(model.token_hash(token))
        if pid is None:
            raise Refusal(401, "not_joined", "You are no longer in the room: join again.")
        return pid

    async def _body(self, request: web.Request) -> dict[str, Any]:
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise Refusal(413, "too_large", "The request is too large.")
        raw = await request.read()
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise Refusal(400, "bad_json", "The request is not JSON.") from None
        if not isinstance(body, dict):
            raise Refusal(400, "bad_json", "The request must be a JSON object.")
        return body

    async def _api(self, request: web.Request) -> web.StreamResponse:
        what = request.match_info["what"]
        try:
            if what == "state" and request.method == "GET":
                pid = self._participant(request)
                return web.json_response(self._view(pid), headers=HEADERS)
            if what == "events" and request.method == "GET":
                return await self._events(request, self._participant(request))
            if request.method != "POST" or what not in ("join", "cards", "votes", "feelings"):
                raise Refusal(404 if what not in ("join", "cards", "votes", "feelings", "state", "events")
                              else 405, "not_found", "There is nothing here.")
            body = await self._body(request)
            if what == "join":
                if not self._joins.allow(request.remote):
                    raise Refusal(429, "slow_down", "Too many people joined from here; wait a minute.")
                token = model.new_token()
                status, answer = await self._ask("join", {"name": body.get("name"), "secret": model.token_hash(token)})
                if status == 201:
                    answer = {**answer, "token": token}
                return web.json_response(answer, status=status, headers=HEADERS)
            pid = self._participant(request)
            limiter = self._cards if what == "cards" else self._actions
            if not limiter.allow(pid):
                raise Refusal(429, "slow_down", "That was a lot at once; wait a moment and send again.")
            status, answer = await self._ask(what, {"participant": pid, "body": body})
            return web.json_response(answer, status=status, headers=HEADERS)
        except Refusal as refusal:
            return _refused(refusal.status, refusal.code, refusal.message)

    async def _ask(self, action: str, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        try:
            future = self.submit(action, payload)
            status, answer = await asyncio.wait_for(asyncio.wrap_future(future), ANSWER_TIMEOUT)
        except TimeoutError:
            raise Refusal(503, "busy", "The facilitator's computer did not answer in time; send again.") from None
        except Refusal:
            raise
        except Exception:  # the window refused to take it (the room is closing)
            raise Refusal(503, "closing", "The room is closing.") from None
        return status, answer

    def _view(self, pid: int) -> dict[str, Any]:
        snap = self._snapshot
        if snap is None:
            raise Refusal(503, "starting", "The room is starting; try again.")
        return model.phone_view(snap, pid)

    async def _events(self, request: web.Request, pid: int) -> web.StreamResponse:
        """Server-Sent Events: the phone's view now, then each time it changes; ends with the room."""
        response = web.StreamResponse(headers={**HEADERS, "Content-Type": "text/event-stream",
                                               "X-Accel-Buffering": "no"})
        await response.prepare(request)
        assert self._changed is not None and self._stopping is not None
        self._streams += 1
        sent: str | None = None
        try:
            while not self._stopping.is_set():
                snap = self._snapshot
                if snap is None or pid not in snap.data["people"]:
                    await response.write(b"event: gone\ndata: {}\n\n")
                    break
                text = json.dumps(model.phone_view(snap, pid), separators=(",", ":"))
                if text != sent:
                    await response.write(f"event: state\ndata: {text}\n\n".encode())
                    sent = text
                async with self._changed:
                    try:
                        await asyncio.wait_for(self._changed.wait(), KEEPALIVE)
                    except TimeoutError:
                        await response.write(b": keep-alive\n\n")
                await asyncio.sleep(PUSH_INTERVAL)
            if self._stopping.is_set():
                await response.write(b"event: closed\ndata: {}\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._streams -= 1
        return response

"""`make bench`, the room: what opening a room costs, and how long a phone's card takes to reach the
facilitator's canvas with 60 phones sending at once, each against a raw floor in the same run.

- start: importing the server and QR libraries plus listening (`RoomHost.start`) vs a bare asyncio
  server listening on a thread;
- latency: a card POSTed by one of 60 phones (each sending one every ~2 s) until its item is on the
  window's canvas, vs the same POST to a bare aiohttp handler that INSERTs and commits the row with
  the same durability (synchronous=FULL) and answers.
Writes docs/benchmarks-room.md (or prints only with --out -).
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

PHONES = 60


def _post(url: str, path: str, body: dict, token: str = "") -> tuple[int, dict]:
    import http.client

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["X-Room-Token"] = token
        conn.request("POST", path, json.dumps(body).encode(), headers)
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        conn.close()


def _import_cost(repeats: int) -> tuple[list[float], list[float]]:
    """Seconds to import aiohttp.web and segno in a fresh interpreter, vs asyncio alone."""
    def child(code: str) -> float:
        out = subprocess.run([sys.executable, "-c", "import time; t = time.perf_counter(); " + code +
                              "; print(time.perf_counter() - t)"], capture_output=True, text=True, check=True)
        return float(out.stdout.strip())

    app = [child("import aiohttp.web, segno") for _ in range(repeats)]
    floor = [child("import asyncio") for _ in range(repeats)]
    return app, floor


def _listen_floor() -> float:
    """A bare asyncio server started on a thread, until it listens."""
    ready = threading.Event()
    stop: list = []

    def run() -> None:
        loop = asyncio.new_event_loop()

        async def main() -> None:
            server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
            ready.set()
            event = asyncio.Event()
            stop.append((loop, event))
            await event.wait()
            server.close()
            await server.wait_closed()

        loop.run_until_complete(main())
        loop.close()

    t0 = time.perf_counter()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait()
    elapsed = time.perf_counter() - t0
    while not stop:
        time.sleep(0.001)
    loop, event = stop[0]
    loop.call_soon_threadsafe(event.set)
    thread.join()
    return elapsed


def _phones(url: str, per_phone: int, sent: dict[str, float], start_gate: threading.Event) -> list:
    """60 phones join, then each sends `per_phone` cards about every 2 s (jittered)."""
    base = urlsplit(url).path

    def phone(n: int) -> int:
        status, answer = _post(url, base + "api/join", {"name": f"Phone {n:02d}"})
        assert status == 201, answer
        token = answer["token"]
        start_gate.wait()
        rng = random.Random(n)
        time.sleep(rng.uniform(0, 2.0))
        for _ in range(per_phone):
            key = uuid.uuid4().hex
            sent[key] = time.perf_counter()
            status, answer = _post(url, base + "api/cards", {"key": key, "kind": "note", "stage_id": 1,
                                                           "text": key}, token)
            assert status in (200, 201), answer
            time.sleep(rng.uniform(1.5, 2.5))
        return n

    pool = concurrent.futures.ThreadPoolExecutor(PHONES)
    return [pool.submit(phone, n) for n in range(PHONES)]


def bench_latency(path: Path, per_phone: int) -> tuple[list[float], list[float]]:
    """Seconds from a phone's POST to its card on the canvas; and the raw floor's round trips."""
    from PySide6.QtCore import QCoreApplication

    from jornada_desktop.bench.figures import close_document, main_window
    from jornada_desktop.bench.timing import settle
    from jornada_desktop.room import server as server_module
    from jornada_desktop.room.host import RoomHost

    server_module.JOINS_PER_MINUTE = PHONES  # every simulated phone comes from one address here
    window = main_window()
    window.open_path(path)
    settle(100)
    document = window.document
    scene = window.view.scene()
    host = RoomHost(document, window.current_journey)
    assert host.start("127.0.0.1", 0)
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}

    def changed(change) -> None:  # noqa: ANN001 - after the scene's own slot: the item exists
        for card_id in change.ids("cards"):
            card = document.ws.get("cards", card_id)
            if card is not None and card.title in sent and card_id in scene.card_items:
                arrived.setdefault(card.title, time.perf_counter())

    document.changed.connect(changed)
    gate = threading.Event()
    futures = _phones(host.url, per_phone, sent, gate)
    deadline = time.monotonic() + 60
    while sum(1 for f in futures if f.done()) < PHONES and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if not gate.is_set() and len([p for p in document.ws.participants(window.current_journey) if p.secret]) == PHONES:
            gate.set()
        time.sleep(0.001)
    gate.set()
    deadline = time.monotonic() + 120
    while not all(f.done() for f in futures) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    for f in futures:
        f.result()
    settle(100)
    host.stop()
    close_document(window)
    app = [arrived[k] - sent[k] for k in sent if k in arrived]
    if len(app) != len(sent):
        raise SystemExit(f"{len(sent) - len(app)} card(s) never reached the canvas")
    return app, _floor_latency(path, per_phone)


def _floor_latency(path: Path, per_phone: int) -> list[float]:
    """The same traffic to a bare aiohttp handler that INSERTs one row durably and answers."""
    from aiohttp import web

    from jornada_desktop.bench import floors

    copy = path.with_name("floor-room.jornada")
    copy.write_bytes(path.read_bytes())
    lock = threading.Lock()
    holder_conn: list[sqlite3.Connection] = []
    ready: concurrent.futures.Future = concurrent.futures.Future()
    holder: dict = {}

    async def join(request: web.Request) -> web.Response:
        return web.json_response({"token": "t"}, status=201)

    async def card(request: web.Request) -> web.Response:
        body = await request.json()
        conn = holder_conn[0]
        with lock:
            conn.execute("INSERT INTO contributions(journey_id, key, action, status, text) VALUES (1, ?, 'card', "
                         "'accepted', ?)", (body["key"], body["text"]))
            conn.commit()
        return web.json_response({"ok": True}, status=201)

    def run() -> None:
        loop = asyncio.new_event_loop()
        holder_conn.append(floors.durable_connection(copy))  # (used on this thread only)

        async def main() -> None:
            app = web.Application()
            app.router.add_post("/r/x/api/join", join)
            app.router.add_post("/r/x/api/cards", card)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            holder["port"] = site._server.sockets[0].getsockname()[1]
            holder["stop"] = asyncio.Event()
            holder["loop"] = loop
            ready.set_result(None)
            await holder["stop"].wait()
            await runner.cleanup()

        loop.run_until_complete(main())
        loop.close()
        holder_conn[0].close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.result(10)
    url = f"http://127.0.0.1:{holder['port']}/r/x/"
    sent: dict[str, float] = {}
    done: dict[str, float] = {}
    original = _post

    def timed_post(u: str, p: str, body: dict, token: str = "") -> tuple[int, dict]:
        result = original(u, p, body, token)
        if "key" in body:
            done[body["key"]] = time.perf_counter()
        return result

    globals()["_post"] = timed_post
    try:
        gate = threading.Event()
        gate.set()
        futures = _phones(url, per_phone, sent, gate)
        for f in futures:
            f.result()
    finally:
        globals()["_post"] = original
        holder["loop"].call_soon_threadsafe(holder["stop"].set)
        thread.join()
    return [done[k] - sent[k] for k in sent]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m jornada_desktop.bench.room_bench", description=__doc__)
    p.add_argument("--per-phone", type=int, default=5, help="cards each of the 60 phones sends (default 5)")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--out", default="docs/benchmarks-room.md")
    args = p.parse_args(argv)
    from jornada_desktop.bench.figures import ensure_app
    from jornada_desktop.bench.generate import Size, make_journey_file

    ensure_app()
    lines = ["# Benchmarks: the room", "", "Made by `make bench` (`python -m jornada_desktop.bench.room_bench`); "
             "each figure against a raw floor in the same run.", ""]
    imports_app, imports_floor = _import_cost(args.repeats)
    from jornada_desktop.room.host import RoomHost  # noqa: F401 - (the server's module imports on start)

    with tempfile.TemporaryDirectory() as folder:
        path = make_journey_file(Path(folder) / "room.jornada", Size.scaled(300, 12, 10))
        from jornada_desktop.editing.document import Document

        starts = []
        for _ in range(args.repeats):
            doc = Document.open(path, daily_version=False)
            host = RoomHost(doc, doc.ws.journeys()[0].id)
            t0 = time.perf_counter()
            assert host.start("127.0.0.1", 0)
            starts.append(time.perf_counter() - t0)
            host.stop()
            doc.close()
        floor_starts = [_listen_floor() for _ in range(args.repeats)]
        app_lat, floor_lat = bench_latency(path, args.per_phone)
    med = statistics.median
    rows = [
        ("import aiohttp + segno (fresh interpreter)", med(imports_app), med(imports_floor), "import asyncio"),
        ("room start (listening, state published)", med(starts), med(floor_starts), "bare asyncio server on a thread"),
        (f"card → canvas, median ({len(app_lat)} cards, {PHONES} phones)", med(app_lat), med(floor_lat),
         "POST → durable INSERT → answer"),
        ("card → canvas, p95 (goal ≤ 300 ms)", p95(app_lat), p95(floor_lat), "same, p95"),
    ]
    lines += ["| figure | Jornada | floor | ratio | floor is |", "|---|---:|---:|---:|---|"]
    for name, app_v, floor_v, what in rows:
        lines.append(f"| {name} | {app_v * 1000:.1f} ms | {floor_v * 1000:.1f} ms | "
                     f"{app_v / floor_v if floor_v else float('inf'):.2f}× | {what} |")
    lines += ["", "Nothing of the room loads at start-up (tests/test_startup_imports.py): the import cost above "
              "is paid when the first room opens."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out != "-":
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

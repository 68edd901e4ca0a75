"""Room mode under load and live: 60 phones at once, Server-Sent Events, the headless command."""

from __future__ import annotations

import concurrent.futures
import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from jornada_desktop.room.host import RoomHost
from tests.room_helpers import Phone, raw

PHONES = 60
EACH = 20


def _phone_session(url: str, name: str, stages: list[int]) -> list[str]:
    """One phone: join, then 20 cards; every fifth is sent twice (an answer lost on the Wi-Fi)."""
    base = urlsplit(url).path
    status, _, body = raw(url, "POST", base + "api/join", json.dumps({"name": name}).encode(),
                          {"Content-Type": "application/json"})
    assert status == 201, body
    token = json.loads(body)["token"]
    keys = []
    for i in range(EACH):
        key = uuid.uuid4().hex
        payload = json.dumps({"key": key, "kind": "note", "stage_id": stages[i % len(stages)],
                              "text": f"{name} #{i}"}).encode()
        for _attempt in range(2 if i % 5 == 0 else 1):
            status, _, body = raw(url, "POST", base + "api/cards", payload,
                                  {"Content-Type": "application/json", "X-Room-Token": token}, timeout=60)
            assert status in (200, 201), body
        keys.append(key)
    return keys


def test_sixty_phones_twenty_cards_each_none_lost_none_twice(qtbot, document, monkeypatch) -> None:
    from jornada_desktop.room import server

    monkeypatch.setattr(server, "JOINS_PER_MINUTE", PHONES)  # here every phone is on one address
    journey = document.ws.journeys()[0]
    host = RoomHost(document, journey.id)
    assert host.start("127.0.0.1", 0)
    stages = [s.id for s in document.ws.stages(journey.id)]
    cards_before = len(document.ws.all("cards"))
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=PHONES) as pool:
            futures = [pool.submit(_phone_session, host.url, f"P{n:02d}", stages) for n in range(PHONES)]
            qtbot.waitUntil(lambda: all(f.done() for f in futures), timeout=240_000)
            keys = [k for f in futures for k in f.result()]
    finally:
        host.stop()
    assert len(keys) == PHONES * EACH
    conn = sqlite3.connect(document.path)
    try:
        titles = [r[0] for r in conn.execute("SELECT title FROM cards WHERE participant LIKE 'P%'")]
        stored_keys = [r[0] for r in conn.execute("SELECT key FROM contributions")]
    finally:
        conn.close()
    expected = {f"P{n:02d} #{i}" for n in range(PHONES) for i in range(EACH)}
    assert len(titles) == len(expected) and set(titles) == expected  # none lost, none twice
    assert sorted(stored_keys) == sorted(keys)
    assert len(document.ws.all("cards")) == cards_before + PHONES * EACH


def test_a_phone_hears_of_a_change_within_a_second(qtbot, document) -> None:
    journey = document.ws.journeys()[0]
    host = RoomHost(document, journey.id)
    assert host.start("127.0.0.1", 0)
    try:
        base = urlsplit(host.url).path
        phone = Phone(qtbot, host.url)  # (the main thread must keep Qt's loop turning while it waits)
        phone.join("Live")
        token = phone.token
        parts = urlsplit(host.url)

        def listen() -> list[tuple[float, dict]]:
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            conn.request("GET", base + "api/events?token=" + token)
            response = conn.getresponse()
            assert response.status == 200 and response.getheader("Content-Type") == "text/event-stream"
            events, event = [], ""
            while len(events) < 2:
                line = response.readline().decode()
                if line.startswith("event:"):
                    event = line.split(":", 1)[1].strip()
                elif line.startswith("data:") and event == "state":
                    events.append((time.monotonic(), json.loads(line[5:])))
            conn.close()
            return events

        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            stream = pool.submit(listen)
            qtbot.wait(300)  # the first event: the state now
            stage = document.ws.stages(journey.id)[3].id
            changed_at = time.monotonic()
            host.set_current_stage(stage)  # the facilitator moves to another stage
            qtbot.waitUntil(stream.done, timeout=5000)
            events = stream.result()
        assert events[0][1]["current_stage"] is None
        assert events[1][1]["current_stage"] == stage
        assert events[1][0] - changed_at < 1.0
    finally:
        host.stop()


def test_headless_room_prints_the_address_first_and_ends_cleanly_on_sigterm(sample_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "jornada_desktop", "room", str(sample_path), "--address",
                             "127.0.0.1", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "/r/" in url
        base = urlsplit(url).path
        status, _, body = raw(url, "POST", base + "api/join", b'{"name": "Script"}', {"Content-Type": "application/json"})
        token = json.loads(body)["token"]
        status, _, _ = raw(url, "POST", base + "api/cards",
                           json.dumps({"key": "headless-001", "kind": "note", "stage_id": 1, "text": "Sem janela"}).encode(),
                           {"Content-Type": "application/json", "X-Room-Token": token})
        assert status == 201
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert err == "" and "Room closed: 1 participant(s), 1 contribution(s)" in out
    conn = sqlite3.connect(sample_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM cards WHERE title = 'Sem janela'").fetchone()[0] == 1
    finally:
        conn.close()
    assert not sample_path.with_name(sample_path.name + ".lock").exists()


def test_headless_room_refuses_a_bad_address_in_one_line(sample_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = sample_path.read_bytes()
    for address, words in (("example.com", "not an IP address"), ("10.255.255.254", "no address")):
        result = subprocess.run([sys.executable, "-m", "jornada_desktop", "room", str(sample_path), "--address",
                                 address], capture_output=True, text=True, env=env, timeout=60)
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and words in result.stderr and "Traceback" not in result.stderr
    assert sample_path.read_bytes()[:100] == before[:100]

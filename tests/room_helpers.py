"""Talking to a room over real HTTP from the tests, while Qt's event loop runs in the test's thread.

The room's server answers a phone only once the window's thread has put the request into the
file, so a test must keep Qt's loop turning while it waits: each call runs on a worker thread and
the test waits on it with `qtbot.waitUntil`.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import json
import uuid
from typing import Any
from urllib.parse import urlsplit

_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=8, thread_name_prefix="phone")


def raw(url: str, method: str, path: str, body: bytes | None = None,
        headers: dict[str, str] | None = None, timeout: float = 20.0) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request to the room's host (path relative to the server root)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


class Phone:
    """A participant's phone: joins, sends with fresh keys, reads its view."""

    def __init__(self, qtbot: Any, url: str) -> None:
        self.qtbot = qtbot
        self.url = url
        self.base = urlsplit(url).path  # /r/CODE/
        self.token = ""
        self.id = 0

    def call(self, method: str, what: str, body: Any = None, token: str | None = None,
             raw_body: bytes | None = None, path: str | None = None) -> tuple[int, Any]:
        """A request, waited for with Qt's loop turning; the status and the JSON answer."""
        headers = {"Content-Type": "application/json"}
        tok = self.token if token is None else token
        if tok:
            headers["X-Room-Token"] = tok
        data = raw_body if raw_body is not None else (None if body is None else json.dumps(body).encode())
        future = _POOL.submit(raw, self.url, method, path or self.base + "api/" + what, data, headers)
        self.qtbot.waitUntil(future.done, timeout=20000)
        status, _headers, payload = future.result()
        try:
            return status, json.loads(payload.decode()) if payload else None
        except ValueError:
            return status, payload

    def join(self, name: str) -> dict:
        status, answer = self.call("POST", "join", {"name": name}, token="")
        assert status == 201, answer
        self.token, self.id = answer["token"], answer["participant"]
        return answer

    def send(self, what: str, body: dict, key: str | None = None) -> tuple[int, Any]:
        return self.call("POST", what, {**body, "key": key or uuid.uuid4().hex})

    def state(self) -> dict:
        status, answer = self.call("GET", "state")
        assert status == 200, answer
        return answer

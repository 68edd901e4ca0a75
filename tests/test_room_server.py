"""Room mode over real HTTP on loopback: what a phone may do, what it may not, and what lands in the file."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from jornada_desktop.model import room as model
from jornada_desktop.model import workshop
from jornada_desktop.model.edits import utc_now
from jornada_desktop.room.host import RoomHost
from tests.room_helpers import Phone, raw


def file_rows(path: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


@pytest.fixture
def host(qtbot, document) -> Iterator[RoomHost]:
    journey = document.ws.journeys()[0]
    room = RoomHost(document, journey.id)
    problems: list[str] = []
    room.failed.connect(problems.append)
    assert room.start("127.0.0.1", 0), problems
    yield room
    room.stop()


def stage_ids(document) -> list[int]:
    return [s.id for s in document.ws.stages(document.ws.journeys()[0].id)]


def test_a_card_from_a_phone_is_in_the_file_before_the_phone_is_told(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    answer = phone.join("Maria")
    assert answer["color"] in workshop.PALETTE
    stage = stage_ids(document)[1]
    undo_before = document.undo_stack.count()
    status, result = phone.send("cards", {"kind": "pain_point", "stage_id": stage, "text": "Fila longa no caixa"})
    assert status == 201 and result["status"] == "accepted"
    # In the file (read with a separate connection) as soon as the answer came back.
    rows = file_rows(document.path, "SELECT c.title, c.participant, c.stage_id, l.kind FROM cards c "
                     "JOIN lanes l ON l.id = c.lane_id WHERE c.title = ?", "Fila longa no caixa")
    assert rows == [("Fila longa no caixa", "Maria", stage, "pain_points")]
    # One undo step, named after its author; undoing it takes the card away.
    assert document.undo_stack.count() == undo_before + 1
    assert "Maria" in document.undo_stack.text(document.undo_stack.count() - 1)
    document.undo_stack.undo()
    assert file_rows(document.path, "SELECT count(*) FROM cards WHERE title = ?", "Fila longa no caixa") == [(0,)]
    qtbot.waitUntil(lambda: phone.state()["mine"] == [], timeout=3000)  # the phones hear of the undo too


def test_a_resent_request_is_never_applied_twice(qtbot, document, host) -> None:
    maria, joao = Phone(qtbot, host.url), Phone(qtbot, host.url)
    maria.join("Maria")
    joao.join("João")
    body = {"kind": "opportunity", "stage_id": stage_ids(document)[0], "text": "Chat no app"}
    first = maria.send("cards", body, key="same-key-0001")
    again = maria.send("cards", body, key="same-key-0001")
    assert first[0] == 201 and again[0] == 200 and again[1]["duplicate"] is True
    assert file_rows(document.path, "SELECT count(*) FROM cards WHERE title = 'Chat no app'") == [(1,)]
    # Someone else's key is not theirs to use.
    assert joao.send("cards", body, key="same-key-0001")[0] == 409
    assert file_rows(document.path, "SELECT count(*) FROM contributions") == [(1,)]


def test_requests_without_the_room_code_or_a_token_are_refused(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    code = host.url.rstrip("/").rsplit("/", 1)[1]
    letters = code.replace("-", "")
    assert len(letters) == 16 and set(letters) <= set(model.CODE_ALPHABET)  # 16 × 5 = 80 random bits
    other = code[:-1] + ("b" if code[-1] != "b" else "c")  # one character off
    for path in ("/", "/r/", f"/r/{code[:-1]}/", f"/r/{code}x/", f"/r/{other}/api/state", "/r/x/api/join",
                 f"/R/{code}/"):
        status, _ = phone.call("GET", "", path=path)
        assert status == 404, path
    status, _ = phone.call("POST", "", {"name": "Eve"}, path=f"/r/{other}/api/join")
    assert status == 404
    assert phone.call("GET", "state", token="")[0] == 401
    assert phone.call("GET", "state", token="not-a-token")[0] == 401
    assert phone.call("POST", "cards", {"key": "k" * 10, "kind": "note", "stage_id": 1, "text": "x"}, token="")[0] == 401
    assert file_rows(document.path, "SELECT count(*) FROM participants") == [(0,)]


def test_bad_bodies_get_a_status_and_a_sentence(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    phone.join("Ana")
    stage = stage_ids(document)[0]
    cases = [
        (b"{not json", 400), (b"[1, 2]", 400), (b"\xff\xfe", 400),
        (b'{"key": "abcdefgh", "kind": "pain_point", "stage_id": 1, "text": "' + b"x" * 501 + b'"}', 400),
        (b'{"key": "abcdefgh", "kind": "bomb", "stage_id": 1, "text": "x"}', 400),
        (b'{"key": "abcdefgh", "kind": "note", "stage_id": 99999, "text": "x"}', 404),
        (b'{"key": "abcdefgh", "kind": "note", "stage_id": "1", "text": "x"}', 400),
        (b'{"key": "short", "kind": "note", "stage_id": 1, "text": "x"}', 400),
        (b'{"key": "abcdefgh", "kind": "note", "stage_id": 1, "text": "   "}', 400),
        (b'{"key": "abcdefgh", "kind": "note", "stage_id": 1, "text": "' + b"y" * 9000 + b'"}', 413),
    ]
    for body, expected in cases:
        status, answer = phone.call("POST", "cards", raw_body=body)
        assert status == expected, (body[:60], answer)
        assert isinstance(answer, dict) and answer["message"] and "Traceback" not in answer["message"]
    assert phone.send("feelings", {"stage_id": stage, "value": 3})[0] == 400
    assert phone.send("feelings", {"stage_id": stage, "value": True})[0] == 400
    assert phone.call("DELETE", "cards")[0] == 405
    assert phone.call("GET", "backlog")[0] == 404
    assert file_rows(document.path, "SELECT count(*) FROM contributions") == [(0,)]


def test_hostile_text_is_stored_and_shown_as_text(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    phone.join('<img src=x onerror="alert(1)">')
    payloads = ["<script>alert('x')</script>", '<img src=x onerror="alert(1)">', "javascript:alert(1)",
                "a\x00b\x1bc", "💥 ok"]
    for text in payloads:
        assert phone.send("cards", {"kind": "note", "stage_id": stage_ids(document)[0], "text": text})[0] == 201
    titles = {r[0] for r in file_rows(document.path, "SELECT title FROM cards WHERE participant LIKE '<img%'")}
    assert {"<script>alert('x')</script>", '<img src=x onerror="alert(1)">', "javascript:alert(1)", "a b c",
            "💥 ok"} == titles
    status, headers, page = raw(host.url, "GET", phone.base)
    assert status == 200 and "script-src 'self'" in headers["Content-Security-Policy"]
    assert b"<script>alert" not in page and b"onerror" not in page  # the page is static; texts go in as text
    script = raw(host.url, "GET", phone.base + "app.js")[2].decode()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script


def test_phones_see_the_stages_and_their_own_never_the_backlog(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    phone.join("Ana")
    view = phone.state()
    journey = document.ws.journeys()[0]
    assert [s["name"] for s in view["stages"]] == [s.name for s in document.ws.stages(journey.id)]
    text = str(view)
    for improvement in document.ws.improvements(journey.id):
        assert improvement.title not in text
    for card in document.ws.cards(journey.id):
        assert card.title not in text  # the map's cards are not read out either (only on a ballot)
    assert set(view) >= {"stages", "mine", "others", "round", "ballot", "feelings", "me"}
    assert "secret" not in text and phone.token not in text


def test_moderation_inbox_accept_and_reject(qtbot, document, host) -> None:
    assert host.set_setting("moderated", True)
    phone = Phone(qtbot, host.url)
    phone.join("Bia")
    stage = stage_ids(document)[2]
    cards_before = len(document.ws.all("cards"))
    assert phone.send("cards", {"kind": "pain_point", "stage_id": stage, "text": "Boleto demora"})[1]["status"] == "pending"
    assert phone.send("cards", {"kind": "opportunity", "stage_id": stage, "text": "Pix"})[1]["status"] == "pending"
    assert phone.send("cards", {"kind": "note", "stage_id": stage, "text": "spam"})[1]["status"] == "pending"
    assert len(document.ws.all("cards")) == cards_before
    inbox = model.pending(document.ws, host.journey_id)
    assert [c.text for c in inbox] == ["Boleto demora", "Pix", "spam"]
    assert host.reject(inbox[2].id)
    assert host.accept([inbox[0].id, inbox[1].id])  # "accept all": one undo step
    assert file_rows(document.path, "SELECT count(*) FROM cards WHERE participant = 'Bia'") == [(2,)]
    assert [c["status"] for c in phone.state()["mine"]] == ["accepted", "accepted", "rejected"]
    document.undo_stack.undo()
    assert file_rows(document.path, "SELECT count(*) FROM cards WHERE participant = 'Bia'") == [(0,)]
    assert len(model.pending(document.ws, host.journey_id)) == 2


def test_silent_brainstorming_hides_others_until_revealed(qtbot, document, host) -> None:
    host.set_setting("silent", True)
    a, b = Phone(qtbot, host.url), Phone(qtbot, host.url)
    a.join("Ana")
    b.join("Beto")
    stage = stage_ids(document)[0]
    a.send("cards", {"kind": "pain_point", "stage_id": stage, "text": "Segredo da Ana"})
    # the facilitator opens a vote: Beto's ballot does not list Ana's card either
    journey = host.journey_id
    document.push("round", workshop.open_round_ops(document.ws, journey, "R1", 3, utc_now()))
    qtbot.waitUntil(lambda: b.state()["round"] is not None, timeout=3000)  # phones hear of it
    seen_by_b = b.state()
    assert "Segredo da Ana" not in str(seen_by_b) and seen_by_b["others"] == []
    assert any(item["title"] == "Segredo da Ana" for item in a.state()["ballot"])
    ana_card = next(c for c in document.ws.all("cards") if c.title == "Segredo da Ana")
    assert b.send("votes", {"item": f"cards:{ana_card.id}"})[0] == 404
    host.set_setting("revealed", True)
    seen_by_b = b.state()
    assert [o["text"] for o in seen_by_b["others"]] == ["Segredo da Ana"]
    assert b.send("votes", {"item": f"cards:{ana_card.id}"})[0] == 201


def test_votes_follow_the_allowance_and_can_be_taken_back(qtbot, document, host) -> None:
    journey = host.journey_id
    phone = Phone(qtbot, host.url)
    phone.join("Caio")
    assert phone.send("votes", {"item": "cards:1"})[0] == 409  # no round open
    document.push("round", workshop.open_round_ops(document.ws, journey, "Prioridades", 2, utc_now()))
    qtbot.waitUntil(lambda: phone.state()["round"] is not None, timeout=3000)
    view = phone.state()
    assert view["round"]["left"] == 2 and view["ballot"]
    improvement = next(b for b in view["ballot"] if b["item"].startswith("improvements:"))
    card = next(b for b in view["ballot"] if b["item"].startswith("cards:"))
    votes_before = document.ws.get("improvements", int(improvement["item"].split(":")[1])).votes
    assert phone.send("votes", {"item": improvement["item"]})[0] == 201
    assert phone.send("votes", {"item": card["item"]})[0] == 201
    status, answer = phone.send("votes", {"item": card["item"]})
    assert status == 409 and answer["error"] == "no_votes_left"
    assert phone.send("votes", {"item": card["item"], "take_back": True})[0] == 201
    assert phone.send("votes", {"item": card["item"], "take_back": True})[0] == 409
    assert phone.state()["round"]["left"] == 1
    assert document.ws.get("improvements", int(improvement["item"].split(":")[1])).votes == votes_before + 1
    assert file_rows(document.path, "SELECT count(*) FROM votes WHERE participant_id = ?", phone.id) == [(1,)]
    assert phone.send("votes", {"item": "improvements:99999"})[0] == 404


def test_feelings_per_stage_one_row_each(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    phone.join("Duda")
    s1, s2 = stage_ids(document)[:2]
    assert phone.send("feelings", {"stage_id": s1, "value": -2})[0] == 201
    assert phone.send("feelings", {"stage_id": s1, "value": 1})[0] == 201
    assert phone.send("feelings", {"stage_id": s2, "value": 2})[0] == 201
    assert sorted(file_rows(document.path, "SELECT stage_id, value FROM stage_feelings")) == [(s1, 1), (s2, 2)]
    assert phone.state()["feelings"] == {str(s1): 1, str(s2): 2}
    assert model.room_feeling_by_stage(document.ws, host.journey_id)[s1] == (1.0, 1)


def test_rate_limit_and_participant_cap(qtbot, document, host, monkeypatch) -> None:
    phone = Phone(qtbot, host.url)
    phone.join("Rápido")
    stage = stage_ids(document)[0]
    statuses = [phone.send("cards", {"kind": "note", "stage_id": stage, "text": f"n{i}"})[0] for i in range(32)]
    assert statuses[:30] == [201] * 30 and statuses[30:] == [429, 429]
    monkeypatch.setattr(model, "MAX_PARTICIPANTS", 3)
    Phone(qtbot, host.url).join("B")
    Phone(qtbot, host.url).join("C")
    status, answer = Phone(qtbot, host.url).call("POST", "join", {"name": "D"}, token="")
    assert status == 503 and answer["error"] == "room_full"


def test_removing_a_participant_ends_their_access_and_their_waiting_cards(qtbot, document, host) -> None:
    host.set_setting("moderated", True)
    phone = Phone(qtbot, host.url)
    phone.join("Troll")
    phone.send("cards", {"kind": "note", "stage_id": stage_ids(document)[0], "text": "lixo"})
    assert host.remove_participant(phone.id)
    assert phone.call("GET", "state")[0] == 401
    assert phone.send("cards", {"kind": "note", "stage_id": stage_ids(document)[0], "text": "mais"})[0] == 401
    assert model.pending(document.ws, host.journey_id) == []
    assert file_rows(document.path, "SELECT count(*) FROM participants WHERE name = 'Troll'") == [(0,)]


def test_a_taken_name_gets_a_number(qtbot, document, host) -> None:
    assert Phone(qtbot, host.url).join("Ana")["name"] == "Ana"
    assert Phone(qtbot, host.url).join("  ana ")["name"] == "ana (2)"


def test_stopping_ends_the_sessions_and_restarting_keeps_the_code(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    phone.join("Eva")
    url = host.url
    host.stop()
    with pytest.raises(OSError):
        raw(url, "GET", phone.base, timeout=2)
    assert host.start("127.0.0.1", 0)
    assert host.url.split("/r/")[1] == url.split("/r/")[1]  # same code, so the same page on the phones
    phone.url = host.url
    assert phone.state()["me"]["name"] == "Eva"  # the phone's token still counts


def test_a_port_in_use_is_a_sentence(qtbot, document, host) -> None:
    port = int(host.url.split(":")[2].split("/")[0])
    other = RoomHost(document, host.journey_id)
    said: list[str] = []
    other.failed.connect(said.append)
    assert not other.start("127.0.0.1", port)
    assert said and str(port) in said[0] and "another" in said[0]


def test_the_server_listens_only_on_the_chosen_address(qtbot, document, host) -> None:
    import socket

    port = int(host.url.split(":")[2].split("/")[0])
    # 127.0.0.2 is loopback too, but not the address the room was given.
    with socket.socket() as s:
        s.settimeout(2)
        assert s.connect_ex(("127.0.0.2", port)) != 0


def test_the_page_and_its_files_are_served_with_the_code_only(qtbot, document, host) -> None:
    base = "/r/" + host.url.split("/r/")[1]
    for name, kind in (("", "text/html"), ("app.js", "application/javascript"), ("style.css", "text/css")):
        status, headers, body = raw(host.url, "GET", base + name)
        assert status == 200 and headers["Content-Type"].startswith(kind) and body
        assert headers["Referrer-Policy"] == "no-referrer"
    assert raw(host.url, "GET", base + "../../etc/passwd")[0] == 404
    assert raw(host.url, "GET", base + "host.py")[0] == 404
    status, headers, _ = raw(host.url, "GET", base.rstrip("/"))
    assert status == 302 and headers["Location"] == base


def test_key_uniqueness_holds_in_the_file_too(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    phone.join("Fabi")
    key = uuid.uuid4().hex
    phone.send("feelings", {"stage_id": stage_ids(document)[0], "value": 0}, key=key)
    with pytest.raises(sqlite3.IntegrityError):
        file_rows(document.path, "INSERT INTO contributions(journey_id, key, action, status) VALUES (1, ?, 'card', 'accepted')",
                  key)


def test_a_server_that_fails_is_a_sentence_and_restarts_with_the_same_code(qtbot, document, host) -> None:
    phone = Phone(qtbot, host.url)
    phone.join("Gil")
    said: list[str] = []
    host.failed.connect(said.append)
    url, server = host.url, host.server
    server._loop.call_soon_threadsafe(server._task.cancel)  # the server's loop dies under it
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "The room stopped" in said[0] and "same address" in said[0] and "Traceback" not in said[0]
    assert not host.running
    assert host.start("127.0.0.1", int(url.split(":")[2].split("/")[0]))
    assert host.url == url
    assert phone.state()["me"]["name"] == "Gil"


def test_the_addresses_offered_are_this_machines_with_loopback_last() -> None:
    import ipaddress
    import socket

    from jornada_desktop.room.host import lan_addresses

    addresses = lan_addresses()
    assert addresses[-1] == "127.0.0.1" and len(addresses) == len(set(addresses))
    for address in addresses[:-1]:
        ip = ipaddress.ip_address(address)
        assert ip.version == 4 and not ip.is_loopback
        with socket.socket() as s:  # each one is this machine's: it can be listened on
            s.bind((address, 0))

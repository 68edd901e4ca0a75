"""The room in the file (pure): who joined from a phone, what each phone sent, and what a phone sees.

Every phone request that changes the map is planned here as ops (the window pushes them through
the document's one write path) and carries the phone's idempotency key, stored with its effect in
a `contributions` row: a request resent after a lost answer finds its key and is not applied twice.
What a phone may see is decided here too (`snapshot` → `phone_view`): the stages, its own
contributions, everyone's once revealed, and the ballot while a voting round is open; never the
backlog, the file or another journey.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from jornada_desktop.model import workshop
from jornada_desktop.model.edits import insert_card_ops, new_row, update_ops
from jornada_desktop.model.entities import Contribution, Participant, Room
from jornada_desktop.model.ops import Insert, Op, Update
from jornada_desktop.model.validation import MAX_CONTRIBUTION, MAX_NAME
from jornada_desktop.model.workspace import Workspace

# A room code: 16 characters of Crockford's base-32 (no i, l, o or u to misread on a projector),
# 80 random bits, in four groups that a person can type from the screen: "k7m2-x9pq-4hvd-r3tw".
CODE_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
CODE_LENGTH = 16
MAX_PARTICIPANTS = 100
MAX_BALLOT = 400  # items a phone's ballot lists at most (cards in reading order, then improvements)
PHONE_KINDS: tuple[str, ...] = ("pain_point", "opportunity", "touchpoint", "note")
# The lane kinds a phone's card of each kind goes to, best first.
LANES_FOR_KIND: dict[str, tuple[str, ...]] = {
    "pain_point": ("pain_points", "emotions", "notes"),
    "opportunity": ("opportunities", "expectations", "notes"),
    "touchpoint": ("touchpoints", "channels", "actions"),
    "note": ("notes", "text", "opportunities"),
}


class Refusal(Exception):
    """A phone request that cannot be taken: an HTTP status, a stable code and an English sentence."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


# ---- codes and tokens ---------------------------------------------------------------------------
def new_code() -> str:
    """A new room code (80 random bits, easy to read off a projector and type)."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(chars[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def new_token() -> str:
    """The token a phone holds once joined (its secret; the file keeps only its hash)."""
    return secrets.token_urlsafe(24)


def token_hash(token: str) -> str:
    """SHA-256 of a token, in hexadecimal."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def same_secret(given: str, expected: str) -> bool:
    """Compare two secrets in constant time (whatever their lengths and contents)."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8", "replace"))


def clean_text(value: object, limit: int = MAX_CONTRIBUTION) -> str:
    """A phone's text made safe to store: a string, no control characters but newlines, trimmed."""
    if not isinstance(value, str):
        raise Refusal(400, "bad_text", "The text must be a string.")
    text = "".join(ch if ch == "\n" or unicodedata.category(ch)[0] != "C" else " " for ch in value)
    text = "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()
    if not text:
        raise Refusal(400, "empty", "Write something first.")
    if len(text) > limit:
        raise Refusal(400, "too_long", f"The text is longer than {limit} characters.")
    return text


def check_key(key: object) -> str:
    """An idempotency key from a phone: 8 to 64 printable ASCII characters."""
    if not isinstance(key, str) or not 8 <= len(key) <= 64 or not key.isascii() or not key.isprintable():
        raise Refusal(400, "bad_key", "Each request needs a key of 8 to 64 characters.")
    return key


# ---- the room's settings ------------------------------------------------------------------------
def settings_ops(ws: Workspace, journey_id: int, stamp: str, **changes: Any) -> list[Op]:
    """Create the journey's room (with a new code) or change its settings (moderated, silent, …)."""
    room: Room | None = ws.room(journey_id)
    if room is None:
        fields = {"journey_id": journey_id, "code": changes.pop("code", None) or new_code(), "created_at": stamp}
        fields.update({k: int(bool(v)) if k != "code" else v for k, v in changes.items()})
        return [Insert("rooms", new_row(ws, "rooms", fields, stamp))]
    real = {k: (int(bool(v)) if k != "code" else v) for k, v in changes.items()}
    return update_ops(ws, "rooms", room.id, real, stamp)


# ---- joining ------------------------------------------------------------------------------------
def participant_by_secret(ws: Workspace, journey_id: int, secret: str) -> Participant | None:
    """The journey's participant whose token hashes to `secret`."""
    found = None
    for who in ws.participants(journey_id):
        if who.secret and same_secret(who.secret, secret):
            found = who
    return found


def join_ops(ws: Workspace, journey_id: int, name: object, secret: str, stamp: str) -> tuple[list[Op], int]:
    """A new participant from a phone (a taken name gets a number); the ops and the new id."""
    if not isinstance(name, str):
        raise Refusal(400, "bad_name", "The name must be a string.")
    name = " ".join("".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in name).split())
    if not name:
        raise Refusal(400, "empty_name", "Write your name first.")
    name = name[:MAX_NAME]
    if sum(1 for p in ws.participants(journey_id) if p.secret) >= MAX_PARTICIPANTS:
        raise Refusal(503, "room_full", f"The room is full ({MAX_PARTICIPANTS} people).")
    base, n = name, 2
    while workshop.find_participant(ws, journey_id, name) is not None:
        suffix = f" ({n})"
        name = base[:MAX_NAME - len(suffix)] + suffix
        n += 1
    row = new_row(ws, "participants", {
        "journey_id": journey_id, "position": len(ws.participants(journey_id)), "name": name,
        "color": workshop.next_color(ws, journey_id), "created_at": stamp, "secret": secret}, stamp)
    return [Insert("participants", row)], row["id"]


def remove_ops(ws: Workspace, participant_id: int) -> list[Op]:
    """Take a participant out of the room: their waiting contributions, their feelings and their
    phone's access go; the cards already on the map stay with their name."""
    return workshop.remove_participant_ops(ws, participant_id)


# ---- contributions ------------------------------------------------------------------------------
def find_key(ws: Workspace, journey_id: int, key: str) -> Contribution | None:
    """The contribution already stored with this key, if any."""
    for c in ws.contributions(journey_id):
        if c.key == key:
            return c
    return None


def _stage(ws: Workspace, journey_id: int, stage_id: object) -> int:
    if isinstance(stage_id, bool) or not isinstance(stage_id, int):
        raise Refusal(400, "bad_stage", "Choose a stage of the journey.")
    stage = ws.get("stages", stage_id)
    if stage is None or stage.journey_id != journey_id:
        raise Refusal(404, "no_stage", "That stage is no longer on the journey.")
    return stage_id


def lane_for(ws: Workspace, journey_id: int, kind: str) -> int:
    """The lane a phone's card of this kind goes to (the first lane of a fitting kind)."""
    lanes = ws.lanes(journey_id)
    if not lanes:
        raise Refusal(409, "no_lane", "The journey has no lanes yet.")
    for lane_kind in LANES_FOR_KIND.get(kind, ()):
        for lane in lanes:
            if lane.kind == lane_kind:
                return lane.id
    return lanes[0].id


def _card_fields(ws: Workspace, journey_id: int, who: Participant, kind: str, stage_id: int, text: str) -> dict:
    return {"journey_id": journey_id, "stage_id": stage_id, "lane_id": lane_for(ws, journey_id, kind),
            "kind": kind, "title": text, "participant": who.name, "color": who.color}


def card_ops(ws: Workspace, journey_id: int, who: Participant, body: dict, moderated: bool,
             stamp: str) -> list[Op]:
    """A card from a phone: onto the map at once, or into the facilitator's inbox when moderated."""
    key = check_key(body.get("key"))
    kind = body.get("kind")
    if kind not in PHONE_KINDS:
        raise Refusal(400, "bad_kind", "Choose what you are adding: a pain point, an idea, a touchpoint or a note.")
    stage_id = _stage(ws, journey_id, body.get("stage_id"))
    text = clean_text(body.get("text"))
    contribution = new_row(ws, "contributions", {
        "journey_id": journey_id, "participant_id": who.id, "key": key, "action": "card", "kind": kind,
        "stage_id": stage_id, "text": text, "status": "pending" if moderated else "accepted",
        "created_at": stamp}, stamp)
    if moderated:
        return [Insert("contributions", contribution)]
    ops = insert_card_ops(ws, _card_fields(ws, journey_id, who, kind, stage_id, text), None, stamp)
    card_id = next(op.id for op in ops if isinstance(op, Insert))
    contribution["card_id"] = card_id
    return [*ops, Insert("contributions", contribution)]


def accept_ops(ws: Workspace, contribution_id: int, stamp: str) -> list[Op]:
    """The facilitator accepts a waiting card: it goes onto the map, attributed to its author."""
    c: Contribution | None = ws.get("contributions", contribution_id)
    if c is None or c.status != "pending" or c.action != "card":
        return []
    who = ws.get("participants", c.participant_id) if c.participant_id is not None else None
    stage = ws.get("stages", c.stage_id) if c.stage_id is not None else None
    if who is None or stage is None:
        return [Update("contributions", c.id, {"status": "rejected"})]
    ops = insert_card_ops(ws, _card_fields(ws, c.journey_id, who, c.kind, stage.id, c.text), None, stamp)
    card_id = next(op.id for op in ops if isinstance(op, Insert))
    return [*ops, Update("contributions", c.id, {"status": "accepted", "card_id": card_id})]


def reject_ops(ws: Workspace, contribution_id: int) -> list[Op]:
    """The facilitator turns a waiting card down (its author sees it was not taken)."""
    c: Contribution | None = ws.get("contributions", contribution_id)
    if c is None or c.status != "pending":
        return []
    return [Update("contributions", c.id, {"status": "rejected"})]


def pending(ws: Workspace, journey_id: int) -> list[Contribution]:
    """The moderation inbox: cards waiting for the facilitator, oldest first."""
    return [c for c in ws.contributions(journey_id) if c.status == "pending"]


def _receipt(ws: Workspace, journey_id: int, who: Participant, key: str, action: str, stamp: str,
             **fields: Any) -> Insert:
    return Insert("contributions", new_row(ws, "contributions", {
        "journey_id": journey_id, "participant_id": who.id, "key": key, "action": action,
        "status": "accepted", "created_at": stamp, **fields}, stamp))


def parse_item(value: object) -> workshop.Target:
    """A ballot item as a phone names it: "cards:12" or "improvements:3"."""
    if isinstance(value, str) and ":" in value:
        table, _, number = value.partition(":")
        if table in ("cards", "improvements") and number.isdigit() and len(number) <= 15:
            return workshop.Target(table, int(number))
    raise Refusal(400, "bad_item", "Choose an item of the ballot.")


def vote_ops(ws: Workspace, journey_id: int, who: Participant, body: dict, stamp: str,
             hidden: set[str] | None = None) -> list[Op]:
    """Cast (or, with "take_back": true, take back) one of the participant's votes."""
    key = check_key(body.get("key"))
    target = parse_item(body.get("item"))
    current = ws.open_round(journey_id)
    if current is None:
        raise Refusal(409, "no_round", "Voting is closed.")
    listed = {f"{t.table}:{t.id}" for t in workshop.ballot(ws, journey_id)} - (hidden or set())
    if f"{target.table}:{target.id}" not in listed:
        raise Refusal(404, "not_on_ballot", "That item is not on the ballot.")
    if body.get("take_back") is True:
        ops = workshop.withdraw_vote_ops(ws, current.id, who.id, target, stamp)
        if not ops:
            raise Refusal(409, "no_vote", "You have no vote on that item to take back.")
        action = "unvote"
    else:
        ops = workshop.cast_vote_ops(ws, current.id, who.id, target, stamp)
        if not ops:
            raise Refusal(409, "no_votes_left", "You have used all your votes.")
        action = "vote"
    return [*ops, _receipt(ws, journey_id, who, key, action, stamp,
                           card_id=target.id if target.table == "cards" else None)]


def feeling_ops(ws: Workspace, journey_id: int, who: Participant, body: dict, stamp: str) -> list[Op]:
    """The participant's feeling at a stage (−2 … +2), set or changed."""
    key = check_key(body.get("key"))
    stage_id = _stage(ws, journey_id, body.get("stage_id"))
    value = body.get("value")
    if isinstance(value, bool) or not isinstance(value, int) or not -2 <= value <= 2:
        raise Refusal(400, "bad_value", "A feeling is a face from -2 to +2.")
    mine = next((f for f in ws.feelings(journey_id) if f.participant_id == who.id and f.stage_id == stage_id), None)
    if mine is None:
        ops: list[Op] = [Insert("stage_feelings", new_row(ws, "stage_feelings", {
            "journey_id": journey_id, "participant_id": who.id, "stage_id": stage_id, "value": value,
            "updated_at": stamp}, stamp))]
    else:
        ops = update_ops(ws, "stage_feelings", mine.id, {"value": value}, stamp)
    return [*ops, _receipt(ws, journey_id, who, key, "feeling", stamp, stage_id=stage_id)]


def room_feeling_by_stage(ws: Workspace, journey_id: int) -> dict[int, tuple[float, int]]:
    """The room's mean feeling per stage and how many people gave it."""
    sums: dict[int, list[int]] = {}
    for f in ws.feelings(journey_id):
        sums.setdefault(f.stage_id, []).append(f.value)
    return {stage: (sum(vals) / len(vals), len(vals)) for stage, vals in sums.items()}


# ---- what a phone sees --------------------------------------------------------------------------
@dataclass
class Snapshot:
    """The room's public state, made in the window's thread and read by the server's (plain data)."""

    version: int
    data: dict[str, Any]


def snapshot(ws: Workspace, journey_id: int, version: int, current_stage: int | None = None) -> Snapshot:
    """Everything any phone of the room may be shown, grouped so that each phone's view is a filter."""
    journey = ws.get("journeys", journey_id)
    room: Room | None = ws.room(journey_id)
    people = {p.id: p for p in ws.participants(journey_id)}
    stages = ws.stages(journey_id)
    contributions = []
    for c in ws.contributions(journey_id):
        if c.action != "card":
            continue
        who = people.get(c.participant_id)
        contributions.append({
            "id": c.id, "key": c.key, "participant": c.participant_id, "name": who.name if who else "",
            "color": who.color if who else "#777777", "kind": c.kind, "stage_id": c.stage_id, "text": c.text,
            "status": c.status})
    current = ws.open_round(journey_id)
    ballot: list[dict[str, Any]] = []
    votes: dict[int, dict[str, int]] = {}
    if current is not None:
        for target in workshop.ballot(ws, journey_id)[:MAX_BALLOT]:
            item = ws.get(target.table, target.id)
            ballot.append({"item": f"{target.table}:{target.id}", "title": item.title or "",
                           "stage_id": getattr(item, "stage_id", None),
                           "kind": getattr(item, "kind", "improvement")})
        for v in ws.votes_in_round(current.id):
            if v.participant_id is not None:
                item = f"cards:{v.card_id}" if v.card_id is not None else f"improvements:{v.improvement_id}"
                mine = votes.setdefault(v.participant_id, {})
                mine[item] = mine.get(item, 0) + 1
    feelings: dict[int, dict[int, int]] = {}
    for f in ws.feelings(journey_id):
        feelings.setdefault(f.participant_id, {})[f.stage_id] = f.value
    return Snapshot(version, {
        "journey": journey.title if journey else "",
        "stages": [{"id": s.id, "name": s.name} for s in stages],
        "current_stage": current_stage if any(s.id == current_stage for s in stages) else None,
        "moderated": bool(room and room.moderated), "silent": bool(room and room.silent),
        "revealed": bool(room and room.revealed),
        "round": None if current is None else {"id": current.id, "title": current.title,
                                               "allowance": current.allowance},
        "ballot": ballot, "votes": votes, "feelings": feelings, "contributions": contributions,
        "hidden_by": cards_by_author(ws, journey_id),
        "people": {p.id: {"name": p.name, "color": p.color} for p in people.values() if p.secret},
        "secrets": {p.secret: p.id for p in people.values() if p.secret},  # the server's, never shown
    })


def cards_by_author(ws: Workspace, journey_id: int) -> dict[int, set[str]]:
    """The ballot items that came from each participant's phone (only its author may see them
    while the room brainstorms in silence)."""
    out: dict[int, set[str]] = {}
    for c in ws.contributions(journey_id):
        if c.action == "card" and c.card_id is not None and c.participant_id is not None:
            out.setdefault(c.participant_id, set()).add(f"cards:{c.card_id}")
    return out


def hidden_for(ws: Workspace, journey_id: int, participant_id: int) -> set[str]:
    """Ballot items a participant may not see now (the same rule as `hidden_items`, from the file)."""
    room: Room | None = ws.room(journey_id)
    if room is None or not room.silent or room.revealed:
        return set()
    return {item for pid, items in cards_by_author(ws, journey_id).items() if pid != participant_id
            for item in items}


def everyone_visible(data: dict[str, Any]) -> bool:
    """Whether the phones see each other's contributions (not silent, or revealed)."""
    return not data["silent"] or data["revealed"]


def hidden_items(data: dict[str, Any], participant_id: int) -> set[str]:
    """Ballot items a participant may not see: others' cards during silent brainstorming."""
    if everyone_visible(data):
        return set()
    return {item for pid, items in data["hidden_by"].items() if pid != participant_id for item in items}


def phone_view(snap: Snapshot, participant_id: int) -> dict[str, Any]:
    """What one participant's phone is shown (a filter of the snapshot; nothing of anyone else's
    unless the room shows it)."""
    d = snap.data
    me = d["people"].get(participant_id)
    mine = [{k: c[k] for k in ("id", "key", "kind", "stage_id", "text", "status")}
            for c in d["contributions"] if c["participant"] == participant_id]
    others = []
    if everyone_visible(d):
        others = [{k: c[k] for k in ("id", "name", "color", "kind", "stage_id", "text")}
                  for c in d["contributions"] if c["participant"] != participant_id and c["status"] == "accepted"]
    hidden = hidden_items(d, participant_id)
    my_votes = d["votes"].get(participant_id, {})
    allowance = d["round"]["allowance"] if d["round"] else 0
    used = sum(my_votes.values())
    return {
        "version": snap.version, "journey": d["journey"], "stages": d["stages"],
        "current_stage": d["current_stage"], "me": me, "moderated": d["moderated"], "silent": d["silent"],
        "revealed": d["revealed"], "mine": mine, "others": others,
        "round": None if d["round"] is None else {
            "title": d["round"]["title"], "allowance": allowance, "used": used,
            "left": None if allowance == 0 else max(0, allowance - used)},
        "ballot": [b for b in d["ballot"] if b["item"] not in hidden],
        "my_votes": my_votes,
        "feelings": {str(k): v for k, v in d["feelings"].get(participant_id, {}).items()},
    }

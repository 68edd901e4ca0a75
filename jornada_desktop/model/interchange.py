"""The JSON form of one journey with its personas: export, and import as new rows (lossless)."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from jornada_desktop.model.edits import new_row
from jornada_desktop.model.entities import ENTITY_BY_TABLE
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.image_safety import MAX_PHOTO_BYTES
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.sentences import Phrase, Sentence
from jornada_desktop.model.validation import table_phrase
from jornada_desktop.model.workspace import Workspace

FORMAT = "jornada-journey"
FORMAT_VERSION = 1
MAX_PHOTO_BASE64 = 4 * -(-MAX_PHOTO_BYTES // 3)  # the photo limit of the file, in base64 characters

JOURNEY_FIELDS = ("title", "kind", "description", "structure_locked")
PERSONA_FIELDS = ("name", "role", "quote", "goals", "expectations", "frustrations", "channels", "color")
STAGE_FIELDS = ("name", "description", "color")
LANE_FIELDS = ("kind", "title", "hidden")
CARD_FIELDS = (
    "kind", "title", "body", "channel", "department", "emotion", "emotion_label", "emotion_to_be",
    "evidence", "color", "participant",
)
IMPROVEMENT_FIELDS = (
    "title", "description", "impact", "effort", "votes", "status", "owner", "department",
    "due_date", "follow_up", "metric", "target",
)
METRIC_FIELDS = ("kind", "name", "unit", "target", "actual", "measured_at", "source", "review_days")
MEASUREMENT_FIELDS = ("value", "measured_on", "period", "source", "sample", "note")
RATING_FIELDS = ("scenario", "value", "reason")
QUOTE_FIELDS = ("text", "source", "said_on")
MAX_ITEMS = 200_000


def _pick(entity: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: getattr(entity, n) for n in names}


def journey_to_dict(ws: Workspace, journey_id: int) -> dict[str, Any]:
    """The journey as a JSON-ready dict; references are local keys, never file ids."""
    journey = ws.get("journeys", journey_id)
    if journey is None:
        raise ValidationError([Sentence("%1 %2 does not exist.", table_phrase("journeys"), str(journey_id))])
    stages = ws.stages(journey_id)
    lanes = ws.lanes(journey_id)
    skey = {s.id: f"s{i + 1}" for i, s in enumerate(stages)}
    lkey = {ln.id: f"l{i + 1}" for i, ln in enumerate(lanes)}
    links = ws.journey_personas(journey_id)
    persona_ids = [p.id for _, p in links]
    cards = ws.cards(journey_id)
    for c in cards:
        if c.persona_id is not None and c.persona_id not in persona_ids:
            persona_ids.append(c.persona_id)
    for rating in ws.ratings(journey_id):  # a persona rated here comes along
        if rating.persona_id not in persona_ids:
            persona_ids.append(rating.persona_id)
    quotes = ws.quotes(journey_id)
    for quote in quotes:  # and one who said something here
        if quote.persona_id is not None and quote.persona_id not in persona_ids:
            persona_ids.append(quote.persona_id)
    pkey = {pid: f"p{i + 1}" for i, pid in enumerate(persona_ids)}
    spos = {s.id: s.position for s in stages}
    lpos = {ln.id: ln.position for ln in lanes}
    placed = sorted((c for c in cards if c.parent_id is None),
                    key=lambda c: (spos[c.stage_id], lpos[c.lane_id], c.position, c.id))
    ordered = []
    for c in placed:
        ordered.append(c)
        ordered.extend(ws.notes_of(c.id))
    ckey = {c.id: f"c{i + 1}" for i, c in enumerate(ordered)}
    mkey = {m.id: f"m{i + 1}" for i, m in enumerate(ws.metrics(journey_id))}
    personas = []
    for pid in persona_ids:
        p = ws.get("personas", pid)
        item = {"key": pkey[pid], **_pick(p, PERSONA_FIELDS)}
        item["photo"] = base64.b64encode(p.photo).decode("ascii") if p.photo else None
        personas.append(item)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "journey": _pick(journey, JOURNEY_FIELDS),
        "personas": personas,
        "persona_links": [{"persona": pkey[link.persona_id], "color": link.color} for link, _ in links],
        "stages": [{"key": skey[s.id], **_pick(s, STAGE_FIELDS)} for s in stages],
        "lanes": [{"key": lkey[ln.id], **_pick(ln, LANE_FIELDS)} for ln in lanes],
        "cards": [
            {
                "key": ckey[c.id], "stage": skey[c.stage_id], "lane": lkey[c.lane_id],
                "parent": ckey.get(c.parent_id) if c.parent_id else None,
                "persona": pkey.get(c.persona_id) if c.persona_id else None,
                **_pick(c, CARD_FIELDS),
            }
            for c in ordered
        ],
        "improvements": [
            {"card": ckey.get(i.card_id) if i.card_id else None,
             "stage": skey.get(i.stage_id) if i.stage_id else None, **_pick(i, IMPROVEMENT_FIELDS)}
            for i in ws.improvements(journey_id)
        ],
        "metrics": [
            {"key": mkey[m.id], "card": ckey.get(m.card_id) if m.card_id else None,
             "stage": skey.get(m.stage_id) if m.stage_id else None, **_pick(m, METRIC_FIELDS)}
            for m in ws.metrics(journey_id)
        ],
        "measurements": [
            {"metric": mkey[x.metric_id], **_pick(x, MEASUREMENT_FIELDS)}
            for m in ws.metrics(journey_id) for x in ws.measurements_of(m.id)
        ],
        "ratings": [
            {"card": ckey[r.card_id], "persona": pkey[r.persona_id], **_pick(r, RATING_FIELDS)}
            for r in ws.ratings(journey_id) if r.card_id in ckey
        ],
        "quotes": [
            {"card": ckey.get(q.card_id) if q.card_id else None, "stage": skey.get(q.stage_id) if q.stage_id else None,
             "persona": pkey.get(q.persona_id) if q.persona_id else None, **_pick(q, QUOTE_FIELDS)}
            for q in quotes
        ],
    }


class _Reader:
    """Strict reading of untrusted JSON values, with the path of a bad value in the message."""

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ValidationError([Sentence("%1 must be an object.", where)])
        return value

    def arr(self, data: dict[str, Any], name: str) -> list[Any]:
        value = data.get(name, [])
        if not isinstance(value, list):
            raise ValidationError([Sentence("“%1” must be a list.", name)])
        if len(value) > MAX_ITEMS:
            raise ValidationError([Sentence("“%1” has more than %2 items.", name, MAX_ITEMS)])
        return value

    def fields(self, item: dict[str, Any], names: tuple[str, ...], table: str, where: str) -> dict[str, Any]:
        defaults = ENTITY_BY_TABLE[table](id=1)
        out: dict[str, Any] = {}
        for name in names:
            if name not in item:
                continue
            value = item[name]
            expected = getattr(defaults, name)
            if value is not None and not isinstance(value, str | int | float) or isinstance(value, bool):
                raise ValidationError([Sentence("%1: “%2” has a value of the wrong type.", where, name)])
            if isinstance(value, int) and abs(value) > 2**53:
                raise ValidationError([Sentence("%1: “%2” is a number too large.", where, name)])
            if isinstance(expected, str) and value is not None and not isinstance(value, str):
                raise ValidationError([Sentence("%1: “%2” must be text.", where, name)])
            if isinstance(expected, int) and not isinstance(expected, bool) and value is not None \
                    and not isinstance(value, int):
                raise ValidationError([Sentence("%1: “%2” must be a whole number.", where, name)])
            if isinstance(value, float) and value != value:  # NaN
                raise ValidationError([Sentence("%1: “%2” is not a number.", where, name)])
            out[name] = value
        return out

    def key(self, item: dict[str, Any], name: str, known: dict[str, int], where: str,
            optional: bool = True) -> int | None:
        ref = item.get(name)
        if ref is None and optional:
            return None
        if not isinstance(ref, str) or ref not in known:
            raise ValidationError([Sentence("%1: “%2” refers to %3, which is not in the file.", where, name, repr(ref))])
        return known[ref]


def _same_persona(ws: Workspace, row: dict[str, Any]) -> int | None:
    """The id of a persona of the file identical to this new row (photo included), if there is one."""
    for persona in ws.personas():
        if all(getattr(persona, name) == row.get(name) for name in PERSONA_FIELDS) and \
                (persona.photo or None) == (row.get("photo") or None):
            return persona.id
    return None


def journey_from_dict(
    ws: Workspace, data: Any, stamp: str, *, title: str | None = None, position: int | None = None
) -> list[Op]:
    """Ops that add the journey of a JSON dict (and its personas) as new rows, after strict checks."""
    r = _Reader()
    data = r.obj(data, Phrase("the document"))
    if data.get("format") != FORMAT:
        raise ValidationError([Sentence("This is not a Jornada journey (the “format” field is missing or wrong).")])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= FORMAT_VERSION:
        raise ValidationError([Sentence("This journey uses an unknown format version (%1).", repr(version))])
    counters = {t: ws.next_id(t) for t in ENTITY_BY_TABLE}

    def fresh(table: str) -> int:
        counters[table] += 1
        return counters[table] - 1

    ops: list[Op] = []
    jfields = r.fields(r.obj(data.get("journey"), "“journey”"), JOURNEY_FIELDS, "journeys", "journey")
    if title is not None:
        jfields["title"] = title
    jid = fresh("journeys")
    jfields["position"] = len(ws.journeys()) if position is None else position
    ops.append(Insert("journeys", new_row(ws, "journeys", jfields, stamp, jid)))
    pkeys: dict[str, int] = {}
    for n, item in enumerate(r.arr(data, "personas")):
        where = Phrase("persona %1", n + 1)
        item = r.obj(item, where)
        fields = r.fields(item, PERSONA_FIELDS, "personas", where)
        photo = item.get("photo")
        if photo is not None:
            if not isinstance(photo, str) or len(photo) > MAX_PHOTO_BASE64:
                raise ValidationError([Sentence("%1: the photo is not valid.", where)])
            try:
                fields["photo"] = base64.b64decode(photo, validate=True)
            except (binascii.Error, ValueError):
                raise ValidationError([Sentence("%1: the photo is not valid.", where)]) from None
        key = item.get("key", f"p{n + 1}")
        if not isinstance(key, str) or key in pkeys:
            raise ValidationError([Sentence("%1: its key is missing or repeated.", where)])
        row = new_row(ws, "personas", fields, stamp, counters["personas"])
        same = _same_persona(ws, row)
        if same is not None:  # the file already has this very persona (a journey imported into its own file)
            pkeys[key] = same
            continue
        pkeys[key] = fresh("personas")
        ops.append(Insert("personas", row))
    for n, item in enumerate(r.arr(data, "persona_links")):
        where = Phrase("persona link %1", n + 1)
        item = r.obj(item, where)
        pid = r.key(item, "persona", pkeys, where, optional=False)
        color = item.get("color")
        ops.append(Insert("journey_personas", {"id": fresh("journey_personas"), "journey_id": jid,
                                               "persona_id": pid, "color": color}))
    keys: dict[str, dict[str, int]] = {"stages": {}, "lanes": {}, "cards": {}}
    for table, names in (("stages", STAGE_FIELDS), ("lanes", LANE_FIELDS)):
        for n, item in enumerate(r.arr(data, table)):
            where = Phrase("stage %1", n + 1) if table == "stages" else Phrase("lane %1", n + 1)
            item = r.obj(item, where)
            fields = r.fields(item, names, table, where)
            new_id = fresh(table)
            key = item.get("key", f"{table[0]}{n + 1}")
            if not isinstance(key, str) or key in keys[table]:
                raise ValidationError([Sentence("%1: its key is missing or repeated.", where)])
            keys[table][key] = new_id
            ops.append(Insert(table, {**new_row(ws, table, fields, stamp, new_id),
                                      "journey_id": jid, "position": n}))
    cell_count: dict[tuple[int, int | None, int], int] = {}
    for n, item in enumerate(r.arr(data, "cards")):
        where = Phrase("card %1", n + 1)
        item = r.obj(item, where)
        fields = r.fields(item, CARD_FIELDS, "cards", where)
        stage_id = r.key(item, "stage", keys["stages"], where, optional=False)
        lane_id = r.key(item, "lane", keys["lanes"], where, optional=False)
        parent_id = r.key(item, "parent", keys["cards"], where)
        persona_id = r.key(item, "persona", pkeys, where)
        cell = (stage_id, parent_id, lane_id)  # type: ignore[assignment]
        position = cell_count.get(cell, 0)  # type: ignore[arg-type]
        cell_count[cell] = position + 1  # type: ignore[index]
        new_id = fresh("cards")
        key = item.get("key", f"c{n + 1}")
        if not isinstance(key, str) or key in keys["cards"]:
            raise ValidationError([Sentence("%1: its key is missing or repeated.", where)])
        keys["cards"][key] = new_id
        ops.append(Insert("cards", {**new_row(ws, "cards", fields, stamp, new_id), "journey_id": jid,
                                    "stage_id": stage_id, "lane_id": lane_id, "parent_id": parent_id,
                                    "persona_id": persona_id, "position": position}))
    metric_keys: dict[str, int] = {}
    for table, names in (("improvements", IMPROVEMENT_FIELDS), ("metrics", METRIC_FIELDS)):
        for n, item in enumerate(r.arr(data, table)):
            where = Phrase("improvement %1", n + 1) if table == "improvements" else Phrase("metric %1", n + 1)
            item = r.obj(item, where)
            fields = r.fields(item, names, table, where)
            new_id = fresh(table)
            if table == "metrics":
                key = item.get("key", f"m{n + 1}")
                if not isinstance(key, str) or key in metric_keys:
                    raise ValidationError([Sentence("%1: its key is missing or repeated.", where)])
                metric_keys[key] = new_id
            ops.append(Insert(table, {**new_row(ws, table, fields, stamp, new_id), "journey_id": jid,
                                      "card_id": r.key(item, "card", keys["cards"], where),
                                      "stage_id": r.key(item, "stage", keys["stages"], where)}))
    for n, item in enumerate(r.arr(data, "measurements")):  # (absent in files of earlier versions)
        where = Phrase("measurement %1", n + 1)
        item = r.obj(item, where)
        fields = r.fields(item, MEASUREMENT_FIELDS, "measurements", where)
        ops.append(Insert("measurements", {**new_row(ws, "measurements", fields, stamp, fresh("measurements")),
                                           "journey_id": jid,
                                           "metric_id": r.key(item, "metric", metric_keys, where, optional=False)}))
    for n, item in enumerate(r.arr(data, "ratings")):  # (absent in files of earlier versions)
        where = Phrase("rating %1", n + 1)
        item = r.obj(item, where)
        fields = r.fields(item, RATING_FIELDS, "ratings", where)
        ops.append(Insert("ratings", {**new_row(ws, "ratings", fields, stamp, fresh("ratings")), "journey_id": jid,
                                      "card_id": r.key(item, "card", keys["cards"], where, optional=False),
                                      "persona_id": r.key(item, "persona", pkeys, where, optional=False)}))
    for n, item in enumerate(r.arr(data, "quotes")):  # (absent in files of earlier versions)
        where = Phrase("quote %1", n + 1)
        item = r.obj(item, where)
        fields = r.fields(item, QUOTE_FIELDS, "quotes", where)
        ops.append(Insert("quotes", {**new_row(ws, "quotes", fields, stamp, fresh("quotes")), "journey_id": jid,
                                     "card_id": r.key(item, "card", keys["cards"], where),
                                     "stage_id": r.key(item, "stage", keys["stages"], where),
                                     "persona_id": r.key(item, "persona", pkeys, where)}))
    return ops

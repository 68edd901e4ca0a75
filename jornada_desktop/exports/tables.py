"""The rows of the exported tables (touchpoints, backlog, personas, metrics, emotions), as plain values.

The workbook and the CSV files both write these rows; only the cell treatment differs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from jornada_desktop.exports.strings import t
from jornada_desktop.model import curves
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import Card, Improvement, Persona
from jornada_desktop.model.priority import priority_score
from jornada_desktop.model.workspace import Workspace

TOUCHPOINT_COLUMNS = ("journey", "stage", "lane", "kind", "title", "description", "channel", "department",
                      "emotion", "emotion_label", "persona", "evidence", "notes", "participant")
VOTE_COLUMNS = ("round", "voter", "item", "kind", "stage", "voted_at")
MEASUREMENT_COLUMNS = ("metric", "stage", "touchpoint", "period", "measured_at", "value", "sample", "source", "note",
                       "target")
RATING_COLUMNS = ("stage", "touchpoint", "persona", "scenario", "emotion", "reason")
QUOTE_COLUMNS = ("stage", "touchpoint", "persona", "said_on", "source", "quote")
BACKLOG_COLUMNS = ("id", "title", "description", "stage", "touchpoint", "impact", "effort", "priority",
                   "votes", "status", "owner", "department", "due_date", "follow_up", "metric", "target")
PERSONA_COLUMNS = ("name", "role", "quote", "goals", "expectations", "frustrations", "channels", "color")
METRIC_COLUMNS = ("kind", "name", "stage", "touchpoint", "unit", "target", "actual", "gap",
                  "measured_at", "source")


def header(columns: tuple[str, ...], lang: str) -> list[str]:
    """The translated headers of a table's columns."""
    return [t(f"col.{c}", lang) for c in columns]


def parse_iso_date(text: str | None) -> dt.date | None:
    """A stored YYYY-MM-DD date as a date (None when empty or malformed)."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class JourneyView:
    """A journey's rows in canvas order, read once from the workspace for all exports."""

    ws: Workspace
    journey_id: int

    @property
    def journey(self) -> Any:
        """The journey entity."""
        return self.ws.get("journeys", self.journey_id)

    def personas(self) -> list[Persona]:
        """The personas on the journey, then any other persona its cards name."""
        shown = [p for _, p in self.ws.journey_personas(self.journey_id)]
        ids = {p.id for p in shown}
        for card in self.ws.cards(self.journey_id):
            if card.persona_id is not None and card.persona_id not in ids:
                persona = self.ws.get("personas", card.persona_id)
                if persona is not None:
                    shown.append(persona)
                    ids.add(persona.id)
        return shown

    def placed_cards(self) -> list[Card]:
        """The cards in cells (attached notes excluded), stage by stage, lane by lane, in order."""
        out: list[Card] = []
        for stage in self.ws.stages(self.journey_id):
            for lane in self.ws.lanes(self.journey_id):
                out.extend(self.ws.cards_in_cell(stage.id, lane.id))
        return out


def _note_text(card: Card) -> str:
    parts = [p for p in (card.title, card.body) if p]
    return ": ".join(parts)


def touchpoint_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per card: journey, stage, lane, kind, title, description, … notes."""
    ws, jid = view.ws, view.journey_id
    journey_title = view.journey.title
    stages = {s.id: s.name for s in ws.stages(jid)}
    lanes = {ln.id: ln.title for ln in ws.lanes(jid)}
    persona_names = {p.id: p.name for p in ws.all("personas")}
    kind_label = {k: v.label(v.CARD_KINDS, k, lang) for k in v.CARD_KINDS}
    rows: list[list[Any]] = []
    for card in view.placed_cards():
        notes = "\n".join(_note_text(n) for n in ws.notes_of(card.id))
        rows.append([
            journey_title,
            stages.get(card.stage_id, ""),
            lanes.get(card.lane_id, ""),
            kind_label.get(card.kind, card.kind),
            card.title,
            card.body,
            v.label(v.CHANNELS, card.channel, lang),
            card.department,
            card.emotion,
            card.emotion_label or v.emotion_label(card.emotion, lang),
            persona_names.get(card.persona_id, "") if card.persona_id is not None else "",
            v.label(v.EVIDENCE, card.evidence, lang),
            notes,
            card.participant,
        ])
    return rows


def vote_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per vote (who, on what, in which round, when), round by round."""
    from jornada_desktop.exports.strings import t

    ws = view.ws
    stages = {s.id: s.name for s in ws.stages(view.journey_id)}
    rows: list[list[Any]] = []
    for rnd in ws.vote_rounds(view.journey_id):
        for vote in ws.votes_in_round(rnd.id):
            who = ws.get("participants", vote.participant_id)
            if vote.card_id is not None:
                card = ws.get("cards", vote.card_id)
                item, kind, stage = card.title, v.label(v.CARD_KINDS, card.kind, lang), stages.get(card.stage_id, "")
            else:
                imp = ws.get("improvements", vote.improvement_id)
                item, kind, stage = imp.title, t("word.improvement", lang), stages.get(imp.stage_id, "")
            rows.append([rnd.title, who.name if who else t("word.facilitator", lang), item, kind, stage,
                         vote.created_at])
    return rows


def measurement_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per measurement of each metric, oldest first, with the metric's target (the workbook's
    chart of each metric reads its rows: `metric_blocks` says where they are)."""
    ws = view.ws
    rows: list[list[Any]] = []
    for m in ws.metrics(view.journey_id):
        stage = ws.get("stages", m.stage_id)
        card = ws.get("cards", m.card_id)
        name = m.name or v.label(v.METRIC_KINDS, m.kind, lang)
        for x in ws.measurements_of(m.id):
            rows.append([name, stage.name if stage else "", card.title if card else "", x.period,
                         parse_iso_date(x.measured_on) or (x.measured_on or None), x.value, x.sample, x.source, x.note,
                         m.target])
    return rows


def metric_blocks(view: JourneyView) -> list[tuple[Any, int, int]]:
    """Each metric with measurements and the rows its measurements take in `measurement_rows`
    (first and last, 1 = the first row after the header), in the same order."""
    blocks: list[tuple[Any, int, int]] = []
    row = 1
    for m in view.ws.metrics(view.journey_id):
        count = len(view.ws.measurements_of(m.id))
        if count:
            blocks.append((m, row, row + count - 1))
        row += count
    return blocks


def rating_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per persona's rating of a touchpoint (as-is and to-be), in reading order."""
    from jornada_desktop.exports.strings import t
    from jornada_desktop.model.ratings import touchpoints_in_order

    ws = view.ws
    stages = {s.id: s.name for s in ws.stages(view.journey_id)}
    by_card: dict[int, list[Any]] = {}
    for r in ws.ratings(view.journey_id):
        by_card.setdefault(r.card_id, []).append(r)
    rows: list[list[Any]] = []
    for card, _index, _across in touchpoints_in_order(ws, view.journey_id):
        for r in sorted(by_card.get(card.id, []), key=lambda r: (r.persona_id, r.scenario)):
            persona = ws.get("personas", r.persona_id)
            rows.append([stages.get(card.stage_id, ""), card.title, persona.name if persona else "",
                         t(f"scenario.{r.scenario}", lang), r.value, r.reason])
    return rows


def quote_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per quote: those of each touchpoint in reading order, then a stage's, then the journey's."""
    from jornada_desktop.model.search import card_order

    ws = view.ws
    stages = {s.id: s for s in ws.stages(view.journey_id)}
    rank = {card.id: n for n, card in enumerate(card_order(ws, view.journey_id))}
    spos = {s.id: s.position for s in stages.values()}
    quotes = sorted(ws.quotes(view.journey_id), key=lambda q: (
        rank.get(q.card_id, len(rank)), spos.get(q.stage_id, len(spos)), q.id))
    rows: list[list[Any]] = []
    for q in quotes:
        card = ws.get("cards", q.card_id) if q.card_id is not None else None
        stage = stages.get(q.stage_id) if q.stage_id is not None else None
        persona = ws.get("personas", q.persona_id) if q.persona_id is not None else None
        rows.append([stage.name if stage else "", card.title if card else "", persona.name if persona else "",
                     parse_iso_date(q.said_on) or (q.said_on or None), q.source, q.text])
    return rows


def improvement_link_texts(ws: Workspace, item: Improvement) -> tuple[str, str]:
    """The stage name and touchpoint title an improvement is linked to (empty when none)."""
    stage = ws.get("stages", item.stage_id)
    card = ws.get("cards", item.card_id)
    return (stage.name if stage else ""), (card.title if card else "")


def backlog_row(ws: Workspace, item: Improvement, lang: str) -> list[Any]:
    """The backlog row of one improvement (dates as dates, status as its label)."""
    stage, card = improvement_link_texts(ws, item)
    return [
        item.id, item.title, item.description, stage, card, item.impact, item.effort,
        priority_score(item.impact, item.effort, item.votes), item.votes,
        v.label(v.IMPROVEMENT_STATUS, item.status, lang), item.owner, item.department,
        parse_iso_date(item.due_date) or (item.due_date or None),
        parse_iso_date(item.follow_up) or (item.follow_up or None),
        item.metric, item.target,
    ]


def backlog_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per improvement, by id."""
    return [backlog_row(view.ws, i, lang) for i in view.ws.improvements(view.journey_id)]


def persona_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per persona of the journey."""
    rows = []
    for p in view.personas():
        channels = ", ".join(v.label(v.CHANNELS, c.strip(), lang) for c in p.channels.split(",") if c.strip())
        rows.append([p.name, p.role, p.quote, p.goals, p.expectations, p.frustrations, channels, p.color])
    return rows


def metric_rows(view: JourneyView, lang: str) -> list[list[Any]]:
    """One row per metric: target against actual, and their gap."""
    ws = view.ws
    rows = []
    for m in ws.metrics(view.journey_id):
        stage = ws.get("stages", m.stage_id)
        card = ws.get("cards", m.card_id)
        gap = (m.actual - m.target) if m.actual is not None and m.target is not None else None
        rows.append([v.label(v.METRIC_KINDS, m.kind, lang), m.name, stage.name if stage else "",
                     card.title if card else "", m.unit, m.target, m.actual, gap,
                     parse_iso_date(m.measured_at) or (m.measured_at or None), m.source])
    return rows


@dataclass(frozen=True)
class EmotionColumn:
    """One column of the Emotions sheet: a curve's stage averages (None where nothing was rated)."""

    name: str
    color: str
    values: list[float | None]
    persona_id: int | None = None  # None: everyone
    scenario: str = "as_is"


def emotion_columns(view: JourneyView, lang: str = "en") -> tuple[list[str], list[EmotionColumn]]:
    """Stage names and the Emotions sheet's columns: everyone's as-is (and to-be when set), then
    each persona of the journey as-is and to-be (both, rated or not), side by side."""
    ws, jid = view.ws, view.journey_id
    names = [s.name for s in ws.stages(jid)]

    def values(points: tuple[tuple[int, float], ...]) -> list[float | None]:
        out: list[float | None] = [None] * len(names)
        for index, value in points:
            out[index] = round(value, 2)
        return out

    columns: list[EmotionColumn] = []
    for curve in curves.as_is_to_be_series(ws, jid):
        if curve.kind == "as_is" or curve.points:
            columns.append(EmotionColumn(t(f"col.{curve.kind}", lang), curve.color, values(curve.points),
                                         None, curve.kind))
    for curve in curves.all_series(ws, jid)[2:]:  # each persona's as-is then to-be
        label = t(f"col.persona_{curve.scenario}", lang).replace("%1", curve.name)
        columns.append(EmotionColumn(label, curve.color, values(curve.points), curve.persona_id, curve.scenario))
    return names, columns


def emotion_series(view: JourneyView, lang: str = "en") -> tuple[list[str], list[tuple[str, str, list[float | None]]]]:
    """Stage names and the curves to show: as-is (every card), to-be when set, then one per persona.

    Returns (stage names, [(series name, colour, mean emotion per stage or None)]).
    """
    ws, jid = view.ws, view.journey_id
    names = [s.name for s in ws.stages(jid)]
    series: list[tuple[str, str, list[float | None]]] = []
    for curve in curves.as_is_to_be_series(ws, jid) + curves.persona_series(ws, jid):
        if curve.kind == "to_be" and not curve.points:
            continue
        if curve.kind == "persona" and not curve.points:
            continue
        values: list[float | None] = [None] * len(names)
        for index, value in curve.points:
            values[index] = round(value, 2)
        name = curve.name or t(f"col.{curve.kind}", lang)
        series.append((name, curve.color, values))
    return names, series

"""The numbers of the insights dashboard, computed from the workspace (pure, no Qt).

The dashboard charts and the workbook both use these functions, so they always agree:

* average emotion per stage, over the touchpoints placed in the stage with an emotion (as the
  canvas's experience curve), and per persona over that persona's touchpoints (see
  `jornada_desktop.model.curves`);
* happiness index per stage: the share (0..1) of the stage's touchpoint cards with an emotion
  recorded whose emotion is positive (+1 or +2); a stage without such touchpoints has none.
  Per persona and scenario: the share of the touchpoints that persona rated in that scenario
  (as-is or to-be) with a positive rating; everyone's to-be is the cards' to-be emotions;
* pain points per stage: the pain-point cards placed in the stage;
* backlog by status: improvements of the journey counted by status code;
* improvements per card: how many backlog items are linked to each card (opportunity badges).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Final

from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.curves import (
    ANY_PERSONA,
    curve_cards,
    persona_series,
    placed_cards,
    room_series,
    stage_averages,
)
from jornada_desktop.model.ratings import marks
from jornada_desktop.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class EmotionRow:
    """One series of the average-emotion chart: everyone, or one persona."""

    persona_id: int | None  # None for "all touchpoints"
    name: str  # the persona's name; empty for "all touchpoints"
    color: str
    values: tuple[float | None, ...]  # one per stage, None where nothing was recorded


@dataclass(frozen=True, slots=True)
class MetricHistory:
    """One metric's measurements over time (oldest first) and its target."""

    metric_id: int
    name: str
    unit: str
    target: float | None
    points: tuple[tuple[str, float], ...]  # (date or period, value)


@dataclass(frozen=True, slots=True)
class Insights:
    """Every figure of the dashboard for one journey."""

    stages: tuple[str, ...]
    emotion: tuple[EmotionRow, ...]
    happiness: tuple[float | None, ...]
    pain_points: tuple[int, ...]
    backlog: dict[str, int]
    persona_id: int | None = None  # whose figures (None: everyone)
    scenario: str = "as_is"
    metrics: tuple[MetricHistory, ...] = ()


def metric_histories(ws: Workspace, journey_id: int, lang: str = "en") -> list[MetricHistory]:
    """Each metric of the journey with its measurements (its typed value when it has none)."""
    out = []
    for metric in ws.metrics(journey_id):
        name = metric.name if metric.kind == "custom" and metric.name else v.label(v.METRIC_KINDS, metric.kind, lang)
        points = tuple((m.measured_on or m.period or "", m.value) for m in ws.measurements_of(metric.id))
        if not points and metric.actual is not None:
            points = ((metric.measured_at or "", metric.actual),)
        out.append(MetricHistory(metric.id, name, metric.unit, metric.target, points))
    return out


def stage_names(ws: Workspace, journey_id: int) -> list[str]:
    """The journey's stage names, left to right."""
    return [s.name for s in ws.stages(journey_id)]


ROOM: Final = -2  # "whose figures": the workshop room's feelings, rated from the phones (as-is only)


def _room_values(ws: Workspace, journey_id: int) -> list[tuple[int, int]]:
    index = {s.id: i for i, s in enumerate(ws.stages(journey_id))}
    return [(index[f.stage_id], f.value) for f in ws.feelings(journey_id) if f.stage_id in index]


def average_emotion(ws: Workspace, journey_id: int, scenario: str = "as_is",
                    persona_id: int | None = None) -> list[EmotionRow]:
    """Average emotion per stage in a scenario: all touchpoints first, then one row per persona of
    the journey (only `persona_id`'s when given), then the room's feelings (as-is: what the people
    in the workshop felt, from their phones; persona_id ROOM)."""
    column = "emotion" if scenario == "as_is" else "emotion_to_be"
    rows = [EmotionRow(None, "", "#5B6370", tuple(stage_averages(ws, journey_id, column, ANY_PERSONA)))]
    count = len(ws.stages(journey_id))
    for series in persona_series(ws, journey_id, scenario):  # each persona's own ratings, averaged per stage
        if persona_id is not None and series.persona_id != persona_id:
            continue
        by_stage = dict(series.points)
        values = tuple(by_stage.get(i) for i in range(count))
        rows.append(EmotionRow(series.persona_id, series.name, series.color, values))
    if scenario == "as_is" and persona_id in (None, ROOM):
        for series in room_series(ws, journey_id):
            by_stage = dict(series.points)
            values = tuple(round(by_stage[i], 4) if i in by_stage else None for i in range(count))
            rows.append(EmotionRow(ROOM, "", series.color, values))
    return rows


def happiness_index(ws: Workspace, journey_id: int, persona_id: int | None = None,
                    scenario: str = "as_is") -> list[float | None]:
    """Per stage, the share of rated touchpoints whose rating is positive: everyone's (the cards'
    emotions, or their to-be emotions) or one persona's, in a scenario."""
    stages = ws.stages(journey_id)
    positive = [0] * len(stages)
    total = [0] * len(stages)
    if persona_id == ROOM:
        values = _room_values(ws, journey_id) if scenario == "as_is" else []
    elif persona_id is None:
        index = {s.id: i for i, s in enumerate(stages)}
        column = "emotion" if scenario == "as_is" else "emotion_to_be"
        values = [(index[c.stage_id], getattr(c, column)) for c in curve_cards(ws, journey_id)
                  if getattr(c, column) is not None and c.stage_id in index]
    else:
        values = [(m.stage_index, m.value) for m in marks(ws, journey_id, persona_id, scenario)]
    for i, value in values:
        total[i] += 1
        positive[i] += value > 0
    return [round(positive[i] / total[i], 4) if total[i] else None for i in range(len(stages))]


def pain_points_per_stage(ws: Workspace, journey_id: int) -> list[int]:
    """Per stage, the number of pain-point cards placed in it."""
    stages = ws.stages(journey_id)
    index = {s.id: i for i, s in enumerate(stages)}
    counts = [0] * len(stages)
    for card in placed_cards(ws, journey_id):
        if card.kind == "pain_point" and card.stage_id in index:
            counts[index[card.stage_id]] += 1
    return counts


def backlog_by_status(ws: Workspace, journey_id: int) -> dict[str, int]:
    """Improvements counted by status, every status code present (in vocabulary order)."""
    counts = Counter(i.status for i in ws.improvements(journey_id))
    result = {code: counts.pop(code, 0) for code in v.IMPROVEMENT_STATUS}
    result.update(sorted(counts.items()))  # codes this version does not know, if any
    return result


def improvement_counts(ws: Workspace, journey_id: int) -> dict[int, int]:
    """Card id -> how many improvements of the journey are linked to it (cards without any left out)."""
    counts = Counter(i.card_id for i in ws.improvements(journey_id) if i.card_id is not None)
    return dict(counts)


def improvement_count(ws: Workspace, card_id: int) -> int:
    """How many improvements are linked to one card."""
    return sum(1 for table, _ in ws.referrers("cards", card_id) if table == "improvements")


def journey_insights(ws: Workspace, journey_id: int, persona_id: int | None = None,
                     scenario: str = "as_is") -> Insights:
    """Every dashboard figure of a journey at once, for everyone or one persona, as-is or to-be."""
    return Insights(
        stages=tuple(stage_names(ws, journey_id)),
        emotion=tuple(average_emotion(ws, journey_id, scenario, persona_id)),
        happiness=tuple(happiness_index(ws, journey_id, persona_id, scenario)),
        pain_points=tuple(pain_points_per_stage(ws, journey_id)),
        backlog=backlog_by_status(ws, journey_id),
        persona_id=persona_id,
        scenario=scenario,
        metrics=tuple(metric_histories(ws, journey_id)),
    )


_TITLES = {
    "emotion": ("Average emotion per stage", "Emoção média por etapa"),
    "happiness": ("Happiness index per stage", "Índice de felicidade por etapa"),
    "pain_points": ("Pain points per stage", "Pontos de dor por etapa"),
    "backlog": ("Backlog by status", "Backlog por status"),
    "stage": ("Stage", "Etapa"),
    "all": ("All touchpoints", "Todos os pontos de contato"),
    "share": ("Share of positive touchpoints", "Parcela de pontos de contato positivos"),
    "count": ("Count", "Quantidade"),
    "status": ("Status", "Status"),
}


def _t(key: str, lang: str) -> str:
    en, pt = _TITLES[key]
    return pt if lang.lower().startswith("pt") else en


def insight_tables(ws: Workspace, journey_id: int, lang: str = "en") -> list[dict[str, Any]]:
    """The dashboard figures as labelled tables for the workbook: key, title, headers, rows."""
    data = journey_insights(ws, journey_id)
    emotion_headers = [_t("stage", lang)] + [r.name or _t("all", lang) for r in data.emotion]
    emotion_rows = [[name, *(r.values[i] for r in data.emotion)] for i, name in enumerate(data.stages)]
    return [
        {"key": "emotion", "title": _t("emotion", lang), "headers": emotion_headers, "rows": emotion_rows},
        {"key": "happiness", "title": _t("happiness", lang), "headers": [_t("stage", lang), _t("share", lang)],
         "rows": [[name, data.happiness[i]] for i, name in enumerate(data.stages)]},
        {"key": "pain_points", "title": _t("pain_points", lang), "headers": [_t("stage", lang), _t("count", lang)],
         "rows": [[name, data.pain_points[i]] for i, name in enumerate(data.stages)]},
        {"key": "backlog", "title": _t("backlog", lang), "headers": [_t("status", lang), _t("count", lang)],
         "rows": [[v.label(v.IMPROVEMENT_STATUS, code, lang), n] for code, n in data.backlog.items()]},
    ]

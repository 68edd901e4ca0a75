"""Metrics over time (pure): a metric's dated measurements, its latest value and trend, when it is
due for review, and survey figures turned into measurements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from jornada_desktop.model.edits import new_row
from jornada_desktop.model.entities import Measurement, Metric
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.search import fold
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.survey import Figure
from jornada_desktop.model.workspace import Workspace


def latest(ws: Workspace, metric_id: int) -> Measurement | None:
    """The newest measurement of a metric, or None."""
    series = ws.measurements_of(metric_id)
    return series[-1] if series else None


def current_value(ws: Workspace, metric: Metric) -> float | None:
    """The value a metric's status is judged on: its latest measurement, else the value typed in."""
    newest = latest(ws, metric.id)
    return newest.value if newest is not None else metric.actual


def trend(ws: Workspace, metric_id: int) -> int:
    """+1 when the latest measurement is above the one before, −1 below, 0 level or too few."""
    series = ws.measurements_of(metric_id)
    if len(series) < 2 or series[-1].value == series[-2].value:
        return 0
    return 1 if series[-1].value > series[-2].value else -1


def history_values(ws: Workspace, metric_id: int, limit: int = 12) -> list[float]:
    """The values of a metric's last `limit` measurements, oldest first (a sparkline's points)."""
    return [x.value for x in ws.measurements_of(metric_id)[-limit:]]


def last_measured(ws: Workspace, metric: Metric) -> date | None:
    """When the metric was last measured (its measurements, else its own date)."""
    dates = [x.measured_on for x in ws.measurements_of(metric.id) if x.measured_on] + \
        ([metric.measured_at] if metric.measured_at else [])
    try:
        return max(date.fromisoformat(d) for d in dates) if dates else None
    except ValueError:
        return None


def due_for_review(ws: Workspace, journey_id: int, today: date) -> list[Metric]:
    """The journey's metrics with a review period whose last measurement is older than it (or none)."""
    due = []
    for metric in ws.metrics(journey_id):
        if not metric.review_days:
            continue
        last = last_measured(ws, metric)
        if last is None or today - last >= timedelta(days=metric.review_days):
            due.append(metric)
    return due


@dataclass
class SurveyPlan:
    """What an import of survey figures adds: the ops, and where each figure went or why it could not."""

    ops: list[Op]
    metrics_added: int
    measurements: int
    notes: list[str]


def survey_ops(ws: Workspace, journey_id: int, kind: str, figures: Iterable[Figure], source: str,
               stamp: str) -> SurveyPlan:
    """Measurements for survey figures: each on the metric of that kind for its stage (and touchpoint),
    made when the journey has none; a stage or touchpoint name the journey lacks goes to the
    journey level, and says so."""
    stages = {fold(s.name): s for s in ws.stages(journey_id)}
    touch = {fold(c.title): c for c in ws.cards(journey_id) if c.kind == "touchpoint" and c.parent_id is None}
    metrics = {(m.kind, m.stage_id, m.card_id): m.id for m in ws.metrics(journey_id)}
    next_metric = ws.next_id("metrics")
    next_measurement = ws.next_id("measurements")
    ops: list[Op] = []
    notes: list[str] = []
    added = 0
    count = 0
    for fig in figures:
        stage = stages.get(fold(fig.stage)) if fig.stage else None
        card = touch.get(fold(fig.touchpoint)) if fig.touchpoint else None
        if fig.stage and stage is None:
            notes.append(Sentence("there is no stage “%1”: its answers count for the whole journey", fig.stage))
        if fig.touchpoint and card is None:
            notes.append(Sentence("there is no touchpoint “%1”: its answers count for its stage", fig.touchpoint))
        stage_id = card.stage_id if card is not None else (stage.id if stage is not None else None)
        key = (kind, stage_id, card.id if card is not None else None)
        if key not in metrics:
            metrics[key] = next_metric
            ops.append(Insert("metrics", new_row(ws, "metrics", {
                "journey_id": journey_id, "stage_id": key[1], "card_id": key[2], "kind": kind,
                "target": None, "actual": None, "source": source[:500]}, stamp, next_metric)))
            next_metric += 1
            added += 1
        measured_on = f"{fig.period}-01" if fig.period else None
        ops.append(Insert("measurements", new_row(ws, "measurements", {
            "journey_id": journey_id, "metric_id": metrics[key], "value": float(fig.value),
            "measured_on": measured_on, "period": fig.period, "source": source[:500], "sample": fig.sample,
        }, stamp, next_measurement)))
        next_measurement += 1
        count += 1
    return SurveyPlan(ops, added, count, sorted(set(notes)))

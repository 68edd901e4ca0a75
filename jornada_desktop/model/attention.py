"""What needs attention in a journey (pure, no Qt): metrics due for review (their last measurement
is older than their review period, or they have none) and open improvements whose follow-up date
has passed. The start screen and the insights dashboard list these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jornada_desktop.model.measurements import due_for_review, last_measured
from jornada_desktop.model.workspace import Workspace

OPEN_STATUSES = ("open", "in_progress")


@dataclass(frozen=True, slots=True)
class Attention:
    """One thing to look at: a metric due for review or an improvement past its follow-up."""

    kind: str  # "metric" | "improvement"
    row_id: int
    title: str
    since: str  # the metric's last measurement (or ""), or the improvement's follow-up date
    days: int  # how many days overdue (the review period passed by, or since the follow-up date)


def needs_attention(ws: Workspace, journey_id: int, today: date) -> list[Attention]:
    """Metrics due for review, then improvements whose follow-up passed, most overdue first in each."""
    metrics = []
    for metric in due_for_review(ws, journey_id, today):
        last = last_measured(ws, metric)
        overdue = (today - last).days - (metric.review_days or 0) if last is not None else metric.review_days or 0
        metrics.append(Attention("metric", metric.id, metric.name or metric.kind.upper(),
                                 last.isoformat() if last else "", max(0, overdue)))
    improvements = []
    for item in ws.improvements(journey_id):
        if item.status not in OPEN_STATUSES or not item.follow_up:
            continue
        try:
            follow_up = date.fromisoformat(item.follow_up[:10])
        except ValueError:
            continue
        if follow_up < today:
            improvements.append(Attention("improvement", item.id, item.title, follow_up.isoformat(),
                                          (today - follow_up).days))
    key = lambda a: (-a.days, a.title)  # noqa: E731
    return sorted(metrics, key=key) + sorted(improvements, key=key)

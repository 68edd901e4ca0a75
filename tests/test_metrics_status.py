"""The metric status colour from target vs actual, with the lower-is-better rule."""

from __future__ import annotations

import pytest

from jornada_desktop.model.metrics_status import (
    STATUS_COLORS,
    lower_is_better,
    metric_status,
    status_color,
)


@pytest.mark.parametrize(
    ("kind", "unit", "target", "actual", "expected"),
    [
        ("nps", "", 50.0, 32.0, "missed"),  # the sample's NPS
        ("ces", "1-7", 5.5, 4.1, "missed"),  # the sample's CES: 7-point scale, higher is better
        ("nps", "", 50.0, 50.0, "met"),
        ("nps", "", 50.0, 46.0, "near"),  # 4 short of 50: within 10 %
        ("csat", "%", 80.0, 71.0, "missed"),
        ("first_response_time", "min", 10.0, 8.0, "met"),  # times: lower is better
        ("first_response_time", "min", 10.0, 11.0, "near"),
        ("resolution_time", "h", 24.0, 30.0, "missed"),
        ("ces", "1-5 ↓", 2.0, 1.5, "met"),  # a CES whose scale says lower is better
        ("ces", "1-5 (lower is better)", 2.0, 3.0, "missed"),
        ("resolution_time", "score ↑", 4.0, 5.0, "met"),  # the unit overrides the kind
        ("custom", "", 0.0, -0.1, "missed"),  # a zero target has no tolerance
        ("nps", "", None, 30.0, "unknown"),
        ("nps", "", 30.0, None, "unknown"),
    ],
)
def test_status(kind: str, unit: str, target, actual, expected: str) -> None:
    assert metric_status(kind, unit, target, actual) == expected
    assert status_color(kind, unit, target, actual) == STATUS_COLORS[expected]


def test_direction_rule() -> None:
    assert lower_is_better("first_response_time")
    assert lower_is_better("resolution_time", "horas")
    assert not lower_is_better("ces", "1-7")
    assert lower_is_better("ces", "escala 1-5, menor é melhor")
    assert not lower_is_better("custom", "")
    assert len({STATUS_COLORS[s] for s in ("met", "near", "missed", "unknown")}) == 4

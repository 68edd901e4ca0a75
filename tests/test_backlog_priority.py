"""The documented priority score, the matrix quadrants and the overdue rule."""

from __future__ import annotations

from datetime import date

import pytest

from jornada_desktop.model.backlog import is_overdue
from jornada_desktop.model.entities import Improvement
from jornada_desktop.model.priority import priority_score, quadrant


@pytest.mark.parametrize(
    ("impact", "effort", "votes", "expected"),
    [
        (5, 1, 0, 9.0),  # 2 × 5 − 1: the quickest win
        (1, 5, 0, -3.0),  # 2 × 1 − 5: the worst money pit
        (5, 5, 0, 5.0),  # a big gain that costs a lot still beats ...
        (1, 1, 0, 1.0),  # ... a small gain that costs little
        (5, 2, 3, 9.5),  # the sample's call-back item: 10 − 2 + 1.5
        (4, 3, 1, 5.5),  # the sample's shipping item: 8 − 3 + 0.5
        (None, None, None, 3.0),  # missing ratings count as 3, missing votes as 0
    ],
)
def test_priority_formula(impact, effort, votes, expected: float) -> None:
    assert priority_score(impact, effort, votes) == expected


def test_two_votes_weigh_one_step_of_effort() -> None:
    assert priority_score(3, 3, 2) == priority_score(3, 2, 0)
    assert priority_score(3, 3, 1) > priority_score(3, 3, 0)


def test_quadrants() -> None:
    assert quadrant(5, 1) == "quick_win"
    assert quadrant(3, 3) == "big_bet"
    assert quadrant(2, 2) == "fill_in"
    assert quadrant(1, 5) == "money_pit"


def test_overdue_rule() -> None:
    today = date(2027, 2, 1)
    item = Improvement(id=1, title="x", follow_up="2027-01-15", due_date="2027-03-31")
    assert is_overdue(item, today)
    assert not is_overdue(item.with_changes({"status": "done"}), today)
    assert not is_overdue(item.with_changes({"follow_up": "2027-02-01"}), today)
    assert is_overdue(item.with_changes({"follow_up": None, "due_date": "2027-01-31"}), today)
    assert not is_overdue(item.with_changes({"follow_up": None, "due_date": None}), today)

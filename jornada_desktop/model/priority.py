"""The priority score of an improvement: one formula shared by the backlog view and the exports."""

from __future__ import annotations

IMPACT_WEIGHT = 2.0
EFFORT_WEIGHT = 1.0
VOTE_WEIGHT = 0.5


def priority_score(impact: int | None, effort: int | None, votes: int | None) -> float:
    """Score = 2·impact − effort + 0.5·votes (higher first).

    Impact and effort are both 1..5. Impact weighs twice effort so a big gain that costs a lot
    (5, 5 → 5) still ranks above a small gain that costs little (1, 1 → 1), while among equal
    impacts the cheaper one wins. Each vote of the workshop adds half a point: two votes move an
    item as much as one step less effort. Missing values count as the middle (3) and 0 votes.
    Range without votes: −3 (impact 1, effort 5) to 9 (impact 5, effort 1).
    """
    i = 3 if impact is None else int(impact)
    e = 3 if effort is None else int(effort)
    n = 0 if votes is None else max(0, int(votes))
    return IMPACT_WEIGHT * i - EFFORT_WEIGHT * e + VOTE_WEIGHT * n


# The four quadrants of the impact × effort matrix, split at the middle of the 1..5 scale.
QUADRANT_SPLIT = 3
QUADRANTS = ("quick_win", "big_bet", "fill_in", "money_pit")


def quadrant(impact: int, effort: int) -> str:
    """The matrix quadrant of an item: quick_win, big_bet, fill_in or money_pit.

    High impact means impact ≥ 3 and low effort means effort ≤ 2: the middle rating 3 counts as
    high on both axes, so an item rated impact 3, effort 3 is a big bet.
    """
    if impact >= QUADRANT_SPLIT:
        return "quick_win" if effort < QUADRANT_SPLIT else "big_bet"
    return "fill_in" if effort < QUADRANT_SPLIT else "money_pit"

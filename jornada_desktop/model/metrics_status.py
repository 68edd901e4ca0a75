"""The status of a metric (met, near, missed, unknown) from its target and actual value (pure, no Qt).

The rule (also in docs/backlog.md):

1. Without both a target and an actual value the status is ``unknown`` (grey).
2. Direction.  Higher is better, except:

   * times (``first_response_time``, ``resolution_time``) are lower-is-better;
   * the unit can say so explicitly, for any kind, and then it wins: a unit containing ``↓``,
     "lower" or "menor" means lower is better (e.g. a CES asked as "how much effort?" on
     "1-5 ↓"); a unit containing ``↑``, "higher" or "maior" means higher is better.
     A CES with a plain unit ("1-7") is higher-is-better: the usual 7-point agreement scale,
     "the company made it easy to handle my issue".

3. ``met`` (green) when the actual is at or past the target in the good direction;
   ``near`` (amber) when it misses by no more than 10 % of the target's size (``|target| × 0.10``;
   a target of 0 leaves no tolerance), ``missed`` (red) otherwise.
"""

from __future__ import annotations

from typing import Final

LOWER_IS_BETTER_KINDS: Final = frozenset({"first_response_time", "resolution_time"})
NEAR_SHARE: Final = 0.10
LOWER_MARKERS: Final = ("↓", "lower", "menor")
HIGHER_MARKERS: Final = ("↑", "higher", "maior")

STATUSES: Final = ("met", "near", "missed", "unknown")
STATUS_COLORS: Final[dict[str, str]] = {
    "met": "#2E9E5B",
    "near": "#E8A317",
    "missed": "#D64545",
    "unknown": "#9AA0A6",
}


def lower_is_better(kind: str, unit: str = "") -> bool:
    """Whether a smaller actual value is the better one for this metric kind and unit."""
    text = (unit or "").lower()
    if any(marker in text for marker in LOWER_MARKERS):
        return True
    if any(marker in text for marker in HIGHER_MARKERS):
        return False
    return kind in LOWER_IS_BETTER_KINDS


def metric_status(kind: str, unit: str, target: float | None, actual: float | None) -> str:
    """met, near, missed or unknown, by the rule in this module's docstring."""
    if target is None or actual is None:
        return "unknown"
    gap = (actual - target) if not lower_is_better(kind, unit) else (target - actual)
    if gap >= 0:
        return "met"
    tolerance = abs(target) * NEAR_SHARE
    return "near" if -gap <= tolerance else "missed"


def status_color(kind: str, unit: str, target: float | None, actual: float | None) -> str:
    """The #RRGGBB colour of a metric's status (green, amber, red or grey)."""
    return STATUS_COLORS[metric_status(kind, unit, target, actual)]

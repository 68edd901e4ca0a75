"""Emotion curves of a journey as numbers: per stage, the average emotion of a series (pure, no Qt).

A series is the as-is curve (every touchpoint's ``emotion``), the to-be curve (``emotion_to_be``)
or one persona's curve in one scenario (that persona's ratings, `model.ratings`): a mark at each
rated touchpoint in reading order, with the stage averages as its summary.
Like the canvas's experience curve, only touchpoint cards placed in a cell count (pain points,
opportunities and attached notes are left out), and only when the value is set; a stage without
such a touchpoint has no point, so the curve skips it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from jornada_desktop.model.entities import Card
from jornada_desktop.model.ratings import Mark, marks, stage_points, touchpoints_in_order
from jornada_desktop.model.workspace import Workspace

EMOTION_FIELDS: Final = ("emotion", "emotion_to_be")
AS_IS_COLOR: Final = "#5B6370"
TO_BE_COLOR: Final = "#2E9E5B"
ROOM_COLOR: Final = "#7B3294"  # the room's feelings, drawn dotted
ANY_PERSONA: Final = -1  # persona filter meaning "every card, tied to a persona or not"

Point = tuple[int, float]  # (stage index, average emotion)


@dataclass(frozen=True, slots=True)
class CurveSeries:
    """One curve: what it is, its colour and its points (stage index -> average emotion)."""

    key: str  # "as_is", "to_be", "persona:<id>" or "room"
    kind: str  # "as_is", "to_be", "persona" or "room" (the participants' feelings per stage)
    persona_id: int | None
    name: str  # the persona's name; empty for as-is / to-be (the view translates those)
    color: str
    points: tuple[Point, ...]  # stage averages
    scenario: str = "as_is"  # a persona's curve: "as_is" or "to_be" (dashed)
    marks: tuple[Mark, ...] = ()  # a persona's curve: each rated touchpoint, in reading order


def placed_cards(ws: Workspace, journey_id: int) -> list[Card]:
    """The cards placed in a cell (notes attached to a card left out)."""
    return [c for c in ws.cards(journey_id) if c.parent_id is None]


def curve_cards(ws: Workspace, journey_id: int) -> list[Card]:
    """The cards whose emotions make the curves: touchpoints placed in a cell."""
    return [c for c in placed_cards(ws, journey_id) if c.kind == "touchpoint"]


def stage_averages(
    ws: Workspace, journey_id: int, field: str = "emotion", persona_id: int | None = ANY_PERSONA
) -> list[float | None]:
    """For each stage, left to right, the average of `field` over the matching cards, or None."""
    if field not in EMOTION_FIELDS:
        raise ValueError(f"Unknown emotion field {field!r}.")
    stages = ws.stages(journey_id)
    index = {s.id: i for i, s in enumerate(stages)}
    sums = [0.0] * len(stages)
    counts = [0] * len(stages)
    for card in curve_cards(ws, journey_id):
        value = getattr(card, field)
        if value is None or card.stage_id not in index:
            continue
        if persona_id != ANY_PERSONA and card.persona_id != persona_id:
            continue
        i = index[card.stage_id]
        sums[i] += value
        counts[i] += 1
    return [round(sums[i] / counts[i], 4) if counts[i] else None for i in range(len(stages))]


def curve_points(
    ws: Workspace, journey_id: int, field: str = "emotion", persona_id: int | None = ANY_PERSONA
) -> tuple[Point, ...]:
    """The points of a curve: (stage index, average) for the stages that have a value."""
    averages = stage_averages(ws, journey_id, field, persona_id)
    return tuple((i, value) for i, value in enumerate(averages) if value is not None)


def journey_persona_colors(ws: Workspace, journey_id: int) -> dict[int, str]:
    """Persona id -> curve colour on this journey (the link's colour, else the persona's)."""
    return {p.id: (link.color or p.color) for link, p in ws.journey_personas(journey_id)}


def curve_personas(ws: Workspace, journey_id: int) -> list:
    """The personas with a curve on a journey: its linked personas in order, then any other persona
    rated on its touchpoints."""
    ordered = [p for _, p in ws.journey_personas(journey_id)]
    seen = {p.id for p in ordered}
    rated = {r.persona_id for r in ws.ratings(journey_id)}
    rated |= {c.persona_id for c in curve_cards(ws, journey_id) if c.persona_id is not None}
    extra = sorted(rated - seen)
    ordered.extend(p for pid in extra if (p := ws.get("personas", pid)) is not None)
    return ordered


def persona_series(ws: Workspace, journey_id: int, scenario: str = "as_is") -> list[CurveSeries]:
    """One curve per persona of the journey in a scenario, from the persona's own ratings."""
    colors = journey_persona_colors(ws, journey_id)
    out = []
    order = touchpoints_in_order(ws, journey_id)  # (once for every persona)
    for p in curve_personas(ws, journey_id):
        curve = marks(ws, journey_id, p.id, scenario, order)
        key = f"persona:{p.id}" if scenario == "as_is" else f"persona:{p.id}:{scenario}"
        out.append(CurveSeries(key, "persona", p.id, p.name, colors.get(p.id, p.color), stage_points(curve),
                               scenario, curve))
    return out


def as_is_to_be_series(ws: Workspace, journey_id: int) -> list[CurveSeries]:
    """The as-is curve (card emotions) and the to-be curve (card to-be emotions)."""
    return [
        CurveSeries("as_is", "as_is", None, "", AS_IS_COLOR, curve_points(ws, journey_id, "emotion")),
        CurveSeries("to_be", "to_be", None, "", TO_BE_COLOR, curve_points(ws, journey_id, "emotion_to_be")),
    ]


def room_series(ws: Workspace, journey_id: int) -> list[CurveSeries]:
    """How the workshop room felt: the participants' feelings per stage (rated from their phones),
    averaged; its name is how many people gave at least one. None when nobody rated."""
    from jornada_desktop.model.room import room_feeling_by_stage

    by_stage = room_feeling_by_stage(ws, journey_id)
    if not by_stage:
        return []
    points = tuple((n, by_stage[s.id][0]) for n, s in enumerate(ws.stages(journey_id)) if s.id in by_stage)
    people = len({f.participant_id for f in ws.feelings(journey_id)})
    return [CurveSeries("room", "room", None, str(people), ROOM_COLOR, points)]


def all_series(ws: Workspace, journey_id: int) -> list[CurveSeries]:
    """Every curve of a journey: as-is, to-be, each persona's as-is and to-be, then the room's."""
    personas = [s for pair in zip(persona_series(ws, journey_id, "as_is"), persona_series(ws, journey_id, "to_be"),
                                  strict=True) for s in pair]
    return as_is_to_be_series(ws, journey_id) + personas + room_series(ws, journey_id)

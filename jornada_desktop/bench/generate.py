"""Synthetic journeys of any size, written straight to a `.jornada` file (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jornada_desktop.store import Store

STAMP = "2026-01-01T00:00:00Z"
LANE_KINDS = ("touchpoints", "actions", "channels", "emotions", "pain_points", "expectations",
              "opportunities", "departments", "backstage", "notes")
CARD_KIND_OF_LANE = {"touchpoints": "touchpoint", "channels": "touchpoint", "emotions": "touchpoint",
                     "actions": "action", "departments": "action", "backstage": "action",
                     "pain_points": "pain_point", "opportunities": "opportunity", "notes": "note",
                     "expectations": "text"}
CHANNELS = ("email", "phone", "chat", "social", "website", "app", "self_service", "in_person")


@dataclass(frozen=True)
class Size:
    """The shape of a generated journey."""

    cards: int
    stages: int = 12
    lanes: int = 10
    improvements: int = 2_000
    personas: int = 3

    @classmethod
    def scaled(cls, cards: int, stages: int = 12, lanes: int = 10) -> Size:
        """A journey of `cards` cards with improvements and personas in the 10,000-card proportions."""
        return cls(cards, stages, lanes, improvements=max(1, cards // 5), personas=3)

    def label(self) -> str:
        """'10,000 cards' and the like."""
        return f"{self.cards:,} cards"


def journey_rows(size: Size) -> dict[str, list[dict[str, Any]]]:
    """Every row of a file holding one journey of the given size (valid under the model's rules)."""
    personas = [{"id": i + 1, "name": f"Persona {i + 1}", "role": "Cliente", "color": "#4C78A8",
                 "created_at": STAMP, "updated_at": STAMP} for i in range(size.personas)]
    journeys = [{"id": 1, "title": f"Jornada de {size.cards:,} cartões", "kind": "service_blueprint",
                 "position": 0, "created_at": STAMP, "updated_at": STAMP}]
    links = [{"id": i + 1, "journey_id": 1, "persona_id": i + 1} for i in range(size.personas)]
    stages = [{"id": s + 1, "journey_id": 1, "position": s, "name": f"Etapa {s + 1}", "description": ""}
              for s in range(size.stages)]
    lanes = [{"id": r + 1, "journey_id": 1, "position": r, "kind": LANE_KINDS[r % len(LANE_KINDS)],
              "title": f"Raia {r + 1}", "hidden": 0} for r in range(size.lanes)]
    cells = size.stages * size.lanes
    per_cell: dict[int, int] = {}
    cards = []
    for n in range(size.cards):
        cell = n % cells
        stage, lane = cell % size.stages + 1, cell // size.stages + 1
        position = per_cell.get(cell, 0)
        per_cell[cell] = position + 1
        lane_kind = LANE_KINDS[(lane - 1) % len(LANE_KINDS)]
        kind = CARD_KIND_OF_LANE[lane_kind]
        cards.append({
            "id": n + 1, "journey_id": 1, "stage_id": stage, "lane_id": lane, "position": position,
            "kind": kind, "title": f"Cartão {n + 1}: atendimento e comunicação",
            "body": "Descrição do ponto de contato, com detalhes do que acontece. " * 2,
            "channel": CHANNELS[n % len(CHANNELS)] if kind == "touchpoint" else None,
            "department": "Atendimento", "emotion": (n % 5) - 2 if kind == "touchpoint" else None,
            "persona_id": n % size.personas + 1 if size.personas else None, "evidence": "observed",
            "emotion_to_be": min(2, (n % 5) - 1) if kind == "touchpoint" else None,
            "created_at": STAMP, "updated_at": STAMP,
        })
    # Every persona rates every touchpoint as-is and to-be (the card's own persona through the
    # card's emotions, the others through rows): personas × 2 scenarios curves through every touchpoint.
    ratings = []
    for card in cards:
        if card["kind"] != "touchpoint":
            continue
        for p in range(1, size.personas + 1):
            if p == card["persona_id"]:
                continue
            for scenario, value in (("as_is", (card["id"] + 2 * p) % 5 - 2), ("to_be", (card["id"] + p) % 3)):
                ratings.append({"id": len(ratings) + 1, "journey_id": 1, "card_id": card["id"], "persona_id": p,
                                "scenario": scenario, "value": value, "reason": ""})
    improvements = [{
        "id": n + 1, "journey_id": 1, "card_id": (n * 7) % size.cards + 1 if size.cards else None,
        "stage_id": n % size.stages + 1, "title": f"Melhoria {n + 1}",
        "description": "Reduzir o tempo de espera no atendimento. " * 2, "impact": n % 5 + 1,
        "effort": (n * 3) % 5 + 1, "votes": n % 7, "status": ("open", "in_progress", "done", "dismissed")[n % 4],
        "owner": "Maria", "department": "TI", "due_date": "2026-12-31", "created_at": STAMP, "updated_at": STAMP,
    } for n in range(size.improvements)]
    return {"personas": personas, "journeys": journeys, "journey_personas": links, "stages": stages,
            "lanes": lanes, "cards": cards, "improvements": improvements, "metrics": [], "ratings": ratings}


def make_journey_file(path: Path, size: Size) -> Path:
    """Write a new `.jornada` file holding one generated journey; return its path."""
    path = Path(path)
    if path.exists():
        path.unlink()
    Store.create(path, journey_rows(size), {"created_with": "jornada bench"}).close()
    return path

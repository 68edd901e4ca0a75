"""Export benchmarks: the workbook against openpyxl write-only writing the same values, and a big PNG.

Run: `QT_QPA_PLATFORM=offscreen python -m jornada_desktop.exports.bench [cards] [improvements]`.
The perf suite calls `bench_workbook()` and `bench_png()`; both return plain dicts of numbers.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from jornada_desktop.model.workspace import Workspace

STAGES = 10
LANES = 8


def big_workspace(cards: int = 10_000, improvements: int = 2_000) -> tuple[Workspace, int]:
    """A workspace with one journey of `cards` cards and `improvements` backlog items."""
    stamp = "2026-01-01T00:00:00Z"
    personas = [{"id": i, "name": f"Persona {i}", "role": "Cliente", "created_at": stamp, "updated_at": stamp}
                for i in (1, 2)]
    journeys = [{"id": 1, "title": "Jornada grande", "kind": "purchase", "created_at": stamp, "updated_at": stamp}]
    links = [{"id": i, "journey_id": 1, "persona_id": i} for i in (1, 2)]
    stages = [{"id": i + 1, "journey_id": 1, "position": i, "name": f"Etapa {i + 1}"} for i in range(STAGES)]
    kinds = ["touchpoints", "actions", "emotions", "pain_points", "opportunities", "backstage", "metrics", "notes"]
    lanes = [{"id": i + 1, "journey_id": 1, "position": i, "kind": kinds[i % len(kinds)], "title": f"Raia {i + 1}"}
             for i in range(LANES)]
    card_rows = []
    per_cell: dict[tuple[int, int], int] = {}
    for n in range(cards):
        stage, lane = n % STAGES + 1, (n // STAGES) % LANES + 1
        position = per_cell.get((stage, lane), 0)
        per_cell[(stage, lane)] = position + 1
        card_rows.append({
            "id": n + 1, "journey_id": 1, "stage_id": stage, "lane_id": lane, "position": position,
            "kind": "touchpoint", "title": f"Cartão {n + 1} — atendimento ção", "body": "Descrição " * 8,
            "channel": "chat", "department": "Atendimento", "emotion": (n % 5) - 2,
            "persona_id": n % 2 + 1, "evidence": "observed", "created_at": stamp, "updated_at": stamp,
        })
    items = [{
        "id": n + 1, "journey_id": 1, "card_id": n % cards + 1 if cards else None, "stage_id": n % STAGES + 1,
        "title": f"Melhoria {n + 1}", "description": "Fazer algo melhor " * 4, "impact": n % 5 + 1,
        "effort": (n * 3) % 5 + 1, "votes": n % 7, "status": ("open", "in_progress", "done", "dismissed")[n % 4],
        "owner": "Maria", "department": "TI", "due_date": "2026-12-31", "created_at": stamp, "updated_at": stamp,
    } for n in range(improvements)]
    ws = Workspace.from_rows({"personas": personas, "journeys": journeys, "journey_personas": links,
                              "stages": stages, "lanes": lanes, "cards": card_rows, "improvements": items,
                              "metrics": []})
    return ws, 1


def _floor_values(ws: Workspace, journey_id: int, lang: str) -> list[tuple[str, list[list[Any]]]]:
    """The cell values of the workbook, sheet by sheet, as plain Python values."""
    from jornada_desktop.exports.backlog_sync import sync_value
    from jornada_desktop.exports.tables import (
        JourneyView,
        backlog_rows,
        emotion_series,
        metric_rows,
        persona_rows,
        touchpoint_rows,
    )

    view = JourneyView(ws, journey_id)
    backlog = [row + [sync_value(ws, item, lang)]
               for row, item in zip(backlog_rows(view, lang), ws.improvements(journey_id), strict=True)]
    map_rows = [[c.title for c in ws.cards_in_cell(s.id, ln.id)] for ln in ws.lanes(journey_id)
                for s in ws.stages(journey_id)]
    stages, series = emotion_series(view, lang)
    emotions = [[name] + [vals[i] for _, _, vals in series] for i, name in enumerate(stages)]
    return [("map", map_rows), ("touchpoints", touchpoint_rows(view, lang)), ("backlog", backlog),
            ("personas", persona_rows(view, lang)), ("metrics", metric_rows(view, lang)), ("emotions", emotions)]


def _write_floor(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
    wb.save(path)


def bench_workbook(cards: int = 10_000, improvements: int = 2_000, lang: str = "pt_BR",
                   repeats: int = 3) -> dict[str, float]:
    """Seconds for the workbook export and for openpyxl write-only writing the same values; their ratio.

    The floor gets its values ready-made (only the writing is timed); the export is timed whole:
    reading the workspace, sanitising, styles, validation, the native chart and the matplotlib picture.
    Best of `repeats` runs each, after one warm-up (so matplotlib's import is not counted).
    """
    from jornada_desktop.exports.excel import export_workbook

    ws, jid = big_workspace(cards, improvements)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "export.xlsx"
        floor_out = Path(folder) / "floor.xlsx"
        export_workbook(ws, jid, out, lang)
        values = _floor_values(ws, jid, lang)
        _write_floor(values, floor_out)
        export_s, floor_s = [], []
        for _ in range(repeats):
            t0 = time.perf_counter()
            _write_floor(values, floor_out)
            floor_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            export_workbook(ws, jid, out, lang)
            export_s.append(time.perf_counter() - t0)
        size = out.stat().st_size
    return {"cards": cards, "improvements": improvements, "export_s": min(export_s), "floor_s": min(floor_s),
            "ratio": min(export_s) / min(floor_s), "bytes": size}


def bench_png(cards: int = 10_000, scale: float = 1.0) -> dict[str, float]:
    """Seconds to export the big journey as a PNG at a scale (needs a QApplication; made offscreen)."""
    from jornada_desktop.exports.cli_commands import ensure_gui_app
    from jornada_desktop.exports.errors import ExportError
    from jornada_desktop.exports.images import ImageOptions, export_image

    ensure_gui_app()
    ws, jid = big_workspace(cards, 0)
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        try:
            export_image(ws, jid, Path(folder) / "map.png", "png", ImageOptions(scale=scale))
            outcome = "written"
        except ExportError as exc:  # a 10,000-card map can pass the pixel cap at scale 1
            outcome = str(exc)
        elapsed = time.perf_counter() - t0
    return {"cards": cards, "scale": scale, "seconds": elapsed, "outcome": outcome}  # type: ignore[dict-item]


def main(argv: list[str]) -> int:
    """Print both benchmarks."""
    cards = int(argv[0]) if argv else 10_000
    improvements = int(argv[1]) if len(argv) > 1 else 2_000
    wb = bench_workbook(cards, improvements)
    print(f"workbook, {cards:,} cards + {improvements:,} improvements: {wb['export_s']:.2f} s; openpyxl "
          f"write-only floor {wb['floor_s']:.2f} s; ratio {wb['ratio']:.2f} (goal ≤ 1.5)")
    png = bench_png(cards)
    print(f"PNG at scale 1, {cards:,} cards: {png['seconds']:.2f} s ({png['outcome']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

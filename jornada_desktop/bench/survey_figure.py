"""The survey import's figure: a file of a hundred answers per card of the map (1,000,000 rows on the
10,000-card map: date, stage, touchpoint, score, comment, as Excel writes them in pt_BR) imported
into a copy of the map through `import_survey` (read a row at a time, tallied, pushed as one step
with a version kept first), against csv.reader reading the same file. Its notes say how much memory
the import took at its peak over what the process held before (the rows are never all held)."""

from __future__ import annotations

import contextlib
import csv
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from jornada_desktop.bench.timing import Sample, measure, rss_mb

ROWS_PER_CARD = 100


def write_answers(map_path: Path, target: Path, rows: int) -> Path:
    """A pt_BR survey CSV (Windows-1252, ';', dd/mm/yyyy, decimal commas) naming the map's stages and
    touchpoints; one row in 500 is left out on purpose (a score that is not a number)."""
    conn = sqlite3.connect(f"file:{map_path}?mode=ro", uri=True)
    try:
        stages = {sid: name for sid, name in conn.execute("SELECT id, name FROM stages")}
        touch = [(stages[sid], title) for sid, title in
                 conn.execute("SELECT stage_id, title FROM cards WHERE kind = 'touchpoint' AND parent_id IS NULL")]
    finally:
        conn.close()
    touch = touch or [(name, "") for name in stages.values()]
    with target.open("w", encoding="cp1252", errors="replace", newline="") as f:
        f.write("Data;Etapa;Ponto de contato;Nota;Comentário\r\n")
        for n in range(rows):
            stage, title = touch[n % len(touch)]
            score = "x" if n % 500 == 499 else f"{n % 11}" if n % 3 else f"{n % 10},5"
            comment = f"Comentário {n}: atendimento demorou" if n % 7 == 0 else ""
            f.write(f"{1 + n % 28:02d}/{1 + n % 12:02d}/2026;{stage};{title};{score};{comment}\r\n")
    return target


def floor_read(path: Path) -> int:
    """The raw floor: csv.reader over the same file, every row read."""
    with path.open(encoding="cp1252", newline="") as f:
        return sum(1 for _ in csv.reader(f, delimiter=";"))


def _reset_peak() -> None:
    """Reset the process's peak resident memory (Linux 4.0+; elsewhere the peak stays the lifetime's)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def bench_survey(path: Path, folder: Path, size: str, cards: int, repeats: int) -> Any:
    """Import the answers into a fresh copy of the map each run (nothing else open), vs csv.reader."""
    from jornada_desktop.bench.figures import Figure, ensure_app
    from jornada_desktop.editing.document import Document
    from jornada_desktop.exports.survey_import import import_survey

    ensure_app()
    rows = max(1, cards * ROWS_PER_CARD)
    answers = write_answers(path, folder / "respostas.csv", rows)
    mapping = "score=nota,date=data,stage=etapa,touchpoint=ponto de contato,comment=comentário"
    peaks: list[float] = []
    results: list[Any] = []
    state: dict[str, Any] = {}

    def before(i: int) -> None:
        target = folder / f"survey-{i}.jornada"
        shutil.copyfile(path, target)
        state["doc"] = Document.open(target)
        _reset_peak()
        state["base"] = rss_mb()[0]

    def run(_i: int) -> None:
        document = state["doc"]
        results.append(import_survey(document, 1, answers, "nps", mapping, progress=lambda _f: None))
        peaks.append(rss_mb()[1] - state["base"])
        document.close()

    app = measure(run, repeats, warmups=1, before=before)
    floor = measure(lambda _i: floor_read(answers), repeats, warmups=1)
    done = results[-1]
    notes = [f"{rows:,} rows ({answers.stat().st_size / 1e6:.0f} MB): {done.answers:,} counted, "
             f"{done.problem_count:,} reported, {done.measurements:,} measurements, {done.quotes:,} quotes",
             f"import's peak memory +{max(peaks):.0f} MB"]
    return Figure("survey", size, Sample(app.runs), Sample(floor.runs), notes=notes)

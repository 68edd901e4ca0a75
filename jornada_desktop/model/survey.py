"""Survey answers in, metrics out (pure, no Qt): reading a CSV the way Excel writes it in either
language, guessing its columns, and computing NPS, CSAT and CES per stage, touchpoint and month.

Definitions (each tested against hand-computed values):
- NPS (0–10): % promoters (9–10) − % detractors (0–6), from −100 to +100.
- CSAT (1–5): % of answers that are 4 or 5.
- CES (1–7): the mean answer.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from jornada_desktop.model.search import fold as search_fold

SCALES: Final = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
FIELDS: Final = ("score", "date", "stage", "touchpoint", "persona", "comment")
# Header words (folded: lower case, no accents) that name each field, in Portuguese and English.
HEADER_WORDS: Final = {
    "score": ("score", "nota", "pontuacao", "rating", "avaliacao", "resposta", "nps", "csat", "ces", "valor"),
    "date": ("date", "data", "quando", "dia", "respondido em", "answered"),
    "stage": ("stage", "etapa", "fase"),
    "touchpoint": ("touchpoint", "ponto de contato", "ponto", "canal", "channel"),
    "persona": ("persona", "perfil", "segmento", "segment"),
    "comment": ("comment", "comentario", "feedback", "texto", "text", "observacao", "motivo", "why"),
}
MAX_BYTES: Final = 200 * 1024 * 1024


def fold(text: str) -> str:
    """Lower case without accents or extra spaces (for matching headers and names)."""
    return " ".join(search_fold(text).split())


def decode(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252 (Excel in pt_BR)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_separator(text: str) -> str:
    """The separator of a CSV: the one among ; , tab that splits the first lines most evenly."""
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    best, best_score = ",", -1
    for sep in (";", ",", "\t"):
        counts = [len(next(csv.reader([ln], delimiter=sep))) for ln in lines] if lines else [0]
        score = min(counts) if counts and len(set(counts)) == 1 else min(counts or [0]) - 1
        if score > best_score and min(counts) > 1:
            best, best_score = sep, score
    return best


def guess_columns(headers: list[str]) -> dict[str, int]:
    """Which column holds each field, from the header words (first match wins; each column once)."""
    found: dict[str, int] = {}
    used: set[int] = set()
    folded = [fold(h) for h in headers]
    for name in FIELDS:
        for n, header in enumerate(folded):
            if n in used:
                continue
            if any(header == w or header.startswith(w + " ") or header.endswith(" " + w) for w in HEADER_WORDS[name]):
                found[name] = n
                used.add(n)
                break
    return found


def parse_mapping(text: str, headers: list[str]) -> dict[str, int]:
    """A mapping typed as "score=nota,stage=etapa" (header names, any case or accents) as columns."""
    by_name = {fold(h): n for n, h in enumerate(headers)}
    out: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, header = part.partition("=")
        key, header = key.strip().lower(), fold(header)
        if key not in FIELDS:
            raise ValueError(f"“{key}” is not one of {', '.join(FIELDS)}")
        if header not in by_name:
            raise ValueError(f"there is no column “{header}”")
        out[key] = by_name[header]
    return out


def parse_number(text: str) -> float | None:
    """A number written either way (9,5 or 9.5; 1.234,5 or 1,234.5); None when it is not one."""
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    if not t:
        return None
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    elif "," in t:
        t = t.replace(",", ".")
    try:
        value = float(t)
    except ValueError:
        return None
    return value if value == value and abs(value) < 1e12 else None


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(text: str) -> date | None:
    """A date as dd/mm/yyyy (pt_BR, also with . or -), or yyyy-mm-dd; None when it is not one."""
    t = text.strip()
    try:
        if m := _ISO.match(t):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(t):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Answer:
    """One survey answer: its score, when, where and who, and what was said."""

    row: int  # the row of the file (1 = the header)
    score: float
    when: date | None = None
    stage: str = ""
    touchpoint: str = ""
    persona: str = ""
    comment: str = ""


@dataclass
class Reading:
    """What was read from a file: the answers and, for each row left out, the reason."""

    headers: list[str]
    answers: list[Answer] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row, why)
    rows: int = 0


def rows_of(text: str, separator: str | None = None) -> Iterator[list[str]]:
    """The rows of a CSV text (the separator guessed when not given)."""
    return csv.reader(io.StringIO(text), delimiter=separator or sniff_separator(text))


def read_answers(rows: Iterable[list[str]], kind: str, mapping: dict[str, int] | None = None) -> Reading:
    """Survey answers from rows (the first is the header); a row that cannot count is reported, never dropped
    silently. `kind` (nps, csat, ces) sets the scale the scores must be on."""
    lo, hi = SCALES[kind]
    iterator = iter(rows)
    headers = [h.strip() for h in next(iterator, [])]
    reading = Reading(headers)
    columns = mapping if mapping is not None else guess_columns(headers)
    if "score" not in columns:
        reading.problems.append((1, "no column holds the scores"))
        return reading
    for n, row in enumerate(iterator, start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank line
        reading.rows += 1

        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        raw = cell("score")
        score = parse_number(raw)
        if score is None:
            reading.problems.append((n, f"the score “{raw[:30]}” is not a number"))
            continue
        if not lo <= score <= hi:
            reading.problems.append((n, f"the score {raw} is outside {lo}–{hi}"))
            continue
        when = None
        if cell("date"):
            when = parse_date(cell("date"))
            if when is None:
                reading.problems.append((n, f"the date “{cell('date')[:30]}” is not a date; counted without one"))
        reading.answers.append(Answer(n, score, when, cell("stage"), cell("touchpoint"), cell("persona"),
                                      cell("comment")[:2000]))
    return reading


def nps(scores: list[float]) -> float:
    """Net Promoter Score: % of 9–10 minus % of 0–6 (−100 … +100), one decimal."""
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    return round(100 * (promoters - detractors) / len(scores), 1)


def csat(scores: list[float]) -> float:
    """Customer satisfaction: % of answers of 4 or 5, one decimal."""
    return round(100 * sum(1 for s in scores if s >= 4) / len(scores), 1)


def ces(scores: list[float]) -> float:
    """Customer effort score: the mean answer, two decimals."""
    return round(sum(scores) / len(scores), 2)


COMPUTE: Final = {"nps": nps, "csat": csat, "ces": ces}


@dataclass(frozen=True)
class Figure:
    """A computed value for one place (stage and touchpoint names, '' for the whole journey) and
    one period (YYYY-MM, '' for answers without a date)."""

    stage: str
    touchpoint: str
    period: str
    value: float
    sample: int


def figures(answers: Iterable[Answer], kind: str) -> list[Figure]:
    """The value per (stage, touchpoint, month), in order of place then period."""
    groups: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for a in answers:
        period = f"{a.when.year:04d}-{a.when.month:02d}" if a.when else ""
        groups[(a.stage, a.touchpoint, period)].append(a.score)
    compute = COMPUTE[kind]
    return [Figure(stage, touch, period, compute(scores), len(scores))
            for (stage, touch, period), scores in sorted(groups.items())]

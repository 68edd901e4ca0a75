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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Final

from jornada_desktop.model.search import fold as search_fold
from jornada_desktop.model.sentences import Phrase
from jornada_desktop.model.validation import MAX_TEXT

SCALES: Final = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
FIELDS: Final = ("score", "date", "stage", "touchpoint", "persona", "comment")
# Header words (folded: lower case, no accents) that name each field, in Portuguese and English.
HEADER_WORDS: Final = {
    "score": ("score", "nota", "pontuacao", "rating", "avaliacao", "resposta", "nps", "csat", "ces", "valor"),
    "date": ("date", "data", "quando", "dia", "respondido em", "answered"),
    "stage": ("stage", "etapa", "fase"),
    "touchpoint": ("touchpoint", "ponto de contato", "ponto", "canal", "channel"),
    "persona": ("persona", "perfil", "segmento", "segment"),
    "comment": ("comment", "comments", "comentario", "comentarios", "feedback", "texto", "text", "observacao",
                "observacoes", "obs", "motivo", "why", "verbatim"),
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


@lru_cache(maxsize=4096)  # (a survey's months repeat)
def _period(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@lru_cache(maxsize=4096)  # (a survey's dates repeat)
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


class Cancelled(Exception):
    """The person cancelled a reading (nothing is imported)."""


@dataclass
class Reading:
    """What was read from a file: the figures' tallies, the comments, and for each row left out the
    reason. Memory stays bounded whatever the file's length: answers are tallied per place and month
    (kept one by one only when asked), and the problems and comments kept are capped (all counted)."""

    headers: list[str]
    answers: list[Answer] = field(default_factory=list)  # every answer counted, when kept
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row, why): the first MAX_PROBLEMS
    rows: int = 0  # rows with content, the header not counted
    counted: int = 0  # answers that count
    problem_count: int = 0
    comments: list[Answer] = field(default_factory=list)  # counted answers with a comment: the first MAX_QUOTES
    comments_left: int = 0  # comments past MAX_QUOTES (or MAX_QUOTE_CHARS), not kept
    tallies: dict[tuple[str, str, str], dict[float, int]] = field(default_factory=dict)
    _comment_chars: int = 0

    def problem(self, row: int, why: str) -> None:
        """Report a row (the first MAX_PROBLEMS are kept, every one is counted)."""
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((row, why))

    def count(self, answer: Answer, keep: bool) -> None:
        """Tally an answer (and keep its comment, while under the caps)."""
        self.tally(answer.stage, answer.touchpoint, answer.when, answer.score)
        if keep:
            self.answers.append(answer)
        if answer.comment:
            self.keep_comment(answer)

    def tally(self, stage: str, touchpoint: str, when: date | None, score: float) -> None:
        """Count a score for its place and month."""
        self.counted += 1
        period = _period(when) if when else ""
        key = (stage, touchpoint, period)
        tally = self.tallies.get(key)
        if tally is None:
            tally = self.tallies[key] = {}
        tally[score] = tally.get(score, 0) + 1

    def wants_comment(self, length: int) -> bool:
        """Whether a comment of this length is still kept (else it is counted as left)."""
        if len(self.comments) < MAX_QUOTES and self._comment_chars + length <= MAX_QUOTE_CHARS:
            return True
        self.comments_left += 1
        return False

    def keep_comment(self, answer: Answer) -> None:
        """Keep an answer's comment (for a quote) while under the caps."""
        if self.wants_comment(len(answer.comment)):
            self.add_comment(answer)

    def add_comment(self, answer: Answer) -> None:
        """Keep an answer whose comment is wanted."""
        self.comments.append(answer)
        self._comment_chars += len(answer.comment)

    def figures(self, kind: str) -> list[Figure]:
        """The value per (stage, touchpoint, month), in order of place then period."""
        return [Figure(stage, touch, period, value_of(kind, tally), sum(tally.values()))
                for (stage, touch, period), tally in sorted(self.tallies.items())]


MAX_PROBLEMS: Final = 1_000
MAX_QUOTES: Final = 10_000  # comments of one file kept as quotes
MAX_QUOTE_CHARS: Final = 20_000_000  # and their characters, together
MAX_COMMENT: Final = MAX_TEXT  # one comment's characters, as validation allows; a longer one is cut
CUT_MARK: Final = " […]"
TICK_ROWS: Final = 4096  # rows between two calls of a reading's `tick`


def rows_of(text: str, separator: str | None = None) -> Iterator[list[str]]:
    """The rows of a CSV text (the separator guessed when not given)."""
    return csv.reader(io.StringIO(text), delimiter=separator or sniff_separator(text))


def read_answers(rows: Iterable[list[str]], kind: str, mapping: dict[str, int] | None = None, *,
                 keep: bool = True, place: Callable[[str, str], tuple[str, str]] | None = None,
                 tick: Callable[[int], None] | None = None) -> Reading:
    """Survey answers from rows (the first is the header); a row that cannot count is reported, never dropped
    silently. `kind` (nps, csat, ces) sets the scale the scores must be on. `keep=False` tallies without
    keeping each answer (a file of a million rows); `place` turns a row's stage and touchpoint names into
    the names they are counted under; `tick(rows)` is called every TICK_ROWS rows (it may raise Cancelled)."""
    lo, hi = SCALES[kind]
    iterator = iter(rows)
    headers = [h.strip() for h in next(iterator, [])]
    reading = Reading(headers)
    columns = mapping if mapping is not None else guess_columns(headers)
    if "score" not in columns:
        reading.problem(1, Phrase("no column holds the scores"))
        return reading
    indices = [columns.get(name) for name in FIELDS]  # score, date, stage, touchpoint, persona, comment
    for n, row in enumerate(iterator, start=2):
        if tick is not None and n % TICK_ROWS == 0:
            tick(n)
        if not "".join(row).strip():
            continue  # a blank line
        reading.rows += 1
        width = len(row)
        raw, day, stage, touchpoint, persona, comment = (
            row[i].strip() if i is not None and i < width else "" for i in indices)
        score = parse_number(raw)
        if score is None:
            reading.problem(n, Phrase("the score “%1” is not a number", raw[:30]))
            continue
        if not lo <= score <= hi:
            reading.problem(n, Phrase("the score %1 is outside %2–%3", raw[:30], str(lo), str(hi)))
            continue
        when = None
        if day:
            when = parse_date(day)
            if when is None:
                reading.problem(n, Phrase("the date “%1” is not a date; counted without one", day[:30]))
        stage, touchpoint = stage[:500], touchpoint[:500]
        if place is not None:
            stage, touchpoint = place(stage, touchpoint)
        if len(comment) > MAX_COMMENT:
            comment = comment[:MAX_COMMENT - len(CUT_MARK)] + CUT_MARK
            reading.problem(n, Phrase("the comment is longer than %1 characters; its quote was cut", MAX_COMMENT))
        reading.tally(stage, touchpoint, when, score)
        wanted = bool(comment) and reading.wants_comment(len(comment))
        if keep or wanted:  # (an answer is made only when it is kept: a million rows tally without one)
            answer = Answer(n, score, when, stage, touchpoint, persona[:500], comment)
            if keep:
                reading.answers.append(answer)
            if wanted:
                reading.add_comment(answer)
    return reading


def _tally(scores: Iterable[float]) -> dict[float, int]:
    tally: dict[float, int] = {}
    for score in scores:
        tally[score] = tally.get(score, 0) + 1
    return tally


def value_of(kind: str, tally: dict[float, int]) -> float:
    """NPS, CSAT or CES of answers given as {score: how many}.

    NPS: % of 9–10 minus % of 0–6 (−100 … +100), one decimal; CSAT: % of 4 or 5, one decimal;
    CES: the mean answer, two decimals."""
    total = sum(tally.values())
    if kind == "nps":
        promoters = sum(k for s, k in tally.items() if s >= 9)
        detractors = sum(k for s, k in tally.items() if s <= 6)
        return round(100 * (promoters - detractors) / total, 1)
    if kind == "csat":
        return round(100 * sum(k for s, k in tally.items() if s >= 4) / total, 1)
    return round(sum(s * k for s, k in tally.items()) / total, 2)


def nps(scores: list[float]) -> float:
    """Net Promoter Score: % of 9–10 minus % of 0–6 (−100 … +100), one decimal."""
    return value_of("nps", _tally(scores))


def csat(scores: list[float]) -> float:
    """Customer satisfaction: % of answers of 4 or 5, one decimal."""
    return value_of("csat", _tally(scores))


def ces(scores: list[float]) -> float:
    """Customer effort score: the mean answer, two decimals."""
    return value_of("ces", _tally(scores))


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
    reading = Reading([])
    for answer in answers:
        reading.count(replace(answer, comment=""), keep=False)
    return reading.figures(kind)

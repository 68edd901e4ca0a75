"""Cell sanitising shared by the workbook and CSV exports: text stays text, never a formula."""

from __future__ import annotations

import re
from typing import Any

# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
ILLEGAL_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_CELL_CHARS = 32_767  # Excel's limit, counted in UTF-16 units
FORMULA_STARTS = ("=", "+", "-", "@")
CSV_DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_TITLE = 31
_SHEET_BAD_RE = re.compile(r"[\[\]:*?/\\]")
TRUNCATION_MARKERS = {"en": " … [text cut: {n:,} characters in Jornada]",
                      "pt_BR": " … [texto cortado: {n:,} caracteres no Jornada]"}


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut_utf16(text: str, units: int) -> str:
    """The longest prefix of `text` that fits in `units` UTF-16 units (never half an emoji)."""
    if _utf16_len(text) <= units:
        return text
    lo, hi = 0, min(len(text), units)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _utf16_len(text[:mid]) <= units:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


def clean_text(value: Any, lang: str = "en", limit: int = MAX_CELL_CHARS) -> str:
    """Text safe for a workbook cell: XML-illegal characters removed, cut with a visible marker."""
    text = "" if value is None else str(value)
    if ILLEGAL_XML_RE.search(text):
        text = ILLEGAL_XML_RE.sub("", text)
    if len(text) * 2 > limit and _utf16_len(text) > limit:
        marker = TRUNCATION_MARKERS.get(lang, TRUNCATION_MARKERS["en"]).format(n=len(text))
        marker = marker.replace(",", ".") if lang.startswith("pt") else marker
        text = _cut_utf16(text, limit - _utf16_len(marker)) + marker
    return text


def needs_quote_prefix(text: str) -> bool:
    """Whether a spreadsheet would read this text as a formula when typed in."""
    return text.startswith(FORMULA_STARTS)


def csv_safe(value: Any) -> str:
    """A CSV field that a spreadsheet never runs: dangerous starts get a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    text = ILLEGAL_XML_RE.sub("", str(value)) if ILLEGAL_XML_RE.search(str(value)) else str(value)
    if text.startswith(CSV_DANGEROUS_STARTS):
        return "'" + text
    return text


def safe_sheet_title(title: str, taken: set[str] | None = None) -> str:
    """A valid, unique worksheet name (≤ 31 characters, none of []:*?/\\, not blank, no edge quote)."""
    text = ILLEGAL_XML_RE.sub("", _SHEET_BAD_RE.sub("_", str(title))).strip().strip("'").strip()
    text = text[:MAX_SHEET_TITLE].strip() or "Sheet"
    if text.lower() == "history":  # reserved by Excel
        text = "History_"
    taken_lower = {t.lower() for t in (taken or set())}
    base, n = text, 2
    while text.lower() in taken_lower:
        suffix = f" ({n})"
        text = base[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
        n += 1
    return text

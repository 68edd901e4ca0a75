"""Cell sanitising shared by the workbook and CSV exports: text stays text, never a formula."""

from __future__ import annotations

import re
from typing import Any

# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
ILLEGAL_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_CELL_CHARS = 32_767  # Excel's limit, counted in UTF-16 units
FORMULA_STARTS = ("=", "+", "-", "@")
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


def was_cut(value: Any, limit: int = MAX_CELL_CHARS) -> bool:
    """Whether `clean_text` cuts this value (it is longer than a cell holds)."""
    text = "" if value is None else str(value)
    if len(text) * 2 <= limit:
        return False
    return _utf16_len(ILLEGAL_XML_RE.sub("", text)) > limit


# The marker `clean_text` puts at the end of a cut text, in either language (a person may have
# typed before or after it, changed its number, or pushed its end past the cell's limit).
CUT_MARKER_RE = re.compile(r"\s*…\s*\[(?:text cut|texto cortado):[^\]]*(?:\]|$)")


def without_cut_marker(text: str) -> tuple[str, bool]:
    """The text with any cut marker removed, and whether there was one."""
    stripped, n = CUT_MARKER_RE.subn("", text)
    return stripped, bool(n)


def needs_quote_prefix(text: str) -> bool:
    """Whether a spreadsheet would read this text as a formula when typed in."""
    return text.startswith(FORMULA_STARTS)


# ---- CSV ------------------------------------------------------------------------------------
# A spreadsheet that guesses another separator than the one written (LibreOffice offers comma,
# semicolon and tab at once) loses track of the quotes and starts a field after any of these.
CSV_SEPARATORS = ",;\t\r\n"
CSV_QUOTE_TRIGGERS = CSV_SEPARATORS + '"'


def csv_text(text: str) -> str:
    """User text made safe for a CSV field under any of comma, semicolon or tab as separator.

    A text whose first non-blank character is = + - @, or that starts with a tab or CR, gets a
    leading apostrophe. Inside the text, every place a wrong-separator reading would start a field
    (after a comma, semicolon, tab or line end, past blanks and quotes) that begins with one of
    = + - @ gets an apostrophe before that character ("a, -10%" becomes "a, '-10%": read with the
    wrong separator, the piece runs on into the next field, so not even a number is safe there).
    """
    if ILLEGAL_XML_RE.search(text):
        text = ILLEGAL_XML_RE.sub("", text)
    out: list[str] = []
    lead = text.lstrip()
    if text.startswith(("\t", "\r")) or lead.startswith(FORMULA_STARTS):
        out.append("'")
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        out.append(ch)
        i += 1
        if ch not in CSV_SEPARATORS:
            continue
        j = i
        while j < n and text[j] not in CSV_SEPARATORS and (text[j] == '"' or text[j].isspace()):
            j += 1
        if j < n and text[j] in FORMULA_STARTS:
            out.append(text[i:j])
            out.append("'")
            i = j
    return "".join(out)


def csv_safe(value: Any) -> str:
    """A CSV field's text that a spreadsheet never runs (see `csv_text`); numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    return csv_text(str(value))


def csv_quoted(field: str) -> str:
    """A field as RFC 4180 writes it: in quotes (inner quotes doubled) when it holds a comma, a
    semicolon, a tab, a quote, CR or LF, or starts with the apostrophe that disarms a formula."""
    if field.startswith("'") or any(ch in field for ch in CSV_QUOTE_TRIGGERS):
        return '"' + field.replace('"', '""') + '"'
    return field


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

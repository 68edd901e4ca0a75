"""Strict parsing of untrusted JSON (imports): size cap, no NaN, no repeated keys, depth guarded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.sentences import Sentence

MAX_JSON_BYTES = 64 * 1024 * 1024


def _no_constants(name: str) -> Any:
    raise ValidationError([Sentence("The file holds “%1”, which is not a number JSON allows.", name)])


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValidationError([Sentence("The key “%1” appears twice in one object.", key[:80])])
        out[key] = value
    return out


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValidationError([Sentence("The number %1… is too large.", text[:40])])
    return value


def parse_json(data: bytes | str, *, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Parse JSON text strictly; every problem becomes a ValidationError with one sentence."""
    if len(data) > max_bytes:
        raise ValidationError([Sentence("The file is larger than %1 MB; it was not read.", max_bytes // (1024 * 1024))])
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError([Sentence("The file is not UTF-8 text, so it is not a Jornada journey.")]) from None
    try:
        return json.loads(
            data,
            parse_constant=_no_constants,
            object_pairs_hook=_no_repeats,
            parse_float=_finite,
        )
    except RecursionError:
        raise ValidationError([Sentence("The file is nested too deeply to be a Jornada journey.")]) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [Sentence("The file is not valid JSON (line %1, column %2: %3).", exc.lineno, exc.colno, exc.msg)]
        ) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError([Sentence("The file holds a number too large to read.")]) from None


def read_json_file(path: Path, *, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Read and strictly parse a JSON file; unreadable or oversized files get a sentence."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ValidationError([Sentence("“%1” is a folder, not a file.", path.name)])
        if not path.is_file():  # a pipe or a device: reading would block or never end
            raise ValidationError([Sentence("“%1” is not a regular file (a pipe or a device); it was not read.",
                                            path.name)])
        if size > max_bytes:
            raise ValidationError([Sentence("“%1” is larger than %2 MB; it was not read.",
                                                   path.name, max_bytes // (1024 * 1024))])
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError([Sentence("“%1” does not exist.", path.name)]) from None
    except OSError as exc:
        raise ValidationError([Sentence("“%1” could not be read (%2).", path.name, exc.strerror or str(exc))]) from None
    return parse_json(data, max_bytes=max_bytes)

"""Strict parsing of untrusted JSON (imports): size cap, no NaN, no repeated keys, depth guarded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jornada_desktop.model.errors import ValidationError

MAX_JSON_BYTES = 64 * 1024 * 1024


def _no_constants(name: str) -> Any:
    raise ValidationError([f"The file holds “{name}”, which is not a number JSON allows."])


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValidationError([f"The key “{key[:80]}” appears twice in one object."])
        out[key] = value
    return out


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValidationError([f"The number {text[:40]}… is too large."])
    return value


def parse_json(data: bytes | str, *, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Parse JSON text strictly; every problem becomes a ValidationError with one sentence."""
    if len(data) > max_bytes:
        raise ValidationError([f"The file is larger than {max_bytes // (1024 * 1024)} MB; it was not read."])
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(["The file is not UTF-8 text, so it is not a Jornada journey."]) from None
    try:
        return json.loads(
            data,
            parse_constant=_no_constants,
            object_pairs_hook=_no_repeats,
            parse_float=_finite,
        )
    except RecursionError:
        raise ValidationError(["The file is nested too deeply to be a Jornada journey."]) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."]
        ) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError(["The file holds a number too large to read."]) from None


def read_json_file(path: Path, *, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Read and strictly parse a JSON file; unreadable or oversized files get a sentence."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ValidationError([f"“{path.name}” is a folder, not a file."])
        if size > max_bytes:
            raise ValidationError([f"“{path.name}” is larger than {max_bytes // (1024 * 1024)} MB; it was not read."])
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError([f"“{path.name}” does not exist."]) from None
    except OSError as exc:
        raise ValidationError([f"“{path.name}” could not be read ({exc.strerror or exc})."]) from None
    return parse_json(data, max_bytes=max_bytes)

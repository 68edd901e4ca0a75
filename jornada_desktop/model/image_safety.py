"""Checks of untrusted image bytes (persona photos) from their headers alone, before any decoding.

A photo comes from a file or a JSON import that anybody may have made. A few hundred kilobytes of
PNG can declare 8,000 × 8,000 pixels and cost 256 MB and a second to decode every time an avatar is
drawn, so a photo must be a known format whose header declares a sane size. Jornada stores photos
scaled to 512 pixels a side, far below these limits.
"""

from __future__ import annotations

import struct

from jornada_desktop.model.sentences import Sentence

MAX_PHOTO_SIDE = 4096
MAX_PHOTO_PIXELS = 2048 * 2048
MAX_PHOTO_BYTES = 20 * 1024 * 1024
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _png(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _gif(data: bytes) -> tuple[int, int] | None:
    return struct.unpack("<HH", data[6:10]) if len(data) >= 10 else None


def _bmp(data: bytes) -> tuple[int, int] | None:
    if len(data) < 26:
        return None
    width, height = struct.unpack("<ii", data[18:26])
    return abs(width), abs(height)


def _jpeg(data: bytes) -> tuple[int, int] | None:
    i, n = 2, len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if length < 2:
            return None
        if marker in _JPEG_SOF:
            if i + 9 > n:
                return None
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def _webp(data: bytes) -> tuple[int, int] | None:
    if len(data) < 30:
        return None
    kind = data[12:16]
    if kind == b"VP8X":
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
        return width, height
    if kind == b"VP8L" and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    if kind == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


def image_size(data: bytes) -> tuple[str, int, int] | None:
    """(format, width, height) read from the header of PNG, JPEG, GIF, BMP or WebP bytes; else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        kind, size = "png", _png(data)
    elif data.startswith(b"\xff\xd8"):
        kind, size = "jpeg", _jpeg(data)
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        kind, size = "gif", _gif(data)
    elif data.startswith(b"BM"):
        kind, size = "bmp", _bmp(data)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        kind, size = "webp", _webp(data)
    else:
        return None
    return (kind, size[0], size[1]) if size else None


def photo_problem(data: object) -> str | None:
    """Why bytes cannot be a persona photo (a sentence), or None when they look like a sane image."""
    if not isinstance(data, bytes):
        return Sentence("The persona's photo must be image bytes.")
    if len(data) > MAX_PHOTO_BYTES:
        return Sentence("The persona's photo is larger than %1 MB.", MAX_PHOTO_BYTES // (1024 * 1024))
    size = image_size(data)
    if size is None:
        return Sentence("The persona's photo is not a PNG, JPEG, GIF, BMP or WebP image.")
    _, width, height = size
    if width <= 0 or height <= 0:
        return Sentence("The persona's photo has no size.")
    if width > MAX_PHOTO_SIDE or height > MAX_PHOTO_SIDE or width * height > MAX_PHOTO_PIXELS:
        return Sentence("The persona's photo is too large (%1 × %2 pixels; at most %3 pixels).",
                        f"{width:,}", f"{height:,}", f"{MAX_PHOTO_PIXELS:,}")
    return None

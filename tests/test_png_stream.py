"""PNGs written strip by strip: the bytes decode to the same picture, and failures leave nothing behind."""

from __future__ import annotations

import errno
import io
import zlib
from pathlib import Path

import pytest

from jornada_desktop.exports import images, png_stream
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.images import ImageOptions, JourneyPicture, export_image, render_png_image
from jornada_desktop.exports.png_stream import PngStripWriter
from tests.helpers import load_workspace


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(tag, data) of every chunk, checking each CRC."""
    assert data[:8] == png_stream.SIGNATURE
    out, at = [], 8
    while at < len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        tag, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        crc = int.from_bytes(data[at + 8 + length:at + 12 + length], "big")
        assert crc == zlib.crc32(body, zlib.crc32(tag)), tag
        out.append((tag, body))
        at += 12 + length
    return out


def _differences(one, other) -> tuple[int, int]:
    """How many channel values differ between two images of one size, and by how much at most."""
    from PySide6.QtGui import QImage

    a = one.convertToFormat(QImage.Format.Format_RGB888)
    b = other.convertToFormat(QImage.Format.Format_RGB888)
    row, stride = a.width() * 3, a.bytesPerLine()
    bits_a, bits_b = memoryview(a.constBits()).cast("B"), memoryview(b.constBits()).cast("B")
    count = worst = 0
    for y in range(a.height()):
        ra, rb = bits_a[y * stride:y * stride + row], bits_b[y * stride:y * stride + row]
        if ra != rb:
            gaps = [abs(p - q) for p, q in zip(ra, rb, strict=True) if p != q]
            count += len(gaps)
            worst = max(worst, *gaps)
    return count, worst


def test_strips_with_padded_rows_decode_to_the_given_pixels(qapp) -> None:
    from PySide6.QtGui import QImage

    width, height, stride = 5, 7, 20  # 15 bytes of pixels, 5 of padding per row
    rows = [b"".join(bytes((x * 40, y * 30, 200 - x)) for x in range(width)) for y in range(height)]
    padded = [row + b"\xee" * (stride - len(row)) for row in rows]
    handle = io.BytesIO()
    writer = PngStripWriter(handle, width, height, dots_per_meter=3780)
    writer.add_strip(b"".join(padded[:3]), 3, stride)
    writer.add_strip(b"".join(padded[3:]), 4, stride)
    writer.finish()
    data = handle.getvalue()
    tags = [tag for tag, _ in _chunks(data)]
    assert tags[:2] == [b"IHDR", b"pHYs"] and tags[-1] == b"IEND" and b"IDAT" in tags
    image = QImage.fromData(data, "PNG")
    assert (image.width(), image.height()) == (width, height)
    assert image.dotsPerMeterX() == 3780
    for y in range(height):
        for x in range(width):
            color = image.pixelColor(x, y)
            assert (color.red(), color.green(), color.blue()) == (x * 40, y * 30, 200 - x)


def test_missing_or_extra_rows_are_refused() -> None:
    writer = PngStripWriter(io.BytesIO(), 2, 3)
    writer.add_strip(b"\x00" * 12, 2, 6)
    with pytest.raises(ValueError, match="more rows"):
        writer.add_strip(b"\x00" * 12, 2, 6)
    with pytest.raises(ValueError, match="2 rows of 3"):
        writer.finish()


def test_a_write_error_on_the_thread_reaches_the_caller() -> None:
    class Full(io.BytesIO):
        def write(self, data):  # the header goes through, the first IDAT does not
            if b"IDAT" in bytes(data[:8]):
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    writer = PngStripWriter(Full(), 4, 2)
    writer.add_strip(b"\x01" * 24, 2, 12)
    with pytest.raises(OSError) as info:
        writer.finish()
    assert info.value.errno == errno.ENOSPC


def test_map_drawn_in_many_strips_equals_the_one_piece_picture(qapp, sample_path: Path, tmp_path: Path,
                                                                monkeypatch) -> None:
    from PySide6.QtGui import QImage

    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    monkeypatch.setattr(images, "PNG_STRIP_PIXELS", 150_000)  # ~100 rows a strip: cards cut across strips
    seen: list[int] = []
    export_image(ws, jid, tmp_path / "map.png", "png", ImageOptions(), progress=lambda p, _s: seen.append(p))
    picture = JourneyPicture(ws, jid, ImageOptions())
    try:
        whole = render_png_image(picture, 1.0)
    finally:
        picture.close()
    strips = images.png_strips(whole.height(), whole.width(), 150_000)
    assert len(strips) > 8
    written = QImage(str(tmp_path / "map.png"))
    assert written.size() == whole.size()
    # At scale 1 every strip boundary falls on a whole pixel: the same picture, except that an
    # antialiased edge cut by a boundary may differ by a level of grey.
    differing, worst = _differences(written, whole)
    assert worst <= 2 and differing < whole.width() * 4
    assert seen == sorted(seen) and seen[0] == 5 and seen[-1] == 100 and len(set(seen)) > len(strips) // 2


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for the exported file (the sample map lives in tmp_path)."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def test_disk_full_while_streaming_keeps_the_previous_file(qapp, sample_path: Path, folder: Path,
                                                           monkeypatch) -> None:
    ws = load_workspace(sample_path)
    target = folder / "map.png"
    target.write_bytes(b"previous")

    def full(self, final):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PngStripWriter, "_write_idat", full)
    with pytest.raises(ExportError, match="the disk is full"):
        export_image(ws, ws.journeys()[0].id, target, "png", ImageOptions())
    assert target.read_bytes() == b"previous"
    assert [p.name for p in folder.iterdir()] == ["map.png"]


def test_a_failure_while_drawing_stops_the_writer_thread(qapp, sample_path: Path, folder: Path,
                                                         monkeypatch) -> None:
    import threading

    ws = load_workspace(sample_path)
    target = folder / "map.png"
    monkeypatch.setattr(images, "PNG_STRIP_PIXELS", 150_000)
    calls = {"n": 0}
    real = JourneyPicture.paint

    def fail_third(self, painter, part=None):
        calls["n"] += 1
        if calls["n"] == 3:
            raise MemoryError
        return real(self, painter, part)

    monkeypatch.setattr(JourneyPicture, "paint", fail_third)
    with pytest.raises(MemoryError):
        export_image(ws, ws.journeys()[0].id, target, "png", ImageOptions())
    assert calls["n"] == 3 and not target.exists() and list(folder.iterdir()) == []
    assert not [t for t in threading.enumerate() if t.name == "png-strips"]

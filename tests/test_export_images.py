"""PNG, SVG and PDF images of a journey drawn from the canvas scene (headless)."""

from __future__ import annotations

import re
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.images import ImageOptions, export_image, picture_size
from tests.export_data import HOSTILE, add_hostile_rows
from tests.helpers import load_workspace


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def test_png_size_follows_the_scale(qapp, sample_path: Path, tmp_path: Path) -> None:
    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    size = picture_size(ws, jid, ImageOptions())
    export_image(ws, jid, tmp_path / "one.png", "png", ImageOptions(scale=1))
    export_image(ws, jid, tmp_path / "two.png", "png", ImageOptions(scale=2))
    w1, h1 = _png_size(tmp_path / "one.png")
    w2, h2 = _png_size(tmp_path / "two.png")
    assert (w1, h1) == (int(-(-size.width() // 1)), int(-(-size.height() // 1)))
    assert abs(w2 - 2 * w1) <= 1 and abs(h2 - 2 * h1) <= 1
    assert w1 > 1000 and h1 > 800  # five stages, seven lanes and the header
    data = (tmp_path / "one.png").read_bytes()
    assert data[25] == 2  # IHDR colour type 2: truecolour without alpha (the page is opaque)
    from PySide6.QtGui import QImage

    assert not QImage(str(tmp_path / "one.png")).hasAlphaChannel()


def test_png_too_big_is_refused_with_the_scale_that_fits(qapp, sample_path: Path, tmp_path: Path) -> None:
    ws = load_workspace(sample_path)
    target = tmp_path / "big.png"
    target.write_bytes(b"previous")
    with pytest.raises(ExportError, match=r"megapixels.*use a scale of [\d.]+ or less"):
        export_image(ws, ws.journeys()[0].id, target, "png", ImageOptions(scale=8, max_pixels=10_000_000))
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".png"] == ["big.png"]


def test_selection_is_a_smaller_picture(qapp, sample_path: Path, tmp_path: Path) -> None:
    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    card = next(c for c in ws.cards(jid) if c.title == "Anúncio nas redes sociais")
    full = picture_size(ws, jid, ImageOptions())
    part = picture_size(ws, jid, ImageOptions(card_ids=[card.id]))
    assert part.height() < full.height() / 2
    with pytest.raises(ExportError, match="None of the selected cards"):
        picture_size(ws, jid, ImageOptions(card_ids=[99999]))


def test_svg_is_xml_with_the_card_titles_as_text(qapp, sample_path: Path, tmp_path: Path) -> None:
    add_hostile_rows(sample_path)
    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    export_image(ws, jid, tmp_path / "map.svg", "svg", ImageOptions(lang="pt_BR"))
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert root.tag.endswith("svg")
    text = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    for title in ("Anúncio nas redes sociais", "Segue a marca", "Jornada de compra", "Ana Souza", "feliz"):
        assert title in text
    assert HOSTILE[1] in text  # "+1" stays plain text


def test_pdf_fits_one_page_or_tiles_a_poster(qapp, sample_path: Path, tmp_path: Path) -> None:
    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    export_image(ws, jid, tmp_path / "fit.pdf", "pdf", ImageOptions(page="A3"))
    assert (tmp_path / "fit.pdf").read_bytes().startswith(b"%PDF")
    assert _pdf_pages(tmp_path / "fit.pdf") == 1
    export_image(ws, jid, tmp_path / "poster.pdf", "pdf",
                 ImageOptions(page="A4", landscape=False, tiles_across=3))
    pages = _pdf_pages(tmp_path / "poster.pdf")
    assert pages % 3 == 0 and pages >= 6  # 3 across, the map is taller than one row of portrait pages
    export_image(ws, jid, tmp_path / "letter.pdf", "pdf", ImageOptions(page="Letter", tiles_across=2))
    # 2 landscape Letter pages across make the 1,470-unit-wide map ~506 mm wide, so ~400 mm tall:
    # three rows of 196 mm pages overlapping by 12 mm
    assert _pdf_pages(tmp_path / "letter.pdf") == 6
    with pytest.raises(ExportError, match="Unknown page size"):
        export_image(ws, jid, tmp_path / "x.pdf", "pdf", ImageOptions(page="B5"))
    assert not (tmp_path / "x.pdf").exists()


def test_cli_draws_headless(sample_path: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "m.png"
    result = subprocess.run([sys.executable, "-m", "jornada_desktop", "export", str(sample_path), "-o", str(out),
                             "--scale", "0.5"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    w, h = _png_size(out)
    assert 500 < w < 1000
    result = subprocess.run([sys.executable, "-m", "jornada_desktop", "export", str(sample_path), "-o",
                             str(tmp_path / "huge.png"), "--scale", "7.9"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "megapixels" in result.stderr


def test_images_carry_badges_metric_chips_and_persona_curves(qapp, sample_path: Path, tmp_path: Path) -> None:
    """The exported map shows what the canvas shows beside the cards."""
    from collections import Counter

    from jornada_desktop.canvas.improvement_badges import ImprovementBadges
    from jornada_desktop.canvas.metrics_lane import MetricsLane
    from jornada_desktop.canvas.persona_curves import PersonaCurves
    from jornada_desktop.canvas.scene import JourneyScene
    from jornada_desktop.exports.images import JourneyPicture

    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    canvas = JourneyScene(ws, jid, lang="pt_BR")  # the window's scene with its three hooks
    ImprovementBadges(canvas), MetricsLane(canvas), PersonaCurves(canvas)
    names = ("ImprovementBadgeItem", "MetricChipItem", "SeriesCurveItem", "CurveLegendItem")
    on_canvas = Counter(type(i).__name__ for i in canvas.items())
    assert all(on_canvas[n] for n in names), on_canvas
    picture = JourneyPicture(ws, jid, ImageOptions(lang="pt_BR"))
    exported = Counter(type(i).__name__ for i in picture.scene.items())
    chip_words = {i.text.split()[0] for i in picture.scene.items() if type(i).__name__ == "MetricChipItem"}
    picture.close()
    assert {n: exported[n] for n in names} == {n: on_canvas[n] for n in names}
    export_image(ws, jid, tmp_path / "map.svg", "svg", ImageOptions(lang="pt_BR"))
    text = " ".join("".join(el.itertext()) for el in ET.parse(tmp_path / "map.svg").getroot().iter()
                    if el.tag.endswith("text"))
    assert chip_words and all(word in text for word in chip_words), (chip_words, text[-300:])


def _cli(args: list[str]) -> subprocess.CompletedProcess:
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "jornada_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=180)


def test_a_poster_of_too_many_pages_is_refused_without_a_crash(sample_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"previous")
    result = _cli(["export", str(sample_path), "-o", str(target), "--tiles", "60"])
    # the painter was left active on the writer when the page count was refused: exit 139
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1 and "choose fewer pages across" in result.stderr
    assert target.read_bytes() == b"previous"


def test_cli_images_speak_the_language_asked_for(sample_path: Path, tmp_path: Path) -> None:
    for lang, corner in (("pt_BR", "Etapas → / Raias ↓"), ("en", "Stages → / Lanes ↓")):
        out = tmp_path / f"{lang}.svg"
        result = _cli(["export", str(sample_path), "-o", str(out), "--lang", lang])
        assert result.returncode == 0, result.stderr
        text = " ".join("".join(el.itertext()) for el in ET.parse(out).getroot().iter() if el.tag.endswith("text"))
        assert corner in text, text[:300]


def test_the_size_error_names_the_limit_that_was_passed(qapp, sample_path: Path, monkeypatch) -> None:
    from jornada_desktop.exports import images
    from jornada_desktop.exports.images import JourneyPicture, check_png_size

    ws = load_workspace(sample_path)
    picture = JourneyPicture(ws, ws.journeys()[0].id, ImageOptions())
    try:
        monkeypatch.setattr(images, "MAX_SIDE", 3000)
        with pytest.raises(ExportError) as side:
            check_png_size(picture, 4.0, max_pixels=10**9)
        assert "3000 pixels a side" in str(side.value).replace(",", "") and "megapixels" not in str(side.value)
        monkeypatch.setattr(images, "MAX_SIDE", 32_000)
        with pytest.raises(ExportError) as many:
            check_png_size(picture, 4.0, max_pixels=1_000_000)
        assert "limit of 1 megapixels;" in str(many.value) and "a side" not in str(many.value)
    finally:
        picture.close()


def test_a_cut_svg_or_pdf_never_replaces_the_previous_export(sample_path, tmp_path, monkeypatch) -> None:
    """Qt's SVG and PDF writers say nothing when the disk fills up; a file that did not come out
    whole is refused and the previous export stays as it was."""
    import pytest

    from jornada_desktop.exports import images
    from jornada_desktop.exports.errors import ExportError
    from tests.helpers import digest, load_workspace

    ws = load_workspace(sample_path)
    for fmt in ("svg", "pdf"):
        target = tmp_path / f"map.{fmt}"
        images.export_image(ws, 1, target, fmt)
        before = digest(target)
        writer = images._write_svg if fmt == "svg" else images._write_pdf

        def cut(picture, tmp, *args, writer=writer, **kwargs):  # noqa: ANN001, ANN202 - a full disk
            writer(picture, tmp, *args, **kwargs)
            data = tmp.read_bytes()
            tmp.write_bytes(data[: len(data) // 2])

        monkeypatch.setattr(images, f"_write_{fmt}", cut)
        with pytest.raises(ExportError) as caught:
            images.export_image(ws, 1, target, fmt)
        assert "disk may be full" in str(caught.value) and f"map.{fmt}" in str(caught.value)
        assert digest(target) == before
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

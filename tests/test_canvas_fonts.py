"""The canvas fonts are made once per role, and changing one a caller got changes nothing else."""

from __future__ import annotations

from jornada_desktop.canvas import style


def test_a_changed_font_is_the_callers_own(qapp) -> None:
    badge = style.font("badge")
    assert badge.pixelSize() == 10
    badge.setPixelSize(40)  # as an inline editor at a zoom, or a channel letter, resizes its font
    assert style.font("badge").pixelSize() == 10
    assert style.shared_font("badge").pixelSize() == 10
    assert style.metrics("badge").height() < 20
    assert style.shared_font("title") is style.shared_font("title")  # made once
    assert style.font("title") is not style.shared_font("title")

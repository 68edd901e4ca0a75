"""A persona sheet: one page with the photo, role, quote, goals, expectations, frustrations, channels.

Drawn with QPainter on a QImage (PNG) or a QPdfWriter (PDF), written to a temporary file beside
the target and renamed into place, so a failed export leaves any previous file untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.entities import Persona
from jornada_desktop.widgets.personas.photo import avatar_pixmap

SHEET_W, SHEET_H = 1600, 1000  # logical size of the sheet; PNG pixels, scaled onto the PDF page
INK = QColor("#1F2328")
MUTED = QColor("#5B6370")


class SheetError(OSError):
    """The sheet could not be written; the message is a sentence for the user."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaSheet", text)


def _font(px: int, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def paint_sheet(painter: QPainter, persona: Persona, lang: str = "en") -> None:
    """Paint the sheet in logical coordinates 0..SHEET_W × 0..SHEET_H."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    color = QColor(persona.color)
    painter.fillRect(QRectF(0, 0, SHEET_W, SHEET_H), QColor("#FFFFFF"))
    painter.fillRect(QRectF(0, 0, SHEET_W, 24), color)
    # Left column: avatar, name, role, channels.
    left = QRectF(60, 80, 400, SHEET_H - 140)
    painter.fillRect(QRectF(0, 24, 520, SHEET_H - 24), QColor("#F6F7F9"))
    painter.drawPixmap(QRect(110, 80, 300, 300), avatar_pixmap(persona.photo, persona.name, persona.color, 300, 2.0))
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    painter.setPen(INK)
    painter.setFont(_font(40, bold=True))
    name_rect = painter.boundingRect(QRectF(left.x(), 410, left.width(), 200), flags, persona.name)
    painter.drawText(name_rect, flags, persona.name)
    painter.setPen(MUTED)
    painter.setFont(_font(24))
    role_rect = painter.boundingRect(QRectF(left.x(), name_rect.bottom() + 12, left.width(), 200), flags, persona.role)
    painter.drawText(role_rect, flags, persona.role)
    y = role_rect.bottom() + 40
    channels = [v.label(v.CHANNELS, c, lang) for c in persona.channels.split(",") if c]
    if channels:
        painter.setPen(color.darker(130))
        painter.setFont(_font(20, bold=True))
        painter.drawText(QRectF(left.x(), y, left.width(), 30), int(Qt.AlignmentFlag.AlignLeft), _tr("Preferred channels"))
        y += 40
        painter.setFont(_font(22))
        painter.setPen(INK)
        for channel in channels[:10]:
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(left.x() + 4, y + 9, 10, 10))
            painter.setPen(INK)
            painter.drawText(QRectF(left.x() + 26, y, left.width() - 26, 30), int(Qt.AlignmentFlag.AlignLeft), channel)
            y += 34
    # Right: the quote, then goals, expectations and frustrations.
    x0, width = 580.0, SHEET_W - 580.0 - 60
    y = 80.0
    if persona.quote:
        painter.fillRect(QRectF(x0, y, 8, 110), color)
        painter.setPen(INK)
        painter.setFont(_font(30, italic=True))
        quote = "“" + persona.quote.strip('“”"') + "”"
        text_flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        painter.drawText(QRectF(x0 + 30, y, width - 30, 110), text_flags, quote)
        y += 150
    sections = [(_tr("Goals"), persona.goals), (_tr("Expectations"), persona.expectations),
                (_tr("Frustrations"), persona.frustrations)]
    box_h = (SHEET_H - 60 - y - 2 * 24) / 3
    body_flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    for title, body in sections:
        box = QRectF(x0, y, width, box_h)
        painter.setPen(QPen(QColor("#D9DDE3"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 12, 12)
        painter.setPen(color.darker(130))
        painter.setFont(_font(24, bold=True))
        painter.drawText(box.adjusted(24, 16, -24, 0), int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setPen(INK)
        painter.setFont(_font(22))
        painter.drawText(box.adjusted(24, 56, -24, -16), body_flags, body or "—")
        y += box_h + 24


def sheet_image(persona: Persona, lang: str = "en", scale: float = 1.0) -> QImage:
    """The sheet as an image (SHEET_W × SHEET_H times scale)."""
    image = QImage(round(SHEET_W * scale), round(SHEET_H * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_sheet(painter, persona, lang)
    painter.end()
    return image


def _write_pdf(persona: Persona, lang: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setTitle(persona.name)
    writer.setCreator("Jornada")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise SheetError(_tr("The PDF could not be started."))
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        scale = min(page.width() / SHEET_W, page.height() / SHEET_H)
        painter.scale(scale, scale)
        paint_sheet(painter, persona, lang)
    finally:
        painter.end()


def export_persona_sheet(persona: Persona, target: str | Path, lang: str = "en") -> Path:
    """Write the sheet as PNG or PDF (by the file's suffix) atomically; raise SheetError with a sentence."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise SheetError(_tr("Please choose a name ending in .png or .pdf."))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".persona.", suffix=f".tmp{suffix}", dir=target.parent)
    except OSError as exc:
        raise SheetError(_tr("“%1” could not be written (%2).").replace("%1", target.name)
                         .replace("%2", exc.strerror or str(exc))) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if suffix == ".png":
            if not sheet_image(persona, lang).save(str(tmp), "PNG"):
                raise SheetError(_tr("“%1” could not be written.").replace("%1", target.name))
        else:
            _write_pdf(persona, lang, tmp)
        if tmp.stat().st_size == 0:
            raise SheetError(_tr("“%1” could not be written.").replace("%1", target.name))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, SheetError):
            raise
        raise SheetError(_tr("“%1” could not be written (%2).").replace("%1", target.name)
                         .replace("%2", exc.strerror or str(exc))) from None
    return target

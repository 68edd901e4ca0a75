"""Persona photos: import an image file safely (size caps, scaled down, PNG bytes) and draw avatars."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPixmap

from jornada_desktop.model.image_safety import image_size, photo_problem

MAX_SIDE = 512  # stored photos are at most this many pixels wide and high
MAX_FILE_BYTES = 30 * 1024 * 1024  # a larger file is refused before it is read
MAX_PIXELS = 50_000_000  # a larger image (e.g. 10,000 × 10,000) is refused before it is decoded
ALLOCATION_LIMIT_MB = 256  # Qt refuses to allocate more than this for one decoded image


class PhotoError(ValueError):
    """An image that cannot be used as a persona photo; the message is a sentence for the user."""


PHOTO_FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"bmp", b"webp"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaPhoto", text)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def scaled_png(image: QImage, max_side: int = MAX_SIDE) -> bytes:
    """The image scaled down to fit max_side (never up), as PNG bytes."""
    if image.width() > max_side or image.height() > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return _png_bytes(image)


def load_photo(path: str | Path, max_side: int = MAX_SIDE) -> bytes:
    """Read an image file and return it as PNG bytes at most max_side pixels on a side.

    Refuses (PhotoError with a sentence) what is not an image Qt can read, files over 30 MB and
    images over 50 million pixels, checking the header's size before decoding anything.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError:
        raise PhotoError(_tr("The file “%1” could not be read.").replace("%1", name)) from None
    if not path.is_file():
        raise PhotoError(_tr("“%1” is not a file.").replace("%1", name))
    if size > MAX_FILE_BYTES:
        raise PhotoError(_tr("“%1” is too large for a photo (more than 30 MB).").replace("%1", name))
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    if not reader.canRead():
        raise PhotoError(_tr("“%1” is not an image Jornada can read (use PNG, JPEG, GIF or BMP).")
                         .replace("%1", name))
    if bytes(reader.format().data()).lower() not in PHOTO_FORMATS:
        # An SVG drawing can name other files (<image href="/home/…">) that would be read and kept
        # in the map: only plain raster formats are taken.
        raise PhotoError(_tr("“%1” is a drawing (%2), not a photo; save it as PNG or JPEG first.")
                         .replace("%1", name).replace("%2", bytes(reader.format().data()).decode("ascii", "replace")
                                                      .upper()))
    dims: QSize = reader.size()
    if dims.isValid() and dims.width() * dims.height() > MAX_PIXELS:
        raise PhotoError(_tr("“%1” is too large: %2 × %3 pixels (at most 50 million pixels).")
                         .replace("%1", name).replace("%2", str(dims.width())).replace("%3", str(dims.height())))
    if dims.isValid() and (dims.width() > max_side or dims.height() > max_side):
        # Decode straight at the small size when the format can (JPEG does it much faster).
        reader.setScaledSize(dims.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise PhotoError(_tr("“%1” could not be read as an image (%2).")
                         .replace("%1", name).replace("%2", reader.errorString()))
    return scaled_png(image, max_side)


def photo_image(data: bytes | None) -> QImage:
    """The stored photo as an image (a null image when missing, unreadable or too big to decode).

    The bytes come from a file anybody may have made: their header is checked first (known format,
    sane size: model/image_safety.py), so a small "decompression bomb" is never decoded.
    """
    image = QImage()
    if data and photo_problem(data) is None:
        image.loadFromData(data, image_size(data)[0].upper())  # type: ignore[index]
    return image


def initials(name: str) -> str:
    """Up to two initials of a name, for an avatar without a photo."""
    parts = [p for p in name.split() if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:1].upper()
    return (parts[0][:1] + parts[-1][:1]).upper()


def avatar_pixmap(photo: bytes | None, name: str, color: str, diameter: int, ratio: float = 1.0) -> QPixmap:
    """A round avatar: the photo cropped to a circle, or the initials on the persona's colour."""
    side = max(1, round(diameter * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    circle = QPainterPath()
    circle.addEllipse(QRectF(1, 1, side - 2, side - 2))
    image = photo_image(photo)
    if not image.isNull():
        painter.setClipPath(circle)
        cropped = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                               Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((side - cropped.width()) // 2, (side - cropped.height()) // 2, cropped)
        painter.setClipping(False)
    else:
        painter.fillPath(circle, QColor(color))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, side // 3))
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, initials(name))
    pen_color = QColor(color)
    painter.setPen(pen_color)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(1, 1, side - 2, side - 2))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap

"""Images of a journey (PNG, SVG, vector PDF) drawn from the canvas scene in export mode.

Each image is the map (or the selected cards) under a header band: the journey's title, its
personas, the date and the emotion legend. PDFs fit on one page or are tiled over several pages
with an overlap and marks to glue a wall poster. Needs a QApplication (the CLI makes an offscreen one).
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from jornada_desktop import __version__
from jornada_desktop.exports.atomic import atomic_path
from jornada_desktop.exports.cells import ILLEGAL_XML_RE
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.workspace import Workspace

IMAGE_FORMATS = ("png", "svg", "pdf")
MAX_PIXELS = 60_000_000  # a PNG bigger than this (about 240 MB in memory) is refused
MAX_SIDE = 32_000  # pixels; QPainter's raster engine limit is near 32,767
MAX_SCALE = 8.0
HEADER_H = 84.0
PAD = 24.0
MIN_WIDTH = 760.0
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3,
              "Letter": QPageSize.PageSizeId.Letter}
PAGE_MARGIN_MM = 10.0
OVERLAP_MM = 12.0
MAX_PAGES = 400
_WORDS = {
    "personas": ("Personas", "Personas"),
    "exported": ("Exported", "Exportado em"),
    "page": ("Page", "Página"),
    "row": ("row", "linha"),
    "column": ("column", "coluna"),
    "glue": ("glue over the shaded strip", "cole sobre a faixa sombreada"),
}
Progress = Callable[[int, str], None]


def _w(key: str, lang: str) -> str:
    pair = _WORDS[key]
    return pair[1] if lang.startswith("pt") else pair[0]


# A PNG is drawn in strips of about this many pixels, each compressed on a second thread while
# the next is drawn (exports/png_stream.py): ~8 MB of image in memory at a time instead of the
# whole picture, and the progress bar moves while a big map is drawn.
PNG_STRIP_PIXELS = 2_000_000


DEFAULT_CURVES = {"as_is": False, "to_be": False, "personas": True, "summary": False, "room": True}


@dataclass
class ImageOptions:
    """How to draw: PNG scale, PDF page and tiling, language, and an optional selection of cards."""

    scale: float = 1.0
    page: str = "A4"
    landscape: bool = True
    tiles_across: int = 1  # PDF: 1 = fit to one page; N = poster N pages wide
    lang: str = "en"
    card_ids: list[int] | None = None  # only these cards' area (None = the whole journey)
    header: bool = True
    max_pixels: int = MAX_PIXELS
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    # Curve families drawn besides the experience curve, as the canvas shows them (the window passes
    # its Curves menu: as_is is the "current (average)" curve); the default is the canvas's default.
    curves: dict[str, bool] = field(default_factory=lambda: dict(DEFAULT_CURVES))
    isolated_personas: list[int] = field(default_factory=list)  # the persona filter: only these personas' curves


class JourneyPicture:
    """The picture of one journey: a header band over the scene's map, in scene units."""

    def __init__(self, ws: Workspace, journey_id: int, options: ImageOptions) -> None:
        from jornada_desktop.canvas.scene import JourneyScene

        journey = ws.get("journeys", journey_id)
        if journey is None:
            raise ExportError(Sentence("The journey %1 does not exist in this file.", str(journey_id)))
        self.ws = ws
        self.journey = journey
        self.options = options
        self.lang = "pt_BR" if options.lang.lower().startswith("pt") else "en"
        self.scene = JourneyScene(ws, journey_id, lang=self.lang)
        # What the canvas shows beside the cards: improvement counts, the metrics lane's chips,
        # a curve per persona with its legend.
        from jornada_desktop.canvas.improvement_badges import ImprovementBadges
        from jornada_desktop.canvas.metrics_lane import MetricsLane
        from jornada_desktop.canvas.persona_curves import PersonaCurves

        self.scene.improvement_badges = ImprovementBadges(self.scene)
        self.scene.metrics_lane = MetricsLane(self.scene)
        self.scene.persona_curves = PersonaCurves(self.scene, dict(options.curves))
        self.scene.persona_curves.set_isolated(set(options.isolated_personas))
        self.scene.clearSelection()
        self.scene.set_export_mode(True)
        for item in self.scene.items():  # no pixmap caches: vector output keeps shapes and text
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.source = self._source_rect(options.card_ids)
        self.header_h = HEADER_H if options.header else 0.0
        self.width = max(self.source.width(), MIN_WIDTH if options.header else 1.0)
        self.height = self.header_h + self.source.height()

    def _source_rect(self, card_ids: Iterable[int] | None) -> QRectF:
        full = self.scene.export_rect()
        if not card_ids:
            return full
        rect = QRectF()
        for card_id in card_ids:
            item = self.scene.card_items.get(card_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if rect.isEmpty():
            raise ExportError(Sentence("None of the selected cards is on this journey; nothing to export."))
        return rect.adjusted(-PAD, -PAD, PAD, PAD).intersected(full)

    def close(self) -> None:
        """Free the scene."""
        self.scene.clear()
        self.scene.deleteLater()

    # ---- drawing --------------------------------------------------------------------------
    def paint(self, painter: QPainter, part: QRectF | None = None) -> None:
        """Draw the picture at (0, 0) in scene units; only what falls in `part` when given."""
        whole = QRectF(0, 0, self.width, self.height)
        part = whole if part is None else part.intersected(whole)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(part, QColor("#FFFFFF"))
        if self.header_h and part.top() < self.header_h:
            self._paint_header(painter)
        target = QRectF(0, self.header_h, self.source.width(), self.source.height()).intersected(part)
        if target.isEmpty():
            return
        source = target.translated(self.source.x(), self.source.y() - self.header_h)
        self.scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)

    def _paint_header(self, painter: QPainter) -> None:
        from jornada_desktop.canvas import style
        from jornada_desktop.canvas.painting import draw_face

        lang = self.lang
        painter.save()
        title_font = QFont(style.font("header"))
        title_font.setPixelSize(22)
        small = QFont(style.font("body"))
        small.setPixelSize(13)
        personas = ", ".join(p.name for _, p in self.ws.journey_personas(self.journey.id))
        legend_w = 5 * 96.0
        text_w = max(120.0, self.width - legend_w - 3 * PAD)
        painter.setPen(QColor("#1F2933"))
        painter.setFont(title_font)
        fm = QFontMetricsF(title_font)
        title = fm.elidedText(self.journey.title, Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(QPointF(PAD, PAD + fm.ascent()), title)
        painter.setFont(small)
        sm = QFontMetricsF(small)
        line = f"{_w('personas', lang)}: {personas or '—'}   ·   {_w('exported', lang)}: {self.options.date}"
        line += f"   ·   {v.label(v.JOURNEY_KINDS, self.journey.kind, lang)}"
        painter.setPen(QColor("#52606D"))
        painter.drawText(QPointF(PAD, PAD + fm.height() + 6 + sm.ascent()),
                         sm.elidedText(line, Qt.TextElideMode.ElideRight, text_w))
        x = self.width - PAD - legend_w
        cy = PAD + 16
        painter.setPen(QColor("#1F2933"))
        for value in sorted(v.EMOTIONS, reverse=True):
            draw_face(painter, QPointF(x + 14, cy), 26.0, value)
            painter.setPen(QColor("#1F2933"))
            painter.setFont(small)
            label = f"{value:+d} {v.emotion_label(value, lang)}" if value else f"0 {v.emotion_label(0, lang)}"
            painter.drawText(QRectF(x + 14 - 48, cy + 16, 96, 20), Qt.AlignmentFlag.AlignHCenter, label)
            x += 96.0
        painter.setPen(QPen(QColor("#D9DEE4"), 1))
        painter.drawLine(QPointF(0, self.header_h - 0.5), QPointF(self.width, self.header_h - 0.5))
        painter.restore()


# ---- formats --------------------------------------------------------------------------------
def png_size(picture: JourneyPicture, scale: float) -> QSize:
    """The pixel size of a PNG at a scale."""
    return QSize(max(1, math.ceil(picture.width * scale)), max(1, math.ceil(picture.height * scale)))


def check_png_size(picture: JourneyPicture, scale: float, max_pixels: int = MAX_PIXELS) -> QSize:
    """The PNG's size, or ExportError saying how big it would be and which scale fits."""
    if not (0 < scale <= MAX_SCALE) or not math.isfinite(scale):
        raise ExportError(Sentence("The scale must be more than 0 and at most %1 (got %2).", float(MAX_SCALE), float(scale)))
    size = png_size(picture, scale)
    pixels = size.width() * size.height()
    too_many = pixels > max_pixels
    too_long = max(size.width(), size.height()) > MAX_SIDE
    if not (too_many or too_long):
        return size
    fit = min(math.sqrt(max_pixels / (picture.width * picture.height)),
              MAX_SIDE / max(picture.width, picture.height))
    fit = math.floor(fit * 100) / 100
    if too_many and too_long:
        raise ExportError(Sentence(
            "The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels and %5 "
            "pixels a side; use a scale of %6 or less, or export a PDF or SVG.",
            size.width(), size.height(), round(pixels / 1e6), round(max_pixels / 1e6), MAX_SIDE, fit))
    if too_many:
        raise ExportError(Sentence(
            "The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels; "
            "use a scale of %5 or less, or export a PDF or SVG.",
            size.width(), size.height(), round(pixels / 1e6), round(max_pixels / 1e6), fit))
    raise ExportError(Sentence(
        "The image would be %1 × %2 pixels, more than the limit of %3 pixels a side; "
        "use a scale of %4 or less, or export a PDF or SVG.",
        size.width(), size.height(), MAX_SIDE, fit))


def render_png_image(picture: JourneyPicture, scale: float, max_pixels: int = MAX_PIXELS) -> QImage:
    """The picture as a QImage at a scale (1 = 96 dpi)."""
    size = check_png_size(picture, scale, max_pixels)
    # Opaque (the page is white): a PNG without an alpha channel is ~10% smaller and saves ~25%
    # faster than ARGB (a 35-megapixel map: 1.8 s → 1.4 s).
    image = QImage(size, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportError(Sentence("There is not enough memory for an image this big; lower the scale."))
    image.fill(QColor("#FFFFFF"))
    dpm = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    painter = QPainter(image)
    painter.scale(scale, scale)
    picture.paint(painter)
    painter.end()
    return image


def png_strips(height: int, width: int, strip_pixels: int = PNG_STRIP_PIXELS) -> list[tuple[int, int]]:
    """(first row, rows) of the strips a PNG of this size is drawn in, from the top."""
    step = max(16, strip_pixels // max(1, width))
    return [(y, min(step, height - y)) for y in range(0, height, step)]


def _write_png(picture: JourneyPicture, tmp: Path, options: ImageOptions,
               progress: Progress | None = None) -> None:
    """Draw the picture strip by strip into a PNG file (see exports/png_stream.py)."""
    from jornada_desktop.exports.png_stream import PngStripWriter

    size = check_png_size(picture, options.scale, options.max_pixels)
    width, height, scale = size.width(), size.height(), options.scale
    strips = png_strips(height, width, PNG_STRIP_PIXELS)
    with open(tmp, "wb") as handle:
        writer = PngStripWriter(handle, width, height, round(96 * scale / 0.0254))
        try:
            for top, rows in strips:
                strip = QImage(width, rows, QImage.Format.Format_RGB32)
                if strip.isNull():
                    raise ExportError(Sentence("There is not enough memory for an image this big; lower the scale."))
                strip.fill(QColor("#FFFFFF"))
                painter = QPainter(strip)
                try:
                    painter.translate(0, -top)
                    painter.scale(scale, scale)
                    picture.paint(painter, QRectF(0, top / scale, width / scale, rows / scale))
                finally:
                    painter.end()  # (a painter left active on a freed image crashes the process)
                rgb = strip.convertToFormat(QImage.Format.Format_RGB888)
                writer.add_strip(rgb.constBits(), rows, rgb.bytesPerLine())
                if progress:
                    progress(5 + round(90 * (top + rows) / height), "draw")
            writer.finish()
        except BaseException:
            writer.abort()
            raise


def verify_complete(path: Path, fmt: str, name: str) -> None:
    """Refuse a written SVG or PDF that did not come out whole (Qt's writers say nothing when the
    disk fills up: the cut file used to replace the previous good one): an SVG must end its root
    element, a PDF must end with its %%EOF trailer."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 1024))
            tail = handle.read()
    except OSError as exc:
        raise ExportError(Sentence("“%1” could not be read back (%2).", name, exc.strerror or str(exc))) from None
    whole = b"</svg>" in tail if fmt == "svg" else b"%%EOF" in tail
    if not whole:
        raise ExportError(Sentence("“%1” could not be written whole (the disk may be full); any previous file "
                                   "there was left as it was.", name))


def _write_svg(picture: JourneyPicture, tmp: Path, options: ImageOptions) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(tmp))
    size = QSize(math.ceil(picture.width), math.ceil(picture.height))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(96)
    generator.setTitle(picture.journey.title)
    generator.setDescription(f"Jornada {__version__}")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(Sentence("“%1” could not be opened for writing.", tmp.name))
    picture.paint(painter)
    painter.end()
    text = tmp.read_text("utf-8", errors="replace")
    if ILLEGAL_XML_RE.search(text):  # control characters in user text would make the XML invalid
        tmp.write_text(ILLEGAL_XML_RE.sub("", text), "utf-8")


def _page_layout(options: ImageOptions) -> QPageLayout:
    if options.page not in PAGE_SIZES:
        raise ExportError(Sentence("Unknown page size “%1”: choose A4, A3 or Letter.", str(options.page)))
    orientation = QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    margin = PAGE_MARGIN_MM
    return QPageLayout(QPageSize(PAGE_SIZES[options.page]), orientation,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)


def pdf_tiles(picture: JourneyPicture, options: ImageOptions, page_w: float, page_h: float,
              overlap: float) -> tuple[float, list[QRectF]]:
    """The scale (device units per scene unit) and the picture's part on each page, row by row."""
    across = max(1, int(options.tiles_across))
    if across == 1:
        scale = min(page_w / picture.width, page_h / picture.height)
        return scale, [QRectF(0, 0, picture.width, picture.height)]
    ov = overlap  # device units
    scale = (across * page_w - (across - 1) * ov) / picture.width
    tile_w, tile_h = page_w / scale, page_h / scale
    step_x, step_y = (page_w - ov) / scale, (page_h - ov) / scale
    rows = max(1, math.ceil((picture.height - tile_h) / step_y) + 1 if picture.height > tile_h else 1)
    if across * rows > MAX_PAGES:
        raise ExportError(Sentence("The poster would need %1 pages (more than %2); choose fewer pages across.",
                                   across * rows, MAX_PAGES))
    return scale, [QRectF(c * step_x, r * step_y, tile_w, tile_h) for r in range(rows) for c in range(across)]


def page_count(picture: JourneyPicture, options: ImageOptions, resolution: int = 300) -> int:
    """How many PDF pages the picture takes with these page options."""
    page = _page_layout(options).paintRectPixels(resolution)
    overlap = OVERLAP_MM / 25.4 * resolution
    return len(pdf_tiles(picture, options, float(page.width()), float(page.height()), overlap)[1])


def _write_pdf(picture: JourneyPicture, tmp: Path, options: ImageOptions,
               progress: Progress | None = None) -> int:
    writer = QPdfWriter(str(tmp))
    writer.setResolution(300)
    writer.setCreator(f"Jornada {__version__}")
    writer.setTitle(picture.journey.title)
    if not writer.setPageLayout(_page_layout(options)):
        raise ExportError(Sentence("The page size could not be set."))
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    page_w, page_h = float(page.width()), float(page.height())
    overlap = OVERLAP_MM / 25.4 * writer.resolution()
    # The pages are counted before the painter begins: a painter left active on the writer when
    # pdf_tiles refuses the poster crashed the process as the writer was freed (exit 139).
    scale, tiles = pdf_tiles(picture, options, page_w, page_h, overlap)
    across = max(1, int(options.tiles_across))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(Sentence("“%1” could not be opened for writing.", tmp.name))
    try:
        for index, tile in enumerate(tiles):
            if index:
                writer.newPage()
            painter.save()
            painter.setClipRect(QRectF(0, 0, page_w, page_h))
            if len(tiles) == 1:  # fit: centre the picture on the page
                painter.translate((page_w - picture.width * scale) / 2, (page_h - picture.height * scale) / 2)
            painter.scale(scale, scale)
            painter.translate(-tile.x(), -tile.y())
            picture.paint(painter, tile)
            painter.restore()
            if len(tiles) > 1:
                _paint_tile_marks(painter, index, across, len(tiles) // across, page_w, page_h, overlap,
                                  picture.lang, writer.resolution())
            if progress:
                progress(10 + int(85 * (index + 1) / len(tiles)), "page")
    finally:
        painter.end()
    return len(tiles)


def _paint_tile_marks(painter: QPainter, index: int, across: int, rows: int, page_w: float, page_h: float,
                      overlap: float, lang: str, dpi: int) -> None:
    """Shade the strips that the next pages cover, with dashed cut lines and the page's place."""
    r, c = divmod(index, across)
    painter.save()
    shade = QColor(37, 99, 235, 28)
    pen = QPen(QColor("#2563EB"), dpi / 150.0, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    if c < across - 1:
        strip = QRectF(page_w - overlap, 0, overlap, page_h)
        painter.fillRect(strip, shade)
        painter.drawLine(QPointF(strip.left(), 0), QPointF(strip.left(), page_h))
    if r < rows - 1:
        strip = QRectF(0, page_h - overlap, page_w, overlap)
        painter.fillRect(strip, shade)
        painter.drawLine(QPointF(0, strip.top()), QPointF(page_w, strip.top()))
    font = QFont()
    font.setPixelSize(round(dpi * 0.09))
    painter.setFont(font)
    painter.setPen(QColor("#2563EB"))
    label = (f"{_w('page', lang)} {index + 1}/{across * rows} · {_w('row', lang)} {r + 1}, "
             f"{_w('column', lang)} {c + 1} · {_w('glue', lang)}")
    painter.drawText(QRectF(0, page_h - overlap - dpi * 0.16, page_w - overlap - dpi * 0.05, dpi * 0.14),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
    painter.restore()


def export_image(ws: Workspace, journey_id: int, target: str | Path, fmt: str,
                 options: ImageOptions | None = None, progress: Progress | None = None) -> Path:
    """Draw the journey (or the selected cards) as PNG, SVG or PDF into `target`, atomically."""
    options = options or ImageOptions()
    fmt = fmt.lower()
    if fmt not in IMAGE_FORMATS:
        raise ExportError(Sentence("Unknown image format “%1”: choose png, svg or pdf.", str(fmt)))
    picture = JourneyPicture(ws, journey_id, options)
    try:
        if fmt == "png":
            check_png_size(picture, options.scale, options.max_pixels)  # before any file is made
        if progress:
            progress(5, "draw")
        with atomic_path(target) as tmp:
            if fmt == "png":
                _write_png(picture, tmp, options, progress)
            elif fmt == "svg":
                _write_svg(picture, tmp, options)
            else:
                _write_pdf(picture, tmp, options, progress)
            if fmt != "png":  # (the PNG writer checks every write itself)
                verify_complete(tmp, fmt, Path(target).name)
        if progress:
            progress(100, "done")
    finally:
        picture.close()
    return Path(target)


def preview_image(ws: Workspace, journey_id: int, options: ImageOptions, max_side: int = 480) -> QImage:
    """A small picture of what an export will look like (for the export dialog)."""
    picture = JourneyPicture(ws, journey_id, options)
    try:
        scale = min(1.0, max_side / max(picture.width, picture.height))
        return render_png_image(picture, scale)
    finally:
        picture.close()


def picture_size(ws: Workspace, journey_id: int, options: ImageOptions) -> QSizeF:
    """The picture's size in scene units (1 unit = 1 pixel at scale 1)."""
    picture = JourneyPicture(ws, journey_id, options)
    try:
        return QSizeF(picture.width, picture.height)
    finally:
        picture.close()

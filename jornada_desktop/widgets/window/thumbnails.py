"""Thumbnails of the bundled templates, rendered from the template itself and cached on disk."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from jornada_desktop import __version__
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store import Store
from jornada_desktop.templates import create_from_template, template_path

THUMB_SIZE = QSize(232, 144)
RENDERER_VERSION = "2"
KIND_COLORS = {"touchpoint": "#2563C9", "action": "#6D45C4", "pain_point": "#C83A3A",
               "opportunity": "#1E8A4C", "note": "#D4A514", "text": "#7B8794"}
STAGE_COLORS = ("#2F6FB3", "#0F8B8D", "#2E8B57", "#D97706", "#C8372D", "#8B5CF6", "#DB2777", "#475569")


def cache_dir() -> Path:
    """Where rendered thumbnails are kept between runs."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or tempfile.gettempdir()) / "template-thumbnails"


def _cache_key(name: str, lang: str, size: QSize) -> str:
    digest = hashlib.sha256(template_path(name, lang).read_bytes()).hexdigest()[:16]
    return f"{name}.{lang}.{size.width()}x{size.height()}.{digest}.{__version__}.{RENDERER_VERSION}.png"


def template_workspace(name: str, lang: str) -> Workspace:
    """The rows a new file from this template would hold (made in a temporary file, then read back)."""
    with tempfile.TemporaryDirectory(prefix="jornada-thumb-") as folder:
        path = Path(folder) / "template.jornada"
        create_from_template(path, name, lang).close()
        store = Store.open(path, read_only=True)
        try:
            return store.load_workspace()
        finally:
            store.close()


def _render_with_scene(ws: Workspace, journey_id: int, size: QSize) -> QImage | None:
    """The journey drawn by the canvas scene (None when the canvas cannot draw it here)."""
    try:
        from jornada_desktop.canvas.render import render_journey_image  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return render_journey_image(ws, journey_id, size)
    except Exception:  # noqa: BLE001 - a thumbnail is decoration: fall back to the sketch
        return None


def sketch_journey(ws: Workspace, journey_id: int, size: QSize) -> QImage:
    """A miniature of a journey: coloured stage headers, lane rows, cards as chips in their kind's colour."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    stages = ws.stages(journey_id)
    lanes = [ln for ln in ws.lanes(journey_id) if not ln.hidden]
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = size.width(), size.height()
    margin, header_h, lane_w = 6.0, 16.0, 22.0
    grid = QRectF(margin, margin, w - 2 * margin, h - 2 * margin)
    cols = max(1, len(stages))
    rows = max(1, len(lanes))
    col_w = (grid.width() - lane_w) / cols
    row_h = (grid.height() - header_h) / rows
    for i, stage in enumerate(stages):
        color = QColor(stage.color) if stage.color and QColor(stage.color).isValid() else QColor(
            STAGE_COLORS[i % len(STAGE_COLORS)])
        rect = QRectF(grid.left() + lane_w + i * col_w + 1, grid.top(), col_w - 2, header_h - 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 3, 3)
    for r, lane in enumerate(lanes):
        top = grid.top() + header_h + r * row_h
        painter.setBrush(QColor("#F4F6F8") if r % 2 else QColor("#FAFBFC"))
        painter.drawRect(QRectF(grid.left(), top, grid.width(), row_h))
        painter.setBrush(QColor("#D9DEE4"))
        painter.drawRect(QRectF(grid.left(), top + 2, lane_w - 4, row_h - 4))
        for c, stage in enumerate(stages):
            cards = ws.cards_in_cell(stage.id, lane.id)
            left = grid.left() + lane_w + c * col_w + 3
            chip_h = min(7.0, max(3.0, (row_h - 4) / max(1, len(cards)) - 2))
            for k, card in enumerate(cards):
                y = top + 2 + k * (chip_h + 2)
                if y + chip_h > top + row_h - 1:
                    break
                painter.setBrush(QColor(card.color) if card.color else QColor(KIND_COLORS.get(card.kind, "#7B8794")))
                painter.drawRoundedRect(QRectF(left, y, col_w - 6, chip_h), 2, 2)
            if lane.kind == "emotions":
                values = [card.emotion for card in ws.cards(journey_id)
                          if card.stage_id == stage.id and card.emotion is not None]
                if values:
                    level = sum(values) / len(values)
                    y = top + row_h / 2 - level * (row_h / 5)
                    painter.setBrush(QColor("#D97706"))
                    painter.drawEllipse(QRectF(left + col_w / 2 - 6, y - 3, 6, 6))
    painter.setPen(QPen(QColor("#CBD2D9"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(grid.adjusted(0, header_h, 0, 0))
    painter.end()
    return image


def render_template_thumbnail(name: str, lang: str, size: QSize = THUMB_SIZE) -> QImage:
    """A fresh thumbnail of a template's journey (the canvas's own drawing when available)."""
    ws = template_workspace(name, lang)
    journeys = ws.journeys()
    if not journeys:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#FFFFFF"))
        return image
    return _render_with_scene(ws, journeys[0].id, size) or sketch_journey(ws, journeys[0].id, size)


def template_thumbnail(name: str, lang: str, size: QSize = THUMB_SIZE) -> QPixmap:
    """A template's thumbnail, from the disk cache when the template has not changed."""
    folder = cache_dir()
    path = folder / _cache_key(name, lang, size)
    if path.exists():
        pixmap = QPixmap(str(path))
        if not pixmap.isNull():
            return pixmap
    image = render_template_thumbnail(name, lang, size)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.png")
        if image.save(str(tmp), "PNG"):
            tmp.replace(path)
    except OSError:
        pass  # no cache this time; the picture is still shown
    return QPixmap.fromImage(image)

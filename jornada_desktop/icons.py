"""The app's own SVG icons (resources/icons/), drawn in the palette's text colour at any size."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from jornada_desktop.paths import resource

CURRENT_COLOR = "currentColor"


@cache
def _svg_text(name: str) -> str:
    path = resource("icons", f"{name}.svg")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def icon_names() -> list[str]:
    """The names of every bundled icon (file names without `.svg`)."""
    return sorted(p.stem for p in resource("icons").glob("*.svg"))


def _ink(mode: QIcon.Mode) -> QColor:
    """The colour of line icons: the palette's text colour (dimmed when disabled)."""
    palette = QGuiApplication.palette() if QGuiApplication.instance() else QPalette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else QPalette.ColorRole.WindowText
    return palette.color(group, role)


class SvgIconEngine(QIconEngine):
    """Renders one SVG icon sharply at the size asked for, in the current palette's text colour."""

    def __init__(self, name: str, color: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.color = color  # a fixed ink (e.g. on a dark bar in a light theme); None follows the palette
        self._cache: dict[tuple[int, int, int, str], QPixmap] = {}

    def _ink_name(self, mode: QIcon.Mode) -> str:
        return self.color if self.color else _ink(mode).name()

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        text = _svg_text(self.name).replace(CURRENT_COLOR, self._ink_name(mode))
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the icon into a rectangle (kept square, centred)."""
        renderer = self._renderer(mode)
        if not renderer.isValid():
            return
        side = min(rect.width(), rect.height())
        target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        if mode == QIcon.Mode.Disabled:
            painter.save()
            painter.setOpacity(0.45)
            renderer.render(painter, target)
            painter.restore()
        else:
            renderer.render(painter, target)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A pixmap of the icon at exactly this size."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        """A pixmap for a screen with a device pixel ratio (rendered at device pixels, not scaled up)."""
        w, h = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        key = (w, h, int(mode.value), self._ink_name(mode))
        cached = self._cache.get(key)
        if cached is not None:
            return QPixmap(cached)
        pixmap = QPixmap(w, h)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), QSize(w, h)), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self._cache[key] = pixmap
        return QPixmap(pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        """Icons are square and scale to any size."""
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        """A copy of this engine (Qt copies icons on detach)."""
        return SvgIconEngine(self.name, self.color)

    def key(self) -> str:
        """The engine's kind."""
        return "JornadaSvgIconEngine"

    def isNull(self) -> bool:  # noqa: N802
        """Whether the icon file is missing."""
        return not _svg_text(self.name)


def icon(name: str, color: str | None = None) -> QIcon:
    """The bundled icon `name` (e.g. "new", "card_touchpoint", "channel_email"); a null icon if unknown.

    Line icons take the palette's text colour, or `color` when given (for a bar of its own colour).
    """
    if not _svg_text(name):
        return QIcon()
    return QIcon(SvgIconEngine(name, color))


def card_kind_icon(kind: str) -> QIcon:
    """The icon of a card kind code."""
    return icon(f"card_{kind}")


def channel_icon(channel: str | None) -> QIcon:
    """The icon of a channel code (the "other" icon for a channel outside the presets)."""
    if not channel:
        return QIcon()
    found = icon(f"channel_{channel}")
    return found if not found.isNull() else icon("channel_other")


EMOTION_ICON_NAMES = {-2: "emotion_angry", -1: "emotion_sad", 0: "emotion_neutral",
                      1: "emotion_satisfied", 2: "emotion_happy"}


def emotion_icon(value: int | None) -> QIcon:
    """A face for an emotion valence -2..+2 (shape carries the meaning, not only colour)."""
    if value is None or value not in EMOTION_ICON_NAMES:
        return QIcon()
    return icon(EMOTION_ICON_NAMES[value])


def app_icon() -> QIcon:
    """The application's icon."""
    return icon("jornada")

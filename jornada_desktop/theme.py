"""Light and dark looks: a Fusion palette plus a style sheet from resources/styles/."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from jornada_desktop.paths import resource

# role -> (light, dark)
_COLORS: dict[QPalette.ColorRole, tuple[str, str]] = {
    QPalette.ColorRole.Window: ("#F3F5F8", "#1C2027"),
    QPalette.ColorRole.WindowText: ("#1F2933", "#E4E7EB"),
    QPalette.ColorRole.Base: ("#FFFFFF", "#232830"),
    QPalette.ColorRole.AlternateBase: ("#F7F9FB", "#2A3039"),
    QPalette.ColorRole.ToolTipBase: ("#1F2933", "#E4E7EB"),
    QPalette.ColorRole.ToolTipText: ("#FFFFFF", "#1C2027"),
    QPalette.ColorRole.PlaceholderText: ("#7B8794", "#9AA5B1"),
    QPalette.ColorRole.Text: ("#1F2933", "#E4E7EB"),
    QPalette.ColorRole.Button: ("#E9EDF2", "#2E343D"),
    QPalette.ColorRole.ButtonText: ("#1F2933", "#E4E7EB"),
    QPalette.ColorRole.BrightText: ("#FFFFFF", "#FFFFFF"),
    QPalette.ColorRole.Light: ("#FFFFFF", "#3A414C"),
    QPalette.ColorRole.Midlight: ("#E4E7EB", "#333944"),
    QPalette.ColorRole.Mid: ("#CBD2D9", "#4A525E"),
    QPalette.ColorRole.Dark: ("#9AA5B1", "#15181D"),
    QPalette.ColorRole.Shadow: ("#52606D", "#000000"),
    QPalette.ColorRole.Highlight: ("#2563C9", "#4C8DF0"),
    QPalette.ColorRole.HighlightedText: ("#FFFFFF", "#0E1116"),
    QPalette.ColorRole.Link: ("#1F5FBF", "#7FB0FF"),
    QPalette.ColorRole.LinkVisited: ("#6D45C4", "#B79CF2"),
}
_DISABLED = {
    QPalette.ColorRole.WindowText: ("#9AA5B1", "#6B7380"),
    QPalette.ColorRole.Text: ("#9AA5B1", "#6B7380"),
    QPalette.ColorRole.ButtonText: ("#9AA5B1", "#6B7380"),
    QPalette.ColorRole.Highlight: ("#CBD2D9", "#3A414C"),
}


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark look (Qt's colour scheme hint)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """'light' or 'dark' for a preference of 'system', 'light' or 'dark'."""
    if theme in ("light", "dark"):
        return theme
    return "dark" if system_prefers_dark() else "light"


def palette(name: str) -> QPalette:
    """The palette of the light or dark look."""
    index = 1 if name == "dark" else 0
    pal = QPalette()
    for role, pair in _COLORS.items():
        pal.setColor(role, QColor(pair[index]))
    for role, pair in _DISABLED.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(pair[index]))
    return pal


def style_sheet(name: str) -> str:
    """The style sheet of the light or dark look (empty if the file is missing)."""
    try:
        text = resource("styles", f"{'dark' if name == 'dark' else 'light'}.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.replace("@ICONS@", resource("icons").as_posix())


def apply_theme(app: QApplication, theme: str) -> str:
    """Give the application the look for a preference; return 'light' or 'dark'."""
    name = resolve(theme)
    app.setStyle("Fusion")
    app.setPalette(palette(name))
    app.setStyleSheet(style_sheet(name))
    app.setProperty("jornada_theme", name)
    return name


def current_theme() -> str:
    """'light' or 'dark': the look applied last (light before any)."""
    app = QApplication.instance()
    value = app.property("jornada_theme") if app is not None else None
    return value if value in ("light", "dark") else "light"

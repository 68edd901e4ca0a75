"""The canvas look: sizes of the grid, colours of card kinds and emotions, fonts (one place to tune)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont, QFontMetricsF

# ---- grid metrics (scene units, 1 unit = 1 pixel at 100 % zoom) ---------------------------
STAGE_HEADER_H = 64.0  # height of the stage header row
LANE_HEADER_W = 190.0  # width of the lane header column
COLUMN_W = 256.0  # width of one stage column
CELL_PAD = 12.0  # space between a cell's edge and its cards
CARD_GAP = 10.0  # vertical space between two cards of a cell
CARD_W = COLUMN_W - 2 * CELL_PAD
CARD_H = 96.0  # grows with the card text size (see `set_card_text_size`)
EMPTY_CELL_H = CARD_H * 0.75 + 2 * CELL_PAD  # an empty cell still offers room to drop
EMOTION_LEVEL_H = 40.0  # vertical distance between two emotion levels
EMOTION_BAND_H = 4 * EMOTION_LEVEL_H + 2 * 34.0  # the curve band of an emotions lane
FACE_D = 28.0  # diameter of an emotion marker's face
MARGIN = 24.0  # free space right and below the grid

# ---- colours ------------------------------------------------------------------------------
INK = QColor("#1F2933")  # main text
INK_SOFT = QColor("#52606D")  # secondary text
INK_FAINT = QColor("#9AA5B1")
GRID_LINE = QColor("#D9DEE4")
CANVAS_BG = QColor("#F4F6F8")
CELL_BG = QColor("#FFFFFF")
CELL_BG_ALT = QColor("#FAFBFC")
HEADER_BG = QColor("#E9EDF2")
HEADER_INK = QColor("#1F2933")
SELECTION = QColor("#2563EB")
DROP_HINT = QColor("#2563EB")
CARD_BG = QColor("#FFFFFF")
CARD_BORDER = QColor("#CBD2D9")
NOTE_BG = QColor("#FFF1A8")
NOTE_BORDER = QColor("#E6CF5C")

KIND_COLORS: dict[str, QColor] = {
    "touchpoint": QColor("#2F6FB3"),
    "action": QColor("#0F8B8D"),
    "pain_point": QColor("#C8372D"),
    "opportunity": QColor("#2E8B57"),
    "note": QColor("#D4A514"),
    "text": QColor("#7B8794"),
}

LANE_COLORS: dict[str, QColor] = {
    "touchpoints": KIND_COLORS["touchpoint"],
    "actions": KIND_COLORS["action"],
    "channels": QColor("#5A67D8"),
    "emotions": QColor("#D97706"),
    "pain_points": KIND_COLORS["pain_point"],
    "expectations": QColor("#8B5CF6"),
    "opportunities": KIND_COLORS["opportunity"],
    "departments": QColor("#64748B"),
    "backstage": QColor("#475569"),
    "metrics": QColor("#0E7490"),
    "notes": KIND_COLORS["note"],
    "text": KIND_COLORS["text"],
}

EMOTION_COLORS: dict[int, QColor] = {
    -2: QColor("#D64545"),
    -1: QColor("#F0883E"),
    0: QColor("#F2C94C"),
    1: QColor("#8CC152"),
    2: QColor("#2FA66A"),
}
CURVE_COLOR = QColor("#D97706")

STAGE_PALETTE = ("#2F6FB3", "#0F8B8D", "#2E8B57", "#D97706", "#C8372D", "#8B5CF6", "#DB2777", "#475569")


def kind_color(kind: str, custom: str | None = None) -> QColor:
    """The accent colour of a card: its own colour when set, else its kind's."""
    if custom:
        color = QColor(custom)
        if color.isValid():
            return color
    return KIND_COLORS.get(kind, KIND_COLORS["text"])


def lane_color(kind: str) -> QColor:
    """The accent colour of a lane kind."""
    return LANE_COLORS.get(kind, KIND_COLORS["text"])


def stage_color(index: int, custom: str | None = None) -> QColor:
    """The accent colour of a stage: its own, or one of a calm palette by position."""
    if custom:
        color = QColor(custom)
        if color.isValid():
            return color
    return QColor(STAGE_PALETTE[index % len(STAGE_PALETTE)])


# ---- fonts --------------------------------------------------------------------------------
_FONTS: dict[str, QFont] = {}
_METRICS: dict[str, QFontMetricsF] = {}
_SIZES = {"title": 14, "note": 12, "body": 12, "small": 11, "header": 16, "lane": 14, "badge": 10}
# The roles of a card's own text: a card's title (also its in-place editor) and a sticky note's
# text. They follow the card text size of the preferences (in points, like Settings.card_font_size);
# at the standard size the roles have the pixel sizes above.
CARD_TEXT_ROLES = ("title", "note")
CARD_TEXT_STANDARD = 11
CARD_TEXT_MIN, CARD_TEXT_MAX = 6, 48
_card_text = {"points": CARD_TEXT_STANDARD}
CARD_H_STANDARD = CARD_H
CARD_TOP_ROW = 32.0  # where a card's title starts, under its channel row
CARD_BOTTOM_ROW = 28.0  # the department and badges row at a card's foot


def font(role: str) -> QFont:
    """The pixel-sized font of a text role (title, body, small, header, lane, badge): a copy to change.

    (A shared font that one painter resized once changed every card's text after it.)
    """
    return QFont(shared_font(role))


def shared_font(role: str) -> QFont:
    """The role's one font object, for painting as it is: never change it (see `font`)."""
    f = _FONTS.get(role)
    if f is None:
        f = QFont()
        f.setStyleHint(QFont.StyleHint.SansSerif)
        size = _SIZES.get(role, 12)
        if role in CARD_TEXT_ROLES:
            size = size * _card_text["points"] / CARD_TEXT_STANDARD
        f.setPixelSize(max(6, round(size)))
        if role in ("title", "header", "lane", "badge"):
            f.setWeight(QFont.Weight.DemiBold)
        _FONTS[role] = f
    return f


def metrics(role: str) -> QFontMetricsF:
    """The metrics of a role's font, made once (cards ask for them on every paint)."""
    m = _METRICS.get(role)
    if m is None:
        m = _METRICS[role] = QFontMetricsF(shared_font(role))
    return m


def card_text_size() -> int:
    """The card text size in points (11 is the standard look)."""
    return _card_text["points"]


def set_card_text_size(points: int) -> bool:
    """Draw card titles and note texts at a size in points (11 = standard; bounded 6..48).

    Cards grow taller so that two lines of title still fit above their foot row. Items already
    drawn keep their old look until their scene restyles them (`JourneyScene.restyle`).
    Returns whether the size changed.
    """
    global CARD_H
    points = max(CARD_TEXT_MIN, min(CARD_TEXT_MAX, int(points)))
    if points == _card_text["points"]:
        return False
    _card_text["points"] = points
    for role in CARD_TEXT_ROLES:
        _FONTS.pop(role, None)
        _METRICS.pop(role, None)
    CARD_H = max(CARD_H_STANDARD, math.ceil(CARD_TOP_ROW + 2 * metrics("title").lineSpacing() + CARD_BOTTOM_ROW))
    return True


def ui_lang() -> str:
    """The language of labels drawn on the canvas: 'pt_BR' for Portuguese, 'en' otherwise."""
    return "pt_BR" if QLocale().name().startswith("pt") else "en"

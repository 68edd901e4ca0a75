"""Help: a short guide and the keyboard-shortcut sheet (from the window's own actions plus fixed keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.icons import icon


def guide_html() -> str:
    """The short guide, translated."""
    blocks: list[tuple[str, str]] = [
        ("h2", QCoreApplication.translate("HelpDialog", "Jornada in five minutes")),
        ("p", QCoreApplication.translate(
            "HelpDialog", "A journey map shows what a customer goes through: <b>stages</b> run from left "
            "to right, <b>lanes</b> from top to bottom, and <b>cards</b> sit in the cells.")),
        ("h3", QCoreApplication.translate("HelpDialog", "Build the map")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Start from a template on the start screen, or open a .jornada file.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Add a card with the palette or by double-clicking a cell; drag cards between cells.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Give touchpoints a channel and an emotion; the emotion curve follows them. Every "
            "emotion has a face and a word, not only a colour.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Every change is saved in the file at once. Undo and redo go back and forth.")),
        ("h3", QCoreApplication.translate("HelpDialog", "Run a workshop")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Presentation mode (F5) fills the screen. The arrow keys step through the stages; "
            "the current stage is highlighted and the rest dimmed.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Lock the structure so that stages and lanes cannot be moved, renamed or deleted "
            "while participants add cards.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Quick capture: type and press Enter to add a card to the focused cell; Tab moves "
            "to the next cell. Each participant has their own colour, on their cards and votes.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Presentation mode starts by asking who is in the room (Ctrl+P). Ctrl+0 shows the "
            "current stage with every lane readable from the back of the room.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Dot voting in rounds (Ctrl+B, or Workshop ▸ Voting): each person's votes are "
            "counted against their allowance; + and − vote, selecting never does; closing the round ranks "
            "the items.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Prepare an agenda of timed steps (Workshop ▸ Agenda); the countdown follows it "
            "(Ctrl+Shift+T: next step). At the end, keep a post-workshop snapshot.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "The room (Workshop ▸ Room, Ctrl+Shift+J): participants scan a QR code on the "
            "projector and add cards, rate each stage and vote from their phones, on this computer's "
            "network, without internet. Their cards arrive on the map in their colour, saved at once.")),
        ("h3", QCoreApplication.translate("HelpDialog", "Find and share")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Ctrl+F finds text in cards, notes and improvements; F3 and Shift+F3 go to the "
            "next and previous match.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Filter the map by lane, persona, channel or evidence, and save the filter as a view.")),
        ("li", QCoreApplication.translate(
            "HelpDialog", "Export the map as an image or PDF, and the backlog as an Excel workbook.")),
        ("p", QCoreApplication.translate("HelpDialog", "Language, theme and card text size are in Preferences.")),
    ]
    html: list[str] = []
    in_list = False
    for tag, text in blocks:
        if tag == "li" and not in_list:
            html.append("<ul>")
            in_list = True
        elif tag != "li" and in_list:
            html.append("</ul>")
            in_list = False
        html.append(f"<{tag}>{text}</{tag}>")
    if in_list:
        html.append("</ul>")
    return "\n".join(html)


def fixed_shortcuts() -> list[tuple[str, str]]:
    """Keys that are not menu actions (canvas and presentation mode), as (keys, what they do)."""
    t = QCoreApplication
    return [
        (t.translate("HelpDialog", "Arrow keys"),
         t.translate("HelpDialog", "Move between cells (canvas) or stages (presentation)")),
        (t.translate("HelpDialog", "Enter"),
         t.translate("HelpDialog", "Edit the selected card; in quick capture, add the card")),
        ("Tab / Shift+Tab", t.translate("HelpDialog", "Next / previous cell in quick capture; next control elsewhere")),
        (t.translate("HelpDialog", "Delete"), t.translate("HelpDialog", "Delete the selected cards")),
        ("Ctrl+F", t.translate("HelpDialog", "Find")),
        ("F3 / Shift+F3", t.translate("HelpDialog", "Next / previous match")),
        ("F5", t.translate("HelpDialog", "Presentation mode")),
        ("Esc", t.translate("HelpDialog", "Leave presentation mode or close the find bar")),
        ("Ctrl+L", t.translate("HelpDialog", "Lock or unlock the structure (presentation mode)")),
        ("Ctrl+T", t.translate("HelpDialog", "Start or pause the countdown (presentation mode)")),
        ("Ctrl+R", t.translate("HelpDialog", "Reset the countdown (presentation mode)")),
        ("Ctrl+Shift+T", t.translate("HelpDialog", "Next step of the agenda (presentation mode)")),
        ("Ctrl+P / Ctrl+B", t.translate("HelpDialog", "Who is in the room / dot voting (presentation mode)")),
        ("+ / −", t.translate("HelpDialog", "Add or take back a vote on the focused item (voting)")),
        ("Ctrl+Shift+J", t.translate("HelpDialog", "The room: phones join (in presentation mode: its QR code "
                                                   "on the screen)")),
        ("Ctrl+0 / Shift+F5", t.translate("HelpDialog", "Fit the current stage / switch between the whole map "
                                                        "and the stage (presentation mode)")),
    ]


def action_shortcuts(window: QWidget | None) -> list[tuple[str, str]]:
    """The shortcuts of a window's actions, as (keys, action text without accelerators)."""
    if window is None:
        return []
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.text():
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")
        shown = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.setdefault(shown, text)
    return sorted(rows.items(), key=lambda kv: kv[1].lower())


class HelpDialog(QDialog):
    """The guide and the shortcut sheet, in two tabs."""

    def __init__(self, window: QWidget | None = None, shortcuts_first: bool = False) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Jornada help"))
        self.setWindowIcon(icon("help"))
        self.resize(720, 560)
        self.tabs = QTabWidget()
        self.guide = QTextBrowser()
        self.guide.setOpenExternalLinks(False)
        self.guide.setHtml(guide_html())
        self.guide.setAccessibleName(self.tr("Guide"))
        self.sheet = QTableWidget(0, 2)
        self.sheet.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.sheet.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.sheet.verticalHeader().hide()
        self.sheet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheet.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheet.setAlternatingRowColors(True)
        self.sheet.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.sheet.horizontalHeader().setStretchLastSection(True)
        rows = [*action_shortcuts(window), *fixed_shortcuts()]
        seen: set[str] = set()
        for keys, text in rows:
            if keys in seen:
                continue
            seen.add(keys)
            r = self.sheet.rowCount()
            self.sheet.insertRow(r)
            key_item = QTableWidgetItem(keys)
            key_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.sheet.setItem(r, 0, key_item)
            self.sheet.setItem(r, 1, QTableWidgetItem(text))
        self.tabs.addTab(self.guide, icon("help"), self.tr("&Guide"))
        self.tabs.addTab(self.sheet, self.tr("&Keyboard shortcuts"))
        if shortcuts_first:
            self.tabs.setCurrentIndex(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """The rows of the shortcut sheet (for tests and printing)."""
        return [(self.sheet.item(r, 0).text(), self.sheet.item(r, 1).text()) for r in range(self.sheet.rowCount())]

"""Dot voting for workshops: one undoable vote per click, an optional per-participant limit, dots."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from jornada_desktop.editing.document import Document
from jornada_desktop.model.backlog import reset_votes_ops, vote_ops
from jornada_desktop.model.edits import utc_now

DOT_COLOR = QColor("#D6336C")
MAX_DOTS = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("Voting", text)


class VotingSession(QObject):
    """Counts each participant's votes while they are on the undo stack (an undone vote is given back).

    A vote is recorded with the undo-stack index right after it was pushed; a vote counts while
    the stack's index is at or past that point. A limit of 0 means no limit.
    """

    changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.limit = 0
        self.participant = ""
        self._votes: list[tuple[str, int]] = []  # (participant, undo index after the vote)
        # A method, not a lambda: Qt drops the connection when this session is deleted.
        document.undo_stack.indexChanged.connect(self._stack_moved)

    def _stack_moved(self, _index: int) -> None:
        self.changed.emit()

    def used(self, participant: str | None = None) -> int:
        """How many votes a participant (the current one by default) has cast and not undone."""
        who = self.participant if participant is None else participant
        now = self.document.undo_stack.index()
        return sum(1 for p, at in self._votes if p == who and at <= now)

    def remaining(self) -> int | None:
        """Votes the current participant may still cast; None without a limit."""
        if self.limit <= 0:
            return None
        return max(0, self.limit - self.used())

    def set_limit(self, limit: int) -> None:
        """Votes per participant (0 = no limit)."""
        self.limit = max(0, int(limit))
        self.changed.emit()

    def set_participant(self, name: str) -> None:
        """Who is voting now."""
        self.participant = name.strip()
        self.changed.emit()

    def vote(self, improvement_id: int) -> str | None:
        """Add one vote (one undoable edit); None when done, else the sentence why not."""
        if self.document.read_only:
            return _tr("This file is open read-only; votes cannot be added.")
        if self.remaining() == 0:
            who = self.participant or _tr("This participant")
            return _tr("%1 has used all %2 votes.").replace("%1", who).replace("%2", str(self.limit))
        ops = vote_ops(self.document.ws, improvement_id, utc_now(), +1)
        if not ops:
            return _tr("This improvement no longer exists.")
        now = self.document.undo_stack.index()
        self._votes = [(p, at) for p, at in self._votes if at <= now]  # redo history is dropped by a push
        if not self.document.push(_tr("Vote"), ops):
            return _tr("The vote was not saved.")
        self._votes.append((self.participant, self.document.undo_stack.index()))
        self.changed.emit()
        return None

    def reset(self, improvement_ids: list[int]) -> bool:
        """Set these improvements' votes to 0 (one undoable edit) and start counting afresh."""
        ops = reset_votes_ops(self.document.ws, improvement_ids, utc_now())
        self._votes.clear()
        pushed = self.document.push(_tr("Reset votes"), ops) if ops else False
        self.changed.emit()
        return pushed


DOT_SIZE = 9.0
DOT_GAP = 3.0
DOT_MARGIN = 4


def dots_width(votes: int, metrics: QFontMetrics) -> int:
    """The width a cell needs to draw this many votes as dots (and "+n" past ten)."""
    dots = min(max(votes, 0), MAX_DOTS)
    width = 2 * DOT_MARGIN + dots * (DOT_SIZE + DOT_GAP)
    if votes > MAX_DOTS:
        width += metrics.horizontalAdvance(f"+{votes - MAX_DOTS}")
    return int(width + 0.5)


class DotsDelegate(QStyledItemDelegate):
    """Draws a number of votes as dots (at most ten, then "+n")."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Wide enough for the dots."""
        hint = super().sizeHint(option, index)
        votes = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(votes, int):
            hint.setWidth(max(hint.width(), dots_width(votes, option.fontMetrics)))
        return hint

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Paint the cell background, then one dot per vote."""
        votes = index.data(Qt.ItemDataRole.EditRole)
        if not isinstance(votes, int):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setClipRect(option.rect)  # a narrow column cuts the dots, never its neighbour
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(DOT_MARGIN, 0, -DOT_MARGIN, 0)
        size = min(DOT_SIZE, rect.height() - 6.0)
        x = float(rect.left())
        y = rect.center().y() - size / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(DOT_COLOR)
        for _ in range(min(votes, MAX_DOTS)):
            painter.drawEllipse(QRectF(x, y, size, size))
            x += size + DOT_GAP
        if votes > MAX_DOTS:
            painter.setPen(option.palette.text().color())
            painter.drawText(QRectF(x, rect.top(), rect.right() - x, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), f"+{votes - MAX_DOTS}")
        painter.restore()

    def displayText(self, value: object, locale: object) -> str:  # noqa: N802 - Qt override
        """No text: the dots say it."""
        return ""

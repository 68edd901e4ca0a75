"""The people in the room and their votes: the participant list and the dot-voting ballot.

Both panels show in presentation mode (a side panel) and in the main window (Workshop ▸ Voting).
Every change is one undoable edit in the file: a participant added, renamed or removed; a round
opened, closed or discarded; one vote cast or taken back. A vote is cast only with the + control or
the + key on the row that has the focus — selecting a row never votes — and the rows keep their
order while a round is open (they are ranked by votes once it closes).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model import workshop as w
from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.workshop import Target

MAX_DOTS = 10
COL_ITEM, COL_WHERE, COL_DOTS, COL_MINUS, COL_PLUS = range(5)


def swatch(color: str | None, size: int = 16) -> QIcon:
    """A square of a participant's colour (an empty square for nobody)."""
    picture = QPixmap(size, size)
    picture.fill(QColor(color) if color else Qt.GlobalColor.transparent)
    return QIcon(picture)


def dots(count: int) -> str:
    """Votes as dots: ●●● (ten at most, then +n)."""
    if count <= 0:
        return ""
    return "●" * min(count, MAX_DOTS) + (f" +{count - MAX_DOTS}" if count > MAX_DOTS else "")


class RoomState(QObject):
    """Who is speaking or voting now (a participant's id, or None for the facilitator)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.participant_id: int | None = None

    def set_participant(self, participant_id: int | None) -> None:
        """Make someone the current participant."""
        if participant_id != self.participant_id:
            self.participant_id = participant_id
            self.changed.emit()


# ---- participants -------------------------------------------------------------------------------------
class ParticipantsPanel(QWidget):
    """The participant list of a journey: type a name and Enter to add; F2 renames, Delete removes."""

    def __init__(self, document: Document, journey_id: int, state: RoomState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.journey_id, self.state = document, journey_id, state
        self.title = QLabel()
        self.title.setObjectName("roomTitle")
        self.title.setWordWrap(True)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("participantName")
        self.name_field.setMaxLength(w.MAX_NAME)
        self.name_field.returnPressed.connect(self.add_typed)
        self.people = QListWidget()
        self.people.setObjectName("participantList")
        self.people.setIconSize(QSize(18, 18))
        self.people.itemChanged.connect(self._renamed)
        self.people.currentRowChanged.connect(self._picked)
        self.people.installEventFilter(self)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_list)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.name_field)
        layout.addWidget(self.people, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        document.changed.connect(self._document_changed)
        state.changed.connect(self._show_current)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Texts in the interface's language."""
        self.title.setText(self.tr("Who is in the room?"))
        self.name_field.setPlaceholderText(self.tr("Type a name and press Enter"))
        self.name_field.setAccessibleName(self.tr("New participant's name"))
        self.people.setAccessibleName(self.tr("Participants"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the selected participant off the list (Delete)"))
        self.clear_button.setText(self.tr("New list"))
        self.clear_button.setToolTip(self.tr("Start an empty list for a new session"))
        self.hint.setText(self.tr("Each person gets their own colour, on their cards and votes. "
                                  "F2 renames; Esc goes back to capturing cards."))

    def participants(self) -> list:
        """The journey's participants, in order."""
        return self.document.ws.participants(self.journey_id)

    def refresh(self) -> None:
        """Rebuild the list from the file."""
        blocker = [self.people.blockSignals(True)]
        try:
            self.people.clear()
            for p in self.participants():
                item = QListWidgetItem(swatch(p.color), p.name)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.people.addItem(item)
        finally:
            self.people.blockSignals(blocker[0])
        self._show_current()
        writable = not self.document.read_only
        self.name_field.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.people.count() > 0)
        self.clear_button.setEnabled(writable and self.people.count() > 0)

    def _show_current(self) -> None:
        self.people.blockSignals(True)
        try:
            for row in range(self.people.count()):
                if self.people.item(row).data(Qt.ItemDataRole.UserRole) == self.state.participant_id:
                    self.people.setCurrentRow(row)
                    break
            else:
                self.people.setCurrentRow(-1)
        finally:
            self.people.blockSignals(False)

    def _picked(self, row: int) -> None:
        item = self.people.item(row) if row >= 0 else None
        self.state.set_participant(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def add_typed(self) -> int | None:
        """Add the typed name to the list (one undoable edit) and make that person current; a name
        already on the list makes that person current."""
        name = self.name_field.text()
        ws = self.document.ws
        existing = w.find_participant(ws, self.journey_id, name)
        if existing is not None:  # a name on the list: that person speaks now
            self.name_field.clear()
            self.state.set_participant(existing.id)
            self.hint.setText(self.tr("%1 is already on the list and is now the current participant.")
                              .replace("%1", existing.name))
            return existing.id
        ops = w.add_participant_ops(ws, self.journey_id, name, utc_now())
        if not ops or not self.document.push(self.tr("Add participant"), ops):
            return None
        self.name_field.clear()
        new_id = ops[0].id
        self.state.set_participant(new_id)
        return new_id

    def _renamed(self, item: QListWidgetItem) -> None:
        participant_id = item.data(Qt.ItemDataRole.UserRole)
        ops = w.rename_participant_ops(self.document.ws, participant_id, item.text(), utc_now())
        if not ops or not self.document.push(self.tr("Rename participant"), ops):
            self.refresh()  # an empty name or a name taken: the old one comes back

    def remove_current(self) -> None:
        """Take the selected participant off the list."""
        item = self.people.currentItem()
        if item is None or self.document.read_only:
            return
        ops = w.remove_participant_ops(self.document.ws, item.data(Qt.ItemDataRole.UserRole))
        if ops and self.document.push(self.tr("Remove participant"), ops):
            self.state.set_participant(None)

    def clear_list(self) -> None:
        """An empty list for a new session (undoable; cards keep their names)."""
        ops = w.clear_participants_ops(self.document.ws, self.journey_id)
        if ops and self.document.push(self.tr("New participant list"), ops):
            self.state.set_participant(None)

    def eventFilter(self, watched: QObject, event: object) -> bool:  # noqa: N802 - Qt override
        """Delete removes the selected participant."""
        if (watched is self.people and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete and self.people.state() != QAbstractItemView.State.EditingState):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches("participants"):
            if self.state.participant_id is not None and self.document.ws.get(
                    "participants", self.state.participant_id) is None:
                self.state.set_participant(None)
            self.refresh()

    def disconnect_document(self) -> None:
        """Stop following the document (the panel is going away)."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.changed.disconnect(self._document_changed)


# ---- the ballot ----------------------------------------------------------------------------------------
@dataclass
class _Row:
    target: Target
    title: str
    where: str


class BallotModel(QAbstractTableModel):
    """The cards and improvements on the ballot with this round's votes; fixed order while open."""

    def __init__(self, document: Document, journey_id: int, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self.journey_id, self.lang = document, journey_id, lang
        self.rows: list[_Row] = []
        self._frozen: list[Target] = []  # the order of the open round's ballot
        self._frozen_round: int | None = None
        self.refresh()

    # ---- which round ----
    def round(self) -> object | None:
        """The open round, else the latest closed one (whose results show), else None."""
        ws = self.document.ws
        rounds = ws.vote_rounds(self.journey_id)
        return ws.open_round(self.journey_id) or (rounds[-1] if rounds else None)

    def counts(self) -> dict[Target, int]:
        """Votes per item in the round shown."""
        r = self.round()
        if r is None:
            return {}
        return dict(w.round_results(self.document.ws, r.id))

    # ---- rows ----
    def _order(self) -> list[Target]:
        ws = self.document.ws
        ballot = w.ballot(ws, self.journey_id)
        r = self.round()
        if r is not None and r.closed_at is None:  # open: the order stays as it was when first shown
            if self._frozen_round != r.id:
                self._frozen_round, self._frozen = r.id, ballot
            present = set(ballot)
            kept = [t for t in self._frozen if t in present]
            new = [t for t in ballot if t not in set(self._frozen)]
            self._frozen = kept + new  # newcomers at the end, nobody moves up
            return list(self._frozen)
        self._frozen_round = None
        counts = self.counts()
        at = {t: n for n, t in enumerate(ballot)}
        return sorted(ballot, key=lambda t: (-counts.get(t, 0), at[t]))

    def _row(self, target: Target) -> _Row:
        ws = self.document.ws
        item = ws.get(target.table, target.id)
        if target.table == "cards":
            stage = ws.get("stages", item.stage_id)
            where = f"{v.label(v.CARD_KINDS, item.kind, self.lang)} · {stage.name if stage else ''}"
            return _Row(target, item.title, where)
        stage = ws.get("stages", item.stage_id) if item.stage_id else None
        improvement = self.tr("Improvement")
        return _Row(target, item.title, f"{improvement} · {stage.name}" if stage else improvement)

    def refresh(self) -> None:
        """Follow the file: new counts in place, rows rebuilt only when the ballot itself changed."""
        order = self._order()
        if [r.target for r in self.rows] == order:
            self.rows = [self._row(t) for t in order]
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_PLUS - 0))
            return
        self.beginResetModel()
        self.rows = [self._row(t) for t in order]
        self.endResetModel()

    # ---- Qt model ----
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Items on the ballot."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Item, where, votes, −, +."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Card or improvement"), self.tr("Where"), self.tr("Votes"), "−", "+")[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Texts, dots, and the − / + controls."""
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        count = self.counts().get(row.target, 0) if col == COL_DOTS else 0
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.title, row.where, dots(count), "−", "+")[col]
        if role == Qt.ItemDataRole.EditRole and col == COL_DOTS:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_MINUS, COL_PLUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_PLUS:
                return self.tr("Add a vote for “%1” (+)").replace("%1", row.title)
            if col == COL_MINUS:
                return self.tr("Take back a vote from “%1” (−)").replace("%1", row.title)
            if col == COL_DOTS:
                return self.tr("%n vote(s)", "", count)
            return f"{row.title} — {row.where}"
        return None

    def target_at(self, row: int) -> Target | None:
        """The item of a row."""
        return self.rows[row].target if 0 <= row < len(self.rows) else None

    def row_of(self, target: Target) -> int:
        """The row of an item (-1 when not on the ballot)."""
        return next((n for n, r in enumerate(self.rows) if r.target == target), -1)


class BallotView(QTableView):
    """The ballot table: + / = adds a vote to the focused row, − / - takes one back."""

    vote = Signal(int, int)  # row, +1 | -1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """The + and − keys vote on the current row."""
        key = event.key()
        row = self.currentIndex().row()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and row >= 0:
            self.vote.emit(row, +1)
            return
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) and row >= 0:
            self.vote.emit(row, -1)
            return
        super().keyPressEvent(event)


class VotingPanel(QWidget):
    """Voting rounds: open one with an allowance, vote with + / −, close it to see the ranking."""

    message = Signal(str)

    def __init__(self, document: Document, journey_id: int, state: RoomState, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.journey_id, self.state = document, journey_id, state
        self.round_label = QLabel()
        self.round_label.setObjectName("roomTitle")
        self.round_label.setWordWrap(True)
        self.allowance = QSpinBox()
        self.allowance.setRange(0, w.MAX_ALLOWANCE)
        self.allowance.setValue(3)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_round)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_round)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_round)
        self.voter = QComboBox()
        self.voter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.voter.setMinimumContentsLength(8)  # (a long name would widen a dock beyond a small screen)
        self.voter.currentIndexChanged.connect(self._voter_picked)
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("remainingDots")
        self.model = BallotModel(document, journey_id, lang, self)
        self.table = BallotView()
        self.table.setObjectName("ballot")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(0)
        self.setMinimumWidth(0)
        for col in (COL_WHERE, COL_DOTS, COL_MINUS, COL_PLUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._clicked)
        self.table.vote.connect(self._vote_row)
        # Narrow-friendly (a dock beside the map, a side panel on a projector): a few short rows.
        self.allowance_label = QLabel()
        self.allowance_label.setBuddy(self.allowance)
        allowance = QHBoxLayout()
        allowance.addWidget(self.allowance_label)
        allowance.addWidget(self.allowance, 1)
        rounds = QVBoxLayout()
        for button in (self.open_button, self.close_button, self.discard_button):
            rounds.addWidget(button)
        who = QHBoxLayout()
        self.voter_label = QLabel()
        self.voter_label.setBuddy(self.voter)
        who.addWidget(self.voter_label)
        who.addWidget(self.voter, 1)
        self.remaining_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.round_label)
        layout.addLayout(allowance)
        layout.addLayout(rounds)
        layout.addLayout(who)
        layout.addWidget(self.remaining_label)
        layout.addWidget(self.table, 1)
        document.changed.connect(self._document_changed)
        state.changed.connect(self._show_voter)
        self.retranslate()
        self._fill_voters()
        self._update()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Narrow (a dock beside the map): the items take the width, where they are goes to the tooltip."""
        super().resizeEvent(event)
        self.table.setColumnHidden(COL_WHERE, event.size().width() < 420)

    def retranslate(self) -> None:
        """Texts in the interface's language."""
        self.allowance_label.setText(self.tr("Votes each:"))
        self.allowance.setSpecialValueText(self.tr("no limit"))
        self.allowance.setAccessibleName(self.tr("Votes per participant in the new round (0: no limit)"))
        self.open_button.setText(self.tr("Open round"))
        self.open_button.setToolTip(self.tr("Start a voting round; the list keeps its order until it closes"))
        self.close_button.setText(self.tr("Close round"))
        self.close_button.setToolTip(self.tr("End the round and rank the items by votes"))
        self.discard_button.setText(self.tr("Discard round"))
        self.discard_button.setToolTip(self.tr("Remove the round shown and all its votes (undoable)"))
        self.voter_label.setText(self.tr("Voting:"))
        self.voter.setAccessibleName(self.tr("Who is voting"))
        self.table.setAccessibleName(self.tr("Ballot: + adds a vote, − takes one back"))
        self._fill_voters()
        self._update()

    # ---- who votes ----
    def _fill_voters(self) -> None:
        self.voter.blockSignals(True)
        try:
            self.voter.clear()
            self.voter.addItem(swatch(None), self.tr("Facilitator (no name)"), None)
            for p in self.document.ws.participants(self.journey_id):
                self.voter.addItem(swatch(p.color), p.name, p.id)
        finally:
            self.voter.blockSignals(False)
        self._show_voter()

    def _show_voter(self) -> None:
        index = max(0, self.voter.findData(self.state.participant_id))
        self.voter.blockSignals(True)
        self.voter.setCurrentIndex(index)
        self.voter.blockSignals(False)
        self._update()

    def _voter_picked(self, index: int) -> None:
        self.state.set_participant(self.voter.itemData(index))

    # ---- rounds ----
    def current_round(self) -> object | None:
        """The open round, if any."""
        return self.document.ws.open_round(self.journey_id)

    def open_round(self) -> bool:
        """Open a round with the allowance chosen (one undoable edit)."""
        ws = self.document.ws
        title = self.tr("Round %1").replace("%1", str(len(ws.vote_rounds(self.journey_id)) + 1))
        ops = w.open_round_ops(ws, self.journey_id, title, self.allowance.value(), utc_now())
        ok = self.document.push(self.tr("Open voting round"), ops)
        if ok:
            self.table.setFocus()
            if self.model.rowCount() and not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, COL_ITEM))
        return ok

    def close_round(self) -> bool:
        """Close the open round: the results show ranked."""
        r = self.current_round()
        if r is None:
            return False
        ok = self.document.push(self.tr("Close voting round"), w.close_round_ops(self.document.ws, r.id, utc_now()))
        if ok:
            results = w.round_results(self.document.ws, r.id)
            self.message.emit(self.tr("%1 closed: %n item(s) got votes.", "", len(results)).replace("%1", r.title))
        return ok

    def discard_round(self) -> bool:
        """Remove the round shown with all its votes (one undoable edit)."""
        r = self.model.round()
        if r is None:
            return False
        return self.document.push(self.tr("Discard voting round"),
                                  w.discard_round_ops(self.document.ws, r.id, utc_now()))

    # ---- votes ----
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_PLUS:
            self.vote(index.row(), +1)
        elif index.column() == COL_MINUS:
            self.vote(index.row(), -1)

    def _vote_row(self, row: int, delta: int) -> None:
        self.vote(row, delta)

    def vote(self, row: int, delta: int) -> bool:
        """Add (+1) or take back (−1) the current participant's vote on a row."""
        target = self.model.target_at(row)
        r = self.current_round()
        if target is None:
            return False
        if r is None:
            self._say(self.tr("Open a round first (Open round)."))
            return False
        if self.document.read_only:
            self._say(self.tr("This file is open read-only; votes cannot be added."))
            return False
        ws, who = self.document.ws, self.state.participant_id
        if delta > 0:
            ops = w.cast_vote_ops(ws, r.id, who, target, utc_now())
            if not ops:
                self._say(self.tr("%1 has used all %2 votes.").replace("%1", self._voter_name())
                          .replace("%2", str(r.allowance)))
                return False
            return self.document.push(self.tr("Vote"), ops)
        ops = w.withdraw_vote_ops(ws, r.id, who, target, utc_now())
        if not ops:
            self._say(self.tr("%1 has no vote on this item to take back.").replace("%1", self._voter_name()))
            return False
        return self.document.push(self.tr("Take back vote"), ops)

    def _voter_name(self) -> str:
        who = self.document.ws.get("participants", self.state.participant_id)
        return who.name if who is not None else self.tr("The facilitator")

    def _say(self, text: str) -> None:
        self.remaining_label.setText(text)
        self.message.emit(text)

    # ---- showing ----
    def _update(self) -> None:
        ws = self.document.ws
        r = self.current_round()
        shown = self.model.round()
        writable = not self.document.read_only
        if r is not None:
            limit = self.tr("%n vote(s) each", "", r.allowance) if r.allowance else self.tr("no limit")
            self.round_label.setText(self.tr("%1 is open · %2 · + / − to vote").replace("%1", r.title)
                                     .replace("%2", limit))
        elif shown is not None:
            self.round_label.setText(self.tr("%1 closed · ranked by votes").replace("%1", shown.title))
        else:
            self.round_label.setText(self.tr("No voting round yet: choose the votes each and open one."))
        self.open_button.setEnabled(writable)
        self.close_button.setEnabled(writable and r is not None)
        self.discard_button.setEnabled(writable and shown is not None)
        if r is not None:
            left = w.remaining_votes(ws, r.id, self.state.participant_id)
            used = w.used_votes(ws, r.id, self.state.participant_id)
            if left is None:
                self.remaining_label.setText(self.tr("%n vote(s) cast", "", used))
            else:
                self.remaining_label.setText("●" * left + "○" * used + "  " +
                                             self.tr("%n left", "", left))
        else:
            self.remaining_label.setText("")

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches("participants"):
            self._fill_voters()
        if change.touches("votes", "vote_rounds", "cards", "improvements", "stages"):
            current = self.model.target_at(self.table.currentIndex().row())
            self.model.refresh()
            if current is not None:
                row = self.model.row_of(current)
                if row >= 0 and self.table.currentIndex().row() != row:
                    self.table.setCurrentIndex(self.model.index(row, COL_ITEM))
        self._update()

    def disconnect_document(self) -> None:
        """Stop following the document (the panel is going away)."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.changed.disconnect(self._document_changed)


# ---- the agenda --------------------------------------------------------------------------------------
class AgendaPanel(QWidget):
    """The workshop's agenda, prepared beforehand and kept in the file: timed steps in order."""

    def __init__(self, document: Document, journey_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.journey_id = document, journey_id
        self.title = QLabel()
        self.title.setObjectName("roomTitle")
        self.title.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setObjectName("agendaSteps")
        self.steps.installEventFilter(self)
        self.step_field = QLineEdit()
        self.step_field.setObjectName("agendaStepTitle")
        self.step_field.returnPressed.connect(self.add_typed)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(10)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        self.total = QLabel()
        entry = QHBoxLayout()  # (the step's name gets a row of its own: the panel fits a narrow dock)
        entry.addWidget(self.minutes)
        entry.addWidget(self.add_button, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.step_field)
        layout.addLayout(entry)
        layout.addWidget(self.steps, 1)
        layout.addLayout(bottom)
        document.changed.connect(self._document_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface's language."""
        self.title.setText(self.tr("The agenda: timed steps the countdown follows in presentation mode "
                                   "(Ctrl+Shift+T goes to the next step)."))
        self.step_field.setPlaceholderText(self.tr("Step, e.g. Capture pain points"))
        self.step_field.setAccessibleName(self.tr("New step"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes of the new step"))
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected step (Delete)"))
        self.steps.setAccessibleName(self.tr("Agenda steps"))
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the file."""
        row = self.steps.currentRow()
        self.steps.clear()
        agenda = self.document.ws.agenda(self.journey_id)
        for n, step in enumerate(agenda):
            item = QListWidgetItem(self.tr("%1. %2 — %3 min").replace("%1", str(n + 1)).replace("%2", step.title)
                                   .replace("%3", str(step.minutes)))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            self.steps.addItem(item)
        self.steps.setCurrentRow(min(row, self.steps.count() - 1))
        minutes = sum(s.minutes for s in agenda)
        self.total.setText(self.tr("Total: %1 min").replace("%1", str(minutes)) if agenda else "")
        writable = not self.document.read_only
        for widget in (self.step_field, self.minutes, self.add_button):
            widget.setEnabled(writable)
        self.remove_button.setEnabled(writable and bool(agenda))

    def add_typed(self) -> bool:
        """Add the typed step with its minutes at the end (one undoable edit)."""
        ops = w.add_step_ops(self.document.ws, self.journey_id, self.step_field.text(), self.minutes.value(),
                             utc_now())
        if not ops or not self.document.push(self.tr("Add agenda step"), ops):
            return False
        self.step_field.clear()
        self.step_field.setFocus()
        return True

    def remove_current(self) -> bool:
        """Remove the selected step."""
        item = self.steps.currentItem()
        if item is None:
            return False
        ops = w.remove_step_ops(self.document.ws, item.data(Qt.ItemDataRole.UserRole))
        return bool(ops) and self.document.push(self.tr("Remove agenda step"), ops)

    def eventFilter(self, watched: QObject, event: object) -> bool:  # noqa: N802 - Qt override
        """Delete removes the selected step."""
        if (watched is self.steps and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches("agenda_steps"):
            self.refresh()

    def disconnect_document(self) -> None:
        """Stop following the document (the panel is going away)."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.changed.disconnect(self._document_changed)


class RoomDock(QWidget):
    """The main window's Workshop dock: people, voting and the agenda of the journey shown."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomDockPanel")
        self.tabs = QTabWidget()
        self.state = RoomState(self)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.empty)
        self.people: ParticipantsPanel | None = None
        self.voting: VotingPanel | None = None
        self.agenda: AgendaPanel | None = None
        self.context: tuple[Document | None, int | None] = (None, None)
        self.set_context(None, None)

    def set_context(self, document: Document | None, journey_id: int | None, lang: str = "en") -> None:
        """Show the room of a journey (or a line saying there is none)."""
        if self.context == (document, journey_id) and document is not None:
            return
        self.context = (document, journey_id)
        for panel in (self.people, self.voting, self.agenda):
            if panel is not None:
                panel.disconnect_document()
                panel.deleteLater()
        self.tabs.clear()
        self.people = self.voting = self.agenda = None
        self.state.set_participant(None)
        if document is None or journey_id is None or document.ws.get("journeys", journey_id) is None:
            self.tabs.hide()
            self.empty.show()
            self.empty.setText(self.tr("Open a map to prepare the workshop."))
            return
        self.people = ParticipantsPanel(document, journey_id, self.state)
        self.voting = VotingPanel(document, journey_id, self.state, lang)
        self.voting.message.connect(self.message)
        self.agenda = AgendaPanel(document, journey_id)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.voting, self.tr("Voting"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.empty.hide()
        self.tabs.show()

    def show_tab(self, index: int) -> None:
        """Bring a tab forward with the keyboard in it (0 people, 1 voting, 2 agenda)."""
        if self.tabs.count() == 0:
            return
        self.tabs.setCurrentIndex(index)
        focus = {0: self.people.name_field, 1: self.voting.table, 2: self.agenda.step_field}[index]
        focus.setFocus()

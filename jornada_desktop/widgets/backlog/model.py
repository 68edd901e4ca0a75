"""The improvement backlog as a Qt table model (edits go through the document) and its filter proxy."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.i18n import current_language, read_date, show_date
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.backlog import is_overdue
from jornada_desktop.model.edits import update_ops, utc_now
from jornada_desktop.model.entities import Improvement
from jornada_desktop.model.priority import priority_score

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[str, ...] = (
    "priority", "title", "status", "stage", "card", "owner", "department",
    "impact", "effort", "votes", "due_date", "follow_up", "metric", "target",
)
EDITABLE = frozenset({"title", "status", "owner", "department", "impact", "effort", "votes",
                      "due_date", "follow_up", "metric", "target"})
OVERDUE_BACKGROUND = QColor("#FBE3E1")
OVERDUE_FOREGROUND = QColor("#A61B1B")
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("BacklogModel", text)


_TITLES: dict[str, dict[str, str]] = {}  # translated "Priority" -> column -> title (asked often)


def column_title(name: str) -> str:
    """The translated header of a backlog column."""
    probe = _tr("Priority")  # one look-up tells which translation is installed
    titles = _TITLES.get(probe)
    if titles is None:
        titles = _TITLES[probe] = {
            "priority": _tr("Priority"), "title": _tr("Improvement"), "status": _tr("Status"),
            "stage": _tr("Stage"), "card": _tr("Linked card"), "owner": _tr("Owner"),
            "department": _tr("Department"), "impact": _tr("Impact"), "effort": _tr("Effort"),
            "votes": _tr("Votes"), "due_date": _tr("Due"), "follow_up": _tr("Follow-up"),
            "metric": _tr("Metric"), "target": _tr("Target"),
        }
    return titles[name]


def edit_name(name: str) -> str:
    """The undo-stack name of an edit of one backlog column."""
    return _tr("Edit improvement") if name != "votes" else _tr("Change votes")


class BacklogModel(QAbstractTableModel):
    """The improvements of one journey, one per row; setData pushes one undoable edit."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.journey_id: int | None = None
        self._base: list[int] = []  # the journey's improvement ids in the workspace's order
        self._ids: list[int] = []  # the same, in the order of the sort column: one per row
        # (improvement id, column) -> sort key; emptied before any change is signalled
        self._sort_keys: dict[tuple[int, int], Any] = {}
        self._sort_column = -1
        self._rows: dict[int, int] | None = None  # improvement id -> row, made when first asked
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.today = date.today()

    # ---- binding ---------------------------------------------------------
    def set_journey(self, document: Document | None, journey_id: int | None) -> None:
        """Show the backlog of a journey of a document (or nothing)."""
        if self.document is not None and self.document is not document:
            with contextlib.suppress(RuntimeError, TypeError):
                self.document.changed.disconnect(self._document_changed)
        if document is not None and document is not self.document:
            document.changed.connect(self._document_changed)
        self.document = document
        self.journey_id = journey_id
        self.reload()

    def reload(self) -> None:
        """Read the rows again from the workspace."""
        self.beginResetModel()
        self._sort_keys.clear()
        self._base = self._current_ids()
        self._ids = self._sorted(self._base)
        self._rows = None
        self.endResetModel()

    def _current_ids(self) -> list[int]:
        if self.document is None or self.journey_id is None:
            return []
        return [i.id for i in self.document.ws.improvements(self.journey_id)]

    def _document_changed(self, change: ChangeSet) -> None:
        """Refresh what the edit changed: the rows it touched, and their order when it can move.

        A card edit on a 10,000-card map must not cost 2,000 rows: only the improvements linked
        to the edited cards are refreshed, through the workspace's reverse index.
        """
        if not change.touches("improvements", "cards", "stages", "journeys") or self.document is None:
            return
        ws = self.document.ws
        if self.journey_id is not None and ws.get("journeys", self.journey_id) is None:
            self.journey_id = None
        ids_may_differ = bool(change.added.get("improvements") or change.removed.get("improvements")
                              or change.touches("journeys") or self.journey_id is None)
        if ids_may_differ and self._current_ids() != self._base:
            self.reload()
            return
        column = COLUMNS[self._sort_column] if 0 <= self._sort_column < len(COLUMNS) else ""
        rows: set[int] = set()
        moved = False
        changed_items = change.ids("improvements")
        if changed_items:
            for item_id in changed_items:
                self._forget_keys(item_id)
                rows.add(self.row_of(item_id))
            moved = True
        if change.touches("cards"):
            for card_id in change.ids("cards"):
                for _table, item_id in ws.referrers("cards", card_id):
                    if _table == "improvements":
                        self._forget_keys(item_id)
                        rows.add(self.row_of(item_id))
            moved = moved or column == "card"
        if change.touches("stages"):
            stage = COLUMNS.index("stage")
            for key in [k for k in self._sort_keys if k[1] == stage]:
                del self._sort_keys[key]
            rows.update(range(len(self._ids)))
            moved = moved or column == "stage"
        rows.discard(-1)
        if rows:
            last = len(COLUMNS) - 1
            if len(rows) > len(self._ids) // 2:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last))
            else:
                for row in sorted(rows):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        if moved:
            self._resort()

    def _forget_keys(self, item_id: int) -> None:
        for column in range(len(COLUMNS)):
            self._sort_keys.pop((item_id, column), None)

    # ---- sorting ---------------------------------------------------------
    # The model sorts its own rows and the proxy only filters: a proxy sort calls lessThan from
    # C++ into Python for every comparison (~22,000 for 2,000 rows, about half the time of
    # opening a 10,000-card map), where Python's sort reads one cached key per row.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (ties keep the workspace's order); -1 for no order."""
        self._sort_column, self._sort_order = column, order
        self._resort()

    def _sorted(self, ids: list[int]) -> list[int]:
        column = self._sort_column
        if not 0 <= column < len(COLUMNS) or self.document is None:
            return list(ids)
        keys = [self._sort_key_of(item_id, column) for item_id in ids]
        places = sorted(range(len(ids)), key=keys.__getitem__,
                        reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [ids[k] for k in places]

    def _resort(self) -> None:
        new = self._sorted(self._base)
        if new == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        row_now = {item_id: row for row, item_id in enumerate(new)}
        kept = self.persistentIndexList()
        self._ids = new
        self._rows = row_now
        self.changePersistentIndexList(
            kept, [self.index(row_now[old[i.row()]], i.column()) if 0 <= i.row() < len(old)
                   and old[i.row()] in row_now else QModelIndex() for i in kept])
        self.layoutChanged.emit()

    # ---- reading ---------------------------------------------------------
    def improvement(self, row: int) -> Improvement | None:
        """The improvement shown on a row."""
        if self.document is None or not 0 <= row < len(self._ids):
            return None
        return self.document.ws.get("improvements", self._ids[row])

    def row_of(self, improvement_id: int) -> int:
        """The row of an improvement, or -1."""
        rows = self._rows
        if rows is None:
            rows = self._rows = {item_id: row for row, item_id in enumerate(self._ids)}
        return rows.get(improvement_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        """Rows: one per improvement."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        """Columns: see COLUMNS."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return column_title(COLUMNS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Editable cells for the stored fields, when the file can be written."""
        base = super().flags(index)
        if not index.isValid():
            return base
        if COLUMNS[index.column()] in EDITABLE and self.document is not None and not self.document.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _stage_name(self, item: Improvement) -> str:
        stage = self.document.ws.get("stages", item.stage_id) if self.document else None
        return stage.name if stage else ""

    def _card_title(self, item: Improvement) -> str:
        card = self.document.ws.get("cards", item.card_id) if self.document else None
        return card.title if card else ""

    def _stage_position(self, item: Improvement) -> int:
        stage = self.document.ws.get("stages", item.stage_id) if self.document else None
        return stage.position if stage else 10**9

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, raw edit values, sort keys, the overdue highlight and the item's id."""
        item = self.improvement(index.row()) if index.isValid() else None
        if item is None:
            return None
        name = COLUMNS[index.column()]
        if role == ID_ROLE:
            return item.id
        if role == OVERDUE_ROLE:
            return is_overdue(item, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, name)
        if role == Qt.ItemDataRole.EditRole:
            if name in ("due_date", "follow_up"):
                return show_date(getattr(item, name))
            return getattr(item, name) if name in EDITABLE else self._display(item, name)
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole and is_overdue(item, self.today):
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and name in ("due_date", "follow_up") \
                and is_overdue(item, self.today):
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_overdue(item, self.today):
                return _tr("Overdue: the follow-up or due date has passed.")
            return item.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("priority", "impact", "effort", "votes"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display_text(self, item: Improvement, name: str) -> Any:
        """What a column shows for an improvement (DisplayRole), without going through Qt."""
        return self._display(item, name)

    def _display(self, item: Improvement, name: str) -> Any:
        lang = current_language()
        if name == "priority":
            return QLocale().toString(priority_score(item.impact, item.effort, item.votes), "g", 6)  # 9,5 in pt_BR
        if name == "status":
            return v.label(v.IMPROVEMENT_STATUS, item.status, lang)
        if name == "stage":
            return self._stage_name(item)
        if name == "card":
            return self._card_title(item)
        value = getattr(item, name)
        if name in ("due_date", "follow_up"):
            return show_date(value)  # 31/03/2027 in pt_BR (stored as 2027-03-31)
        return "" if value is None else value

    def sort_key(self, row: int, column: int) -> Any:
        """The value a row sorts by in a column (None rows last), cached until the next change."""
        return self._sort_key_of(self._ids[row], column) if 0 <= row < len(self._ids) else (True, 0)

    def _sort_key_of(self, item_id: int, column: int) -> Any:
        key = self._sort_keys.get((item_id, column))
        if key is None:
            item = self.document.ws.get("improvements", item_id) if self.document is not None else None
            value = self._sort_key(item, COLUMNS[column]) if item is not None else None
            key = self._sort_keys[(item_id, column)] = (value is None, 0 if value is None else value)
        return key

    def _sort_key(self, item: Improvement, name: str) -> Any:
        if name == "priority":
            return priority_score(item.impact, item.effort, item.votes)
        if name == "status":
            return list(v.IMPROVEMENT_STATUS).index(item.status) if item.status in v.IMPROVEMENT_STATUS else 99
        if name == "stage":
            return self._stage_position(item)
        if name in ("impact", "effort", "votes"):
            return getattr(item, name)
        if name in ("due_date", "follow_up"):
            return getattr(item, name) or "9999-99-99"  # items without a date sort last
        return str(self._display(item, name)).lower()

    # ---- editing ---------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Push the change of one cell as one undoable edit; False when nothing was saved."""
        item = self.improvement(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole or self.document is None:
            return False
        name = COLUMNS[index.column()]
        if name not in EDITABLE:
            return False
        if name in ("impact", "effort", "votes"):
            try:
                value = int(value)
            except (TypeError, ValueError):
                self.document.write_failed.emit(_tr("Please type a whole number."))
                return False
        elif name in ("due_date", "follow_up"):
            typed = str(value).strip() if value is not None else ""
            stored = read_date(typed)  # the locale's way or YYYY-MM-DD
            value = (stored if stored is not None else typed) or None  # (not a date: the rule says why)
        else:
            value = str(value)
        ops = update_ops(self.document.ws, "improvements", item.id, {name: value}, utc_now())
        if not ops:
            return False
        return self.document.push(edit_name(name), ops)


class BacklogFilter(QSortFilterProxyModel):
    """Filters by status, stage, owner and a search text; sorting is passed to the backlog model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.stage_id: int | None = None
        self.owner: str | None = None
        self.search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, **changes: Any) -> None:
        """Change some of the filters status, stage_id, owner (None = any) and search (text)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            self.beginFilterChange()
        for name, value in changes.items():
            if name not in ("status", "stage_id", "owner", "search"):
                raise TypeError(f"Unknown backlog filter {name!r}.")
            setattr(self, name, (value or "").strip().lower() if name == "search" else value)
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the backlog model order its rows (see BacklogModel.sort); other models sort here."""
        model = self.sourceModel()
        if isinstance(model, BacklogModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        """Whether an improvement passes every filter."""
        model = self.sourceModel()
        if not isinstance(model, BacklogModel):
            return True
        item = model.improvement(source_row)
        if item is None:
            return False
        if self.status is not None and item.status != self.status:
            return False
        if self.stage_id is not None and item.stage_id != self.stage_id:
            return False
        if self.owner is not None and item.owner != self.owner:
            return False
        if self.search:
            card = model.document.ws.get("cards", item.card_id) if model.document else None
            haystack = " ".join([item.title, item.description, item.owner, item.department, item.metric,
                                 item.target, card.title if card else ""]).lower()
            if self.search not in haystack:
                return False
        return True

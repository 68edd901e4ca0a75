"""The improvement backlog panel: filters, search, the table (votes as dots) and the item actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.i18n import current_language
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.edits import delete_ops, utc_now
from jornada_desktop.widgets.backlog.editor import edit_improvement
from jornada_desktop.widgets.backlog.model import COLUMNS, ID_ROLE, BacklogFilter, BacklogModel, column_title
from jornada_desktop.widgets.backlog.voting import DotsDelegate, dots_width

SIZE_ROWS = 30  # rows measured to size the columns (more than a dock shows at once)
CELL_PADDING = 16  # a cell's margins and grid line
HEADER_PADDING = 28  # a header's margins and the sort arrow
MAX_COLUMN_WIDTH = 360


class BacklogPanel(QWidget):
    """The backlog of the current journey; emits `card_requested(card_id)` to jump to a card."""

    card_requested = Signal(int)
    improvement_selected = Signal(int)  # 0 when nothing is selected
    message = Signal(str)  # a sentence for the status bar
    voting_requested = Signal()  # the Vote button: the window opens Workshop ▸ Voting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlogPanel")
        self.document: Document | None = None
        self.journey_id: int | None = None
        self._columns_sized = False
        self.model = BacklogModel(self)
        self.proxy = BacklogFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    # ---- layout ----------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New improvement…"))
        self.new_button.clicked.connect(self.new_improvement)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        actions.addSpacing(16)
        self.vote_button = QPushButton(self.tr("Vote…"))
        self.vote_button.setToolTip(self.tr("Dot voting on cards and improvements, in rounds (Workshop ▸ Voting)"))
        self.vote_button.clicked.connect(self.voting_requested)
        actions.addWidget(self.vote_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(self.tr("Filter by stage"))
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Filter by owner"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search improvements…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(search=text))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(status=self.status_filter.currentData()))
        self.stage_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(stage_id=self.stage_filter.currentData()))
        self.owner_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(owner=self.owner_filter.currentData()))
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Stage")))
        filters.addWidget(self.stage_filter)
        filters.addWidget(QLabel(self.tr("Owner")))
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setObjectName("backlogTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # a double click on a column's edge reads the first rows, not 1,000 (Qt's default)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_ROWS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(COLUMNS.index("votes"), DotsDelegate(self.table))
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

    # ---- binding ---------------------------------------------------------
    def set_journey(self, document: Document | None, journey_id: int | None) -> None:
        """Show the backlog of a journey (or nothing)."""
        if document is self.document and journey_id == self.journey_id and document is not None:
            return  # already shown (the window signals both the file and its first journey)
        if document is not self.document:
            if self.document is not None:
                self.document.changed.disconnect(self._document_changed)
            if document is not None:
                document.changed.connect(self._document_changed)
        self.document = document
        self.journey_id = journey_id
        self.model.set_journey(document, journey_id)
        self._fill_filters()
        self._columns_sized = False
        if self.isVisible():
            self._size_columns()

    def _size_columns(self) -> None:
        # Widths from the display texts of the first rows, done when the panel is on screen (see
        # showEvent): Qt's resizeColumnsToContents asks the delegate for each cell's size hint
        # (eight data() roles and a style-sheet pass per cell), about 80 ms for a 60-row backlog.
        self._columns_sized = True
        header = self.table.horizontalHeader()
        cell = self.table.fontMetrics()
        head = header.fontMetrics()
        # The improvements of the first rows as sorted and filtered, read from the model directly
        # (through Qt, each text was a QModelIndex and a data() call: ~800 per open).
        proxy, model = self.proxy, self.model
        items = [model.improvement(proxy.mapToSource(proxy.index(row, 0)).row())
                 for row in range(min(proxy.rowCount(), SIZE_ROWS))]
        items = [item for item in items if item is not None]
        for column, name in enumerate(COLUMNS):
            width = head.horizontalAdvance(column_title(name)) + HEADER_PADDING
            for item in items:
                if name == "votes":  # drawn as dots
                    if isinstance(item.votes, int):
                        width = max(width, dots_width(item.votes, cell))
                    continue
                text = model.display_text(item, name)
                if text not in (None, ""):
                    width = max(width, cell.horizontalAdvance(str(text)) + CELL_PADDING)
            header.resizeSection(column, min(width, MAX_COLUMN_WIDTH))
        title = COLUMNS.index("title")
        header.resizeSection(title, max(220, header.sectionSize(title)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._columns_sized:  # (with no journey yet, the headers alone set the widths)
            self._size_columns()

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches("improvements", "stages"):
            self._fill_filters()

    def _fill_filters(self) -> None:
        lang = current_language()
        keep = (self.status_filter.currentData(), self.stage_filter.currentData(), self.owner_filter.currentData())
        for combo in (self.status_filter, self.stage_filter, self.owner_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
        for code in v.IMPROVEMENT_STATUS:
            self.status_filter.addItem(v.label(v.IMPROVEMENT_STATUS, code, lang), code)
        if self.document is not None and self.journey_id is not None:
            ws = self.document.ws
            for stage in ws.stages(self.journey_id):
                self.stage_filter.addItem(stage.name, stage.id)
            owners = sorted({i.owner for i in ws.improvements(self.journey_id) if i.owner}, key=str.lower)
            for owner in owners:
                self.owner_filter.addItem(owner, owner)
        for combo, value in zip((self.status_filter, self.stage_filter, self.owner_filter), keep, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.proxy.set_filters(status=self.status_filter.currentData(), stage_id=self.stage_filter.currentData(),
                               owner=self.owner_filter.currentData())

    # ---- selection -------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The ids of the selected improvements."""
        rows = self.table.selectionModel().selectedRows()
        return [int(r.data(ID_ROLE)) for r in rows]

    def select_improvement(self, improvement_id: int) -> bool:
        """Select and show one improvement (clearing filters that hide it); False when unknown."""
        row = self.model.row_of(improvement_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.status_filter.setCurrentIndex(0)
            self.stage_filter.setCurrentIndex(0)
            self.owner_filter.setCurrentIndex(0)
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        self.improvement_selected.emit(ids[0] if len(ids) == 1 else 0)

    # ---- actions ---------------------------------------------------------
    def _writable(self) -> bool:
        return self.document is not None and self.journey_id is not None and not self.document.read_only

    def new_improvement(self) -> int | None:
        """Open the form for a new improvement of the journey."""
        if not self._writable():
            return None
        new_id = edit_improvement(self.document, self.journey_id, None, self)
        if new_id is not None:
            self.select_improvement(new_id)
        return new_id

    def edit_selected(self) -> None:
        """Open the form of the selected improvement."""
        ids = self.selected_ids()
        if ids and self._writable():
            edit_improvement(self.document, self.journey_id, ids[0], self)

    def delete_selected(self) -> None:
        """Delete the selected improvements (one undoable edit)."""
        ids = self.selected_ids()
        if not ids or not self._writable():
            return
        ops = delete_ops(self.document.ws, "improvements", ids, utc_now())
        self.document.push(self.tr("Delete %n improvement(s)", "", len(ids)), ops)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.document is None:
            return
        item = self.document.ws.get("improvements", index.data(ID_ROLE))
        if item is None:
            return
        if item.card_id is not None:
            self.card_requested.emit(item.card_id)
        else:
            self.edit_selected()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or self.document is None:
            return
        item = self.document.ws.get("improvements", index.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected)
        if item is not None and item.card_id is not None:
            menu.addAction(self.tr("Show the card on the map"), lambda: self.card_requested.emit(item.card_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(pos))



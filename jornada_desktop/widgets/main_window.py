"""The main window: the file's journeys, the journey in the centre, menus and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.store import OpenError


class MainWindow(QMainWindow):
    """The editor's window over one open document."""

    def __init__(self) -> None:
        super().__init__()
        self.document: Document | None = None
        self.current_journey: int | None = None
        self.setWindowTitle("Jornada")
        self.resize(1280, 800)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet("background:#FFF3CD;color:#5C4400;padding:6px;border-bottom:1px solid #E0C36A;")
        self.banner.setVisible(False)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.grid)
        self.setCentralWidget(central)
        self.journey_list = QListWidget()
        self.journey_list.setAccessibleName(self.tr("Journeys"))
        self.journey_list.currentItemChanged.connect(self._journey_selected)
        dock = QDockWidget(self.tr("Journeys"), self)
        dock.setObjectName("journeysDock")
        dock.setWidget(self.journey_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._open_dialog)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    # ---- files ---------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Tell the user what went wrong in one sentence."""
        QMessageBox.warning(self, self.tr("Jornada"), message)

    def _open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open journey map"), "", self.tr("Jornada files (*.jornada);;All files (*)")
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a file in this window; on failure say why and keep the current document."""
        try:
            document = Document.open(path, read_only=read_only, parent=self)
        except OpenError as exc:
            if getattr(exc, "reason", "") == "locked":
                answer = QMessageBox.question(
                    self, self.tr("File in use"),
                    str(exc) + "\n\n" + self.tr("Open it read-only?"),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    return self.open_path(path, read_only=True)
                return False
            self.show_error(str(exc))
            return False
        if self.document is not None:
            self.document.close()
        self.document = document
        document.changed.connect(self._document_changed)
        document.write_failed.connect(self.show_error)
        self.setWindowTitle(f"{path.name} — Jornada")
        if document.read_only:
            self.banner.setText(self.tr("Read-only: this file cannot be changed here. Edits are disabled."))
        self.banner.setVisible(document.read_only)
        self._fill_journeys()
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Release the file on close (every edit is already saved)."""
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)

    # ---- views ---------------------------------------------------------
    def _fill_journeys(self) -> None:
        self.journey_list.clear()
        assert self.document is not None
        for journey in self.document.ws.journeys():
            item = QListWidgetItem(journey.title)
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            self.journey_list.addItem(item)
        if self.journey_list.count():
            self.journey_list.setCurrentRow(0)

    def _journey_selected(self, item: QListWidgetItem | None) -> None:
        self.current_journey = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._fill_grid()

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches("journeys"):
            self._fill_journeys()
        else:
            self._fill_grid()

    def _fill_grid(self) -> None:
        self.grid.clear()
        if self.document is None or self.current_journey is None:
            return
        ws = self.document.ws
        stages = ws.stages(self.current_journey)
        lanes = ws.lanes(self.current_journey)
        self.grid.setColumnCount(len(stages))
        self.grid.setRowCount(len(lanes))
        self.grid.setHorizontalHeaderLabels([s.name for s in stages])
        self.grid.setVerticalHeaderLabels([ln.title for ln in lanes])
        for c, stage in enumerate(stages):
            for r, lane in enumerate(lanes):
                titles = [card.title for card in ws.cards_in_cell(stage.id, lane.id)]
                self.grid.setItem(r, c, QTableWidgetItem("\n".join(titles)))
        self.grid.resizeRowsToContents()
        self.statusBar().showMessage(
            self.tr("%n card(s)", "", len(ws.cards(self.current_journey)))
        )

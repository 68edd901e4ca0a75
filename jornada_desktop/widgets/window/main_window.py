"""The main window: journeys on the left, the canvas in the centre, inspector and history on the right.

Hooks for other parts of the app:
- `self.menus["file" | "edit" | "view" | "journey" | "help"]` are the menus (add actions to them);
  `self.toolbar` is the main tool bar; `self.actions_by_name` holds the standard actions.
- `add_dock(title, widget, object_name, area)` adds a dock and its toggle in View ▸ Panels.
- `document_opened(Document)` and `journey_changed(journey id or None)` signals; `self.document`,
  `self.current_journey`, `self.scene` (the JourneyScene shown), `self.view`, `self.editor`.
- `open_path(path, read_only)` opens a file; `show_error(message)` says what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QFileDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.canvas.scene import JourneyScene
from jornada_desktop.canvas.style import ui_lang
from jornada_desktop.canvas.view import JourneyView
from jornada_desktop.editing.commands import JourneyEditor
from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.icons import icon
from jornada_desktop.messages import open_error_text
from jornada_desktop.model import vocabulary as v
from jornada_desktop.store import OpenError
from jornada_desktop.widgets.features import install_window_features
from jornada_desktop.widgets.window.canvas_controller import CanvasController
from jornada_desktop.widgets.window.inspector import Inspector
from jornada_desktop.widgets.window.journey_list import JourneyList
from jornada_desktop.widgets.window.lock_dialog import LockChoice, ask_about_lock
from jornada_desktop.widgets.window.notes_dialog import NotesDialog
from jornada_desktop.widgets.window.palette import CardPalette


class MainWindow(QMainWindow):
    """The editor's window over one open document."""

    document_opened = Signal(object)  # Document
    journey_changed = Signal(object)  # journey id or None
    # Below this height the panels that open below the map start closed.
    TALL_ENOUGH_FOR_BOTTOM_PANELS = 1000
    # On the tool bar these say their name beside the icon while there is room, the last given
    # up first; the others show the icon alone (names and keys are in every tooltip).
    NAMED_TOOLS = ("presentation", "fit", "find", "filter", "add_stage")

    def __init__(self) -> None:
        super().__init__()
        self.document: Document | None = None
        self.editor: JourneyEditor | None = None
        self.current_journey: int | None = None
        self.lang = ui_lang()
        self.setWindowTitle("Jornada")
        self._fit_to_screen()
        self.menus: dict[str, QMenu] = {}
        self._lazy_docks: dict[QDockWidget, Callable[[], QWidget]] = {}
        self.actions_by_name: dict[str, QAction] = {}
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet("background:#FFF3CD;color:#5C4400;padding:6px;border-bottom:1px solid #E0C36A;")
        self.banner.setVisible(False)
        self.view = JourneyView()
        self.canvas = CanvasController(self.view, self, self.lang)
        self.canvas.selection_changed.connect(self._selection_changed)
        self.canvas.notes_requested.connect(self.open_notes)
        # The count reads the scene, and the window hears of an edit before the scene followed it
        # (it connected to the document first): an edit that left the selection alone (a
        # presentation-mode capture, a restored version) left the count one edit behind.
        self.canvas.cards_changed.connect(self._update_counts)
        self.canvas.refused.connect(lambda why: self.statusBar().showMessage(why, 8000))
        self.canvas.keys_of = lambda name: (self.actions_by_name[name].shortcut() if name in self.actions_by_name
                                            else QKeySequence())
        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.banner)
        self.central_layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_menus()
        self._build_docks()
        self._build_toolbar()
        self.zoom_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.zoom_label.setText("100 %")
        self.statusBar().showMessage(self.tr("Ready"))
        install_window_features(self)  # personas, backlog, metrics, dashboard, export, versions (widgets/features.py)
        self._update_actions()

    @property
    def scene(self) -> JourneyScene | None:
        """The journey scene on the canvas."""
        return self.canvas.scene

    # ---- building ----------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        a = self._action
        a("new", self.tr("&New map…"), self._new_dialog, sk.New, self.tr("Create a new map from a template"))
        a("open", self.tr("&Open…"), self._open_dialog, sk.Open, self.tr("Open a journey map file"))
        a("quit", self.tr("&Quit"), self.close, sk.Quit)
        self.undo_action = a("undo", self.tr("&Undo"), self._undo, sk.Undo)
        redo_keys = QKeySequence.keyBindings(sk.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # (the Windows key, which people bring everywhere)
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action = a("redo", self.tr("&Redo"), self._redo, redo_keys)
        a("cut", self.tr("Cu&t"), self.canvas.cut, sk.Cut)
        a("copy", self.tr("&Copy"), self.canvas.copy, sk.Copy)
        a("paste", self.tr("&Paste"), self.canvas.paste, sk.Paste)
        a("duplicate", self.tr("D&uplicate"), self.canvas.duplicate_selection, QKeySequence("Ctrl+D"))
        a("delete", self.tr("&Delete"), self.canvas.delete_selection, sk.Delete)
        a("select_all", self.tr("Select &all cards"), self.canvas.select_all, sk.SelectAll)
        a("find", self.tr("&Find…"), self.find, sk.Find)
        a("new_card", self.tr("New &card in current cell"), lambda: self.canvas.new_card(),
          QKeySequence("Ctrl+Return"), self.tr("Type a card's title in the current cell"))
        a("edit_title", self.tr("&Edit title"), self._edit_selected_title, QKeySequence("F2"))
        a("notes", self.tr("&Notes of card…"), self._notes_of_selection, QKeySequence("Ctrl+Shift+N"))
        a("add_stage", self.tr("Add &stage"), lambda: self.canvas.add_stage(), QKeySequence("Ctrl+Shift+E"))
        a("zoom_in", self.tr("Zoom &in"), self.view.zoom_in, sk.ZoomIn)
        a("zoom_out", self.tr("Zoom &out"), self.view.zoom_out, sk.ZoomOut)
        a("fit", self.tr("&Fit map"), self.view.fit, QKeySequence("Ctrl+0"))
        a("actual_size", self.tr("&Actual size"), self.view.reset_zoom, QKeySequence("Ctrl+1"))
        a("focus_canvas", self.tr("Go to the &map"), self.view.setFocus, QKeySequence("F6"))
        # Editing keys act on the canvas only while it (or its editor) has focus.
        for name in ("delete", "cut", "copy", "paste", "select_all", "duplicate", "edit_title"):
            self.actions_by_name[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(self.actions_by_name[name])
            self.removeAction(self.actions_by_name[name])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        names = self.actions_by_name
        file_menu = self.menus["file"] = bar.addMenu(self.tr("&File"))
        file_menu.addActions([names["new"], names["open"]])
        file_menu.addSeparator()
        file_menu.addAction(names["quit"])
        edit = self.menus["edit"] = bar.addMenu(self.tr("&Edit"))
        edit.addActions([names["undo"], names["redo"]])
        edit.addSeparator()
        edit.addActions([names["cut"], names["copy"], names["paste"], names["duplicate"], names["delete"]])
        edit.addSeparator()
        edit.addActions([names["select_all"], names["find"]])
        view = self.menus["view"] = bar.addMenu(self.tr("&View"))
        view.addActions([names["zoom_in"], names["zoom_out"], names["fit"], names["actual_size"]])
        view.addSeparator()
        view.addAction(names["focus_canvas"])
        self.hidden_menu = view.addMenu(self.tr("Show &hidden"))
        self.hidden_menu.aboutToShow.connect(self._fill_hidden_menu)
        self.panels_menu = view.addMenu(self.tr("&Panels"))
        journey = self.menus["journey"] = bar.addMenu(self.tr("&Journey"))
        journey.addActions([names["new_card"], names["edit_title"], names["notes"]])
        journey.addSeparator()
        journey.addAction(names["add_stage"])
        lanes = self.add_lane_menu = journey.addMenu(self.tr("Add &lane"))
        for kind in v.LANE_KINDS:
            action = lanes.addAction(v.label(v.LANE_KINDS, kind, self.lang))
            action.triggered.connect(lambda _c=False, k=kind: self.canvas.add_lane(k))
        self.menus["help"] = bar.addMenu(self.tr("&Help"))

    def _build_docks(self) -> None:
        self.journey_list = JourneyList()
        self.journey_list.current_changed.connect(self.show_journey)
        self.journey_list.add_requested.connect(self._add_journey)
        self.journey_list.rename_requested.connect(lambda jid, t: self._edit(lambda e: e.rename("journeys", jid, t)))
        self.journey_list.duplicate_requested.connect(self._duplicate_journey)
        self.journey_list.delete_requested.connect(self._delete_journey)
        self.journey_list.reordered.connect(lambda ids: self._edit(lambda e: e.reorder("journeys", ids)))
        self.journeys_dock = self.add_dock(self.tr("Journeys"), self.journey_list, "journeysDock",
                                           Qt.DockWidgetArea.LeftDockWidgetArea)
        self.palette = CardPalette(self.lang)
        self.palette.kind_activated.connect(lambda kind: self.canvas.new_card(kind))
        self.palette_dock = self.add_dock(self.tr("Cards"), self.palette, "paletteDock",
                                          Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector = Inspector(self.lang)
        self.inspector.changes_requested.connect(self._inspector_changes)
        self.inspector.undo_requested.connect(self._undo)
        self.inspector.redo_requested.connect(self._redo)
        self.inspector.notes_requested.connect(self.open_notes)
        self.inspector.observed_requested.connect(lambda card: self.editor and self.editor.mark_observed(card))
        self.inspector.rating_requested.connect(
            lambda card, persona, scenario, value: self.editor and self.editor.set_rating(card, persona, scenario, value))
        self.inspector_dock = self.add_dock(self.tr("Inspector"), self.inspector, "inspectorDock",
                                            Qt.DockWidgetArea.RightDockWidgetArea)
        self.undo_view = QUndoView()
        self.undo_view.setObjectName("undoView")
        self.undo_view.setAccessibleName(self.tr("Undo history"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.history_dock = self.add_dock(self.tr("History"), self.undo_view, "historyDock",
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        # The history list follows the undo stack only while it can be seen: its model is reset
        # on every edit (~0.3 ms, growing with the stack), a third of an edit's own cost.
        self.history_dock.visibilityChanged.connect(self._sync_history_view)
        self._docks_sized = False

    def _build_toolbar(self) -> None:
        bar = self.toolbar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolBar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        names = self.actions_by_name
        for name, icon_name in (("new", "new"), ("open", "open"), ("undo", "undo"), ("redo", "redo"),
                                ("cut", "cut"), ("copy", "copy"), ("paste", "paste"), ("delete", "delete"),
                                ("zoom_in", "zoom_in"), ("zoom_out", "zoom_out"), ("fit", "zoom_fit"),
                                ("add_stage", "add_stage"),
                                ("find", "find")):
            picture = icon(icon_name)
            if not picture.isNull():
                names[name].setIcon(picture)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for name in ("new", "open", None, "undo", "redo", None, "cut", "copy", "paste", "delete", None,
                     "add_stage", None, "zoom_out", "zoom_in", "fit"):
            if name is None:
                bar.addSeparator()
            else:
                bar.addAction(names[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def name_tools(self) -> None:
        """The most used tools say their name beside the icon, as many as the bar has room for."""
        bar = self.toolbar
        buttons = [bar.widgetForAction(self.actions_by_name[n]) for n in self.NAMED_TOOLS if n in self.actions_by_name]
        buttons = [b for b in buttons if isinstance(b, QToolButton)]
        icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
        for button in buttons:
            button.setToolButtonStyle(icon_only)
        room = self.width() - 16  # (the bar's handle and margins)
        used = bar.sizeHint().width()
        for button in buttons:
            before = button.sizeHint().width()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            grown = button.sizeHint().width() - before
            if used + grown > room:
                button.setToolButtonStyle(icon_only)
                break
            used += grown

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Name as many tools as the new width has room for."""
        super().resizeEvent(event)
        if self._docks_sized and event.oldSize().width() != event.size().width():
            self.name_tools()

    def add_dock(self, title: str, widget: QWidget, object_name: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea, wrap: bool = True) -> QDockWidget:
        """Add a dock (with its toggle in View ▸ Panels) and return it.

        A panel that is not itself scrollable is put in a scroll area, so no panel can force the
        window past a laptop screen (1280 × 800). Panels on the right share one tabbed column with
        the inspector, panels at the bottom share tabs, so the canvas keeps most of the window.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        if wrap:
            self._put_in_dock(dock, widget)
        else:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        # the window's own docks only (a recursive findChildren walks every widget of every panel)
        docks = self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        first = next((d for d in docks
                      if d is not dock and self.dockWidgetArea(d) == area and not d.isFloating()
                      and d.objectName() not in ("journeysDock", "paletteDock")), None)
        if first is not None and area in (Qt.DockWidgetArea.RightDockWidgetArea,
                                          Qt.DockWidgetArea.BottomDockWidgetArea):
            self.tabifyDockWidget(first, dock)
            first.raise_()
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def add_lazy_dock(self, title: str, build: Callable[[], QWidget], object_name: str,
                      area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """A dock whose panel is built by `build()` when the dock is first on screen.

        Panels behind another dock's tab cost nothing at start-up (the personas library and the
        metrics table: ~35 ms of a 450 ms start); `build_all_panels()` builds them at once.
        """
        placeholder = QFrame()  # (not put in a scroll area: that would cost its own polish)
        dock = self.add_dock(title, placeholder, object_name, area, wrap=False)
        self._lazy_docks[dock] = build

        def shown(visible: bool) -> None:
            if visible:
                self.build_lazy_dock(dock)

        dock.visibilityChanged.connect(shown)
        return dock

    def build_lazy_dock(self, dock: QDockWidget) -> None:
        """Build a lazy dock's panel now (nothing when it is built already)."""
        build = self._lazy_docks.pop(dock, None)
        if build is not None:
            self._put_in_dock(dock, build())

    def build_all_panels(self) -> None:
        """Build every dock panel not built yet (they are otherwise built when first shown), and
        the inspector's card form (otherwise built for the first card shown)."""
        for dock in list(self._lazy_docks):
            self.build_lazy_dock(dock)
        self.inspector.ensure_form()

    def _put_in_dock(self, dock: QDockWidget, widget: QWidget) -> None:
        old = dock.widget()
        if isinstance(widget, QAbstractScrollArea):
            dock.setWidget(widget)
        else:
            scroller = QScrollArea()
            scroller.setObjectName(f"{dock.objectName()}Scroller")
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidgetResizable(True)
            # Panels scroll down, never sideways: they follow the dock's width.
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroller.setWidget(widget)
            dock.setWidget(scroller)
        if old is not None:
            old.deleteLater()

    def _fit_to_screen(self) -> None:
        """The last size and place of the window, or most of the screen the first time."""
        stored = QSettings("Jornada", "Jornada").value("window/geometry")
        self.first_time = not (stored is not None and self.restoreGeometry(stored))
        if not self.first_time:
            return
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or area.isEmpty():
            self.resize(1280, 800)
            return
        width, height = min(1440, int(area.width() * 0.94)), min(900, int(area.height() * 0.94))
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    # ---- files ---------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Tell the user what went wrong in one sentence."""
        QMessageBox.warning(self, self.tr("Jornada"), message)

    def _open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open journey map"), "", self.tr("Jornada files (*.jornada);;All files (*)")
        )
        if name:
            self.open_path(Path(name))

    def _new_dialog(self) -> None:
        from jornada_desktop.templates import create_from_template, list_templates

        templates = list_templates(self.lang)
        titles = [t.title for t in templates]
        title, ok = QInputDialog.getItem(self, self.tr("New map"), self.tr("Start from:"), titles, 0, False)
        if not ok:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New journey map"), "",
                                              self.tr("Jornada files (*.jornada)"))
        if not name:
            return
        path = Path(name) if name.endswith(".jornada") else Path(name + ".jornada")
        try:
            create_from_template(path, templates[titles.index(title)].name, self.lang).close()
        except (OSError, OpenError, ValueError) as exc:
            self.show_error(open_error_text(exc, path))
            return
        self.open_path(path)

    def open_path(self, path: Path, read_only: bool = False, take_over_lock: bool = False) -> bool:
        """Open a file in this window; on failure say why and keep the current document."""
        try:
            document = Document.open(path, read_only=read_only, parent=self, take_over_lock=take_over_lock)
        except OpenError as exc:
            if getattr(exc, "reason", "") == "locked":
                choice = ask_about_lock(self, Path(path).name, getattr(exc, "holder", None))
                if choice is LockChoice.CANCEL:
                    return False
                return self.open_path(path, read_only=choice is LockChoice.READ_ONLY,
                                      take_over_lock=choice is LockChoice.TAKE_OVER)
            self.show_error(open_error_text(exc, path))
            return False
        self.commit_typing()  # (into the file open until now)
        self._close_document()
        self.document = document
        self.editor = JourneyEditor(document, self)
        document.changed.connect(self._document_changed)
        document.write_failed.connect(self.show_error)
        # Every push, undo, redo and clear moves the stack's index: one update per edit (the
        # can-undo/redo and text signals fire up to four times for the same push).
        document.undo_stack.indexChanged.connect(self._update_actions)
        self._sync_history_view()
        self.canvas.set_document(document, self.editor)
        self.setWindowTitle(f"{Path(path).name} — Jornada")
        if document.read_only:
            self.banner.setText(self.tr("Read-only: this file cannot be changed here. Edits are disabled."))
        self.banner.setVisible(document.read_only)
        journeys = document.ws.journeys()
        self.current_journey = None
        self._fill_journeys(journeys[0].id if journeys else None)
        self.show_journey(journeys[0].id if journeys else None)
        self._update_actions()
        self.document_opened.emit(document)
        self.view.setFocus()
        return True

    def _sync_history_view(self, visible: bool | None = None) -> None:
        if visible is None:  # a dock behind another's tab stays "visible" but has nothing on screen
            visible = self.history_dock.isVisible() and not self.history_dock.visibleRegion().isEmpty()
        stack = self.document.undo_stack if self.document is not None and visible else None
        if self.undo_view.stack() is not stack:
            self.undo_view.setStack(stack)

    def _close_document(self) -> None:
        if self.document is None:
            return
        self.canvas.set_document(None, None)
        self.undo_view.setStack(None)  # before the stack goes with the document
        self.inspector.show_cards(None, [])
        document, editor = self.document, self.editor
        self.document = None
        self.editor = None
        document.close()
        # The window parented them (Qt owns a child until its parent goes): given back to Python,
        # they are freed with the last reference. Kept as children, every file opened in a session
        # stayed in memory with its whole workspace.
        document.setParent(None)
        if editor is not None:
            editor.setParent(None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """The side panels as the user left them, or a sensible size the first time the window shows."""
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            self.keys_in_tooltips()
            self.name_tools()
            state = QSettings("Jornada", "Jornada").value("window/state")
            if state is not None and self.restoreState(state):
                return
            # the side columns give way on a narrow screen (1024 px: the map keeps more than half)
            width = self.width()
            self.resizeDocks([self.journeys_dock, self.inspector_dock],
                             [min(220, max(190, int(width * 0.17))), min(340, int(width * 0.28))], Qt.Orientation.Horizontal)
            bottom = [d for d in self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                      if self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea and d.isVisible()]
            if bottom and self.height() < self.TALL_ENOUGH_FOR_BOTTOM_PANELS:
                # A laptop or a projector: the map keeps the whole height; the backlog and the
                # metrics start closed (View ▸ Panels opens them below the map, where they stay).
                # As tabs beside the inspector their names were cut to a few letters.
                for dock in bottom:
                    dock.close()
            elif bottom:
                self.resizeDocks(bottom[:1], [max(160, self.height() // 4)], Qt.Orientation.Vertical)

    def show_at_start(self) -> None:
        """Show the window as the person left it; the first time, maximized on a screen up to 1920
        pixels wide (a laptop, a projector: the map gets the whole screen)."""
        screen = self.screen()
        if self.first_time and screen is not None and screen.availableGeometry().width() <= 1920:
            self.showMaximized()
        else:
            self.show()

    def keys_in_tooltips(self) -> None:
        """Tool buttons say their keys, read from the actions themselves ("Fit map (Ctrl+0)")."""
        native = QKeySequence.SequenceFormat.NativeText
        for action in self.findChildren(QAction):
            keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")
            if keys and text:
                action.setToolTip(f"{text} ({' / '.join(keys)})")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save what is still being typed, release the file, remember the window's layout."""
        self.commit_typing()
        if self.isVisible():
            stored = QSettings("Jornada", "Jornada")
            stored.setValue("window/geometry", self.saveGeometry())
            stored.setValue("window/state", self.saveState())
        self._close_document()
        super().closeEvent(event)

    # ---- journeys ------------------------------------------------------------------------------------
    def _fill_journeys(self, current: int | None) -> None:
        if self.document is None:
            self.journey_list.set_journeys([], None)
            return
        self.journey_list.set_journeys(self.document.ws.journeys(), current)

    def show_journey(self, journey_id: int | None) -> None:
        """Show a journey of the file on the canvas."""
        if journey_id == self.current_journey and (journey_id is None or self.scene is not None):
            return
        self.commit_typing()
        self.current_journey = journey_id
        self.canvas.show_journey(journey_id)
        if journey_id is not None and self.journey_list.current_id() != journey_id:
            self._fill_journeys(journey_id)
        self._update_counts()
        self.journey_changed.emit(journey_id)

    def _edit(self, action: Any) -> Any:
        return action(self.editor) if self.editor is not None else None

    def _add_journey(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New journey"), self.tr("Title of the journey:"),
                                         text=self.tr("New journey"))
        if ok and title.strip():
            new_id = self._edit(lambda e: e.add_journey(title.strip()))
            if new_id is not None:
                self.show_journey(new_id)

    def _duplicate_journey(self, journey_id: int) -> None:
        journey = self.document.ws.get("journeys", journey_id) if self.document else None
        if journey is None:
            return
        title = self.tr("%1 (copy)").replace("%1", journey.title)
        new_id = self._edit(lambda e: e.duplicate_journey(journey_id, title))
        if new_id is not None:
            self.show_journey(new_id)

    def _delete_journey(self, journey_id: int) -> None:
        if self.document is None:
            return
        journey = self.document.ws.get("journeys", journey_id)
        if journey is None:
            return
        count = len(self.document.ws.cards(journey_id))
        question = self.tr("Delete the journey “%1” with its %n card(s)?", "", count).replace("%1", journey.title)
        if not self.canvas.confirm(self.tr("Delete journey"), question + "\n"
                                   + self.tr("You can undo this with Edit ▸ Undo.")):
            return
        self._edit(lambda e: e.delete_journey(journey_id))

    # ---- following the document ---------------------------------------------------------------------
    def _document_changed(self, change: ChangeSet) -> None:
        if self.document is None:
            return
        if change.touches("journeys"):
            ids = [j.id for j in self.document.ws.journeys()]
            current = self.current_journey if self.current_journey in ids else (ids[0] if ids else None)
            self._fill_journeys(current)
            if current != self.current_journey:
                self.current_journey = None
                self.show_journey(current)
        if change.touches("cards", "personas", "ratings", "journey_personas", "quotes"):
            selected = self.canvas.selected_ids()
            touched = change.ids("cards")
            shown = self.inspector.card.id if self.inspector.card is not None else None
            # Refill the inspector only when what it shows changed (not on every edit of a big map).
            if (change.touches("personas", "ratings", "journey_personas", "quotes") or touched & set(selected)
                    or shown in touched
                    or len(selected) != 1 or shown != selected[0]):
                self.inspector.show_cards(self.document.ws, selected)
        self._update_counts()

    def _selection_changed(self, ids: list[int]) -> None:
        self.inspector.show_cards(self.document.ws if self.document else None, ids)
        self._update_actions()
        self._update_counts()

    def _update_counts(self) -> None:
        if self.document is None or self.current_journey is None:
            self.count_label.setText("")
            return
        scene = self.scene
        if scene is not None and scene.journey_id == self.current_journey:
            count = len(scene.card_items)  # the canvas holds one item per placed card
        else:
            count = sum(1 for c in self.document.ws.cards(self.current_journey) if c.parent_id is None)
        text = self.tr("%n card(s)", "", count)
        selected = len(self.canvas.selected_ids())
        if selected:
            text += " · " + self.tr("%n selected", "", selected)
        self.count_label.setText(text)

    def _update_actions(self, *_args: Any) -> None:
        doc = self.document
        writable = doc is not None and not doc.read_only
        has_scene = self.scene is not None
        selected = bool(self.canvas.selected_ids())
        names = self.actions_by_name
        stack = doc.undo_stack if doc is not None else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()) and writable)
        self.redo_action.setEnabled(bool(stack and stack.canRedo()) and writable)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()) if stack and stack.canUndo()
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()) if stack and stack.canRedo()
                                 else self.tr("&Redo"))
        for name in ("cut", "delete", "duplicate", "edit_title", "notes"):
            names[name].setEnabled(writable and selected)
        names["copy"].setEnabled(selected)
        for name in ("paste", "new_card"):
            names[name].setEnabled(writable and has_scene)
        structural = writable and has_scene and not self.scene.structure_locked()
        names["add_stage"].setEnabled(structural)  # (greyed out while the structure is locked)
        self.add_lane_menu.setEnabled(structural)
        for name in ("select_all", "find", "zoom_in", "zoom_out", "fit", "actual_size"):
            names[name].setEnabled(has_scene)
        self.palette.setEnabled(writable)
        self.journey_list.add_action.setEnabled(writable)
        for action in (self.journey_list.duplicate_action, self.journey_list.delete_action,
                       self.journey_list.rename_action, self.journey_list.up_action, self.journey_list.down_action):
            action.setEnabled(writable and self.current_journey is not None)

    def _undo(self) -> None:
        if self.document is not None:
            self.commit_typing()
            self.document.undo_stack.undo()

    def _redo(self) -> None:
        if self.document is not None:
            self.commit_typing()
            self.document.undo_stack.redo()

    def commit_typing(self) -> None:
        """Save every text typed and not yet saved (the canvas's in-place editor, the inspector)."""
        self.view.close_editor(commit=True)
        self.inspector.commit_typing()

    def _inspector_changes(self, card_id: int, changes: dict[str, Any], merge_key: object) -> None:
        editor = self.editor
        if editor is not None:
            with editor.merging(merge_key):
                editor.update_card(card_id, changes)

    # ---- commands --------------------------------------------------------------------------------------
    def _edit_selected_title(self) -> None:
        ids = self.canvas.selected_ids()
        if ids:
            self.view.edit_title(ids[0])

    def _notes_of_selection(self) -> None:
        ids = self.canvas.selected_ids()
        if ids:
            self.open_notes(ids[0])

    def open_notes(self, card_id: int) -> None:
        """Show (and edit) the notes attached to a card."""
        if self.editor is None:
            return
        dialog = NotesDialog(self.editor, card_id, self)
        dialog.exec()

    def find(self) -> None:
        """Select the cards whose text contains a word (a simple search; Enter shows the first)."""
        if self.scene is None or self.document is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Find"), self.tr("Find cards containing:"))
        text = text.strip().casefold()
        if not ok or not text:
            return
        hits = [c.id for c in self.document.ws.cards(self.scene.journey_id)
                if c.parent_id is None and (text in c.title.casefold() or text in c.body.casefold()
                                            or text in c.department.casefold())]
        self.scene.select_cards(hits)
        if hits:
            self.view.ensureVisible(self.scene.card_items[hits[0]].sceneBoundingRect(), 60, 60)
            self.statusBar().showMessage(self.tr("%n card(s) found", "", len(hits)), 5000)
        else:
            self.statusBar().showMessage(self.tr("No card contains “%1”.").replace("%1", text), 5000)

    def _fill_hidden_menu(self) -> None:
        self.hidden_menu.clear()
        sub = self.canvas.build_hidden_menu(self)
        for action in sub.actions():
            self.hidden_menu.addAction(action)
        if not sub.actions():
            none = self.hidden_menu.addAction(self.tr("Nothing is hidden"))
            none.setEnabled(False)

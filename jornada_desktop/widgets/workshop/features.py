"""Workshop features added to a main window with one call: find bar, filters and saved views,
presentation mode, structure lock, preferences, recent files, start screen, help and a live language
switch. `install_workshop_features(window)` only uses the window's public hooks (menus, actions,
docks, signals)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from jornada_desktop import __version__, i18n
from jornada_desktop.icons import app_icon, icon
from jornada_desktop.model.edits import update_ops, utc_now
from jornada_desktop.model.search import Match
from jornada_desktop.settings import Settings
from jornada_desktop.widgets.window.filter_panel import FilterPanel, apply_filter_to_scene
from jornada_desktop.widgets.window.find_bar import FindBar
from jornada_desktop.widgets.window.hooks import Shown


def _keep_alive(window: QWidget) -> None:
    """Hold a reference to a top-level window for the application's lifetime."""
    app = QApplication.instance()
    if app is not None:
        windows = getattr(app, "_jornada_windows", [])
        windows = [w for w in windows if _alive(w)]
        windows.append(window)
        app._jornada_windows = windows  # type: ignore[attr-defined]


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


class WorkshopFeatures(QObject):
    """The features this module adds to one main window (see the module docstring)."""

    window_replaced = Signal(object)  # the new main window after a language switch

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.settings = Settings()
        self.presentation: Any = None
        self.start_screen: Any = None
        self.room_window: Any = None  # Workshop ▸ Room… (phones join), built when first opened
        self.room_status: QPushButton | None = None  # "● Room open · 3 people" in the status bar
        self.language = i18n.current_language()
        # The file and journey the find bar and the filter show.
        self._context = Shown()
        self._build_find()
        self._build_filter()
        self._build_room()
        self._build_lock_banner()
        self._build_actions()
        window.document_opened.connect(self._document_opened)
        window.journey_changed.connect(self._journey_changed)
        if hasattr(window, "canvas"):
            window.canvas.scene_changed.connect(lambda _scene: self._apply_filter())
        window.installEventFilter(self)
        if window.document is not None:
            self._document_opened(window.document)

    # ---- find ------------------------------------------------------------------------------
    def _build_find(self) -> None:
        w = self.window
        self.find_bar = FindBar(w)
        self.find_bar.hide()
        w.central_layout.addWidget(self.find_bar)
        self.find_bar.match_selected.connect(self.show_match)
        self.find_bar.closed.connect(lambda: w.view.setFocus())
        find = w.actions_by_name.get("find")
        if find is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                find.triggered.disconnect()
            find.triggered.connect(lambda _checked=False: self.open_find())
            find.setIcon(icon("find"))

    def open_find(self) -> None:
        """Show the find bar (Ctrl+F)."""
        self.find_bar.set_context(self.window.document, self.window.current_journey)
        self.find_bar.open_bar()

    def show_match(self, match: Match) -> None:
        """Select the card a hit is in (a note's card, an improvement's or a quote's card) and scroll to it."""
        w = self.window
        doc, scene = w.document, w.scene
        if doc is None or scene is None:
            return
        ws = doc.ws
        card_id: int | None = None
        if match.table == "cards":
            card = ws.get("cards", match.id)
            card_id = card.parent_id or card.id if card else None
        elif match.table == "quotes":
            quote = ws.get("quotes", match.id)
            card_id = quote.card_id if quote else None
            if quote is not None:
                text = quote.text if len(quote.text) <= 120 else quote.text[:120] + "…"
                w.statusBar().showMessage(self.tr("Quote: “%1”").replace("%1", " ".join(text.split())), 8000)
        else:
            item = ws.get("improvements", match.id)
            card_id = item.card_id if item else None
            if item is not None:
                w.statusBar().showMessage(self.tr("Improvement: %1").replace("%1", item.title), 6000)
        if card_id is None or card_id not in scene.card_items:
            scene.clearSelection()
            return
        scene.select_cards([card_id])
        w.view.ensureVisible(scene.card_items[card_id].sceneBoundingRect(), 60, 60)

    # ---- filter and saved views -------------------------------------------------------------------
    def _build_filter(self) -> None:
        # Hidden until asked for (Ctrl+Shift+F or a saved layout): built when first shown (its ~40
        # widgets cost ~10 ms of start-up with the style sheet).
        self._filter_panel: FilterPanel | None = None
        self.filter_dock = self.window.add_lazy_dock(self.tr("Filter"), self._make_filter_panel, "filterDock",
                                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.filter_dock.hide()

    def _make_filter_panel(self) -> FilterPanel:
        panel = self._filter_panel = FilterPanel()
        panel.set_context(self.window.document, self.window.current_journey,
                          getattr(self.window, "lang", i18n.current_language()))
        panel.filter_changed.connect(lambda _f: self._apply_filter())
        return panel

    @property
    def filter_panel(self) -> FilterPanel:
        """The filter panel (built on first use)."""
        if self._filter_panel is None:
            self.window.build_lazy_dock(self.filter_dock)
        assert self._filter_panel is not None
        return self._filter_panel

    def _apply_filter(self) -> None:
        scene = self.window.scene
        if scene is not None and self._filter_panel is not None:  # (no panel yet: nothing is filtered)
            apply_filter_to_scene(scene, self._filter_panel.current_filter())

    def open_filter(self) -> None:
        """Show the filter panel with the keyboard in it."""
        self.filter_dock.show()
        self.filter_dock.raise_()
        self.filter_panel.tree.setFocus()

    # ---- the room: people, voting, agenda -------------------------------------------------------------
    def _build_room(self) -> None:
        self._room: Any = None
        self.room_dock = self.window.add_lazy_dock(self.tr("Workshop"), self._make_room, "roomDock",
                                                   Qt.DockWidgetArea.RightDockWidgetArea)
        self.room_dock.hide()

    def _make_room(self) -> QWidget:
        from jornada_desktop.widgets.workshop.room import RoomDock

        room = self._room = RoomDock()
        room.message.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        room.set_context(self.window.document, self.window.current_journey,
                         getattr(self.window, "lang", i18n.current_language()))
        return room

    @property
    def room(self) -> Any:
        """The Workshop dock's panel (built on first use)."""
        if self._room is None:
            self.window.build_lazy_dock(self.room_dock)
        return self._room

    def open_room(self, tab: int) -> None:
        """Show the Workshop dock on a tab (0 people, 1 voting, 2 agenda) with the keyboard in it."""
        self.room_dock.show()
        self.room_dock.raise_()
        self.room.show_tab(tab)

    # ---- the lock shows ---------------------------------------------------------------------------------
    def _build_lock_banner(self) -> None:
        banner = self.lock_banner = QLabel()
        banner.setObjectName("lockBanner")
        banner.setWordWrap(True)
        banner.setVisible(False)
        self.window.central_layout.insertWidget(1, banner)  # (under the read-only banner, over the map)

    def _update_lock_banner(self, locked: bool) -> None:
        self.lock_banner.setText(self.tr("Structure locked for the workshop: stages and lanes cannot be added, "
                                         "moved, renamed or deleted; cards can. Workshop ▸ Lock structure "
                                         "(Ctrl+L) unlocks."))
        self.lock_banner.setVisible(locked)

    # ---- actions and menus ---------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Any, keys: str | QKeySequence.StandardKey | None = None,
                icon_name: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.window.actions_by_name.setdefault(name, action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        menus = w.menus
        a = self._action
        self.start_action = a("start_screen", self.tr("&Start screen…"), self.show_start_screen,
                              "Ctrl+Shift+H", "jornada")
        self.recent_menu = QMenu(self.tr("Open &recent"), w)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.preferences_action = a("preferences", self.tr("&Preferences…"), self.show_preferences, "Ctrl+,",
                                    "preferences")
        file_menu = menus.get("file")
        if file_menu is not None:
            quit_action = w.actions_by_name.get("quit")
            before = quit_action if quit_action in file_menu.actions() else None  # None appends
            file_menu.insertAction(before, self.start_action)
            file_menu.insertMenu(before, self.recent_menu)
            file_menu.insertSeparator(before)
            file_menu.insertAction(before, self.preferences_action)
            file_menu.insertSeparator(before)
        self.filter_action = a("filter", self.tr("Fi&lter and views…"), self.open_filter, "Ctrl+Shift+F", "filter")
        if "view" in menus:
            menus["view"].addSeparator()
            menus["view"].addAction(self.filter_action)
        self.presentation_action = a("presentation", self.tr("&Presentation mode"), self.start_presentation,
                                     "F5", "presentation")
        self.lock_action = a("lock_structure", self.tr("&Lock structure"), self.toggle_lock, "Ctrl+L", "lock",
                             checkable=True)
        self.snapshot_action = a("post_workshop_snapshot", self.tr("Keep a post-workshop &snapshot"),
                                 self.take_snapshot, None, "snapshot")
        self.people_action = a("participants", self.tr("P&eople in the room…"), lambda: self.open_room(0),
                               "Ctrl+Shift+P", "people")
        self.voting_action = a("voting", self.tr("&Voting…"), lambda: self.open_room(1), "Ctrl+Shift+B", "vote")
        self.agenda_action = a("agenda", self.tr("&Agenda…"), lambda: self.open_room(2), None, "agenda")
        self.room_mode_action = a("room_mode", self.tr("&Room: join from phones…"), self.open_room_mode,
                                  "Ctrl+Shift+J", "people")
        workshop = self.workshop_menu = QMenu(self.tr("&Workshop"), w)
        workshop.addActions([self.presentation_action, self.lock_action])
        workshop.addSeparator()
        workshop.addActions([self.people_action, self.voting_action, self.agenda_action])
        workshop.addSeparator()
        workshop.addAction(self.room_mode_action)
        workshop.addSeparator()
        workshop.addAction(self.snapshot_action)
        menus["workshop"] = workshop
        help_menu = menus.get("help")
        if help_menu is not None:
            w.menuBar().insertMenu(help_menu.menuAction(), workshop)
        else:
            w.menuBar().addMenu(workshop)
            help_menu = menus["help"] = w.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = a("guide", self.tr("&Guide"), lambda: self.show_help(False), "F1", "help")
        self.shortcuts_action = a("shortcuts", self.tr("&Keyboard shortcuts"), lambda: self.show_help(True),
                                  "Ctrl+F1")
        self.about_action = a("about", self.tr("&About Jornada"), self.show_about, None, "jornada")
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        toolbar = getattr(w, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(w.actions_by_name.get("find", self.filter_action))
            toolbar.addAction(self.filter_action)
            toolbar.addAction(self.presentation_action)
        self._update_actions()

    def _update_actions(self) -> None:
        doc = self.window.document
        journey = doc.ws.get("journeys", self.window.current_journey) if doc is not None else None
        writable = doc is not None and not doc.read_only
        self.presentation_action.setEnabled(journey is not None)
        self.lock_action.setEnabled(writable and journey is not None)
        self.snapshot_action.setEnabled(writable)
        locked = bool(journey and journey.structure_locked)
        self.lock_action.setChecked(locked)
        self.lock_action.setIcon(icon("lock" if locked else "unlock"))
        self.filter_action.setEnabled(journey is not None)
        for action in (self.people_action, self.voting_action, self.agenda_action):
            action.setEnabled(journey is not None)
        self.room_mode_action.setEnabled(writable and journey is not None)
        self._update_lock_banner(locked)

    # ---- following the window ---------------------------------------------------------------------------
    def _document_opened(self, document: Any) -> None:
        self.close_room_mode()  # a room belongs to the file it was opened on
        with contextlib.suppress(OSError):
            self.settings.add_recent_file(document.path)
        document.changed.connect(lambda change: self._update_actions() if change.touches("journeys") else None)
        if self._context.same(document, self.window.current_journey):
            self._update_actions()  # (the window announced the file's first journey just before)
        else:
            self._journey_changed(self.window.current_journey)

    def _journey_changed(self, journey_id: int | None) -> None:
        doc = self.window.document
        self._context.remember(doc, journey_id)
        self.find_bar.set_context(doc, journey_id)
        if self._filter_panel is not None:
            self._filter_panel.set_context(doc, journey_id, getattr(self.window, "lang", i18n.current_language()))
        if self._room is not None:
            self._room.set_context(doc, journey_id, getattr(self.window, "lang", i18n.current_language()))
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        entries = [p for p in self.settings.recent_files if Path(p).exists()]
        for path in entries:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.window.open_path(Path(p)))
        if not entries:
            empty = self.recent_menu.addAction(self.tr("No recent maps"))
            empty.setEnabled(False)

    # ---- commands -------------------------------------------------------------------------------------------
    def toggle_lock(self) -> None:
        """Lock or unlock the structure of the journey shown."""
        doc, journey_id = self.window.document, self.window.current_journey
        journey = doc.ws.get("journeys", journey_id) if doc is not None else None
        if journey is None or doc.read_only:
            self._update_actions()
            return
        on = not journey.structure_locked
        ops = update_ops(doc.ws, "journeys", journey_id, {"structure_locked": int(on)}, utc_now())
        doc.push(self.tr("Lock structure") if on else self.tr("Unlock structure"), ops)
        self._update_actions()
        self.window.statusBar().showMessage(
            self.tr("Structure locked: stages and lanes cannot be moved, renamed or deleted.") if on
            else self.tr("Structure unlocked."), 6000)

    def take_snapshot(self) -> bool:
        """Keep a post-workshop version of the open file."""
        from jornada_desktop.messages import error_text
        from jornada_desktop.store import snapshots
        from jornada_desktop.store.errors import StoreError

        doc = self.window.document
        if doc is None or doc.read_only:
            return False
        try:
            snapshots.save_version(doc.store, label=self.tr("Post-workshop"), kind=snapshots.MANUAL)
        except (StoreError, OSError) as exc:
            self.window.show_error(error_text(exc) if isinstance(exc, StoreError) else str(exc))
            return False
        self.window.statusBar().showMessage(self.tr("Post-workshop snapshot kept beside the file."), 6000)
        return True

    def start_presentation(self) -> Any:
        """Open presentation mode full screen on the journey shown."""
        from jornada_desktop.widgets.workshop.presentation import PresentationWindow

        doc, journey_id = self.window.document, self.window.current_journey
        if doc is None or journey_id is None:
            return None
        if self.presentation is not None and _alive(self.presentation):
            self.presentation.close()
        self.presentation = PresentationWindow(doc, journey_id, self.settings)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.stage_changed.connect(self._presentation_stage)
        # Ctrl+Shift+J in presentation mode: the room's address on the screen (the room opens first)
        QShortcut(QKeySequence("Ctrl+Shift+J"), self.presentation, self._room_from_presentation)
        screen = self.window.screen()
        if screen is not None:  # the whole screen, also where no window manager honours full screen
            self.presentation.setGeometry(screen.geometry())
        self.presentation.showFullScreen()
        self.presentation.activateWindow()
        return self.presentation

    def open_room_mode(self) -> Any:
        """Workshop ▸ Room…: the room of the journey shown (phones join on this computer's network)."""
        from jornada_desktop.widgets.workshop.room_mode import RoomWindow

        doc, journey_id = self.window.document, self.window.current_journey
        if doc is None or journey_id is None or doc.read_only:
            return None
        if self.room_window is not None and self.room_window.journey_id != journey_id:
            self.close_room_mode()
        if self.room_window is None:
            self.room_window = RoomWindow(doc, journey_id, self.window)
            self.room_window.lang = getattr(self.window, "lang", i18n.current_language())
            self.room_window.message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
            self.room_window.host.status_changed.connect(self._show_room_status)
        self.room_window.show()
        self.room_window.raise_()
        self.room_window.activateWindow()
        return self.room_window

    def _show_room_status(self) -> None:
        """While a room is open the status bar says so (the room window may be closed); a click
        brings the room window back."""
        if self.room_status is None:
            self.room_status = QPushButton()
            self.room_status.setObjectName("roomStatus")
            self.room_status.setFlat(True)
            self.room_status.clicked.connect(self.open_room_mode)
            self.window.statusBar().addPermanentWidget(self.room_status)
        room = self.room_window
        running = room is not None and _alive(room) and room.host.running
        if running:
            people = sum(1 for p in room.document.ws.participants(room.journey_id) if p.secret)
            self.room_status.setText(self.tr("● Room open · %n people", "", people))
            self.room_status.setToolTip(room.host.url)
        self.room_status.setVisible(running)

    def _presentation_stage(self, stage_id: Any) -> None:
        if self.room_window is not None and _alive(self.room_window):
            self.room_window.host.set_current_stage(stage_id)

    def _room_from_presentation(self) -> None:
        room = self.open_room_mode() if self.room_window is None else self.room_window
        if room is None:
            return
        if room.host.running:
            room.show_join_screen()
        else:
            room.show()
            room.raise_()
            room.activateWindow()
        if self.presentation is not None and _alive(self.presentation):
            room.host.set_current_stage(self.presentation.current_stage_id())

    def close_room_mode(self) -> None:
        """Close the room (every phone's session ends; what they sent is in the file)."""
        room, self.room_window = self.room_window, None
        if room is not None and _alive(room):
            room.shutdown()
            room.close()
            room.deleteLater()
        if self.room_status is not None and _alive(self.room_status):
            self.room_status.setVisible(False)

    def _presentation_closed(self) -> None:
        self.presentation = None
        self._update_actions()
        self.window.activateWindow()

    def show_preferences(self) -> None:
        """The Preferences dialog (language and theme apply at once)."""
        from jornada_desktop.widgets.window.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self.window).exec()

    def show_help(self, shortcuts_first: bool = False) -> None:
        """The guide, or the keyboard-shortcut sheet."""
        from jornada_desktop.widgets.window.help_dialog import HelpDialog

        HelpDialog(self.window, shortcuts_first).exec()

    def show_about(self) -> None:
        """Version and a line about the program."""
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("About Jornada"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(self.tr("<b>Jornada %1</b><br>Customer-journey maps for workshops and teams, offline.")
                    .replace("%1", __version__))
        box.exec()

    def show_start_screen(self) -> Any:
        """The start screen in its own window; what it opens opens here."""
        from jornada_desktop.widgets.window.start_screen import StartScreen

        if self.start_screen is not None and _alive(self.start_screen):
            self.start_screen.raise_()
            return self.start_screen
        screen = StartScreen(self.settings)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen.resize(1320, 840)

        def opened(path: Path) -> None:
            if self.window.open_path(Path(path)):
                screen.close()

        screen.open_requested.connect(opened)
        screen.show()
        self.start_screen = screen
        return screen

    # ---- language ---------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A language switch rebuilds the window in the new language (the file stays open); the
        window closing closes its room before the file."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close_room_mode()
        if (watched is self.window and event.type() == QEvent.Type.LanguageChange
                and i18n.current_language() != self.language):
            self.language = i18n.current_language()
            QTimer.singleShot(0, self._rebuild_when_free)
        return False

    def _rebuild_when_free(self) -> None:
        """Rebuild once no dialog runs its own event loop: the switch comes from Preferences, a
        child of this window, and deleting the window under a running dialog crashed the process."""
        if not _alive(self.window):
            return
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            QTimer.singleShot(50, self._rebuild_when_free)
            return
        self.rebuild_window()

    def rebuild_window(self) -> Any:
        """Replace the window by a new one in the current language, on the same file and journey."""
        old = self.window
        if not _alive(old):
            return None
        self.close_room_mode()  # (before the file closes with the old window)
        window_type = type(old)
        doc = old.document
        path, read_only, journey = (doc.path, doc.read_only, old.current_journey) if doc else (None, False, None)
        # The docks come back as they were from the state the old window stores when it closes
        # (read by the new one as it first shows). Restoring them before the new window showed
        # crashed the process in its first layout.
        geometry, visible, shape = old.saveGeometry(), old.isVisible(), old.windowState()
        new = window_type()
        install_workshop_features(new)
        new.restoreGeometry(geometry)
        _keep_alive(new)
        old.removeEventFilter(self)
        old.close()  # releases the file; every edit is already saved in it
        if path is not None and new.open_path(Path(path), read_only=read_only) and journey is not None:
            new.show_journey(journey)
        if visible:
            if shape & Qt.WindowState.WindowFullScreen:
                new.showFullScreen()
            elif shape & Qt.WindowState.WindowMaximized:
                new.showMaximized()
            else:
                new.showNormal()
        old.deleteLater()
        self.window_replaced.emit(new)
        return new


def install_workshop_features(window: Any) -> WorkshopFeatures:
    """Add the workshop features to a main window; returns them (also as `window.workshop`)."""
    features = WorkshopFeatures(window)
    window.workshop = features
    return features


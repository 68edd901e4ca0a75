"""The reliability actions of the main window: Save version, Versions…, Save a copy as…, and the
reactions to a document's troubles (failed writes put the views back, warnings at opening)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from jornada_desktop.editing.document import Document
from jornada_desktop.messages import error_text, open_error_text
from jornada_desktop.settings import Settings
from jornada_desktop.store import OpenError, StoreError, snapshots


class ReliabilityActions(QObject):
    """Owns the actions and follows the window's document (`window.document`)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.save_version_action = self._action("save_version", self.tr("Save &version…"), self.save_version,
                                                QKeySequence("Ctrl+Alt+S"))
        self.versions_action = self._action("versions", self.tr("V&ersions…"), self.show_versions)
        self.save_copy_action = self._action("save_copy", self.tr("Save a &copy as…"), self.save_copy,
                                             QKeySequence("Ctrl+Shift+S"))
        menus = getattr(window, "menus", {})
        menu = menus.get("file") if isinstance(menus, dict) else None
        if menu is None:
            menu = window.menuBar().actions()[0].menu() if window.menuBar().actions() else None
        if menu is not None:
            anchor = next((a for a in menu.actions() if a.isSeparator()), None)
            for action in (self.save_version_action, self.versions_action, self.save_copy_action):
                if anchor is not None:
                    menu.insertAction(anchor, action)
                else:
                    menu.addAction(action)
            if anchor is not None:
                menu.insertSeparator(self.save_version_action)
        opened = getattr(window, "document_opened", None)
        if opened is not None:
            opened.connect(self.follow)
        if self.document is not None:
            self.follow(self.document)
        self.update_actions()

    def _action(self, name: str, text: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        actions = getattr(self.window, "actions_by_name", None)
        if isinstance(actions, dict):
            actions[name] = action
        self.window.addAction(action)
        return action

    @property
    def document(self) -> Document | None:
        """The window's open document."""
        return getattr(self.window, "document", None)

    def follow(self, document: Document) -> None:
        """Connect to a newly opened document, keep its versions as the preferences say, and tell
        the person about troubles at opening."""
        # Read now for the version kept at opening (it is kept a moment later, or before the first
        # edit) and again when the file closes, so a policy changed meanwhile counts.
        snapshots.follow_policy(document.store, lambda: Settings().snapshot_policy)
        document.reverted.connect(self._reverted)
        document.write_failed.connect(lambda _message: self.update_actions())
        for warning in document.startup_warnings:
            self.window.statusBar().showMessage(warning, 15000)
        document.warning.connect(lambda text: self.window.statusBar().showMessage(text, 15000))
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what makes sense for the open document."""
        document = self.document
        has = document is not None
        self.save_version_action.setEnabled(has and not document.read_only)
        self.versions_action.setEnabled(has)
        self.save_copy_action.setEnabled(has)

    def _reverted(self, _change: Any) -> None:
        """A failed edit: redraw the journey from memory, which holds what the file holds."""
        scene = getattr(self.window, "scene", None)
        if scene is not None and hasattr(scene, "refresh"):
            scene.refresh()

    # ---- actions -------------------------------------------------------------------------
    def save_version(self) -> bool:
        """Ask for a label and keep a version of the file beside it."""
        document = self.document
        if document is None:
            return False
        label, ok = QInputDialog.getText(self.window, self.tr("Save version"),
                                         self.tr("A name for this version (optional):"))
        if not ok:
            return False
        try:
            document.save_version(label.strip())
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Save version"), error_text(exc))
            return False
        self.window.statusBar().showMessage(self.tr("Version saved."), 5000)
        return True

    def show_versions(self) -> None:
        """Open the versions dialog of the open file."""
        from jornada_desktop.widgets.versions.dialog import VersionsDialog

        if self.document is None:
            return
        dialog = VersionsDialog(self.document, getattr(self.window, "current_journey", None), self.window)
        dialog.exec()
        dialog.deleteLater()

    def save_copy(self, path: Path | None = None) -> Path | None:
        """Write what is in memory to a new file (also when the open file was moved or deleted)."""
        document = self.document
        if document is None:
            return None
        if path is None:
            start = str(document.path.with_name(document.path.stem + " copy.jornada"))
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a copy as"), start,
                                                  self.tr("Jornada files (*.jornada)"))
            if not name:
                return None
            path = Path(name)
            if path.suffix != ".jornada":
                path = path.with_name(path.name + ".jornada")
        try:
            saved = document.save_copy(path)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Save a copy as"), open_error_text(exc, path)
                                if isinstance(exc, OpenError) else error_text(exc))
            return None
        self.window.statusBar().showMessage(self.tr("A copy was saved as “%1”.").replace("%1", saved.name), 8000)
        return saved


def install_reliability_actions(window: QMainWindow) -> ReliabilityActions:
    """Add Save version, Versions… and Save a copy as… to the window's File menu, and follow its documents."""
    actions = ReliabilityActions(window)
    window.reliability = actions  # type: ignore[attr-defined]
    return actions

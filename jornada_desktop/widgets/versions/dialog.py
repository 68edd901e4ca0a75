"""The versions dialog: the versions kept beside the file, a preview of each, save, restore, delete."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.messages import error_text, open_error_text
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store import OpenError, StoreError, snapshots

PREVIEW_SIZE = QSize(520, 320)


def kind_label(kind: str) -> str:
    """The translated name of a version's kind."""
    names = {
        snapshots.MANUAL: QCoreApplication.translate("VersionsDialog", "Saved by you"),
        snapshots.DAILY: QCoreApplication.translate("VersionsDialog", "Start of the day"),
        snapshots.BEFORE_IMPORT: QCoreApplication.translate("VersionsDialog", "Before an import"),
        snapshots.BEFORE_RESTORE: QCoreApplication.translate("VersionsDialog", "Before a restore"),
        snapshots.OPENED: QCoreApplication.translate("VersionsDialog", "When the file was opened"),
        snapshots.CLOSED: QCoreApplication.translate("VersionsDialog", "When the file was closed"),
    }
    return names.get(kind, kind)


def when_text(moment: datetime) -> str:
    """A version's time in the user's locale and time zone."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def render_preview(ws: Workspace, journey_id: int, size: QSize = PREVIEW_SIZE) -> QImage:
    """The journey drawn into an image of `size` (the canvas scene, or a sketch if it cannot draw)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    try:
        from jornada_desktop.canvas.scene import JourneyScene

        scene = JourneyScene(ws, journey_id)
        try:
            scene.set_export_mode(True)
            source = scene.export_rect()
            scale = min(size.width() / max(source.width(), 1.0), size.height() / max(source.height(), 1.0))
            width, height = source.width() * scale, source.height() * scale
            target = QRectF((size.width() - width) / 2, (size.height() - height) / 2, width, height)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            scene.render(painter, target, source)
            painter.end()
        finally:
            scene.clear()
            scene.deleteLater()
        return image
    except Exception:  # noqa: BLE001 - a preview is a help, never a reason to fail: draw a sketch
        from jornada_desktop.widgets.window.thumbnails import sketch_journey

        return sketch_journey(ws, journey_id, size)


class VersionsDialog(QDialog):
    """Lists the versions of the open file with a preview; saves, restores (undoably) and deletes."""

    def __init__(self, document: Document, journey_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id = journey_id
        self._cache: dict[str, Workspace | str] = {}
        self.setWindowTitle(self.tr("Versions of “%1”").replace("%1", document.path.name))
        self.resize(900, 520)
        self.list = QListWidget()
        self.list.setObjectName("versionsList")
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.currentItemChanged.connect(self._show_current)
        self.preview = QLabel()
        self.preview.setObjectName("versionPreview")
        self.preview.setMinimumSize(PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("border:1px solid palette(mid); background:palette(base);")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.where = QLabel(self.tr("Versions are kept in the folder “%1” beside the file.")
                            .replace("%1", snapshots.versions_dir(document.path).name))
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color:palette(placeholder-text);")
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.where)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        self.save_button = QPushButton(self.tr("&Save version…"))
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.save_button.clicked.connect(self.save_version)
        self.restore_button.clicked.connect(self.restore_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(buttons)
        self.reload()

    # ---- the list ------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Fill the list from the versions folder (newest first)."""
        self.list.clear()
        for version in snapshots.list_versions(self.document.path):
            text = f"{when_text(version.created)} · {kind_label(version.kind)}"
            if version.label:
                text += f"\n{version.label}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version)
            self.list.addItem(item)
            if select is not None and str(version.path) == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self.preview.setText(self.tr("No versions yet. “Save version…” keeps the map as it is now."))
            self.summary.clear()
        read_only = self.document.read_only
        self.save_button.setEnabled(not read_only)
        self.restore_button.setEnabled(not read_only and self.list.count() > 0)
        self.delete_button.setEnabled(self.list.count() > 0)

    def current_version(self) -> snapshots.Version | None:
        """The version selected in the list."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _content(self, version: snapshots.Version) -> Workspace | str:
        key = str(version.path)
        if key not in self._cache:
            try:
                self._cache[key] = snapshots.load_version(version)
            except OpenError as exc:
                self._cache[key] = open_error_text(exc, version.path)
        return self._cache[key]

    def _show_current(self, *_args: object) -> None:
        version = self.current_version()
        if version is None:
            return
        content = self._content(version)
        if isinstance(content, str):
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("This version cannot be read: %1").replace("%1", content))
            self.summary.clear()
            return
        journeys = content.journeys()
        if not journeys:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("This version has no journeys."))
        else:
            ids = [j.id for j in journeys]
            shown = self.journey_id if self.journey_id in ids else ids[0]
            self.preview.setPixmap(QPixmap.fromImage(render_preview(content, shown, PREVIEW_SIZE)))
        cards = len(content.tables["cards"])
        self.summary.setText(", ".join((  # each count in the language's own plural form
            self.tr("%n journey(s)", "", len(journeys)), self.tr("%n card(s)", "", cards),
            self.tr("%n improvement(s)", "", len(content.tables["improvements"])))))

    # ---- actions -------------------------------------------------------------------------
    def save_version(self) -> bool:
        """Ask for a label and keep a version of the file as it is now."""
        label, ok = QInputDialog.getText(self, self.tr("Save version"),
                                         self.tr("A name for this version (optional):"))
        if not ok:
            return False
        try:
            version = self.document.save_version(label.strip())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Save version"), error_text(exc))
            return False
        self.reload(select=str(version.path))
        return True

    def restore_current(self) -> bool:
        """Make the file equal to the selected version (one undoable step, the present kept first)."""
        version = self.current_version()
        if version is None:
            return False
        name = version.label or when_text(version.created)
        answer = QMessageBox.question(
            self, self.tr("Restore version"),
            self.tr("Restore the version “%1”? The map as it is now is kept as a version first, "
                    "and Undo brings it back.").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            done = self.document.restore_version(version, self.tr("Restore version “%1”").replace("%1", name))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Restore version"), error_text(exc))
            return False
        if done:  # a failed write was already reported by the document's write_failed signal
            self.reload(select=str(version.path))
        return done

    def delete_current(self) -> bool:
        """Delete the selected version after asking."""
        version = self.current_version()
        if version is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete version"),
            self.tr("Delete the version of %1? This cannot be undone.").replace("%1", when_text(version.created)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            snapshots.delete_version(version)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Delete version"), error_text(exc))
            return False
        self._cache.pop(str(version.path), None)
        self.reload()
        return True

"""The start screen: new map from a template (a gallery with thumbnails), open, the sample, recent files,
and what needs attention in the first recent maps (metrics due for review, improvements whose
follow-up date passed), read without opening them (`store.peek`: read-only, nothing made beside them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QFileInfo, QLocale, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop import i18n
from jornada_desktop.icons import app_icon, icon
from jornada_desktop.messages import open_error_text
from jornada_desktop.settings import Settings
from jornada_desktop.store import StoreError
from jornada_desktop.templates import SAMPLE_TEMPLATE, TemplateError, create_from_template, list_templates
from jornada_desktop.widgets.window.thumbnails import THUMB_SIZE, template_thumbnail

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
PEEKED_FILES = 3  # recent maps looked into for what needs attention (the newest first)
MAX_ATTENTION = 8  # lines listed (the rest counted)


def sample_path(lang: str) -> Path:
    """Where the sample map lives (created from the purchase template on first use)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return folder / f"sample-{lang}.jornada"


class StartScreen(QWidget):
    """What Jornada shows before a map is open. Emits `open_requested(path)` for the file to open."""

    open_requested = Signal(object)  # Path

    def __init__(self, settings: Settings | None = None, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.settings = settings or Settings()
        self.lang = lang or i18n.current_language()
        # Asks where to save a new map; replaced in tests.
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.ask_open_path: Callable[[], Path | None] = self._ask_open_path
        self.setWindowIcon(app_icon())

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        self.title = QLabel("Jornada")
        self.title.setObjectName("startTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("startSubtitle")
        heading = QGridLayout()
        heading.addWidget(logo, 0, 0, 2, 1)
        heading.addWidget(self.title, 0, 1)
        heading.addWidget(self.subtitle, 1, 1)
        heading.setColumnStretch(2, 1)

        self.new_button = QPushButton(icon("new"), "")
        self.new_button.setObjectName("primaryButton")
        self.open_button = QPushButton(icon("open"), "")
        self.sample_button = QPushButton(icon("presentation"), "")
        self.recent_title = QLabel()
        self.recent_title.setObjectName("sectionTitle")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setIconSize(QSize(22, 22))
        self.recent_list.setSpacing(2)
        self.recent_title.setBuddy(self.recent_list)
        self.recent_empty = QLabel()
        self.recent_empty.setWordWrap(True)
        self.attention_title = QLabel()
        self.attention_title.setObjectName("sectionTitle")
        self.attention_list = QListWidget()
        self.attention_list.setObjectName("attentionList")
        self.attention_list.setWordWrap(True)
        self.attention_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attention_list.setIconSize(QSize(18, 18))
        self.attention_title.setBuddy(self.attention_list)
        self.attention_title.hide()
        self.attention_list.hide()
        left = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setIconSize(QSize(20, 20))
            button.setMinimumHeight(36)
            left.addWidget(button)
        left.addSpacing(12)
        left.addWidget(self.recent_title)
        left.addWidget(self.recent_list, 1)
        left.addWidget(self.recent_empty)
        left.addSpacing(8)
        left.addWidget(self.attention_title)
        left.addWidget(self.attention_list, 1)
        self.left_stretch = QWidget()
        left.addWidget(self.left_stretch, 1)

        self.gallery_title = QLabel()
        self.gallery_title.setObjectName("sectionTitle")
        self.gallery = QListWidget()
        self.gallery.setObjectName("templateGallery")
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(THUMB_SIZE)
        self.gallery.setGridSize(QSize(THUMB_SIZE.width() + 28, THUMB_SIZE.height() + 64))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setWordWrap(True)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.setUniformItemSizes(True)
        self.gallery_title.setBuddy(self.gallery)
        self.gallery_hint = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.gallery_title)
        right.addWidget(self.gallery_hint)
        right.addWidget(self.gallery, 1)

        columns = QHBoxLayout()
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(380)
        columns.addWidget(left_box, 0)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addLayout(heading)
        outer.addSpacing(16)
        outer.addLayout(columns, 1)

        self.new_button.clicked.connect(self.new_from_selected_template)
        self.open_button.clicked.connect(self.open_file)
        self.sample_button.clicked.connect(self.open_sample)
        self.gallery.itemActivated.connect(lambda item: self.new_from_template(item.data(TEMPLATE_ROLE)))
        self.recent_list.itemActivated.connect(lambda item: self._open_recent(item.data(PATH_ROLE)))
        self.attention_list.itemActivated.connect(
            lambda item: item.data(PATH_ROLE) and self._open_recent(item.data(PATH_ROLE)))
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.sample_button)
        self.setTabOrder(self.sample_button, self.gallery)
        self.setTabOrder(self.gallery, self.recent_list)
        self.setTabOrder(self.recent_list, self.attention_list)
        self._retranslate()
        self.fill_gallery()
        self.fill_recent()

    # ---- texts ------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Jornada — start"))
        self.subtitle.setText(self.tr("Customer-journey maps for workshops and teams, offline."))
        self.new_button.setText(self.tr("&New map from the selected template"))
        self.new_button.setAccessibleName(self.tr("New map from the selected template"))
        self.open_button.setText(self.tr("&Open a map…"))
        self.open_button.setAccessibleName(self.tr("Open a map file"))
        self.sample_button.setText(self.tr("Explore the &sample map"))
        self.sample_button.setAccessibleName(self.tr("Open the sample map"))
        self.recent_title.setText(self.tr("&Recent maps"))
        self.recent_list.setAccessibleName(self.tr("Recent maps"))
        self.recent_empty.setText(self.tr("Maps you open will be listed here."))
        self.attention_title.setText(self.tr("Needs &attention"))
        self.attention_list.setAccessibleName(self.tr("Needs attention"))
        self.gallery_title.setText(self.tr("New from a &template"))
        self.gallery.setAccessibleName(self.tr("Templates"))
        self.gallery.setAccessibleDescription(self.tr("Press Enter to create a map from the template."))
        self.gallery_hint.setText(self.tr("Double-click a template, or select it and press Enter."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language switch (the gallery shows the templates of the new language)."""
        if event.type() == event.Type.LanguageChange:
            self.lang = i18n.current_language()
            self._retranslate()
            self.fill_gallery()
            self.fill_recent()
        super().changeEvent(event)

    # ---- content ----------------------------------------------------------------
    def fill_gallery(self) -> None:
        """One item per bundled template, with its thumbnail."""
        current = self.gallery.currentItem().data(TEMPLATE_ROLE) if self.gallery.currentItem() else None
        self.gallery.clear()
        for info in list_templates(self.lang):
            thumb = template_thumbnail(info.name, self.lang)
            picture = QIcon(thumb)
            picture.addPixmap(thumb, QIcon.Mode.Selected)  # no selection tint over the drawing
            item = QListWidgetItem(picture, info.title)
            item.setData(TEMPLATE_ROLE, info.name)
            item.setToolTip(info.title)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.gallery.addItem(item)
            if info.name == current:
                self.gallery.setCurrentItem(item)
        if self.gallery.currentItem() is None and self.gallery.count():
            self.gallery.setCurrentRow(0)

    def fill_recent(self) -> None:
        """The recent files that still exist, newest first, with their folder and date."""
        self.recent_list.clear()
        locale = QLocale()
        for name in self.settings.recent_files:
            info = QFileInfo(name)
            if not info.exists():
                continue
            when = locale.toString(info.lastModified(), QLocale.FormatType.ShortFormat)
            folder = info.absolutePath()
            home = str(Path.home())
            if folder.startswith(home):
                folder = "~" + folder[len(home):]
            item = QListWidgetItem(icon("open"), f"{info.fileName()} · {when}\n{folder}")
            item.setData(PATH_ROLE, name)
            item.setToolTip(name)
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.recent_empty.setVisible(not has_recent)
        self.left_stretch.setVisible(not has_recent)
        QTimer.singleShot(0, self.fill_attention)  # after the screen shows: it reads files

    def fill_attention(self) -> None:
        """What needs attention in the first recent maps: metrics due for review, improvements past
        their follow-up date; each line opens its map (hidden when nothing is overdue)."""
        import datetime as dt

        from jornada_desktop.model.attention import needs_attention
        from jornada_desktop.store.peek import peek

        try:
            self.attention_list.clear()
        except RuntimeError:  # (the screen was closed before the timer fired)
            return
        today = dt.date.today()
        lines: list[tuple[str, str, str]] = []  # (text, map and journey, path)
        for name in [n for n in self.settings.recent_files if QFileInfo(n).exists()][:PEEKED_FILES]:
            ws = peek(name)
            if ws is None:
                continue
            journeys = ws.journeys()
            for journey in journeys:
                where = Path(name).name + (f" · {journey.title}" if len(journeys) > 1 else "")
                for entry in needs_attention(ws, journey.id, today):
                    lines.append((self._attention_text(entry.kind, entry.title, entry.since), where, name))
        for text, where, name in lines[:MAX_ATTENTION]:
            item = QListWidgetItem(icon("open"), f"{text}\n{where}")
            item.setData(PATH_ROLE, name)
            item.setToolTip(f"{text}\n{name}")
            self.attention_list.addItem(item)
        if len(lines) > MAX_ATTENTION:
            more = QListWidgetItem(self.tr("… and %n more", "", len(lines) - MAX_ATTENTION))
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.attention_list.addItem(more)
        self.attention_title.setVisible(bool(lines))
        self.attention_list.setVisible(bool(lines))

    def _attention_text(self, kind: str, title: str, since: str) -> str:
        if kind == "metric":
            text = (self.tr("Metric “%1” is due for review (last measured %2)").replace("%2", i18n.show_date(since))
                    if since else self.tr("Metric “%1” is due for review (never measured)"))
        else:
            text = self.tr("Improvement “%1”: follow-up was due %2").replace("%2", i18n.show_date(since))
        return text.replace("%1", title)

    def template_names(self) -> list[str]:
        """The templates shown in the gallery, in order."""
        return [self.gallery.item(i).data(TEMPLATE_ROLE) for i in range(self.gallery.count())]

    # ---- actions ---------------------------------------------------------------------
    def new_from_selected_template(self) -> Path | None:
        """A new map from the template selected in the gallery."""
        item = self.gallery.currentItem()
        return self.new_from_template(item.data(TEMPLATE_ROLE) if item else SAMPLE_TEMPLATE)

    def new_from_template(self, name: str) -> Path | None:
        """Ask where to save, create the file from a template, and ask for it to be opened."""
        path = self.ask_save_path(name)
        if path is None:
            return None
        if path.suffix != ".jornada":
            path = path.with_name(path.name + ".jornada")
        if path.exists():
            QMessageBox.warning(self, self.tr("New map"),
                                self.tr("“%1” already exists; choose another name.").replace("%1", path.name))
            return None
        try:
            create_from_template(path, name, self.lang).close()
        except StoreError as exc:  # e.g. the disk is full: the file's own sentence
            QMessageBox.warning(self, self.tr("New map"), open_error_text(exc, path))
            return None
        except (TemplateError, OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("New map"),
                                self.tr("The map could not be created: %1").replace("%1", str(exc)))
            return None
        self.open_requested.emit(path)
        return path

    def open_file(self) -> Path | None:
        """Ask for a file and ask for it to be opened."""
        path = self.ask_open_path()
        if path is not None:
            self.open_requested.emit(path)
        return path

    def open_sample(self) -> Path | None:
        """Open the sample map (made on first use)."""
        path = sample_path(self.lang)
        try:
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                create_from_template(path, SAMPLE_TEMPLATE, self.lang).close()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Sample map"), open_error_text(exc, path))
            return None
        except (TemplateError, OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Sample map"),
                                self.tr("The sample map could not be created: %1").replace("%1", str(exc)))
            return None
        self.open_requested.emit(path)
        return path

    def _open_recent(self, name: str) -> None:
        if not Path(name).exists():
            self.settings.remove_recent_file(name)
            self.fill_recent()
            return
        self.open_requested.emit(Path(name))

    def _default_folder(self) -> str:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return docs or str(Path.home())

    def _ask_save_path(self, template: str) -> Path | None:
        title = next((t.title for t in list_templates(self.lang) if t.name == template), template)
        stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd")
        suggested = str(Path(self._default_folder()) / f"{title} {stamp}.jornada")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New map"), suggested,
                                              self.tr("Jornada files (*.jornada)"))
        return Path(name) if name else None

    def _ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open journey map"), self._default_folder(),
                                              self.tr("Jornada files (*.jornada);;All files (*)"))
        return Path(name) if name else None

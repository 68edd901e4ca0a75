"""File ▸ Export…: the export dialog (format, scope, page options, preview) and the import actions."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.exports.errors import ExportError, JourneyNotChosen, WrongMap
from jornada_desktop.messages import error_text, sentence_text
from jornada_desktop.model.sentences import Sentence
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.settings import Settings

SETTINGS_FOLDER = "exports/last_folder"
SETTINGS_FORMAT = "exports/last_format"
# key, file suffix
FORMATS = (("png", "png"), ("svg", "svg"), ("pdf", "pdf"), ("xlsx", "xlsx"), ("csv_backlog", "csv"),
           ("csv_touchpoints", "csv"), ("json", "json"))
IMAGE_KEYS = ("png", "svg", "pdf")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def format_names() -> dict[str, str]:
    """The translated name of each export format."""
    return {
        "png": _tr("PNG image"), "svg": _tr("SVG image (vector)"), "pdf": _tr("PDF document (vector)"),
        "xlsx": _tr("Excel workbook (.xlsx)"), "csv_backlog": _tr("CSV: improvement backlog"),
        "csv_touchpoints": _tr("CSV: touchpoints"), "json": _tr("JSON: journey with its personas"),
    }


def safe_file_stem(title: str) -> str:
    """A file name from a journey title (no path separators or reserved characters)."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .") or "jornada"
    return re.sub(r"\s+", " ", stem)[:80]


def settings() -> QSettings:
    """The app's settings store."""
    return QSettings("Jornada", "Jornada")


def start_folder() -> str:
    """Where export and import dialogs start: the default export folder chosen in Preferences
    (when it exists), else the folder of the last export, else the home folder."""
    chosen = Settings().export_folder
    if chosen and Path(chosen).is_dir():
        return chosen
    return str(settings().value(SETTINGS_FOLDER, "") or Path.home())


class ExportDialog(QDialog):
    """Choose what to export and how, see a preview, then write the file."""

    def __init__(self, ws: Workspace, journey_id: int, selection: list[int] | None = None, lang: str = "en",
                 source_name: str = "", parent: QWidget | None = None, file_uuid: str = "",
                 curves: dict[str, bool] | None = None, isolated_personas: list[int] | None = None) -> None:
        super().__init__(parent)
        self.curves = dict(curves) if curves is not None else None  # the canvas's Curves menu
        self.isolated_personas = list(isolated_personas or [])  # the persona filter
        self.ws = ws
        self.journey_id = journey_id
        self.selection = list(selection or [])
        self.source_name = source_name
        self.file_uuid = file_uuid  # the file's identity, written into workbooks
        self.written: Path | None = None
        journey = ws.get("journeys", journey_id)
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", journey.title if journey else ""))
        self.setObjectName("exportDialog")
        self.format_combo = QComboBox()
        for key, name in format_names().items():
            self.format_combo.addItem(name, key)
        last = settings().value(SETTINGS_FORMAT, "png")
        index = self.format_combo.findData(last)
        self.format_combo.setCurrentIndex(max(0, index))
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("Português (Brasil)", "pt_BR")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(0 if lang.startswith("pt") else 1)
        self.whole = QRadioButton(self.tr("The whole journey"))
        self.selected = QRadioButton(self.tr("The selected cards (%n)", "", len(self.selection)))
        self.whole.setChecked(True)
        self.selected.setEnabled(bool(self.selection))
        scope = QButtonGroup(self)
        scope.addButton(self.whole)
        scope.addButton(self.selected)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.25, 8.0)
        self.scale.setSingleStep(0.25)
        self.scale.setValue(2.0)
        self.scale.setSuffix(" ×")
        self.size_label = QLabel()
        self.page_combo = QComboBox()
        for page in ("A4", "A3", "Letter"):
            self.page_combo.addItem(page, page)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.fit = QRadioButton(self.tr("Fit to one page"))
        self.poster = QRadioButton(self.tr("Poster, pages across:"))
        self.fit.setChecked(True)
        layout_group = QButtonGroup(self)
        layout_group.addButton(self.fit)
        layout_group.addButton(self.poster)
        self.tiles = QSpinBox()
        self.tiles.setRange(2, 12)
        self.tiles.setValue(3)
        self.pages_label = QLabel()
        self.preview = QLabel()
        self.preview.setObjectName("exportPreview")
        self.preview.setMinimumSize(420, 300)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background:#FFFFFF;border:1px solid #CBD2D9;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#9C0006;")
        self._build_layout()
        for signal in (self.format_combo.currentIndexChanged, self.lang_combo.currentIndexChanged,
                       self.whole.toggled, self.scale.valueChanged, self.page_combo.currentIndexChanged,
                       self.orientation.currentIndexChanged, self.fit.toggled, self.tiles.valueChanged):
            signal.connect(self._options_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self._options_changed()
        self.update_preview()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Language:"), self.lang_combo)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.whole)
        scope_box.addWidget(self.selected)
        form.addRow(self.tr("What:"), scope_box)
        self.png_box = QGroupBox(self.tr("Image"))
        png_form = QFormLayout(self.png_box)
        png_form.addRow(self.tr("&Scale:"), self.scale)
        png_form.addRow(self.tr("Size:"), self.size_label)
        self.pdf_box = QGroupBox(self.tr("Pages"))
        pdf_form = QFormLayout(self.pdf_box)
        pdf_form.addRow(self.tr("&Paper:"), self.page_combo)
        pdf_form.addRow(self.tr("&Orientation:"), self.orientation)
        tiles_row = QHBoxLayout()
        tiles_row.addWidget(self.poster)
        tiles_row.addWidget(self.tiles)
        tiles_row.addStretch(1)
        pdf_form.addRow(self.fit)
        pdf_form.addRow(tiles_row)
        pdf_form.addRow(self.tr("Pages:"), self.pages_label)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.png_box)
        left.addWidget(self.pdf_box)
        left.addWidget(self.message)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(buttons)

    # ---- state -------------------------------------------------------------------------------
    def format_key(self) -> str:
        """The chosen format: png, svg, pdf, xlsx, csv_backlog, csv_touchpoints or json."""
        return str(self.format_combo.currentData())

    def lang(self) -> str:
        """The language of the exported words."""
        return str(self.lang_combo.currentData())

    def image_options(self) -> Any:
        """The image options the dialog shows."""
        from jornada_desktop.exports.images import ImageOptions

        return ImageOptions(
            scale=self.scale.value(), page=str(self.page_combo.currentData()),
            landscape=bool(self.orientation.currentData()),
            tiles_across=1 if self.fit.isChecked() else self.tiles.value(), lang=self.lang(),
            card_ids=self.selection if self.selected.isChecked() and self.selection else None,
            **({"curves": dict(self.curves)} if self.curves is not None else {}),
            isolated_personas=list(self.isolated_personas),
        )

    def _options_changed(self) -> None:
        key = self.format_key()
        image = key in IMAGE_KEYS
        self.whole.setEnabled(image)
        self.selected.setEnabled(image and bool(self.selection))
        self.png_box.setVisible(key in ("png", "svg"))
        self.scale.setEnabled(key == "png")
        self.pdf_box.setVisible(key == "pdf")
        self.tiles.setEnabled(self.poster.isChecked())
        self.lang_combo.setEnabled(key != "json")
        self._timer.start()

    def update_preview(self) -> None:
        """Draw the preview (images) or describe the file (workbook, CSV, JSON); say why it cannot be made."""
        self.message.clear()
        key = self.format_key()
        if key not in IMAGE_KEYS:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self._describe(key))
            self.export_button.setEnabled(True)
            return
        from jornada_desktop.exports.images import (
            JourneyPicture,
            check_png_size,
            page_count,
            render_png_image,
        )

        options = self.image_options()
        try:
            picture = JourneyPicture(self.ws, self.journey_id, options)
            try:
                pixels_w = round(picture.width * options.scale)
                pixels_h = round(picture.height * options.scale)
                locale = QLocale()  # 2,940 in English, 2.940 in Portuguese
                self.size_label.setText(self.tr("%1 × %2 pixels").replace("%1", locale.toString(pixels_w))
                                        .replace("%2", locale.toString(pixels_h)))
                side = max(200, min(self.preview.width(), self.preview.height()) - 8)
                image = render_png_image(picture, min(1.0, side / max(picture.width, picture.height)))
                if key == "png":
                    check_png_size(picture, options.scale)
                if key == "pdf":
                    self.pages_label.setText(str(page_count(picture, options)))
            finally:
                picture.close()
        except ExportError as exc:
            self.message.setText(error_text(exc))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        self.preview.setPixmap(QPixmap.fromImage(image))

    def _describe(self, key: str) -> str:
        return {
            "xlsx": self.tr("A workbook with a read-me sheet, the map, the touchpoints, the improvement "
                            "backlog (to edit and import back), personas, metrics and the emotion curve."),
            "csv_backlog": self.tr("The improvement backlog as a CSV table (UTF-8, opens in Excel)."),
            "csv_touchpoints": self.tr("Every card of the journey as a CSV table (UTF-8, opens in Excel)."),
            "json": self.tr("The whole journey with its personas, to import into another Jornada file."),
        }.get(key, "")

    # ---- exporting -----------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        """The start folder and a file name from the journey's title and the format."""
        journey = self.ws.get("journeys", self.journey_id)
        key = self.format_key()
        suffix = dict(FORMATS)[key]
        stem = safe_file_stem(journey.title if journey else "jornada")
        if key == "csv_backlog":
            stem += " - backlog"
        elif key == "csv_touchpoints":
            stem += " - touchpoints"
        return Path(start_folder()) / f"{stem}.{suffix}"

    def choose_and_export(self) -> None:
        """Ask where to save, then export there."""
        key = self.format_key()
        suffix = dict(FORMATS)[key]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(self.suggested_path()),
                                              f"{format_names()[key]} (*.{suffix})")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        if self.export_to(path):
            self.accept()

    def export_to(self, path: Path) -> bool:
        """Export to a path with a progress dialog; False (and a message) when it failed."""
        key = self.format_key()
        progress = QProgressDialog(self.tr("Exporting…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(True)

        def report(percent: int, _step: str) -> None:
            progress.setValue(min(100, max(0, percent)))
            QCoreApplication.processEvents()

        try:
            run_export(self.ws, self.journey_id, key, path, self.lang(), self.image_options(),
                       self.source_name, report, self.file_uuid)
        except ExportError as exc:
            progress.close()
            self.message.setText(error_text(exc))
            QMessageBox.warning(self, self.tr("Export"), error_text(exc))
            return False
        progress.setValue(100)
        store = settings()
        store.setValue(SETTINGS_FOLDER, str(path.parent))
        store.setValue(SETTINGS_FORMAT, key)
        self.written = path
        return True


def run_export(ws: Workspace, journey_id: int, key: str, path: Path, lang: str, options: Any,
               source_name: str = "", progress: Any = None, file_uuid: str = "") -> Path:
    """Write one export; ExportError with a sentence when it cannot be written."""
    if key in IMAGE_KEYS:
        from jornada_desktop.exports.images import export_image

        return export_image(ws, journey_id, path, key, options, progress)
    if key == "xlsx":
        from jornada_desktop.exports.excel import export_workbook

        return export_workbook(ws, journey_id, path, lang, source_name=source_name, progress=progress,
                               file_uuid=file_uuid)
    if key in ("csv_backlog", "csv_touchpoints"):
        from jornada_desktop.exports.csv_export import export_csv

        return export_csv(ws, journey_id, path, key.split("_", 1)[1], lang)
    if key == "json":
        from jornada_desktop.exports.json_io import export_journey_json

        return export_journey_json(ws, journey_id, path)
    raise ExportError(Sentence("Unknown export format “%1”.", key))


class ExportActions(QObject):
    """File ▸ Export…, Import journey (JSON)… and Import backlog… on a main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setObjectName("action_export")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr("Save the journey as an image, a workbook, CSV or JSON"))
        self.export_action.triggered.connect(lambda _c=False: self.export())
        self.import_json_action = QAction(self.tr("Import &journey (JSON)…"), window)
        self.import_json_action.setObjectName("action_import_json")
        self.import_json_action.triggered.connect(lambda _c=False: self.import_json())
        self.import_backlog_action = QAction(self.tr("Import &backlog from a workbook…"), window)
        self.import_backlog_action.setObjectName("action_import_backlog")
        self.import_backlog_action.triggered.connect(lambda _c=False: self.import_backlog())
        menu = getattr(window, "menus", {}).get("file")
        if menu is not None:
            before = next((a for a in menu.actions() if a.objectName() == "action_quit"), None)
            if before is None and menu.actions():
                before = menu.actions()[-1]
            for action in (self.export_action, self.import_json_action, self.import_backlog_action):
                menu.insertAction(before, action)
            menu.insertSeparator(before)
        for signal in ("document_opened", "journey_changed"):
            if hasattr(window, signal):
                getattr(window, signal).connect(lambda *_a: self.update_actions())
        self.update_actions()

    def _document(self) -> Any:
        return getattr(self.window, "document", None)

    def update_actions(self) -> None:
        """Enable what the open document allows."""
        document = self._document()
        journey = getattr(self.window, "current_journey", None)
        self.export_action.setEnabled(document is not None and journey is not None)
        writable = document is not None and not document.read_only
        self.import_json_action.setEnabled(writable)
        self.import_backlog_action.setEnabled(writable and journey is not None)

    def _lang(self) -> str:
        return str(getattr(self.window, "lang", "en"))

    def dialog(self) -> ExportDialog | None:
        """The export dialog for the current journey (and selection), or None without one."""
        document = self._document()
        journey = getattr(self.window, "current_journey", None)
        if document is None or journey is None:
            return None
        scene = getattr(self.window, "scene", None)
        selection = scene.selected_card_ids() if scene is not None else []
        from jornada_desktop.exports.backlog_import import file_identity

        curves = getattr(scene, "persona_curves", None)  # the images draw the curves the canvas shows
        return ExportDialog(document.ws, journey, selection, self._lang(), document.path.name, self.window,
                            file_identity(document), curves=dict(curves.visible) if curves is not None else None,
                            isolated_personas=sorted(curves.isolated) if curves is not None else None)

    def export(self) -> None:
        """Show the export dialog."""
        dialog = self.dialog()
        if dialog is None:
            return
        accepted = dialog.exec()
        written = dialog.written
        dialog.deleteLater()  # the dialog holds a preview and the workspace: not kept per export
        if accepted and written is not None:
            self.window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(written)), 8000)

    @contextlib.contextmanager
    def _one_message(self, document: Any) -> Iterator[None]:
        """During an import a failed write is reported once, by the import's own message box
        (the window's general "write failed" box is held back meanwhile)."""
        show = getattr(self.window, "show_error", None)
        try:
            if show is not None:
                document.write_failed.disconnect(show)
        except (RuntimeError, TypeError):
            show = None  # not connected (a window without the general box)
        try:
            yield
        finally:
            if show is not None:
                document.write_failed.connect(show)

    def _open_name(self, title: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, start_folder(), pattern)
        return Path(name) if name else None

    def import_json(self, path: Path | None = None) -> int | None:
        """Add a journey from a JSON file as one undoable step; the new journey's id."""
        from jornada_desktop.exports.json_io import import_journey_json

        document = self._document()
        if document is None:
            return None
        path = path or self._open_name(self.tr("Import journey"), self.tr("Journey JSON (*.json)"))
        if path is None:
            return None
        try:
            with self._one_message(document):
                journey_id = import_journey_json(document, path, self.tr("Import journey"))
        except ExportError as exc:
            QMessageBox.warning(self.window, self.tr("Import journey"), error_text(exc))
            return None
        show = getattr(self.window, "show_journey", None)
        if show is not None:
            show(journey_id)
        return journey_id

    def import_backlog(self, path: Path | None = None, ask: bool = True, *, apply_deletions: bool = False,
                       by_content: bool = False) -> Any:
        """Merge a workbook's backlog into its journey as one undoable step, then show the report.

        A workbook of another map is refused with the reason; importing it anyway, its rows matched
        by content into the journey shown, is a second, explicit choice. Rows deleted from the
        workbook are deleted here only when the person ticks that in the question shown first.
        With `ask` False nothing is asked: `apply_deletions` and `by_content` say what to do.
        """
        from jornada_desktop.exports.backlog_import import (
            apply_backlog_import,
            file_identity,
            plan_backlog_import,
        )

        document = self._document()
        if document is None:
            return None
        path = path or self._open_name(self.tr("Import backlog"),
                                       self.tr("Spreadsheets (*.xlsx *.ods);;Excel workbook (*.xlsx)"))
        if path is None:
            return None
        journey = getattr(self.window, "current_journey", None)

        def plan(content: bool) -> Any:
            return plan_backlog_import(document.ws, path, journey if content else None,
                                       file_uuid=file_identity(document), by_content=content,
                                       file_name=document.path.name)

        try:
            try:
                result = plan(by_content)
            except WrongMap as exc:
                if not ask or journey is None or not self._ask_by_content(error_text(exc)):
                    if not ask:
                        raise
                    return None
                result = plan(True)
            except JourneyNotChosen:
                if journey is None:
                    raise
                result = plan_backlog_import(document.ws, path, journey, file_uuid=file_identity(document),
                                             by_content=True, file_name=document.path.name)
            if ask and result.deletable():
                choice = self._ask_deletions(result)
                if choice is None:
                    return None
                apply_deletions = choice
            with self._one_message(document):
                apply_backlog_import(document, result, apply_deletions=apply_deletions,
                                     undo_text=self.tr("Import backlog"))
        except ExportError as exc:
            if not ask and isinstance(exc, WrongMap):
                raise
            QMessageBox.warning(self.window, self.tr("Import backlog"), error_text(exc))
            return None
        if ask:
            headline, details = self.backlog_report(result)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import backlog"), headline,
                              QMessageBox.StandardButton.Ok, self.window)
            if details:
                box.setDetailedText(details)
            box.exec()
            box.deleteLater()
        return result

    def _ask_by_content(self, reason: str) -> bool:
        """Whether to import another map's workbook anyway, its rows matched by their content."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import backlog"), reason,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("wrongMapQuestion")
        box.setInformativeText(self.tr("Importing it anyway matches each row to an improvement of the journey "
                                       "shown by its title or description, never by its id; rows that match "
                                       "none are added."))
        anyway = box.addButton(self.tr("Import by &content"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton() is anyway
        box.deleteLater()
        return chosen

    def _ask_deletions(self, result: Any) -> bool | None:
        """Ask before an import whose workbook lost rows: True to delete them here too, False to keep
        them, None to cancel the import."""
        from jornada_desktop.widgets.export.deletions import DeletionsDialog

        dialog = DeletionsDialog(result, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.delete_box.isChecked()
        dialog.deleteLater()
        return choice if accepted else None

    def backlog_report(self, result: Any) -> tuple[str, str]:
        """The import's report in the interface's language: a headline and the details."""
        from jornada_desktop.exports.backlog_import import short_value
        from jornada_desktop.widgets.backlog.model import COLUMNS, column_title

        headline = self.tr("Updated: %1 · added: %2 · unchanged: %3 · conflicts: %4 · unknown ids: %5.")
        for k, value in enumerate((len(result.updated), result.added, result.unchanged,
                                   len(result.conflicts) + len(result.cut_texts), len(result.unknown_ids)), start=1):
            headline = headline.replace(f"%{k}", str(value))
        if result.missing:
            headline += " " + self.tr("Rows deleted in the workbook: %1 · deleted here: %2.").replace(
                "%1", str(len(result.missing))).replace("%2", str(len(result.deleted)))
        if result.by_content:
            headline += " " + self.tr("Rows were matched by their content.")
        lines = []
        for c in result.conflicts[:50]:
            line = self.tr("Row %1: improvement %2, “%3” was changed here (%4) and in the workbook (%5); "
                           "this file's value was kept.")
            for k, value in enumerate((c.row, c.improvement_id, column_title(c.field) if c.field in COLUMNS else c.field, short_value(c.here),
                                       short_value(c.there)),
                                      start=1):
                line = line.replace(f"%{k}", str(value))
            lines.append(line)
        for cut in result.cut_texts[:50]:
            line = self.tr("Row %1: improvement %2, “%3” was cut to fit the workbook (%4 characters here) and was "
                           "edited with its cut marker in place; it was not imported, so as not to replace the "
                           "whole text. Remove the marker to import it.")
            name = column_title(cut.field) if cut.field in COLUMNS else cut.field
            for k, value in enumerate((cut.row, cut.improvement_id, name, QLocale().toString(cut.length)), start=1):
                line = line.replace(f"%{k}", str(value))
            lines.append(line)
        for missing in result.missing[:50]:
            if missing.improvement_id in result.deleted:
                text = self.tr("Improvement %1 %2: its row was deleted in the workbook; deleted here too.")
            elif missing.changed_here:
                text = self.tr("Improvement %1 %2: its row was deleted in the workbook, but it was changed here "
                               "since the export; kept.")
            else:
                text = self.tr("Improvement %1 %2: its row was deleted in the workbook; kept.")
            lines.append(text.replace("%1", str(missing.improvement_id)).replace("%2", short_value(missing.title)))
        for row, ident in result.unknown_ids[:50]:
            lines.append(self.tr("Row %1: there is no improvement %2 in this journey; the row was skipped.")
                         .replace("%1", str(row)).replace("%2", str(ident)))
        lines.extend(sentence_text(p) for p in result.problems[:50])
        return headline, "\n".join(lines)


def install_export_actions(window: QMainWindow) -> ExportActions:
    """Add Export… and the two imports to the window's File menu (one call from the main window)."""
    actions = ExportActions(window)
    window.export_actions = actions  # type: ignore[attr-defined]
    return actions

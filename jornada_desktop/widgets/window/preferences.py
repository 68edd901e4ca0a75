"""The Preferences dialog (ui/preferences.ui): language, theme, card text size, snapshots, export folder."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGraphicsView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jornada_desktop import i18n, theme
from jornada_desktop.icons import icon
from jornada_desktop.paths import ui_form
from jornada_desktop.settings import Settings


@dataclass(frozen=True)
class Preferences:
    """The values the dialog edits."""

    language: str
    theme: str
    card_font_size: int
    snapshot_policy: str
    export_folder: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Preferences:
        """The stored preferences."""
        return cls(settings.language, settings.theme, settings.card_font_size, settings.snapshot_policy,
                   settings.export_folder)

    def save(self, settings: Settings) -> None:
        """Store these preferences."""
        settings.language = self.language
        settings.theme = self.theme
        settings.card_font_size = self.card_font_size
        settings.snapshot_policy = self.snapshot_policy
        settings.export_folder = self.export_folder
        settings.sync()


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load a Qt Designer form from ui/ (its texts translated, and retranslated on a language switch)."""
    loader = QUiLoader()
    loader.setLanguageChangeEnabled(True)
    file = QFile(str(ui_form(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {name} is missing from this installation.")
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"The form {name} could not be loaded: {loader.errorString()}")
    return widget


class PreferencesDialog(QObject):
    """Shows ui/preferences.ui filled from the settings; `accept()` stores and applies the choices."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.dialog: QDialog = load_form("preferences.ui", parent)  # type: ignore[assignment]
        self.dialog.setWindowIcon(icon("preferences"))
        self.language_combo: QComboBox = self.dialog.findChild(QComboBox, "languageCombo")
        self.theme_combo: QComboBox = self.dialog.findChild(QComboBox, "themeCombo")
        self.snapshot_combo: QComboBox = self.dialog.findChild(QComboBox, "snapshotCombo")
        self.font_spin: QSpinBox = self.dialog.findChild(QSpinBox, "fontSpin")
        self.export_edit: QLineEdit = self.dialog.findChild(QLineEdit, "exportEdit")
        self.browse_button: QPushButton = self.dialog.findChild(QPushButton, "browseButton")
        self.button_box: QDialogButtonBox = self.dialog.findChild(QDialogButtonBox, "buttonBox")
        self._fill_choices()
        self.show(Preferences.from_settings(self.settings))
        self.browse_button.clicked.connect(self._browse)
        self.button_box.accepted.connect(self.dialog.accept)
        self.button_box.rejected.connect(self.dialog.reject)
        self.dialog.accepted.connect(self.accept)

    def _fill_choices(self) -> None:
        self.language_combo.clear()
        self.language_combo.addItem(QCoreApplication.translate("Preferences", "Same as the system"), "")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Português (Brasil)", "pt_BR")
        self.theme_combo.clear()
        self.theme_combo.addItem(QCoreApplication.translate("Preferences", "Same as the system"), "system")
        self.theme_combo.addItem(QCoreApplication.translate("Preferences", "Light"), "light")
        self.theme_combo.addItem(QCoreApplication.translate("Preferences", "Dark"), "dark")
        self.snapshot_combo.clear()
        self.snapshot_combo.addItem(QCoreApplication.translate("Preferences", "When the file is closed"), "on_close")
        self.snapshot_combo.addItem(QCoreApplication.translate("Preferences", "When the file is opened"), "on_open")
        self.snapshot_combo.addItem(QCoreApplication.translate("Preferences", "Once a day"), "daily")
        self.snapshot_combo.addItem(QCoreApplication.translate("Preferences", "Never"), "never")

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(0, index))

    def show(self, prefs: Preferences) -> None:
        """Put values in the form."""
        self._select(self.language_combo, prefs.language)
        self._select(self.theme_combo, prefs.theme)
        self._select(self.snapshot_combo, prefs.snapshot_policy)
        self.font_spin.setValue(prefs.card_font_size)
        self.export_edit.setText(prefs.export_folder)

    def values(self) -> Preferences:
        """The values in the form."""
        return Preferences(
            language=self.language_combo.currentData() or "",
            theme=self.theme_combo.currentData() or "system",
            card_font_size=self.font_spin.value(),
            snapshot_policy=self.snapshot_combo.currentData() or "on_close",
            export_folder=self.export_edit.text().strip(),
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.dialog, QCoreApplication.translate("Preferences", "Default export folder"),
            self.export_edit.text())
        if folder:
            self.export_edit.setText(folder)

    def exec(self) -> int:
        """Show the dialog modally."""
        return self.dialog.exec()

    def accept(self) -> None:
        """Store the values and apply language and theme at once."""
        before = Preferences.from_settings(self.settings)
        after = self.values()
        after.save(self.settings)
        apply_preferences(after, before)


def apply_preferences(after: Preferences, before: Preferences | None = None) -> None:
    """Apply language, theme and card text size to the running application (only what changed,
    when `before` is given). The snapshot policy is read when a file opens and when it closes."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if before is None or before.card_font_size != after.card_font_size:
        apply_card_text_size(after.card_font_size)
    if before is None or before.theme != after.theme:
        theme.apply_theme(app, after.theme)
    wanted = i18n.effective_language(after.language)
    if wanted != i18n.current_language(app):
        i18n.install_language(app, wanted)


def apply_card_text_size(points: int) -> None:
    """Draw card text at a size in points on every canvas open now (the window's, presentation
    mode's) and on every one made later (exports and previews draw through a canvas scene too)."""
    from jornada_desktop.canvas import style
    from jornada_desktop.canvas.scene import JourneyScene

    if not style.set_card_text_size(points):
        return
    for widget in QApplication.allWidgets():
        scene = widget.scene() if isinstance(widget, QGraphicsView) else None
        if isinstance(scene, JourneyScene):
            scene.restyle()

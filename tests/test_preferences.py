"""Preferences: the Designer form, typed settings, theme and language applied at once; icons."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QPalette

from jornada_desktop.settings import CARD_FONT_MAX, Settings


def test_settings_read_bad_values_as_defaults(qapp) -> None:
    s = Settings()
    s.q.clear()
    s.q.setValue("ui/theme", "purple")
    s.q.setValue("canvas/card_font_size", "huge")
    s.q.setValue("files/recent", 42)
    assert (s.theme, s.card_font_size, s.recent_files) == ("system", 11, [])
    s.card_font_size = 500
    assert s.card_font_size == CARD_FONT_MAX


def test_recent_files_most_recent_first(qapp, tmp_path) -> None:
    s = Settings()
    s.q.clear()
    for name in ("a", "b", "a", "c"):
        s.add_recent_file(tmp_path / f"{name}.jornada")
    assert [p.rsplit("/", 1)[-1] for p in s.recent_files] == ["c.jornada", "a.jornada", "b.jornada"]
    s.remove_recent_file(tmp_path / "a.jornada")
    assert len(s.recent_files) == 2


def test_preferences_form_stores_and_applies(qtbot, qapp, tmp_path) -> None:
    from jornada_desktop.widgets.window.preferences import PreferencesDialog

    settings = Settings()
    settings.q.clear()
    prefs = PreferencesDialog(settings)
    qtbot.addWidget(prefs.dialog)
    try:
        _store_and_apply(qapp, prefs, tmp_path)
    finally:  # (QSettings and the card text size outlive a test: later tests start from defaults)
        from jornada_desktop.canvas import style

        settings.q.clear()
        style.set_card_text_size(style.CARD_TEXT_STANDARD)


def _store_and_apply(qapp, prefs, tmp_path) -> None:  # noqa: ANN001
    from jornada_desktop import theme

    assert prefs.language_combo.count() == 3 and prefs.theme_combo.count() == 3
    prefs.theme_combo.setCurrentIndex(prefs.theme_combo.findData("dark"))
    prefs.snapshot_combo.setCurrentIndex(prefs.snapshot_combo.findData("daily"))
    prefs.font_spin.setValue(20)
    prefs.export_edit.setText(str(tmp_path))
    prefs.button_box.accepted.emit()
    stored = QSettings("Jornada", "Jornada")
    assert stored.value("ui/theme") == "dark"
    assert int(stored.value("canvas/card_font_size")) == 20
    assert stored.value("files/snapshot_policy") == "daily"
    assert Settings().export_folder == str(tmp_path)
    assert theme.current_theme() == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    theme.apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_every_widget_in_the_form_has_an_accessible_name(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

    from jornada_desktop.widgets.window.preferences import PreferencesDialog

    prefs = PreferencesDialog(Settings())
    qtbot.addWidget(prefs.dialog)
    for kind in (QComboBox, QLineEdit, QSpinBox):
        for widget in prefs.dialog.findChildren(kind):
            if widget.parent() is not None and isinstance(widget.parent(), QComboBox | QSpinBox):
                continue  # the line edit inside a spin box
            assert widget.accessibleName(), widget.objectName()


def test_icons_render_and_follow_the_palette(qapp) -> None:
    from jornada_desktop import theme
    from jornada_desktop.icons import channel_icon, icon, icon_names
    from jornada_desktop.model import vocabulary as v

    names = icon_names()
    for needed in ("jornada", "new", "open", "save_version", "undo", "redo", "cut", "copy", "paste", "delete",
                   "zoom_in", "zoom_out", "zoom_fit", "find", "export", "presentation"):
        assert needed in names
    for kind in v.CARD_KINDS:
        assert f"card_{kind}" in names
    for channel in v.CHANNELS:
        assert f"channel_{channel}" in names
    assert not channel_icon("carrier pigeon").isNull()
    assert icon("no such icon").isNull()

    def ink_of(name: str) -> int:
        image = icon(name).pixmap(QSize(48, 48)).toImage()
        dark = [image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() > 200]
        assert dark, f"{name} drew nothing"
        return sum(c.lightness() for c in dark) // len(dark)

    theme.apply_theme(qapp, "light")
    on_light = ink_of("find")
    theme.apply_theme(qapp, "dark")
    on_dark = ink_of("find")
    theme.apply_theme(qapp, "light")
    assert on_light < 90 < 160 < on_dark  # dark ink on light, light ink on dark


def test_help_dialog_lists_shortcuts(qtbot) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from jornada_desktop.widgets.window.help_dialog import HelpDialog

    window = QMainWindow()
    qtbot.addWidget(window)
    action = QAction("&Open…", window)
    action.setShortcut(QKeySequence("Ctrl+O"))
    window.addAction(action)
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.shortcut_rows())
    assert rows["Ctrl+O"] == "Open"
    assert "F5" in rows and "Ctrl+F" in rows
    assert "Jornada" in dialog.guide.toPlainText()

"""Shortcuts come from one table: no key is claimed twice where both could fire, and the sheet,
menus and tooltips show the actions' own keys."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from tests.canvas_helpers import open_window


def _claims(root: QWidget) -> dict[tuple[str, object], list[str]]:
    """Every key claimed under a window: (key, scope) → who claims it.

    Window-wide keys share one scope; a widget-only key is scoped to its widget (and a
    widget-with-children key to its widget too: the canvas's editing keys)."""
    claims: dict[tuple[str, object], list[str]] = defaultdict(list)
    for action in root.findChildren(QAction):
        context = action.shortcutContext()
        for key in action.shortcuts():
            if key.isEmpty():
                continue
            scope: object = "window"
            if context in (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut):
                scope = tuple(sorted(id(w) for w in action.associatedObjects()))
            claims[(key.toString(), scope)].append(action.objectName() or action.text())
    for shortcut in root.findChildren(QShortcut):
        scope = "window" if shortcut.context() in (Qt.ShortcutContext.WindowShortcut,
                                                    Qt.ShortcutContext.ApplicationShortcut) else id(shortcut.parent())
        for key in shortcut.keys():  # noqa: SIM118 - QShortcut.keys(), not a dict's
            claims[(key.toString(), scope)].append(f"QShortcut {shortcut.parent().objectName()}")
    return claims


def test_no_key_is_claimed_twice_in_the_main_window(qtbot, sample_path):
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, sample_path)
    install_workshop_features(window)
    window.build_all_panels()
    claims = _claims(window)
    twice = {key: who for key, who in claims.items() if len(who) > 1}
    assert not twice, twice
    keys = {key for key, _scope in claims}
    assert "Ctrl+Y" in keys and "Ctrl+Shift+S" in keys


def test_ctrl_shift_s_saves_a_copy_and_the_add_stage_key_adds_a_stage(qtbot, sample_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, sample_path)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append("copy"), ("", ""))[1]))
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["copy"]
    stages_before = len(window.document.ws.stages(window.current_journey))
    add = window.actions_by_name["add_stage"].shortcut()
    qtbot.keyClick(QApplication.focusWidget(), add[0].key(), add[0].keyboardModifiers())
    assert len(window.document.ws.stages(window.current_journey)) == stages_before + 1


def test_the_shortcut_sheet_shows_every_key_of_the_actions(qtbot, sample_path):
    from jornada_desktop.widgets.window.help_dialog import HelpDialog
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, sample_path)
    install_workshop_features(window)
    dialog = HelpDialog(window, shortcuts_first=True)
    qtbot.addWidget(dialog)
    rows = dict(dialog.shortcut_rows())
    native = QKeySequence.SequenceFormat.NativeText
    redo = " / ".join(k.toString(native) for k in window.actions_by_name["redo"].shortcuts())
    assert "Ctrl+Y" in redo and rows[redo].startswith("Redo")
    assert rows[window.actions_by_name["save_copy"].shortcut().toString(native)].startswith("Save a copy as")


def test_context_menu_and_tooltips_show_the_actions_keys(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card_id = next(iter(window.scene.card_items))
    menu = window.canvas.build_card_menu(card_id)
    shown = {a.text(): a.shortcut().toString() for a in menu.actions() if a.text()}
    assert shown["Copy"] == window.actions_by_name["copy"].shortcut().toString() == "Ctrl+C"
    assert shown["Delete"] == window.actions_by_name["delete"].shortcut().toString()
    assert window.actions_by_name["fit"].toolTip() == "Fit map (Ctrl+0)"
    menu.deleteLater()


def test_no_two_entries_of_a_menu_share_an_alt_letter(qtbot, sample_path):
    """Alt+letter in a menu picks one entry: two with the same letter pick by turns."""
    import re

    from jornada_desktop import i18n
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    app = QApplication.instance()
    try:
        for lang in ("en", "pt_BR"):
            i18n.install_language(app, lang)
            window = open_window(qtbot, sample_path)
            install_workshop_features(window)
            clashes = []

            def walk(menu, path, clashes=clashes, lang=lang):  # noqa: ANN001, ANN202
                letters: dict[str, list[str]] = defaultdict(list)
                for action in menu.actions():
                    found = re.search(r"&(\w)", action.text().replace("&&", ""))
                    if found:
                        letters[found.group(1).lower()].append(action.text())
                    if action.menu() is not None:
                        walk(action.menu(), f"{path} ▸ {action.text()}")
                clashes += [(lang, path, texts) for texts in letters.values() if len(texts) > 1]

            walk(window.menuBar(), "menu bar")
            assert not clashes, clashes
            window.removeEventFilter(window.workshop)  # (this window is done: no rebuild in the next language)
            window.close()
    finally:
        i18n.install_language(app, "en")

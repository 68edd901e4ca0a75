"""Translations: every visible string of the main window is translated in pt_BR; switching the
language rebuilds the window in the new language on the same file; numbers follow the locale."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from jornada_desktop import i18n
from jornada_desktop.paths import resource
from tests.helpers import file_rows

# Words that are the same in both languages (checked without accelerators, case-insensitive).
SAME_IN_BOTH = {
    "jornada", "chat", "nps", "ces", "csat", "e-mail", "persona", "personas", "personas:", "backlog", "app",
    "pt", "min", "ok", "service blueprint", "website", "inspector", "100 %", "png", "csv", "json", "excel",
    "a4", "a3", "letter", "status", "total", "marketing", "e-commerce", "workshop", "insights",
}


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled now (so the check never runs against stale .qm files)."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in ("en", "pt_BR"):
        ts = resource("translations", f"jornada_{lang}.ts")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"jornada_{lang}.qm")], check=True)
    return folder


@pytest.fixture
def language(qapp, qm_folder: Path) -> Iterator[object]:
    """A function that switches the application's language; English again afterwards."""

    def switch(lang: str) -> None:
        i18n.install_language(qapp, lang, str(qm_folder))

    yield switch
    switch("en")


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def _visible_strings(window: QWidget) -> set[str]:
    """Texts a person reads in a window: menus, actions, tool tips, dock titles, labels, buttons."""
    texts: set[str] = {window.windowTitle()}

    def walk_menu(menu: QMenu) -> None:
        texts.add(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                walk_menu(action.menu())
            elif not action.isSeparator():
                texts.update((action.text(), action.toolTip(), action.statusTip()))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk_menu(action.menu())
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        texts.update((action.text(), action.toolTip(), action.statusTip()))
    for widget in window.findChildren(QWidget):
        texts.update((widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()))
        if isinstance(widget, QDockWidget):
            texts.add(widget.windowTitle())
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
    return {_plain(t) for t in texts if t and re.search(r"[A-Za-z]{2}", t)}


def _window():
    from jornada_desktop.widgets.main_window import MainWindow
    from jornada_desktop.widgets.workshop_features import install_workshop_features

    window = MainWindow()
    install_workshop_features(window)
    return window


def test_no_visible_string_of_the_main_window_is_left_in_english(qtbot, language) -> None:
    language("en")
    english_window = _window()
    qtbot.addWidget(english_window)
    english = _visible_strings(english_window)
    language("pt_BR")
    window = _window()
    qtbot.addWidget(window)
    portuguese = _visible_strings(window)
    assert len(portuguese) > 60, "the walk should see the menus, tool bar, docks and panels"
    untranslated = sorted(t for t in portuguese & english if t.casefold() not in SAME_IN_BOTH)
    assert not untranslated, (
        "Untranslated in pt_BR (run `make lupdate`, then translate in resources/translations/"
        f"jornada_pt_BR.ts): {untranslated}")


def test_every_message_of_the_pt_BR_file_is_translated() -> None:
    text = resource("translations", "jornada_pt_BR.ts").read_text(encoding="utf-8")
    unfinished = re.findall(r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?"
                            r"<translation type=\"unfinished\"", text, flags=re.S)
    assert not unfinished, f"{len(unfinished)} unfinished: {unfinished[:10]}"


def test_language_switch_rebuilds_the_window_in_the_new_language(qtbot, language, sample_path) -> None:
    language("en")
    window = _window()  # not given to qtbot: the switch deletes it
    window.show()
    assert window.open_path(sample_path)
    journey = window.current_journey
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&File" in titles and "&Help" in titles
    with qtbot.waitSignal(window.workshop.window_replaced, timeout=5000) as replaced:
        language("pt_BR")
    new = replaced.args[0]
    qtbot.addWidget(new)
    titles = [a.text() for a in new.menuBar().actions()]
    assert "&Arquivo" in titles and "Aj&uda" in titles and "&Oficina" in titles
    assert new.document is not None and new.document.path == sample_path
    assert new.current_journey == journey
    assert new.actions_by_name["undo"].text() == "&Desfazer"
    # the file was released by the old window and is writable in the new one
    new.workshop.toggle_lock()
    assert file_rows(sample_path, "journeys")[0]["structure_locked"] == 1
    new.close()


def test_numbers_and_plurals_follow_the_language(qapp, language) -> None:
    language("pt_BR")
    assert QLocale().toString(1234.5) == "1.234,5"
    assert QCoreApplication.translate("MainWindow", "%n card(s)", "", 1) == "1 cartão"
    assert QCoreApplication.translate("MainWindow", "%n card(s)", "", 3) == "3 cartões"
    # a string lupdate filed without context (a helper `tr`) is still found
    assert QCoreApplication.translate("JourneyEditor", "Move %n cards", "", 4) == "Mover 4 cartões"
    language("en")
    assert QLocale().toString(1234.5) == "1,234.5"
    assert QCoreApplication.translate("MainWindow", "%n card(s)", "", 1) == "1 card"


def test_system_language_and_preference(qapp) -> None:
    assert i18n.system_language(QLocale("pt_BR")) == "pt_BR"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.effective_language("en") == "en"
    assert i18n.effective_language("") in i18n.SUPPORTED


def test_a_file_that_cannot_be_opened_is_explained_in_the_interface_language(qtbot, language, tmp_path,
                                                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from jornada_desktop.widgets.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    not_ours = tmp_path / "notas.jornada"
    not_ours.write_text("isto não é um banco de dados " * 20, encoding="utf-8")
    before = not_ours.read_bytes()
    language("pt_BR")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(not_ours) and not window.open_path(tmp_path / "sumiu.jornada")
    assert shown == ["“notas.jornada” não é um arquivo do Jornada (não é um banco de dados SQLite).",
                     "O arquivo “sumiu.jornada” não existe (pode ter sido movido ou apagado)."]
    language("en")
    shown.clear()
    assert not window.open_path(not_ours)
    assert shown and "is not a Jornada file" in shown[0]  # the store's own, detailed sentence
    assert not_ours.read_bytes() == before


def test_a_full_disk_is_reported_in_the_interface_language(qapp, language, document) -> None:
    """The same SQLITE_FULL as tests/test_faults.py, with the interface in Portuguese."""
    from tests.test_faults import Watch, _big_card_ops

    watch = Watch(document)
    pages = document.store.conn.execute("PRAGMA page_count").fetchone()[0]
    document.store.conn.execute(f"PRAGMA max_page_count={pages}")
    language("pt_BR")
    assert not document.push("Add touchpoint", _big_card_ops(document))
    assert watch.messages[-1] == ("Não foi possível salvar a alteração em “sample.jornada”: o disco está cheio. "
                                  "Nada foi alterado.")
    language("en")
    assert not document.push("Add touchpoint", _big_card_ops(document))
    assert "the disk is full" in watch.messages[-1]
    document.store.conn.execute("PRAGMA max_page_count=1073741823")


def test_backlog_import_report_in_the_interface_language(qtbot, language, sample_path) -> None:
    from jornada_desktop.exports.backlog_import import BacklogImport, Conflict
    from jornada_desktop.widgets.export_dialog import ExportActions
    from jornada_desktop.widgets.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    result = BacklogImport(journey_id=1, updated=[2], added=1, unchanged=3,
                           conflicts=[Conflict(2, 5, "owner", "Aqui", "Lá")], unknown_ids=[(7, 999)])
    actions = window.export_actions
    assert isinstance(actions, ExportActions)
    language("pt_BR")
    headline, details = actions.backlog_report(result)
    assert headline == "Atualizadas: 1 · adicionadas: 1 · sem mudança: 3 · conflitos: 1 · ids desconhecidos: 1."
    assert details.splitlines() == [
        "Linha 5: melhoria 2, “Responsável” foi alterado aqui (“Aqui”) e na planilha (“Lá”); o valor deste arquivo "
        "foi mantido.",
        "Linha 7: não há melhoria 999 nesta jornada; a linha foi ignorada."]
    language("en")
    assert actions.backlog_report(result)[0].startswith("Updated: 1 · added: 1")

"""Translations: every visible string of the main window is translated in pt_BR; switching the
language rebuilds the window in the new language on the same file; numbers follow the locale."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

from jornada_desktop import i18n
from jornada_desktop.paths import resource
from tests.helpers import file_rows

# Words that are the same in both languages (checked without accelerators, case-insensitive).
SAME_IN_BOTH = {
    "jornada", "chat", "nps", "ces", "csat", "e-mail", "persona", "personas", "personas:", "persona:", "backlog", "app",
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

    from PySide6.QtGui import QAction

    if hasattr(window, "menuBar"):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                walk_menu(action.menu())
    for action in window.findChildren(QAction):
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
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableView) and widget.model() is not None:  # column headers
            model = widget.model()
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(widget.horizontalHeader().count()))
    return {_plain(t) for t in texts if t and re.search(r"[A-Za-z]{2}", t)}


def _window():
    from jornada_desktop.widgets.window.main_window import MainWindow
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = MainWindow()
    install_workshop_features(window)
    window.build_all_panels()  # the docks behind another tab are otherwise built when first shown
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

    from jornada_desktop.widgets.window.main_window import MainWindow

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
    from jornada_desktop.widgets.export.dialog import ExportActions
    from jornada_desktop.widgets.window.main_window import MainWindow

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


# ---- sentences of the layers without Qt (model.sentences) ---------------------------------------

def _sentence_templates() -> dict[str, str]:
    """Every literal template given to Sentence(...) or Phrase(...) in the code, with where it is."""
    import ast

    found: dict[str, str] = {}
    root = Path(i18n.__file__).parent
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("Sentence", "Phrase"):
                first = node.args[0] if node.args else None
                where = f"{path.relative_to(root.parent)}:{node.lineno}"
                if path.name == "sentences.py":
                    continue  # the type itself (and `joined`, whose template has no words)
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{where}: a Sentence's template must be a literal string, to be collected for translation")
                found.setdefault(first.value, where)
    return found


def _english_sentences_raised() -> list[str]:
    """Places that still give an error, a broken rule or an import problem a plain (untranslatable) text."""
    import ast

    def plain_text(node: ast.expr) -> bool:
        items = node.elts if isinstance(node, ast.List) else [node]
        return any(isinstance(i, ast.JoinedStr | ast.BinOp) or isinstance(i, ast.Constant) and isinstance(i.value, str)
                   for i in items)

    found = []
    root = Path(i18n.__file__).parent
    for path in sorted(root.rglob("*.py")):
        if "bench" in path.parts:
            continue  # `make bench` speaks to developers, in English
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            receiver = getattr(getattr(node.func, "value", None), "attr", None) or \
                getattr(getattr(node.func, "value", None), "id", None)  # `m.append`, `result.problems.append`
            checked = node.args[:2] if name == "problem" else node.args[:1]  # problem(row, text)
            if (name in ("ExportError", "ValidationError", "CellProblem", "problem")
                    or name == "append" and receiver in ("m", "messages", "problems", "notes")) \
                    and any(plain_text(arg) for arg in checked):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


def test_every_sentence_of_the_lower_layers_is_translated_in_pt_BR() -> None:
    """A new English sentence of the model or the exports cannot silently stay untranslated."""
    import xml.etree.ElementTree as ET

    templates = _sentence_templates()
    assert len(templates) > 120, "the scan should see the model's and the exports' sentences"
    assert not _english_sentences_raised(), (
        "raise these with model.sentences.Sentence(...) so that the interface can translate them: "
        f"{_english_sentences_raised()}")
    tree = ET.parse(resource("translations", "jornada_pt_BR.ts"))
    done = {}
    for context in tree.getroot().iter("context"):
        if (context.findtext("name") or "") == "":
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and not translation.get("type") and (translation.text or "").strip():
                    done[message.findtext("source")] = translation.text
    missing = sorted(f"{where}: {t!r}" for t, where in templates.items() if t not in done)
    assert not missing, ("Not translated (run `make lupdate`, translate with tools/ts_fill.py, "
                         f"then `make translations`): {missing}")
    for template in templates:  # the translation keeps every value
        assert sorted(re.findall(r"%\d", done[template])) == sorted(re.findall(r"%\d", template)), template


def test_a_broken_rule_is_explained_in_the_interface_language(qapp, language, document) -> None:
    """The GUI's own edit path (JourneyEditor → undo command → document) with a stage named "" and
    a card title of 501 characters: the model's English sentence, in Portuguese."""
    from jornada_desktop.editing.commands import JourneyEditor
    from tests.helpers import file_rows
    from tests.test_faults import Watch

    watch = Watch(document)
    editor = JourneyEditor(document)
    journey = document.ws.journeys()[0].id
    stage = document.ws.stages(journey)[0]
    card = document.ws.cards(journey)[0]
    before = file_rows(document.path, "stages")
    language("pt_BR")
    assert not editor.rename("stages", stage.id, "   ")
    assert watch.messages[-1] == "O nome da etapa não pode ficar em branco."
    assert not editor.update_card(card.id, {"title": "x" * 501})
    assert watch.messages[-1] == "O título do cartão tem mais de 500 caracteres."
    assert not editor.update_card(card.id, {"title": "", "emotion": 9})
    assert watch.messages[-1] == ("O título do cartão não pode ficar em branco. "
                                  "A emoção deve ser um número inteiro de -2 a 2 (recebido: 9).")
    language("en")
    assert not editor.rename("stages", stage.id, "")
    assert watch.messages[-1] == "The stage's name cannot be empty."
    assert not editor.update_card(card.id, {"title": "x" * 501})
    assert watch.messages[-1] == "The card's title is longer than 500 characters."
    assert file_rows(document.path, "stages") == before and document.ws.get("stages", stage.id).name == stage.name


def test_export_and_import_errors_in_the_interface_language(qtbot, language, sample_path, tmp_path,
                                                            monkeypatch) -> None:
    """ExportErrors reachable from the window: a PNG over the pixel cap, an unwritable folder, a
    workbook that is not Jornada's, a file that is not a workbook, bad JSON, a JSON of another kind."""
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    from jornada_desktop.widgets.export.dialog import ExportDialog
    from tests.canvas_helpers import open_window

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    window = open_window(qtbot, sample_path)
    journey = window.current_journey
    language("pt_BR")
    dialog = ExportDialog(window.document.ws, journey, [], "pt_BR", "sample.jornada")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("png"))
    dialog.scale.setValue(8.0)
    dialog.update_preview()
    text = dialog.message.text()
    assert text.startswith("A imagem teria ") and "megapixels), mais que o limite de 60 megapixels;" in text, text
    assert re.search(r"use uma escala de \d,\d+ ou menos, ou exporte em PDF ou SVG\.$", text), text
    assert re.search(r"\d\.\d{3} × \d\.\d{3} pixels", text), text  # numbers the Brazilian way
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    assert not dialog.export_to(tmp_path / "pasta que falta" / "x.json")
    assert shown[-1] == ("Não foi possível gravar “x.json”: a pasta não existe. "
                         "Um arquivo que já estivesse lá foi mantido como estava.")
    assert dialog.message.text() == shown[-1]

    foreign = tmp_path / "contas.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Contas"
    book.save(foreign)
    (tmp_path / "notas.xlsx").write_text("não é uma planilha", encoding="utf-8")
    (tmp_path / "quebrado.json").write_text('{"format": "jornada-journey",', encoding="utf-8")
    (tmp_path / "outro.json").write_text('{"format": "outra-coisa", "version": 1}', encoding="utf-8")
    actions = window.export_actions
    assert actions.import_backlog(foreign, ask=False) is None
    assert shown[-1] == ("“contas.xlsx” não foi feita pelo Jornada: não tem uma planilha de backlog de melhorias "
                         "com colunas de id e de título.")
    assert actions.import_backlog(tmp_path / "notas.xlsx", ask=False) is None
    assert shown[-1] == ("“notas.xlsx” não é uma pasta de trabalho do Excel (.xlsx), então o backlog dele não "
                         "pode ser importado.")
    assert actions.import_json(tmp_path / "quebrado.json") is None
    assert shown[-1].startswith("“quebrado.json”: O arquivo não é um JSON válido (linha 1, coluna 30: "), shown[-1]
    assert actions.import_json(tmp_path / "outro.json") is None
    assert shown[-1] == ("“outro.json” não pode ser importado: Isto não é uma jornada do Jornada "
                         "(o campo “format” está ausente ou errado).")
    language("en")
    assert actions.import_backlog(foreign, ask=False) is None
    assert shown[-1] == ("“contas.xlsx” was not made by Jornada: it has no improvement backlog sheet "
                         "with an id and a title column.")
    assert actions.import_json(tmp_path / "outro.json") is None
    assert shown[-1] == ("“outro.json” cannot be imported: This is not a Jornada journey "
                         "(the “format” field is missing or wrong).")
    assert len(file_rows(sample_path, "journeys")) == 1


def test_a_damaged_clipboard_is_refused_in_the_interface_language(qtbot, language, sample_path) -> None:
    import json

    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from jornada_desktop.editing.clipboard import CARDS_MIME
    from tests.canvas_helpers import open_window

    window = open_window(qtbot, sample_path)
    messages: list[str] = []
    window.document.write_failed.disconnect()
    window.document.write_failed.connect(messages.append)
    language("pt_BR")
    for payload in (b"{not json", json.dumps({"format": "jornada-cards", "version": 1,
                                              "cards": [{"title": "x", "notes": [{"title": 5}]}]}).encode()):
        mime = QMimeData()
        mime.setData(CARDS_MIME, payload)
        QApplication.clipboard().setMimeData(mime)
        assert window.canvas.paste() == []
    assert messages == ["Os cartões da área de transferência estão danificados e não podem ser colados.",
                        "Cartão 1, nota 1: “title” deve ser um texto."]


def test_sentences_stay_english_text_with_their_template() -> None:
    """A Sentence is the English text (str, ==, join, copies) and keeps its template and values."""
    import copy
    import pickle

    from jornada_desktop.model.sentences import Phrase, Sentence, joined

    title = Phrase("the card's title")
    sentence = Sentence("%1 is longer than %2 characters.", title, 100_000)
    assert sentence == "The card's title is longer than 100,000 characters." and str(sentence) == sentence
    assert sentence.template == "%1 is longer than %2 characters." and sentence.args == (title, 100_000)
    assert Sentence("%1 %2", "%2", "x") == "%2 x"  # a value's own %2 is not replaced again
    for twin in (copy.copy(sentence), pickle.loads(pickle.dumps(sentence))):
        assert twin == sentence and twin.template == sentence.template and twin.args == sentence.args
    both = joined([sentence, Sentence("The page size could not be set.")])
    assert both == "The card's title is longer than 100,000 characters.; The page size could not be set."


def test_backlog_import_row_problems_in_the_interface_language(qtbot, language, sample_path, tmp_path) -> None:
    """The rows the import skipped are explained in Portuguese too (cells, links, the model's rules)."""
    import openpyxl

    from jornada_desktop.exports.backlog_import import plan_backlog_import
    from jornada_desktop.store import Store
    from jornada_desktop.widgets.window.main_window import MainWindow
    from tests.test_export_backlog_import import SHEET, _export, _find_row

    book = _export(sample_path, tmp_path / "backlog.xlsx")
    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    sheet[f"F{_find_row(sheet, 2)}"] = 9  # impact out of range
    last = sheet.max_row + 1
    sheet[f"B{last}"] = "Nova melhoria"
    sheet[f"E{last}"] = "Contato que não existe"  # the touchpoint column
    wb.save(book)
    store = Store.open(sample_path, read_only=True)
    result = plan_backlog_import(store.load_workspace(), book)
    store.close()
    window = MainWindow()
    qtbot.addWidget(window)
    language("pt_BR")
    details = window.export_actions.backlog_report(result)[1].splitlines()
    assert f"Linha {_find_row(sheet, 2)}: impacto 9 não está entre 1 e 5; a linha foi ignorada." in details
    assert (f"Linha {last}: não há ponto de contato com o título “Contato que não existe” nesta jornada; "
            "a linha foi ignorada.") in details
    language("en")
    details = window.export_actions.backlog_report(result)[1].splitlines()
    assert (f"Row {last}: there is no touchpoint titled “Contato que não existe” in this journey; "
            "the row was skipped.") in details


def test_backlog_of_an_unknown_journey_goes_into_the_current_one(qtbot, sample_path: Path, tmp_path: Path,
                                                                  language) -> None:
    """A workbook whose journey is not in the file is imported into the journey on screen (pt_BR UI)."""
    import openpyxl

    from jornada_desktop.exports.backlog_read import META_SHEET
    from jornada_desktop.exports.excel import export_workbook
    from tests.canvas_helpers import open_window
    from tests.helpers import file_rows

    language("pt_BR")
    window = open_window(qtbot, sample_path)
    export_workbook(window.document.ws, window.current_journey, tmp_path / "b.xlsx", "pt_BR", chart_picture=False)
    wb = openpyxl.load_workbook(tmp_path / "b.xlsx")
    for row in wb[META_SHEET].iter_rows(max_col=2):
        if row[0].value == "journey_id":
            row[1].value = 42  # a journey this file does not have
        elif row[0].value == "journey_title":
            row[1].value = "Outra jornada"
    backlog = next(name for name in wb.sheetnames if name != META_SHEET and "backlog" in name.lower())
    sheet = wb[backlog]
    header = [c.value for c in sheet[1]]
    status = next(i for i, h in enumerate(header, 1) if h and "status" in str(h).lower())
    sheet.cell(2, status).value = "Concluído"
    wb.save(tmp_path / "b.xlsx")
    result = window.export_actions.import_backlog(tmp_path / "b.xlsx", ask=False)
    assert result is not None and result.updated == [1]
    assert {r["id"]: r["status"] for r in file_rows(sample_path, "improvements")}[1] == "done"


def test_version_and_store_errors_in_the_interface_language(qtbot, language, sample_path, monkeypatch) -> None:
    """Saving a version where none can be kept (a file stands where the versions folder goes), and
    an edit of a read-only file: Portuguese in pt_BR, the file unchanged."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from jornada_desktop.store import Store, WriteError
    from jornada_desktop.store.snapshots import versions_dir
    from tests.canvas_helpers import open_window
    from tests.helpers import digest

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("antes do workshop", True)))
    versions_dir(sample_path).write_text("not a folder")
    language("pt_BR")
    window = open_window(qtbot, sample_path)
    before = digest(sample_path)
    assert not window.reliability.save_version()
    assert shown and shown[-1].startswith("Não foi possível guardar a versão em “")
    assert digest(sample_path) == before
    window.close()
    store = Store.open(sample_path, read_only=True)
    try:
        journey = store.load_workspace().journeys()[0]
        from jornada_desktop.messages import error_text
        from jornada_desktop.model.edits import update_ops, utc_now

        with pytest.raises(WriteError) as caught:
            store.apply(update_ops(store.load_workspace(), "journeys", journey.id, {"title": "x"}, utc_now()))
        assert error_text(caught.value) == "Este arquivo está aberto somente para leitura; a alteração não foi salva."
        language("en")
        assert error_text(caught.value) == "This file is open read-only; the change was not saved."
    finally:
        store.close()


def _dialogs(document) -> list[QWidget]:
    """Every dialog and window of the editor besides the main window, built on a document."""
    from jornada_desktop.editing.commands import JourneyEditor
    from jornada_desktop.widgets.backlog.editor import ImprovementEditor
    from jornada_desktop.widgets.export.dialog import ExportDialog
    from jornada_desktop.widgets.insights.dashboard import Dashboard
    from jornada_desktop.widgets.metrics.editor import MetricEditor
    from jornada_desktop.widgets.personas.editor import PersonaEditor
    from jornada_desktop.widgets.versions.dialog import VersionsDialog
    from jornada_desktop.widgets.window.help_dialog import HelpDialog
    from jornada_desktop.widgets.window.notes_dialog import NotesDialog
    from jornada_desktop.widgets.window.preferences import PreferencesDialog
    from jornada_desktop.widgets.window.start_screen import StartScreen
    from jornada_desktop.widgets.workshop.presentation import PresentationWindow

    ws = document.ws
    journey = ws.journeys()[0].id
    card = ws.cards(journey)[0].id
    dashboard = Dashboard()
    dashboard.set_journey(document, journey)
    persona_form = PersonaEditor(ws.personas()[0])
    persona_form.dialog.form = persona_form  # the form's object lives as long as its dialog here
    return [
        ImprovementEditor(document, journey), MetricEditor(document, journey), dashboard,
        ExportDialog(ws, journey, [], "pt_BR", "sample.jornada"), HelpDialog(),
        NotesDialog(JourneyEditor(document), card), persona_form.dialog,
        PreferencesDialog().dialog, PresentationWindow(document, journey), StartScreen(),
        VersionsDialog(document, journey),
    ]


def test_no_visible_string_of_the_dialogs_is_left_in_english(qtbot, language, document) -> None:
    """The same check as the main window's, over every other dialog and window."""
    language("en")
    english: set[str] = set()
    for widget in _dialogs(document):
        qtbot.addWidget(widget)
        english |= _visible_strings(widget)
    language("pt_BR")
    portuguese: set[str] = set()
    for widget in _dialogs(document):
        qtbot.addWidget(widget)
        portuguese |= _visible_strings(widget)
    assert len(portuguese) > 80, "the walk should see every dialog's labels and buttons"
    ws = document.ws  # the map's own texts (and a language's own name) are the same in both
    names = [s.name for j in ws.journeys() for s in ws.stages(j.id)] + [c.title for c in ws.all("cards")]
    lanes = [ln.title for j in ws.journeys() for ln in ws.lanes(j.id)]
    data = {t.casefold() for t in names} | {f"{s} › {ln}".casefold() for s in names for ln in lanes}
    data |= {"english", "português (brasil)"}
    untranslated = sorted(t for t in portuguese & english if t.casefold() not in SAME_IN_BOTH | data)
    assert not untranslated, f"Untranslated in pt_BR: {untranslated}"


def test_backlog_priority_is_written_the_interface_way(qtbot, language, document) -> None:
    """A priority of 9.5 reads 9,5 in Portuguese (and 9.5 in English)."""
    from jornada_desktop.widgets.backlog.model import COLUMNS
    from jornada_desktop.widgets.backlog.panel import BacklogPanel

    panel = BacklogPanel()
    qtbot.addWidget(panel)
    language("pt_BR")
    panel.set_journey(document, document.ws.journeys()[0].id)
    priority = COLUMNS.index("priority")
    shown = [panel.proxy.index(r, priority).data() for r in range(panel.proxy.rowCount())]
    assert "9,5" in shown
    language("en")
    panel.model.reload()
    assert "9.5" in [panel.proxy.index(r, priority).data() for r in range(panel.proxy.rowCount())]


def test_compiled_translations_are_committed_and_match_their_sources(tmp_path) -> None:
    """The .qm files travel with the sources (a wheel or sdist built without `make` still speaks
    Portuguese): each is what lrelease makes of its .ts today."""
    import shutil
    import subprocess
    import sys

    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    tracked = subprocess.run(["git", "ls-files", "resources/translations"], cwd=folder.parent.parent,
                             capture_output=True, text=True).stdout.split()
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        assert f"resources/translations/{qm.name}" in tracked or not tracked, f"{qm.name} is not committed"
        fresh = tmp_path / qm.name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert qm.read_bytes() == fresh.read_bytes(), f"{qm.name} is older than {ts.name}: run `make translations`"


def test_templates_in_portuguese_hold_no_english_text() -> None:
    """Departments, owners, metric names, titles: a pt_BR template shares with its English twin only
    names of people, numbers, units and words that are the same in both languages."""
    import json

    folder = Path(__file__).resolve().parent.parent / "resources" / "templates"
    codes = {"key", "kind", "channel", "channels", "evidence", "status", "color", "persona", "stage", "lane",
             "card", "parent", "format", "photo", "due_date", "follow_up", "measured_at"}
    same = {"Ana Souza", "Carlos Lima", "Marketing", "CRM", "CSAT", "%", "h", "1-7"}

    def texts(value: object, out: set[str]) -> set[str]:
        if isinstance(value, dict):
            for key, item in value.items():
                if key not in codes:
                    texts(item, out)
        elif isinstance(value, list):
            for item in value:
                texts(item, out)
        elif isinstance(value, str) and value.strip():
            out.add(value)
        return out

    for pt in sorted(folder.glob("*.pt_BR.json")):
        en = pt.with_name(pt.name.replace(".pt_BR.", ".en."))
        shared = texts(json.loads(pt.read_text(encoding="utf-8")), set()) & \
            texts(json.loads(en.read_text(encoding="utf-8")), set())
        assert not shared - same, f"{pt.name} keeps English: {sorted(shared - same)}"


def test_no_pt_br_translation_hedges_a_plural_or_a_gender() -> None:
    """Real plural forms (%n with Qt's numerus) and a name per card kind: no "cartão(ões)", no
    "Novo(a)" in anything a person reads."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parent.parent / "resources" / "translations" / "jornada_pt_BR.ts"
    hedges = re.compile(r"\w\((?:s|es|ões|ns|a|as|m)\)")
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [translation.text or ""] + [f.text or "" for f in translation.findall("numerusform")]
        found += [t for t in texts if hedges.search(t)]
    assert not found, found


def test_dates_are_written_the_languages_way_everywhere(qtbot, language, document) -> None:
    """One helper: the backlog's cells, the date fields and the metrics table show 31/03/2027 in
    pt_BR; a date typed either way is stored as 2027-03-31."""
    from jornada_desktop.i18n import date_pattern, read_date, show_date
    from jornada_desktop.widgets.backlog.editor import DateField
    from jornada_desktop.widgets.backlog.model import COLUMNS, ID_ROLE, BacklogModel

    language("pt_BR")
    assert date_pattern() == "dd/MM/yyyy" and show_date("2027-03-31") == "31/03/2027"
    assert read_date("31/12/2027") == read_date("2027-12-31") == "2027-12-31" and read_date("31/31/2027") is None
    model = BacklogModel()
    model.set_journey(document, 1)
    column = COLUMNS.index("due_date")
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert "31/03/2027" in shown
    row = shown.index("31/03/2027")
    assert model.setData(model.index(row, column), "15/04/2027")
    item_id = model.index(row, 0).data(ID_ROLE)
    assert {r["id"]: r for r in file_rows(document.path, "improvements")}[item_id]["due_date"] == "2027-04-15"
    field = DateField()
    qtbot.addWidget(field)
    field.set_value("2027-04-15")
    assert field.edit.text() == "15/04/2027" and field.value() == "2027-04-15"
    language("en")
    assert show_date("2027-03-31") == "3/31/2027"


def test_qt_standard_dialogs_speak_portuguese(qtbot, language) -> None:
    """Qt's own file dialog and message box buttons come with Qt's pt_BR translation: "Procurar em:",
    "Arquivos do tipo:", "Sim", "Cancelar" — not "Look in:" or "Files of type:"."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

    language("pt_BR")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.text()}
    assert {"Procurar em:", "Arquivos do tipo:", "Nome do arquivo:"} <= labels, labels
    assert not labels & {"Look in:", "Files of type:", "File name:"}
    dialog.close()
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    buttons = {b.text().replace("&", "") for b in box.findChild(QDialogButtonBox).buttons()}
    assert buttons == {"Sim", "Não", "Cancelar"}, buttons

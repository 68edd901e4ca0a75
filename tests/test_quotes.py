"""Quotes from survey comments: the import dialog maps the comment column and says how many quotes
will come in; the comments become quotes on the touchpoint of their row in the same undo step as the
measurements (also from the command line); the inspector lists a card's quotes and marks the card
observed in one step; find reaches a quote's text and shows its card. The rows are read from the file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from jornada_desktop.model.validation import MAX_TEXT
from tests.canvas_helpers import card_point, click, open_window, press, type_keys
from tests.helpers import digest, file_rows

CALL = 9  # "Liga sobre atraso na entrega", a touchpoint of the stage "Pós-compra" (5) of the sample map
HOSTILE = '=HYPERLINK("http://example.com/x";"clique")'


def _answers(path: Path, huge: int = MAX_TEXT + 5_000) -> Path:
    """A pt_BR Excel CSV (Windows-1252, ';'): comments on a touchpoint, a hostile one and a huge one."""
    lines = ["Data;Etapa;Ponto de contato;Nota;Comentário;Perfil",
             "03/11/2026;Pós-compra;Liga sobre atraso na entrega;3;Frete atrasou duas semanas;ana souza",
             "04/11/2026;Pós-compra;Liga sobre atraso na entrega;9;;Ana Souza",
             "05/11/2026;Pós-compra;liga sobre atraso na entrega;6;\"{}\";Marte".format(HOSTILE.replace('"', '""')),
             "06/11/2026;Compra;;10;Paguei rápido;",
             "07/11/2026;Compra;;abc;nota ruim, comentário fora;",
             "08/11/2026;Etapa nenhuma;;8;" + "x" * huge + ";"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _set_evidence(path: Path, card_id: int, evidence: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE cards SET evidence = ? WHERE id = ?", (evidence, card_id))
    conn.commit()
    conn.close()


def test_comments_become_quotes_in_the_same_step_as_the_measurements(qtbot, sample_path: Path,
                                                                      tmp_path: Path) -> None:
    answers = _answers(tmp_path / "pesquisa de outubro.csv")
    window = open_window(qtbot, sample_path)
    dialog = window.metrics_hooks.import_survey(str(answers))
    qtbot.addWidget(dialog)
    assert dialog.columns["comment"].currentText() == "Comentário"  # guessed from the pt_BR header
    assert dialog.columns["persona"].currentText() == "Perfil"
    assert "4 quote" in dialog.summary.text(), dialog.summary.text()
    assert "row 6" in dialog.summary.text()  # the score "abc"
    # Without a comment column, no quote comes in (chosen with the keyboard: "(none)" is the first entry).
    combo = dialog.columns["comment"]
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentIndex() == 0 and "quote" not in dialog.summary.text()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "Comentário" and "4 quote" in dialog.summary.text()
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and "4 quote" in dialog.result_text

    quotes = file_rows(sample_path, "quotes")
    assert [(q["card_id"], q["stage_id"], q["persona_id"], q["said_on"], q["source"]) for q in quotes] == [
        (CALL, 5, 1, "2026-11-03", "pesquisa de outubro.csv"),
        (CALL, 5, None, "2026-11-05", "pesquisa de outubro.csv"),  # no persona "Marte": none
        (None, 4, None, "2026-11-06", "pesquisa de outubro.csv"),  # a stage's quote
        (None, None, None, "2026-11-08", "pesquisa de outubro.csv"),  # a stage the journey lacks
    ]
    assert quotes[0]["text"] == "Frete atrasou duas semanas" and quotes[1]["text"] == HOSTILE
    assert len(quotes[3]["text"]) == MAX_TEXT and quotes[3]["text"].endswith("[…]")  # cut, and reported
    assert file_rows(sample_path, "measurements")  # the figures came in with them …
    assert window.document.undo_stack.count() == steps + 1  # … in one step
    window.document.undo_stack.undo()
    assert file_rows(sample_path, "quotes") == [] and file_rows(sample_path, "measurements") == []
    window.document.undo_stack.redo()
    assert len(file_rows(sample_path, "quotes")) == 4


def test_the_inspector_lists_a_cards_quotes_and_marks_it_observed(qtbot, sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    _set_evidence(sample_path, CALL, "assumed")
    window = open_window(qtbot, sample_path)
    features = install_workshop_features(window)
    dialog = window.metrics_hooks.import_survey(str(_answers(tmp_path / "nps.csv", huge=10)))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    click(window.view.viewport(), card_point(window, CALL))
    inspector = window.inspector
    assert inspector.card is not None and inspector.card.id == CALL
    assert inspector.quotes_box.isVisible() and "2 quote" in inspector.quotes_box.title()
    texts = [inspector.quotes_list.item(i).text() for i in range(inspector.quotes_list.count())]
    assert texts[0].startswith("“Frete atrasou duas semanas”") and "nps.csv" in texts[0] and "2026" in texts[0]
    assert HOSTILE in texts[1]
    button = inspector.observed_button
    assert button.isEnabled()
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert file_rows(sample_path, "cards")[CALL - 1]["evidence"] == "observed"
    assert window.document.undo_stack.count() == steps + 1 and not button.isEnabled()
    assert inspector.evidence.currentData() == "observed"
    window.document.undo_stack.undo()
    assert file_rows(sample_path, "cards")[CALL - 1]["evidence"] == "assumed" and button.isEnabled()

    # A card without quotes shows no quotes box.
    click(window.view.viewport(), card_point(window, 1))
    assert inspector.card.id == 1 and not inspector.quotes_box.isVisible()

    # Find reaches a quote's text (accents folded) and selects its card.
    window.view.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = features.find_bar
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.field)
    type_keys(qtbot, "semanas")
    qtbot.waitUntil(lambda: bool(bar.matches))
    assert [(m.table, m.field) for m in bar.matches] == [("quotes", "text")]
    assert window.scene.selected_card_ids() == [CALL] and inspector.card.id == CALL
    assert "Frete atrasou" in window.statusBar().currentMessage()


def test_a_cancelled_import_writes_nothing(qtbot, sample_path: Path, tmp_path: Path) -> None:
    answers = tmp_path / "grande.csv"
    body = "".join(f"0{1 + n % 9}/11/2026;Compra;{n % 11};comentário {n}\n" for n in range(30_000))
    answers.write_text("Data;Etapa;Nota;Comentário\n" + body, encoding="utf-8")
    window = open_window(qtbot, sample_path)
    dialog = window.metrics_hooks.import_survey(str(answers))
    qtbot.addWidget(dialog)
    summary = dialog.summary.text().replace(",", "")  # (the locale's digit grouping aside)
    assert summary.startswith("In the first 5000 rows: 5000 answer") and "5000 quote" in summary
    before = digest(sample_path)
    steps = window.document.undo_stack.count()
    clicked: list[bool] = []

    def cancel() -> None:  # a person's click on the progress dialog's Cancel, once it shows
        progress = dialog.progress
        if progress is None or not progress.isVisible():
            return
        timer.stop()
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        clicked.append(True)

    timer = QTimer()
    timer.timeout.connect(cancel)
    timer.start(0)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert clicked and dialog.isVisible() and "cancelled" in dialog.summary.text()
    assert dialog.progress is None
    assert digest(sample_path) == before and window.document.undo_stack.count() == steps
    assert file_rows(sample_path, "quotes") == [] and file_rows(sample_path, "measurements") == []
    from jornada_desktop.store import snapshots

    kinds = [v.kind for v in snapshots.list_versions(sample_path)]
    assert "before_import" not in kinds, kinds  # not even the version kept before an import


def test_comments_become_quotes_from_the_command_line(tmp_path: Path, sample_path: Path) -> None:
    answers = _answers(tmp_path / "respostas.csv")
    done = subprocess.run([sys.executable, "-m", "jornada_desktop", "import", str(sample_path), "--survey",
                           str(answers), "--kind", "nps", "--map",
                           "score=nota,comment=comentario,touchpoint=ponto de contato,date=data"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "4 quote(s) added" in done.stdout
    assert "Row 6: the score “abc” is not a number." in done.stdout
    assert f"Row 7: the comment is longer than {MAX_TEXT:,} characters; its quote was cut." in done.stdout
    quotes = file_rows(sample_path, "quotes")
    assert [(q["card_id"], q["said_on"], q["persona_id"]) for q in quotes] == [
        (CALL, "2026-11-03", None), (CALL, "2026-11-05", None), (None, "2026-11-06", None),
        (None, "2026-11-08", None)]  # (no persona nor stage column in the mapping)
    assert quotes[1]["text"] == HOSTILE


def _quoted_workspace(sample_path: Path):  # noqa: ANN202 - a Workspace whose quotes include hostile text
    from jornada_desktop.model.edits import new_row, utc_now
    from jornada_desktop.model.ops import Insert
    from tests.helpers import load_workspace

    ws = load_workspace(sample_path)
    stamp = utc_now()
    for fields in ({"card_id": CALL, "stage_id": 5, "persona_id": 1, "text": HOSTILE, "source": "@pesquisa.csv",
                    "said_on": "2026-11-05"},
                   {"stage_id": 1, "text": "Vi o anúncio\n+ cupom", "source": "entrevista"},
                   {"card_id": 1, "stage_id": 1, "text": "Gostei do anúncio", "source": "=1+1", "said_on": None}):
        ws.apply([Insert("quotes", new_row(ws, "quotes", {"journey_id": 1, **fields}, stamp))])
    return ws


def test_the_workbook_has_a_quotes_sheet_with_text_cells(sample_path: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    from jornada_desktop.exports.excel import export_workbook

    ws = _quoted_workspace(sample_path)
    for lang, sheet, head in (("pt_BR", "Citações", ("Etapa", "Ponto de contato", "Persona", "Dito em", "Fonte",
                                                     "Citação")),
                              ("en", "Quotes", ("Stage", "Touchpoint", "Persona", "Said on", "Source", "Quote"))):
        book = load_workbook(export_workbook(ws, 1, tmp_path / f"{lang}.xlsx", lang))
        rows = list(book[sheet].iter_rows(values_only=True))
        assert rows[0] == head
        # In reading order: the first touchpoint's quote, the call's, then the stage's own.
        assert rows[1:] == [
            ("Conscientização", "Anúncio nas redes sociais", None, None, "=1+1", "Gostei do anúncio"),
            ("Pós-compra", "Liga sobre atraso na entrega", "Ana Souza", datetime(2026, 11, 5), "@pesquisa.csv",
             HOSTILE),
            ("Conscientização", None, None, None, "entrevista", "Vi o anúncio\n+ cupom")]
        cells = {cell.value: cell for row in book[sheet].iter_rows(min_row=2) for cell in row}
        for text in (HOSTILE, "=1+1", "@pesquisa.csv"):
            assert cells[text].data_type == "s" and cells[text].quotePrefix, text  # text, never a formula


def test_the_quotes_csv_and_the_journey_json_carry_them(sample_path: Path) -> None:
    import csv
    import io
    import json

    from jornada_desktop.exports.csv_export import csv_bytes
    from jornada_desktop.model.edits import utc_now
    from jornada_desktop.model.interchange import journey_from_dict, journey_to_dict

    ws = _quoted_workspace(sample_path)
    text = csv_bytes(ws, 1, "quotes", "pt_BR").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == ["Etapa", "Ponto de contato", "Persona", "Dito em", "Fonte", "Citação"]
    assert rows[2][:2] == ["Pós-compra", "Liga sobre atraso na entrega"] and rows[2][5] == "'" + HOSTILE
    assert len(rows) == 4
    data = json.loads(json.dumps(journey_to_dict(ws, 1)))
    assert [(q["card"], q["stage"], q["persona"], q["said_on"]) for q in data["quotes"]][0][2:] == ("p1", "2026-11-05")
    ws.apply(journey_from_dict(ws, data, utc_now(), title="Cópia"))
    copy = ws.journeys()[-1].id
    copied = ws.quotes(copy)
    assert [q.text for q in copied] == [HOSTILE, "Vi o anúncio\n+ cupom", "Gostei do anúncio"]
    call = ws.get("cards", copied[0].card_id)
    assert call.journey_id == copy and call.title == "Liga sobre atraso na entrega" and copied[0].persona_id == 1
    assert copied[1].card_id is None and ws.get("stages", copied[1].stage_id).journey_id == copy

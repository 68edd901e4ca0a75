"""Copy, cut, paste and duplicate cards: within a journey, across journeys and across two files."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from jornada_desktop.editing.clipboard import CARDS_MIME
from tests.canvas_helpers import by_title, open_window
from tests.helpers import digest, file_rows


def test_copy_paste_between_two_files(qtbot, sample_path, blank_path):
    source = open_window(qtbot, sample_path)
    target = open_window(qtbot, blank_path)
    rows = file_rows(sample_path, "cards")
    card = by_title(rows, "Pergunta sobre entrega no chat")
    # A note attached to the card travels with it.
    assert source.editor.add_note(card["id"], "Cliente pediu retorno por e-mail")
    source.scene.select_cards([card["id"]])
    source.canvas.copy()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat(CARDS_MIME)
    assert "Pergunta sobre entrega no chat" in mime.text()
    stages = sorted(file_rows(blank_path, "stages"), key=lambda r: r["position"])
    lanes = {r["kind"]: r["id"] for r in file_rows(blank_path, "lanes")}
    target.scene.set_current_cell((stages[1]["id"], lanes["touchpoints"]))
    before_source = digest(sample_path)
    new_ids = target.canvas.paste()
    assert len(new_ids) == 1
    pasted = by_title(file_rows(blank_path, "cards"), "Pergunta sobre entrega no chat")
    assert (pasted["stage_id"], pasted["lane_id"], pasted["position"]) == (stages[1]["id"], lanes["touchpoints"], 0)
    for field in ("kind", "body", "channel", "department", "emotion", "evidence"):
        assert pasted[field] == card[field]
    assert pasted["persona_id"] is None  # the persona lives in the other file
    notes = [r for r in file_rows(blank_path, "cards") if r["parent_id"] == pasted["id"]]
    assert [n["body"] for n in notes] == ["Cliente pediu retorno por e-mail"]
    assert digest(sample_path) == before_source
    assert target.document.undo_stack.text(0) == "Paste touchpoint"
    target.document.undo_stack.undo()
    assert file_rows(blank_path, "cards") == []


def test_cut_and_paste_within_a_journey_after_the_selected_card(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    rows = file_rows(sample_path, "cards")
    moving = by_title(rows, "Segue a marca")
    anchor = by_title(rows, "Liga sobre atraso na entrega")
    window.scene.select_cards([moving["id"]])
    window.canvas.cut()
    assert not [r for r in file_rows(sample_path, "cards") if r["id"] == moving["id"]]
    window.scene.select_cards([anchor["id"]])
    window.canvas.paste()
    rows = file_rows(sample_path, "cards")
    pasted = by_title(rows, "Segue a marca")
    assert (pasted["stage_id"], pasted["lane_id"], pasted["position"]) == (anchor["stage_id"], anchor["lane_id"], 1)
    assert by_title(rows, "Pesquisa de satisfação (NPS)")["position"] == 2
    assert [window.document.undo_stack.text(i) for i in range(2)] == ["Cut action", "Paste action"]


def test_paste_into_another_journey(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Newsletter com cupom")
    window.scene.select_cards([card["id"]])
    window.canvas.copy()
    new_journey = window.editor.add_journey("Segunda jornada")
    window.show_journey(new_journey)
    assert window.scene.journey_id == new_journey
    assert window.canvas.paste()
    pasted = [r for r in file_rows(sample_path, "cards") if r["journey_id"] == new_journey]
    assert [r["title"] for r in pasted] == ["Newsletter com cupom"]
    assert pasted[0]["persona_id"] == card["persona_id"]  # same file: the persona is kept


def test_duplicate_places_copies_after_the_originals(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    rows = file_rows(sample_path, "cards")
    first = by_title(rows, "Liga sobre atraso na entrega")
    window.scene.select_cards([first["id"]])
    window.canvas.duplicate_selection()
    rows = [r for r in file_rows(sample_path, "cards") if r["stage_id"] == first["stage_id"]
            and r["lane_id"] == first["lane_id"]]
    assert [r["title"] for r in sorted(rows, key=lambda r: r["position"])] == [
        "Liga sobre atraso na entrega", "Liga sobre atraso na entrega", "Pesquisa de satisfação (NPS)"]
    assert len(window.canvas.selected_ids()) == 1 and window.canvas.selected_ids()[0] != first["id"]
    assert window.document.undo_stack.text(0) == "Duplicate touchpoint"


def test_damaged_clipboard_is_refused_with_a_sentence(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    messages = []
    window.document.write_failed.disconnect()
    window.document.write_failed.connect(messages.append)
    before = digest(sample_path)
    for payload in (b"{not json", json.dumps({"format": "jornada-cards", "version": 1,
                                              "cards": [{"title": ["x"]}]}).encode(),
                    json.dumps({"format": "jornada-cards", "version": 1,
                                "cards": [{"title": "x", "kind": "bomb"}]}).encode()):
        mime = QMimeData()
        mime.setData(CARDS_MIME, payload)
        QApplication.clipboard().setMimeData(mime)
        assert window.canvas.paste() == []
    assert len(messages) == 3 and all(isinstance(m, str) and m for m in messages)
    assert "Traceback" not in " ".join(messages)
    assert digest(sample_path) == before


def test_exit_after_copying_cards_is_clean(sample_path, tmp_path):
    """Copied cards on the clipboard at exit: the process ends with 0, not a crash in Qt's teardown."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from jornada_desktop.widgets.window.main_window import MainWindow\n"
        "w = MainWindow(); w.show()\n"
        "assert w.open_path(__import__('pathlib').Path(sys.argv[1]))\n"
        "w.canvas.select_all()\n"
        "assert w.canvas.copy()\n"
        "assert 'application/x-jornada' in ' '.join(QApplication.clipboard().mimeData().formats())\n"
        "w.close()\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script, str(sample_path)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, (done.returncode, done.stderr[-1500:])

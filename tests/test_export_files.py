"""CSV and JSON exports, JSON import round trip, cell sanitising and the atomic-write failure path."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from jornada_desktop.exports.atomic import atomic_path, write_bytes_atomically
from jornada_desktop.exports.cells import clean_text, csv_safe, safe_sheet_title
from jornada_desktop.exports.csv_export import export_csv
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.json_io import export_journey_json, import_journey_json, journey_import_ops
from tests.export_data import CONTROL, HOSTILE, UNICODE, add_hostile_rows
from tests.helpers import digest, file_rows, load_workspace


def _csv_rows(path: Path, delimiter: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def test_csv_backlog_and_touchpoints_are_injection_safe(sample_path: Path, tmp_path: Path) -> None:
    add_hostile_rows(sample_path)
    ws = load_workspace(sample_path)
    jid = ws.journeys()[0].id
    export_csv(ws, jid, tmp_path / "b.csv", "backlog", "pt_BR")
    rows = _csv_rows(tmp_path / "b.csv", ";")
    assert rows[0][:3] == ["id", "Título", "Descrição"]
    titles = [r[1] for r in rows[1:]]
    for text in HOSTILE:
        assert "'" + text in titles
    assert rows[1][7] == "9,5"  # decimal comma in Portuguese
    export_csv(ws, jid, tmp_path / "t.csv", "touchpoints", "en")
    rows = _csv_rows(tmp_path / "t.csv", ",")
    assert rows[0][4] == "Title"
    cells = [c for r in rows for c in r]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells if not c.lstrip("-").isdigit())
    assert UNICODE in cells
    assert "bellnullesc end" in cells


def test_csv_safe_rules() -> None:
    assert csv_safe("=1+1") == "'=1+1"
    assert csv_safe("\tx") == "'\tx" and csv_safe("\rx") == "'\rx"
    assert csv_safe("plain") == "plain" and csv_safe(None) == "" and csv_safe(-2) == "-2"


def test_clean_text_and_sheet_titles() -> None:
    assert clean_text(CONTROL) == "bellnullesc end"
    emoji = "😀" * 20_000  # 40,000 UTF-16 units
    cut = clean_text(emoji, "en")
    assert len(cut.encode("utf-16-le")) // 2 <= 32_767 and cut.endswith("characters in Jornada]")
    assert safe_sheet_title("a/b:c*d?[e]") == "a_b_c_d__e_"
    assert safe_sheet_title("x" * 40) == "x" * 31
    assert safe_sheet_title("Mapa", {"mapa"}) == "Mapa (2)"
    assert safe_sheet_title("  '' ") == "Sheet"


def test_json_round_trip_is_lossless(qapp, sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.editing.document import Document

    add_hostile_rows(sample_path)
    ws = load_workspace(sample_path)
    first = tmp_path / "one.json"
    export_journey_json(ws, ws.journeys()[0].id, first)
    doc = Document.open(sample_path)
    try:
        new_id = import_journey_json(doc, first)
        assert doc.undo_stack.count() == 1
    finally:
        doc.close()
    journeys = file_rows(sample_path, "journeys")
    assert len(journeys) == 2 and journeys[-1]["id"] == new_id
    again = tmp_path / "two.json"
    export_journey_json(load_workspace(sample_path), new_id, again)
    assert json.loads(first.read_text("utf-8")) == json.loads(again.read_text("utf-8"))
    cards = [c for c in file_rows(sample_path, "cards") if c["journey_id"] == new_id]
    assert any(c["title"] == HOSTILE[0] for c in cards)


def test_bad_json_is_refused_with_a_sentence_and_the_file_untouched(sample_path: Path, tmp_path: Path) -> None:
    ws = load_workspace(sample_path)
    with pytest.raises(ExportError, match="not a Jornada journey"):
        journey_import_ops(ws, {"format": "other"})
    bad = {"format": "jornada-journey", "version": 1, "journey": {"title": "x", "kind": "custom"},
           "cards": [{"key": "c1", "stage": "s9", "lane": "l1", "title": "t"}]}
    with pytest.raises(ExportError, match="cannot be imported"):
        journey_import_ops(ws, bad)
    bad_kind = {"format": "jornada-journey", "version": 1, "journey": {"title": "x", "kind": "weird"}}
    with pytest.raises(ExportError, match="cannot be imported"):
        journey_import_ops(ws, bad_kind)
    assert len(ws.journeys()) == 1  # the scratch check left the workspace as it was


def test_atomic_write_failure_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "map.xlsx"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("the writer broke half way")
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.xlsx"]


def test_atomic_write_onto_a_folder_fails_cleanly(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    with pytest.raises(ExportError, match="could not be written"):
        write_bytes_atomically(target, b"data")
    assert (target / "keep.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_unwritable_folder(tmp_path: Path, sample_path: Path) -> None:
    from jornada_desktop.exports.excel import export_workbook

    ws = load_workspace(sample_path)
    missing = tmp_path / "no such folder" / "map.xlsx"
    with pytest.raises(ExportError, match="the folder does not exist"):
        export_workbook(ws, ws.journeys()[0].id, missing)
    if os.geteuid() == 0:
        return  # root writes anywhere; the folder case above covers the failure path
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "map.xlsx").write_bytes(b"old")
    before = digest(folder / "map.xlsx")
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            export_workbook(ws, ws.journeys()[0].id, folder / "map.xlsx")
    finally:
        folder.chmod(0o700)
    assert digest(folder / "map.xlsx") == before
    assert [p.name for p in folder.iterdir()] == ["map.xlsx"]


def test_failed_workbook_save_keeps_the_previous_workbook(sample_path: Path, tmp_path: Path, monkeypatch) -> None:
    from openpyxl.writer.excel import ExcelWriter

    from jornada_desktop.exports.excel import export_workbook

    ws = load_workspace(sample_path)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "map.xlsx"
    export_workbook(ws, ws.journeys()[0].id, target)
    before = digest(target)

    def broken_save(self):  # the parts half written, then the disk is full
        self._archive.writestr("[Content_Types].xml", b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "save", broken_save)
    with pytest.raises(ExportError, match="the disk is full"):
        export_workbook(ws, ws.journeys()[0].id, target)
    assert digest(target) == before
    assert [p.name for p in target.parent.iterdir()] == ["map.xlsx"]


def test_a_journey_imported_into_its_own_file_reuses_its_identical_personas(qapp, sample_path: Path,
                                                                          tmp_path: Path) -> None:
    """Seen: importing a journey JSON into its own file added a second copy of each persona."""
    from jornada_desktop.editing.document import Document

    ws = load_workspace(sample_path)
    export_journey_json(ws, ws.journeys()[0].id, tmp_path / "j.json")
    personas = file_rows(sample_path, "personas")
    doc = Document.open(sample_path)
    try:
        new_id = import_journey_json(doc, tmp_path / "j.json")
    finally:
        doc.close()
    assert file_rows(sample_path, "personas") == personas
    links = [r["persona_id"] for r in file_rows(sample_path, "journey_personas") if r["journey_id"] == new_id]
    assert sorted(links) == sorted(p["id"] for p in personas)
    # a persona edited meanwhile is another persona: it comes in as a new one
    from jornada_desktop.model.edits import update_ops
    from tests.export_data import edit_file

    edit_file(sample_path, lambda w, stamp: update_ops(w, "personas", personas[0]["id"], {"role": "Outra"}, stamp))
    doc = Document.open(sample_path)
    try:
        import_journey_json(doc, tmp_path / "j.json")
    finally:
        doc.close()
    assert len(file_rows(sample_path, "personas")) == len(personas) + 1

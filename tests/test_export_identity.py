"""A workbook knows the map it came from: the file's and the journey's identity (uuids) travel in it,
a workbook of another file or journey is refused with a sentence naming both maps, and importing it
anyway is an explicit choice that matches rows by their content, never by their ids."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from jornada_desktop.cli import run
from jornada_desktop.editing.document import Document
from jornada_desktop.exports.backlog_import import import_backlog, plan_backlog_import
from jornada_desktop.exports.errors import WrongMap
from jornada_desktop.exports.json_io import export_journey_json, import_journey_json
from jornada_desktop.store import Store
from jornada_desktop.templates import create_from_template
from tests.helpers import digest, file_rows, load_workspace


def _cli(capsys, *args: object) -> tuple[int, str, str]:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _meta(book: Path) -> dict:
    return {r[0]: r[1] for r in openpyxl.load_workbook(book)["_jornada"].iter_rows(values_only=True)
            if r[0] != "improvement"}


@pytest.fixture
def service_desk(tmp_path: Path) -> Path:
    path = tmp_path / "servico.jornada"
    create_from_template(path, "service_desk", "pt_BR").close()
    return path


def test_the_workbook_carries_both_identities(capsys, sample_path: Path, tmp_path: Path) -> None:
    code, _, err = _cli(capsys, "export", sample_path, "-o", tmp_path / "b.xlsx", "--lang", "pt_BR")
    assert code == 0, err
    store = Store.open(sample_path, read_only=True)
    file_uuid = store.meta()["file_uuid"]
    journey_uuid = store.load_workspace().journeys()[0].uuid
    store.close()
    meta = _meta(tmp_path / "b.xlsx")
    assert meta["file_uuid"] == file_uuid and meta["journey_uuid"] == journey_uuid
    assert len(file_uuid) == 32 and len(journey_uuid) == 32


def test_another_maps_workbook_is_refused_naming_both(qapp, capsys, sample_path: Path, service_desk: Path,
                                                      tmp_path: Path) -> None:
    """Seen: every template map has journey 1 and improvements 1, 2…; the service desk's workbook,
    imported into the purchase map, marked a purchase improvement done and added its items to it."""
    book = tmp_path / "servico.xlsx"
    code, _, err = _cli(capsys, "export", service_desk, "-o", book, "--lang", "pt_BR")
    assert code == 0, err
    wb = openpyxl.load_workbook(book)
    sheet = wb["Backlog de melhorias"]
    sheet["J2"] = "Concluído"
    sheet.append([None, "Item novo do service desk"])
    wb.save(book)
    before = digest(sample_path)
    code, out, err = _cli(capsys, "import", sample_path, "--backlog", book)
    assert code == 1 and err.count("\n") == 1, (out, err)
    service_title = load_workspace(service_desk).journeys()[0].title
    assert f"“{service_title}”" in err and "“Jornada de compra”" in err and "servico.jornada" in err, err
    assert "match its rows by their content" in err
    assert digest(sample_path) == before

    # the explicit choice: rows matched by content; nothing of the purchase map matches, so the
    # purchase improvements stay as they were and the workbook's rows come in as new ones
    purchase = {r["id"]: r for r in file_rows(sample_path, "improvements")}
    code, out, err = _cli(capsys, "import", sample_path, "--backlog", book, "--match-by-content")
    assert code == 0, err
    rows = file_rows(sample_path, "improvements")
    for ident, row in purchase.items():
        assert next(r for r in rows if r["id"] == ident)["status"] == row["status"]
    added = [r for r in rows if r["id"] not in purchase]
    assert "Item novo do service desk" in {r["title"] for r in added}
    assert all(r["journey_id"] == 1 for r in added)


def test_by_content_a_copy_of_the_template_gets_only_the_edits(qapp, sample_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "outra.jornada"
    create_from_template(other, "compra", "pt_BR").close()  # same titles and ids, another identity
    ws = load_workspace(sample_path)
    from jornada_desktop.exports.excel import export_workbook

    store = Store.open(sample_path, read_only=True)
    file_uuid = store.meta()["file_uuid"]
    store.close()
    book = export_workbook(ws, 1, tmp_path / "b.xlsx", "pt_BR", chart_picture=False, file_uuid=file_uuid)
    wb = openpyxl.load_workbook(book)
    sheet = wb["Backlog de melhorias"]
    sheet["K3"] = "Dona nova"   # improvement 2's owner, edited in the workbook
    sheet.delete_rows(2)        # improvement 1's row deleted: says nothing about the other map
    wb.save(book)
    doc = Document.open(other)
    try:
        with pytest.raises(WrongMap, match="of another file"):
            import_backlog(doc, book)
        before = {r["id"]: r for r in file_rows(other, "improvements")}
        result = import_backlog(doc, book, by_content=True)
        assert result.by_content and result.updated == [2] and result.added == 0
        assert not result.missing and not result.deletion_ops
        after = {r["id"]: r for r in file_rows(other, "improvements")}
        assert after[2]["owner"] == "Dona nova"
        assert {k: v for k, v in after[2].items() if k not in ("owner", "updated_at")} == \
            {k: v for k, v in before[2].items() if k not in ("owner", "updated_at")}
        assert after[1] == before[1]
    finally:
        doc.close()


def test_another_journey_of_the_same_file_is_refused(qapp, capsys, sample_path: Path, tmp_path: Path) -> None:
    export_journey_json(load_workspace(sample_path), 1, tmp_path / "j.json")
    doc = Document.open(sample_path)
    try:
        second = import_journey_json(doc, tmp_path / "j.json")
    finally:
        doc.close()
    journeys = load_workspace(sample_path).journeys()
    assert journeys[0].uuid != journeys[1].uuid  # an imported journey is a journey of its own
    book = tmp_path / "b.xlsx"
    code, _, err = _cli(capsys, "export", sample_path, "--journey", str(second), "-o", book, "--lang", "pt_BR")
    assert code == 0, err
    wb = openpyxl.load_workbook(book)
    wb["Backlog de melhorias"]["K2"] = "Só na segunda"
    wb.save(book)
    code, _, err = _cli(capsys, "import", sample_path, "--backlog", book, "--journey", "1")
    assert code == 1 and "not from" in err
    # without --journey the workbook goes to the journey it came from, whatever its id
    code, out, err = _cli(capsys, "import", sample_path, "--backlog", book)
    assert code == 0, err
    owners = {(r["journey_id"], r["title"]): r["owner"] for r in file_rows(sample_path, "improvements")}
    assert "Só na segunda" in {o for (j, _), o in owners.items() if j == second}
    assert "Só na segunda" not in {o for (j, _), o in owners.items() if j == 1}


def test_deletions_from_the_command_line(qapp, capsys, sample_path: Path, tmp_path: Path) -> None:
    book = tmp_path / "b.xlsx"
    _cli(capsys, "export", sample_path, "-o", book, "--lang", "pt_BR")
    wb = openpyxl.load_workbook(book)
    wb["Backlog de melhorias"].delete_rows(3)  # improvement 2
    wb.save(book)
    code, out, _ = _cli(capsys, "import", sample_path, "--backlog", book)
    assert code == 0 and "1 row(s) deleted in the workbook, 0 deleted here" in out
    assert "use --apply-deletions" in out and len(file_rows(sample_path, "improvements")) == 2
    code, out, _ = _cli(capsys, "import", sample_path, "--backlog", book, "--apply-deletions")
    assert code == 0 and "1 deleted here" in out
    assert [r["id"] for r in file_rows(sample_path, "improvements")] == [1]


def test_plan_without_file_identity_still_checks_the_journey(sample_path: Path, service_desk: Path,
                                                             tmp_path: Path) -> None:
    from jornada_desktop.exports.excel import export_workbook

    book = export_workbook(load_workspace(service_desk), 1, tmp_path / "s.xlsx", "en", chart_picture=False)
    with pytest.raises(WrongMap, match="of another file"):
        plan_backlog_import(load_workspace(sample_path), book)

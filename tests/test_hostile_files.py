"""Hostile and broken input: every bad file or JSON gets one sentence, no crash, no hang, bytes kept."""

from __future__ import annotations

import base64
import json
import sqlite3
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jornada_desktop.editing.document import Document
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.image_safety import image_size, photo_problem
from jornada_desktop.model.interchange import journey_from_dict, journey_to_dict
from jornada_desktop.model.safe_json import parse_json, read_json_file
from jornada_desktop.store import OpenError, Store, check_file
from jornada_desktop.store.store import MAX_BLOB_BYTES
from tests.helpers import digest, file_rows


def _sentence(message: str, capital: bool = True) -> None:
    assert "Traceback" not in message and "\n" not in message, message
    assert not capital or message[:1].isupper() or message[:1] == "“", message
    assert message.endswith("."), message


def refused_everywhere(qapp, path: Path, reason: str) -> str:
    """Store.open, check_file and Document.open all refuse; the bytes and the folder stay as they were."""
    before = digest(path) if path.is_file() else None
    beside = sorted(p.name for p in path.parent.iterdir())
    messages = []
    for opener in (Store.open, check_file, Document.open):
        with pytest.raises(OpenError) as info:
            opener(path)
        assert info.value.reason == reason, (opener, info.value.reason, str(info.value))
        _sentence(str(info.value))
        messages.append(str(info.value))
    if before is not None:
        assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == beside  # no journal, lock or copy left
    return messages[0]


def tampered(path: Path, *sql: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


# ---- .jornada files ------------------------------------------------------

@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER evil AFTER INSERT ON cards BEGIN SELECT load_extension('/tmp/x.so'); END",
        "CREATE TRIGGER evil2 BEFORE UPDATE ON stages BEGIN SELECT writefile('/tmp/pwn', 'x'); END",
        "CREATE VIEW spy AS SELECT load_extension('/tmp/x.so') AS x",
        "CREATE VIEW fun AS SELECT randomblob(1000000000) FROM cards",
        "CREATE VIRTUAL TABLE ft USING fts5(body)",
    ],
    ids=["trigger-load-extension", "trigger-writefile", "view-load-extension", "view-randomblob", "virtual"],
)
def test_triggers_views_and_virtual_tables_are_refused(qapp, sample_path: Path, sql: str) -> None:
    tampered(sample_path, sql)
    assert "for safety" in refused_everywhere(qapp, sample_path, "foreign_objects")


def test_huge_photo_blob(qapp, sample_path: Path) -> None:
    tampered(sample_path, f"UPDATE personas SET photo = zeroblob({MAX_BLOB_BYTES + 1})")
    before = digest(sample_path)
    with pytest.raises(OpenError) as info:
        Document.open(sample_path)
    assert info.value.reason == "bad_data" and "too large" in str(info.value)
    _sentence(str(info.value))
    assert digest(sample_path) == before
    assert not sample_path.with_name(sample_path.name + ".lock").exists()


def test_huge_text_in_a_card(qapp, sample_path: Path) -> None:
    tampered(sample_path, "UPDATE cards SET body = printf('%.*c', 3000000, 'x') WHERE id = 1")
    with pytest.raises(OpenError) as info:
        Document.open(sample_path)
    assert info.value.reason == "bad_data" and "longer than" in str(info.value)


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE stages SET position = 'first' WHERE id = 2", "“position” holds text where a whole number"),
        ("UPDATE cards SET title = x'00ff' WHERE id = 3", "“title” holds binary data where text"),
        ("UPDATE lanes SET hidden = 0.5", "“hidden” holds a number where a whole number"),
        ("UPDATE cards SET emotion = 'happy' WHERE id = 1", "“emotion”"),
        ("UPDATE improvements SET impact = 9", "impact"),
        ("UPDATE cards SET kind = 'bomb' WHERE id = 1", "card kind"),
        ("UPDATE personas SET photo = 'not bytes'", "“photo” holds text where binary data"),
        ("UPDATE metrics SET target = 'lots'", "“target” holds text where a number"),
        ("UPDATE cards SET stage_id = 999 WHERE id = 1", "does not exist"),
    ],
)
def test_wrong_types_and_values_in_columns(qapp, sample_path: Path, sql: str, words: str) -> None:
    conn = sqlite3.connect(sample_path)
    if "metrics" in sql and not conn.execute("SELECT count(*) FROM metrics").fetchone()[0]:
        conn.execute("INSERT INTO metrics(journey_id, kind) VALUES (1, 'nps')")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA ignore_check_constraints=ON")
    conn.execute(sql)
    conn.commit()
    conn.close()
    before = digest(sample_path)
    with pytest.raises(OpenError) as info:
        Document.open(sample_path)
    assert info.value.reason == "bad_data"
    assert words in str(info.value), str(info.value)
    _sentence(str(info.value))
    assert digest(sample_path) == before
    if "holds" in words:  # type problems are found by the check command too
        with pytest.raises(OpenError):
            check_file(sample_path)


@pytest.mark.parametrize("table", ["cards", "meta", "journey_personas"])
def test_missing_tables(qapp, sample_path: Path, table: str) -> None:
    tampered(sample_path, "PRAGMA foreign_keys=OFF", f"DROP TABLE {table}")
    assert f"“{table}” is missing" in refused_everywhere(qapp, sample_path, "missing_table")


def test_missing_column(qapp, sample_path: Path) -> None:
    tampered(sample_path, "ALTER TABLE improvements DROP COLUMN follow_up")
    assert "“follow_up”" in refused_everywhere(qapp, sample_path, "missing_column")


@pytest.mark.parametrize(("version", "reason"), [(2**31 - 1, "newer"), (-5, "corrupt"), (0, "corrupt")])
def test_absurd_user_version(qapp, sample_path: Path, version: int, reason: str) -> None:
    tampered(sample_path, f"PRAGMA user_version={version}")
    message = refused_everywhere(qapp, sample_path, reason)
    assert str(version) in message


@pytest.mark.parametrize("keep", [100, 4096, 3 * 4096 + 17, 0.5])
def test_truncated_file(qapp, sample_path: Path, keep: float) -> None:
    data = sample_path.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    sample_path.write_bytes(data[:size])
    message = refused_everywhere(qapp, sample_path, "corrupt")
    assert "damaged" in message


def test_cut_inside_the_header(qapp, sample_path: Path) -> None:
    sample_path.write_bytes(sample_path.read_bytes()[:40])
    assert "cut short" in refused_everywhere(qapp, sample_path, "corrupt")


def test_zero_bytes(qapp, tmp_path: Path) -> None:
    path = tmp_path / "zero.jornada"
    path.write_bytes(b"")
    assert "0 bytes" in refused_everywhere(qapp, path, "empty")


def test_directory_named_like_a_file(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "x.jornada"
    folder.mkdir()
    (folder / "inside.txt").write_text("hello")
    assert "is a folder" in refused_everywhere(qapp, folder, "directory")
    assert (folder / "inside.txt").read_text() == "hello"


def test_not_sqlite_and_another_apps_database(qapp, tmp_path: Path) -> None:
    text = tmp_path / "notes.jornada"
    text.write_bytes(b"PK\x03\x04 this is a zip pretending" * 100)
    assert "not an SQLite database" in refused_everywhere(qapp, text, "not_sqlite")
    other = tmp_path / "music.jornada"
    tampered(other, "CREATE TABLE songs (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO songs VALUES (1, 'x')")
    assert "another application" in refused_everywhere(qapp, other, "foreign_app")


def test_newer_schema_and_corrupt_pages(qapp, sample_path: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.jornada"
    newer.write_bytes(sample_path.read_bytes())
    tampered(newer, "PRAGMA user_version=4")
    assert "newer version" in refused_everywhere(qapp, newer, "newer")
    data = bytearray(sample_path.read_bytes())
    for i in range(4096 + 8, 4096 * 3):
        data[i] = (i * 7) & 0xFF
    sample_path.write_bytes(bytes(data))
    assert "damaged" in refused_everywhere(qapp, sample_path, "corrupt")


def test_missing_file(qapp, tmp_path: Path) -> None:
    with pytest.raises(OpenError) as info:
        Document.open(tmp_path / "gone.jornada")
    assert info.value.reason == "missing"
    _sentence(str(info.value))
    assert list(tmp_path.iterdir()) == []


def test_all_zero_page_after_the_header(qapp, sample_path: Path) -> None:
    """A file whose every page after the first was wiped (e.g. a failed sync tool)."""
    data = bytearray(sample_path.read_bytes())
    data[4096:] = bytes(len(data) - 4096)
    sample_path.write_bytes(bytes(data))
    assert "damaged" in refused_everywhere(qapp, sample_path, "corrupt")


# ---- JSON for the journey import -----------------------------------------

def _journey_json(document: Document) -> dict:
    return journey_to_dict(document.ws, document.ws.journeys()[0].id)


def _refused_json(document: Document, data: bytes | str) -> str:
    """The import path: strict parse, plan the ops, apply them (the model checks every row)."""
    before = digest(document.path)
    with pytest.raises(ValidationError) as info:
        document.apply(journey_from_dict(document.ws, parse_json(data), "2024-01-01T00:00:00Z"))
    assert digest(document.path) == before
    message = str(info.value)
    _sentence(message, capital=False)  # the importer names the item first: "card 3: …"
    return message


@pytest.mark.parametrize("depth", [1000, 100_000, 1_000_000])
def test_json_deep_nesting(document: Document, depth: int) -> None:
    message = _refused_json(document, "[" * depth + "]" * depth)
    assert "nested too deeply" in message or "must be an object" in message
    message = _refused_json(document, '{"a":' * depth + "1" + "}" * depth)
    assert "nested too deeply" in message or "not a Jornada journey" in message


def test_json_huge_numbers(document: Document) -> None:
    assert "too large" in _refused_json(document, "1" * 100_000)
    assert "too large" in _refused_json(document, '{"x": 1e999}')
    assert "not a number JSON allows" in _refused_json(document, '{"x": NaN}')
    assert "not a number JSON allows" in _refused_json(document, "[Infinity]")
    data = _journey_json(document)
    data["improvements"][0]["impact"] = 10**30
    assert "too large" in _refused_json(document, json.dumps(data))
    data = _journey_json(document)
    data["cards"][0]["emotion"] = 7
    assert "emotion must be a whole number from -2 to 2" in _refused_json(document, json.dumps(data))


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda d: d.update(stages="lots"), "must be a list"),
        (lambda d: d.update(journey=[1, 2]), "must be an object"),
        (lambda d: d["cards"][0].update(title=["a"]), "wrong type"),
        (lambda d: d["cards"][0].update(emotion="happy"), "whole number"),
        (lambda d: d["cards"][0].update(stage="s999"), "not in the file"),
        (lambda d: d["cards"][0].update(emotion=True), "wrong type"),
        (lambda d: d.update(version="1"), "unknown format version"),
        (lambda d: d.update(format="other"), "not a Jornada journey"),
        (lambda d: d["personas"][0].update(photo="!!not base64!!"), "photo is not valid"),
        (lambda d: d["stages"].append(d["stages"][0]), "repeated"),
    ],
)
def test_json_wrong_types(document: Document, mutate: Callable[[dict], None], words: str) -> None:
    data = _journey_json(document)
    if not data["personas"]:
        data["personas"] = [{"key": "p1", "name": "P"}]
    mutate(data)
    assert words in _refused_json(document, json.dumps(data))


def test_json_text_problems(document: Document, tmp_path: Path) -> None:
    assert "not UTF-8" in _refused_json(document, b"\xff\xfe{\x00")
    assert "not valid JSON" in _refused_json(document, '{"format": "jornada-journey",')
    assert "appears twice" in _refused_json(document, '{"format": 1, "format": 2}')
    assert "larger than" in str(pytest.raises(ValidationError, parse_json, "[]" * 10, max_bytes=8).value)
    folder = tmp_path / "j.json"
    folder.mkdir()
    assert "is a folder" in str(pytest.raises(ValidationError, read_json_file, folder).value)
    assert "does not exist" in str(pytest.raises(ValidationError, read_json_file, tmp_path / "no.json").value)


def test_json_round_trip_is_accepted(document: Document) -> None:
    """The strict reader is not so strict that a real export is refused (else the tests above prove nothing)."""
    data = _journey_json(document)
    data["personas"] = [{"key": "p1", "name": "Ana", "photo": base64.b64encode(b"\x89PNG").decode()}]
    ops = journey_from_dict(document.ws, parse_json(json.dumps(data).encode()), "2024-01-01T00:00:00Z")
    assert document.push("Import journey", ops)
    assert len(document.ws.journeys()) == 2


# ---- persona photos -------------------------------------------------------

def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_bomb(side: int) -> bytes:
    """A complete, valid PNG of `side` × `side` black pixels: a few hundred KB that decode to GBs."""
    raw = zlib.compress((b"\0" * (side * 3 + 1)) * side, 9)
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", raw) + _chunk(b"IEND", b"")


def _encoded(width: int, height: int, fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data.data())


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "BMP", "GIF"])
def test_image_header_sizes_match_what_qt_decodes(qapp, fmt: str) -> None:
    from PySide6.QtGui import QImageWriter

    if fmt.lower().encode() not in [bytes(f.data()) for f in QImageWriter.supportedImageFormats()]:
        pytest.skip(f"this Qt cannot write {fmt}")
    for width, height in ((1, 1), (37, 511), (640, 480)):
        kind, w, h = image_size(_encoded(width, height, fmt))
        assert (kind, w, h) == (fmt.lower(), width, height)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8", b"GIF89a", b"BM",
                                                  b"RIFF\0\0\0\0WEBPVP8X"]))
def test_image_header_reader_never_fails_on_garbage(head: bytes, prefix: bytes) -> None:
    data = prefix + head
    size = image_size(data)
    assert size is None or (size[1] >= 0 and size[2] >= 0)
    assert photo_problem(data) is None or photo_problem(data).endswith(".")


def test_photo_bomb_in_a_file_is_never_decoded(qapp, sample_path: Path) -> None:
    from jornada_desktop.widgets.personas.photo import avatar_pixmap, photo_image

    bomb = _png_bomb(8000)  # ~190 KB on disk, 192 MB once decoded
    assert len(bomb) < 400_000
    assert "too large (8,000 × 8,000 pixels" in photo_problem(bomb)
    conn = sqlite3.connect(sample_path)
    conn.execute("UPDATE personas SET photo = ?", (bomb,))
    conn.commit()
    conn.close()
    document = Document.open(sample_path, daily_version=False)  # the file opens…
    try:
        persona = document.ws.personas()[0]
        assert persona.photo == bomb  # …its data is kept as it is…
        assert photo_image(persona.photo).isNull()  # …but the bomb is never decoded:
        pixmap = avatar_pixmap(persona.photo, persona.name, persona.color, 40)  # initials instead
        assert not pixmap.isNull()
    finally:
        document.close()
    small = _encoded(300, 200, "PNG")
    assert photo_problem(small) is None and photo_image(small).size().width() == 300


@pytest.mark.parametrize("data", [b"", b"not an image", b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                                  b"\x89PNG\r\n\x1a\n" + b"\0" * 10, b"\xff\xd8\xff\xe0\0\x10JFIF"])
def test_photos_that_are_not_images(qapp, data: bytes) -> None:
    from jornada_desktop.widgets.personas.photo import photo_image

    assert photo_problem(data) is not None
    assert photo_image(data).isNull()


def test_json_import_with_a_photo_bomb_is_stored_but_never_decoded(document: Document) -> None:
    from jornada_desktop.widgets.personas.photo import photo_image

    data = _journey_json(document)
    data["personas"] = [{"key": "p1", "name": "Bomba", "photo": base64.b64encode(_png_bomb(6000)).decode()}]
    ops = journey_from_dict(document.ws, parse_json(json.dumps(data)), "2024-01-01T00:00:00Z")
    assert document.push("Import journey", ops)
    bomb = next(p for p in document.ws.personas() if p.name == "Bomba")
    assert photo_image(bomb.photo).isNull()


# ---- workbooks for the backlog import ---------------------------------------

def _workbook(document: Document, tmp_path: Path) -> Path:
    from jornada_desktop.exports.excel import export_workbook

    return export_workbook(document.ws, document.ws.journeys()[0].id, tmp_path / "backlog.xlsx", "pt_BR",
                           chart_picture=False)


def _import_refused(document: Document, path: Path) -> str:
    from jornada_desktop.exports.backlog_import import import_backlog
    from jornada_desktop.exports.errors import ExportError

    before = digest(document.path)
    depth = document.undo_stack.count()
    with pytest.raises(ExportError) as info:
        import_backlog(document, path)
    _sentence(str(info.value))
    assert digest(document.path) == before and document.undo_stack.count() == depth
    return str(info.value)


def test_workbook_without_its_backlog_sheet(document: Document, tmp_path: Path) -> None:
    import openpyxl

    book = _workbook(document, tmp_path)
    wb = openpyxl.load_workbook(book)
    for name in wb.sheetnames:
        if name != "_jornada":
            del wb[name]
    wb.create_sheet("Outra")
    wb.save(book)
    assert "sheet is missing" in _import_refused(document, book)


def test_workbook_with_merged_cells_and_text_dates(document: Document, tmp_path: Path) -> None:
    import openpyxl

    from jornada_desktop.exports.backlog_import import import_backlog

    book = _workbook(document, tmp_path)
    wb = openpyxl.load_workbook(book)
    sheet = wb["Backlog de melhorias"]
    for row in sheet.iter_rows(min_row=2, max_row=3):
        for cell in row:
            if hasattr(cell.value, "year"):
                cell.value = cell.value.strftime("%d/%m/%Y")  # dates typed as text
    sheet.merge_cells(start_row=2, start_column=2, end_row=3, end_column=4)  # people merge cells
    wb.save(book)
    before = _state_rows(document.path)
    plan = import_backlog(document, book)
    # The merge empties row 3's title: that row is skipped with a sentence, never half-imported.
    assert any(p.startswith("Row 3:") and "title cannot be empty" in p for p in plan.problems), plan.problems
    after = {r["id"]: r for r in _state_rows(document.path)}
    assert after[2] == next(r for r in before if r["id"] == 2)
    assert after[1]["due_date"] == next(r for r in before if r["id"] == 1)["due_date"]  # text date read
    document.undo_stack.undo()
    assert _state_rows(document.path) == before


def _state_rows(path: Path) -> list[dict]:
    return file_rows(path, "improvements")


@pytest.mark.parametrize("damage", ["truncated", "zip_of_text", "folder", "empty"])
def test_damaged_workbooks(document: Document, tmp_path: Path, damage: str) -> None:
    import zipfile as zf

    book = _workbook(document, tmp_path)
    if damage == "truncated":
        book.write_bytes(book.read_bytes()[: book.stat().st_size // 2])
    elif damage == "zip_of_text":
        book.unlink()
        with zf.ZipFile(book, "w") as z:
            z.writestr("hello.txt", "not a workbook")
    elif damage == "folder":
        book.unlink()
        book.mkdir()
    else:
        book.write_bytes(b"")
    message = _import_refused(document, book)
    assert "workbook" in message or "damaged" in message or "folder" in message


def test_every_import_keeps_a_version_first(document: Document, tmp_path: Path) -> None:
    from jornada_desktop.exports.json_io import export_journey_json, import_journey_json
    from jornada_desktop.store import snapshots

    source = export_journey_json(document.ws, document.ws.journeys()[0].id, tmp_path / "j.json")
    before = digest(document.path)
    import_journey_json(document, source)
    versions = [v for v in snapshots.list_versions(document.path) if v.kind == "before_import"]
    assert len(versions) == 1 and digest(versions[0].path) != before  # a copy with its own meta…
    assert file_rows(versions[0].path, "journeys") == file_rows(Path(str(document.path)), "journeys")[:1]


def test_an_svg_chosen_as_a_photo_never_reads_other_files(qapp, tmp_path: Path) -> None:
    """An SVG can point at any local file; as a persona photo it is refused, nothing is read."""
    from jornada_desktop.widgets.personas.photo import PhotoError, load_photo

    secret = tmp_path / "secret.png"
    secret.write_bytes(_encoded(40, 40, "PNG"))
    drawing = tmp_path / "face.svg"
    drawing.write_text(f"<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
                       f"width='64' height='64'><image href='{secret}' xlink:href='{secret}' width='64' "
                       f"height='64'/></svg>", encoding="utf-8")
    with pytest.raises(PhotoError) as caught:
        load_photo(drawing)
    assert "face.svg" in str(caught.value) and "SVG" in str(caught.value)

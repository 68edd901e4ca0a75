"""One set of limits: what the journey JSON import, an edit or a file accepts, every other path can
open, show and write back; what one refuses, the others refuse too — with a sentence naming the
problem, never a traceback, and the file left as it was."""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jornada_desktop.model.edits import utc_now
from jornada_desktop.model.errors import ValidationError
from jornada_desktop.model.image_safety import MAX_PHOTO_BYTES
from jornada_desktop.model.interchange import journey_from_dict, journey_to_dict
from jornada_desktop.model.workspace import Workspace
from jornada_desktop.store.errors import OpenError
from jornada_desktop.store.store import Store
from tests.helpers import digest, load_workspace


def _journey_json(sample_path: Path) -> dict:
    ws = load_workspace(sample_path)
    return journey_to_dict(ws, ws.journeys()[0].id)


def _import(data: dict) -> None:
    ws = Workspace()
    ws.apply(journey_from_dict(ws, json.loads(json.dumps(data)), utc_now()))


def _cli_import(tmp_path: Path, sample_path: Path, text: str) -> subprocess.CompletedProcess:
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "jornada_desktop", "import", str(sample_path), "--json",
                           str(source)], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("case", ["photo", "owner", "participant", "emotion_label", "due", "version", "infinity"])
def test_the_import_refuses_what_the_file_would_refuse(sample_path: Path, case: str) -> None:
    data = _journey_json(sample_path)
    if case == "photo":  # a photo over the file's limit (20 MB): the map would not open any more
        data["personas"][0]["photo"] = base64.b64encode(b"\x89PNG" + b"\0" * (MAX_PHOTO_BYTES + 10)).decode()
    elif case == "owner":
        data["improvements"][0]["owner"] = "x" * 5_000_000
    elif case == "participant":
        data["cards"][0]["participant"] = "y" * 5_000_000
    elif case == "emotion_label":
        data["cards"][0]["emotion_label"] = "z" * 5_000_000
    elif case == "due":
        data["improvements"][0]["due_date"] = "2024-99-99"
    elif case == "version":
        data["version"] = -1
    elif case == "infinity":
        data["metrics"][0]["actual"] = float("inf")
    with pytest.raises(ValidationError):
        _import(data)


def test_a_lone_surrogate_in_a_json_is_a_sentence_not_a_traceback(tmp_path: Path, sample_path: Path) -> None:
    data = _journey_json(sample_path)
    text = json.dumps(data).replace(json.dumps(data["cards"][0]["title"]), '"\\ud800 broken"', 1)
    before = digest(sample_path)
    done = _cli_import(tmp_path, sample_path, text)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "in.json" in done.stderr
    assert digest(sample_path) == before


def _poke(path: Path, sql: str, *args: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, args)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("case", ["id", "position", "utf8", "stamp", "owner"])
def test_a_file_beyond_the_limits_is_refused_with_a_sentence(sample_path: Path, case: str) -> None:
    if case == "id":  # 2⁶³−1: the next id would overflow SQLite
        _poke(sample_path, "UPDATE cards SET id = 9223372036854775807 WHERE id = (SELECT max(id) FROM cards)")
    elif case == "position":
        _poke(sample_path, "UPDATE stages SET position = 9223372036854775807 WHERE id = 1")
    elif case == "utf8":
        _poke(sample_path, "UPDATE cards SET title = CAST(x'C328' AS TEXT) WHERE id = 1")
    elif case == "stamp":
        _poke(sample_path, "UPDATE cards SET updated_at = '2026-01-01T00:00:00Z' || char(7) WHERE id = 1")
    elif case == "owner":
        _poke(sample_path, "UPDATE improvements SET owner = ? WHERE id = 1", "o" * 600)
    before = digest(sample_path)
    with pytest.raises(OpenError) as caught:
        Store.open(sample_path).load_workspace()
    assert caught.value.reason == "bad_data" and "sample.jornada" in str(caught.value)
    assert len(str(caught.value)) < 400  # one readable line, not the whole value
    done = subprocess.run([sys.executable, "-m", "jornada_desktop", "export", str(sample_path), "--format", "csv",
                           "-o", str(sample_path.with_suffix(".csv"))], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "Traceback" not in done.stderr and "sample.jornada" in done.stderr
    assert digest(sample_path) == before

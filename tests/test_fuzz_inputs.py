"""Fuzzing what people hand to Jornada: mutated maps, journals beside them and journey JSON files go
through `check`, `info` and `import --json` in-process. Each case ends with exit status 0, or a
non-zero status with one line naming the file — never an exception, never a hang — and the map is
unchanged unless the command exists to change it (a successful import). Seeded: 200 cases in
`make test`, 5,000 in `make stress` (JORNADA_FUZZ_CASES). In-process, so the test's QApplication
is there first (a command run alone makes its own)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import signal
from pathlib import Path

import pytest

from jornada_desktop import cli
from jornada_desktop.model.interchange import journey_to_dict
from tests.helpers import digest, load_workspace

QUICK = 200
CASE_SECONDS = 20


class _Hang(Exception):
    pass


def _alarm(_signum, _frame) -> None:  # noqa: ANN001
    raise _Hang


def _run(argv: list[str]) -> tuple[int, str]:
    """Run a command in-process with a time limit; its status and what it wrote to stderr."""
    err = io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_SECONDS)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                status = cli.run(argv)
            except SystemExit as exit_:
                status = int(exit_.code or 0)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return status, err.getvalue()


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    how = rng.randrange(5)
    if how == 0:  # flip bytes anywhere
        for _ in range(rng.randint(1, 20)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif how == 1:  # the header and the first page
        for _ in range(rng.randint(1, 6)):
            out[rng.randrange(min(len(out), 200))] = rng.randrange(256)
    elif how == 2:  # cut short
        del out[rng.randrange(100, len(out)):]
    elif how == 3:  # a page of garbage
        page = 4096
        start = rng.randrange(len(out) // page) * page
        out[start:start + page] = rng.randbytes(page)
    else:  # zeros in the middle of a page
        start = rng.randrange(len(out))
        out[start:start + rng.randint(1, 512)] = bytes(min(512, len(out) - start))
    return bytes(out)


def _mutate_json(data: dict, rng: random.Random) -> str:
    data = json.loads(json.dumps(data))
    hostile = [None, -1, 2**63, 1e308, "", "x" * rng.choice([10, 600, 200_000]), "\u0000", [], {}, True,
               "2024-99-99", "=1+1", "\U0001F600" * 50]
    for _ in range(rng.randint(1, 4)):
        section = rng.choice(["journey", "stages", "lanes", "cards", "improvements", "metrics", "personas"])
        target = data.get(section)
        if isinstance(target, list) and target:
            item = rng.choice(target)
            if isinstance(item, dict) and item:
                item[rng.choice(list(item))] = rng.choice(hostile)
        elif isinstance(target, dict) and target:
            target[rng.choice(list(target))] = rng.choice(hostile)
        else:
            data[section] = rng.choice(hostile)
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.2:  # broken JSON
        cut = rng.randrange(len(text))
        text = text[:cut] + rng.choice(["", "\ud800", "}", "\\u", "NaN"]) + text[cut + 1:]
    return text


def _one_line_naming(status: int, err: str, name: str) -> bool:
    return status == 0 or (len(err.strip().splitlines()) == 1 and name in err)


def _fuzz(folder: Path, sample: Path, cases: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    original = sample.read_bytes()
    journey = journey_to_dict(load_workspace(sample), 1)
    problems: list[str] = []
    for n in range(cases):
        case = folder / f"case{n}"
        case.mkdir()
        kind = rng.choice(["map", "map", "journal", "json"])
        target = case / "map.jornada"
        try:
            if kind == "json":
                target.write_bytes(original)
                source = case / "in.json"
                source.write_text(_mutate_json(journey, rng), encoding="utf-8", errors="surrogatepass")
                before = digest(target)
                status, err = _run(["import", str(target), "--json", str(source)])
                if status != 0 and digest(target) != before:
                    problems.append(f"case {n}: a refused import changed the map")
                if not _one_line_naming(status, err, "in.json"):
                    problems.append(f"case {n} (json): {status} {err[:200]!r}")
                continue
            target.write_bytes(_mutate_bytes(original, rng) if kind == "map" else original)
            if kind == "journal":  # a journal beside the map, as a crash (or anybody) might leave
                journal = bytearray(rng.randbytes(rng.randint(0, 9000)))
                if rng.random() < 0.7:
                    journal[:8] = bytes.fromhex("d9d505f920a163d7")  # a journal's magic
                (case / "map.jornada-journal").write_bytes(bytes(journal))
            beside = sorted(p.name for p in case.iterdir())
            before = {p.name: digest(p) for p in case.iterdir()}
            for command in ("check", "info"):
                status, err = _run([command, str(target)])
                if not _one_line_naming(status, err, "map.jornada"):
                    problems.append(f"case {n} ({kind}, {command}): {status} {err[:200]!r}")
            if sorted(p.name for p in case.iterdir()) != beside or \
                    {p.name: digest(p) for p in case.iterdir()} != before:
                problems.append(f"case {n} ({kind}): check or info changed the files")
        except _Hang:
            problems.append(f"case {n} ({kind}): no answer within {CASE_SECONDS} s")
        except Exception as exc:  # noqa: BLE001 - the point: nothing may escape
            problems.append(f"case {n} ({kind}): {type(exc).__name__}: {str(exc)[:200]}")
        finally:
            shutil.rmtree(case, ignore_errors=True)
    return problems


def test_fuzzed_maps_journals_and_json_get_sentences(qapp, tmp_path: Path, sample_path: Path) -> None:
    cases = int(os.environ.get("JORNADA_FUZZ_CASES", QUICK))
    problems = _fuzz(tmp_path, sample_path, cases, seed=int(os.environ.get("JORNADA_FUZZ_SEED", "18")))
    assert not problems, "\n".join(problems[:20])


@pytest.mark.slow
@pytest.mark.skipif("JORNADA_STRESS" not in os.environ, reason="run by `make stress`")
def test_fuzzed_inputs_stress(qapp, tmp_path: Path, sample_path: Path) -> None:
    problems = _fuzz(tmp_path, sample_path, 5000, seed=int(os.environ.get("JORNADA_FUZZ_SEED", "2026")))
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("seed", [1, 2])
def test_the_fuzzer_is_deterministic(seed: int) -> None:
    journey = {"journey": {"title": "t"}, "cards": [{"title": "a"}]}
    assert _mutate_json(journey, random.Random(seed)) == _mutate_json(journey, random.Random(seed))

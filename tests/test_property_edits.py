"""Property tests: random edits with undo and redo through the Document; the file always equals a
replay of the same edits on the pure model, and undoing everything gives back the first rows."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jornada_desktop.editing.document import Document
from jornada_desktop.store import snapshots
from jornada_desktop.store.schema import ENTITY_TABLES
from jornada_desktop.templates import create_from_template
from tests.edit_script import ModelStack, copy_workspace, random_edit
from tests.helpers import file_rows

STEP = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2**32 - 1)),
    st.tuples(st.just("edit"), st.integers(0, 2**32 - 1)),
    st.tuples(st.just("undo"), st.just(0)),
    st.tuples(st.just("redo"), st.just(0)),
)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _file_state(path: Path) -> dict[str, list[dict]]:
    return {t: file_rows(path, t) for t in ENTITY_TABLES}


def _model_state(ws) -> dict[str, list[dict]]:
    return {t: ws.rows(t) for t in ENTITY_TABLES}


@SETTINGS
@given(st.lists(STEP, min_size=1, max_size=30), st.sampled_from(["compra", "em_branco"]))
def test_random_edits_with_undo_redo_match_the_model(qapp, steps, template: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.jornada"
        create_from_template(path, template, "en").close()
        start = _file_state(path)
        document = Document.open(path, daily_version=False)
        try:
            model = ModelStack(copy_workspace(document.ws))
            for n, (kind, seed) in enumerate(steps):
                if kind == "edit":
                    text, ops = random_edit(model.ws, random.Random(seed), n)
                    if not ops:
                        continue
                    assert document.push(text, ops)
                    model.push(ops)
                elif kind == "undo":
                    document.undo_stack.undo()
                    model.undo()
                else:
                    document.undo_stack.redo()
                    model.redo()
                assert document.undo_stack.index() == model.index
            assert _file_state(path) == _model_state(model.ws)
            assert _model_state(document.ws) == _model_state(model.ws)
            document.undo_stack.setIndex(0)
            assert _file_state(path) == start
            document.undo_stack.setIndex(document.undo_stack.count())
            for _ in range(model.index):
                model.undo()
            while model.index < len(model.steps):
                model.redo()
            assert _file_state(path) == _model_state(model.ws)
        finally:
            document.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 2**32 - 1), max_size=25), st.lists(st.integers(0, 2**32 - 1), max_size=25))
def test_restore_ops_turn_any_state_into_any_other(qapp, before: list[int], after: list[int]) -> None:
    """Two histories from the same start: the restore diff turns the second into the first, and back."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.jornada"
        create_from_template(path, "compra", "en").close()
        document = Document.open(path, daily_version=False)
        try:
            target = copy_workspace(document.ws)
            for n, seed in enumerate(before):
                target.apply(random_edit(target, random.Random(seed), n)[1])
            for n, seed in enumerate(after):
                assert document.push("edit", random_edit(document.ws, random.Random(seed), n)[1]) or True
            present = _file_state(path)
            ops = snapshots.restore_ops(document.ws, target)
            if ops:
                assert document.push("Restore", ops)
            assert _file_state(path) == _model_state(target)
            if ops:
                document.undo_stack.undo()
            assert _file_state(path) == present
        finally:
            document.close()

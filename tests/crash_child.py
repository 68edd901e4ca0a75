"""The child of the crash trials: edits a file through the Document (as the UI does) until killed.

    python -m tests.crash_child FILE SEED STEPS

Prints `ready`, then one line `ack N` after each step N is acknowledged (pushed, undone or redone
and so already committed to the file), flushed at once. The parent kills it with SIGKILL at a
random moment and checks the file against a replay of the same steps (`script_steps`).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from jornada_desktop.model.ops import Op
from jornada_desktop.model.workspace import Workspace
from tests.edit_script import random_edit


def script_steps(ws: Workspace, seed: int, steps: int, can_undo, can_redo) -> Iterator[tuple[str, str, list[Op]]]:
    """The steps of one trial: ("edit", text, ops), ("undo", "", []) or ("redo", "", []).

    `ws` must be kept up to date by the caller between steps (the planners read it).
    """
    rng = random.Random(seed)
    for n in range(steps):
        roll = rng.random()
        if roll < 0.12 and can_undo():
            yield "undo", "", []
        elif roll < 0.18 and can_redo():
            yield "redo", "", []
        else:
            text, ops = random_edit(ws, rng, n)
            yield "edit", text, ops


def main(argv: list[str]) -> int:
    """Run the scripted edits on a file, acknowledging each one on stdout."""
    from PySide6.QtCore import QCoreApplication

    from jornada_desktop.editing.document import Document

    path, seed, steps = argv[0], int(argv[1]), int(argv[2])
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - Qt objects need one
    document = Document.open(path, daily_version=False)
    stack = document.undo_stack
    print("ready", flush=True)
    for n, (kind, text, ops) in enumerate(
        script_steps(document.ws, seed, steps, stack.canUndo, stack.canRedo)
    ):
        if kind == "undo":
            stack.undo()
        elif kind == "redo":
            stack.redo()
        elif ops and not document.push(text, ops):
            print(f"failed {n} {document.last_write_error}", flush=True)
            return 3
        print(f"ack {n}", flush=True)
    print("done", flush=True)
    document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

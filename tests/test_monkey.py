"""A monkey in the window: a seeded random run of what hands do, checked after every step.

Each step is one thing a person does: a menu action or shortcut, keys and words to whatever has
the focus, clicks, double-clicks and drags on the canvas, undo and redo, a language or theme
switch, opening another map. Any dialog that opens is answered (Cancel; a question gets a random
answer). After every step: no Qt warning was printed, the workspace in memory equals the rows in
the file, the canvas shows the file's cards with their titles, and the status bar counts them.

`make test` runs 300 steps; `make stress` runs 5,000 (JORNADA_MONKEY_STEPS), and
JORNADA_MONKEY_SEED replays a failure. Every failure found becomes a named regression test.
"""

from __future__ import annotations

import os
import random
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, QtMsgType
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox
from shiboken6 import isValid

from tests.canvas_helpers import click, double_click, drag
from tests.helpers import file_rows

STEPS = int(os.environ.get("JORNADA_MONKEY_STEPS", "300"))
SEED = int(os.environ.get("JORNADA_MONKEY_SEED", "20261202"))

# Actions a monkey leaves alone: they end the session or leave this window for another.
SKIPPED = {"action_quit", "action_start_screen", "action_presentation"}
KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
        Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Tab, Qt.Key.Key_Backspace, Qt.Key.Key_Space]
CTRL = Qt.KeyboardModifier.ControlModifier
WORDS = ["Ligacao", "Cupom", "Fila longa", "App trava", "NPS", "x", "Retorno", "Chat 24h"]


class Monkey:
    """One seeded run over a window (replaced by a new one when the language switches)."""

    def __init__(self, qtbot, window, paths: list[Path], rng: random.Random) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.window = window
        self.paths = paths
        self.rng = rng
        self.log: list[str] = []
        self.messages: list[str] = []
        window.workshop.window_replaced.connect(self._replaced)

    def _replaced(self, new) -> None:  # noqa: ANN001
        new.workshop.window_replaced.connect(self._replaced)
        self.window = new

    # ---- the steps ----------------------------------------------------------------------
    def step(self, number: int = 0) -> None:
        """Do one random thing (and now and then a rare one: language, theme, another map)."""
        for every, rare in ((97, self._language), (61, self._theme), (83, self._open)):
            if number and number % every == 0:
                rare()
                self.qtbot.wait(1)
                return
        kinds = ["action", "key", "key", "type", "click", "click", "dclick", "drag", "undo", "redo",
                 "language", "theme", "open"]
        weights = [6, 8, 8, 6, 6, 4, 4, 4, 3, 2, 0.3, 0.3, 0.3]
        kind = self.rng.choices(kinds, weights)[0]
        getattr(self, f"_{kind}")()
        self.qtbot.wait(1)

    def _focus(self):  # noqa: ANN202
        return QApplication.focusWidget() or self.window.view

    def _action(self) -> None:
        actions = [a for a in self._menu_actions() if a.isEnabled() and a.isVisible()]
        if actions:
            action = self.rng.choice(actions)
            self.log.append(f"action {action.objectName() or action.text()!r}")
            action.trigger()

    def _menu_actions(self) -> list[QAction]:
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())
                elif not action.isSeparator() and action.objectName() not in SKIPPED:
                    found.append(action)

        for top in self.window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())
        return found

    def _key(self) -> None:
        key = self.rng.choice(KEYS)
        modifier = Qt.KeyboardModifier.NoModifier
        if self.rng.random() < 0.2:
            modifier = self.rng.choice([CTRL, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier])
        if key == Qt.Key.Key_Return and self.rng.random() < 0.3:
            modifier = CTRL
        target = self._focus()
        self.log.append(f"key {key.name}+{modifier.name} to {type(target).__name__}")
        self.qtbot.keyClick(target, key, modifier)

    def _type(self) -> None:
        word = self.rng.choice(WORDS)
        target = self._focus()
        self.log.append(f"type {word!r} into {type(target).__name__}")
        for char in word:
            self.qtbot.keyClicks(self._focus(), char)

    def _undo(self) -> None:
        self.log.append("key Ctrl+Z")
        self.qtbot.keyClick(self._focus(), Qt.Key.Key_Z, CTRL)

    def _redo(self) -> None:
        key = self.rng.choice([Qt.Key.Key_Y, Qt.Key.Key_Z])
        modifier = CTRL if key == Qt.Key.Key_Y else CTRL | Qt.KeyboardModifier.ShiftModifier
        self.log.append(f"key redo {key.name}")
        self.qtbot.keyClick(self._focus(), key, modifier)

    def _point(self) -> QPoint:
        scene = self.window.scene
        view = self.window.view
        if scene is not None and scene.card_items and self.rng.random() < 0.5:
            item = self.rng.choice(list(scene.card_items.values()))
            if item.isVisible():
                return view.mapFromScene(item.sceneBoundingRect().center())
        if scene is not None and scene.layout.stages and scene.layout.lanes and self.rng.random() < 0.7:
            cell = (self.rng.choice(scene.layout.stages).id, self.rng.choice(scene.layout.lanes).id)
            rect = scene.layout.cell_rect(cell)
            if rect is not None:
                x, y, w, h = rect
                return view.mapFromScene(QPointF(x + w * self.rng.random(), y + h * self.rng.random()))
        area = view.viewport().rect()
        return QPoint(self.rng.randrange(max(1, area.width())), self.rng.randrange(max(1, area.height())))

    def _click(self) -> None:
        point = self._point()
        self.log.append(f"click {point.x()},{point.y()}")
        click(self.window.view.viewport(), point)

    def _dclick(self) -> None:
        point = self._point()
        self.log.append(f"double-click {point.x()},{point.y()}")
        double_click(self.window.view.viewport(), point)

    def _drag(self) -> None:
        start, end = self._point(), self._point()
        self.log.append(f"drag {start.x()},{start.y()} -> {end.x()},{end.y()}")
        drag(self.window.view.viewport(), start, end)

    def _language(self) -> None:
        from jornada_desktop import i18n

        app = QApplication.instance()
        lang = "en" if i18n.current_language(app) == "pt_BR" else "pt_BR"
        self.log.append(f"language {lang}")
        i18n.install_language(app, lang)
        old = self.window
        self.qtbot.waitUntil(lambda: self.window is not old, timeout=5000)

    def _theme(self) -> None:
        from jornada_desktop import theme

        name = self.rng.choice(["light", "dark", "system"])
        self.log.append(f"theme {name}")
        theme.apply_theme(QApplication.instance(), name)

    def _open(self) -> None:
        path = self.rng.choice(self.paths)
        self.log.append(f"open {path.name}")
        if self.window.document is None or self.window.document.path != path:
            self.window.open_path(path)

    # ---- the checks ---------------------------------------------------------------------
    def check(self, number: int, qtlog) -> None:  # noqa: ANN001 - pytest-qt's qtlog fixture
        """No Qt warning, and what the window shows is the file."""
        window = self.window
        where = f"step {number} (seed {SEED}); last steps:\n  " + "\n  ".join(self.log[-8:])
        warnings = [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg and not r.ignored]
        assert not warnings, f"Qt said {warnings} at {where}"
        doc = window.document
        assert doc is not None, where
        for table in ("journeys", "stages", "lanes", "cards", "improvements", "personas", "metrics"):
            in_file = {r["id"]: r for r in file_rows(doc.path, table)}
            in_memory = {r["id"]: r for r in doc.ws.rows(table)}
            assert in_file.keys() == in_memory.keys(), f"{table} ids differ at {where}"
            for row_id, row in in_memory.items():
                differing = {k for k, v in row.items() if k in in_file[row_id] and in_file[row_id][k] != v
                             and not isinstance(v, (bool, bytes))}
                assert not differing, f"{table} {row_id} {differing} differ at {where}"
        scene = window.scene
        if scene is None or window.current_journey is None:
            return
        lanes = {ln.id: ln for ln in doc.ws.lanes(scene.journey_id)}
        shown = {c.id: c.title for c in doc.ws.cards(scene.journey_id)
                 if c.parent_id is None and not lanes[c.lane_id].hidden}
        on_canvas = {card_id: item.card.title for card_id, item in scene.card_items.items()}
        assert on_canvas == shown, f"canvas differs from the file at {where}"
        inspector = window.inspector
        selected = window.canvas.selected_ids()
        if len(selected) == 1 and inspector.card is not None and "title" not in inspector._dirty:
            assert inspector.card.id == selected[0], f"inspector shows another card at {where}"
            assert inspector.title.text().strip() == shown.get(selected[0], inspector.title.text().strip()), \
                f"inspector title differs from the file at {where}"
        if window.count_label.text():
            count = int(window.count_label.text().split()[0].replace(".", "").replace(",", ""))
            assert count == len(on_canvas), f"status bar says {count}, canvas {len(on_canvas)} at {where}"


def _answer_dialogs(rng: random.Random) -> QTimer:
    """Cancel any dialog or popup that opens, the way Esc or a click outside would."""
    timer = QTimer()

    def answer() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            modal.reject()

    timer.timeout.connect(answer)
    timer.start(15)
    return timer


@pytest.fixture
def monkey_window(qtbot, sample_path, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    from jornada_desktop.widgets.window.main_window import MainWindow
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    second = tmp_path / "second.jornada"
    shutil.copyfile(sample_path, second)
    rng = random.Random(SEED)
    messages: list[str] = []

    def box(kind: str):  # noqa: ANN202
        def answer(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
            messages.append(f"{kind}: {text}")
            if kind == "question":
                return rng.choice([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
            return QMessageBox.StandardButton.Ok
        return staticmethod(answer)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    window = MainWindow()  # (not handed to qtbot: a language switch replaces and deletes it)
    window.resize(1280, 800)
    install_workshop_features(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.open_path(sample_path)
    timer = _answer_dialogs(rng)
    monkey = Monkey(qtbot, window, [sample_path, second], rng)
    yield monkey, messages
    timer.stop()
    if isValid(monkey.window):
        monkey.window.close()
        monkey.window.deleteLater()
    from jornada_desktop import i18n, theme

    i18n.install_language(QApplication.instance(), "en")
    theme.apply_theme(QApplication.instance(), "system")


def _run(monkey_window, qtlog, steps: int) -> None:  # noqa: ANN001
    monkey, messages = monkey_window
    for number in range(1, steps + 1):
        monkey.step(number)
        monkey.check(number, qtlog)
    kinds = Counter(line.split()[0] for line in monkey.log)
    doc = monkey.window.document
    print(f"\nmonkey: {steps} steps {dict(kinds)}; undo stack {doc.undo_stack.count() if doc else '-'}; "
          f"{len(messages)} messages: {messages[:5]}")
    for text in messages:  # every message a person saw was a sentence, never a traceback
        assert "Traceback" not in text and "Error(" not in text, text


def test_monkey_300_steps(monkey_window, qtlog):
    _run(monkey_window, qtlog, min(STEPS, 300))


@pytest.mark.slow
@pytest.mark.skipif("JORNADA_STRESS" not in os.environ, reason="run by `make stress`")
def test_monkey_long_run(monkey_window, qtlog):
    _run(monkey_window, qtlog, int(os.environ.get("JORNADA_MONKEY_STEPS", "5000")))

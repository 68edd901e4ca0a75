"""Presentation mode: stages stepped with the arrow keys (others dimmed), quick capture into the
focused cell (rows in the file), Tab to the next cell, participant colours, countdown, lock, snapshot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jornada_desktop.model.edits import reorder_ops
from jornada_desktop.widgets.workshop.countdown import Countdown, format_remaining
from jornada_desktop.widgets.workshop.presentation import PresentationWindow, step_cell
from tests.helpers import file_rows, open_presentation


def _window(qtbot, document) -> PresentationWindow:
    return open_presentation(qtbot, document, (1400, 900))  # (it asks who is in the room: tests/test_room.py)


def test_arrow_keys_step_through_stages_with_the_rest_dimmed(qtbot, document) -> None:
    window = _window(qtbot, document)
    stages = [s.id for s in document.ws.stages(1)]
    assert window.current_stage_id() == stages[0]
    field = window.capture_field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert window.current_stage_id() == stages[2]
    assert [window.is_dimmed(s) for s in stages] == [True, True, False, True, True]
    assert len(window.dims) == len(stages) - 1
    assert window.cell[0] == stages[2]
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert window.current_stage_id() == stages[1]
    for _ in range(10):
        qtbot.keyClick(field, Qt.Key.Key_Right)
    assert window.current_stage_id() == stages[-1]  # stops at the last stage
    name = document.ws.get("stages", stages[-1]).name
    assert name in window.stage_label.text() and "5" in window.stage_label.text()
    # with text typed, the arrows move the text cursor instead
    field.setText("abc")
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert window.current_stage_id() == stages[-1] and field.cursorPosition() == 2


def test_quick_capture_adds_cards_to_the_focused_cell_and_tab_moves_on(qtbot, document) -> None:
    window = _window(qtbot, document)
    ws = document.ws
    stages, lanes = [s.id for s in ws.stages(1)], [ln.id for ln in ws.lanes(1)]
    field = window.capture_field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Right)  # second stage
    qtbot.keyClick(field, Qt.Key.Key_Down)  # second lane (customer actions)
    window.show_room(0)  # Ctrl+P: who is in the room
    qtbot.keyClicks(window.people_panel.name_field, "Marina")
    qtbot.keyClick(window.people_panel.name_field, Qt.Key.Key_Return)
    qtbot.keyClick(window.people_panel.name_field, Qt.Key.Key_Escape)  # back to capturing
    assert window.participant() == "Marina"
    marina = file_rows(document.path, "participants")[0]
    before = len(file_rows(document.path, "cards"))
    qtbot.keyClicks(field, "Pergunta o prazo de entrega")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # next cell: the lane below, same stage
    qtbot.keyClicks(field, "Desiste do carrinho")
    qtbot.keyClick(field, Qt.Key.Key_Enter)
    rows = file_rows(document.path, "cards")
    assert len(rows) == before + 2
    first = next(r for r in rows if r["title"] == "Pergunta o prazo de entrega")
    second = next(r for r in rows if r["title"] == "Desiste do carrinho")
    assert (first["stage_id"], first["lane_id"]) == (stages[1], lanes[1])
    assert (second["stage_id"], second["lane_id"]) == (stages[1], lanes[2])
    assert first["kind"] == "action"  # the lane's kind of card
    assert first["participant"] == "Marina" and first["color"] == marina["color"]
    assert first["position"] == len([r for r in rows if (r["stage_id"], r["lane_id"]) == (stages[1], lanes[1])
                                     and r["parent_id"] is None]) - 1  # at the end of the cell
    assert window.added_ids == [first["id"], second["id"]]
    # an empty Enter adds nothing; Shift+Tab goes back
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(file_rows(document.path, "cards")) == before + 2
    qtbot.keyClick(field, Qt.Key.Key_Backtab)
    assert window.cell == (stages[1], lanes[1])


def test_tab_order_runs_down_the_lanes_then_to_the_next_stage() -> None:
    assert step_cell([1, 2], [10, 20], (1, 20)) == (2, 10)
    assert step_cell([1, 2], [10, 20], (2, 20)) == (1, 10)  # wraps
    assert step_cell([1, 2], [10, 20], (1, 10), forward=False) == (2, 20)
    assert step_cell([], [10], None) is None


def test_countdown_counts_down_and_expires_once(qapp) -> None:
    now = [100.0]
    countdown = Countdown(2, clock=lambda: now[0])
    expired: list[bool] = []
    countdown.expired.connect(lambda: expired.append(True))
    assert countdown.remaining() == 120 and not countdown.running
    countdown.start()
    now[0] += 30
    assert countdown.remaining() == 90
    countdown.pause()
    now[0] += 500  # paused time does not count
    assert countdown.remaining() == 90
    countdown.start()
    now[0] += 89.5
    countdown.poll()
    assert countdown.remaining() == 1 and not expired
    now[0] += 1
    countdown.poll()
    countdown.poll()
    assert countdown.remaining() == 0 and expired == [True] and not countdown.running
    countdown.add_minutes(1)
    assert countdown.remaining() == 60
    assert format_remaining(3725) == "1:02:05" and format_remaining(65) == "01:05"


def test_lock_from_presentation_refuses_stage_moves(qtbot, document) -> None:
    window = _window(qtbot, document)
    qtbot.keyClick(window.capture_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert file_rows(document.path, "journeys")[0]["structure_locked"] == 1
    assert window.lock_button.isChecked()
    stages_before = file_rows(document.path, "stages")
    ids = [s.id for s in document.ws.stages(1)]
    assert document.push("move", reorder_ops(document.ws, "stages", list(reversed(ids)))) is False
    assert file_rows(document.path, "stages") == stages_before
    window.toggle_lock()
    assert file_rows(document.path, "journeys")[0]["structure_locked"] == 0


def test_leaving_after_a_workshop_keeps_a_post_workshop_snapshot(qtbot, document) -> None:
    from jornada_desktop.store import snapshots

    window = _window(qtbot, document)
    window.ask_snapshot = lambda: True
    assert window.capture("Ideia final") is not None
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window.capture_field, Qt.Key.Key_Escape)
    versions = [v for v in snapshots.list_versions(document.path) if v.kind == snapshots.MANUAL]
    assert [v.label for v in versions] == ["Post-workshop"]
    copy = snapshots.load_version(versions[0])
    assert any(c.title == "Ideia final" for c in copy.cards(1))


def test_main_window_opens_presentation_with_f5(qtbot, sample_path) -> None:
    from jornada_desktop.widgets.window.main_window import MainWindow
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = MainWindow()
    qtbot.addWidget(window)
    features = install_workshop_features(window)
    window.show()
    assert window.open_path(sample_path)
    window.actions_by_name["presentation"].trigger()
    presentation = features.presentation
    assert presentation is not None
    qtbot.waitUntil(presentation.isFullScreen, timeout=3000)  # the platform applies the state
    presentation.ask_snapshot = lambda: False
    with qtbot.waitSignal(presentation.closed):
        presentation.leave()
    assert features.presentation is None


def test_capture_box_keeps_what_is_typed(qtbot, document) -> None:
    """Esc with text keeps it (a second Esc clears it); Tab or Down with text files it in the cell
    it was typed for, then moves; closing presentation mode keeps what the box holds."""
    from PySide6.QtWidgets import QApplication

    window = _window(qtbot, document)
    window.capture_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.capture_field)

    def key(k, mod=Qt.KeyboardModifier.NoModifier):  # noqa: ANN001, ANN202
        qtbot.keyClick(QApplication.focusWidget(), k, mod)

    def titles(cell):  # noqa: ANN001, ANN202
        return [r["title"] for r in sorted(file_rows(document.path, "cards"), key=lambda r: r["position"])
                if (r["stage_id"], r["lane_id"]) == cell and r["parent_id"] is None]

    start = window.cell
    qtbot.keyClicks(QApplication.focusWidget(), "Fila no caixa")
    key(Qt.Key.Key_Escape)
    assert window.isVisible() and window.capture_field.text() == "Fila no caixa"
    key(Qt.Key.Key_Escape)
    assert window.isVisible() and window.capture_field.text() == ""
    qtbot.keyClicks(QApplication.focusWidget(), "Cupom expirado")
    key(Qt.Key.Key_Tab)
    assert titles(start)[-1] == "Cupom expirado" and window.cell != start
    here = window.cell
    qtbot.keyClicks(QApplication.focusWidget(), "Atendente ajuda")
    key(Qt.Key.Key_Down)
    assert titles(here)[-1] == "Atendente ajuda"
    last = window.cell
    qtbot.keyClicks(QApplication.focusWidget(), "Ultima ideia")
    window.close()
    assert titles(last)[-1] == "Ultima ideia"


def _fill_stage(document, stage_index: int, per_cell: int) -> None:  # noqa: ANN001
    """Cards up to `per_cell` in every lane of a stage, with long titles (one undo step)."""
    from jornada_desktop.model.edits import insert_card_ops, utc_now
    from jornada_desktop.model.workspace import Workspace

    ws: Workspace = document.ws
    stage = ws.stages(1)[stage_index]
    ops = []
    scratch = Workspace.from_rows({t: ws.rows(t) for t in ws.tables})
    for lane in ws.lanes(1):
        if lane.kind == "metrics":
            continue
        for n in range(per_cell - len(scratch.cards_in_cell(stage.id, lane.id))):
            step = insert_card_ops(scratch, {"journey_id": 1, "stage_id": stage.id, "lane_id": lane.id,
                                             "kind": "touchpoint", "title": f"Cliente pergunta sobre o prazo {n}"},
                                   None, utc_now())
            scratch.apply(step)
            ops += step
    assert document.push("fill", ops)


def test_the_room_reads_a_full_stage_at_1024x768(qtbot, document) -> None:
    """Ctrl+0 shows the current stage with every lane, eight cards a cell, text of at least 16 px
    without scrolling; Ctrl++ / Ctrl+- / Ctrl+wheel size the text; Shift+F5 toggles whole map /
    stage; a captured card is in view."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    _fill_stage(document, 1, 8)
    window = _window(qtbot, document)
    window.resize(1024, 768)
    window.capture_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.capture_field)

    def key(k, mod=Qt.KeyboardModifier.ControlModifier):  # noqa: ANN001, ANN202
        qtbot.keyClick(QApplication.focusWidget(), k, mod)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # the second stage
    key(Qt.Key.Key_0)
    assert window.stage_shown() and not window.whole_map
    board, area = window.board, window.board_area
    qtbot.waitUntil(lambda: abs(board.viewport_height - area.viewport().height()) < 1)
    layout = board.board_layout()
    visible_lanes = [ln.id for ln in window.scene.layout.lanes]
    assert [lane_id for lane_id, _ in layout.lanes] == visible_lanes  # every lane of the stage
    assert layout.text_px >= 16  # readable from the back of the room
    assert layout.height <= area.viewport().height() + 1  # all of it on screen, no scrolling
    for lane in document.ws.lanes(1):
        if lane.kind != "metrics":
            cards = document.ws.cards_in_cell(window.current_stage_id(), lane.id)
            assert len(cards) >= 8 and all(board.chip_rect(c.id) is not None for c in cards)
    fitted = layout.text_px
    key(Qt.Key.Key_Plus)
    assert board.board_layout().text_px > fitted
    key(Qt.Key.Key_Minus)
    key(Qt.Key.Key_Minus)
    assert board.board_layout().text_px < fitted
    wheel = QWheelEvent(QPointF(200, 200), QPointF(200, 200), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    before = board.board_layout().text_px
    QApplication.sendEvent(board, wheel)
    assert board.board_layout().text_px > before
    key(Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # the whole map's width
    assert window.whole_map and not window.stage_shown()
    map_zoom = window.view.zoom()
    QApplication.sendEvent(window.view.viewport(), wheel)  # Ctrl+wheel zooms the map too
    assert window.view.zoom() > map_zoom
    key(Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # back to the stage
    assert window.stage_shown() and board.board_layout().text_px >= 16
    for _ in range(6):  # the last lane
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClicks(QApplication.focusWidget(), "Sala cheia")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    card_id = window.added_ids[-1]
    chip = board.chip_rect(card_id)
    assert chip is not None
    top = area.verticalScrollBar().value()
    assert top <= chip.top() and chip.bottom() <= top + area.viewport().height()  # in view
    assert any(r["title"] == "Sala cheia" for r in file_rows(document.path, "cards"))
    # A click on a lane's row puts the cursor there.
    lane_id, row = board.board_layout().lanes[0]
    qtbot.mouseClick(board, Qt.MouseButton.LeftButton, pos=row.center().toPoint())
    assert window.cell == (window.current_stage_id(), lane_id)

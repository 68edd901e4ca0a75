"""The impact × effort matrix: points where the ratings say, a click on a point selects the item."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from jornada_desktop.model.edits import update_ops, utc_now
from jornada_desktop.widgets.backlog.matrix import MatrixWidget, quadrant_titles, spread_positions
from jornada_desktop.widgets.backlog.panel import BacklogPanel


def test_click_on_a_point_selects_the_improvement(qtbot, document) -> None:
    jid = document.ws.journeys()[0].id
    matrix = MatrixWidget()
    panel = BacklogPanel()
    qtbot.addWidget(matrix)
    qtbot.addWidget(panel)
    matrix.resize(640, 480)
    matrix.show()
    matrix.set_journey(document, jid)
    panel.set_journey(document, jid)
    matrix.improvement_picked.connect(panel.select_improvement)
    shipping = next(i for i in document.ws.improvements(jid) if i.title.startswith("Mostrar"))
    assert matrix.positions[shipping.id] == (3.0, 4.0)  # effort 3 right, impact 4 up
    x, y = matrix.point_position(shipping.id)
    with qtbot.waitSignal(matrix.improvement_picked) as blocker:
        qtbot.mouseClick(matrix.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert blocker.args == [shipping.id]
    assert panel.selected_ids() == [shipping.id]
    # A click on empty space picks nothing.
    with qtbot.assertNotEmitted(matrix.improvement_picked):
        qtbot.mouseClick(matrix.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_matrix_follows_edits_and_spreads_equal_ratings(qtbot, document) -> None:
    jid = document.ws.journeys()[0].id
    matrix = MatrixWidget()
    qtbot.addWidget(matrix)
    matrix.set_journey(document, jid)
    first, second = document.ws.improvements(jid)
    document.push("same ratings", update_ops(document.ws, "improvements", second.id,
                                             {"impact": first.impact, "effort": first.effort}, utc_now()))
    a, b = matrix.positions[first.id], matrix.positions[second.id]
    assert a != b and abs(a[0] - b[0]) < 0.5 and abs(a[1] - b[1]) < 0.5
    document.push("dismiss", update_ops(document.ws, "improvements", second.id, {"status": "dismissed"}, utc_now()))
    assert set(matrix.positions) == {first.id}
    assert spread_positions([]) == {}
    texts = {t.get_text() for t in matrix.axes.texts}
    assert set(quadrant_titles().values()) <= texts

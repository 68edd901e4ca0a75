"""In the window: metric chips in the metrics lane, in their stage's cell, coloured by status."""

from __future__ import annotations

from pathlib import Path

from jornada_desktop.canvas.metrics_lane import MetricChipItem
from jornada_desktop.canvas.style import CELL_PAD
from jornada_desktop.model.metrics_status import STATUS_COLORS
from jornada_desktop.widgets.metrics.editor import metric_ops
from tests.canvas_helpers import open_window


def _chips(window) -> dict[int, MetricChipItem]:
    return {i.metric_id: i for i in window.scene.items() if isinstance(i, MetricChipItem)}


def test_metric_chips_in_the_metrics_lane(qtbot, sample_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    layout = window.scene.layout
    lane = next(ln for ln in layout.lanes if ln.kind == "metrics")
    chips = _chips(window)
    nps, ces = document.ws.metrics(jid)
    assert set(chips) == {nps.id, ces.id}
    for metric in (nps, ces):
        x, y, _w, _h = layout.cell_rect((metric.stage_id, lane.id))
        assert (chips[metric.id].pos().x(), chips[metric.id].pos().y()) == (x + CELL_PAD, y + CELL_PAD)
        assert chips[metric.id].status == "missed"
        assert chips[metric.id].color.name().upper() == STATUS_COLORS["missed"]
    assert chips[nps.id].text == "NPS 32 / 50"
    # A journey-wide metric goes to the first column; reaching the target turns a chip green.
    assert document.push("add", metric_ops(document, jid, {"kind": "csat", "unit": "%", "target": 80.0,
                                                           "actual": 85.0}))
    csat = document.ws.metrics(jid)[-1]
    chip = _chips(window)[csat.id]
    assert chip.text == "Journey · CSAT 85 / 80 %" and chip.status == "met"
    assert chip.pos().x() == layout.col_x[0] + CELL_PAD
    assert document.push("edit", metric_ops(document, jid, {"actual": 50.0}, nps.id))
    assert _chips(window)[nps.id].status == "met"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert set(_chips(window)) == {nps.id, ces.id} and _chips(window)[nps.id].status == "missed"


def test_chips_show_the_latest_measurement_its_trend_and_a_sparkline(qtbot, sample_path: Path) -> None:
    """Measurements added to the file move the chip: the latest value with its arrow, the status
    judged on it, and the sparkline's values; the metrics panel's History column shows the same."""
    from PySide6.QtCore import Qt

    from jornada_desktop.model.edits import new_row, utc_now
    from jornada_desktop.model.ops import Insert
    from jornada_desktop.widgets.metrics.panel import COLUMNS, HISTORY_ROLE
    from tests.helpers import file_rows

    window = open_window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    ws = document.ws
    nps = ws.metrics(jid)[0]
    assert _chips(window)[nps.id].history == []
    series = ((20.0, "2026-08-01"), (44.0, "2026-09-01"), (38.0, "2026-10-01"), (55.0, "2026-11-01"))
    rows = [new_row(ws, "measurements", {"journey_id": jid, "metric_id": nps.id, "value": value, "measured_on": day,
                                         "period": day[:7]}, utc_now(), ws.next_id("measurements") + n)
            for n, (value, day) in enumerate(series)]
    assert document.push("history", [Insert("measurements", r) for r in rows])
    assert [r["value"] for r in file_rows(document.path, "measurements") if r["metric_id"] == nps.id] == \
        [20.0, 44.0, 38.0, 55.0]
    chip = _chips(window)[nps.id]
    assert chip.history == [20.0, 44.0, 38.0, 55.0] and chip.target == 50
    assert chip.text == "NPS 55 ▲ / 50" and chip.status == "met"  # judged on the latest, not the typed 32
    assert "20, 44, 38, 55" in chip.toolTip()
    image = chip.scene().views()[0].grab()  # (the chip is drawn: no warning, no exception)
    assert not image.isNull()
    document.undo_stack.undo()
    chip = _chips(window)[nps.id]
    assert chip.history == [] and chip.text == "NPS 32 / 50" and chip.status == "missed"
    document.undo_stack.redo()
    from jornada_desktop.widgets.metrics.panel import MetricsPanel

    panel = MetricsPanel()
    qtbot.addWidget(panel)
    panel.set_journey(document, jid)
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).data(0x0100) == nps.id)
    cell = panel.table.item(row, COLUMNS.index("history"))
    assert cell.data(HISTORY_ROLE) == [20.0, 44.0, 38.0, 55.0]
    assert not cell.data(Qt.ItemDataRole.DecorationRole).isNull()

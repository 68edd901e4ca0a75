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

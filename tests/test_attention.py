"""Review cadence and what needs attention: the metric editor's "Review every" field typed with keys,
the dashboard's list of metrics due for review and improvements past their follow-up date, and
each metric's history chart with its target line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jornada_desktop.model.attention import needs_attention
from jornada_desktop.model.edits import new_row, update_ops, utc_now
from jornada_desktop.model.ops import Insert
from tests.canvas_helpers import open_window
from tests.helpers import file_rows

TODAY = dt.date.today()


def _days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def test_review_every_is_typed_in_the_metric_editor_and_lists_the_metric_when_due(qtbot, sample_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    nps = document.ws.metrics(jid)[0]
    assert nps.review_days is None
    assert document.push("measured", update_ops(document.ws, "metrics", nps.id, {"measured_at": _days_ago(45)},
                                                utc_now()))
    depth = document.undo_stack.count()
    seen: list[str] = []

    def type_into_the_form() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (QApplication.activeWindow() is not dialog and len(seen) < 50):  # (not shown yet)
            if dialog is not None:
                dialog.activateWindow()
            seen.append("wait")
            QTimer.singleShot(20, type_into_the_form)
            return
        seen[:] = [x for x in seen if x != "wait"]
        try:
            seen.append(dialog.objectName())
            spin = dialog.review
            seen.append(f"{spin.specialValueText()}:{spin.value()}")
            spin.setFocus()
            if QApplication.focusWidget() is not spin and QApplication.focusWidget() is not spin.lineEdit():
                seen.append(f"focus on {QApplication.focusWidget()!r}")
                return
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(QApplication.focusWidget(), "30")
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the dialog's OK
        finally:
            if dialog.isVisible():  # whatever went wrong, the test never hangs on the form
                seen.append("still open")
                dialog.reject()

    from jornada_desktop.widgets.metrics.editor import edit_metric

    QTimer.singleShot(0, type_into_the_form)
    result = edit_metric(document, jid, nps.id, window)
    assert seen == ["metricEditor", "never:0"]
    assert result == nps.id
    assert next(r for r in file_rows(document.path, "metrics") if r["id"] == nps.id)["review_days"] == 30
    assert document.undo_stack.count() == depth + 1
    due = needs_attention(document.ws, jid, TODAY)
    assert [(a.kind, a.row_id, a.days) for a in due] == [("metric", nps.id, 15)]  # 45 days since, every 30
    # A measurement of today makes it current again; its undo makes it due again.
    row = new_row(document.ws, "measurements", {"journey_id": jid, "metric_id": nps.id, "value": 40.0,
                                                "measured_on": TODAY.isoformat()}, utc_now())
    assert document.push("measure", [Insert("measurements", row)])
    assert needs_attention(document.ws, jid, TODAY) == []
    document.undo_stack.undo()
    assert [a.row_id for a in needs_attention(document.ws, jid, TODAY)] == [nps.id]


def test_the_dashboard_lists_what_needs_attention_and_draws_each_metrics_history(qtbot, sample_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    document, jid = window.document, window.current_journey
    ws = document.ws
    nps, ces = ws.metrics(jid)
    item = ws.improvements(jid)[0]
    done = ws.improvements(jid)[1]
    ops = update_ops(ws, "metrics", nps.id, {"review_days": 7}, utc_now())
    ops += update_ops(ws, "improvements", item.id, {"follow_up": _days_ago(3), "status": "open"}, utc_now())
    ops += update_ops(ws, "improvements", done.id, {"follow_up": _days_ago(9), "status": "done"}, utc_now())
    assert document.push("setup", ops)
    series = ((20.0, _days_ago(70)), (44.0, _days_ago(40)), (38.0, _days_ago(10)))
    rows = [new_row(ws, "measurements", {"journey_id": jid, "metric_id": nps.id, "value": value, "measured_on": day},
                    utc_now(), ws.next_id("measurements") + n) for n, (value, day) in enumerate(series)]
    assert document.push("history", [Insert("measurements", r) for r in rows])
    window.dashboard_hooks.action.trigger()  # View ▸ Insights dashboard
    dashboard = window.dashboard_hooks.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None)
    texts = [dashboard.attention.item(i).text() for i in range(dashboard.attention.count())]
    assert len(texts) == 2, texts  # the done improvement is not listed
    assert texts[0].startswith(f"Metric “{nps.name}” is due for review (last measured")
    assert texts[1].startswith(f"Improvement “{item.title}”: follow-up was due")
    # The history chart: one plot per metric with measurements, the target dashed.
    axes = dashboard.charts["metrics"].figure.axes
    assert len(axes) == 2
    nps_ax = next(ax for ax in axes if ax.get_title().startswith("NPS"))
    lines = {line.get_label(): line for line in nps_ax.get_lines()}
    assert list(lines["Measured"].get_ydata()) == [20.0, 44.0, 38.0]
    assert list(lines["Target"].get_ydata()) == [nps.target, nps.target] and lines["Target"].get_linestyle() == "--"
    # Marking the improvement done takes it off the list.
    assert document.push("done", update_ops(ws, "improvements", item.id, {"status": "done"}, utc_now()))
    qtbot.waitUntil(lambda: dashboard.attention.count() == 1)
    dashboard.close()

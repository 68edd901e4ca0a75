"""The metrics panel: status colours from the file's metrics, new/edit/delete written and undoable."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from jornada_desktop.model.metrics_status import STATUS_COLORS
from jornada_desktop.widgets.metrics.editor import MetricEditor, metric_ops, parse_number
from jornada_desktop.widgets.metrics.panel import MetricsPanel
from tests.helpers import file_rows


def _panel(qtbot, document) -> MetricsPanel:
    panel = MetricsPanel()
    qtbot.addWidget(panel)
    panel.set_journey(document, document.ws.journeys()[0].id)
    return panel


def test_sample_metrics_show_their_status_colour(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    assert panel.table.rowCount() == 2
    statuses = [panel.status_of(r["id"]) for r in file_rows(document.path, "metrics")]
    # NPS 32 for a target of 50, CES 4.1 for 5.5 on a 1-7 scale: both off target.
    assert statuses == [("missed", STATUS_COLORS["missed"])] * 2


def test_new_metric_edit_and_delete_are_undoable(qtbot, document) -> None:
    panel = _panel(qtbot, document)
    jid = panel.journey_id
    card = next(c for c in document.ws.cards(jid) if c.title == "Liga sobre atraso na entrega")
    editor = MetricEditor(document, jid)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("first_response_time"))
    assert editor.unit.text() == "min" and editor.direction.text() == "Lower is better"
    editor.card.setCurrentIndex(editor.card.findData(card.id))
    editor.name.setText("Espera no telefone")
    editor.target.setText("10")
    editor.actual.setText("8")
    editor.source.setText("URA")
    assert document.push("add", metric_ops(document, jid, editor.fields()))
    row = file_rows(document.path, "metrics")[-1]
    assert (row["kind"], row["card_id"], row["stage_id"]) == ("first_response_time", card.id, card.stage_id)
    assert (row["target"], row["actual"], row["unit"], row["source"]) == (10.0, 8.0, "min", "URA")
    assert panel.table.rowCount() == 3
    assert panel.status_of(row["id"]) == ("met", STATUS_COLORS["met"])  # 8 min for a 10 min target
    assert document.push("edit", metric_ops(document, jid, {"actual": 10.5}, row["id"]))
    assert panel.status_of(row["id"]) == ("near", STATUS_COLORS["near"])
    assert file_rows(document.path, "metrics")[-1]["actual"] == 10.5
    document.undo_stack.undo()
    assert file_rows(document.path, "metrics")[-1]["actual"] == 8.0
    panel.select_metric(row["id"])
    panel.delete_selected()
    assert len(file_rows(document.path, "metrics")) == 2 and panel.table.rowCount() == 2
    document.undo_stack.undo()
    assert file_rows(document.path, "metrics")[-1] == row


def test_numbers_are_read_in_both_notations(qapp) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    try:
        assert parse_number("4,5") == 4.5
        assert parse_number("4.5") == 4.5
        assert parse_number(" ") is None
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert parse_number("1,234.5") == 1234.5


def test_bad_number_keeps_the_form_open(qtbot, document) -> None:
    editor = MetricEditor(document, document.ws.journeys()[0].id)
    qtbot.addWidget(editor)
    editor.target.setText("cinquenta")
    editor._accept()
    assert editor.result() == 0 and "numbers" in editor.error.text()


def test_the_panel_judges_a_metric_on_its_latest_measurement(qtbot, document) -> None:
    from jornada_desktop.model.edits import new_row, utc_now
    from jornada_desktop.model.ops import Insert
    from jornada_desktop.widgets.metrics.panel import COLUMNS, MetricsPanel

    panel = MetricsPanel()
    qtbot.addWidget(panel)
    panel.set_journey(document, 1)
    ws = document.ws
    metric = ws.metrics(1)[0]
    rows = [new_row(ws, "measurements", {"journey_id": 1, "metric_id": metric.id, "value": value,
                                         "measured_on": day, "period": day[:7], "sample": 40}, utc_now(), ws.next_id("measurements") + n)
            for n, (value, day) in enumerate(((10.0, "2026-10-01"), (25.0, "2026-11-01")))]
    assert document.push("history", [Insert("measurements", r) for r in rows])
    row = next(r for r in range(panel.table.rowCount())
               if panel.table.item(r, 0).data(0x0100) == metric.id)
    actual = panel.table.item(row, COLUMNS.index("actual"))
    assert actual.text().endswith("▲") and "25" in actual.text()
    assert "2026-10" in actual.toolTip() and "n=40" in actual.toolTip()

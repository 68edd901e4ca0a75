"""The main window: journeys list, inspector, notes, read-only files and bad files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.canvas_helpers import by_title, open_window
from tests.helpers import digest, file_rows


def test_journeys_add_rename_duplicate_reorder_delete(qtbot, sample_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = open_window(qtbot, sample_path)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Pós-venda", True)))
    window.journey_list.add_action.trigger()
    journeys = sorted(file_rows(sample_path, "journeys"), key=lambda r: r["position"])
    assert [j["title"] for j in journeys] == ["Jornada de compra", "Pós-venda"]
    new_id = journeys[1]["id"]
    assert window.current_journey == new_id and window.scene.journey_id == new_id
    assert len([s for s in file_rows(sample_path, "stages") if s["journey_id"] == new_id]) == 3
    # rename through the list's editor signal
    window.journey_list.rename_requested.emit(new_id, "Pós-venda 2025")
    assert by_title(file_rows(sample_path, "journeys"), "Pós-venda 2025")["id"] == new_id
    window.journey_list.select(journeys[0]["id"])
    assert window.scene.journey_id == journeys[0]["id"]
    window.journey_list.duplicate_action.trigger()
    copy = by_title(file_rows(sample_path, "journeys"), "Jornada de compra (copy)")
    assert len([c for c in file_rows(sample_path, "cards") if c["journey_id"] == copy["id"]]) == 12
    assert [j["title"] for j in sorted(file_rows(sample_path, "journeys"), key=lambda r: r["position"])] == \
        ["Jornada de compra", "Jornada de compra (copy)", "Pós-venda 2025"]
    window.journey_list.down_action.trigger()  # the copy is current: move it down
    assert [j["title"] for j in sorted(file_rows(sample_path, "journeys"), key=lambda r: r["position"])] == \
        ["Jornada de compra", "Pós-venda 2025", "Jornada de compra (copy)"]
    window.canvas.confirm = lambda *_: True
    window.journey_list.delete_action.trigger()
    assert "Jornada de compra (copy)" not in {j["title"] for j in file_rows(sample_path, "journeys")}
    assert not [c for c in file_rows(sample_path, "cards") if c["journey_id"] == copy["id"]]
    assert window.current_journey in {j["id"] for j in file_rows(sample_path, "journeys")}
    stack = window.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add journey", "Rename journey", "Duplicate journey", "Reorder journeys", "Delete journey"]
    while stack.canUndo():
        stack.undo()
    assert [j["title"] for j in file_rows(sample_path, "journeys")] == ["Jornada de compra"]


def test_inspector_edits_every_field(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    window.scene.select_cards([card["id"]])
    inspector = window.inspector
    assert inspector.card is not None and inspector.card.id == card["id"]
    assert inspector.title.text() == "Segue a marca"
    inspector.title.setText("Segue a marca no Instagram")
    inspector.title.editingFinished.emit()
    inspector.body.setPlainText("Depois do anúncio.")
    inspector.body.left.emit()
    inspector.channel.setCurrentIndex(inspector.channel.findData("app"))
    inspector.channel.activated.emit(inspector.channel.currentIndex())
    inspector.department.setText("Marketing digital")
    inspector.department.editingFinished.emit()
    inspector.emotion.setCurrentIndex(inspector.emotion.findData(2))
    inspector.emotion.activated.emit(inspector.emotion.currentIndex())
    inspector.evidence.setCurrentIndex(inspector.evidence.findData("assumed"))
    inspector.evidence.activated.emit(inspector.evidence.currentIndex())
    persona = file_rows(sample_path, "personas")[0]
    inspector.persona.setCurrentIndex(inspector.persona.findData(persona["id"]))
    inspector.persona.activated.emit(inspector.persona.currentIndex())
    inspector._commit("color", "#112233")
    inspector.kind.setCurrentIndex(inspector.kind.findData("touchpoint"))
    inspector.kind.activated.emit(inspector.kind.currentIndex())
    row = next(r for r in file_rows(sample_path, "cards") if r["id"] == card["id"])
    assert (row["title"], row["body"], row["channel"], row["department"], row["emotion"], row["evidence"],
            row["persona_id"], row["color"], row["kind"]) == (
        "Segue a marca no Instagram", "Depois do anúncio.", "app", "Marketing digital", 2, "assumed",
        persona["id"], "#112233", "touchpoint")
    assert window.document.undo_stack.count() == 9
    # An empty title is refused and put back; nothing is written.
    inspector.title.setText("   ")
    inspector.title.editingFinished.emit()
    assert inspector.title.text() == "Segue a marca no Instagram"
    assert window.document.undo_stack.count() == 9
    # The card became a touchpoint with an emotion: it has a marker on the curve now.
    assert any(cid == card["id"] for (_lane, cid) in window.scene.marker_items)


def test_notes_attached_to_a_card_show_a_badge(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Newsletter com cupom")
    note_id = window.editor.add_note(card["id"], "Cupom expira rápido demais")
    assert window.scene.card_items[card["id"]].note_count == 1
    note = next(r for r in file_rows(sample_path, "cards") if r["id"] == note_id)
    assert (note["parent_id"], note["kind"], note["stage_id"], note["lane_id"]) == \
        (card["id"], "note", card["stage_id"], card["lane_id"])
    assert note_id not in window.scene.card_items  # shown as a badge, not as a card
    window.editor.edit_note(note_id, "Cupom expira em 24 h")
    assert next(r for r in file_rows(sample_path, "cards") if r["id"] == note_id)["body"] == "Cupom expira em 24 h"
    window.editor.delete_note(note_id)
    assert window.scene.card_items[card["id"]].note_count == 0
    window.document.undo_stack.undo()
    assert window.scene.card_items[card["id"]].note_count == 1


def test_notes_dialog_adds_a_note(qtbot, sample_path):
    from jornada_desktop.widgets.window.notes_dialog import NotesDialog

    window = open_window(qtbot, sample_path)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    dialog = NotesDialog(window.editor, card["id"], window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Perguntar sobre o conteúdo")
    dialog.add_button.click()
    notes = [r for r in file_rows(sample_path, "cards") if r["parent_id"] == card["id"]]
    assert [n["body"] for n in notes] == ["Perguntar sobre o conteúdo"]
    assert dialog.list.count() == 1


def test_sticky_note_card_in_a_cell(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    stages = [r["id"] for r in sorted(file_rows(sample_path, "stages"), key=lambda r: r["position"])]
    lanes = [r["id"] for r in sorted(file_rows(sample_path, "lanes"), key=lambda r: r["position"])]
    window.scene.emit_card_request("note", (stages[0], lanes[3]), None, "Validar com a equipe")
    row = by_title(file_rows(sample_path, "cards"), "Validar com a equipe")
    assert row["kind"] == "note" and row["parent_id"] is None
    assert row["id"] in window.scene.card_items


def test_read_only_file_shows_banner_and_refuses_edits(qtbot, sample_path):
    from jornada_desktop.widgets.window.main_window import MainWindow

    before = digest(sample_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_path, read_only=True)
    assert window.banner.isVisible()
    assert window.scene.read_only
    assert not window.actions_by_name["paste"].isEnabled()
    assert not window.palette.isEnabled()
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    window.scene.select_cards([card["id"]])
    assert not window.actions_by_name["delete"].isEnabled()
    window.view.edit_title(card["id"])
    assert window.view.editor is None
    window.close()
    assert digest(sample_path) == before


def test_bad_file_gives_a_sentence_and_keeps_the_open_map(qtbot, sample_path, tmp_path: Path, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text)))
    window = open_window(qtbot, sample_path)
    bad = tmp_path / "bad.jornada"
    bad.write_bytes(b"this is not a map")
    assert not window.open_path(bad)
    assert len(messages) == 1 and "Traceback" not in messages[0] and messages[0].endswith(".")
    assert window.document is not None and window.document.path == sample_path
    assert window.scene is not None


def test_window_hooks_for_other_features(qtbot, sample_path):
    from PySide6.QtWidgets import QLabel

    window = open_window(qtbot, sample_path)
    assert set(window.menus) >= {"file", "edit", "view", "journey", "help"}
    dock = window.add_dock("Backlog", QLabel("x"), "backlogDock")
    assert dock.toggleViewAction() in window.panels_menu.actions()
    seen = []
    window.journey_changed.connect(seen.append)
    new_id = window.editor.add_journey("Outra")
    window.show_journey(new_id)
    assert seen == [new_id]


def test_history_lists_the_edits_whenever_it_is_shown(qtbot, sample_path):
    """The history list follows the undo stack only while shown, and is complete when shown."""
    window = open_window(qtbot, sample_path)
    stack = window.document.undo_stack
    window.history_dock.raise_()
    qtbot.waitUntil(lambda: window.undo_view.stack() is stack)
    window.inspector_dock.raise_()  # the history is behind the inspector's tab
    qtbot.waitUntil(lambda: window.undo_view.stack() is None)
    card = by_title(file_rows(sample_path, "cards"), "Segue a marca")
    window.scene.select_cards([card["id"]])
    window.inspector.title.setText("Segue a marca no Instagram")
    window.inspector.title.editingFinished.emit()
    assert by_title(file_rows(sample_path, "cards"), "Segue a marca no Instagram")["id"] == card["id"]
    window.history_dock.raise_()
    qtbot.waitUntil(lambda: window.undo_view.stack() is stack)
    model = window.undo_view.model()
    assert model.rowCount() == stack.count() + 1  # "<opened>" and one row per edit
    assert model.index(stack.count(), 0).data() == stack.text(stack.count() - 1)
    window.inspector_dock.raise_()
    qtbot.waitUntil(lambda: window.undo_view.stack() is None)


def test_panels_behind_a_tab_are_built_when_first_shown(qtbot, sample_path):
    """The personas library and the metrics table cost nothing until shown, and are complete then."""
    from PySide6.QtCore import Qt

    from jornada_desktop.widgets.metrics.panel import MetricsPanel
    from jornada_desktop.widgets.personas.library import PersonaLibrary
    from jornada_desktop.widgets.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(sample_path)
    metrics, personas = window.metrics_hooks, window.persona_hooks
    assert not window.findChildren(MetricsPanel) and metrics.panel is None
    assert not window.findChildren(PersonaLibrary) and personas.library is None
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    if not metrics.dock.isVisible():  # (a short screen starts with the panels below the map closed)
        metrics.dock.toggleViewAction().trigger()  # View ▸ Panels ▸ Metrics
    metrics.dock.raise_()
    qtbot.waitUntil(lambda: metrics.panel is not None)
    ids = {metrics.panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
           for r in range(metrics.panel.table.rowCount())}
    assert ids == {m.id for m in window.document.ws.metrics(window.current_journey)} and ids
    personas.dock.raise_()
    qtbot.waitUntil(lambda: personas.library is not None)
    assert window.findChildren(PersonaLibrary) == [personas.library]
    assert personas.library.list.count() == len(window.document.ws.personas()) > 0
    window.build_all_panels()  # nothing left to build: the same panels
    assert window.findChildren(MetricsPanel) == [metrics.panel]


def test_files_opened_one_after_another_do_not_stay_in_memory(qtbot, sample_path, tmp_path):
    """Each open file (its workspace, undo stack, editor) goes once another is opened."""
    import gc
    import shutil

    from jornada_desktop.editing.document import Document

    window = open_window(qtbot, sample_path)
    for i in range(3):
        copy = tmp_path / f"copy-{i}.jornada"
        shutil.copyfile(sample_path, copy)
        assert window.open_path(copy)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what deleteLater() let go
    gc.collect()
    mine = {sample_path, *(tmp_path / f"copy-{i}.jornada" for i in range(3))}
    alive = [o for o in gc.get_objects() if isinstance(o, Document) and o.path in mine]
    assert alive == [window.document]


def test_the_canvas_is_opaque_only_over_a_map(qtbot, sample_path):
    """With a map the scene paints every pixel (no repaint of the window under a moved card);
    without one the view's own background shows."""
    from PySide6.QtCore import Qt

    window = open_window(qtbot, sample_path)
    opaque = Qt.WidgetAttribute.WA_OpaquePaintEvent
    assert window.view.viewport().testAttribute(opaque)
    window.view.set_journey_scene(None)
    assert not window.view.viewport().testAttribute(opaque)


def test_opening_a_file_fills_each_panel_once(qtbot, sample_path, tmp_path, monkeypatch):
    """Opening announces the file's first journey, then the file: the panels follow once, not twice."""
    import collections
    import shutil

    from jornada_desktop.widgets.backlog.panel import BacklogPanel
    from jornada_desktop.widgets.personas.strip import PersonaStrip
    from jornada_desktop.widgets.window.filter_panel import FilterPanel
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, sample_path)
    features = install_workshop_features(window)  # the find bar and the filter panel, as `jornada FILE`
    assert features.filter_panel.document is window.document  # (built when first asked for)
    copy = tmp_path / "other.jornada"
    shutil.copyfile(sample_path, copy)
    calls: collections.Counter[str] = collections.Counter()

    def counted(cls, name):
        real = getattr(cls, name)

        def wrapper(self, *args, **kwargs):
            calls[cls.__name__] += 1
            return real(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, wrapper)

    counted(PersonaStrip, "set_journey")
    counted(BacklogPanel, "set_journey")
    counted(FilterPanel, "set_context")
    assert window.open_path(copy)
    assert calls == {"PersonaStrip": 1, "BacklogPanel": 1, "FilterPanel": 1}
    assert window.persona_hooks.strip.document is window.document
    assert features.filter_panel.document is window.document and window.document.path == copy


def test_the_inspector_form_is_built_for_the_first_card_shown(qtbot, sample_path):
    """At start-up nothing is selected: the card's form (~70 widgets) waits for the first card."""
    window = open_window(qtbot, sample_path)
    inspector = window.inspector
    assert inspector.form is None and inspector.stack.currentWidget() is inspector.placeholder
    item = next(i for i in window.scene.card_items.values() if i.card.title == "Segue a marca")
    window.scene.clearSelection()
    item.setSelected(True)
    qtbot.waitUntil(lambda: inspector.form is not None and inspector.stack.currentWidget() is inspector.form)
    assert inspector.title.text() == "Segue a marca"
    window.scene.clearSelection()
    qtbot.waitUntil(lambda: inspector.stack.currentWidget() is inspector.placeholder)


def test_no_label_shows_a_bare_ampersand(qtbot, sample_path):
    """A "&" in a label marks its shortcut only when the label has a buddy; without one it shows."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import QLabel

    window = open_window(qtbot, sample_path)
    window.build_all_panels()
    bare = [label.text() for label in window.findChildren(QLabel)
            if label.buddy() is None and label.textFormat() != Qt.TextFormat.RichText
            and not GuiQt.mightBeRichText(label.text()) and re.search(r"&(?!&)", label.text().replace("&&", ""))]
    assert bare == []


def test_the_filter_panel_is_built_when_first_shown(qtbot, sample_path):
    """Hidden at start-up, the filter dock builds its panel on first show, on the journey shown."""
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = open_window(qtbot, sample_path)
    features = install_workshop_features(window)
    assert features._filter_panel is None and not features.filter_dock.isVisible()
    features.open_filter()
    qtbot.waitUntil(features.filter_dock.isVisible)
    panel = features.filter_panel
    assert panel.document is window.document and panel.journey_id == window.current_journey
    assert features.filter_dock.widget().findChild(type(panel)) is panel
    lanes = panel.groups["lanes"]
    assert lanes.childCount() > 0  # the journey's lanes are offered

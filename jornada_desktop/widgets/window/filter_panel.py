"""Filter the canvas by lane, persona, channel and evidence; name and keep filters as saved views."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.icons import channel_icon, icon
from jornada_desktop.messages import error_text
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.search import (
    SAVED_VIEWS_KEY,
    CardFilter,
    SavedView,
    dump_saved_views,
    parse_saved_views,
    with_view,
    without_view,
)
from jornada_desktop.store.errors import StoreError

GROUPS = ("lanes", "personas", "channels", "evidence")
VALUE_ROLE = Qt.ItemDataRole.UserRole
DIMMED_OPACITY = 0.12


class FilterPanel(QWidget):
    """A tree of checkable values in four groups; `filter_changed(CardFilter)` whenever a box changes."""

    filter_changed = Signal(object)  # CardFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.journey_id: int | None = None
        self.lang = "en"
        self.views_label = QLabel()
        self.views_combo = QComboBox()
        self.views_label.setBuddy(self.views_combo)
        self.save_button = QPushButton(icon("views"), "")
        self.delete_button = QPushButton(icon("delete"), "")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.clear_button = QPushButton(icon("close"), "")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.views_label)
        layout.addWidget(self.views_combo)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.clear_button)
        self.groups: dict[str, QTreeWidgetItem] = {}
        for name in GROUPS:
            group = QTreeWidgetItem(self.tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.groups[name] = group
        self.tree.itemChanged.connect(self._item_changed)
        self.views_combo.activated.connect(self._view_chosen)
        self.save_button.clicked.connect(self.save_view_dialog)
        self.delete_button.clicked.connect(self.delete_current_view)
        self.clear_button.clicked.connect(self.clear)
        self._retranslate()

    def _retranslate(self) -> None:
        titles = {"lanes": self.tr("Lanes"), "personas": self.tr("Personas"), "channels": self.tr("Channels"),
                  "evidence": self.tr("Evidence")}
        for name, group in self.groups.items():
            group.setText(0, titles[name])
        self.views_label.setText(self.tr("Saved &views:"))
        self.views_combo.setAccessibleName(self.tr("Saved views"))
        self.save_button.setText(self.tr("&Save view…"))
        self.save_button.setAccessibleName(self.tr("Save the filter as a view"))
        self.delete_button.setText(self.tr("Delete view"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen view"))
        self.tree.setAccessibleName(self.tr("Filter values: tick what to show"))
        self.clear_button.setText(self.tr("Show &everything"))
        self.clear_button.setAccessibleName(self.tr("Clear the filter"))
        self._fill_views()
        self._update_summary()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language switch."""
        if event.type() == event.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ---- content ------------------------------------------------------------------------------
    def set_context(self, document: Document | None, journey_id: int | None, lang: str = "en") -> None:
        """Offer the values of this journey (the filter is cleared)."""
        if self.document is not None and self.document is not document:
            with contextlib.suppress(RuntimeError, TypeError):
                self.document.changed.disconnect(self._document_changed)
        if document is not None and document is not self.document:
            document.changed.connect(self._document_changed)
        self.document, self.journey_id, self.lang = document, journey_id, lang
        self._fill_values(CardFilter())
        self._fill_views()
        self.filter_changed.emit(self.current_filter())

    def _document_changed(self, change: ChangeSet) -> None:
        cards_matter = "cards" in change.added or "cards" in change.removed \
            or bool(change.updated_columns("cards") & {"channel", "persona_id", "evidence", "lane_id"})
        if change.touches("lanes", "personas", "journey_personas", "ratings") or cards_matter:
            self._fill_values(self.current_filter())
            self.filter_changed.emit(self.current_filter())

    def _values(self) -> dict[str, list[tuple[object, str]]]:
        ws = self.document.ws if self.document else None
        if ws is None or self.journey_id is None:
            return {name: [] for name in GROUPS}
        cards = ws.cards(self.journey_id)
        channels = list(v.CHANNELS) + sorted({c.channel for c in cards if c.channel and c.channel not in v.CHANNELS})
        personas = {p.id: p for _link, p in ws.journey_personas(self.journey_id)}
        personas.update({c.persona_id: ws.get("personas", c.persona_id) for c in cards if c.persona_id})
        personas.update({r.persona_id: ws.get("personas", r.persona_id) for r in ws.ratings(self.journey_id)})
        return {
            "lanes": [(ln.id, ln.title) for ln in ws.lanes(self.journey_id)],
            "personas": [(p.id, p.name) for p in sorted(personas.values(), key=lambda p: p.name.lower()) if p],
            "channels": [(code, v.label(v.CHANNELS, code, self.lang)) for code in channels],
            "evidence": [(code, v.label(v.EVIDENCE, code, self.lang)) for code in v.EVIDENCE],
        }

    def _fill_values(self, keep: CardFilter) -> None:
        blocker = QSignalBlocker(self.tree)
        chosen = {"lanes": keep.lanes, "personas": keep.personas, "channels": keep.channels,
                  "evidence": keep.evidence}
        for name, values in self._values().items():
            group = self.groups[name]
            group.takeChildren()
            for value, text in values:
                item = QTreeWidgetItem(group, [text])
                item.setData(0, VALUE_ROLE, value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(0, Qt.CheckState.Checked if value in chosen[name] else Qt.CheckState.Unchecked)
                if name == "channels":
                    item.setIcon(0, channel_icon(str(value)))
            group.setExpanded(name in ("lanes", "channels") or bool(chosen[name]))
        del blocker
        self._update_summary()

    def current_filter(self) -> CardFilter:
        """The filter the ticked boxes describe."""
        picked: dict[str, set] = {name: set() for name in GROUPS}
        for name, group in self.groups.items():
            for i in range(group.childCount()):
                item = group.child(i)
                if item.checkState(0) == Qt.CheckState.Checked:
                    picked[name].add(item.data(0, VALUE_ROLE))
        return CardFilter(picked["lanes"], picked["personas"], picked["channels"], picked["evidence"])

    def set_filter(self, card_filter: CardFilter) -> None:
        """Tick the boxes of a filter and apply it."""
        self._fill_values(card_filter)
        self.filter_changed.emit(self.current_filter())

    def clear(self) -> None:
        """Show everything."""
        self.views_combo.setCurrentIndex(-1)
        self.set_filter(CardFilter())

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._update_summary()
        self.filter_changed.emit(self.current_filter())

    def _update_summary(self) -> None:
        card_filter = self.current_filter()
        if card_filter.is_empty() or self.document is None or self.journey_id is None:
            self.summary.setText(self.tr("Showing every card."))
            return
        shown = card_filter.visible_cards(self.document.ws, self.journey_id)
        total = len(self.document.ws.cards(self.journey_id))
        self.summary.setText(self.tr("Showing %1 of %2 cards; the rest are dimmed.")
                             .replace("%1", str(len(shown))).replace("%2", str(total)))

    # ---- saved views -----------------------------------------------------------------------------
    def saved_views(self) -> list[SavedView]:
        """Every saved view of the file."""
        if self.document is None:
            return []
        try:
            return parse_saved_views(self.document.store.meta().get(SAVED_VIEWS_KEY))
        except Exception:  # noqa: BLE001 - unreadable views are simply not offered
            return []

    def _fill_views(self) -> None:
        current = self.views_combo.currentText()
        self.views_combo.clear()
        for view in self.saved_views():
            if view.journey_id == self.journey_id:
                self.views_combo.addItem(view.name)
        self.views_combo.setCurrentIndex(self.views_combo.findText(current) if current else -1)
        writable = self.document is not None and not self.document.read_only
        self.save_button.setEnabled(writable and self.journey_id is not None)
        self.delete_button.setEnabled(writable and self.views_combo.count() > 0)

    def save_view(self, name: str) -> bool:
        """Keep the current filter under a name (in the file's meta table)."""
        name = name.strip()
        if not name or self.document is None or self.journey_id is None:
            return False
        views = with_view(self.saved_views(), SavedView(self.journey_id, name[:200], self.current_filter()))
        if not self._store(views):
            return False
        self._fill_views()
        self.views_combo.setCurrentText(name[:200])
        return True

    def save_view_dialog(self) -> None:
        """Ask for a name and save the view."""
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view:"),
                                        text=self.views_combo.currentText())
        if ok:
            self.save_view(name)

    def delete_current_view(self) -> None:
        """Forget the chosen view."""
        name = self.views_combo.currentText()
        if name and self.journey_id is not None and self._store(without_view(self.saved_views(),
                                                                              self.journey_id, name)):
            self._fill_views()

    def _store(self, views: list[SavedView]) -> bool:
        assert self.document is not None
        try:
            self.document.store.set_meta(SAVED_VIEWS_KEY, dump_saved_views(views))
        except StoreError as exc:
            self.document.write_failed.emit(error_text(exc))
            return False
        return True

    def apply_view(self, name: str) -> bool:
        """Apply a saved view of the journey by name."""
        for view in self.saved_views():
            if view.journey_id == self.journey_id and view.name == name:
                self.set_filter(view.filter)
                self.views_combo.setCurrentText(name)
                return True
        return False

    def _view_chosen(self, index: int) -> None:
        if index >= 0:
            self.apply_view(self.views_combo.itemText(index))


def apply_filter_to_scene(scene: object, card_filter: CardFilter) -> set[int]:
    """Dim the cards of a JourneyScene that the filter hides; return the ids left bright."""
    if scene is None:
        return set()
    ws, journey_id = scene.ws, scene.journey_id  # type: ignore[attr-defined]
    shown = card_filter.visible_cards(ws, journey_id)
    everything = card_filter.is_empty()
    for card_id, item in scene.card_items.items():  # type: ignore[attr-defined]
        bright = everything or card_id in shown
        item.setOpacity(1.0 if bright else DIMMED_OPACITY)
    curves = getattr(scene, "persona_curves", None)
    if curves is not None:  # filtering by persona isolates that persona's curves too
        curves.set_isolated(set(card_filter.personas))
    return shown if not everything else set(scene.card_items)  # type: ignore[attr-defined]

"""Presentation (workshop) mode: the map full screen, one stage at a time, a countdown, quick capture.

Keys: Left/Right (or Page Up/Down) step through the stages (the current one highlighted, the others
dimmed); Up/Down pick the lane; Tab / Shift+Tab go to the next / previous cell; typing and Enter adds a
card to the focused cell, in the participant's colour; Ctrl+T starts or pauses the countdown, Ctrl+R
resets it, Ctrl+Shift+T goes to the next step of the agenda; Ctrl+P shows the participants, Ctrl+B the
ballot; Ctrl+L locks the structure; Esc leaves (offering a post-workshop snapshot).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QPen, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsRectItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.canvas import style
from jornada_desktop.canvas.scene import JourneyScene
from jornada_desktop.canvas.view import JourneyView
from jornada_desktop.editing.document import ChangeSet, Document
from jornada_desktop.icons import icon
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.edits import insert_card_ops, update_ops, utc_now
from jornada_desktop.model.validation import MAX_TITLE
from jornada_desktop.settings import Settings
from jornada_desktop.widgets.workshop.countdown import Countdown, CountdownLabel
from jornada_desktop.widgets.workshop.room import ParticipantsPanel, RoomState, VotingPanel, swatch
from jornada_desktop.widgets.workshop.stage_board import StageBoard

Cell = tuple[int, int]
Z_DIM = 40.0
BAR_INK = "#F1F3F5"  # the presentation bars are dark in both themes
ROOM_PANEL_WIDTH = 380


def step_cell(stages: list[int], lanes: list[int], cell: Cell | None, forward: bool = True) -> Cell | None:
    """The next (or previous) cell for Tab: down the lanes of a stage, then on to the next stage."""
    if not stages or not lanes:
        return None
    order = [(s, ln) for s in stages for ln in lanes]
    if cell not in order:
        return order[0] if forward else order[-1]
    i = order.index(cell) + (1 if forward else -1)
    return order[i % len(order)]


class PresentationWindow(QWidget):
    """The full-screen workshop view of one journey; every card it adds goes through the document."""

    closed = Signal()
    message = Signal(str)
    stage_changed = Signal(object)  # the id of the stage on the screen (a room's phones open on it)

    def __init__(self, document: Document, journey_id: int, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.document = document
        self.journey_id = journey_id
        self.settings = settings or Settings()
        self.stage_index = 0
        self.cell: Cell | None = None
        self.added_ids: list[int] = []
        self.snapshot_taken = False
        # Asks whether to keep a post-workshop snapshot; replaced in tests.
        self.ask_snapshot: Callable[[], bool] = self._ask_snapshot
        self.scene = JourneyScene(document, journey_id, self, lang=style.ui_lang())
        self.view = JourneyView(self.scene)
        self.view.setInteractive(False)  # gestures here are keys and clicks on cells only
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().installEventFilter(self)
        self.dims: list[QGraphicsRectItem] = []
        self.outline = QGraphicsRectItem()
        self.outline.setZValue(Z_DIM + 1)
        self.outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(self.outline)
        self.countdown = Countdown(self.settings.timer_minutes, parent=self)
        self.countdown.expired.connect(self._time_up)
        self.step_index = -1  # the agenda step the countdown is for (-1: a free countdown)
        self.room = RoomState(self)  # who is speaking now: nobody until picked (never carried over)
        self._asked = False
        self.room.changed.connect(self._participant_changed)
        self._build()
        self._retranslate()
        self.scene.layout_changed.connect(self._layout_changed)
        document.changed.connect(self._document_changed)
        self._shortcut("Ctrl+T", self.countdown.toggle)
        self._shortcut("Ctrl+R", self.reset_timer)
        self._shortcut("Ctrl+Shift+T", self.next_step)
        self._shortcut("Ctrl+P", lambda: self.show_room(0))
        self._shortcut("Ctrl+B", lambda: self.show_room(1))
        self._shortcut("Ctrl+L", self.toggle_lock)
        self._shortcut("F5", self.leave)
        self._shortcut("PgDown", self.next_stage)
        self._shortcut("PgUp", self.previous_stage)
        # Fitting the room: the current stage with all its lanes, or the whole map; zoom by hand.
        self.whole_map = True  # what showing fits (Shift+F5 toggles)
        self._shortcut("Ctrl+0", self.fit_stage)
        self._shortcut("Shift+F5", self.toggle_fit)
        for keys in ("Ctrl++", "Ctrl+="):
            self._shortcut(keys, self.zoom_in)
        self._shortcut("Ctrl+-", self.zoom_out)
        self.go_to_stage(0)
        self._update_lock()

    # ---- building ---------------------------------------------------------------------------
    def _tool(self, icon_name: str, slot: Callable[[], object], checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name, BAR_INK))
        button.setIconSize(QSize(28, 28))
        button.setAutoRaise(True)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        bar = QWidget()
        bar.setObjectName("presentationBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.previous_button = self._tool("previous", self.previous_stage)
        self.next_button = self._tool("next", self.next_stage)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("presentationStage")
        # Long stage names give way (cut at the right) instead of pushing the bar past a
        # 1024-pixel projector; the whole name is in the tooltip.
        self.stage_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stage_label.setMinimumWidth(120)
        self.lock_button = self._tool("lock", self.toggle_lock, checkable=True)
        self.timer_label = CountdownLabel(self.countdown)
        self.timer_button = self._tool("timer", self.countdown.toggle)
        self.agenda_combo = QComboBox()
        self.agenda_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.agenda_combo.activated.connect(self.go_to_step)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 240)
        self.minutes_spin.setValue(self.settings.timer_minutes)
        # A click puts the keyboard in the field and keeps it there while the minutes are typed;
        # Enter applies them and goes back to capturing cards.
        self.minutes_spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.minutes_spin.setKeyboardTracking(False)
        self.minutes_spin.valueChanged.connect(self._minutes_changed)
        self.people_button = self._tool("people", lambda: self.show_room(0), checkable=True)
        self.vote_button = self._tool("vote", lambda: self.show_room(1), checkable=True)
        self.snapshot_button = self._tool("snapshot", self.take_snapshot)
        self.exit_button = self._tool("close", self.leave)
        top = QHBoxLayout(bar)
        top.setContentsMargins(12, 6, 12, 6)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.stage_label, 1)  # (takes what is left; a long name is cut, not the bar)
        for widget in (self.people_button, self.vote_button, self.lock_button, self.agenda_combo,
                       self.timer_button, self.minutes_spin, self.timer_label, self.snapshot_button,
                       self.exit_button):
            top.addWidget(widget)
        self.countdown.running_changed.connect(self._timer_state)

        capture_bar = QWidget()
        capture_bar.setObjectName("presentationBar")
        capture_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.cell_label = QLabel()
        self.capture_field = QLineEdit()
        self.capture_field.setObjectName("quickCapture")
        self.capture_field.installEventFilter(self)
        self._escape_armed = False  # the last key was an Esc that kept the typed text
        self.capture_field.returnPressed.connect(self.capture)
        self.participant_combo = QComboBox()
        self.participant_combo.setMinimumWidth(180)
        self.participant_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.participant_combo.activated.connect(self._participant_picked)
        self.participant_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.participant_combo.setMinimumContentsLength(14)
        self.swatch = QLabel()
        self.status_label = QLabel()
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setMinimumWidth(60)
        bottom = QHBoxLayout(capture_bar)
        bottom.setContentsMargins(12, 6, 12, 6)
        self.cell_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cell_label.setMinimumWidth(80)
        self.capture_field.setMinimumWidth(280)
        bottom.addWidget(self.cell_label, 1)
        bottom.addWidget(self.capture_field, 3)
        bottom.addWidget(self.swatch)
        bottom.addWidget(self.participant_combo)
        bottom.addWidget(self.status_label, 1)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_banner.setVisible(False)
        # The people in the room and the ballot, beside the map (Ctrl+P, Ctrl+B; Esc hides them).
        self.people_panel = ParticipantsPanel(self.document, self.journey_id, self.room)
        self.voting_panel = VotingPanel(self.document, self.journey_id, self.room, style.ui_lang())
        self.voting_panel.message.connect(self.status_label.setText)
        self.room_tabs = QTabWidget()
        self.room_tabs.setObjectName("roomPanel")
        self.room_tabs.addTab(self.people_panel, "")
        self.room_tabs.addTab(self.voting_panel, "")
        self.room_tabs.setFixedWidth(ROOM_PANEL_WIDTH)
        self.room_tabs.installEventFilter(self)
        for child in (self.people_panel.name_field, self.people_panel.people, self.voting_panel.table):
            child.installEventFilter(self)
        self.room_tabs.currentChanged.connect(lambda _i: self._room_buttons())
        # The current stage made readable (Ctrl+0): its lanes as rows, the text as large as fits.
        self.board = StageBoard(self.document, self.journey_id, lambda: self.scene.layout.lanes)
        self.board.cell_clicked.connect(self._board_clicked)
        self.board.zoom_requested.connect(lambda step: self.zoom_in() if step > 0 else self.zoom_out())
        self.board_area = QScrollArea()
        self.board_area.setObjectName("stageBoardArea")
        self.board_area.setWidget(self.board)
        self.board_area.setWidgetResizable(True)
        self.board_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.board_area.viewport().installEventFilter(self)  # (a new height: the board refits)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.board_area)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        middle.addWidget(self.stack, 1)
        middle.addWidget(self.room_tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.lock_banner)
        layout.addLayout(middle, 1)
        layout.addWidget(capture_bar)
        self._fill_participants()
        self._fill_agenda()
        self.minutes_spin.installEventFilter(self)
        self.document.changed.connect(self._room_changed)
        self._built = True
        self._participant_changed()

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presentation — Jornada"))
        pairs = (
            (self.previous_button, self.tr("Previous stage (Left)")),
            (self.next_button, self.tr("Next stage (Right)")),
            (self.timer_button, self.tr("Start or pause the countdown (Ctrl+T)")),
            (self.snapshot_button, self.tr("Keep a post-workshop snapshot now")),
            (self.exit_button, self.tr("Leave presentation mode (Esc)")),
        )
        for widget, text in pairs:
            widget.setToolTip(text)
            widget.setAccessibleName(text)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes for the activity"))
        self.minutes_spin.setToolTip(self.tr("Minutes for the activity (Enter applies them)"))
        self.timer_button.setToolTip(self.tr("Start or pause the countdown (Ctrl+T) · Ctrl+R resets it"))
        self.agenda_combo.setToolTip(self.tr("The step of the agenda the countdown is for (Ctrl+Shift+T: next step)"))
        self.agenda_combo.setAccessibleName(self.tr("Agenda step"))
        self.people_button.setToolTip(self.tr("Who is in the room (Ctrl+P)"))
        self.vote_button.setToolTip(self.tr("Dot voting (Ctrl+B)"))
        self.room_tabs.setTabText(0, self.tr("People"))
        self.room_tabs.setTabText(1, self.tr("Voting"))
        self.people_panel.retranslate()
        self.voting_panel.retranslate()
        self._fill_participants()
        self._fill_agenda()
        self.capture_field.setPlaceholderText(
            self.tr("Type a card and press Enter · Tab: next cell · ←/→: stage · ↑/↓: lane"))
        self.capture_field.setAccessibleName(self.tr("Quick capture: the text of a new card"))
        self.participant_combo.setAccessibleName(self.tr("Participant"))
        self.participant_combo.setToolTip(self.tr("Cards you capture carry this name and its colour."))
        self._update_lock()
        self._update_labels()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ---- stages and cells ------------------------------------------------------------------------
    def stage_ids(self) -> list[int]:
        """The stages shown, left to right."""
        return [s.id for s in self.scene.layout.stages]

    def lane_ids(self) -> list[int]:
        """The lanes shown, top to bottom."""
        return [ln.id for ln in self.scene.layout.lanes]

    def current_stage_id(self) -> int | None:
        """The highlighted stage."""
        ids = self.stage_ids()
        return ids[self.stage_index] if 0 <= self.stage_index < len(ids) else None

    def go_to_stage(self, index: int) -> None:
        """Highlight a stage (clamped to the journey's stages) and put the cell cursor in it."""
        ids = self.stage_ids()
        if not ids:
            self.stage_index = 0
            self.set_cell(None)
            self._update_highlight()
            return
        self.stage_index = max(0, min(index, len(ids) - 1))
        lane = self.cell[1] if self.cell is not None and self.cell[1] in self.lane_ids() else (
            self.lane_ids()[0] if self.lane_ids() else None)
        self.set_cell((ids[self.stage_index], lane) if lane is not None else None)
        self._update_highlight()
        self._reveal_stage()

    def next_stage(self) -> None:
        """Step to the stage on the right."""
        self.go_to_stage(self.stage_index + 1)

    def previous_stage(self) -> None:
        """Step to the stage on the left."""
        self.go_to_stage(self.stage_index - 1)

    def step_lane(self, delta: int) -> None:
        """Move the cell cursor up or down a lane within the current stage."""
        lanes = self.lane_ids()
        stage = self.current_stage_id()
        if not lanes or stage is None:
            return
        current = lanes.index(self.cell[1]) if self.cell is not None and self.cell[1] in lanes else 0
        self.set_cell((stage, lanes[max(0, min(len(lanes) - 1, current + delta))]))

    def step_cell(self, forward: bool = True) -> None:
        """Tab / Shift+Tab: the next or previous cell (down the lanes, then the next stage)."""
        cell = step_cell(self.stage_ids(), self.lane_ids(), self.cell, forward)
        if cell is None:
            return
        self.set_cell(cell)
        index = self.stage_ids().index(cell[0])
        if index != self.stage_index:
            self.stage_index = index
            self._update_highlight()
            self._reveal_stage()

    def set_cell(self, cell: Cell | None) -> None:
        """Focus a cell for quick capture."""
        self.cell = cell
        self.scene.clearSelection()
        self.scene.set_current_cell(cell)
        self._update_labels()
        self._update_board()
        if cell is not None:
            rect = self.scene.layout.cell_rect(cell)
            if rect is not None:
                self.view.ensureVisible(QRectF(*rect), 16, 16)

    def _update_labels(self) -> None:
        ws = self.document.ws
        ids = self.stage_ids()
        stage = ws.get("stages", self.current_stage_id())
        self.stage_changed.emit(stage.id if stage is not None else None)
        if stage is None:
            self.stage_label.setText(self.tr("No stages"))
        else:
            self.stage_label.setText(self.tr("%1 of %2 · %3").replace("%1", str(self.stage_index + 1))
                                     .replace("%2", str(len(ids))).replace("%3", stage.name))
        self.stage_label.setAccessibleName(self.stage_label.text())
        self.stage_label.setToolTip(self.stage_label.text())
        lane = ws.get("lanes", self.cell[1]) if self.cell else None
        self.cell_label.setText(f"{stage.name} › {lane.title}" if stage is not None and lane is not None else "")
        self.cell_label.setToolTip(self.cell_label.text())
        self.capture_field.setEnabled(self.cell is not None and not self.document.read_only)

    # ---- highlight -----------------------------------------------------------------------------
    def _update_highlight(self) -> None:
        layout = self.scene.layout
        for item in self.dims:
            self.scene.removeItem(item)
        self.dims = []
        dim = QColor(style.CANVAS_BG)
        dim.setAlpha(190)
        height = layout.height
        for index, stage in enumerate(layout.stages):
            x = layout.col_x[index]
            if index == self.stage_index:
                color = style.stage_color(index, stage.color)
                self.outline.setPen(QPen(color, 5))
                self.outline.setBrush(Qt.BrushStyle.NoBrush)
                self.outline.setRect(QRectF(x + 2.5, 2.5, style.COLUMN_W - 5, height - 5))
                continue
            item = QGraphicsRectItem(QRectF(x, 0, style.COLUMN_W, height))
            item.setBrush(QBrush(dim))
            item.setPen(Qt.PenStyle.NoPen)
            item.setZValue(Z_DIM)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene.addItem(item)
            self.dims.append(item)
        self.outline.setVisible(bool(layout.stages))
        self._update_labels()

    def is_dimmed(self, stage_id: int) -> bool:
        """Whether a stage's column is dimmed (every stage but the current one)."""
        return stage_id != self.current_stage_id()

    def _reveal_stage(self) -> None:
        index = self.stage_index
        layout = self.scene.layout
        if 0 <= index < len(layout.stages):
            rect = QRectF(layout.col_x[index], 0, style.COLUMN_W, min(layout.height, 400))
            self.view.ensureVisible(rect, 40, 0)

    def fit_stage(self) -> None:
        """The current stage, every lane of it, readable on the screen (Ctrl+0): the stage board
        with its text as large as fits (at least 16 px; beyond that the board scrolls)."""
        self.whole_map = False
        self.board.set_scale(1.0)
        self.stack.setCurrentWidget(self.board_area)
        self._update_board()

    def stage_shown(self) -> bool:
        """Whether the stage board (not the whole map) is shown."""
        return self.stack.currentWidget() is self.board_area

    def zoom_in(self) -> None:
        """Larger: the board's text, or the map (Ctrl++)."""
        if self.stage_shown():
            self.board.set_scale(self.board.scale * 1.15)
        else:
            self.view.zoom_in()

    def zoom_out(self) -> None:
        """Smaller: the board's text, or the map (Ctrl+-)."""
        if self.stage_shown():
            self.board.set_scale(self.board.scale / 1.15)
        else:
            self.view.zoom_out()

    def _update_board(self) -> None:
        if not hasattr(self, "board"):
            return
        self.board.fit_height(float(self.board_area.viewport().height()))
        self.board.show_stage(self.current_stage_id(), self.stage_index, self.cell[1] if self.cell else None)
        self._reveal_lane()

    def _reveal_lane(self, card_id: int | None = None) -> None:
        if not self.stage_shown():
            return
        rect = self.board.chip_rect(card_id) if card_id is not None else None
        if rect is None and self.cell is not None:
            rect = self.board.lane_rect(self.cell[1])
        if rect is not None:
            self.board_area.ensureVisible(int(rect.center().x()), int(rect.center().y()), 20,
                                          int(rect.height() / 2) + 12)

    def _board_clicked(self, stage_id: int, lane_id: int) -> None:
        self.set_cell((stage_id, lane_id))
        self.capture_field.setFocus()

    def toggle_fit(self) -> None:
        """Whole map or current stage (Shift+F5)."""
        if self.whole_map:
            self.fit_stage()
        else:
            self.fit_map()

    def fit_map(self) -> None:
        """Zoom so the map's width fills the screen (larger than 100 % on a big screen)."""
        self.whole_map = True
        self.stack.setCurrentWidget(self.view)
        rect = self.scene.export_rect()
        view = self.view.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        # The width fills the screen (stages read left to right); lanes below scroll into view with ↑/↓.
        factor = min(view.width() / rect.width(), 1.6) * 0.98
        self.view.set_zoom(max(0.35, factor))
        self.view.scroll_to_start()
        self._reveal_stage()

    def _layout_changed(self) -> None:
        if self.stage_index >= len(self.stage_ids()):
            self.stage_index = max(0, len(self.stage_ids()) - 1)
        if self.cell is not None and self.scene.layout.cell_rect(self.cell) is None:
            self.cell = None
            self.go_to_stage(self.stage_index)
        self._update_highlight()
        self._update_board()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Fit the map and put the keyboard in the capture field when shown."""
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_map)
        if not self._asked:  # the session starts by asking who is in the room (Esc skips)
            self._asked = True
            self.show_room(0, toggle=False)
            if self.document.read_only:
                self.capture_field.setFocus()
        elif not self.room_tabs.isVisible():
            self.capture_field.setFocus()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Refit on a new screen size (the map, or the stage board)."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        if self.stage_shown():
            self._update_board()
        else:
            self.fit_map()

    # ---- quick capture --------------------------------------------------------------------------
    def participant(self) -> str:
        """The name of the participant cards are captured for ('' for the facilitator)."""
        who = self.document.ws.get("participants", self.room.participant_id)
        return who.name if who is not None else ""

    def participant_color(self) -> str | None:
        """The colour of the current participant (None for the facilitator)."""
        who = self.document.ws.get("participants", self.room.participant_id)
        return who.color if who is not None else None

    def _fill_participants(self) -> None:
        combo = self.participant_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(swatch(None), self.tr("Facilitator (no name)"), None)
            for p in self.document.ws.participants(self.journey_id):
                combo.addItem(swatch(p.color), p.name, p.id)
            combo.setCurrentIndex(max(0, combo.findData(self.room.participant_id)))
        finally:
            combo.blockSignals(False)

    def _participant_picked(self, index: int) -> None:
        self.room.set_participant(self.participant_combo.itemData(index))
        self.capture_field.setFocus()

    def _participant_changed(self) -> None:
        self._fill_participants()
        name, color = self.participant(), self.participant_color()
        self.swatch.setPixmap(swatch(color, 22).pixmap(22, 22))
        self.swatch.setAccessibleName(self.tr("Colour of %1").replace("%1", name) if color else "")

    def _room_changed(self, change: ChangeSet) -> None:
        if change.touches("participants"):
            self._participant_changed()
        if change.touches("agenda_steps"):
            self._fill_agenda()

    # ---- the room panel ------------------------------------------------------------------------------
    def show_room(self, tab: int, toggle: bool = True) -> None:
        """Show the people (0) or the ballot (1) beside the map, with the keyboard in it; again hides it."""
        if toggle and self.room_tabs.isVisible() and self.room_tabs.currentIndex() == tab:
            self.hide_room()
            return
        self.room_tabs.setCurrentIndex(tab)
        self.room_tabs.show()
        if tab == 0:
            self.people_panel.name_field.setFocus()
        else:
            table = self.voting_panel.table
            table.setFocus()
            if not table.currentIndex().isValid() and self.voting_panel.model.rowCount():
                table.setCurrentIndex(self.voting_panel.model.index(0, 0))
        self._room_buttons()

    def hide_room(self) -> None:
        """Hide the side panel; the keyboard goes back to the capture box."""
        self.room_tabs.hide()
        self.capture_field.setFocus()
        self._room_buttons()

    def _room_buttons(self) -> None:
        shown = self.room_tabs.isVisible()
        self.people_button.setChecked(shown and self.room_tabs.currentIndex() == 0)
        self.vote_button.setChecked(shown and self.room_tabs.currentIndex() == 1)

    def capture(self, text: str | None = None) -> int | None:
        """Add a card with the typed text to the focused cell; return its id (None when nothing was added)."""
        text = (self.capture_field.text() if text is None else text).strip()
        if not text or self.cell is None or self.document.read_only or self.document.store.closed:
            return None
        ws = self.document.ws
        stage_id, lane_id = self.cell
        lane = ws.get("lanes", lane_id)
        if lane is None or ws.get("stages", stage_id) is None:  # (the cell went while typing)
            return None
        kind = v.DEFAULT_CARD_KIND_FOR_LANE.get(lane.kind if lane else "", "text")
        name = self.participant()
        fields = {"journey_id": self.journey_id, "stage_id": stage_id, "lane_id": lane_id, "kind": kind,
                  "title": text[:MAX_TITLE], "body": text if len(text) > MAX_TITLE else "",
                  "participant": name, "color": self.participant_color()}
        ops = insert_card_ops(ws, fields, None, utc_now())
        if not self.document.push(self.tr("Add card"), ops):
            return None
        card_id = ops[-1].id
        self.added_ids.append(card_id)
        self.capture_field.clear()
        item = self.scene.card_items.get(card_id)
        if item is not None:  # the room sees the card it just gave
            self.view.ensureVisible(item.sceneBoundingRect(), 24, 24)
        self._reveal_lane(card_id)
        self.status_label.setText(self.tr("%n card(s) added", "", len(self.added_ids)))
        return card_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keys of the capture field and clicks on the map's cells."""
        if not self.__dict__.get("_built"):  # (events while the window is being built)
            return False
        if watched is self.capture_field and event.type() == QEvent.Type.KeyPress:
            return self._capture_key(event)  # type: ignore[arg-type]
        if watched is self.board_area.viewport() and event.type() == QEvent.Type.Resize:
            self.board.fit_height(float(event.size().height()))  # type: ignore[attr-defined]
            return False
        if watched is self.minutes_spin and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
                self.minutes_spin.interpretText()
                self.capture_field.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self.capture_field.setFocus()
                return True
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
                and watched in (self.room_tabs, self.people_panel.name_field, self.people_panel.people,
                                self.voting_panel.table)):
            if watched is self.people_panel.name_field and self.people_panel.name_field.text():
                self.people_panel.name_field.clear()  # (a first Esc clears a half-typed name)
            elif not (watched is self.people_panel.people
                      and self.people_panel.people.state() == self.people_panel.people.State.EditingState):
                self.hide_room()
            return True
        if watched is self.view.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            point: QPointF = self.view.mapToScene(event.position().toPoint())  # type: ignore[attr-defined]
            cell = self.scene.layout.cell_at(point.x(), point.y())
            if cell is not None:
                self.set_cell(cell)
                index = self.stage_ids().index(cell[0])
                if index != self.stage_index:
                    self.stage_index = index
                    self._update_highlight()
            self.capture_field.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _capture_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        armed, self._escape_armed = self._escape_armed, False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_L, Qt.Key.Key_T):
            self.toggle_lock() if key == Qt.Key.Key_L else self.countdown.toggle()  # when no shortcut fired
            return True
        moves = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Down)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in moves or (alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)):
            self.capture()  # what is typed goes to the cell it was typed for, before moving on
        empty = not self.capture_field.text()
        if key == Qt.Key.Key_Tab:
            self.step_cell(True)
            return True
        if key == Qt.Key.Key_Backtab:
            self.step_cell(False)
            return True
        if key == Qt.Key.Key_Up:
            self.step_lane(-1)
            return True
        if key == Qt.Key.Key_Down:
            self.step_lane(1)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and (empty or event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.next_stage() if key == Qt.Key.Key_Right else self.previous_stage()
            return True
        if key == Qt.Key.Key_Escape:
            if empty:
                self.leave()
            elif armed:  # a second Esc in a row clears the text
                self.capture_field.clear()
                self.status_label.setText("")
            else:  # the first keeps it: a slip of the finger loses nothing
                self._escape_armed = True
                self.status_label.setText(self.tr("Esc again clears the text; Enter adds it"))
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows and Esc when the capture field does not have the focus."""
        if not self._capture_key(event):
            super().keyPressEvent(event)

    # ---- structure lock, timer, snapshot ----------------------------------------------------------
    def locked(self) -> bool:
        """Whether the journey's structure is locked."""
        return self.document.ws.structure_locked(self.journey_id)

    def toggle_lock(self) -> None:
        """Lock or unlock the structure (an undoable edit saved in the file)."""
        if self.document.read_only:
            return
        on = not self.locked()
        ops = update_ops(self.document.ws, "journeys", self.journey_id, {"structure_locked": int(on)}, utc_now())
        self.document.push(self.tr("Lock structure") if on else self.tr("Unlock structure"), ops)
        self._update_lock()

    def _update_lock(self) -> None:
        on = self.locked()
        self.lock_button.setChecked(on)
        self.lock_button.setIcon(icon("lock" if on else "unlock", BAR_INK))
        text = (self.tr("Structure locked: stages and lanes stay put (Ctrl+L to unlock)") if on
                else self.tr("Lock the structure (Ctrl+L)"))
        self.lock_button.setToolTip(text)
        self.lock_button.setAccessibleName(text)
        self.lock_banner.setText(self.tr("Structure locked: stages and lanes stay put; cards can still be added. "
                                         "Ctrl+L unlocks."))
        self.lock_banner.setVisible(on)

    def _timer_state(self, running: bool) -> None:
        self.timer_button.setChecked(running)
        self.timer_button.setCheckable(True)
        self.timer_button.setChecked(running)

    def _minutes_changed(self, minutes: int) -> None:
        if self.step_index < 0:  # (a step's minutes belong to the agenda, not to the preference)
            self.settings.timer_minutes = minutes
        self.countdown.reset(minutes)

    def reset_timer(self) -> None:
        """Back to the full time of the step (Ctrl+R), paused."""
        self.countdown.reset(self.minutes_spin.value())
        self.status_label.setText("")

    # ---- the agenda ----------------------------------------------------------------------------------
    def agenda(self) -> list:
        """The journey's agenda steps, in order."""
        return self.document.ws.agenda(self.journey_id)

    def _fill_agenda(self) -> None:
        steps = self.agenda()
        if self.step_index >= len(steps):
            self.step_index = -1
        combo = self.agenda_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("Free countdown"))
            for n, step in enumerate(steps):
                combo.addItem(self.tr("%1. %2 (%3 min)").replace("%1", str(n + 1)).replace("%2", step.title)
                              .replace("%3", str(step.minutes)))
            combo.setCurrentIndex(self.step_index + 1)
        finally:
            combo.blockSignals(False)
        combo.setVisible(bool(steps))

    def go_to_step(self, combo_index: int) -> None:
        """Set the countdown for an agenda step (0 in the list: a free countdown), paused."""
        steps = self.agenda()
        self.step_index = combo_index - 1 if 0 < combo_index <= len(steps) else -1
        minutes = steps[self.step_index].minutes if self.step_index >= 0 else self.settings.timer_minutes
        self.agenda_combo.setCurrentIndex(self.step_index + 1)
        self.minutes_spin.blockSignals(True)
        self.minutes_spin.setValue(minutes)
        self.minutes_spin.blockSignals(False)
        self.countdown.reset(minutes)
        if self.step_index >= 0:
            self.status_label.setText(self.tr("Next: %1, %2 min (Ctrl+T starts)")
                                      .replace("%1", steps[self.step_index].title).replace("%2", str(minutes)))
        self.capture_field.setFocus()

    def next_step(self) -> None:
        """The next step of the agenda (Ctrl+Shift+T)."""
        if self.agenda():
            self.go_to_step(self.step_index + 2 if self.step_index + 1 < len(self.agenda()) else 1)

    def _time_up(self) -> None:
        steps = self.agenda()
        if 0 <= self.step_index < len(steps):
            text = self.tr("Time is up: %1").replace("%1", steps[self.step_index].title)
            if self.step_index + 1 < len(steps):
                text += " · " + self.tr("Ctrl+Shift+T: %1").replace("%1", steps[self.step_index + 1].title)
        else:
            text = self.tr("Time is up")
        self.status_label.setText(text)
        self.message.emit(text)

    def take_snapshot(self) -> bool:
        """Keep a post-workshop version of the file (beside it, kept until deleted)."""
        from jornada_desktop.messages import error_text
        from jornada_desktop.store import snapshots
        from jornada_desktop.store.errors import StoreError

        if self.document.read_only:
            return False
        try:
            snapshots.save_version(self.document.store, label=self.tr("Post-workshop"), kind=snapshots.MANUAL)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Snapshot"), error_text(exc) if isinstance(exc, StoreError) else str(exc))
            return False
        self.snapshot_taken = True
        self.status_label.setText(self.tr("Post-workshop snapshot kept"))
        self.message.emit(self.status_label.text())
        return True

    def _ask_snapshot(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("End of the workshop"),
            self.tr("%n card(s) were added. Keep a post-workshop snapshot of the map?", "", len(self.added_ids)))
        return answer == QMessageBox.StandardButton.Yes

    def leave(self) -> None:
        """End presentation mode (offering a snapshot when cards were added)."""
        self.countdown.pause()
        self.capture()  # (text left in the box is a card, not lost)
        if self.added_ids and not self.snapshot_taken and not self.document.read_only and self.ask_snapshot():
            self.take_snapshot()
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Keep what is typed, stop following the document and say so."""
        self.capture()
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.changed.disconnect(self._document_changed)
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.changed.disconnect(self._room_changed)
        self.people_panel.disconnect_document()
        self.voting_panel.disconnect_document()
        self.countdown.pause()
        super().closeEvent(event)
        self.closed.emit()

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches("journeys"):
            if self.document.ws.get("journeys", self.journey_id) is None:
                self.close()
                return
            self._update_lock()
        if change.touches("stages", "lanes"):
            self._update_labels()
        if change.touches("cards", "metrics", "stages", "lanes"):
            self.board.relayout()

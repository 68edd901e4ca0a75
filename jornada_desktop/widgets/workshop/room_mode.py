"""Workshop ▸ Room…: participants join from their phones. The facilitator picks an address, starts
the room, shows the QR code on the projector, moderates what arrives and reveals everyone's.

The window holds one `RoomHost` (jornada_desktop.room.host); nothing of the web server loads
until a room is started.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.model import room as model
from jornada_desktop.model import vocabulary as v
from jornada_desktop.widgets.workshop.room import swatch


class QrCode(QWidget):
    """A QR code drawn module by module (crisp at any size), with its quiet zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: tuple = ()
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code of the room's address"))

    def set_text(self, text: str) -> None:
        if text:
            import segno  # loaded with the room, not at start-up

            self._matrix = tuple(tuple(row) for row in segno.make(text, error="m", micro=False).matrix)
        else:
            self._matrix = ()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, 240)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(self.rect(), self.palette().window())
        if not self._matrix:
            return
        n = len(self._matrix) + 8  # four modules of quiet zone on each side
        module = side / n
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + (x + 4) * module, top + (y + 4) * module, module + 0.3, module + 0.3))


class JoinScreen(QWidget):
    """The room's address for the projector: the QR code as large as fits, the address under it."""

    closed = Signal()

    def __init__(self, url: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Join the workshop"))
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Join “%1” from your phone").replace("%1", title))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        self.qr = QrCode()
        self.qr.set_text(url)
        address = QLabel(url)
        address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Same Wi-Fi as this computer · no app, no account · Esc closes this screen"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        for label, size in ((heading, 30), (address, 26), (hint, 16)):
            font = QFont(label.font())
            font.setPointSize(size)
            label.setFont(font)
        address.setObjectName("roomAddress")
        layout.addWidget(heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(address)
        layout.addWidget(hint)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.closed.emit()
        super().closeEvent(event)


class RoomWindow(QDialog):
    """The facilitator's room: start and stop, the address and QR code, the inbox, the people."""

    message = Signal(str)

    def __init__(self, document: Any, journey_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from jornada_desktop.room.host import DEFAULT_PORT, RoomHost, lan_addresses

        self.setWindowTitle(self.tr("Room"))
        self.setModal(False)
        self.document = document
        self.journey_id = journey_id
        self.lang = "pt_BR"
        self.host = RoomHost(document, journey_id, self)
        self.host.status_changed.connect(self.refresh)
        self.host.failed.connect(self._failed)
        self.join_screen: JoinScreen | None = None

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Participants join from their phones on this computer's network: no internet, "
                               "no app, no account. Everything they send is saved in this file at once."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        setup = QGroupBox(self.tr("Room"))
        form = QFormLayout(setup)
        self.address_combo = QComboBox()
        self.address_combo.addItems(lan_addresses())
        self.address_combo.setToolTip(self.tr("The network the phones are on. Only this address listens."))
        form.addRow(self.tr("&Address:"), self.address_combo)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        form.addRow(self.tr("&Port:"), self.port_spin)
        room = self.host.room()
        self.moderated_check = QCheckBox(self.tr("&Moderate: contributions wait for me to accept them"))
        self.moderated_check.setChecked(bool(room and room.moderated))
        self.moderated_check.toggled.connect(lambda on: self._setting("moderated", on))
        self.silent_check = QCheckBox(self.tr("&Silent brainstorming: phones see only their own until I reveal"))
        self.silent_check.setChecked(bool(room and room.silent))
        self.silent_check.toggled.connect(lambda on: self._setting("silent", on))
        form.addRow(self.moderated_check)
        form.addRow(self.silent_check)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("S&tart room"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.toggle)
        self.project_button = QPushButton(self.tr("Show on the pro&jector"))
        self.project_button.clicked.connect(self.show_join_screen)
        self.reveal_button = QPushButton(self.tr("&Reveal everyone's"))
        self.reveal_button.clicked.connect(lambda: self._setting("revealed", True))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.project_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(setup)

        live = QHBoxLayout()
        self.qr = QrCode()
        self.qr.setMinimumSize(180, 180)
        live.addWidget(self.qr, 1)
        right = QVBoxLayout()
        self.url_label = QLabel()
        self.url_label.setObjectName("roomUrl")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        font = QFont(self.url_label.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.url_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        right.addWidget(self.url_label)
        right.addWidget(self.status_label)
        right.addWidget(QLabel(self.tr("Waiting for you (moderation):")))
        self.inbox = QListWidget()
        self.inbox.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.inbox.setAccessibleName(self.tr("Contributions waiting"))
        right.addWidget(self.inbox, 1)
        inbox_buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Acc&ept"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self.tr("Tur&n down"))
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button = QPushButton(self.tr("Accept a&ll"))
        self.accept_all_button.clicked.connect(self.accept_all)
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            inbox_buttons.addWidget(b)
        right.addLayout(inbox_buttons)
        right.addWidget(QLabel(self.tr("People who joined:")))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People who joined"))
        right.addWidget(self.people, 1)
        self.remove_button = QPushButton(self.tr("Remo&ve from the room"))
        self.remove_button.clicked.connect(self.remove_selected)
        right.addWidget(self.remove_button)
        live.addLayout(right, 2)
        layout.addLayout(live, 1)
        self.inbox.itemSelectionChanged.connect(self.refresh_buttons)
        self.people.itemSelectionChanged.connect(self.refresh_buttons)
        document.changed.connect(self._changed)
        self.resize(760, 620)
        self.refresh()

    # ---- starting, stopping, the projector ---------------------------------------------------------
    def toggle(self) -> None:
        if self.host.running:
            self.host.stop()
            self.message.emit(self.tr("The room is closed; everything sent is in the file."))
        elif self.host.start(self.address_combo.currentText(), self.port_spin.value()):
            self.message.emit(self.tr("The room is open at %1").replace("%1", self.host.url))
        self.refresh()

    def show_join_screen(self) -> None:
        if not self.host.running:
            return
        journey = self.document.ws.get("journeys", self.journey_id)
        if self.join_screen is not None:
            self.join_screen.close()
        self.join_screen = JoinScreen(self.host.url, journey.title if journey else "")
        self.join_screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.join_screen.closed.connect(lambda: setattr(self, "join_screen", None))
        screens = QGuiApplication.screens()
        target = screens[-1] if screens else None  # a second screen is usually the projector
        if target is not None:
            self.join_screen.setGeometry(target.geometry())
        self.join_screen.showFullScreen()

    def _failed(self, text: str) -> None:
        self.status_label.setText(text)
        self.message.emit(text)
        self.refresh()

    def _setting(self, name: str, on: bool) -> None:
        room = self.host.room()
        if room is not None and bool(getattr(room, name)) == on:
            return
        if room is None and not on:
            return
        self.host.set_setting(name, on)
        self.refresh()

    def _changed(self, change: Any) -> None:
        if change.touches("contributions", "participants", "rooms", "stages"):
            self.refresh()

    # ---- moderation and people -----------------------------------------------------------------------
    def _selected(self, widget: QListWidget) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in widget.selectedItems()]

    def accept_selected(self) -> None:
        if self.host.accept(self._selected(self.inbox)):
            self.refresh()

    def reject_selected(self) -> None:
        for cid in self._selected(self.inbox):
            self.host.reject(cid)
        self.refresh()

    def accept_all(self) -> None:
        if self.host.accept([c.id for c in model.pending(self.document.ws, self.journey_id)]):
            self.refresh()

    def remove_selected(self) -> None:
        for pid in self._selected(self.people):
            self.host.remove_participant(pid)
        self.refresh()

    # ---- showing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.document.ws
        running = self.host.running
        self.start_button.setText(self.tr("S&top room") if running else self.tr("S&tart room"))
        self.address_combo.setEnabled(not running)
        self.port_spin.setEnabled(not running)
        self.url_label.setText(self.host.url if running else self.tr("The room is closed."))
        self.qr.set_text(self.host.url if running else "")
        self.qr.setVisible(running)
        stages = {s.id: s.name for s in ws.stages(self.journey_id)}
        people = [p for p in ws.participants(self.journey_id) if p.secret]
        waiting = model.pending(ws, self.journey_id)
        if running:
            sent = sum(1 for c in ws.contributions(self.journey_id) if c.action == "card")
            self.status_label.setText(" · ".join((self.tr("%n joined", "", len(people)),
                                                  self.tr("%n waiting", "", len(waiting)),
                                                  self.tr("%n sent in all", "", sent))))
        names = {p.id: p.name for p in ws.participants(self.journey_id)}
        keep = set(self._selected(self.inbox))
        self.inbox.clear()
        colors = {p.id: p.color for p in ws.participants(self.journey_id)}
        for c in waiting:
            kind = v.label(v.CARD_KINDS, c.kind, self.lang)
            item = QListWidgetItem(swatch(colors.get(c.participant_id)),
                                   f"{names.get(c.participant_id, '?')} · {stages.get(c.stage_id, '')} · {kind}: {c.text}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.inbox.addItem(item)
            item.setSelected(c.id in keep)
        keep = set(self._selected(self.people))
        self.people.clear()
        for p in people:
            item = QListWidgetItem(swatch(p.color), p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(item)
            item.setSelected(p.id in keep)
        room = self.host.room()
        self.reveal_button.setVisible(bool(room and room.silent))
        self.reveal_button.setEnabled(bool(room and room.silent and not room.revealed))
        self.project_button.setEnabled(running)
        self.refresh_buttons()

    def refresh_buttons(self) -> None:
        self.accept_button.setEnabled(bool(self.inbox.selectedItems()))
        self.reject_button.setEnabled(bool(self.inbox.selectedItems()))
        self.accept_all_button.setEnabled(self.inbox.count() > 0)
        self.remove_button.setEnabled(bool(self.people.selectedItems()))

    def shutdown(self) -> None:
        """Close the room (the file is closing or the window going)."""
        self.host.stop()
        if self.join_screen is not None:
            self.join_screen.close()

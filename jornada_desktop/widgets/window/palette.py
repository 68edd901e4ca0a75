"""The palette of card kinds: drag one onto the canvas, or press Enter to add it to the current cell."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from jornada_desktop.canvas.mime import PALETTE_MIME
from jornada_desktop.canvas.painting import kind_icon
from jornada_desktop.model import vocabulary as v

KINDS = ("touchpoint", "action", "pain_point", "opportunity", "note", "text")


class CardPalette(QListWidget):
    """A list of the card kinds that can be dragged (mime type PALETTE_MIME) or activated."""

    kind_activated = Signal(str)

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPalette")
        self.setAccessibleName(self.tr("Card palette"))
        self.setToolTip(self.tr("Drag a kind onto the map, or press Enter to add it to the current cell"))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setIconSize(QSize(26, 26))
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        for kind in KINDS:
            item = QListWidgetItem(kind_icon(kind, 26), v.label(v.CARD_KINDS, kind, lang))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setSizeHint(QSize(150, 34))
            self.addItem(item)
        self.itemActivated.connect(lambda item: self.kind_activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.setMaximumHeight(self.sizeHintForRow(0) * len(KINDS) + 16 + 4 * len(KINDS))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        """The palette's drag format."""
        return [PALETTE_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        """The dragged kind as mime data."""
        mime = QMimeData()
        if items:
            mime.setData(PALETTE_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        """Kinds are copied, never moved out of the palette."""
        return Qt.DropAction.CopyAction

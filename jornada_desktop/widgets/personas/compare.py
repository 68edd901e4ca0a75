"""Compare two curves side by side: persona A against persona B, or as-is against to-be.

Two pickers choose the curves (everyone or a persona of the journey, as-is or to-be); a chart draws
both over the touchpoints in reading order; a table lists the touchpoints rated on both, biggest
gap first. A double-click (or Enter) on a row shows the card on the map. The chart saves as PNG and
the table as a workbook sheet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.canvas import style
from jornada_desktop.editing.document import Document
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.curves import AS_IS_COLOR, TO_BE_COLOR, curve_personas, journey_persona_colors
from jornada_desktop.model.ratings import Gap, compare, marks, touchpoints_in_order

Choice = tuple[int | None, str]  # (persona id or None for everyone, scenario)


def _key(choice: Choice) -> str:
    """A choice as a combo box's data ("12:to_be", ":as_is"): Qt keeps strings as they are."""
    return f"{'' if choice[0] is None else choice[0]}:{choice[1]}"


def _choice(key: str) -> Choice:
    persona, scenario = key.split(":")
    return (int(persona) if persona else None, scenario)


class CompareChart(QWidget):
    """Two curves over the touchpoints in reading order (B dashed), emotion levels −2..+2."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(520, 220)
        self.order: list[int] = []  # card ids in reading order
        self.curves: list[tuple[str, QColor, bool, dict[int, int]]] = []  # label, colour, dashed, card -> value

    def set_curves(self, order: list[int], curves: list[tuple[str, QColor, bool, dict[int, int]]]) -> None:
        """What to draw."""
        self.order, self.curves = order, curves
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Levels, then each curve with a dot per rated touchpoint, then a legend under the plot."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        legend_h = 22.0
        painter.setFont(style.font("small"))
        labels = {value: f"{v.emotion_label(value, style.ui_lang())} {value:+d}" for value in range(-2, 3)}
        left = max(painter.fontMetrics().horizontalAdvance(t) for t in labels.values()) + 14.0
        plot = QRectF(left, 14, max(10.0, self.width() - left - 20), max(10.0, self.height() - 40 - legend_h))
        for value in range(-2, 3):
            y = plot.bottom() - (value + 2) / 4 * plot.height()
            painter.setPen(QPen(style.GRID_LINE, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(style.INK_SOFT)
            painter.drawText(QRectF(0, y - 9, plot.left() - 6, 18),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), labels[value])
        count = max(1, len(self.order))
        x_of = {cid: plot.left() + (n + 0.5) * plot.width() / count for n, cid in enumerate(self.order)}
        for _label, color, dashed, values in self.curves:
            points = [QPointF(x_of[c], plot.bottom() - (values[c] + 2) / 4 * plot.height())
                      for c in self.order if c in values]
            if not points:
                continue
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setPen(QPen(color, 2.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(color)
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            for p in points:
                painter.drawEllipse(p, 4.5, 4.5)
        x = plot.left()
        y = self.height() - legend_h + 4
        for label, color, dashed, _values in self.curves:  # the legend sits under the plot: it covers nothing
            painter.setPen(QPen(color, 2.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(x, y + 7), QPointF(x + 26, y + 7))
            painter.setPen(style.INK)
            painter.drawText(QPointF(x + 32, y + 11), label)
            x += 60 + painter.fontMetrics().horizontalAdvance(label)
        painter.end()


class GapTable(QTableWidget):
    """The gaps; Enter on a row asks for its card."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter shows the card of the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class CompareDialog(QDialog):
    """Two curves of a journey side by side and where they differ most."""

    card_requested = Signal(int)

    def __init__(self, document: Document, journey_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.journey_id = document, journey_id
        self.setWindowTitle(self.tr("Compare curves"))
        self.resize(760, 620)
        self.first, self.second = QComboBox(), QComboBox()
        for combo in (self.first, self.second):
            self._fill(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.first.setAccessibleName(self.tr("First curve"))
        self.second.setAccessibleName(self.tr("Second curve"))
        self._preselect()
        self.chart = CompareChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = GapTable(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Touchpoint"), self.tr("Stage"), "A", "B", self.tr("Gap")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(lambda row, _col: self._show_row(row))
        self.table.activated_row.connect(self._show_row)
        self.png_button = QPushButton(self.tr("Save chart as PNG…"))
        self.png_button.clicked.connect(lambda: self.save_png())
        self.sheet_button = QPushButton(self.tr("Save table as a workbook…"))
        self.sheet_button.clicked.connect(lambda: self.save_sheet())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("A:")))
        pick.addWidget(self.first, 1)
        pick.addWidget(QLabel(self.tr("B:")))
        pick.addWidget(self.second, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        self.gaps: list[Gap] = []
        self.refresh()

    # ---- choices ----
    def _fill(self, combo: QComboBox) -> None:
        ws = self.document.ws
        options: list[tuple[str, Choice]] = [(self.tr("Everyone, as-is"), (None, "as_is")),
                                             (self.tr("Everyone, to-be"), (None, "to_be"))]
        for p in curve_personas(ws, self.journey_id):
            options += [(self.tr("%1, as-is").replace("%1", p.name), (p.id, "as_is")),
                        (self.tr("%1, to-be").replace("%1", p.name), (p.id, "to_be"))]
        for text, data in options:
            combo.addItem(text, _key(data))

    def _preselect(self) -> None:
        """Two personas when there are, else as-is against to-be."""
        personas = [self.first.itemData(i) for i in range(self.first.count())
                    if not self.first.itemData(i).startswith(":") and self.first.itemData(i).endswith(":as_is")]
        if len(personas) >= 2:
            self.first.setCurrentIndex(self.first.findData(personas[0]))
            self.second.setCurrentIndex(self.second.findData(personas[1]))
        else:
            self.second.setCurrentIndex(1)

    def choose(self, first: Choice, second: Choice) -> None:
        """Pick the two curves."""
        self.first.setCurrentIndex(max(0, self.first.findData(_key(first))))
        self.second.setCurrentIndex(max(0, self.second.findData(_key(second))))

    def _color(self, choice: Choice) -> QColor:
        persona_id, scenario = choice
        if persona_id is None:
            return QColor(AS_IS_COLOR if scenario == "as_is" else TO_BE_COLOR)
        colors = journey_persona_colors(self.document.ws, self.journey_id)
        persona = self.document.ws.get("personas", persona_id)
        return QColor(colors.get(persona_id, persona.color if persona else "#4C78A8"))

    # ---- showing ----
    def refresh(self) -> None:
        """Redraw the chart and the table for the two curves chosen."""
        if not hasattr(self, "table"):
            return
        ws = self.document.ws
        a, b = _choice(self.first.currentData()), _choice(self.second.currentData())
        order = [c.id for c, _, _ in touchpoints_in_order(ws, self.journey_id)]
        curves = []
        for combo, choice, dashed in ((self.first, a, False), (self.second, b, True)):  # B dashed: not colour alone
            values = {m.card_id: m.value for m in marks(ws, self.journey_id, *choice)}
            curves.append((combo.currentText(), self._color(choice), dashed, values))
        self.chart.set_curves(order, curves)
        self.gaps = compare(ws, self.journey_id, a, b)
        stage_of = {s.id: s.name for s in ws.stages(self.journey_id)}
        self.table.setRowCount(len(self.gaps))
        for row, gap in enumerate(self.gaps):
            card = ws.get("cards", gap.card_id)
            cells = [gap.title, stage_of.get(card.stage_id, ""), f"{gap.a:+d}", f"{gap.b:+d}", f"{gap.b - gap.a:+d}"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, gap.card_id)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        differ = sum(1 for g in self.gaps if g.size)
        self.summary.setText(self.tr("%n touchpoint(s) rated on both; the biggest gaps first.", "", len(self.gaps))
                             + (" " + self.tr("They differ on %1.").replace("%1", str(differ)) if self.gaps else ""))
        for button in (self.png_button, self.sheet_button):
            button.setEnabled(bool(self.gaps))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.gaps):
            self.card_requested.emit(self.gaps[row].card_id)

    # ---- saving ----
    def save_png(self, path: str | Path | None = None) -> Path | None:
        """The chart as a PNG image (asks where when no path is given)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "comparison.png",
                                                  self.tr("PNG image (*.png)"))
            if not path:
                return None
        target = Path(path)
        if not self.chart.grab().save(str(target), "PNG"):
            QMessageBox.warning(self, self.tr("Save chart"),
                                self.tr("“%1” could not be written.").replace("%1", target.name))
            return None
        return target

    def save_sheet(self, path: str | Path | None = None) -> Path | None:
        """The table as a workbook (.xlsx) with one sheet (asks where when no path is given)."""
        from openpyxl import Workbook

        from jornada_desktop.exports.excel import Cells, save_workbook

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save table"), "comparison.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        target = Path(path)
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.title = self.tr("Comparison")[:31]
        sheet.freeze_panes = "A2"  # (a write-only sheet takes its set-up before its rows)
        sheet.column_dimensions["A"].width = 48
        cells = Cells(sheet, "en")  # every text a text cell: a name starting with "=" is never a formula
        sheet.append(cells.row([self.tr("Touchpoint"), self.tr("Stage"), self.first.currentText(),
                                self.second.currentText(), self.tr("Gap")]))
        for row in range(self.table.rowCount()):
            gap = self.gaps[row]
            sheet.append(cells.row([gap.title, self.table.item(row, 1).text(), gap.a, gap.b, gap.b - gap.a]))
        temp = target.with_name(f".{target.name}.tmp")
        try:
            save_workbook(book, temp)
            temp.replace(target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Save table"), self.tr("“%1” could not be written (%2).")
                                .replace("%1", target.name).replace("%2", exc.strerror or str(exc)))
            return None
        return target


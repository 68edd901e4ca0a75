"""Import survey results: the first rows of the file, the columns guessed (and changed by the
person), what will be computed, then one undoable import with a version of the file kept first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.survey_import import import_survey, read_rows
from jornada_desktop.messages import error_text
from jornada_desktop.model import survey

PREVIEW_ROWS = 8


class SurveyDialog(QDialog):
    """Preview, map the columns, see what will be computed, import."""

    def __init__(self, document: Document, journey_id: int, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.journey_id, self.path = document, journey_id, Path(path)
        self.setWindowTitle(self.tr("Import survey results"))
        self.resize(720, 560)
        self.rows = read_rows(self.path)  # raises ExportError with a sentence
        headers = self.rows[0] if self.rows else []
        self.preview = QTableWidget(min(PREVIEW_ROWS, max(0, len(self.rows) - 1)), len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(self.rows[1:PREVIEW_ROWS + 1]):
            for c, text in enumerate(row[:len(headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.kind = QComboBox()
        for code, text in (("nps", self.tr("NPS (0–10)")), ("csat", self.tr("CSAT (1–5)")), ("ces", self.tr("CES (1–7)"))):
            self.kind.addItem(text, code)
        self.kind.currentIndexChanged.connect(lambda _i: self.update_summary())
        guessed = survey.guess_columns(headers)
        self.columns: dict[str, QComboBox] = {}
        names = {"score": self.tr("Score"), "date": self.tr("Date"), "stage": self.tr("Stage"),
                 "touchpoint": self.tr("Touchpoint"), "persona": self.tr("Persona"), "comment": self.tr("Comment")}
        form = QFormLayout()
        form.addRow(self.tr("Survey"), self.kind)
        for name in survey.FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), -1)
            for n, header in enumerate(headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(n + 1)), n)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(name, -1))))
            combo.currentIndexChanged.connect(lambda _i: self.update_summary())
            combo.setAccessibleName(names[name])
            self.columns[name] = combo
            form.addRow(names[name], combo)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The first rows of “%1”:").replace("%1", self.path.name)))
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.result_text = ""
        self.update_summary()

    def mapping(self) -> dict[str, int]:
        """The columns chosen for each field."""
        return {name: combo.currentData() for name, combo in self.columns.items() if combo.currentData() >= 0}

    def update_summary(self) -> None:
        """What the import will compute, and the rows it will leave out."""
        kind = self.kind.currentData()
        reading = survey.read_answers(self.rows, kind, self.mapping())
        figures = survey.figures(reading.answers, kind)
        text = self.tr("%n answer(s) will count", "", len(reading.answers))
        text += "; " + self.tr("%n value(s) computed (per stage, touchpoint and month)", "", len(figures))
        if reading.problems:
            text += ". " + self.tr("%n row(s) left out, first: row %1, %2", "", len(reading.problems)) \
                .replace("%1", str(reading.problems[0][0])).replace("%2", reading.problems[0][1])
        self.summary.setText(text + ".")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(reading.answers))

    def run_import(self) -> None:
        """Import (one undoable step); the summary says what was done, or why not."""
        try:
            result = import_survey(self.document, self.journey_id, self.path, self.kind.currentData(), self.mapping())
        except ExportError as exc:
            self.summary.setText(error_text(exc))
            return
        self.result_text = self.tr("%n measurement(s) added from “%1”.", "", result.measurements) \
            .replace("%1", self.path.name)
        self.accept()

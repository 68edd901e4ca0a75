"""Import survey results: the first rows of the file, the columns guessed (and changed by the
person), what will be computed and how many quotes will come in, then one undoable import with a
version of the file kept first. The file is read again as it is imported, one row at a time, under
a progress dialog with Cancel (a cancelled import changes nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jornada_desktop.editing.document import Document
from jornada_desktop.exports.errors import ExportError
from jornada_desktop.exports.survey_import import import_survey, read_rows
from jornada_desktop.messages import error_text, sentence_text
from jornada_desktop.model import survey
from jornada_desktop.model.quotes import Places

PREVIEW_ROWS = 8
SAMPLE_ROWS = 5_000  # rows read to say what will be computed (a longer file is read when imported)


class SurveyDialog(QDialog):
    """Preview, map the columns, see what will be computed, import."""

    def __init__(self, document: Document, journey_id: int, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.journey_id, self.path = document, journey_id, Path(path)
        self.setWindowTitle(self.tr("Import survey results"))
        self.resize(720, 560)
        self.rows = read_rows(self.path, SAMPLE_ROWS + 2)  # raises ExportError with a sentence
        self.sampled = len(self.rows) > SAMPLE_ROWS + 1  # the file goes on past the rows read
        del self.rows[SAMPLE_ROWS + 1:]
        self.progress: QProgressDialog | None = None
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
        places = Places(self.document.ws, self.journey_id)  # (counted where the import will count them)
        reading = survey.read_answers(self.rows, kind, self.mapping(), keep=False, place=places.names)
        text = self.tr("In the first %1 rows: ").replace("%1", QLocale().toString(SAMPLE_ROWS)) \
            if self.sampled else ""
        text += self.tr("%n answer(s) will count", "", reading.counted)
        text += "; " + self.tr("%n value(s) computed (per stage, touchpoint and month)", "",
                               len(reading.tallies))
        if "comment" in self.mapping():
            text += "; " + self.tr("%n quote(s) will come in from the comments", "", len(reading.comments))
        if reading.problems:
            text += ". " + self.tr("%n row(s) reported, first: row %1, %2", "", reading.problem_count) \
                .replace("%1", QLocale().toString(reading.problems[0][0])) \
                .replace("%2", sentence_text(reading.problems[0][1]))
        self.summary.setText(text + ".")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(reading.counted))

    def run_import(self) -> None:
        """Import (one undoable step); the summary says what was done, or why not."""
        progress = self.progress = QProgressDialog(self.tr("Reading “%1”…").replace("%1", self.path.name),
                                                   self.tr("Cancel"), 0, 1000, self)
        progress.setWindowTitle(self.tr("Import survey results"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)

        def follow(fraction: float) -> None:
            progress.setValue(min(999, int(fraction * 1000)))
            QCoreApplication.processEvents()
            if progress.wasCanceled():
                raise survey.Cancelled

        try:
            result = import_survey(self.document, self.journey_id, self.path, self.kind.currentData(),
                                   self.mapping(), progress=follow)
        except survey.Cancelled:
            self.summary.setText(self.tr("The import was cancelled; nothing was changed."))
            return
        except ExportError as exc:
            self.summary.setText(error_text(exc))
            return
        finally:
            progress.close()
            progress.deleteLater()
            self.progress = None
        self.result_text = self.tr("%n measurement(s) added from “%1”.", "", result.measurements) \
            .replace("%1", self.path.name)
        if result.quotes:
            self.result_text += " " + self.tr("%n quote(s) added.", "", result.quotes)
        self.accept()

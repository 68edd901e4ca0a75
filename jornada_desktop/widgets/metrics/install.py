"""Puts the metrics panel into the main window and the metric chips into the canvas's metrics lanes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from jornada_desktop.canvas.metrics_lane import MetricsLane
from jornada_desktop.widgets.window.hooks import WindowHooks

if TYPE_CHECKING:
    from jornada_desktop.widgets.metrics.panel import MetricsPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Metrics", text)


class MetricsHooks(WindowHooks):
    """The metrics dock (a tab beside the backlog's, see MainWindow.add_dock) and the metrics lane
    of each scene."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.panel: MetricsPanel | None = None  # built when its tab is first shown
        self.dock = window.add_lazy_dock(_tr("Metrics"), self._build_panel, "metricsDock",
                                         Qt.DockWidgetArea.BottomDockWidgetArea)
        self.survey_action = QAction(_tr("Import survey res&ults…"), window)
        self.survey_action.setObjectName("action_import_survey")
        self.survey_action.setToolTip(_tr("NPS, CSAT or CES answers from a CSV or Excel file become the metrics' "
                                          "measurements per stage and month"))
        self.survey_action.triggered.connect(lambda _c=False: self.import_survey())
        window.addAction(self.survey_action)
        window.actions_by_name.setdefault("import_survey", self.survey_action)
        file_menu = getattr(window, "menus", {}).get("file")
        if file_menu is not None:
            quit_action = window.actions_by_name.get("quit")
            file_menu.insertAction(quit_action if quit_action in file_menu.actions() else None, self.survey_action)
        self.follow_window()

    def import_survey(self, path: str | None = None) -> Any:
        """Ask for a survey file, then preview, map and import it into the journey shown."""
        from PySide6.QtWidgets import QFileDialog

        from jornada_desktop.exports.errors import ExportError
        from jornada_desktop.messages import error_text
        from jornada_desktop.widgets.metrics.survey_dialog import SurveyDialog

        document, journey = self.window.document, self.window.current_journey
        if document is None or journey is None or document.read_only:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, _tr("Import survey results"), "",
                                                  _tr("Survey answers (*.csv *.xlsx *.txt)"))
            if not path:
                return None
        try:
            dialog = SurveyDialog(document, journey, path, self.window)
        except ExportError as exc:
            self.window.show_error(error_text(exc))
            return None
        dialog.accepted.connect(lambda: self.window.statusBar().showMessage(dialog.result_text, 8000))
        dialog.open()
        return dialog

    def _build_panel(self) -> MetricsPanel:
        from jornada_desktop.widgets.metrics.panel import MetricsPanel

        self.panel = MetricsPanel()
        self._bind()
        return self.panel

    def _bind(self) -> None:
        document = self.window.document
        self.survey_action.setEnabled(document is not None and not document.read_only
                                      and self.window.current_journey is not None)
        if self.panel is not None:
            self.panel.set_journey(self.window.document, self.window.current_journey)

    def _scene_changed(self, scene: Any) -> None:
        if scene is not None:
            scene.metrics_lane = MetricsLane(scene)


def install_metrics(window: Any) -> MetricsHooks:
    """Add the metrics dock and the metrics lane chips to a main window."""
    hooks = MetricsHooks(window)
    window.metrics_hooks = hooks
    return hooks

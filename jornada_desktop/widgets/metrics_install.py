"""Puts the metrics panel into the main window and the metric chips into the canvas's metrics lanes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from jornada_desktop.canvas.metrics_lane import MetricsLane
from jornada_desktop.widgets.metrics_panel import MetricsPanel
from jornada_desktop.widgets.window_hooks import WindowHooks


def _tr(text: str) -> str:
    return QCoreApplication.translate("Metrics", text)


class MetricsHooks(WindowHooks):
    """The metrics dock (a tab beside the backlog's, see MainWindow.add_dock) and the metrics lane
    of each scene."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.panel = MetricsPanel()
        self.dock = window.add_dock(_tr("Metrics"), self.panel, "metricsDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.follow_window()

    def _bind(self) -> None:
        self.panel.set_journey(self.window.document, self.window.current_journey)

    def _scene_changed(self, scene: Any) -> None:
        if scene is not None:
            scene.metrics_lane = MetricsLane(scene)


def install_metrics(window: Any) -> MetricsHooks:
    """Add the metrics dock and the metrics lane chips to a main window."""
    hooks = MetricsHooks(window)
    window.metrics_hooks = hooks
    return hooks

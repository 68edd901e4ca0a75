"""Puts the metrics panel into the main window and the metric chips into the canvas's metrics lanes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

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
        self.follow_window()

    def _build_panel(self) -> MetricsPanel:
        from jornada_desktop.widgets.metrics.panel import MetricsPanel

        self.panel = MetricsPanel()
        self._bind()
        return self.panel

    def _bind(self) -> None:
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

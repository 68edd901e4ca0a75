"""Puts the metrics panel into the main window and the metric chips into the canvas's metrics lanes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from jornada_desktop.canvas.metrics_lane import MetricsLane
from jornada_desktop.widgets.metrics_panel import MetricsPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Metrics", text)


class MetricsHooks(QObject):
    """The metrics dock and the metrics lane of each scene."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel = MetricsPanel()
        self.dock = window.add_dock(_tr("Metrics"), self.panel, "metricsDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        backlog = getattr(window, "backlog_hooks", None)
        if backlog is not None:
            window.tabifyDockWidget(backlog.dock, self.dock)
            backlog.dock.raise_()
        window.canvas.scene_changed.connect(self._scene_changed)
        window.document_opened.connect(lambda _doc: self._bind())
        window.journey_changed.connect(lambda _jid: self._bind())
        self._scene_changed(window.scene)
        self._bind()

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

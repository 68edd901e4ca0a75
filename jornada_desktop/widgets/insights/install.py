"""Puts the insights dashboard (a window of charts) into the main window's View menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from jornada_desktop.widgets.window.hooks import WindowHooks


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class DashboardHooks(WindowHooks):
    """The "Insights dashboard" action and its window (built on first use: matplotlib loads then)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.dashboard = None
        self.action = QAction(_tr("&Insights dashboard"), window)
        self.action.setObjectName("action_dashboard")
        self.action.triggered.connect(self.show)
        window.menus["view"].addAction(self.action)
        self.follow_window()

    def _bind(self) -> None:
        if self.dashboard is not None:
            self.dashboard.set_journey(self.window.document, self.window.current_journey)

    def show(self) -> None:
        """Open (or bring forward) the dashboard of the current journey."""
        if self.dashboard is None:
            from jornada_desktop.widgets.insights.dashboard import dashboard_window

            self.dashboard = dashboard_window(self.window)
            self._bind()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()


def install_dashboard(window: Any) -> DashboardHooks:
    """Add the insights dashboard to a main window's View menu."""
    hooks = DashboardHooks(window)
    window.dashboard_hooks = hooks
    return hooks

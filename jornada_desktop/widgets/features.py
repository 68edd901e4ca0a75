"""The features that join the main window: the one list the window reads, in the order they join.

Each entry names a feature's installer, `install(window)`, in its own package. An installer
adds the feature's docks, actions and menu entries through the window's public hooks
(`add_dock`, `add_lazy_dock`, `menus`, `actions_by_name`, `document_opened`, `journey_changed`,
`canvas.scene_changed`) and follows the file and journey shown with `window.hooks.WindowHooks`;
the window knows this list, not the features' insides. A new feature (rooms, ratings, metric
series) adds its package and one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

WINDOW_FEATURES: tuple[str, ...] = (
    "jornada_desktop.widgets.personas.install:install_personas",  # library dock, strip, curves
    "jornada_desktop.widgets.backlog.install:install_backlog",  # backlog dock, matrix, badges, voting
    "jornada_desktop.widgets.metrics.install:install_metrics",  # metrics dock and lane
    "jornada_desktop.widgets.insights.install:install_dashboard",  # the insights dashboard
    "jornada_desktop.widgets.export.dialog:install_export_actions",  # File ▸ Export…, imports
    "jornada_desktop.widgets.versions.actions:install_reliability_actions",  # versions, copies
)


def installers() -> list[Callable[[Any], Any]]:
    """The installers of WINDOW_FEATURES, imported."""
    found = []
    for entry in WINDOW_FEATURES:
        module, name = entry.split(":")
        found.append(getattr(import_module(module), name))
    return found


def install_window_features(window: Any) -> None:
    """Let every feature join a main window."""
    for install in installers():
        install(window)

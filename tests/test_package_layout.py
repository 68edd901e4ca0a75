"""The widgets are in feature packages with one direction of imports (docs/architecture.md).

- `widgets/window/` is the shell: it imports no feature package, only the list of features
  (`widgets/features.py`), which imports each feature's installer when the window is built.
- A feature package imports the shell's shared parts (hooks, forms, thumbnails), never the main
  window itself, and another feature only where the table below says why.
"""

from __future__ import annotations

import ast
from pathlib import Path

WIDGETS = Path(__file__).resolve().parent.parent / "jornada_desktop" / "widgets"
FEATURES = ("backlog", "personas", "metrics", "insights", "workshop", "versions", "export")
# feature → features it may import, and why
ALLOWED = {
    "metrics": {"backlog"},  # the metric editor reuses the backlog editor's date and number fields
    "export": {"backlog"},  # the export dialog writes the backlog's rows as the table shows them
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("jornada_desktop.widgets.")}


def test_every_module_of_widgets_is_in_a_package():
    loose = [p.name for p in WIDGETS.glob("*.py") if p.name not in ("__init__.py", "features.py")]
    assert not loose, loose


def test_the_window_shell_imports_no_feature():
    for path in (WIDGETS / "window").glob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[2] in FEATURES}
        assert not bad, (path.name, bad)


def test_features_import_only_the_shell_parts_and_what_is_allowed():
    for feature in FEATURES:
        for path in (WIDGETS / feature).glob("*.py"):
            for name in _imports(path):
                package = name.split(".")[2]
                assert name != "jornada_desktop.widgets.window.main_window", (path, name)
                assert package in ("window", feature, *ALLOWED.get(feature, ())), (path, name)

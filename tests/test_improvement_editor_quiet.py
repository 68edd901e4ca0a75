"""The improvement editor opens, takes typing and stores an improvement without a word from Qt on
stderr (issue 14, defect 7).

Its metric field was `self.metric`, which hides QWidget.metric(): Qt calls that virtual while it
lays out and paints the dialog, and PySide printed "Error calling Python override of
QDialog::metric()" for every call (448 times in a real window; a grab of the dialog crashed).
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QWidget

import jornada_desktop
from tests.canvas_helpers import open_window
from tests.helpers import file_rows

# Qt messages that say nothing about the program: the offscreen test platform cannot pass a
# window's size hints to a window manager (it has none); a real screen never prints it.
HARMLESS = ("This plugin does not support propagateSizeHints()",)

# Virtual methods Qt calls on any widget (QObject, QPaintDevice, QWidget, QDialog): an attribute of the same name replaces the override.
QT_VIRTUALS = frozenset({
    "metric", "devType", "paintEngine", "initPainter", "redirected", "sharedPainter", "event", "eventFilter",
    "sizeHint", "minimumSizeHint", "heightForWidth", "hasHeightForWidth", "setVisible", "inputMethodQuery",
    "focusNextPrevChild", "childEvent", "timerEvent", "customEvent", "connectNotify", "disconnectNotify",
    "paintEvent", "resizeEvent", "moveEvent", "showEvent", "hideEvent", "closeEvent", "changeEvent",
    "keyPressEvent", "keyReleaseEvent", "mousePressEvent", "mouseReleaseEvent", "mouseMoveEvent",
    "mouseDoubleClickEvent", "wheelEvent", "focusInEvent", "focusOutEvent", "enterEvent", "leaveEvent",
    "contextMenuEvent", "dragEnterEvent", "dragMoveEvent", "dragLeaveEvent", "dropEvent", "actionEvent",
    "accept", "reject", "done", "exec", "open",
})


def test_improvement_editor_prints_nothing_and_stores_the_metric(qtbot, sample_path: Path, capfd) -> None:
    window = open_window(qtbot, sample_path)
    panel = window.backlog_hooks.panel
    dock = window.findChild(QDockWidget, "backlogDock")
    dock.show()
    dock.raise_()
    qtbot.waitUntil(panel.new_button.isVisible)
    before = {r["id"] for r in file_rows(sample_path, "improvements")}
    capfd.readouterr()  # what the window printed while opening is not this test's business

    messages: list[str] = []
    previous = qInstallMessageHandler(
        lambda _kind, _context, text: None if text in HARMLESS else messages.append(text))
    seen: dict[str, object] = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(20, fill_in)
            return
        try:
            type_in(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported below; the dialog must not hang the test
            seen["error"] = repr(exc)
            dialog.reject()

    def type_in(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().window() is dialog)
        seen["dialog"] = dialog.objectName()
        QTest.keyClicks(QApplication.focusWidget(), "Callback within one hour")  # the title has the focus
        form = dialog.layout()
        metric = next(e for e in dialog.findChildren(QLineEdit)
                      if form.labelForField(e) is not None and form.labelForField(e).text() == "Metric")
        QTest.mouseClick(metric, Qt.MouseButton.LeftButton)
        QTest.keyClicks(QApplication.focusWidget(), "CSAT")
        seen["focus_was_metric"] = QApplication.focusWidget() is metric
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the dialog's default button

    try:
        QTimer.singleShot(0, fill_in)
        QTest.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)  # runs the dialog until Enter
    finally:
        qInstallMessageHandler(previous)
    printed = capfd.readouterr().err
    assert "error" not in seen, seen
    assert seen.get("dialog") == "improvementEditor" and seen.get("focus_was_metric")
    assert "metric" not in printed and "Error calling Python override" not in printed, printed
    assert not messages, messages
    rows = [r for r in file_rows(sample_path, "improvements") if r["id"] not in before]
    assert [(r["title"], r["metric"]) for r in rows] == [("Callback within one hour", "CSAT")]


def test_no_widget_attribute_hides_a_qt_virtual() -> None:
    """`self.<name> = …` in a widget class must not take the name of a method Qt calls on it."""
    root = Path(jornada_desktop.__file__).parent
    found: list[str] = []
    for path in sorted((root / "widgets").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if not any(b.startswith("Q") or b.endswith(("Dialog", "Widget", "Panel", "Window")) for b in bases):
                continue
            for inner in ast.walk(node):
                targets = inner.targets if isinstance(inner, ast.Assign) else (
                    [inner.target] if isinstance(inner, ast.AnnAssign) else [])
                for target in targets:
                    if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                            and target.value.id == "self" and target.attr in QT_VIRTUALS):
                        found.append(f"{path.name}:{inner.lineno} {node.name}.{target.attr}")
    assert not found, found


def test_improvement_editor_keeps_qwidget_metric(qapp, document) -> None:
    from jornada_desktop.widgets.backlog.editor import ImprovementEditor

    editor = ImprovementEditor(document, document.ws.journeys()[0].id)
    try:
        assert callable(editor.metric)
        assert editor.metric(QWidget.PaintDeviceMetric.PdmDepth) > 0
        assert isinstance(editor.metric_edit, QLineEdit)
    finally:
        editor.deleteLater()

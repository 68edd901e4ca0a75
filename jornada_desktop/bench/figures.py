"""The figures, each with its floor, measured in this process (the cold start and memory run children).

Every `bench_*` function returns a `Figure`: the app's sample, the floor's sample and what was
measured. The app side goes through the real code paths: the main window opening a file, mouse
events sent to the canvas's viewport, `Document.push`, the export functions.
"""

from __future__ import annotations

import math
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jornada_desktop.bench import floors
from jornada_desktop.bench.timing import PaintProbe, Sample, measure, settle


@dataclass
class Figure:
    """One row of the table: the app's runs, the floor's runs, the goal and notes."""

    key: str
    size: str
    app: Sample
    floor: Sample
    unit: str = "s"  # "s" (timed) or "MB" (memory: runs hold megabytes)
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        """App median / floor median."""
        return self.app.median / self.floor.median if self.floor.median else math.inf


# ---- the window ------------------------------------------------------------------------------
def ensure_app() -> Any:
    """The QApplication, set up as the editor sets it up (translations, theme)."""
    from jornada_desktop.app import make_app

    app = make_app([])
    if not getattr(app, "_bench_ready", False):
        from jornada_desktop import i18n, theme
        from jornada_desktop.settings import Settings

        settings = Settings()
        i18n.install_language(app, i18n.effective_language(settings.language))
        theme.apply_theme(app, settings.theme)
        app._bench_ready = True  # type: ignore[attr-defined]
    return app


def main_window() -> Any:
    """A shown main window with the workshop features installed, as `jornada FILE` builds it."""
    ensure_app()
    from jornada_desktop.widgets.window.main_window import MainWindow
    from jornada_desktop.widgets.workshop.features import install_workshop_features

    window = MainWindow()
    window._bench_features = install_workshop_features(window)  # kept alive with the window
    window.resize(1440, 900)  # a desktop window, whatever the size of the offscreen screen
    window.show()
    settle(50)
    return window


def close_document(window: Any) -> None:
    """Close the window's file (outside the timed part)."""
    closer = getattr(window, "_close_document", None)
    if closer is not None:
        closer()
    settle()


def floor_view(size: Any) -> Any:
    """A plain QGraphicsView, shown, as big as the canvas of the main window."""
    from PySide6.QtWidgets import QGraphicsView

    view = QGraphicsView()
    view.resize(size)
    view.show()
    settle(50)
    return view


def copies(path: Path, folder: Path, n: int) -> list[Path]:
    """n copies of a file (opening the same file twice would meet its lock)."""
    out = []
    for i in range(n):
        target = folder / f"{path.stem}-{i}{path.suffix}"
        shutil.copyfile(path, target)
        out.append(target)
    return out


# ---- open ------------------------------------------------------------------------------------
def bench_open(window: Any, path: Path, folder: Path, size: str, repeats: int) -> Figure:
    """Open a file in the main window until the canvas has painted, vs sqlite3 + rect scene shown."""
    files = copies(path, folder, repeats + 1)
    probe = PaintProbe(window.view.viewport())

    def before_app(_i: int) -> None:
        close_document(window)
        probe.reset()

    def run_app(i: int) -> None:
        assert window.open_path(files[i + 1 if i >= 0 else 0]), "the main window refused the file"
        if not probe.wait():
            raise RuntimeError("the canvas never painted")

    app = measure(run_app, repeats, before=before_app)
    probe.remove()
    view = floor_view(window.view.size())
    fprobe = PaintProbe(view.viewport())

    def before_floor(_i: int) -> None:
        old = view.scene()
        view.setScene(None)
        if old is not None:
            old.deleteLater()
        settle()
        fprobe.reset()

    def run_floor(_i: int) -> None:
        view.setScene(floors.floor_scene_from_file(path))
        if not fprobe.wait():
            raise RuntimeError("the floor view never painted")

    floor = measure(run_floor, repeats, before=before_floor)
    before_floor(0)
    fprobe.remove()
    view.close()
    view.deleteLater()
    settle()
    return Figure("open", size, app, floor)


# ---- drag ------------------------------------------------------------------------------------
def _mouse(kind: Any, pos: Any, button: Any, buttons: Any, widget: Any = None) -> Any:
    """A hand-built mouse event at `pos` of `widget`, with its true screen position."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    local = QPointF(pos)
    screen = QPointF(widget.mapToGlobal(pos)) if widget is not None else local
    return QMouseEvent(kind, local, screen, button, buttons, Qt.KeyboardModifier.NoModifier)


def _drag_moves(viewport: Any, start: Any, moves: int, probe: PaintProbe,
                vertical: bool = False) -> tuple[float, ...]:
    """Press at `start`, then `moves` timed moves holding the button (each until painted): to the
    right and down a little (a card), or up and down only (a point on a curve, `vertical`)."""
    import time

    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt

    left = Qt.MouseButton.LeftButton
    QCoreApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonPress, start, left, left, viewport))
    settle()
    times = []
    for k in range(moves + 3):
        pos = start - QPoint(0, 8 + (k % 12) * 3) if vertical else start + QPoint(6 + 4 * k, 3 + 2 * (k % 7))
        probe.reset()
        t0 = time.perf_counter()
        QCoreApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, left, viewport))
        probe.wait(2.0)
        if k >= 3:  # the first moves start the drag
            times.append(time.perf_counter() - t0)
    return tuple(times)


def bench_drag(window: Any, path: Path, size: str, moves: int) -> Figure:
    """One mouse-move while dragging a card on the open map, vs a plain movable rect item's drag."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    if window.document is None or window.document.path != path:
        close_document(window)
        window.open_path(path)
        settle(50)
    scene, view = window.scene, window.view
    ids = scene.layout.cells.get((scene.layout.stages[len(scene.layout.stages) // 2].id,
                                  scene.layout.lanes[len(scene.layout.lanes) // 2].id)) or list(scene.card_items)
    item = scene.card_items[ids[len(ids) // 2]]
    view.centerOn(item)
    settle(30)
    start = view.mapFromScene(item.sceneBoundingRect().center())
    if view.itemAt(start) is not item:  # under a pinned header: take the card by its right part
        box = item.sceneBoundingRect()
        start = view.mapFromScene(box.right() - 12, box.center().y())
    viewport = view.viewport()
    probe = PaintProbe(viewport)
    app_times = _drag_moves(viewport, start, moves, probe)
    notes = [] if scene.card_drag.active else ["the card drag did not start"]
    QCoreApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    QCoreApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonRelease, start, Qt.MouseButton.LeftButton,
                                                Qt.MouseButton.NoButton))
    probe.remove()
    settle(30)
    floor_times = _floor_drag(view.size(), path, moves, notes)
    return Figure("drag", size, Sample(app_times), Sample(floor_times), notes=notes)


def _floor_drag(size: Any, path: Path, moves: int, notes: list[str]) -> tuple[float, ...]:
    """The floor of a drag: a plain movable rect item of the floor scene, dragged (timed moves)."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    fview = floor_view(size)
    fscene = floors.floor_scene_from_file(path, movable=True)
    fview.setScene(fscene)
    settle(30)
    target = next(i for i in fscene.items(fscene.sceneRect().center()) if i.flags() & i.GraphicsItemFlag.ItemIsMovable) \
        if fscene.items(fscene.sceneRect().center()) else None
    if target is None:
        target = next(i for i in fscene.items() if i.flags() & i.GraphicsItemFlag.ItemIsMovable)
    fview.centerOn(target)
    settle(30)
    fstart = fview.mapFromScene(target.sceneBoundingRect().center())
    fprobe = PaintProbe(fview.viewport())
    origin = target.pos()
    floor_times = _drag_moves(fview.viewport(), fstart, moves, fprobe)
    if target.pos() == origin:
        notes.append("the floor item did not move")
    QCoreApplication.sendEvent(fview.viewport(), _mouse(QEvent.Type.MouseButtonRelease, fstart,
                                                        Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton))
    fprobe.remove()
    fview.close()
    fview.deleteLater()
    fscene.deleteLater()
    settle()
    return floor_times


def bench_rating(window: Any, path: Path, size: str, moves: int) -> Figure:
    """One mouse-move while dragging a persona's point on its curve (every persona rates every
    touchpoint as-is and to-be), then the drop pushed as one step; vs a plain movable rect's drag."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt

    if window.document is None or window.document.path != path:
        close_document(window)
        window.open_path(path)
        settle(50)
    scene, view, document = window.scene, window.view, window.document
    notes: list[str] = []
    curves = scene.persona_curves
    key = next((s.key for s in curves.shown_series() if s.kind == "persona" and s.marks), None)
    item = curves.items_for(key)[0] if key else None
    start = None
    if item is not None:
        middle = len(item.points) // 2
        for n in sorted(range(len(item.points)), key=lambda i: abs(i - middle))[:200]:
            view.centerOn(item.points[n])
            settle()
            point = view.mapFromScene(item.points[n])
            if view.itemAt(point) is item and item.point_at(view.mapToScene(point)) is not None:
                start = point
                break
    if start is None:
        notes.append("no persona point could be grabbed: the rating drag did not start")
        app_times: tuple[float, ...] = (0.0,)
    else:
        depth = document.undo_stack.count()
        viewport = view.viewport()
        probe = PaintProbe(viewport)
        app_times = _drag_moves(viewport, start, moves, probe, vertical=True)
        if not item.moving:
            notes.append("the rating drag did not start")
        drop = start - QPoint(0, round(1.2 * 40 * view.transform().m22()))  # a level up: one rating set
        QCoreApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, drop, Qt.MouseButton.NoButton,
                                                    Qt.MouseButton.LeftButton, viewport))
        QCoreApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonRelease, drop, Qt.MouseButton.LeftButton,
                                                    Qt.MouseButton.NoButton, viewport))
        probe.remove()
        settle(30)
        if document.undo_stack.count() != depth + 1:
            notes.append("the drop did not push one step")
    floor_times = _floor_drag(view.size(), path, moves, notes)
    return Figure("rating", size, Sample(app_times), Sample(floor_times), notes=notes)


# ---- field edit ------------------------------------------------------------------------------
def bench_edit(window: Any, path: Path, folder: Path, size: str, repeats: int) -> Figure:
    """One card-title edit pushed on the open document (undoable, committed), vs a raw UPDATE commit."""
    from jornada_desktop.model.edits import update_ops, utc_now

    if window.document is None or window.document.path != path:
        close_document(window)
        window.open_path(path)
        settle(50)
    document = window.document
    card_id = next(iter(document.ws.tables["cards"]))

    def run_app(i: int) -> None:
        ops = update_ops(document.ws, "cards", card_id, {"title": f"Título editado {i}"}, utc_now())
        if not document.push("Edit title", ops):
            raise RuntimeError("the edit was not saved")

    app = measure(run_app, repeats, warmups=2)
    settle()
    floor_file = copies(path, folder, 1)[0]
    conn = floors.durable_connection(floor_file)
    try:
        floor = measure(lambda i: floors.raw_update(conn, card_id, f"Título editado {i}", "2026-01-01T00:00:00Z"),
                        repeats, warmups=2)
    finally:
        conn.close()
    return Figure("edit", size, app, floor)


# ---- exports ---------------------------------------------------------------------------------
def _workspace(path: Path) -> Any:
    from jornada_desktop.store import Store

    store = Store.open(path, read_only=True)
    try:
        return store.load_workspace()
    finally:
        store.close()


def bench_workbook(path: Path, folder: Path, size: str, repeats: int, lang: str = "pt_BR") -> Figure:
    """The stakeholder workbook export vs openpyxl write-only writing the same cell values."""
    from jornada_desktop.exports.excel import export_workbook

    ws = _workspace(path)
    jid = ws.journeys()[0].id
    out, floor_out = folder / "bench.xlsx", folder / "floor.xlsx"
    app = measure(lambda _i: export_workbook(ws, jid, out, lang), repeats)
    values = floors.workbook_floor_values(ws, jid, lang)
    floor = measure(lambda _i: floors.write_workbook_floor(values, floor_out), repeats)
    cells = sum(len(r) for _t, rows in values for r in rows)
    return Figure("workbook", size, app, floor, notes=[f"{cells:,} cells"])


def png_scale(ws: Any, jid: int) -> float:
    """1, or the largest scale (two decimals) at which the journey's PNG fits the exporter's limits."""
    from jornada_desktop.exports.images import MAX_PIXELS, MAX_SIDE, ImageOptions, picture_size

    size = picture_size(ws, jid, ImageOptions())
    w, h = size.width(), size.height()
    fit = min(1.0, math.sqrt(MAX_PIXELS / (w * h)), MAX_SIDE / max(w, h))
    return 1.0 if fit >= 1.0 else math.floor(fit * 100) / 100


def bench_png(path: Path, folder: Path, size: str, repeats: int) -> Figure:
    """PNG export (scale 1 where the exporter allows it) vs rendering the floor scene to the same pixels."""
    from PySide6.QtGui import QImageReader

    from jornada_desktop.exports.images import ImageOptions, export_image

    ensure_app()
    ws = _workspace(path)
    jid = ws.journeys()[0].id
    scale = png_scale(ws, jid)
    out = folder / "bench.png"
    app = measure(lambda _i: export_image(ws, jid, out, "png", ImageOptions(scale=scale)), repeats)
    pixels = QImageReader(str(out)).size()
    scene = floors.floor_scene_from_file(path)
    floor = measure(lambda _i: floors.render_floor_png(scene, pixels.width(), pixels.height(), folder / "floor.png"),
                    repeats)
    scene.deleteLater()
    settle()
    notes = [f"{pixels.width():,} × {pixels.height():,} px"]
    if scale != 1.0:
        notes.append(f"scale {scale:g} (the largest under the exporter's pixel limits)")
    return Figure("png", size, app, floor, notes=notes)

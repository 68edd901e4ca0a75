"""The raw floors: the least work a figure could possibly cost, built from plain sqlite3 and Qt.

Each floor does the same job as the app with nothing of Jornada in it: rows read with sqlite3, a
scene of plain `QGraphicsRectItem`s with a text child each (laid out with the canvas's sizes so
the pictures have the same area), openpyxl write-only for the workbook.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

# The canvas's geometry (jornada_desktop/canvas/style.py), repeated so the floor imports no app code.
LANE_HEADER_W = 190.0
STAGE_HEADER_H = 64.0
COLUMN_W = 256.0
CELL_PAD = 12.0
CARD_GAP = 10.0
CARD_W = COLUMN_W - 2 * CELL_PAD
CARD_H = 96.0
TABLES = ("personas", "journeys", "journey_personas", "stages", "lanes", "cards", "improvements", "metrics")


def read_rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of every table, read with plain sqlite3 (what the app reads when it opens a file)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in TABLES:
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
            out[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return out
    finally:
        conn.close()


def _pick(table: tuple[list[str], list[tuple]], *names: str) -> list[tuple]:
    columns, rows = table
    index = [columns.index(n) for n in names]
    return [tuple(r[i] for i in index) for r in rows]


def read_grid(path: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(stages, lanes, cards) of the file: (id, position, name) and (id, stage, lane, position, title)."""
    rows = read_rows(path)
    stages = sorted(_pick(rows["stages"], "id", "position", "name"), key=lambda r: r[1])
    lanes = sorted(_pick(rows["lanes"], "id", "position", "title"), key=lambda r: r[1])
    cards = sorted(_pick(rows["cards"], "id", "stage_id", "lane_id", "position", "title"),
                   key=lambda r: (r[1], r[2], r[3]))
    return stages, lanes, cards


def build_floor_scene(stages: list[tuple], lanes: list[tuple], cards: list[tuple], movable: bool = False) -> Any:
    """A QGraphicsScene of plain rect items with a text child: headers and cards, in a grid."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    scene = QGraphicsScene()
    col = {sid: i for i, (sid, _p, _n) in enumerate(stages)}
    row = {lid: i for i, (lid, _p, _t) in enumerate(lanes)}
    depth = [0] * len(lanes)
    count: dict[tuple[int, int], int] = {}
    for _cid, sid, lid, _pos, _title in cards:
        key = (sid, lid)
        count[key] = count.get(key, 0) + 1
        depth[row[lid]] = max(depth[row[lid]], count[key])
    row_h = [max(1, d) * (CARD_H + CARD_GAP) + 2 * CELL_PAD for d in depth]
    row_y = [STAGE_HEADER_H]
    for h in row_h[:-1]:
        row_y.append(row_y[-1] + h)
    card_brush, card_pen = QBrush(QColor("#FFFFFF")), QPen(QColor("#CBD2D9"))
    head_brush = QBrush(QColor("#E9EDF2"))
    for i, (_sid, _p, name) in enumerate(stages):
        head = QGraphicsRectItem(LANE_HEADER_W + i * COLUMN_W, 0, COLUMN_W, STAGE_HEADER_H)
        head.setBrush(head_brush)
        text = QGraphicsSimpleTextItem(name, head)
        text.setPos(LANE_HEADER_W + i * COLUMN_W + 8, 8)
        scene.addItem(head)
    for i, (_lid, _p, title) in enumerate(lanes):
        head = QGraphicsRectItem(0, row_y[i], LANE_HEADER_W, row_h[i])
        head.setBrush(head_brush)
        text = QGraphicsSimpleTextItem(title, head)
        text.setPos(8, row_y[i] + 8)
        scene.addItem(head)
    slot: dict[tuple[int, int], int] = {}
    for _cid, sid, lid, _pos, title in cards:
        key = (sid, lid)
        k = slot.get(key, 0)
        slot[key] = k + 1
        item = QGraphicsRectItem(0, 0, CARD_W, CARD_H)
        item.setPos(LANE_HEADER_W + col[sid] * COLUMN_W + CELL_PAD, row_y[row[lid]] + CELL_PAD + k * (CARD_H + CARD_GAP))
        item.setBrush(card_brush)
        item.setPen(card_pen)
        if movable:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        text = QGraphicsSimpleTextItem(title, item)
        text.setPos(8, 8)
        scene.addItem(item)
    height = row_y[-1] + row_h[-1] if lanes else STAGE_HEADER_H
    scene.setSceneRect(QRectF(0, 0, LANE_HEADER_W + len(stages) * COLUMN_W, height))
    return scene


def floor_scene_from_file(path: Path, movable: bool = False) -> Any:
    """Read the file with sqlite3 and build the floor scene (the floor of opening a journey)."""
    stages, lanes, cards = read_grid(path)
    return build_floor_scene(stages, lanes, cards, movable)


def raw_update(conn: sqlite3.Connection, card_id: int, title: str, stamp: str) -> None:
    """One single-row UPDATE, committed (the floor of a durable field edit)."""
    conn.execute("BEGIN")
    conn.execute("UPDATE cards SET title = ?, updated_at = ? WHERE id = ?", (title, stamp, card_id))
    conn.execute("COMMIT")


def durable_connection(path: Path) -> sqlite3.Connection:
    """A connection set up as durable as the app's: rollback journal, synchronous FULL."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def workbook_floor_values(ws: Any, journey_id: int, lang: str) -> list[tuple[str, list[list[Any]]]]:
    """The cell values of the workbook, sheet by sheet, as plain Python values."""
    from jornada_desktop.exports.backlog_sync import sync_value
    from jornada_desktop.exports.tables import (
        JourneyView,
        backlog_rows,
        emotion_columns,
        metric_rows,
        persona_rows,
        touchpoint_rows,
    )

    view = JourneyView(ws, journey_id)
    backlog = [row + [sync_value(ws, item, lang)]
               for row, item in zip(backlog_rows(view, lang), ws.improvements(journey_id), strict=True)]
    map_rows = [[c.title for c in ws.cards_in_cell(s.id, ln.id)] for ln in ws.lanes(journey_id)
                for s in ws.stages(journey_id)]
    stages, columns = emotion_columns(view, lang)
    emotions = [[name] + [col.values[i] for col in columns] for i, name in enumerate(stages)]
    return [("map", map_rows), ("touchpoints", touchpoint_rows(view, lang)), ("backlog", backlog),
            ("personas", persona_rows(view, lang)), ("metrics", metric_rows(view, lang)), ("emotions", emotions)]


def write_workbook_floor(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    """openpyxl write-only writing the given cell values (the floor of the workbook export)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = wb.create_sheet(title)
        for values in rows:
            sheet.append(values)
    wb.save(path)


def render_floor_png(scene: Any, width: int, height: int, path: Path) -> None:
    """QGraphicsScene.render of the floor scene into a QImage of a pixel size, saved as PNG."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), scene.sceneRect(), Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")

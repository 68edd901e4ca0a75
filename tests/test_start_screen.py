"""The start screen: the template gallery with thumbnails, new from a template, open, sample, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from jornada_desktop.settings import Settings
from jornada_desktop.templates import TEMPLATE_NAMES, list_templates
from tests.helpers import file_rows, load_workspace


def _screen(qtbot, lang: str = "pt_BR"):
    from jornada_desktop.widgets.window.start_screen import StartScreen

    settings = Settings()
    settings.q.clear()
    screen = StartScreen(settings, lang=lang)
    qtbot.addWidget(screen)
    return screen


def test_gallery_lists_every_template_with_a_thumbnail(qtbot) -> None:
    screen = _screen(qtbot)
    assert screen.template_names() == list(TEMPLATE_NAMES)
    titles = {t.name: t.title for t in list_templates("pt_BR")}
    for i in range(screen.gallery.count()):
        item = screen.gallery.item(i)
        assert item.text() == titles[item.data(Qt.ItemDataRole.UserRole)]
        image = item.icon().pixmap(screen.gallery.iconSize()).toImage()
        assert not image.isNull() and image.width() >= 100
        colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
        assert len(colours) > 4, f"the thumbnail of {item.text()} is blank"


def test_thumbnails_differ_by_template_and_are_cached(qtbot) -> None:
    from jornada_desktop.widgets.window import thumbnails

    first = thumbnails.template_thumbnail("compra", "en").toImage()
    other = thumbnails.template_thumbnail("em_branco", "en").toImage()
    assert first != other
    cached = list(thumbnails.cache_dir().glob("compra.en.*.png"))
    assert len(cached) == 1
    assert QImage(str(cached[0])).convertToFormat(first.format()) == first


def test_new_from_template_creates_the_file_and_asks_to_open_it(qtbot, tmp_path) -> None:
    screen = _screen(qtbot, "en")
    screen.ask_save_path = lambda name: tmp_path / f"workshop-{name}"
    screen.gallery.setCurrentRow(TEMPLATE_NAMES.index("service_desk"))
    with qtbot.waitSignal(screen.open_requested) as signal:
        screen.new_button.click()
    path = signal.args[0]
    assert path == tmp_path / "workshop-service_desk.jornada"
    journeys = file_rows(path, "journeys")
    assert [j["kind"] for j in journeys] == ["service_desk"]
    assert journeys[0]["title"] == next(t.title for t in list_templates("en") if t.name == "service_desk")


def test_a_map_that_cannot_be_created_is_said_not_raised(qtbot, tmp_path, monkeypatch) -> None:
    """The store's own failure (here: the disk is full) is a sentence in a message box."""
    from PySide6.QtWidgets import QMessageBox

    from jornada_desktop.store import OpenError
    from jornada_desktop.widgets.window import start_screen

    def full(path, *_args, **_kwargs):  # noqa: ANN001, ANN202
        raise OpenError(f"“{Path(path).name}” could not be created (the disk is full).", "create_failed")

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    monkeypatch.setattr(start_screen, "create_from_template", full)
    screen = _screen(qtbot, "en")
    screen.ask_save_path = lambda name: tmp_path / "cheio"
    opened: list[Path] = []
    screen.open_requested.connect(opened.append)
    assert screen.new_from_template("compra") is None
    assert shown == ["“cheio.jornada” could not be created (the disk is full)."] and not opened
    assert not (tmp_path / "cheio.jornada").exists()
    monkeypatch.setattr(start_screen, "sample_path", lambda _lang: tmp_path / "amostra.jornada")
    assert screen.open_sample() is None and not opened
    assert shown[-1] == "“amostra.jornada” could not be created (the disk is full)."


def test_sample_and_open_and_recent(qtbot, tmp_path) -> None:
    screen = _screen(qtbot, "pt_BR")
    with qtbot.waitSignal(screen.open_requested) as signal:
        screen.sample_button.click()
    sample = signal.args[0]
    assert file_rows(sample, "journeys")[0]["kind"] == "purchase"
    picked = tmp_path / "picked.jornada"
    screen.ask_open_path = lambda: picked
    with qtbot.waitSignal(screen.open_requested) as signal:
        screen.open_button.click()
    assert signal.args[0] == picked
    screen.settings.add_recent_file(sample)
    screen.settings.add_recent_file(tmp_path / "gone.jornada")  # missing files are not listed
    screen.fill_recent()
    assert screen.recent_list.count() == 1
    assert Path(screen.recent_list.item(0).data(Qt.ItemDataRole.UserRole + 1)) == sample.resolve()
    with qtbot.waitSignal(screen.open_requested) as signal:
        screen.recent_list.itemActivated.emit(screen.recent_list.item(0))
    assert Path(signal.args[0]) == sample.resolve()


def test_gallery_works_from_the_keyboard(qtbot, tmp_path) -> None:
    screen = _screen(qtbot, "en")
    screen.ask_save_path = lambda name: tmp_path / name
    screen.show()
    screen.gallery.setFocus()
    screen.gallery.setCurrentRow(0)
    qtbot.keyClick(screen.gallery, Qt.Key.Key_Right)
    with qtbot.waitSignal(screen.open_requested) as signal:
        qtbot.keyClick(screen.gallery, Qt.Key.Key_Return)
    assert signal.args[0].name == f"{TEMPLATE_NAMES[1]}.jornada"
    assert file_rows(signal.args[0], "stages")


def _overdue_map(path: Path, *, review_days: int | None, measured_days_ago: int, follow_up_days_ago: int) -> Path:
    """A map (the purchase template) whose first metric was last measured some days ago and reviewed
    every `review_days`, and whose first improvement's follow-up date was some days ago."""
    import datetime as dt
    import sqlite3

    from jornada_desktop.templates import create_from_template

    create_from_template(path, "compra", "pt_BR").close()
    today = dt.date.today()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE metrics SET review_days = ?, measured_at = ? WHERE id = 1",
                 (review_days, (today - dt.timedelta(days=measured_days_ago)).isoformat()))
    conn.execute("UPDATE improvements SET follow_up = ?, status = 'open' WHERE id = 1",
                 ((today - dt.timedelta(days=follow_up_days_ago)).isoformat(),))
    conn.commit()
    conn.close()
    return path


def test_the_start_screen_lists_what_needs_attention_in_the_recent_maps(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.helpers import digest

    folder = tmp_path / "mapas"
    folder.mkdir()
    due = _overdue_map(folder / "vencido.jornada", review_days=30, measured_days_ago=45, follow_up_days_ago=3)
    fine = _overdue_map(folder / "em dia.jornada", review_days=30, measured_days_ago=5, follow_up_days_ago=-10)
    broken = folder / "estragado.jornada"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    old = _overdue_map(folder / "antigo.jornada", review_days=1, measured_days_ago=400, follow_up_days_ago=9)
    before = {p.name: digest(p) for p in folder.iterdir()}
    ws = load_workspace(due)
    metric, improvement = ws.get("metrics", 1), ws.get("improvements", 1)
    screen = _screen(qtbot)
    for path in (old, broken, fine, due):  # the newest last: only the first three are looked into
        screen.settings.add_recent_file(path)
    screen.fill_recent()
    screen.show()
    qtbot.waitUntil(lambda: screen.attention_list.isVisible())
    lines = [screen.attention_list.item(i).text() for i in range(screen.attention_list.count())]
    metric_name = metric.name or metric.kind.upper()
    assert lines == [f"Metric “{metric_name}” is due for review (last measured "
                     f"{_show(45)})\nvencido.jornada",
                     f"Improvement “{improvement.title}”: follow-up was due {_show(3)}\nvencido.jornada"]
    # Read as they were: nothing changed, nothing made beside them (no journal, lock or version).
    assert {p.name: digest(p) for p in folder.iterdir()} == before
    # A line opens its map, from the keyboard.
    screen.attention_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.attention_list)
    qtbot.keyClick(screen.attention_list, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.open_requested) as signal:
        qtbot.keyClick(screen.attention_list, Qt.Key.Key_Return)
    assert Path(signal.args[0]).name == "vencido.jornada"


def test_nothing_overdue_shows_no_attention_list(qtbot, tmp_path) -> None:
    fine = _overdue_map(tmp_path / "em dia.jornada", review_days=None, measured_days_ago=500,
                        follow_up_days_ago=-1)
    screen = _screen(qtbot)
    screen.settings.add_recent_file(fine)
    screen.fill_recent()
    screen.show()
    screen.fill_attention()
    assert screen.attention_list.count() == 0 and not screen.attention_list.isVisible()
    assert not screen.attention_title.isVisible()


def _show(days_ago: int) -> str:
    """A date some days ago as the interface writes it."""
    import datetime as dt

    from jornada_desktop.i18n import show_date

    return show_date((dt.date.today() - dt.timedelta(days=days_ago)).isoformat())

"""The start screen: the template gallery with thumbnails, new from a template, open, sample, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from jornada_desktop.settings import Settings
from jornada_desktop.templates import TEMPLATE_NAMES, list_templates
from tests.helpers import file_rows


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

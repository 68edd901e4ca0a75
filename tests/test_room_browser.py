"""A real browser (Debian's chromium with chromedriver, through selenium) joins a room on loopback at a
phone's size, adds a card, rates a stage and votes; the rows are read from the file and the card is
looked for on the facilitator's canvas. Hostile texts show as text on the phone."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from jornada_desktop.model import workshop
from jornada_desktop.model.edits import utc_now
from jornada_desktop.room.host import RoomHost

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed")


@pytest.fixture
def browser():  # noqa: ANN201
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=390,844", "--lang=pt-BR", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "pt-BR,pt"})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 3.0},
        "userAgent": "Mozilla/5.0 (Linux; Android 11; Pixel 4) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Chrome/90.0 Mobile Safari/537.36"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_phone_browser_joins_adds_rates_and_votes(qtbot, document, browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    journey = document.ws.journeys()[0]
    host = RoomHost(document, journey.id)
    assert host.start("127.0.0.1", 0)
    try:
        def until(condition, timeout: int = 15000) -> None:  # noqa: ANN001 - keep Qt's loop turning
            qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

        def click(css: str, index: int = 0) -> None:
            """Click the index-th element matching css, found afresh: the page repaints its lists
            whenever the room's state arrives, which leaves an element found earlier stale."""
            from selenium.common.exceptions import StaleElementReferenceException

            for _attempt in range(20):
                try:
                    browser.find_elements(By.CSS_SELECTOR, css)[index].click()
                    return
                except (StaleElementReferenceException, IndexError):
                    qtbot.wait(100)
            raise AssertionError(f"could not click {css} [{index}]")

        def visible(css: str) -> bool:
            found = browser.find_elements(By.CSS_SELECTOR, css)
            return bool(found) and found[0].is_displayed()

        browser.get(host.url)
        until(lambda: visible("#name"))
        assert browser.find_element(By.CSS_SELECTOR, "#join button").text == "Entrar na oficina"
        browser.find_element(By.ID, "name").send_keys("Lia <b>oi</b>")
        click("#join button")
        until(lambda: visible("#room"))
        until(lambda: "Lia <b>oi</b>" in browser.find_element(By.ID, "who").text)
        shot_dir = Path(os.environ.get("JORNADA_ROOM_SHOTS", tmp_path))
        # The stages as buttons; pick the second.
        until(lambda: len(browser.find_elements(By.CSS_SELECTOR, "#stages button")) == len(document.ws.stages(journey.id)))
        click("#stages button", 1)
        stage = document.ws.stages(journey.id)[1]
        # A card, with a hostile text: it arrives as text.
        kinds = browser.find_elements(By.CSS_SELECTOR, "#kinds button")
        assert [k.text for k in kinds] == ["Ponto de dor", "Ideia", "Ponto de contato", "Nota"]
        click("#kinds button", 1)
        browser.find_element(By.ID, "text").send_keys("<img src=x onerror=alert(1)> Pix no app")
        click("#send")
        until(lambda: _rows(document.path, "SELECT count(*) FROM cards WHERE participant = 'Lia <b>oi</b>'") == [(1,)])
        card = next(c for c in document.ws.all("cards") if c.participant == "Lia <b>oi</b>")
        assert (card.title, card.kind, card.stage_id) == ("<img src=x onerror=alert(1)> Pix no app", "opportunity", stage.id)
        until(lambda: "recebido" in browser.find_element(By.ID, "mine").text)
        assert "<img src=x onerror=alert(1)> Pix no app" in browser.find_element(By.ID, "mine").text
        assert browser.find_elements(By.CSS_SELECTOR, "#mine img") == []  # text, not markup
        # A feeling for the stage.
        click("#faces button", 0)
        until(lambda: _rows(document.path, "SELECT stage_id, value FROM stage_feelings") == [(stage.id, -2)])
        # The facilitator opens a vote: the ballot appears on the phone; two votes, one too many.
        document.push("Open vote", workshop.open_round_ops(document.ws, journey.id, "Prioridades", 2, utc_now()))
        until(lambda: visible("#voting"))
        click("#ballot button:last-child", 0)
        until(lambda: _rows(document.path, "SELECT count(*) FROM votes")[0][0] == 1)
        click("#ballot button:last-child", 1)
        until(lambda: _rows(document.path, "SELECT count(*) FROM votes")[0][0] == 2)
        until(lambda: "Votos restantes: 0" in browser.find_element(By.ID, "votes-left").text)
        def all_plus_disabled() -> bool:
            from selenium.common.exceptions import StaleElementReferenceException

            try:
                pluses = browser.find_elements(By.CSS_SELECTOR, "#ballot button:last-child")
                return bool(pluses) and all(not b.is_enabled() for b in pluses)
            except StaleElementReferenceException:
                return False

        until(all_plus_disabled)
        browser.save_screenshot(str(shot_dir / "room-phone.png"))
        # The page never ran the hostile markup.
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0
        # The facilitator closes the room: the phone says so.
        host.stop()
        until(lambda: visible("#ended"))
        assert "encerrou" in browser.find_element(By.ID, "ended-text").text
    finally:
        host.stop()

"""The review page's calendar view, in headless Chromium: events by date with their sources,
and a click on a source opens that article."""
from __future__ import annotations

import json
import shutil
import time

import pytest

from calendar_runs import event, record, write_run
from newsfacts.review.data import load_run
from newsfacts.review.render import build_payload, render_html

TEXTS = {
    "host": "SUVA, May 2 -- Fiji will host the 9th Reef Ministers Forum on 12 May in Suva.",
    "wire": "APIA, May 13 -- The 9th Reef Ministers Forum in Suva on May 12 adopted a reef plan.",
    "other": "LOME, May 3 -- The Blue Ports Seminar opens in Lome on 20 May <script>window.__pwned=1</script>.",
}


def _mention(article, name):
    start = TEXTS[article].index(name)
    return [{"start": start, "end": start + len(name), "text": name, "rule": "test"}]


@pytest.fixture
def page(tmp_path):
    forum = "9th Reef Ministers Forum"
    records = []
    for article, start in (("host", "2026-05-12"), ("wire", "2026-05-12")):
        ev = event(forum, ordinal=9, start=start, city="Suva", country="FJ")
        ev["mentions"] = _mention(article, forum)
        records.append(record(article, ev))
    seminar = event("Blue Ports Seminar", start="2026-05-20", city="Lome", country="TG")
    seminar["mentions"] = _mention("other", "Blue Ports Seminar")
    records.append(record("other", seminar))
    run = write_run(tmp_path / "run.jsonl", records)
    inputs = tmp_path / "inputs.jsonl"
    inputs.write_text("".join(json.dumps({"id": k, "text": v, "url": f"https://example.org/{k}"}) + "\n"
                              for k, v in TEXTS.items()))
    html = tmp_path / "review.html"
    payload = build_payload(load_run(run, [str(inputs)]), run_name=str(run))
    html.write_text(render_html(payload), encoding="utf-8")
    return html, payload


def test_payload_carries_the_runs_calendar(page):
    _, payload = page
    names = [(e["name"], [s["article"] for s in e["sources"]]) for e in payload["calendar"]]
    assert names == [("9th Reef Ministers Forum", ["host", "wire"]), ("Blue Ports Seminar", ["other"])]
    assert payload["calendar"][0]["sources"][1]["url"] == "https://example.org/wire"


@pytest.fixture(scope="module")
def driver():
    from review.conftest import CHROME_FLAGS, find_chromium

    if not find_chromium() or not shutil.which("chromedriver"):
        pytest.skip("chromium and chromedriver are needed (make browser-deps)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = find_chromium()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    drv = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    yield drv
    drv.quit()


def _wait(predicate, what):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_calendar_view_lists_events_by_date_and_opens_articles(page, driver):
    html, _ = page
    driver.get(html.as_uri())
    _wait(lambda: driver.execute_script("return document.documentElement.getAttribute('data-review-ready')"), "page")
    tab = driver.find_element("id", "tab-calendar")
    assert "2 events, 1 merged" in tab.text
    tab.click()
    assert driver.find_element("id", "layout").get_attribute("hidden") is not None
    months = [h.text for h in driver.find_elements("css selector", "#cal-list h3.cal-month")]
    assert months == ["May 2026"]
    cards = driver.find_elements("css selector", "#cal-list .cal-event")
    assert [c.find_element("css selector", ".cal-name").text for c in cards] == ["9th Reef Ministers Forum", "Blue Ports Seminar"]
    sources = cards[0].find_elements("css selector", "button.cal-source")
    assert [b.text for b in sources] == ["host", "wire"]
    driver.find_element("id", "cal-merged-only").click()
    assert len(driver.find_elements("css selector", "#cal-list .cal-event")) == 1
    sources = driver.find_elements("css selector", "#cal-list .cal-event button.cal-source")
    sources[1].click()  # the wire's report: back to the articles, that article selected
    _wait(lambda: driver.find_element("id", "calendar-view").get_attribute("hidden") is not None, "article view")
    assert driver.find_element("css selector", "#article h2").text == "wire"
    assert driver.execute_script("return window.__pwned") is None

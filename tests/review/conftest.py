"""Fixtures for the review tests: a hand-made run with its texts, and headless Chromium."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROME_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,900",
]

OFFICIAL = "Foreign Minister Datuk Ana Lim"
INSTRUMENT = "Plan of Action on Fisheries 2026-2030"
EVENT = "5th Regional Fisheries Dialogue"
DATE = "12 March 2025"
VENUE = "Putrajaya"
FALSE_VENUE = "Kenya"        # a participant, wrongly taken as a venue: the reviewer rejects it
MISSED_DATE = "14 March 2025"  # not extracted: the reviewer adds it

TEXT_A = (
    f"PUTRAJAYA, March 10 -- {OFFICIAL} will chair the {EVENT} in {VENUE} on {DATE}. "
    f"Delegates from {FALSE_VENUE} will attend. The meeting is expected to adopt the {INSTRUMENT}. "
    f"A follow-up session is planned for {MISSED_DATE}."
)
XSS_ID = "xss-<img src=x onerror=alert(2)>"
TEXT_XSS = (
    "Minister Bob Stone said <script>alert(1)</script> was found in a press release, "
    "with <img src=x onerror=\"document.title='pwned';window.__pwned=1\"> and </script><b>bold</b> "
    "and \u2028 line separators & ampersands. Minister Bob Stone left."
)


def _m(text: str, needle: str, rule: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle, "rule": rule}


def make_run(folder: Path) -> tuple:
    """(run.jsonl, inputs.jsonl) for three articles: a full one, an XSS one, an error."""
    a = {
        "id": "a1", "published": "2025-03-10", "dateline": {"name": "Putrajaya", "country": "MY"},
        "officials": [{"name": "Ana Lim", "title": "Foreign Minister", "honorifics": ["Datuk"], "country": "MY",
                       "mentions": [_m(TEXT_A, OFFICIAL, "title.minister+name")]}],
        "instruments": [{"name": INSTRUMENT.replace(" 2026-2030", ""), "kind": "plan", "start": "2026", "end": "2030",
                         "mentions": [_m(TEXT_A, INSTRUMENT, "instrument.plan_of_action")]}],
        "dates": [{"text": DATE, "start": "2025-03-12", "end": "2025-03-12",
                   "mentions": [_m(TEXT_A, DATE, "date.day_month_year")]}],
        "venues": [{"name": VENUE, "city": "Putrajaya", "country": "MY", "mentions": [_m(TEXT_A, VENUE, "venue.in_city")]},
                   {"name": FALSE_VENUE, "city": None, "country": "KE", "mentions": [_m(TEXT_A, FALSE_VENUE, "venue.from_country")]}],
        "events": [{"name": EVENT, "acronym": None, "ordinal": 5, "start": "2025-03-12", "end": "2025-03-12",
                    "venue": {"name": VENUE, "city": "Putrajaya", "country": "MY"},
                    "officials": ["Ana Lim"], "instruments": [INSTRUMENT.replace(" 2026-2030", "")],
                    "mentions": [_m(TEXT_A, EVENT, "event.ordinal_dialogue")]}],
    }
    x = {
        "id": XSS_ID, "published": None, "dateline": None,
        "officials": [{"name": "Bob Stone", "title": "Minister", "honorifics": [], "country": None,
                       "mentions": [_m(TEXT_XSS, "Minister Bob Stone", "title.minister+name"),
                                    _m(TEXT_XSS, "Minister Bob Stone", "title.minister+name", 1)]}],
        "instruments": [], "dates": [], "venues": [], "events": [],
    }
    err = {"id": "broken", "error": "invalid UTF-8 at byte 3: invalid start byte"}
    run = folder / "run.jsonl"
    run.write_text("".join(json.dumps(r) + "\n" for r in (a, x, err)), encoding="utf-8")
    inputs = folder / "inputs.jsonl"
    inputs.write_text(
        json.dumps({"id": "a1", "text": TEXT_A, "published": "2025-03-10"}) + "\n"
        + json.dumps({"id": XSS_ID, "text": TEXT_XSS}) + "\n",
        encoding="utf-8",
    )
    return run, inputs


@pytest.fixture
def run_files(tmp_path):
    return make_run(tmp_path)


BROWSER_HELP = (
    "headless Chromium is not available ({why}); install it with `make browser-deps` "
    "(apt-get install -y chromium chromium-driver) to run the browser tests"
)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def browser():
    """Selenium driving Debian's chromium through chromedriver (no browser download)."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip(BROWSER_HELP.format(why="the selenium package is not installed: pip install -e '.[test]'"))
    binary = os.environ.get("CHROMIUM") or find_chromium()
    driver_path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.skip(BROWSER_HELP.format(why="no chromium" if not binary else "no chromedriver"))
    profile = tempfile.mkdtemp(prefix="nf-chrome-")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_AVOID_STATS", "true")
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except Exception as err:  # a broken install must not fail the build
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(BROWSER_HELP.format(why=f"chromium did not start: {str(err).splitlines()[0]}"))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs headless Chromium (skipped with a message when absent)")

"""Regenerate docs/calendar.png: the review page's calendar view, shot by headless Chromium.

    .venv/bin/newsfacts extract corpus/calendar/articles.jsonl corpus/c14-asean-saudi-courtesy-call.txt \
        corpus/e04-nz-tonga-ministerial-forum.txt corpus/f09-pif-femm-blue-pacific.txt -o /tmp/cal-run.jsonl
    .venv/bin/python tests/calendar/make_calendar_screenshot.py /tmp/cal-run.jsonl docs/calendar.png \
        corpus/calendar/articles.jsonl corpus/
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for review.conftest

from newsfacts.review.data import load_run  # noqa: E402
from newsfacts.review.render import build_payload, render_html  # noqa: E402
from review.conftest import CHROME_FLAGS, find_chromium  # noqa: E402


def main(run: str, out: str, *inputs: str) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    work = Path(tempfile.mkdtemp(prefix="nf-cal-shot-"))
    page = work / "review.html"
    page.write_text(render_html(build_payload(load_run(Path(run), list(inputs)), run_name=Path(run).name)),
                    encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = find_chromium()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument("--window-size=1280,1500")
    options.add_argument(f"--user-data-dir={work / 'profile'}")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        driver.get(page.as_uri())
        while not driver.execute_script("return document.documentElement.getAttribute('data-review-ready')"):
            time.sleep(0.05)
        driver.find_element("id", "tab-calendar").click()
        time.sleep(0.5)
        driver.save_screenshot(out)
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

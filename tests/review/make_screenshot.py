"""Regenerate docs/review.png: a review page over a few corpus articles, shot by headless Chromium.

    .venv/bin/newsfacts extract corpus/a04-my-asean-econ-ministers.txt corpus/b01-gb-black-sea-talks.txt \
        corpus/b12-un-cop29-finance.txt corpus/a16-sg-china-jcbc.txt -o /tmp/shot-run.jsonl
    .venv/bin/python -m tests.review.make_screenshot /tmp/shot-run.jsonl corpus/ docs/review.png
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from newsfacts.review.data import load_run
from newsfacts.review.render import build_payload, read_decisions, render_html
from newsfacts.review.server import make_server

from .conftest import CHROME_FLAGS, find_chromium


def main(run: str, inputs: str, out: str, article: str = "") -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    work = Path(tempfile.mkdtemp(prefix="nf-shot-"))
    decisions = work / "decisions.jsonl"
    payload = build_payload(load_run(Path(run), [inputs]), run_name=Path(run).name, save_url="/decisions",
                            save_path="review.decisions.jsonl")

    def page():
        payload["decisions"] = read_decisions(decisions)
        return render_html(payload)

    server = make_server(page, decisions, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = webdriver.ChromeOptions()
    options.binary_location = find_chromium()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument("--window-size=1440,1800")
    options.add_argument(f"--user-data-dir={work / 'profile'}")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        host, port = server.server_address[:2]
        driver.get(f"http://{host}:{port}/")
        while not driver.execute_script("return document.documentElement.getAttribute('data-review-ready')"):
            time.sleep(0.05)
        if article:
            driver.execute_script("window.newsfactsReview.select(arguments[0])", article)
        # one accepted and one rejected fact, to show the review state
        buttons = driver.find_elements("css selector", "#facts-officials button.btn-accept")
        if buttons:
            buttons[0].click()
        buttons = driver.find_elements("css selector", "#facts-dates button.btn-reject")
        if buttons:
            buttons[-1].click()
        time.sleep(0.8)
        driver.execute_script("document.getElementById('article').scrollTop = 0")
        driver.save_screenshot(out)
    finally:
        driver.quit()
        server.shutdown()
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

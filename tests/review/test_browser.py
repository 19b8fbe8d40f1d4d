"""The review page in real headless Chromium: highlights, tables, reject/add saved via --serve,
and no script from an article's text ever runs."""
from __future__ import annotations

import json
import threading
import time

import pytest

from newsfacts.review.apply import apply_decisions
from newsfacts.review.data import load_run
from newsfacts.review.render import build_payload, read_decisions, render_html
from newsfacts.review.server import make_server

from .conftest import FALSE_VENUE, MISSED_DATE, TEXT_A, TEXT_XSS, XSS_ID

pytestmark = pytest.mark.browser


def wait_for(predicate, timeout=10.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def served(run_files, tmp_path):
    run, inputs = run_files
    decisions = tmp_path / "decisions.jsonl"
    payload = build_payload(load_run(run, [str(inputs)]), run_name=str(run), save_url="/decisions",
                            save_path=str(decisions))

    def page():
        payload["decisions"] = read_decisions(decisions)
        return render_html(payload)

    server = make_server(page, decisions, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}/", run, inputs, decisions
    finally:
        server.shutdown()
        server.server_close()


def open_page(browser, url):
    browser.get(url)
    wait_for(lambda: browser.execute_script("return document.documentElement.getAttribute('data-review-ready')"),
             what="page ready")


def no_alert(browser) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        browser.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def select_text(browser, needle):
    """Select NEEDLE inside #text like a mouse drag would, then release the mouse."""
    browser.execute_script(
        """
        const needle = arguments[0], box = document.getElementById('text');
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode())) {
          const i = node.data.indexOf(needle);
          if (i >= 0) {
            const r = document.createRange();
            r.setStart(node, i); r.setEnd(node, i + needle.length);
            const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
            box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            return true;
          }
        }
        throw new Error('not found: ' + needle);
        """,
        needle,
    )


def test_review_page_reject_add_and_apply(browser, served, tmp_path):
    from selenium.webdriver.common.by import By

    url, run, inputs, decisions = served
    open_page(browser, url)
    assert "newsfacts review" in browser.title
    rows = browser.find_elements(By.CSS_SELECTOR, "#list .row")
    assert len(rows) == 3
    assert browser.find_element(By.CSS_SELECTOR, "#article h2").text == "a1"

    # highlights, one per mention, by type; their text is the mention's text
    marks = browser.find_elements(By.CSS_SELECTOR, "#text mark.hl")
    by_type = {}
    for mark in marks:
        by_type.setdefault(mark.get_attribute("data-type"), []).append(mark.text)
    assert set(by_type) == {"officials", "instruments", "dates", "venues", "events"}
    assert FALSE_VENUE in by_type["venues"] and "12 March 2025" in by_type["dates"]
    labels = browser.execute_script(
        "return [...document.querySelectorAll('#text .lbl')].map(e => getComputedStyle(e, '::after').content)")
    assert '"OFFICIAL"' in labels and '"EVENT"' in labels
    # the text in the DOM is exactly the article text (labels are drawn by CSS)
    assert browser.execute_script("return document.getElementById('text').textContent") == TEXT_A

    # tables with the rule of each fact
    for fact_type, n in (("officials", 1), ("instruments", 1), ("dates", 1), ("venues", 2), ("events", 1)):
        assert len(browser.find_elements(By.CSS_SELECTOR, f"#facts-{fact_type} tbody tr.fact")) == n
    assert "venue.from_country" in browser.find_element(By.CSS_SELECTOR, "#facts-venues").text
    event_row = browser.find_element(By.CSS_SELECTOR, "#facts-events tbody tr.fact").text
    assert "Ana Lim" in event_row and "Plan of Action on Fisheries" in event_row and "2025-03-12" in event_row

    # reject the false venue: the page saves to the server by itself
    reject = browser.find_element(By.CSS_SELECTOR, '#facts-venues button.btn-reject[data-index="1"]')
    reject.click()
    wait_for(lambda: decisions.exists() and read_decisions(decisions), what="decisions file")
    lines = read_decisions(decisions)
    assert len(lines) == 1
    line = lines[0]
    assert line["article"] == "a1" and line["type"] == "venues" and line["action"] == "reject"
    assert line["fact"]["name"] == FALSE_VENUE and line["text"] == FALSE_VENUE
    assert TEXT_A[line["start"]:line["end"]] == FALSE_VENUE
    row = browser.find_element(By.CSS_SELECTOR, '#facts-venues tr[data-index="1"]')
    assert "st-reject" in row.get_attribute("class")

    # add the missed date by selecting it and choosing DATE
    select_text(browser, MISSED_DATE)
    menu = wait_for(lambda: browser.find_element(By.ID, "add-menu").is_displayed(), what="add menu")
    assert menu
    browser.find_element(By.CSS_SELECTOR, '#add-menu button[data-type="dates"]').click()
    wait_for(lambda: len(read_decisions(decisions)) == 2, what="second decision saved")
    added = [l for l in read_decisions(decisions) if l["action"] == "add"][0]
    assert added["type"] == "dates" and added["text"] == MISSED_DATE
    assert TEXT_A[added["start"]:added["end"]] == MISSED_DATE
    assert added["fact"]["text"] == MISSED_DATE
    assert browser.find_elements(By.CSS_SELECTOR, "#text mark.hl.added")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#facts-dates tbody tr")) == 2

    # the download path produces the same lines (Blob + <a download>)
    jsonl = browser.execute_script("return window.newsfactsReview.decisionsJsonl()")
    assert [json.loads(s) for s in jsonl.splitlines()] == read_decisions(decisions)

    # reload: the saved decisions come back into the page
    open_page(browser, url)
    assert "st-reject" in browser.find_element(
        By.CSS_SELECTOR, '#facts-venues tr[data-index="1"]').get_attribute("class")

    # review -> apply: the rejected false venue is gone, the added date is there
    golds, stats = apply_decisions(decisions, run, [str(inputs)])
    gold = {g["id"]: g for g in golds}["a1"]
    assert [v["name"] for v in gold["venues"]] == ["Putrajaya"]
    assert MISSED_DATE in [d["text"] for d in gold["dates"]]
    assert "12 March 2025" in [d["text"] for d in gold["dates"]]
    assert stats["rejected"] == 1 and stats["added"] == 1


def test_filters_and_error_article(browser, served):
    from selenium.webdriver.common.by import By

    url, *_ = served
    open_page(browser, url)
    browser.find_element(By.ID, "errors-only").click()
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "#list .row")) == 1, what="error filter")
    browser.find_element(By.CSS_SELECTOR, "#list .row").click()
    assert "invalid UTF-8" in browser.find_element(By.ID, "error").text
    browser.find_element(By.ID, "errors-only").click()
    browser.find_element(By.CSS_SELECTOR, '#type-filters button[data-type="events"]').click()
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "#list .row")) == 1, what="type filter")
    browser.find_element(By.CSS_SELECTOR, '#type-filters button[data-type="events"]').click()
    search = browser.find_element(By.ID, "search")
    search.send_keys("press release")
    wait_for(lambda: len(browser.find_elements(By.CSS_SELECTOR, "#list .row")) == 1, what="text search")


def test_article_html_never_runs(browser, served):
    from selenium.webdriver.common.by import By

    url, *_ = served
    open_page(browser, url)
    title = browser.title
    for row in browser.find_elements(By.CSS_SELECTOR, "#list .row"):
        if row.find_element(By.CSS_SELECTOR, ".rid").text == XSS_ID:
            row.click()
            break
    else:
        raise AssertionError("xss article not in the list")
    wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#article h2").text == XSS_ID, what="xss article")
    time.sleep(0.3)
    assert no_alert(browser)
    assert browser.title == title
    assert browser.execute_script("return window.__pwned") is None
    assert browser.execute_script("return document.querySelectorAll('#article img, #article script, #article b').length") == 0
    assert browser.execute_script("return document.scripts.length") == 2  # the data and the page's own
    assert browser.execute_script("return document.getElementById('text').textContent") == TEXT_XSS
    assert "<script>alert(1)</script>" in browser.find_element(By.ID, "text").text
    assert len(browser.find_elements(By.CSS_SELECTOR, '#text mark.hl[data-type="officials"]')) == 2
    # no CSP violation or error from the page itself
    errors = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert not errors, errors


def test_static_file_page(browser, run_files, tmp_path):
    """The page written by `newsfacts review -o` works from file:// with no server."""
    from selenium.webdriver.common.by import By
    from typer.testing import CliRunner

    from newsfacts.cli import app

    run, inputs = run_files
    out = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", str(run), "--inputs", str(inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    open_page(browser, out.as_uri())
    assert browser.find_elements(By.CSS_SELECTOR, "#text mark.hl")
    browser.find_element(By.CSS_SELECTOR, '#facts-venues button.btn-reject[data-index="1"]').click()
    lines = [json.loads(s) for s in browser.execute_script("return window.newsfactsReview.decisionsJsonl()").splitlines()]
    assert lines and lines[0]["action"] == "reject"
    assert browser.find_element(By.ID, "save-server").get_attribute("hidden") is not None


def test_cli_serve_end_to_end(browser, run_files, tmp_path):
    """`newsfacts review RUN --inputs ... --serve --port 0` as a user runs it: reject, saved to file."""
    import re
    import signal
    import subprocess
    import sys

    from selenium.webdriver.common.by import By

    run, inputs = run_files
    decisions = tmp_path / "saved.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from newsfacts.cli import main; main()", "review", str(run), "--inputs", str(inputs),
         "--serve", "--port", "0", "--decisions", str(decisions)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    try:
        line = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if "serving http://" in line or not line:
                break
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, f"server did not start: {line!r}"
        open_page(browser, match.group(0))
        browser.find_element(By.CSS_SELECTOR, '#facts-venues button.btn-reject[data-index="1"]').click()
        wait_for(lambda: decisions.exists() and read_decisions(decisions), what="decisions saved by the CLI server")
        assert read_decisions(decisions)[0]["fact"]["name"] == FALSE_VENUE
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_five_thousand_articles_stay_responsive(browser, run_files, tmp_path):
    """A 5,000-article run loads quickly and keeps only the visible list rows in the DOM."""
    from selenium.webdriver.common.by import By

    from newsfacts.review.data import RunEntry

    run, inputs = run_files
    base = load_run(run, [str(inputs)])[0]
    entries = []
    for i in range(5000):
        record = base.record.model_copy(update={"id": f"art-{i:04d}"})
        entries.append(RunEntry(id=record.id, record=record, text=base.text, published=base.published))
    entries[4321] = RunEntry(id="art-4321", error="boom")
    page = tmp_path / "big.html"
    page.write_text(render_html(build_payload(entries, run_name="big.jsonl")), encoding="utf-8")
    started = time.monotonic()
    open_page(browser, page.as_uri())
    assert time.monotonic() - started < 20
    rows = browser.find_elements(By.CSS_SELECTOR, "#list .row")
    assert 0 < len(rows) < 100
    assert browser.find_element(By.ID, "list-count").text == "5000 of 5000 articles"
    # scroll to the end: the last rows are rendered, still only a window of them
    browser.execute_script("const l = document.getElementById('list'); l.scrollTop = l.scrollHeight;"
                           "l.dispatchEvent(new Event('scroll'));")
    row_ids = "return [...document.querySelectorAll('#list .row .rid')].map(e => e.textContent)"
    wait_for(lambda: "art-4999" in browser.execute_script(row_ids), what="last row rendered")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#list .row")) < 100
    browser.find_element(By.ID, "errors-only").click()
    wait_for(lambda: browser.find_element(By.ID, "list-count").text == "1 of 5000 articles", what="error filter")
    # one article at a time in the main view
    assert len(browser.find_elements(By.CSS_SELECTOR, "#article h2")) == 1

"""The page is one self-contained file and no article text can break out of its data."""
from __future__ import annotations

import json
import re

from newsfacts.review.data import load_run
from newsfacts.review.render import build_payload, json_for_script, render_html

from .conftest import TEXT_XSS, XSS_ID


def test_json_for_script_cannot_close_the_tag():
    data = {"t": "</script><script>alert(1)</script> & <!-- \u2028 \u2029"}
    out = json_for_script(data)
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == data


def test_page_is_self_contained_and_escaped(run_files):
    run, inputs = run_files
    page = render_html(build_payload(load_run(run, [str(inputs)]), run_name=str(run)))
    # exactly three script elements' worth of tags: the JSON data and the page's own code
    assert len(re.findall(r"<script\b", page, flags=re.I)) == 2
    assert page.lower().count("</script") == 2
    assert "alert(1)" in page and "<script>alert" not in page
    assert "onerror=alert(2)>" not in page
    # no network: nothing remote is referenced
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, flags=re.I)
    assert "@import" not in page
    assert "script-src 'sha256-" in page.replace("&#x27;", "'")
    data = json.loads(re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page, re.S).group(1))
    ids = [a["id"] for a in data["articles"]]
    assert ids == ["a1", XSS_ID, "broken"]
    xss = data["articles"][1]
    assert xss["text"] == TEXT_XSS
    assert data["articles"][2]["error"].startswith("invalid UTF-8")


def test_script_hash_matches_the_inline_code(run_files):
    import base64
    import hashlib

    run, inputs = run_files
    page = render_html(build_payload(load_run(run, [str(inputs)]), run_name=str(run)))
    code = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
    assert f"sha256-{digest}" in page


def test_run_without_inputs_notes_missing_text(run_files):
    run, _ = run_files
    entries = load_run(run)
    assert entries[0].text is None and "text not found" in entries[0].notes[0]


def test_gold_style_jsonl_gives_text(run_files, tmp_path):
    run, inputs = run_files
    gold = tmp_path / "gold.jsonl"
    rows = [json.loads(line) for line in inputs.read_text().split("\n") if line.strip()]
    gold.write_text("".join(json.dumps({**r, "officials": []}) + "\n" for r in rows))
    entries = load_run(run, [str(gold)])
    assert entries[0].text == rows[0]["text"]

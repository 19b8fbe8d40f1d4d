"""Review -> apply: rejected facts leave the gold, added ones enter it, the rest is kept."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.records import GoldArticle
from newsfacts.review.apply import apply_decisions
from newsfacts.review.data import date_normaliser

from .conftest import FALSE_VENUE, INSTRUMENT, MISSED_DATE, TEXT_A


def _decisions(path, lines):
    path.write_text("".join(json.dumps(l) + "\n" for l in lines), encoding="utf-8")
    return path


def _run_fact(run, article, fact_type, name):
    for line in run.read_text().splitlines():
        rec = json.loads(line)
        if rec["id"] == article:
            return next(f for f in rec[fact_type] if f.get("name", f.get("text")) == name)
    raise KeyError(name)


def test_apply_round_trip(run_files, tmp_path):
    run, inputs = run_files
    venue = _run_fact(run, "a1", "venues", FALSE_VENUE)
    start = TEXT_A.index(MISSED_DATE)
    decisions = _decisions(tmp_path / "d.jsonl", [
        {"article": "a1", "type": "venues", "action": "reject", "fact": venue, "text": FALSE_VENUE,
         "start": venue["mentions"][0]["start"], "end": venue["mentions"][0]["end"]},
        {"article": "a1", "type": "officials", "action": "accept", "fact": _run_fact(run, "a1", "officials", "Ana Lim"),
         "text": "x", "start": 0, "end": 1},
        {"article": "a1", "type": "dates", "action": "add", "fact": {"text": MISSED_DATE, "start": None, "end": None},
         "text": MISSED_DATE, "start": start, "end": start + len(MISSED_DATE)},
        {"article": "a1", "type": "venues", "action": "add", "fact": {"name": "Seri Perdana"},
         "text": "Seri Perdana", "start": None, "end": None},
    ])
    out = tmp_path / "corpus" / "NEW.jsonl"
    out.parent.mkdir()
    result = CliRunner().invoke(app, ["review", "apply", str(decisions), str(run), "--inputs", str(inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    golds = [json.loads(line) for line in out.read_text().splitlines()]
    assert [g["id"] for g in golds] == ["a1", "xss-<img src=x onerror=alert(2)>"]  # the error record is not gold
    a1 = golds[0]
    GoldArticle.model_validate(a1)
    assert a1["text"] == TEXT_A and a1["published"] == "2025-03-10"
    assert [v["name"] for v in a1["venues"]] == ["Putrajaya", "Seri Perdana"]
    assert a1["venues"][1] == {"name": "Seri Perdana", "city": None, "country": None}
    dates = {d["text"]: d for d in a1["dates"]}
    assert set(dates) == {"12 March 2025", MISSED_DATE}
    if date_normaliser() is not None:
        assert (dates[MISSED_DATE]["start"], dates[MISSED_DATE]["end"]) == ("2025-03-14", "2025-03-14")
    else:
        assert dates[MISSED_DATE]["start"] is None
    assert a1["instruments"][0]["name"] == INSTRUMENT.replace(" 2026-2030", "")
    # gold format: no mentions anywhere, events without officials/instruments
    for fact_type in ("officials", "instruments", "dates", "venues", "events"):
        for fact in a1[fact_type]:
            assert "mentions" not in fact
    assert "officials" not in a1["events"][0] and "instruments" not in a1["events"][0]
    assert a1["events"][0]["venue"]["name"] == "Putrajaya"
    assert "rejected=1" in result.output and "added=2" in result.output


def test_last_decision_wins_and_reviewed_only(run_files, tmp_path):
    run, inputs = run_files
    venue = _run_fact(run, "a1", "venues", FALSE_VENUE)
    decisions = _decisions(tmp_path / "d.jsonl", [
        {"article": "a1", "type": "venues", "action": "reject", "fact": venue, "text": "", "start": None, "end": None},
        {"article": "a1", "type": "venues", "action": "accept", "fact": venue, "text": "", "start": None, "end": None},
        {"article": "nope", "type": "venues", "action": "reject", "fact": venue},
        "not an object",
    ])
    golds, stats = apply_decisions(decisions, run, [str(inputs)], reviewed_only=True)
    assert [g["id"] for g in golds] == ["a1"]
    assert FALSE_VENUE in [v["name"] for v in golds[0]["venues"]]
    assert stats["decisions for articles not in the run"] == 1
    assert stats["malformed decision lines"] == 1


def test_added_fact_duplicate_is_not_doubled(run_files, tmp_path):
    run, inputs = run_files
    decisions = _decisions(tmp_path / "d.jsonl", [
        {"article": "a1", "type": "venues", "action": "add", "fact": {"name": "putrajaya"}, "text": "Putrajaya",
         "start": None, "end": None},
    ])
    golds, stats = apply_decisions(decisions, run, [str(inputs)])
    assert [v["name"] for v in golds[0]["venues"]] == ["Putrajaya", FALSE_VENUE]
    assert stats["added (already present)"] == 1

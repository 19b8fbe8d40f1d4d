"""Export to Prodigy / doccano / Label Studio tasks and import them back as gold."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.review.data import date_normaliser, fact_key
from newsfacts.review.interchange import import_tasks

from .conftest import FALSE_VENUE, MISSED_DATE, TEXT_A

TYPES = ("officials", "instruments", "dates", "venues", "events")


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _export(run, inputs, fmt, out):
    result = CliRunner().invoke(app, ["export", "--format", fmt, str(run), "--inputs", str(inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return _jsonl(out)


def _import(path, fmt, out):
    result = CliRunner().invoke(app, ["import", "--format", fmt, str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return {g["id"]: g for g in _jsonl(out)}


def _keys(article):
    return {t: {fact_key(t, f) for f in article[t]} for t in TYPES}


def _spans_of(task, fmt):
    if fmt == "prodigy":
        return [(s["start"], s["end"], s["label"]) for s in task["spans"]]
    if fmt == "doccano":
        return [tuple(x) for x in task["label"]]
    return [(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in task["predictions"][0]["result"]]


@pytest.mark.parametrize("fmt", ["prodigy", "doccano", "label-studio"])
def test_export_format_and_round_trip(fmt, run_files, tmp_path):
    run, inputs = run_files
    tasks = _export(run, inputs, fmt, tmp_path / "tasks.jsonl")
    assert len(tasks) == 2  # the error record has no text to annotate
    task = tasks[0]
    text = task["data"]["text"] if fmt == "label-studio" else task["text"]
    assert text == TEXT_A
    spans = _spans_of(task, fmt)
    assert {label for _, _, label in spans} == {"OFFICIAL", "INSTRUMENT", "DATE", "VENUE", "EVENT"}
    for s, e, _ in spans:
        assert 0 <= s < e <= len(text)
    if fmt == "label-studio":
        r = task["predictions"][0]["result"][0]
        assert r["from_name"] == "label" and r["to_name"] == "text" and r["type"] == "labels"
        assert r["value"]["text"] == text[r["value"]["start"]:r["value"]["end"]]
        assert task["data"]["id"] == "a1"
    elif fmt == "prodigy":
        assert task["meta"]["id"] == "a1"
    else:
        assert task["id"] == "a1"

    golds = _import(tmp_path / "tasks.jsonl", fmt, tmp_path / "gold.jsonl")
    gold = golds["a1"]
    run_a1 = json.loads(run.read_text().split("\n")[0])
    assert _keys(gold) == _keys(run_a1)
    assert gold["text"] == TEXT_A and gold["published"] == "2025-03-10"
    # the normalised facts come back, not just the span text
    assert gold["instruments"][0]["kind"] == "plan" and gold["instruments"][0]["end"] == "2030"
    assert gold["events"][0]["ordinal"] == 5 and "officials" not in gold["events"][0]
    assert all("mentions" not in f for t in TYPES for f in gold[t])


@pytest.mark.parametrize("fmt", ["prodigy", "doccano", "label-studio"])
def test_import_corrections(fmt, run_files, tmp_path):
    """An annotator removed the false venue and added the missed date."""
    run, inputs = run_files
    tasks = _export(run, inputs, fmt, tmp_path / "tasks.jsonl")
    task = tasks[0]
    v0 = TEXT_A.index(FALSE_VENUE)
    d0 = TEXT_A.index(MISSED_DATE)
    d1 = d0 + len(MISSED_DATE)
    if fmt == "prodigy":
        task["spans"] = [s for s in task["spans"] if s["start"] != v0] + [{"start": d0, "end": d1, "label": "DATE"}]
        task["answer"] = "accept"
    elif fmt == "doccano":
        task["label"] = [x for x in task["label"] if x[0] != v0] + [[d0, d1, "DATE"]]
    else:
        kept = [r for r in task["predictions"][0]["result"] if r["value"]["start"] != v0]
        kept.append({"id": "new", "from_name": "label", "to_name": "text", "type": "labels",
                     "value": {"start": d0, "end": d1, "text": MISSED_DATE, "labels": ["DATE"]}})
        task["annotations"] = [{"result": kept}]
    path = tmp_path / "edited.jsonl"
    if fmt == "label-studio":  # Label Studio's JSON export is a list
        path.write_text(json.dumps(tasks), encoding="utf-8")
    else:
        path.write_text("".join(json.dumps(t) + "\n" for t in tasks), encoding="utf-8")
    gold = _import(path, fmt, tmp_path / "gold.jsonl")["a1"]
    assert FALSE_VENUE not in [v["name"] for v in gold["venues"]]
    assert "Putrajaya" in [v["name"] for v in gold["venues"]]
    added = [d for d in gold["dates"] if d["text"] == MISSED_DATE]
    assert len(added) == 1
    if date_normaliser() is not None:
        assert added[0]["start"] == "2025-03-14"


def test_doccano_entities_and_unknown_labels(tmp_path):
    text = "Minister Ann Lee met in Oslo on 3 May 2024."
    path = tmp_path / "doccano.jsonl"
    path.write_text(json.dumps({
        "id": 7, "text": text,
        "entities": [{"id": 1, "start_offset": 0, "end_offset": 16, "label": "OFFICIAL"},
                     {"id": 2, "start_offset": 24, "end_offset": 28, "label": "VENUE"},
                     {"id": 3, "start_offset": 32, "end_offset": 42, "label": "MONEY"},
                     {"id": 4, "start_offset": 32, "end_offset": 99, "label": "DATE"}],
    }) + "\n", encoding="utf-8")
    golds, stats = import_tasks(path, "doccano")
    gold = golds[0]
    assert gold["id"] == "7"
    assert gold["officials"][0]["name"] == "Minister Ann Lee"
    assert gold["venues"] == [{"name": "Oslo", "city": None, "country": None}]
    assert gold["dates"] == []
    assert stats["spans with unknown label skipped (MONEY)"] == 1
    assert stats["spans with bad offsets skipped"] == 1


def test_prodigy_rejected_task_is_skipped(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"text": "x y", "spans": [], "answer": "reject", "meta": {"id": "r"}}) + "\n")
    golds, stats = import_tasks(path, "prodigy")
    assert golds == [] and stats["tasks answered reject/ignore skipped"] == 1


def test_unknown_format_is_refused(run_files, tmp_path):
    run, inputs = run_files
    result = CliRunner().invoke(app, ["export", "--format", "brat", str(run), "--inputs", str(inputs)])
    assert result.exit_code != 0

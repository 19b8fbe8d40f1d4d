"""Every mistake gets one line naming the file, the line and the fix, and the documented exit
status: 0 done, 1 error records with --strict, 2 usage errors and inputs with nothing to read."""
from __future__ import annotations

import json
import shutil

import pytest

from .conftest import REPO, newsfacts, write_jsonl

GOOD = {"id": "g1", "text": "Prime Minister Anna Berg met officials in Oslo on Monday.", "published": "2025-06-02"}


def _one_line_error(result, *needles):
    err = result.stderr.strip()
    assert result.returncode == 2, err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    for needle in needles:
        assert needle in err, err


def test_usage_errors_exit_2_with_one_line(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    (tmp_path / "empty_folder").mkdir()
    (tmp_path / "nothing.jsonl").write_text("\n\n")
    _one_line_error(newsfacts("extract", tmp_path / "nope.txt"), "nope.txt: no such file")
    _one_line_error(newsfacts("extract", tmp_path / "empty_folder"), "no .txt files")
    _one_line_error(newsfacts("extract", tmp_path / "nothing.jsonl"), "nothing to read")
    _one_line_error(newsfacts("extract", src, "-o", tmp_path / "missing" / "out.jsonl"),
                    "does not exist", "mkdir -p")
    _one_line_error(newsfacts("extract", src, "-o", tmp_path), "is a folder")
    _one_line_error(newsfacts("extract", src, "--published", "2025-13-45"), "--published", "YYYY-MM-DD")
    _one_line_error(newsfacts("extract", src, "--on-duplicate", "maybe"), "--on-duplicate maybe")
    _one_line_error(newsfacts("extract", src, "--resume"), "--resume needs -o")


def test_export_without_texts_exits_2(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    run = tmp_path / "run.jsonl"
    newsfacts("extract", src, "-o", run, check=True)
    result = newsfacts("export", run, "--format", "prodigy", "-o", tmp_path / "tasks.jsonl")
    _one_line_error(result, "--inputs")
    assert not (tmp_path / "tasks.jsonl").exists()


def test_strict_exit_1_only_with_error_records(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [GOOD, {"id": "e", "text": ""}])
    assert newsfacts("extract", src).returncode == 0
    strict = newsfacts("extract", src, "--strict")
    assert strict.returncode == 1 and "1 article(s) became error records" in strict.stderr
    ok = write_jsonl(tmp_path / "ok.jsonl", [GOOD])
    assert newsfacts("extract", ok, "--strict").returncode == 0


def test_bad_rule_file_is_one_line_and_keeps_the_previous_output(tmp_path):
    patterns = tmp_path / "patterns"
    shutil.copytree(REPO / "patterns", patterns)
    rules = patterns / "instruments.jsonl"
    n = len(rules.read_text(encoding="utf-8").splitlines()) + 1
    with rules.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "x.bad", "label": "HEAD", "pattern": [{"TEXT": {"REGEX": "^(a+)+$"}}]}\n')
    src = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    for workers in ("1", "2"):
        result = newsfacts("extract", src, "-o", out, "--workers", workers, env={"NEWSFACTS_PATTERNS": str(patterns)})
        _one_line_error(result, f"instruments.jsonl:{n}", "nested quantifiers")
        assert out.read_text() == "previous\n" and not (tmp_path / "out.jsonl.partial").exists()


#: Widens a race the CLI must not lose: a semaphore unlinked by a thread other than the main
#: one is told to the resource tracker only half a second later. A CLI that exits past its
#: torn-down pool inside that gap makes the tracker print "leaked semaphore" warnings.
SLOW_SEMAPHORE_CLEANUP = """
import threading, time
from multiprocessing import synchronize

def _slow_cleanup(name):
    from multiprocessing.resource_tracker import unregister
    synchronize.sem_unlink(name)
    if threading.current_thread() is not threading.main_thread():
        time.sleep(0.5)
    unregister(name, "semaphore")

synchronize.SemLock._cleanup = staticmethod(_slow_cleanup)
"""


def test_bad_rule_file_with_workers_leaves_no_semaphore_warning(tmp_path):
    patterns = tmp_path / "patterns"
    shutil.copytree(REPO / "patterns", patterns)
    with (patterns / "venues.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "x.bad", "label": "VENUE", "pattern": [{"TEXT": {"REGEX": "(b*)*c"}}]}\n')
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SLOW_SEMAPHORE_CLEANUP, encoding="utf-8")
    src = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    for _ in range(2):  # the race was lost about two times in three with the hook
        result = newsfacts("extract", src, "--workers", "2",
                           env={"NEWSFACTS_PATTERNS": str(patterns), "PYTHONPATH": str(hook)})
        _one_line_error(result, "venues.jsonl", "nested quantifiers")


def test_stdin_text_format_bom_and_unknown_fields(tmp_path):
    text = "Prime Minister Anna Berg met officials in Oslo on Monday."
    plain = newsfacts("extract", "-", "--format", "text", input=text)
    assert plain.returncode == 0 and json.loads(plain.stdout)["officials"][0]["name"] == "Anna Berg"
    as_jsonl = newsfacts("extract", "-", input=text)
    assert "--format text" in json.loads(as_jsonl.stdout)["error"]
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "b", "text": text, "date": "2025-06-02"}).encode() + b"\n")
    result = newsfacts("extract", bom)
    record = json.loads(result.stdout)
    assert record["id"] == "b" and "error" not in record
    assert "bom.jsonl:1: unknown field 'date' ignored (did you mean 'published'?)" in result.stderr
    txt = tmp_path / "bom.txt"
    txt.write_bytes(b"\xef\xbb\xbf" + text.encode())
    record = json.loads(newsfacts("extract", txt).stdout)
    assert record["officials"][0]["mentions"][0]["start"] == 0


def test_surrogate_id_loses_no_line(tmp_path):
    rows = [dict(GOOD, id=f"r{i}") for i in range(30)]
    rows[10] = dict(GOOD, id="\ud800")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")  # ASCII escapes
    for engine in (["--workers", "1"], ["--workers", "2", "--chunk-size", "4"]):
        result = newsfacts("extract", src, "-o", tmp_path / "out.jsonl", *engine)
        assert result.returncode == 0, result.stderr
        records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(records) == 30 and records[10]["id"] == "\ud800" and "error" not in records[10]


@pytest.mark.parametrize("policy,ids,errors", [
    ("keep", ["d", "x", "d"], 0), ("suffix", ["d", "x", "d~2"], 0), ("error", ["d", "x", "d"], 1),
])
def test_duplicate_ids_policy(tmp_path, policy, ids, errors):
    src = write_jsonl(tmp_path / "in.jsonl", [dict(GOOD, id="d"), dict(GOOD, id="x"), dict(GOOD, id="d")])
    result = newsfacts("extract", src, "--on-duplicate", policy)
    assert result.returncode == 0 and "duplicate id 'd' (output line 3)" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ids
    assert sum("error" in r for r in records) == errors
    assert f"errors={errors} duplicate_ids=1" in result.stderr


def test_review_apply_refuses_duplicate_ids(tmp_path):
    first = dict(GOOD, id="d")
    second = {"id": "d", "text": "Foreign Minister Ali Reza visited Hanoi on Tuesday.", "published": "2025-06-02"}
    src = write_jsonl(tmp_path / "in.jsonl", [first, second])
    run = tmp_path / "run.jsonl"
    newsfacts("extract", src, "-o", run, check=True)
    decisions = write_jsonl(tmp_path / "decisions.jsonl", [
        {"article": "d", "type": "venues", "action": "reject", "fact": {"name": "Hanoi"}}])
    result = newsfacts("review", "apply", decisions, run, "--inputs", src, "-o", tmp_path / "gold.jsonl")
    _one_line_error(result, "run.jsonl:2: id 'd' is also at", "--on-duplicate suffix")
    assert not (tmp_path / "gold.jsonl").exists()
    # with unique ids the same review applies, each text with its own facts
    newsfacts("extract", src, "-o", run, "--on-duplicate", "suffix", check=True)
    result = newsfacts("review", "apply", decisions, run, "-o", tmp_path / "gold.jsonl",
                       "--inputs", write_jsonl(tmp_path / "texts.jsonl", [first, dict(second, id="d~2")]))
    assert result.returncode == 0, result.stderr
    gold = {g["id"]: g for g in map(json.loads, (tmp_path / "gold.jsonl").read_text().splitlines())}
    assert gold["d~2"]["text"] == second["text"] and gold["d"]["text"] == first["text"]

"""Local worker pool and Dask engine: output identical to a plain single-process run
(error records included, in input order), and a failed partition reported, not dropped."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app

REPO = Path(__file__).resolve().parents[2]
SEED_DIR = REPO.parent / "shared" / "seed"

BAD_LINES = [
    b'{"id": "broken", "text": \n',  # malformed JSON
    b'{"id": "blank", "text": "   "}\n',  # empty text
    b'{"id": "no-text"}\n',  # missing text
    b'["not", "an", "object"]\n',
    b'{"id": "bad-date", "text": "Talks open in Geneva.", "published": "June"}\n',
    b'{"id": "latin1", "text": "caf\xe9"}\n',  # invalid UTF-8
    b"\n",  # blank line: skipped, but still counted in line numbers
]


def _texts():
    files = sorted((REPO / "corpus").glob("*.txt")) + sorted(SEED_DIR.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert texts, "no corpus articles"
    return texts


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """A JSONL file of ~60 articles with a bad line every 9th line (a byte order mark at the
    top, a bare \\r and a U+2028 inside strings, a lone surrogate id), and a folder of .txt
    files."""
    tmp = tmp_path_factory.mktemp("parallel")
    texts = _texts()
    lines, n = [], 0
    while n < 60:
        text = texts[n % len(texts)]
        if n >= len(texts):  # variations: paragraphs rotated
            paras = text.split("\n\n")
            k = n // len(texts) % max(len(paras), 1)
            text = "\n\n".join(paras[k:] + paras[:k])
        article = {"id": f"a{n:03d}", "text": text}
        if n % 4 == 0:
            article["published"] = "2025-06-02"
        lines.append((json.dumps(article, ensure_ascii=False) + "\n").encode("utf-8"))
        if n % 9 == 8:
            lines.append(BAD_LINES[(n // 9) % len(BAD_LINES)])
        n += 1
    # line splitting must be the same on every engine: only \n ends a line
    lines.insert(3, json.dumps({"id": "cr", "text": "Talks opened in Oslo.\rThe Minister of Trade Lena Dahl spoke."},
                               ensure_ascii=False).replace("\\r", "\r").encode("utf-8") + b"\n")
    lines.insert(5, json.dumps({"id": "ls", "text": "Talks opened in Oslo.\u2028Minister Lena Dahl spoke."},
                               ensure_ascii=False).encode("utf-8") + b"\n")
    lines.insert(7, b'{"id": "\\ud800", "text": "Talks opened in Oslo on Monday."}\n')
    jsonl = tmp / "articles.jsonl"
    jsonl.write_bytes(b"\xef\xbb\xbf" + b"".join(lines))
    folder = tmp / "txt"
    folder.mkdir()
    for i, text in enumerate(texts[:5]):
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return [str(jsonl), str(folder)]


@pytest.fixture(scope="module")
def reference(inputs):
    """The plain API, one article at a time, no chunks, memory zones or tokenizer reset."""
    from newsfacts.api import extract_items
    from newsfacts.io import read_inputs, record_to_json
    from newsfacts.nlp import build_nlp

    records = extract_items(read_inputs(inputs), build_nlp())
    return "".join(record_to_json(r) + "\n" for r in records)


def _extract(args, tmp_path, name="out.jsonl"):
    out = tmp_path / name
    result = CliRunner().invoke(app, ["extract", *args, "-o", str(out), "--no-progress"])
    return result, (out.read_text(encoding="utf-8") if out.exists() else None)


def test_reference_has_error_records(reference):
    lines = [json.loads(line) for line in reference.splitlines()]
    errors = [line for line in lines if "error" in line]
    assert len(lines) > 60 and len(errors) >= 7
    assert any(e["error"].startswith("malformed JSON") for e in errors)
    by_id = {line["id"]: line for line in lines}
    assert lines[0]["id"] == "a000" and "error" not in lines[0]  # after the byte order mark
    for item_id in ("cr", "ls", "\ud800"):  # one line each, processed
        assert "error" not in by_id[item_id]
    assert by_id["cr"]["officials"][0]["name"] == "Lena Dahl"


def test_one_worker_matches_plain_api(inputs, reference, tmp_path, monkeypatch):
    from newsfacts.parallel import worker

    monkeypatch.setattr(worker, "WARMUP_ARTICLES", 10)  # most chunks in memory zones
    result, out = _extract([*inputs, "--chunk-size", "7"], tmp_path)
    assert result.exit_code == 0, result.output
    assert out == reference


def test_two_workers_identical_to_one(inputs, reference, tmp_path):
    result, out = _extract([*inputs, "--workers", "2", "--chunk-size", "5"], tmp_path)
    assert result.exit_code == 0, result.output
    assert out == reference


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
    ) as cluster:
        yield cluster


def test_dask_merged_identical_to_local(inputs, reference, cluster, tmp_path):
    result, out = _extract(
        [*inputs, "--scheduler", cluster.scheduler_address, "--partition-lines", "13",
         "--partition-files", "2"], tmp_path,
    )
    assert result.exit_code == 0, result.output
    assert out == reference


def test_dask_out_dir_partitions_concatenate_to_local(inputs, reference, cluster, tmp_path):
    from distributed import Client

    from newsfacts.parallel.dask_engine import run_dask

    out_dir = tmp_path / "parts"
    with Client(cluster) as client:
        counts = run_dask(inputs, out_dir=out_dir, client=client, lines_per_partition=20)
    parts = sorted(out_dir.glob("part-*.jsonl"))
    assert len(parts) >= 4
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == reference
    assert counts["articles"] == len(reference.splitlines())


def test_dask_failed_partition_is_reported(inputs, cluster, tmp_path):
    from newsfacts.parallel.dask_engine import plan_partitions

    out_dir = tmp_path / "parts"
    (out_dir / "part-00001.jsonl").mkdir(parents=True)  # partition 1 cannot write its file
    result = CliRunner().invoke(app, [
        "extract", *inputs, "--scheduler", cluster.scheduler_address, "--out-dir", str(out_dir),
        "--partition-lines", "20", "--no-progress",
    ])
    assert result.exit_code == 1, result.output
    part1 = list(plan_partitions(inputs, lines_per_partition=20))[1]
    assert "1 partition(s) failed" in result.output
    assert f"{part1.describe()} failed" in result.output
    assert "articles.jsonl lines 21-40" in result.output
    written = sorted(p.name for p in out_dir.glob("part-*.jsonl") if p.is_file())
    assert "part-00000.jsonl" in written and "part-00002.jsonl" in written
    assert "part-00001.jsonl" not in written

"""Bad input never stops a batch: every input line yields one output line, in order."""
import json
import subprocess
import sys

import pytest

from newsfacts.io import read_inputs
from newsfacts.records import ErrorRecord


def _write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("raw,error", [
    (b"\xff\xfe\x00bad", "invalid UTF-8"),
    (b"   \n\t ", "empty text"),
    (b"\x00\x01\x02\x03binary\x00junk\x05\x06", "binary content"),
])
def test_bad_text_files_become_error_records(tmp_path, raw, error):
    item = next(read_inputs([_write(tmp_path / "a.txt", raw)]))
    assert isinstance(item, ErrorRecord) and error in item.error and item.id == "a"


def test_text_over_max_chars_is_an_error_record_naming_the_limit(tmp_path, nlp):
    from newsfacts.api import Limits, extract_items

    items = list(read_inputs([_write(tmp_path / "big.txt", b"word " * 50)]))
    record = next(extract_items(items, nlp, Limits(max_chars=100)))
    assert isinstance(record, ErrorRecord) and record.id == "big"
    assert "too long: 250 characters" in record.error and "--max-chars 250" in record.error


def test_jsonl_lines_each_yield_one_item(tmp_path):
    lines = [
        json.dumps({"id": "ok", "text": "Minister Jane Doe spoke.", "published": "2025-01-02"}),
        "{not json",
        json.dumps({"id": "nopub", "text": "Hello", "published": "yesterday"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": ""}),
    ]
    path = _write(tmp_path / "in.jsonl", ("\n".join(lines) + "\n").encode())
    items = list(read_inputs([path]))
    assert len(items) == 5
    assert items[0].id == "ok" and items[0].published == "2025-01-02"
    assert [type(i).__name__ for i in items[1:]] == ["ErrorRecord"] * 4
    assert items[1].id.endswith(":2") and "malformed JSON" in items[1].error
    assert "not an ISO date" in items[2].error
    assert items[4].id == "7" and items[4].error == "empty text"


def test_cli_extract_keeps_order_and_counts(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2025-03-01\nPrime Minister Anna Berg met officials today.")
    (folder / "b.txt").write_bytes(b"\xff\xfe broken")
    stdin = json.dumps({"id": "s1", "text": "Foreign Minister Ali Reza said on Monday the talks ended."}) + "\nnot json\n"
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsfacts.cli", "extract", str(folder), "-", "-o", str(out)],
        input=stdin, capture_output=True, text=True, check=True,
    )
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "s1", "<stdin>:2"]
    assert records[0]["published"] == "2025-03-01" and records[0]["officials"][0]["name"] == "Anna Berg"
    assert "error" in records[1] and "error" in records[3]
    assert "articles=4" in result.stderr and "errors=2" in result.stderr


def test_schema_command_prints_the_record_schema():
    result = subprocess.run([sys.executable, "-m", "newsfacts.cli", "schema"], capture_output=True, text=True, check=True)
    schema = json.loads(result.stdout)
    assert "Article" in schema["$defs"] and "ErrorRecord" in schema["$defs"]

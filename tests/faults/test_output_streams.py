"""``-o`` onto something that is not a regular file (a FIFO here; ``/dev/null`` and
``/dev/stdout`` take the same path): the lines are written straight to it. Writing
``OUT.partial`` and renaming it would replace the pipe or device with a plain file, which for
``-o /dev/null`` run as root breaks the machine's /dev/null."""
from __future__ import annotations

import json
import os
import stat
import threading

import pytest

from .conftest import newsfacts, write_jsonl

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")

ARTICLES = [{"id": f"s{i}", "text": f"Foreign Minister Anna Berg met officials in Oslo on {d} June 2025.",
             "published": "2025-06-02"} for i, d in enumerate((3, 4, 5))]


def _read_all(path, into):
    with open(path, "rb") as handle:
        into.append(handle.read())


def test_fifo_output_is_written_directly_and_stays_a_fifo(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=_read_all, args=(fifo, received), daemon=True)
    reader.start()
    result = newsfacts("extract", src, "-o", fifo, "--no-progress")
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a plain file"
    assert not (tmp_path / "out.fifo.partial").exists()
    lines = received[0].decode("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["s0", "s1", "s2"]
    assert all(json.loads(line)["officials"][0]["name"] == "Anna Berg" for line in lines)


def test_resume_onto_a_fifo_is_a_usage_error(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    result = newsfacts("extract", src, "-o", fifo, "--resume")
    assert result.returncode == 2
    assert "--resume needs -o to be a regular file" in result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_symlinked_output_stays_a_link_to_the_new_file(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    real = tmp_path / "runs" / "latest-real.jsonl"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    result = newsfacts("extract", src, "-o", link, "--no-progress")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert [json.loads(line)["id"] for line in real.read_text(encoding="utf-8").splitlines()] == ["s0", "s1", "s2"]
    assert not list(tmp_path.rglob("*.partial"))

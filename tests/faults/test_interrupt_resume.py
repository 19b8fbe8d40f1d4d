"""Interrupted runs lose nothing: -o keeps the previous output until the new one is whole,
Ctrl-C/SIGTERM keep the finished articles in OUT.partial, --resume ends byte-identical;
a killed worker process is retried, never waited for forever."""
from __future__ import annotations

import json
import os
import signal
import time

import pytest

from .conftest import children, lines_in, newsfacts, popen


def _wait_for_lines(proc, partial, n, timeout=240):
    started = time.monotonic()
    while lines_in(partial) < n:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() - started < timeout, "no output appeared"
        time.sleep(0.05)


@pytest.mark.parametrize("sig,workers,code", [(signal.SIGINT, 1, 130), (signal.SIGTERM, 2, 143)])
def test_interrupted_run_resumes_to_the_same_file(many, tmp_path, sig, workers, code):
    src, reference = many
    out = tmp_path / "out.jsonl"
    out.write_text("previous output\n")
    partial = tmp_path / "out.jsonl.partial"
    proc = popen("extract", src, "-o", out, "--no-progress", "--workers", workers, "--chunk-size", 16)
    _wait_for_lines(proc, partial, 64)
    assert out.read_text() == "previous output\n"  # untouched while the new output grows
    if workers > 1:  # Ctrl-C in a terminal reaches the whole process group
        os.kill(proc.pid, sig)
    else:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 2, err
    written = lines_in(partial)
    assert 0 < written < reference.count(b"\n")
    assert f"interrupted: {written} articles written to {partial}" in err and "--resume" in err
    assert out.read_text() == "previous output\n"
    # a plain re-run refuses to overwrite the partial output
    again = newsfacts("extract", src, "-o", out, "--no-progress")
    assert again.returncode == 2 and "--resume" in again.stderr
    resumed = newsfacts("extract", src, "-o", out, "--no-progress", "--resume", "--workers", workers)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming: {written} articles" in resumed.stderr
    assert out.read_bytes() == reference and not partial.exists()


def test_resume_after_a_hard_kill_cuts_the_torn_line(many, tmp_path):
    src, reference = many
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    partial.write_bytes(reference[: reference.index(b"\n", 5000) + 1] + b'{"id": "a000')
    resumed = newsfacts("extract", src, "-o", out, "--no-progress", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference


def test_resume_refuses_changed_inputs(many, tmp_path):
    src, reference = many
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_bytes(b'{"id": "other", "error": "x"}\n')
    result = newsfacts("extract", src, "-o", out, "--no-progress", "--resume")
    assert result.returncode == 2 and "inputs changed" in result.stderr
    assert "Traceback" not in result.stderr


def test_killed_worker_process_is_retried_and_the_run_ends(many, tmp_path):
    src, reference = many
    out = tmp_path / "out.jsonl"
    proc = popen("extract", src, "-o", out, "--no-progress", "--workers", 2, "--chunk-size", 16)
    _wait_for_lines(proc, tmp_path / "out.jsonl.partial", 32)
    workers = [pid for pid, cmd in children(proc.pid) if "spawn_main" in cmd]
    assert workers, children(proc.pid)
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=240)  # a dead worker must never stall the run
    assert proc.returncode == 0, err
    assert out.read_bytes() == reference


def test_a_chunk_whose_worker_dies_twice_becomes_error_records(monkeypatch):
    """The retry runs the chunk alone; a second death reports it (error records), in order."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from newsfacts.io.readers import InputItem
    from newsfacts.parallel import local

    class FakePool:
        def __init__(self, workers, initargs):
            pass

        def submit(self, chunk):
            future = Future()
            if chunk[0].id == "poison":
                future.set_exception(BrokenProcessPool("worker died"))
            else:
                from newsfacts.parallel.worker import ChunkResult

                result = ChunkResult()
                for item in chunk:
                    result.add(item, item.id)
                future.set_result(result)
            return future

        rebuild = shutdown = close = lambda self: None

    monkeypatch.setattr(local, "_Pool", FakePool)
    chunks = [[InputItem(id=f"c{i}", text="x")] for i in range(3)]
    chunks.insert(1, [InputItem(id="poison", text="x"), InputItem(id="poison2", text="y")])
    results = list(local.ordered_results(chunks, workers=2))
    assert [r.ids for r in results] == [["c0"], ["poison", "poison2"], ["c1"], ["c2"]]
    assert results[1].counts["errors"] == 2 and "died twice" in results[1].lines[0]


def test_a_pool_that_breaks_between_submissions_loses_no_chunk(monkeypatch):
    """A worker can die while chunks are still being handed out: the executor then refuses the
    next submission at once. Those chunks are retried like the ones in flight."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from newsfacts.io.readers import InputItem
    from newsfacts.parallel import local
    from newsfacts.parallel.worker import ChunkResult

    class BreaksOncePool:
        broken = False
        submissions = 0

        def __init__(self, workers, initargs):
            pass

        def submit(self, chunk):
            BreaksOncePool.submissions += 1
            if BreaksOncePool.submissions == 2:  # the pool broke right after the first chunk
                BreaksOncePool.broken = True
            if BreaksOncePool.broken:
                raise BrokenProcessPool("a child process terminated abruptly")
            future = Future()
            result = ChunkResult()
            for item in chunk:
                result.add(item, item.id)
            future.set_result(result)
            return future

        def rebuild(self):
            BreaksOncePool.broken = False

        shutdown = close = lambda self: None  # noqa: E731

    monkeypatch.setattr(local, "_Pool", BreaksOncePool)
    chunks = [[InputItem(id=f"c{i}", text="x")] for i in range(5)]
    results = list(local.ordered_results(chunks, workers=2))
    assert [r.ids for r in results] == [[f"c{i}"] for i in range(5)]
    assert all(r.counts["errors"] == 0 for r in results)


def test_a_dead_worker_the_executor_never_reports_counts_as_a_broken_pool(monkeypatch):
    """A worker killed while it holds the task queue can leave the executor waiting for ever:
    the wait looks at the workers and gives up after a grace time."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from newsfacts.parallel import local

    monkeypatch.setattr(local, "POLL_SECONDS", 0.01)
    monkeypatch.setattr(local, "DEAD_GRACE_SECONDS", 0.05)

    class Pool:
        dead = False

        def lost_worker(self):
            return self.dead

    pool, never = Pool(), Future()
    done = Future()
    done.set_result("chunk result")
    assert local._result(pool, done) == "chunk result"
    pool.dead = True
    with pytest.raises(BrokenProcessPool):
        local._result(pool, never)


def test_a_run_that_ends_normally_tears_no_pool_down(monkeypatch):
    """Idle workers are let go, not terminated: only a fault (a dead worker, an interrupt)
    makes the CLI leave by os._exit."""
    from newsfacts.io.readers import InputItem
    from newsfacts.parallel import local

    monkeypatch.setattr(local, "_TORN_DOWN", [])
    chunks = [[InputItem(id=f"a{i}", text="Foreign Minister Ana Soto met in Suva on 3 May 2025.")]
              for i in range(4)]
    results = list(local.ordered_results(chunks, workers=2))
    assert len(results) == 4
    assert not local.pools_torn_down()


def test_the_reference_run_has_no_error_records(many):
    """The 1,200 short articles are ordinary text: an error record among them is a crash in a
    rule (a span past the doc's end once turned two of them into errors)."""
    _, reference = many
    errors = [r for r in map(json.loads, reference.splitlines()) if "error" in r]
    assert errors == []

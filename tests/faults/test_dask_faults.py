"""The Dask engine under faults: a killed worker's partition is run again and the merged
output equals the local engine's; a partition that keeps failing is merged as error records
(no line lost) and reported with exit status 1."""
from __future__ import annotations

import io
import json
import os
import signal

import pytest

from .conftest import short_articles, write_jsonl

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dask")
    rows = short_articles(240)
    src = write_jsonl(tmp / "in.jsonl", rows)
    # a bare \r inside a string: one line on every engine
    with src.open("ab") as handle:
        handle.write(b'{"id": "cr", "text": "Talks opened in Oslo.\rMinister Lena Dahl spoke."}\n')
        handle.write(b'{"id": "after-cr", "text": "Minister Ivo Sand spoke in Riga."}\n')
    from newsfacts.parallel import run_local

    out = io.StringIO()
    run_local([str(src)], out)
    return src, out.getvalue()


def test_killed_dask_worker_loses_nothing(articles):
    from newsfacts.parallel.dask_engine import run_dask

    src, reference = articles
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
        killed = []

        def kill_one(part, result):
            if not killed:
                killed.append(pids[0])
                os.kill(pids[0], signal.SIGKILL)

        out = io.StringIO()
        counts = run_dask([str(src)], out, client=client, lines_per_partition=10, on_partition=kill_one)
    assert killed and out.getvalue() == reference
    assert counts["articles"] == 242
    ids = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert ids[-2:] == ["cr", "after-cr"]


from newsfacts.parallel.dask_engine import run_partition as _run_partition  # noqa: E402


def _always_fails_on_partition_2(part, *args, **kwargs):
    if part.index == 2:
        raise RuntimeError("this worker keeps dying")
    return _run_partition(part, *args, **kwargs)


def test_partition_failing_after_retry_becomes_error_records(articles, monkeypatch):
    from newsfacts.parallel import dask_engine

    src, reference = articles
    monkeypatch.setattr(dask_engine, "run_partition", _always_fails_on_partition_2)
    out = io.StringIO()
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        with pytest.raises(dask_engine.PartitionFailure) as err:
            dask_engine.run_dask([str(src)], out, client=client, lines_per_partition=10)
    assert "partition 2 (" in str(err.value) and "lines 21-30" in str(err.value)
    got, want = out.getvalue().splitlines(), reference.splitlines()
    assert len(got) == len(want)
    for i, (line, ref) in enumerate(zip(got, want)):
        if 20 <= i < 30:
            record = json.loads(line)
            assert record["id"] == json.loads(ref)["id"] and "partition failed" in record["error"]
        else:
            assert line == ref


@pytest.mark.parametrize("skip", [0, 25, 30, 241])
def test_dask_resume_skips_what_was_written(articles, skip):
    """--resume on the Dask engine: whole partitions already written are not run again, the
    straddling one drops its first items; the rest equals the local output's rest."""
    from newsfacts.parallel.dask_engine import plan_partitions, run_dask

    src, reference = articles
    parts = list(plan_partitions([str(src)], lines_per_partition=10, skip=skip))
    assert sum(p.n_items - p.skip for p in parts) == 242 - skip
    out = io.StringIO()
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        run_dask([str(src)], out, client=client, lines_per_partition=10, skip=skip)
    assert out.getvalue() == "".join(reference.splitlines(keepends=True)[skip:])

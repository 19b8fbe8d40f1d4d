"""The calendar on a Dask cluster (``newsfacts events --engine dask``): the output of
:func:`~newsfacts.calendar.build.build_calendar`, computed with dask.bag.

1. Workers read the runs in line ranges (the partitions :func:`newsfacts.parallel.dask_engine.plan_partitions`
   plans for JSONL files) into event mentions; the acronym definitions go to the client, which
   makes the run's acronym table (small) and sends it back with the next step.
2. Workers give each article's mentions their features, key them by blocking key, **group by
   key** and score the pairs within each block.
3. The client joins the scored pairs into components (union-find over mention orders only).
4. Workers **group mentions by component** and merge each component into calendar events.
5. The client sorts the events by date.

Every step uses the functions of the local engine, and ties are broken by mention order
(run file, line, event), never by arrival, so the output is identical to the local run.
Run files must be readable by the workers at the same path.
"""
from __future__ import annotations

import os
from typing import Dict, List, Optional, Sequence

from ..records.calendar import CalendarEvent
from .blocking import blocking_keys, pairs_in_block
from .build import CalendarStats, featurised, record_mentions, summarise
from .mentions import EventMention, acronym_table, definitions
from .merge import components, merge_component, sort_key

DEFAULT_LINES_PER_PARTITION = 2000


def read_part(part, file_index: int, urls: Dict[str, str]):
    """(mentions, stats) of one line range of a run file (on a worker)."""
    import json

    stats = CalendarStats()
    mentions: List[EventMention] = []
    with open(part.source, "rb") as handle:
        handle.seek(part.start)
        raw = handle.read(part.end - part.start).splitlines()
    for i, line in enumerate(raw):
        if not line.strip():
            continue
        obj, problem = None, None
        try:
            obj = json.loads(line.decode("utf-8"))
            if not isinstance(obj, dict):
                obj, problem = None, "a JSONL line must be an object"
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            problem = f"malformed JSON: {err}"
        mentions.extend(record_mentions(obj, problem, file_index, part.first_line + i, part.source, urls, stats))
    return mentions, stats


def _block_pairs(item):
    _, block = item
    return pairs_in_block(block)


def _merge(item):
    _, members = item
    return merge_component(members)


def build_calendar_dask(runs: Sequence[str], urls: Optional[Dict[str, str]] = None, *,
                        stats: Optional[CalendarStats] = None, scheduler: Optional[str] = None,
                        client=None, workers: Optional[int] = None,
                        lines_per_partition: int = DEFAULT_LINES_PER_PARTITION) -> List[CalendarEvent]:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover
        raise SystemExit("the dask engine needs dask[distributed]: pip install 'newsfacts[dask]'") from None
    from ..parallel.dask_engine import plan_partitions

    stats = stats if stats is not None else CalendarStats()
    urls = urls or {}
    own_cluster = own_client = None
    if client is None:
        if scheduler:
            client = own_client = Client(scheduler)
        else:
            own_cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                       processes=True, dashboard_address=None)
            client = own_client = Client(own_cluster)
    try:
        return _run(db, client, runs, urls, stats, plan_partitions, lines_per_partition)
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()


def _run(db, client, runs, urls, stats, plan_partitions, lines_per_partition) -> List[CalendarEvent]:
    # planned run by run: the same file given twice is two runs, as in the local engine
    parts = [(p, i) for i, run in enumerate(runs)
             for p in plan_partitions([run], lines_per_partition=lines_per_partition) if p.kind == "jsonl"]
    if not parts:
        return []
    read = db.from_sequence(parts, npartitions=len(parts)) \
        .map(lambda pi: read_part(pi[0], pi[1], urls))
    read = read.persist()
    for part_stats in read.pluck(1).compute():
        stats.articles += part_stats.articles
        stats.errors += part_stats.errors
        stats.problems.extend(part_stats.problems)
    mentions = read.pluck(0).flatten()
    n_read = sum(read.pluck(0).map(len).compute())
    # an article given twice counts once (its first record), as in the local engine
    first = {}
    for article, at in mentions.map(lambda m: (m.article, m.order[:2])).distinct().compute():
        first[article] = min(at, first.get(article, at))
    repeated = mentions.filter(lambda m: first[m.article] != m.order[:2]).map(lambda m: m.article).distinct().compute()
    if repeated:
        repeated = sorted(repeated)
        stats.problems.append(f"{len(repeated)} article id(s) given more than once, the first record used: "
                              + ", ".join(repeated[:5]) + (" ..." if len(repeated) > 5 else ""))
    mentions = mentions.filter(lambda m: first[m.article] == m.order[:2])
    table = acronym_table(mentions.map(definitions).flatten().compute())
    # an article's mentions are in one line, hence in one partition: features per partition
    features = mentions.map_partitions(lambda ms: list(featurised(ms, table))).persist()
    # enough groups to keep every worker busy, whatever the number of input partitions
    groups = max(len(parts), 4 * (sum(client.nthreads().values()) or 1))
    keyed = features.map(lambda m: [(k, m) for k in blocking_keys(m)]).flatten()
    pairs = keyed.groupby(lambda km: km[0], shuffle="tasks", npartitions=groups) \
        .map(lambda kv: (kv[0], [m for _, m in kv[1]])).map(_block_pairs).flatten().compute()
    orders = features.map(lambda m: m.order).compute()
    unique = {(a, b): s for s, a, b in pairs}
    parts_of = components(orders, sorted((s, a, b) for (a, b), s in unique.items()))
    component_of = {o: i for i, comp in enumerate(parts_of) for o in comp}
    events = features.map(lambda m: (component_of[m.order], m)) \
        .groupby(lambda cm: cm[0], shuffle="tasks", npartitions=groups) \
        .map(lambda kv: (kv[0], sorted((m for _, m in kv[1]), key=lambda m: m.order))) \
        .map(_merge).flatten().compute()
    events = sorted(events, key=sort_key)
    summarise(events, stats, n_read)
    return events

"""The calendar of a batch on this machine: runs -> mentions -> blocks -> pairs -> events.

The same steps, with the same pure functions, run on Dask in :mod:`.dask_calendar`:

1. read every article record of the runs into event mentions (``order`` = file, line, event);
2. collect the acronyms the run spells out (:func:`~.mentions.acronym_table`);
3. give each article's mentions their features (its own definitions first, then the run's);
4. group mentions by blocking key and score the pairs within each block;
5. join the scored pairs into components and merge each component into events;
6. sort the events by date.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from ..records.calendar import CalendarEvent
from .blocking import keyed, pairs_in_block
from .mentions import EventMention, acronym_table, by_article, definitions, featurise, mentions_of_record
from .merge import components, merge_component, sort_key


@dataclass
class CalendarStats:
    articles: int = 0
    errors: int = 0
    mentions: int = 0
    events: int = 0
    merged: int = 0  # events with more than one source
    conflicts: int = 0
    problems: List[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"articles={self.articles} errors={self.errors} event_mentions={self.mentions} "
                f"events={self.events} merged={self.merged} conflicts={self.conflicts}")


def record_mentions(obj: Optional[dict], problem: Optional[str], file_index: int, lineno: int,
                    where: str, urls: Dict[str, str], stats: CalendarStats) -> List[EventMention]:
    """The event mentions of one run line; bad lines and error records are counted, not fatal."""
    if problem:
        stats.problems.append(f"{where}:{lineno}: {problem}")
        return []
    if "error" in obj and not obj.get("events"):
        stats.errors += 1
        return []
    if obj.get("id") in (None, ""):
        stats.problems.append(f"{where}:{lineno}: a record without an id")
        return []
    stats.articles += 1
    url = obj.get("url") if isinstance(obj.get("url"), str) else urls.get(str(obj["id"]))
    return mentions_of_record(obj, file_index, lineno, url)


def read_runs(runs: Sequence[str], urls: Optional[Dict[str, str]] = None,
              stats: Optional[CalendarStats] = None) -> Iterator[EventMention]:
    """Event mentions of every record of the runs, in run order."""
    from ..io.jsonl import iter_json_objects

    stats = stats if stats is not None else CalendarStats()
    for file_index, run in enumerate(runs):
        for lineno, obj, problem in iter_json_objects(run):
            yield from record_mentions(obj, problem, file_index, lineno, str(run), urls or {}, stats)


def urls_from_inputs(inputs: Sequence[str]) -> Dict[str, str]:
    """Article id -> url from the run's inputs (JSONL of {id, text, url?}), where given."""
    from ..io import InputItem, read_inputs

    out: Dict[str, str] = {}
    for item in read_inputs(list(inputs)):
        if isinstance(item, InputItem) and item.url:
            out.setdefault(item.id, item.url)
    return out


def featurised(mentions: Iterable[EventMention], table) -> Iterator[EventMention]:
    for group in by_article(mentions):
        yield from featurise(group, table)


def block_pairs(mentions: Iterable[EventMention]) -> List[Tuple[float, tuple, tuple]]:
    """Scored candidate pairs of all blocks, without repeats, in a canonical order."""
    blocks: Dict[tuple, List[EventMention]] = {}
    for key, m in keyed(mentions):
        blocks.setdefault(key, []).append(m)
    pairs = {(a, b): s for block in blocks.values() for s, a, b in pairs_in_block(block)}
    return sorted((s, a, b) for (a, b), s in pairs.items())


def first_lines(mentions: Iterable[EventMention]) -> Dict[str, Tuple[int, int]]:
    """Article id -> the (run file, line) of its first record."""
    first: Dict[str, Tuple[int, int]] = {}
    for m in mentions:
        if m.article not in first or m.order[:2] < first[m.article]:
            first[m.article] = m.order[:2]
    return first


def drop_repeated_articles(mentions: Sequence[EventMention], stats: Optional[CalendarStats] = None) -> List[EventMention]:
    """An article given twice (two runs of one batch) counts once: its first record."""
    first = first_lines(mentions)
    kept = [m for m in mentions if first[m.article] == m.order[:2]]
    if stats is not None and len(kept) < len(mentions):
        repeated = sorted({m.article for m in mentions if first[m.article] != m.order[:2]})
        stats.problems.append(f"{len(repeated)} article id(s) given more than once, the first record used: "
                              + ", ".join(repeated[:5]) + (" ..." if len(repeated) > 5 else ""))
    return kept


def calendar_events(mentions: Sequence[EventMention], stats: Optional[CalendarStats] = None) -> List[CalendarEvent]:
    """Steps 2-6 on mentions already read (in run order)."""
    mentions = drop_repeated_articles(mentions, stats)
    table = acronym_table(d for m in mentions for d in definitions(m))
    features = list(featurised(mentions, table))
    by_order = {m.order: m for m in features}
    parts = components(by_order, block_pairs(features))
    events = [event for part in parts for event in merge_component([by_order[o] for o in part])]
    return sorted(events, key=sort_key)


def build_calendar(runs: Sequence[str], urls: Optional[Dict[str, str]] = None,
                   stats: Optional[CalendarStats] = None) -> List[CalendarEvent]:
    stats = stats if stats is not None else CalendarStats()
    mentions = list(read_runs(runs, urls, stats))
    events = calendar_events(mentions, stats)
    summarise(events, stats, len(mentions))
    return events


def calendar_from_records(records: Iterable[Tuple[dict, Optional[str]]]) -> List[CalendarEvent]:
    """The calendar of article records already in memory: ``(record as a dict, url)`` pairs in
    run order (the review page's run)."""
    stats = CalendarStats()
    mentions = [m for line, (obj, url) in enumerate(records, start=1)
                for m in record_mentions(obj, None, 0, line, "<records>", {str(obj.get("id")): url} if url else {}, stats)]
    return calendar_events(mentions)


def summarise(events: Sequence[CalendarEvent], stats: CalendarStats, mentions: int) -> None:
    stats.mentions = mentions
    stats.events = len(events)
    stats.merged = sum(1 for e in events if len(e.sources) > 1)
    stats.conflicts = sum(len(e.conflicts) for e in events)


def event_lines(events: Iterable[CalendarEvent]) -> Iterator[str]:
    for event in events:
        yield json.dumps(event.model_dump(mode="json"), ensure_ascii=False)


def read_calendar(path: Path) -> List[CalendarEvent]:
    """A calendar JSONL written by ``newsfacts events``."""
    from ..io.jsonl import iter_json_objects

    out = []
    for lineno, obj, problem in iter_json_objects(path):
        if problem:
            raise ValueError(f"{path}:{lineno}: {problem}")
        out.append(CalendarEvent.model_validate(obj))
    return out


def source_counts(events: Iterable[CalendarEvent]) -> Counter:
    return Counter(len(e.sources) for e in events)

"""Why gold events are missed: not recognised, dropped untold, or merged (counts only).

For every article the record is made as ``newsfacts extract`` makes it, while the events that
linking gives (:func:`newsfacts.linking.events.link_events`) and those the record drops because
the text gives a described event no date or place (``_told`` of :mod:`newsfacts.records.build`)
are kept aside. Each gold event left unpaired by the evaluation's matching is then counted as

- ``dropped_untold``: it pairs with an event dropped for want of a date or place;
- ``merged``: it pairs with a kept event, not paired as it is in the record, that a later
  merge (a retold event, a journey told twice) folded into another;
- ``not_recognised``: neither (recognition never found it, or found it under another name);

and by whether gold gives it a date and a venue. The table prints counts only (no names, no
text): it may be run on held-out gold.

Usage: ``python bench/event_miss_causes.py GOLD.jsonl|CORPUS_DIR [...]``
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from country_sources import _sources_and_record  # noqa: E402  (the same record as `extract` makes)

CAUSES = ("dropped_untold", "merged", "not_recognised")


def _cause(index: int, dropped: set, kept: set) -> str:
    return "dropped_untold" if index in dropped else "merged" if index in kept else "not_recognised"


def count_causes(articles, nlp) -> Counter:
    """(cause, "date"/"-", "venue"/"-") -> count of missed gold events over ``articles``."""
    import newsfacts.records.build as build
    from newsfacts.evaluate.matching import match_facts

    linked: List = []
    dropped: List = []
    link, told = build.link_events, build._told

    def linking(doc, words):
        events = link(doc, words)
        linked.extend(events)
        return events

    def telling(doc, event, *args):
        kept = told(doc, event, *args)
        if not kept:
            dropped.append(event)
        return kept

    table: Counter = Counter()
    build.link_events, build._told = linking, telling
    try:
        for article in articles:
            linked.clear()
            dropped.clear()
            _, record = _sources_and_record(nlp, article, lambda doc: {})
            pairs = match_facts("events", article.events, record.events).pairs
            paired = {gi for gi, _ in pairs}
            missed = [e for i, e in enumerate(article.events) if i not in paired]
            if not missed:
                continue
            # (the kept events not in the record as they are, paired with another gold event)
            found = {(record.events[pi].name, record.events[pi].start) for _, pi in pairs}
            kept = [e for e in linked if not any(e is d for d in dropped) and (e.name, e.start) not in found]
            in_dropped = {gi for gi, _ in match_facts("events", missed, dropped).pairs}
            in_kept = {gi for gi, _ in match_facts("events", missed, kept).pairs}
            for i, event in enumerate(missed):
                table[(_cause(i, in_dropped, in_kept), "date" if event.start else "-",
                       "venue" if event.venue else "-")] += 1
    finally:
        build.link_events, build._told = link, told
    return table


def format_table(table: Counter) -> List[str]:
    columns = ("date+venue", "date", "venue", "neither", "total")
    lines = ["cause".ljust(16) + "".join(f"{c:>12}" for c in columns)]
    for cause in CAUSES:
        row = [table[(cause, "date", "venue")], table[(cause, "date", "-")], table[(cause, "-", "venue")],
               table[(cause, "-", "-")]]
        lines.append(cause.ljust(16) + "".join(f"{n:>12}" for n in row + [sum(row)]))
    lines.append("total".ljust(16) + f"{sum(table.values()):>60}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSONL files or corpus folders")
    args = parser.parse_args(argv)
    from newsfacts.evaluate.gold import load_gold
    from newsfacts.nlp import build_nlp

    nlp = build_nlp()
    articles = [a for path in args.gold for a in load_gold(path)]
    print(f"{len(articles)} articles")
    print("\n".join(format_table(count_causes(articles, nlp))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Why gold events are missed: not recognised, dropped untold, or merged (counts only).

For every article the record is made as ``newsfacts extract`` makes it, while the events that
linking gives (:func:`newsfacts.linking.events.link_events`) and those the record drops because
the text gives a described event no date or place (``_told`` of :mod:`newsfacts.records.build`)
are kept aside. Each gold event left unpaired by the evaluation's matching is then counted as

- ``dropped_untold``: it pairs with an event dropped for want of a date or place;
- ``merged``: it pairs with a kept event, not paired as it is in the record, that a later
  merge (a retold event, a journey told twice) folded into another;
- ``not_recognised``: neither (recognition never found it, or found it under another name);

and by whether gold gives it a date and a venue. A second table counts every dropped event by
the way linking read the date and place it was given (:func:`newsfacts.linking.events.attribute_sources`;
"-" when none) and whether it pairs with a missed gold event: what keeping the events of one way
of reading would gain (``gold``) and invent (``no_gold``). The tables print counts only (no
names, no text): they may be run on held-out gold.

Usage: ``python bench/event_miss_causes.py GOLD.jsonl|CORPUS_DIR [...]``
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from country_sources import _sources_and_record, gold_parser, load_articles  # noqa: E402  (the same record as `extract` makes)

CAUSES = ("dropped_untold", "merged", "not_recognised")


def _cause(index: int, dropped: set, kept: set) -> str:
    return "dropped_untold" if index in dropped else "merged" if index in kept else "not_recognised"


def _read_ways(sources: dict, event) -> tuple:
    """(the source of its date, of its venue), "-" for what it was not given."""
    traced = sources.get(event.name.lower(), {})
    return (traced.get("dates", "?") if event.start or event.end else "-",
            traced.get("venue", "?") if event.venue else "-")


def count_causes(articles, nlp, dropped_table: Optional[Counter] = None) -> Counter:
    """(cause, "date"/"-", "venue"/"-") -> count of missed gold events over ``articles``;
    ``dropped_table``, when given, gets ((date source, venue source), "gold"/"no_gold") -> count
    of the dropped events."""
    import newsfacts.records.build as build
    from newsfacts.evaluate.matching import match_facts
    from newsfacts.linking.events import attribute_sources

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
            sources, record = _sources_and_record(nlp, article, attribute_sources)
            pairs = match_facts("events", article.events, record.events).pairs
            paired = {gi for gi, _ in pairs}
            missed = [e for i, e in enumerate(article.events) if i not in paired]
            if dropped_table is not None:
                golden = {di for _, di in match_facts("events", missed, dropped).pairs}
                for di, event in enumerate(dropped):
                    dropped_table[(_read_ways(sources, event), "gold" if di in golden else "no_gold")] += 1
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


def format_dropped(table: Counter) -> List[str]:
    ways = sorted({way for way, _ in table}, key=lambda w: (-(table[(w, "gold")] + table[(w, "no_gold")]), w))
    width = max([len("dropped: date source / venue source")] + [len(" / ".join(w)) for w in ways])
    lines = ["dropped: date source / venue source".ljust(width) + f"{'gold':>10}{'no_gold':>10}"]
    for way in ways:
        lines.append(" / ".join(way).ljust(width) + f"{table[(way, 'gold')]:>10}{table[(way, 'no_gold')]:>10}")
    return lines


def main(argv=None) -> int:
    parser = gold_parser(__doc__)
    args = parser.parse_args(argv)
    articles, nlp = load_articles(args.gold)
    print(f"{len(articles)} articles")
    dropped: Counter = Counter()
    print("\n".join(format_table(count_causes(articles, nlp, dropped))))
    print()
    print("\n".join(format_dropped(dropped)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
